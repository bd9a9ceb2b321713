"""Timeline. PLACEHOLDER: being built (owner: timeline helper)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from synoptic.model import Article, Event, Sentence

__all__ = ["build_timeline"]


def build_timeline(
    articles: Sequence[Article], sentences: Sequence[Sentence], *, docs: Mapping[str, Any]
) -> tuple[Event, ...]:
    raise NotImplementedError("being built")
