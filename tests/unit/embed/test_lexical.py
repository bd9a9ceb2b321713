import numpy as np

from synoptic.embed import Embedder
from synoptic.embed.lexical import DIMENSION, LexicalEmbedder

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
