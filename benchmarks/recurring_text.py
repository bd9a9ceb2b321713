"""Recurring text: summary sentences that turn up, word for word, in unrelated stories.

Each Multi-News cluster is a different story, so a sentence that appears in the
summaries of several clusters is almost never news: it is a page's widget, notice
or archive note that the cleaning rules missed ("Crawls of supported " no more
404 " sites.", "Get push notifications with news, features and more."). This
needs no pattern of what furniture looks like, so it finds the kinds nobody
listed. Summarises every Multi-News validation cluster (or the first
``--clusters``) with `synoptic.summarize` and lists every sentence (compared lower-cased, on its
letters and digits) found in at least ``--min-clusters`` of their summaries.

    python benchmarks/recurring_text.py [--clusters N] [--min-clusters 3] [--workers 2]

Reads ../shared/data/multinews-val.jsonl.gz; says so plainly when it is absent.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import multiprocessing
import re
import sys
from pathlib import Path

from noise_check import write_report
from synoptic.errors import InputError
from synoptic.ingest import read_clusters
from synoptic.model import Cluster
from synoptic.pipeline import summarize

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "multinews-val.jsonl.gz"
RESULTS = Path(__file__).resolve().parent / "results" / "recurring.md"
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def _summary(task: tuple[Cluster, int]) -> tuple[str, list[str]]:
    cluster, words = task
    try:
        summary = summarize(cluster.articles, words=words)
    except InputError:
        return cluster.id, []  # every page of the cluster was refused
    return cluster.id, [s.sentence.text for s in summary.sentences]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--clusters", type=int, default=None, help="the first N (default: all)")
    parser.add_argument("--min-clusters", type=int, default=3)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not DATA.is_file():
        print(f"skipped: {DATA} is not there (the benchmark data lives in ../shared/data)")
        return 0
    clusters = [
        c for c in itertools.islice(read_clusters(DATA), args.clusters) if isinstance(c, Cluster)
    ]
    tasks = [(c, args.words) for c in clusters]
    with multiprocessing.get_context("fork").Pool(args.workers) as pool:
        summaries = pool.map(_summary, tasks, chunksize=16)
    seen: dict[str, set[str]] = collections.defaultdict(set)
    example: dict[str, str] = {}
    total = 0
    for cluster_id, sentences in summaries:
        for text in sentences:
            total += 1
            key = _NOT_WORD.sub(" ", text.lower()).strip()
            seen[key].add(cluster_id)
            example.setdefault(key, text)
    recurring = sorted(
        ((len(ids), key) for key, ids in seen.items() if len(ids) >= args.min_clusters),
        key=lambda r: (-r[0], r[1]),
    )
    occurrences = sum(n for n, _ in recurring)
    report = [
        "# Recurring text: summary sentences found in unrelated stories",
        "",
        f"Multi-News validation, {len(clusters)} clusters; summaries of {args.words} "
        f"words by `synoptic.summarize`. A sentence counts when its letters and digits, "
        f"lower-cased, are those of a sentence in at least {args.min_clusters} clusters' "
        "summaries.",
        "",
        "| clusters | summary sentences | recurring sentences | their occurrences |",
        "|---|---|---|---|",
        f"| {len(clusters)} | {total} | {len(recurring)} | {occurrences} |",
        "",
        "Recurring sentences, with the number of clusters whose summary holds each:",
        "",
        *[f"- {n}: {example[key]}" for n, key in recurring],
    ]
    write_report(RESULTS, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
