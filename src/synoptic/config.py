"""Typed settings with defaults that serve, validated when built."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from synoptic.errors import ConfigError
from synoptic.registry import EMBEDDERS

__all__ = ["START_METHOD", "BriefConfig"]

DEFAULT_WORDS = 120

# How the worker processes of `synoptic batch` and `synoptic eval` start. Forked,
# a worker shares the imports its parent has paid for (0.2 s of a 30-cluster DUC
# batch); but macOS's system libraries may start threads that a fork would leave
# broken, so elsewhere a worker is a new interpreter.
START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"


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
