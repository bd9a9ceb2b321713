"""Select: sentences → the summary's sentences, in reading order, within a word budget.

PLACEHOLDER: being built (owner: selection helper). Contract:

select_sentences(sentences: Sequence[Sentence], *, articles: Sequence[Article],
                 words: int) -> tuple[Sentence, ...]
"""

from __future__ import annotations

from collections.abc import Sequence

from synoptic.model import Article, Sentence

__all__ = ["select_sentences"]


def select_sentences(
    sentences: Sequence[Sentence], *, articles: Sequence[Article], words: int
) -> tuple[Sentence, ...]:
    raise NotImplementedError("being built")
