"""Entities. PLACEHOLDER: being built (owner: quotes/entities helper)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from synoptic.model import Article, Entity

__all__ = ["find_entities"]


def find_entities(articles: Sequence[Article], *, docs: Mapping[str, Any]) -> tuple[Entity, ...]:
    raise NotImplementedError("being built")
