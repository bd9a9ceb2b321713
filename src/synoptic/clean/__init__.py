"""Clean: raw `Article` → `Article` holding only the story, with its `Removal` values.

`clean_articles` cleans a batch, using lines repeated across its pages as one
signal of site furniture; an article with nothing left becomes a
`Rejection(stage="clean")`. `clean_article` cleans one article. Rules (see
`synoptic.clean.rules`) look at the shape of a line, never at known sentences:
prompts, ads, link lists, source tags, bylines, photo captions and credits,
stray headings, lone numbers, reader-comment sections. Mojibake (UTF-8 once read
as cp1252: "Kerryâ€™s") is repaired first (`synoptic.clean.mojibake`).
"""

from __future__ import annotations

from synoptic.clean.cleaner import clean_article, clean_articles, find_repeated_lines

__all__ = ["clean_article", "clean_articles", "find_repeated_lines"]
