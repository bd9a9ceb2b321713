import zlib
from collections import Counter

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from synoptic.embed import Embedder
from synoptic.embed.lexical import BIGRAM_WEIGHT, DIMENSION, LexicalEmbedder, _features

TEXTS = [
    "The talks in Sochi lasted four hours.",
    "Talks in Sochi went on for four hours, officials said.",
    "A recipe for banana bread needs very ripe fruit.",
    "",
    "the and of",  # stopwords only: nothing to embed
]


def test_shape_dtype_and_unit_rows() -> None:
    vectors = LexicalEmbedder().encode(TEXTS)
    assert vectors.shape == (len(TEXTS), DIMENSION)
    assert vectors.dtype == np.float32
    norms = np.linalg.norm(vectors, axis=1)
    np.testing.assert_allclose(norms[:3], 1.0, rtol=1e-5)
    assert not vectors[3].any()
    assert not vectors[4].any()


def test_deterministic_across_instances() -> None:
    first = LexicalEmbedder().encode(TEXTS)
    second = LexicalEmbedder().encode(TEXTS)
    np.testing.assert_array_equal(first, second)


def test_shared_words_score_higher_than_unrelated() -> None:
    v = LexicalEmbedder().encode(TEXTS)
    assert v[0] @ v[1] > 0.4
    assert abs(v[0] @ v[2]) < 0.1


def test_empty_batch() -> None:
    assert LexicalEmbedder().encode([]).shape == (0, DIMENSION)


def test_satisfies_protocol() -> None:
    embedder: Embedder = LexicalEmbedder()
    assert embedder.name == "lexical"


def _reference_encode(texts: list[str], dimension: int = DIMENSION) -> np.ndarray:
    """The obvious route: one dense row per text, features added one by one."""
    out = np.zeros((len(texts), dimension), dtype=np.float64)
    features = [_features(t) for t in texts]
    df: Counter[int] = Counter(zlib.crc32(f.encode()) for fs in features for f in fs)
    for row, fs in enumerate(features):
        for feature, count in fs.items():
            key = zlib.crc32(feature.encode())
            tf = (1.0 + np.log(count)) * (BIGRAM_WEIGHT if " " in feature else 1.0)
            idf = np.log((1.0 + len(texts)) / (1.0 + df[key])) + 1.0
            sign = -1.0 if (key >> 31) & 1 else 1.0
            out[row, key % dimension] += tf * idf * sign
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)
    return out.astype(np.float32)


_WORDS = st.sampled_from(
    "talks Sochi four 4 hours lasted Kerry Lavrov met the and of banana bread , . ferry "
    "sank Kavala harbour officials said".split()
)


@given(
    st.lists(st.lists(_WORDS, max_size=12).map(" ".join), max_size=8), st.sampled_from([16, 2048])
)
def test_sparse_rows_match_the_dense_reference(texts: list[str], dimension: int) -> None:
    rows = LexicalEmbedder(dimension).encode_rows(texts)
    dense = rows.dense()
    np.testing.assert_allclose(dense, _reference_encode(texts, dimension), atol=1e-6)
    np.testing.assert_array_equal(dense, LexicalEmbedder(dimension).encode(texts))
    if texts:
        picked = list(range(0, len(texts), 2))
        np.testing.assert_allclose(rows.similarities(picked), dense[picked] @ dense.T, atol=1e-6)
