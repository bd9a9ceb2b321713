"""Batch: a cluster JSONL(.gz) file → one JSON summary line per cluster, in input order.

What ``synoptic batch`` runs. The input is streamed (memory stays flat however
many clusters the file holds): a bounded number of clusters is in flight at
once, on one process or a pool of ``workers`` (by default one a usable CPU).
A cluster that fails, or an input line that cannot be read, becomes an
``{"id", "error"}`` line and the run goes on.

Output lines::

    {"id": "d30003t", "summary": "...", "sentences": [{"text": "...", "sources": ["APW..."]}],
     "words": 98, "seconds": 0.041}
    {"id": "d30005t", "error": "no usable article: all 3 inputs were rejected"}
"""

from __future__ import annotations

import json
import math
import os
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from itertools import chain, islice
from pathlib import Path
from typing import TextIO, TypeVar

from synoptic import pipeline
from synoptic.config import START_METHOD
from synoptic.ingest import STDIN, STDIN_LABEL, read_clusters
from synoptic.model import Cluster, Rejection

__all__ = ["CHUNKSIZE", "run_batch", "summarize_cluster", "usable_cpus"]

# Clusters per task sent to a worker: large enough that pickling overhead is
# small next to summarising (~10-50 ms a cluster), small enough to keep order latency low.
CHUNKSIZE = 8
# In-flight clusters per worker: bounds memory while keeping every worker busy.
IN_FLIGHT_PER_WORKER = 4 * CHUNKSIZE

T = TypeVar("T")

# A cgroup v2 CPU quota ("200000 100000": two CPUs' time; "max": none), as a
# container's `--cpus` sets it.
CPU_QUOTA = Path("/sys/fs/cgroup/cpu.max")


def usable_cpus() -> int:
    """The CPUs this process may keep busy: the default number of workers.

    Its CPU affinity (taskset, a container's cpuset), capped by the cgroup's CPU
    quota where one is set: ``os.cpu_count()`` counts the host's CPUs, which a
    container given two of sixty-four would oversubscribe.
    """
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # no affinity outside Linux
        cpus = os.cpu_count() or 1
    try:
        quota, period = CPU_QUOTA.read_text(encoding="ascii").split()
        if quota != "max":
            cpus = min(cpus, math.ceil(int(quota) / int(period)))
    except (OSError, ValueError):  # no cgroup v2 here, or a file of another shape
        pass
    return max(1, cpus)


def summarize_cluster(item: Cluster | Rejection, words: int) -> tuple[str, bool]:
    """One output line (JSON, no newline) for a cluster or bad input line, and whether it is ok."""
    if isinstance(item, Rejection):
        return json.dumps({"id": item.source, "error": item.reason}, ensure_ascii=False), False
    start = time.perf_counter()
    try:
        summary = pipeline.summarize(item.articles, words=words)
    except Exception as error:  # a failing cluster is reported, the run goes on
        reason = str(error) or type(error).__name__
        return json.dumps({"id": item.id, "error": reason}, ensure_ascii=False), False
    seconds = time.perf_counter() - start
    return json.dumps(
        {
            "id": item.id,
            "summary": summary.text,
            "sentences": [
                {"text": s.sentence.text, "sources": list(s.sources)} for s in summary.sentences
            ],
            "words": summary.words,
            "seconds": round(seconds, 4),
        },
        ensure_ascii=False,
    ), True


def _summarize_task(task: tuple[Cluster | Rejection, int]) -> tuple[str, bool]:
    return summarize_cluster(*task)


class _Window:
    """Lets at most ``size`` items out of an iterator before the consumer takes results.

    ``Pool.imap`` reads its input on a feeder thread as fast as it can; without
    this window a large file would be read whole into the task queue.
    """

    def __init__(self, size: int) -> None:
        self._slots = threading.Semaphore(size)
        self._size = size
        self._stopped = False

    def feed(self, items: Iterable[T]) -> Iterator[T]:
        for item in items:
            self._slots.acquire()
            if self._stopped:
                return
            yield item

    def done(self) -> None:
        self._slots.release()

    def stop(self) -> None:
        self._stopped = True
        for _ in range(self._size):
            self._slots.release()


def _results(
    items: Iterable[Cluster | Rejection], words: int, workers: int | None
) -> Iterator[tuple[str, bool]]:
    tasks: Iterator[tuple[Cluster | Rejection, int]] = ((item, words) for item in items)
    if workers is None:
        tasks, workers = _auto_workers(tasks)
    if workers <= 1:
        yield from map(_summarize_task, tasks)
        return
    import multiprocessing  # only for several workers: 15 ms of a one-worker run's start

    window = _Window(workers * IN_FLIGHT_PER_WORKER)
    with multiprocessing.get_context(START_METHOD).Pool(workers) as pool:
        try:
            for line in pool.imap(_summarize_task, window.feed(tasks), chunksize=CHUNKSIZE):
                window.done()
                yield line
        finally:
            window.stop()


def _auto_workers(tasks: Iterator[T]) -> tuple[Iterator[T], int]:
    """`usable_cpus` workers, or one where the input holds less than a chunk for each.

    A worker is sent `CHUNKSIZE` clusters at a time, so a shorter input would
    keep one worker busy and pay for starting the pool: on DUC 2003 task 2's
    first 8 clusters two workers took 0.53 s against one's 0.51, on its first 16
    0.58 s against 0.77 (whole processes, best of five).
    """
    workers = usable_cpus()
    if workers <= 1:
        return tasks, 1
    head = list(islice(tasks, workers * CHUNKSIZE))
    return chain(head, tasks), workers if len(head) == workers * CHUNKSIZE else 1


def _progress(lines: Iterator[T], enabled: bool) -> Iterator[T]:
    if not enabled:
        return lines
    from tqdm import tqdm

    bar: Iterator[T] = tqdm(lines, unit=" clusters", file=sys.stderr, dynamic_ncols=True)
    return bar


@contextmanager
def _reserved_stdout() -> Iterator[TextIO]:
    """Stdout for the JSONL alone: whatever else writes to file descriptor 1 goes to stderr.

    Native libraries print there directly (the ILP solver's log lines did, and
    broke the JSONL stream), out of Python's reach. The real stdout is kept on
    a duplicate descriptor for our lines, and fd 1 points at stderr meanwhile
    (worker processes forked inside inherit that).
    """
    try:
        fd = sys.stdout.fileno()
        err = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (tests, embedding)
        yield sys.stdout
        return
    sys.stdout.flush()
    out_fd = os.dup(fd)
    # fd 1 is what native code writes to; sys.stdout may sit on another descriptor.
    saved = {target: os.dup(target) for target in {1, fd}}
    for target in saved:
        os.dup2(err, target)
    try:
        with open(out_fd, "w", encoding="utf-8") as out:
            yield out
    finally:
        sys.stdout.flush()
        for target, copy in saved.items():
            os.dup2(copy, target)
            os.close(copy)


def run_batch(
    clusters: Path, *, words: int, output: Path | None, workers: int | None, progress: bool
) -> int:
    """Summarise every cluster of a file (``synoptic batch``).

    Args:
        clusters: Cluster JSONL or JSONL.gz file, or ``-`` for stdin (gzipped or not).
        words: Word budget of every summary.
        output: Output JSONL (stdout when None).
        workers: Processes to summarise with (1: this process); None for one a
            usable CPU (`usable_cpus`), or this process alone where the file holds
            fewer than `CHUNKSIZE` clusters a CPU.
        progress: Show a progress bar (with the rate) on stderr.

    Returns:
        0 when every cluster was summarised, 1 when some became error lines
        or the input held none, 2 when the file is missing or unreadable.
    """
    from_stdin = str(clusters) == STDIN
    name = STDIN_LABEL if from_stdin else str(clusters)  # as read_clusters names its lines
    if not from_stdin:
        if not clusters.is_file():
            print(f"synoptic: cannot read {clusters}: no such file", file=sys.stderr)
            return 2
        try:
            with clusters.open("rb") as probe:
                probe.read(1)
        except OSError as error:
            print(f"synoptic: cannot read {clusters}: {error.strerror or error}", file=sys.stderr)
            return 2
    with ExitStack() as stack:
        try:
            out = (
                stack.enter_context(output.open("w", encoding="utf-8"))
                if output
                else stack.enter_context(_reserved_stdout())
            )
        except OSError as error:
            print(f"synoptic: cannot write {output}: {error.strerror or error}", file=sys.stderr)
            return 2
        failed = written = 0
        lines = _results(read_clusters(clusters), words, workers)
        try:
            for line, ok in _progress(lines, progress):
                failed += not ok
                written += 1
                out.write(line + "\n")
        except BrokenPipeError:
            raise
        except (OSError, EOFError, UnicodeDecodeError) as error:
            # A truncated or corrupt file fails mid-stream; what came before is written.
            print(f"synoptic: cannot read {name}: {error}", file=sys.stderr)
            return 2
    if not written:
        print(f"synoptic: no clusters in {name}: it holds no line", file=sys.stderr)
        return 1
    return 1 if failed else 0
