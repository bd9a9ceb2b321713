"""Sentence splitting: `Article` → tuple of `Sentence` views on its text.

Paragraphs (blank-line separated) never share a sentence. Inside a paragraph,
sentencex (a rule-based splitter that knows abbreviations, initials and
numbers: "U.S.", "Mr.", "Dec. 15", "53 billion") finds the boundaries, and a
small repair pass splits after an ellipsis that is followed by a new sentence,
which sentencex misses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sentencex import segment

from synoptic.model import Article, Sentence

__all__ = ["split_sentences", "split_text"]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# "… And then": an ellipsis closing a sentence, then a capitalised word or a quote.
_ELLIPSIS_BOUNDARY = re.compile(r"(?:(?<=…)|(?<=\.\.\.))\s+(?=[\"“‘']?[A-Z])")


def _paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def split_text(text: str) -> list[tuple[int, int, int]]:
    """Sentence spans of a text.

    Args:
        text: Plain text, paragraphs separated by blank lines.

    Returns:
        ``(start, end, paragraph)`` for each sentence, offsets into ``text``,
        stripped of surrounding whitespace, in reading order.
    """
    spans: list[tuple[int, int, int]] = []
    paragraph = 0
    for p_start, p_end in _paragraph_spans(text):
        chunk = text[p_start:p_end]
        if not chunk.strip():
            continue
        cursor = 0
        # The ellipsis repair's regex is slow to scan; most paragraphs have none.
        ellipses = "…" in chunk or "..." in chunk
        for piece in segment("en", chunk):
            stripped = piece.strip()
            found = chunk.find(stripped, cursor) if stripped else -1
            if found < 0:
                continue
            piece_end = found + len(stripped)
            cursor = piece_end
            if not ellipses:
                spans.append((p_start + found, p_start + piece_end, paragraph))
                continue
            for s, e in _split_ellipses(chunk, found, piece_end):
                spans.append((p_start + s, p_start + e, paragraph))
        paragraph += 1
    return spans


def _split_ellipses(chunk: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cut = start
    for match in _ELLIPSIS_BOUNDARY.finditer(chunk, start, end):
        yield cut, match.start()
        cut = match.end()
    yield cut, end


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """Split an article's text into sentences.

    Args:
        article: A (normally cleaned) article.

    Returns:
        Its sentences, each a view on ``article.text`` with offsets.
    """
    return tuple(
        Sentence(
            article_id=article.id,
            index=i,
            start=start,
            end=end,
            text=article.text[start:end],
            paragraph=paragraph,
        )
        for i, (start, end, paragraph) in enumerate(split_text(article.text))
    )
