"""Quotes. PLACEHOLDER: being built (owner: quotes/entities helper)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from synoptic.model import Article, Quote, Sentence

__all__ = ["find_quotes"]


def find_quotes(
    articles: Sequence[Article], sentences: Sequence[Sentence], *, docs: Mapping[str, Any]
) -> tuple[Quote, ...]:
    raise NotImplementedError("being built")
