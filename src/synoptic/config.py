"""Typed settings with defaults that serve, validated when built."""

from __future__ import annotations

from dataclasses import dataclass

from synoptic.errors import ConfigError
from synoptic.registry import EMBEDDERS

__all__ = ["BriefConfig"]

DEFAULT_WORDS = 120


@dataclass(frozen=True, slots=True, kw_only=True)
class BriefConfig:
    """Settings of one brief.

    Attributes:
        words: Word budget of the summary.
        embedder: Name of the sentence embedder (see `synoptic.registry`).
        analyse: Whether to run the story analysis (facts, timeline, quotes,
            entities, conflicts); off gives just the cited summary, faster.
    """

    words: int = DEFAULT_WORDS
    embedder: str = "minilm"
    analyse: bool = True

    def __post_init__(self) -> None:
        if not 10 <= self.words <= 5000:
            raise ConfigError(f"words must be between 10 and 5000, got {self.words}")
        if self.embedder not in EMBEDDERS:
            raise ConfigError(
                f"unknown embedder {self.embedder!r}; choose one of {', '.join(sorted(EMBEDDERS))}"
            )
