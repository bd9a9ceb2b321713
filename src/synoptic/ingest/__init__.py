"""Read: paths → `Article` values (or `Rejection` values), streamed.

`read_articles` takes files, directories (recursively, sorted by name, hidden
files skipped) and ``-`` (stdin) in these formats:

* ``.txt`` / ``.md``: first non-empty line is the title, the rest the text;
* ``.html`` / ``.htm``: main text, title, date and site name via trafilatura;
* ``.json``: one article ``{title, text, date?, source?, url?, id?}``, a list
  of them, or a cluster ``{id, documents: [...], references}``;
* ``.jsonl`` / ``.jsonl.gz``: one article or cluster per line.

Stdin and files without an extension are recognised by their content.
`read_clusters` reads the benchmark cluster JSONL into `Cluster` values.
Both are generators: one article (or cluster) is held at a time, and every
bad input becomes a `Rejection(stage="read")` instead of an exception.
"""

from __future__ import annotations

from synoptic.ingest.reader import (
    STDIN,
    STDIN_LABEL,
    SUPPORTED_SUFFIXES,
    read_articles,
    read_clusters,
)

__all__ = ["STDIN", "STDIN_LABEL", "SUPPORTED_SUFFIXES", "read_articles", "read_clusters"]
