"""Tune and check the select stage on benchmark clusters (ROUGE and speed).

Not the official harness (that is ``synoptic eval``): a quick loop for trying
selection constants. Reads cluster JSONL(.gz) as ../shared/data/README.md
describes it, splits with `synoptic.text.split_sentences`, selects, cuts every
summary at N words and scores it with rouge-score (Porter stemming, stopwords
kept), averaging over references: recall for DUC, F1 for Multi-News.

Examples::

    python benchmarks/tune_select.py ../shared/data/duc2003-task2.jsonl --words 100
    python benchmarks/tune_select.py ../shared/data/multinews-val.jsonl.gz --words 250 \\
        --measure f --skip 0 --limit 300 --variant position_bonus=1.0 --variant lead
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import statistics
import time
from collections.abc import Iterator
from dataclasses import fields, replace
from pathlib import Path

from synoptic.model import Article, Cluster, Sentence
from synoptic.select import SelectParams, select_with
from synoptic.text import split_sentences, split_text


def read_clusters(path: Path, skip: int, limit: int | None) -> Iterator[Cluster]:
    """Clusters of a benchmark JSONL(.gz) file (a local reader for tuning only)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if n < skip:
                continue
            if limit is not None and n >= skip + limit:
                break
            raw = json.loads(line)
            articles = tuple(
                Article(
                    id=d["id"],
                    title=d.get("title") or "",
                    text=d["text"],
                    source=d.get("source"),
                    date=dt.date.fromisoformat(d["date"]) if d.get("date") else None,
                )
                for d in raw["documents"]
            )
            yield Cluster(id=raw["id"], articles=articles, references=tuple(raw["references"]))


def lead(sentences: tuple[Sentence, ...], words: int, per_article: int = 5) -> list[Sentence]:
    """The first ``per_article`` sentences of every article (the Multi-News lead baseline)."""
    return [s for s in sentences if s.index < per_article]


def parse_variant(spec: str) -> tuple[str, SelectParams | None]:
    """``name=value,name=value`` → SelectParams with those changes; ``lead`` → None."""
    if spec in ("lead", "default"):
        return spec, None if spec == "lead" else SelectParams()
    types = {f.name: f.type for f in fields(SelectParams)}
    changes: dict[str, object] = {}
    for item in spec.split(","):
        name, value = item.split("=")
        kind = types[name]
        changes[name] = (
            value
            if kind in ("str", str)
            else value.lower() in ("1", "true", "yes")
            if kind in ("bool", bool)
            else int(value)
            if kind in ("int", int)
            else float(value)
        )
    return spec, replace(SelectParams(), **changes)  # type: ignore[arg-type]


def cut(sentences: list[Sentence], words: int) -> str:
    """Newline-joined sentences cut at ``words`` whitespace words (for rougeLsum)."""
    out: list[str] = []
    left = words
    for s in sentences:
        ws = s.text.split()
        if left <= 0:
            break
        out.append(" ".join(ws[:left]))
        left -= len(ws)
    return "\n".join(out)


def _lines(text: str) -> str:
    return "\n".join(text[a:b] for a, b, _ in split_text(text))


def measure_speed(path: Path, words: int, limit: int | None, lexrank: int) -> None:
    """Whole-process time per cluster: the floor (read + split), ours (read + split +
    select) and sumy LexRank (read + its split + LexRank) on the first ``lexrank``
    clusters. Wall and CPU time, best of three passes (the machine is shared)."""

    def timed(run: object) -> tuple[float, float]:
        best_wall, best_cpu = float("inf"), float("inf")
        for _ in range(3):
            wall, cpu = time.perf_counter(), time.process_time()
            run()  # type: ignore[operator]
            best_wall = min(best_wall, time.perf_counter() - wall)
            best_cpu = min(best_cpu, time.process_time() - cpu)
        return best_wall, best_cpu

    def floor() -> None:
        for cluster in read_clusters(path, 0, limit):
            for article in cluster.articles:
                split_sentences(article)

    def ours() -> None:
        for cluster in read_clusters(path, 0, limit):
            sentences = [s for a in cluster.articles for s in split_sentences(a)]
            select_with(sentences, articles=cluster.articles, words=words, params=SelectParams())

    n = sum(1 for _ in read_clusters(path, 0, limit))
    ours()  # warm the stemmer's cache as a long batch run would have it
    rows = [("read + split (floor)", timed(floor), n), ("read + split + select", timed(ours), n)]
    if lexrank:
        from synoptic.evaluate.peers import lexrank_summary

        def peer() -> None:
            for cluster in read_clusters(path, 0, lexrank):
                lexrank_summary(cluster, words=words)

        start_wall, start_cpu = time.perf_counter(), time.process_time()
        peer()
        rows.append(
            (
                "sumy LexRank (read + split + rank)",
                (time.perf_counter() - start_wall, time.process_time() - start_cpu),
                lexrank,
            )
        )
    for name, (wall, cpu), count in rows:
        print(
            f"{name:36s} {1000 * wall / count:9.2f} ms/cluster wall {1000 * cpu / count:9.2f} CPU"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument(
        "--measure", choices=["r", "f"], default="r", help="recall (DUC) or F1 (Multi-News)"
    )
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument(
        "--variant",
        action="append",
        default=[],
        help="'default', 'lead', or name=value,... overrides of SelectParams",
    )
    parser.add_argument("--show", type=int, default=0, help="print the first N summaries")
    parser.add_argument(
        "--speed",
        type=int,
        default=None,
        metavar="K",
        help="measure whole-process speed instead (LexRank on the first K clusters)",
    )
    args = parser.parse_args()
    if args.speed is not None:
        measure_speed(args.path, args.words, args.limit, args.speed)
        return

    from rouge_score.rouge_scorer import RougeScorer

    scorer = RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    variants = [parse_variant(v) for v in (args.variant or ["default"])]
    clusters = list(read_clusters(args.path, args.skip, args.limit))

    t0 = time.process_time()  # CPU time: the machine is shared, wall time is noisy
    split = []
    for cluster in clusters:
        split.append(tuple(s for a in cluster.articles for s in split_sentences(a)))
    split_ms = (time.process_time() - t0) * 1000 / len(clusters)
    print(f"{len(clusters)} clusters from {args.path.name}; split {split_ms:.2f} ms/cluster")

    for name, params in variants:
        scores: dict[str, list[float]] = {"rouge1": [], "rouge2": [], "rougeLsum": []}
        lengths: list[int] = []
        elapsed = 0.0
        for n, (cluster, sentences) in enumerate(zip(clusters, split, strict=True)):
            t = time.process_time()
            if params is None:
                chosen = lead(sentences, args.words)
            else:
                chosen = list(
                    select_with(
                        sentences, articles=cluster.articles, words=args.words, params=params
                    )
                )
            elapsed += time.process_time() - t
            summary = cut(chosen, args.words)
            lengths.append(len(summary.split()))
            if n < args.show:
                print(f"--- {cluster.id}\n{summary}")
            # rougeLsum wants one sentence a line on both sides.
            per_ref = [scorer.score(_lines(ref), summary) for ref in cluster.references]
            for key in scores:
                values = [
                    getattr(r[key], "recall" if args.measure == "r" else "fmeasure")
                    for r in per_ref
                ]
                scores[key].append(statistics.fmean(values))
        ms = elapsed * 1000 / len(clusters)
        print(
            f"{name:50s} R-1 {100 * statistics.fmean(scores['rouge1']):6.2f}"
            f"  R-2 {100 * statistics.fmean(scores['rouge2']):6.2f}"
            f"  R-L {100 * statistics.fmean(scores['rougeLsum']):6.2f}"
            f"  words {statistics.fmean(lengths):6.1f}  {ms:7.2f} ms/cluster",
            flush=True,
        )


if __name__ == "__main__":
    main()
