"""Model-free lexical sentence vectors: hashed TF-IDF over stemmed content words.

Takes texts, returns one L2-normalised float32 ``(n, DIMENSION)`` array. This is
the fast path's embedder (``synoptic batch`` over thousands of clusters): no model
to load, deterministic, a few hundred microseconds per cluster of sentences.

Features are the stemmed content words of `synoptic.text.content_words` (number
words read as digits: "four" = "4") and
their adjacent pairs (bigrams, weighted `BIGRAM_WEIGHT`), hashed with CRC-32 and
folded into `DIMENSION` columns with a hash-derived sign, the "hashing trick"
(Weinberger et al., 2009, "Feature Hashing for Large Scale Multitask Learning",
https://arxiv.org/abs/0902.2206): the sign makes collisions cancel on average
instead of adding up.

Term frequencies are sublinear (``1 + log tf``). IDF is computed over the texts
passed to one `encode` call, each text a document: callers pass one story's
sentences, so a word every outlet repeats ("Kerry") weighs less than the detail
that tells two claims apart. The same text can therefore get a slightly
different vector in a different batch; similarities within one call are what
the vectors are for.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray

from synoptic.text.tokens import content_words, stem

__all__ = ["DIMENSION", "LexicalEmbedder"]

DIMENSION = 2048
BIGRAM_WEIGHT = 0.5


# Number words read as digits, so "four hours" and "4 hours" share features.
_NUMBER_STEMS = dict(
    zip(
        map(
            stem,
            "one two three four five six seven eight nine ten eleven twelve twenty thirty forty"
            " fifty sixty seventy eighty ninety hundred thousand million billion".split(),
        ),
        "1 2 3 4 5 6 7 8 9 10 11 12 20 30 40 50 60 70 80 90 100 1000 1000000 1000000000".split(),
        strict=True,
    )
)


def _features(text: str) -> Counter[str]:
    tokens = [_NUMBER_STEMS.get(t, t) for t in content_words(text)]
    counts: Counter[str] = Counter(tokens)
    counts.update(f"{a} {b}" for a, b in pairwise(tokens))
    return counts


class LexicalEmbedder:
    """Hashed TF-IDF vectors; see the module docstring.

    Args:
        dimension: Number of columns the hashed features are folded into.
    """

    name = "lexical"

    def __init__(self, dimension: int = DIMENSION) -> None:
        self.dimension = dimension

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Embed texts; see `synoptic.embed.Embedder.encode`. IDF is over ``texts``."""
        rows: list[int] = []
        keys: list[int] = []
        tfs: list[float] = []
        for row, text in enumerate(texts):
            for feature, count in _features(text).items():
                rows.append(row)
                keys.append(zlib.crc32(feature.encode("utf-8")))
                weight = 1.0 + np.log(count)
                tfs.append(weight * BIGRAM_WEIGHT if " " in feature else weight)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not rows:
            return out
        key_array = np.asarray(keys, dtype=np.uint64)
        unique, inverse, df = np.unique(key_array, return_inverse=True, return_counts=True)
        # Smoothed IDF (as scikit-learn's TfidfVectorizer): never zero, never negative.
        idf = np.log((1.0 + len(texts)) / (1.0 + df)) + 1.0
        values = np.asarray(tfs, dtype=np.float64) * idf[inverse]
        columns = (unique % self.dimension).astype(np.intp)[inverse]
        signs = np.where((unique >> np.uint64(31)) & np.uint64(1), -1.0, 1.0)[inverse]
        dense = np.zeros((len(texts), self.dimension), dtype=np.float64)
        np.add.at(dense, (np.asarray(rows, dtype=np.intp), columns), values * signs)
        norms = np.linalg.norm(dense, axis=1, keepdims=True)
        np.divide(dense, norms, out=dense, where=norms > 0)
        out[:] = dense
        return out
