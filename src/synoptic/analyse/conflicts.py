"""Disagreements. PLACEHOLDER: being built (owner: facts helper)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from synoptic.model import Article, Conflict, Sentence

__all__ = ["find_conflicts"]


def find_conflicts(
    sentences: Sequence[Sentence], *, vectors: NDArray[np.float32], articles: Sequence[Article]
) -> tuple[Conflict, ...]:
    raise NotImplementedError("being built")
