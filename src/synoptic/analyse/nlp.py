"""The spaCy pipeline, loaded once and passed in. PLACEHOLDER (owner: quotes/entities helper)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from synoptic.model import Article

__all__ = ["load_nlp", "parse_articles"]


def load_nlp() -> Any:
    raise NotImplementedError("being built")


def parse_articles(nlp: Any, articles: Sequence[Article]) -> dict[str, Any]:
    raise NotImplementedError("being built")
