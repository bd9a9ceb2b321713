"""Handing `encode_rows` the texts' tokens changes nothing but the cost."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from synoptic.embed.lexical import LexicalEmbedder
from synoptic.text.tokens import tokenize

_WORDS = st.sampled_from("Kerry four 4 talks held in Paris the twenty Über ran 1,200".split())
_TEXTS = st.lists(st.lists(_WORDS, max_size=12).map(" ".join), max_size=8)


@settings(max_examples=100, deadline=None)
@given(_TEXTS)
def test_given_tokens_give_the_same_rows(texts: list[str]) -> None:
    embedder = LexicalEmbedder()
    alone = embedder.encode_rows(texts)
    shared = embedder.encode_rows(texts, words=[tokenize(t) for t in texts])
    for a, b in zip(
        (alone.indptr, alone.columns, alone.values),
        (shared.indptr, shared.columns, shared.values),
        strict=True,
    ):
        np.testing.assert_array_equal(a, b)
