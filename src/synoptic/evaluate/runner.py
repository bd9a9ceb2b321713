"""Side-by-side runs: clusters and named systems → scores, intervals, throughput, a table.

Every system summarises the same clusters in one run; every summary is cut at
the same word count and scored by the same scorer. Throughput is the wall
clock of each system's summarise calls over the whole cluster list.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from synoptic.config import START_METHOD
from synoptic.evaluate.bootstrap import RESAMPLES, bootstrap_ci
from synoptic.evaluate.peers import get_system
from synoptic.evaluate.rouge import METRICS, Measure, RougeL, Scorer, cut_words, score_perl
from synoptic.model import Cluster

__all__ = [
    "SystemResult",
    "SystemRun",
    "evaluate_clusters",
    "format_table",
    "results_json",
    "run_systems",
    "score_runs",
    "write_json",
]

logger = logging.getLogger(__name__)

Rouge = Literal["python", "perl"]


@dataclass(slots=True)
class SystemRun:
    """One system's summaries of every cluster (cut to the budget) and its time."""

    name: str
    summaries: list[list[str]]
    errors: list[str | None]
    seconds: float


@dataclass(slots=True)
class SystemResult:
    """One system's scores: per cluster, and the mean with its 95% interval per metric."""

    name: str
    scores: list[dict[str, float]]
    words: list[int]
    errors: list[str | None]
    seconds: float
    summary: dict[str, tuple[float, float, float]] = field(default_factory=dict)

    @property
    def clusters_per_second(self) -> float:
        return len(self.scores) / self.seconds if self.seconds > 0 else float("inf")

    @property
    def mean_words(self) -> float:
        return sum(self.words) / len(self.words) if self.words else 0.0

    @property
    def failed(self) -> int:
        return sum(error is not None for error in self.errors)


def _summarise(task: tuple[str, Cluster, int, Measure]) -> tuple[list[str], str | None]:
    """Run one system on one cluster; a failure is data (an error message), not a crash."""
    name, cluster, words, measure = task
    try:
        return cut_words(get_system(name)(cluster, words=words, measure=measure), words), None
    except Exception as error:  # any failure of a system on a cluster is reported, not raised
        return [], f"{type(error).__name__}: {error}"


@contextmanager
def _mapper(workers: int) -> Iterator[Any]:
    if workers <= 1:
        yield map
        return
    with multiprocessing.get_context(START_METHOD).Pool(workers) as pool:
        yield lambda fn, items: pool.imap(fn, items, chunksize=4)


def run_systems(
    clusters: Sequence[Cluster],
    systems: Sequence[str],
    *,
    words: int,
    measure: Measure = "recall",
    workers: int = 1,
) -> list[SystemRun]:
    """Summarise every cluster with every system, timing each system.

    Args:
        clusters: The clusters (each system sees all of them).
        systems: Registered system names (`synoptic.evaluate.peers.SYSTEMS`).
        words: Word budget; every summary is cut at it.
        measure: Target measure (the oracle optimises it).
        workers: Processes to summarise with.

    Returns:
        One run per system, in the order named.
    """
    for name in systems:
        get_system(name)  # unknown names fail before any work
    runs = []
    with _mapper(workers) as mapper:
        for name in systems:
            start = time.perf_counter()
            results = list(mapper(_summarise, ((name, c, words, measure) for c in clusters)))
            seconds = time.perf_counter() - start
            errors = [error for _, error in results]
            failed = [e for e in errors if e]
            if failed:
                logger.warning(
                    "%s failed on %d of %d clusters (first: %s)",
                    name,
                    len(failed),
                    len(clusters),
                    failed[0],
                )
            runs.append(SystemRun(name, [s for s, _ in results], errors, seconds))
    return runs


def score_runs(
    runs: Sequence[SystemRun],
    clusters: Sequence[Cluster],
    *,
    measure: Measure = "recall",
    rouge: Rouge = "python",
    rouge_l: RougeL | None = None,
) -> list[SystemResult]:
    """Score every run against the clusters' references, with bootstrap intervals.

    ``rouge_l``: ROUGE-L's level, by default the measure's (`rouge.rouge_l_for`).
    """
    references = [list(c.references) for c in clusters]
    scorer = Scorer(measure, rouge_l) if rouge == "python" else None
    results = []
    for run in runs:
        if scorer is not None:
            scores = [scorer.score(s, r) for s, r in zip(run.summaries, references, strict=True)]
        else:
            scores = score_perl(run.summaries, references, measure=measure, rouge_l=rouge_l)
        result = SystemResult(
            name=run.name,
            scores=scores,
            words=[sum(len(s.split()) for s in summary) for summary in run.summaries],
            errors=run.errors,
            seconds=run.seconds,
        )
        result.summary = {m: bootstrap_ci([s[m] for s in scores]) for m in METRICS}
        results.append(result)
    return results


def evaluate_clusters(
    clusters: Sequence[Cluster],
    systems: Sequence[str],
    *,
    words: int,
    measure: Measure = "recall",
    rouge: Rouge = "python",
    rouge_l: RougeL | None = None,
    workers: int = 1,
) -> list[SystemResult]:
    """Run and score: `run_systems` then `score_runs`."""
    runs = run_systems(clusters, systems, words=words, measure=measure, workers=workers)
    return score_runs(runs, clusters, measure=measure, rouge=rouge, rouge_l=rouge_l)


def format_table(
    results: Sequence[SystemResult], *, title: str = "", reference: str = "synoptic"
) -> str:
    """A Markdown table: R-1, R-2, R-L (×100) with 95% intervals, length, speed."""
    base = next((r for r in results if r.name == reference), None)
    lines = [title] if title else []
    lines += [
        "| system | R-1 [95% CI] | R-2 [95% CI] | R-L [95% CI] | words | clusters/s "
        f"| × {reference} | failed |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for result in results:
        cells = []
        for metric in METRICS:
            mean, low, high = result.summary[metric]
            cells.append(f"{100 * mean:.2f} [{100 * low:.2f}–{100 * high:.2f}]")
        ratio = (
            f"{result.clusters_per_second / base.clusters_per_second:.3g}"
            if base and not base.failed and base.clusters_per_second not in (0.0, float("inf"))
            else "–"
        )
        lines.append(
            f"| {result.name} | {' | '.join(cells)} | {result.mean_words:.1f} "
            f"| {result.clusters_per_second:.3g} | {ratio} | {result.failed} |"
        )
    return "\n".join(lines) + "\n"


def results_json(
    results: Sequence[SystemResult], clusters: Sequence[Cluster], settings: dict[str, Any]
) -> dict[str, Any]:
    """Everything the run measured, per system and per cluster, JSON-ready."""
    return {
        "settings": {**settings, "clusters": len(clusters), "resamples": RESAMPLES},
        "systems": {
            r.name: {
                **{
                    m: dict(zip(("mean", "low", "high"), r.summary[m], strict=True))
                    for m in METRICS
                },
                "words": r.mean_words,
                "seconds": r.seconds,
                "clusters_per_second": r.clusters_per_second,
                "failed": r.failed,
            }
            for r in results
        },
        "clusters": [
            {
                "id": cluster.id,
                "systems": {
                    r.name: {
                        **r.scores[i],
                        "words": r.words[i],
                        **({"error": r.errors[i]} if r.errors[i] else {}),
                    }
                    for r in results
                },
            }
            for i, cluster in enumerate(clusters)
        ],
    }


def write_json(
    path: Path,
    results: Sequence[SystemResult],
    clusters: Sequence[Cluster],
    settings: dict[str, Any],
) -> None:
    """Write `results_json` to ``path``."""
    path.write_text(
        json.dumps(results_json(results, clusters, settings), indent=1) + "\n", encoding="utf-8"
    )
