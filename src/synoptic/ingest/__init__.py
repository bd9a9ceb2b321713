"""Read: paths → `Article` values (or `Rejection`s), streamed.

PLACEHOLDER: being built (owner: ingest helper). Contract:

read_articles(paths: Iterable[str | Path]) -> Iterator[Article | Rejection]
    Files, directories (recursively, sorted) and "-" (stdin). Formats .txt/.md,
    .html/.htm, .json/.jsonl (articles or a cluster). Streams: yields one at a time.
read_clusters(path: str | Path) -> Iterator[Cluster | Rejection]
    Cluster JSONL(.gz) as in ../shared/data/README.md, streamed line by line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from synoptic.model import Article, Cluster, Rejection

__all__ = ["read_articles", "read_clusters"]


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | Rejection]:
    raise NotImplementedError("being built")


def read_clusters(path: str | Path) -> Iterator[Cluster | Rejection]:
    raise NotImplementedError("being built")
