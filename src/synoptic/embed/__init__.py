"""Sentence embedders: texts → one L2-normalised float32 ``(n, d)`` array.

An embedder holds a resource (a model), so it is a class behind the
`Embedder` protocol; implementations are chosen by name in `synoptic.registry`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

__all__ = ["Embedder"]


class Embedder(Protocol):
    """Turns texts into unit-length vectors; cosine similarity is a dot product."""

    name: str

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Embed texts.

        Args:
            texts: The texts, in order.

        Returns:
            A float32 array of shape ``(len(texts), d)``, each row of unit length
            (or all zeros for a text with nothing to embed).
        """
        ...
