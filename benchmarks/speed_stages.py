"""Where the fast path's time goes: per-stage cost, and whole-process ratios.

The fast path (`synoptic.pipeline.summarize`) is read → clean → split →
tokens (tokenised sentences and the cluster's stem table) → lexical vectors →
select → cite, each stage handed what `summarize` hands it. This prints, for
DUC 2003 task 2 and the first 500 Multi-News validation clusters, the
milliseconds per cluster of each stage
(best of ``--repeat`` runs over the whole file, the machine being shared) and how
many of the lines the cleaner judges its gate lets past the line rules, and
then the whole-process seconds (Python start and imports included, best of
``--repeat``) of the fast path and of the floor: a process that only imports
`synoptic.ingest` and `synoptic.text`, reads the clusters and splits every
article into sentences. ``--lexrank`` adds sumy's LexRank as a process (slow:
about 23 s on DUC 2003 task 2).

    python benchmarks/speed_stages.py [--repeat 3] [--lexrank]
    python benchmarks/speed_stages.py --against ../other-checkout/src [--rounds 15]

``--against`` compares this checkout with another one's ``src`` instead (a
``git worktree`` of an earlier commit): the fast path's whole process on DUC 2003
task 2, and a process that only imports `synoptic.pipeline`, each run in turn
with one checkout then the other on ``PYTHONPATH``, so that the machine's load
touches both alike; it prints each one's best and mean seconds.

The official speed table is `make bench` (benchmarks/run.py); this is the
per-stage view for work on the fast path. Reads ../shared/data (the repo's
sibling) and says so plainly when it is not there.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import subprocess
import sys
import time
from itertools import chain
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
# (name, file, words, cluster limit)
RUNS: list[tuple[str, str, int, int | None]] = [
    ("DUC 2003 task 2", "duc2003-task2.jsonl", 100, None),
    ("Multi-News validation", "multinews-val.jsonl.gz", 250, 500),
]
STAGES = ("clean", "split", "tokens", "embed", "select", "cite")
CHILD = "--child"


def stage_times(path: Path, words: int, limit: int | None, repeat: int) -> dict[str, float]:
    """Best-of-``repeat`` milliseconds per cluster of each fast-path stage (and read)."""
    from synoptic.analyse.facts import cite_sentences
    from synoptic.clean import clean_articles
    from synoptic.embed.lexical import LexicalEmbedder
    from synoptic.ingest import read_clusters
    from synoptic.model import Cluster
    from synoptic.select import select_sentences
    from synoptic.text import split_sentences
    from synoptic.text.tokens import stem_table, tokenize

    best: dict[str, float] = {}
    clusters = 0
    for _ in range(repeat):
        spent = dict.fromkeys(("read", *STAGES), 0.0)
        start = time.perf_counter()
        items = [c for c in itertools.islice(read_clusters(path), limit) if isinstance(c, Cluster)]
        spent["read"] = time.perf_counter() - start
        clusters = len(items)
        embedder = LexicalEmbedder()
        for cluster in items:
            t0 = time.perf_counter()
            articles, _ = clean_articles(cluster.articles)
            t1 = time.perf_counter()
            sentences = tuple(s for a in articles for s in split_sentences(a))
            t2 = time.perf_counter()
            texts = [s.text for s in sentences]
            tokens = [tokenize(t) for t in texts]
            stems = stem_table(chain.from_iterable(tokens))
            t3 = time.perf_counter()
            vectors = embedder.encode_rows(texts, words=tokens, stems=stems)
            t4 = time.perf_counter()
            selected = select_sentences(
                sentences, articles=articles, words=words, tokens=tokens, stems=stems
            )
            t5 = time.perf_counter()
            cite_sentences(
                selected,
                sentences=sentences,
                vectors=vectors,
                articles=articles,
                words=tokens,
                stems=stems,
            )
            t6 = time.perf_counter()
            marks = (t0, t1, t2, t3, t4, t5, t6)
            for stage, before, after in zip(STAGES, marks, marks[1:], strict=False):
                spent[stage] += after - before
        for stage, seconds in spent.items():
            best[stage] = min(best.get(stage, float("inf")), seconds)
    return {stage: 1000 * seconds / max(1, clusters) for stage, seconds in best.items()}


def gate_shares(path: Path, limit: int | None) -> tuple[int, float, float]:
    """Of the lines the cleaner judges (`cleaner._judge_line`, once a line a cluster), how
    many, the share its gate lets past the line rules (`cleaner._may_change`), and the
    share that every rule leaves as it was: the gate's reach, and what a gate could reach."""
    from synoptic.clean import clean_articles, cleaner, rules
    from synoptic.ingest import read_clusters
    from synoptic.model import Cluster

    judged = passed = kept = 0
    judge = cleaner._judge_line

    def counting(line: str, sole: bool, memo: cleaner._Memo) -> cleaner._Verdict:
        nonlocal judged, passed, kept
        sentences = rules.split_sentences(line)
        judged += 1
        passed += not cleaner._may_change(line, sentences)
        kept += cleaner._judge_all(line, sole, sentences) == (None, " ".join(sentences), ())
        return judge(line, sole, memo)

    cleaner._judge_line = counting
    try:
        for cluster in itertools.islice(read_clusters(path), limit):
            if isinstance(cluster, Cluster):
                clean_articles(cluster.articles)
    finally:
        cleaner._judge_line = judge
    return judged, passed / max(judged, 1), kept / max(judged, 1)


def _child(kind: str, path: Path, words: int) -> None:
    """One whole process, as timed by `process_seconds`."""
    from synoptic.ingest import read_clusters
    from synoptic.model import Cluster

    if kind == "floor":
        from synoptic.text import split_sentences

        for item in read_clusters(path):
            if isinstance(item, Cluster):
                sum(len(split_sentences(a)) for a in item.articles)
    elif kind == "synoptic":
        from synoptic.pipeline import summarize

        for item in read_clusters(path):
            if isinstance(item, Cluster):
                summarize(item.articles, words=words)
    else:
        from synoptic.evaluate.peers import lexrank_summary

        for item in read_clusters(path):
            if isinstance(item, Cluster):
                lexrank_summary(item, words=words)


def process_seconds(kind: str, path: Path, words: int, repeat: int) -> float:
    """Best-of-``repeat`` wall seconds of a whole child process (start and imports included)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, __file__, CHILD, kind, str(path), str(words)], check=True, cwd=ROOT
        )
        best = min(best, time.perf_counter() - start)
    return best


def compare_checkouts(path: Path, words: int, other: Path, rounds: int) -> None:
    """Whole-process seconds of this checkout against ``other`` (a ``src`` folder), in turns."""
    sources = {"this checkout": ROOT / "src", str(other): other}
    commands = {
        "import synoptic.pipeline": [sys.executable, "-c", "import synoptic.pipeline"],
        f"fast path on {path.name}": [
            sys.executable,
            __file__,
            CHILD,
            "synoptic",
            str(path),
            str(words),
        ],
    }
    for label, command in commands.items():
        seconds: dict[str, list[float]] = {name: [] for name in sources}
        for _ in range(rounds):
            for name, src in sources.items():
                env = {**os.environ, "PYTHONPATH": str(src), "OPENBLAS_NUM_THREADS": "1"}
                start = time.perf_counter()
                subprocess.run(command, check=True, cwd=ROOT, env=env)
                seconds[name].append(time.perf_counter() - start)
        print(f"{label}, {rounds} runs each, in turns (seconds):")
        for name, runs in seconds.items():
            print(f"  {name}: best {min(runs):.3f}, mean {statistics.fmean(runs):.3f}")


def import_seconds(module: str, repeat: int) -> float:
    """Best-of-``repeat`` wall seconds of a process that only imports ``module``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"import {module}"], check=True, cwd=ROOT)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == CHILD:
        _child(sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="take the best of this many runs")
    parser.add_argument("--lexrank", action="store_true", help="also time sumy's LexRank (slow)")
    parser.add_argument(
        "--against", type=Path, help="compare with another checkout's src folder instead"
    )
    parser.add_argument("--rounds", type=int, default=15, help="runs of each, with --against")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"no benchmark data: {DATA} is not there; nothing measured")
        return 0
    if args.against is not None:
        if not (args.against / "synoptic").is_dir():
            print(f"{args.against} holds no synoptic package: give a checkout's src folder")
            return 2
        compare_checkouts(DATA / RUNS[0][1], RUNS[0][2], args.against.resolve(), args.rounds)
        return 0

    python = f"{sys.executable} -c"
    print(f"imports (whole process, best of {args.repeat}):")
    for module in ("synoptic.ingest, synoptic.text", "synoptic.pipeline"):
        print(f"  {python} 'import {module}': {import_seconds(module, args.repeat):.2f} s")

    for name, file, words, limit in RUNS:
        path = DATA / file
        if not path.is_file():
            print(f"\n{name}: {path} is not there; skipped")
            continue
        ms = stage_times(path, words, limit, args.repeat)
        total = sum(ms[s] for s in STAGES)
        print(f"\n{name} ({file}, {words} words): ms per cluster, best of {args.repeat}")
        print("  " + "  ".join(f"{s} {ms[s]:.1f}" for s in ("read", *STAGES)))
        print(f"  fast path after read: {total:.1f} ms per cluster")
        lines, passed, kept = gate_shares(path, limit)
        print(
            f"  cleaner's line gate: {lines} lines judged, {passed:.0%} let past the rules, "
            f"{kept:.0%} left as they were by every rule"
        )

    path = DATA / RUNS[0][1]
    if not path.is_file():
        return 0
    words = RUNS[0][2]
    kinds = ["floor", "synoptic", *(["lexrank"] if args.lexrank else [])]
    seconds = {
        k: process_seconds(k, path, words, 1 if k == "lexrank" else args.repeat) for k in kinds
    }
    print(f"\nwhole process on {RUNS[0][0]} ({path.name}), seconds (best of {args.repeat}):")
    for kind in kinds:
        ratio = seconds[kind] / seconds["floor"]
        print(f"  {kind:9s} {seconds[kind]:6.2f} s   {ratio:5.2f}x the floor")
    if "lexrank" in seconds:
        print(f"  synoptic throughput = {seconds['lexrank'] / seconds['synoptic']:.1f}x LexRank's")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
