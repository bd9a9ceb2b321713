"""Facts and citations. PLACEHOLDER: being built (owner: facts helper)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from synoptic.model import Article, Fact, Sentence, SummarySentence

__all__ = ["cite_sentences", "group_facts"]


def cite_sentences(
    selected: Sequence[Sentence],
    *,
    sentences: Sequence[Sentence],
    vectors: NDArray[np.float32],
    articles: Sequence[Article],
) -> tuple[SummarySentence, ...]:
    raise NotImplementedError("being built")


def group_facts(
    sentences: Sequence[Sentence], *, vectors: NDArray[np.float32], articles: Sequence[Article]
) -> tuple[Fact, ...]:
    raise NotImplementedError("being built")
