"""Swappable implementations, chosen by name (configs and the CLI name them)."""

from __future__ import annotations

from collections.abc import Callable

from synoptic.embed import Embedder
from synoptic.errors import ConfigError

__all__ = ["EMBEDDERS", "load_embedder"]


def _minilm() -> Embedder:
    from synoptic.embed.minilm import MiniLMEmbedder

    return MiniLMEmbedder()


def _lexical() -> Embedder:
    from synoptic.embed.lexical import LexicalEmbedder

    return LexicalEmbedder()


EMBEDDERS: dict[str, Callable[[], Embedder]] = {"minilm": _minilm, "lexical": _lexical}


def load_embedder(name: str) -> Embedder:
    """Load the embedder registered under ``name``.

    Raises:
        ConfigError: No embedder has that name.
    """
    try:
        factory = EMBEDDERS[name]
    except KeyError:
        raise ConfigError(
            f"unknown embedder {name!r}; choose one of {', '.join(sorted(EMBEDDERS))}"
        ) from None
    return factory()
