"""Clean: raw `Article` → `Article` holding only the story, with its `Removal`s.

PLACEHOLDER: being built (owner: clean helper). Contract:

clean_articles(articles: Sequence[Article]) -> tuple[list[Article], list[Rejection]]
    Cleans every article (using cross-article repetition as one signal); an
    article with nothing left becomes a Rejection(stage="clean").
clean_article(article: Article, *, repeated: frozenset[str] = frozenset()) -> Article
"""

from __future__ import annotations

from collections.abc import Sequence

from synoptic.model import Article, Rejection

__all__ = ["clean_article", "clean_articles"]


def clean_article(article: Article, *, repeated: frozenset[str] = frozenset()) -> Article:
    raise NotImplementedError("being built")


def clean_articles(articles: Sequence[Article]) -> tuple[list[Article], list[Rejection]]:
    raise NotImplementedError("being built")
