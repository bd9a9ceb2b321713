"""Evaluate: a benchmark cluster file → ROUGE of synoptic and its peers, side by side.

Layout::

    rouge.py      the scorer (rouge-score; optional official ROUGE-1.5.5), the word cut
    peers.py      lead, LexRank, TextRank, centroid, and synoptic itself, by name
    oracle.py     the greedy extractive ROUGE oracle (the ceiling for extraction)
    bootstrap.py  95% confidence intervals by resampling clusters
    runner.py     runs every system on the same clusters, scores, times, tabulates

`run_eval` is what ``synoptic eval`` calls.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from synoptic.errors import SynopticError
from synoptic.evaluate.bootstrap import bootstrap_ci
from synoptic.evaluate.peers import SYSTEMS, get_system
from synoptic.evaluate.rouge import Measure, RougeL, Scorer, check_perl, cut_words, rouge_l_for
from synoptic.evaluate.runner import (
    SystemResult,
    evaluate_clusters,
    format_table,
    write_json,
)
from synoptic.model import Cluster, Rejection

__all__ = [
    "SYSTEMS",
    "Scorer",
    "SystemResult",
    "bootstrap_ci",
    "cut_words",
    "evaluate_clusters",
    "format_table",
    "get_system",
    "read_benchmark",
    "run_eval",
]


def read_benchmark(
    path: Path, *, limit: int | None = None
) -> tuple[list[Cluster], list[Rejection]]:
    """The clusters of a cluster JSONL(.gz) file (the first ``limit``), and its bad lines.

    Raises:
        SynopticError: The file is missing or unreadable.
    """
    from synoptic.ingest import read_clusters

    if not path.is_file():
        raise SynopticError(f"cannot read {path}: no such file")
    clusters: list[Cluster] = []
    rejected: list[Rejection] = []
    items = read_clusters(path)
    try:
        for item in itertools.islice(items, limit) if limit is not None else items:
            if isinstance(item, Rejection):
                rejected.append(item)
            else:
                clusters.append(item)
    except (OSError, EOFError, UnicodeDecodeError) as error:
        raise SynopticError(f"cannot read {path}: {error}") from None
    return clusters, rejected


def run_eval(
    clusters: Path,
    *,
    words: int,
    measure: str,
    systems: tuple[str, ...],
    rouge: str,
    rouge_l: str | None = None,
    limit: int | None,
    json_path: Path | None,
    workers: int,
) -> int:
    """Score the named systems on a benchmark file and print the table (``synoptic eval``).

    Returns:
        0 when every system summarised every cluster, 1 when some failed or some
        input lines were bad, 2 when nothing could be scored (missing file, no
        Perl for ``--rouge perl``, unknown system, no cluster with references).
    """
    if measure not in ("recall", "f1") or rouge not in ("python", "perl"):
        raise SynopticError(f"unknown measure {measure!r} or scorer {rouge!r}")
    if rouge_l not in (None, "summary", "sentence"):
        raise SynopticError(f"unknown ROUGE-L level {rouge_l!r}: choose summary or sentence")
    if not systems:
        raise SynopticError("no system named: give --systems, e.g. synoptic,lead")
    for name in systems:
        get_system(name)
    if rouge == "perl":
        check_perl()
    target: Measure = "recall" if measure == "recall" else "f1"
    level: RougeL = rouge_l_for(target)
    if rouge_l is not None:
        level = "sentence" if rouge_l == "sentence" else "summary"
    found, rejected = read_benchmark(clusters, limit=limit)
    for rejection in rejected:
        print(f"synoptic: skipped {rejection.source}: {rejection.reason}", file=sys.stderr)
    scored = [c for c in found if c.references]
    if len(scored) < len(found):
        print(
            f"synoptic: skipped {len(found) - len(scored)} clusters without references",
            file=sys.stderr,
        )
    if not scored:
        raise SynopticError(f"no cluster with references in {clusters}")
    results = evaluate_clusters(
        scored,
        systems,
        words=words,
        measure=target,
        rouge="perl" if rouge == "perl" else "python",
        rouge_l=level,
        workers=workers,
    )
    scorer = "ROUGE-1.5.5 (Perl, -m -n 2 -f A)" if rouge == "perl" else "rouge-score (stemmed)"
    title = (
        f"{clusters.name}: {len(scored)} clusters, {words} words, {measure}, {scorer}, "
        f"stopwords kept, R-L {level}-level; 95% bootstrap CI over clusters (1000 resamples)\n"
    )
    sys.stdout.write(format_table(results, title=title))
    if json_path is not None:
        write_json(
            json_path,
            results,
            scored,
            {
                "file": str(clusters),
                "words": words,
                "measure": measure,
                "rouge": rouge,
                "rouge_l": level,
                "systems": list(systems),
                "workers": workers,
            },
        )
    return 1 if rejected or any(r.failed for r in results) else 0
