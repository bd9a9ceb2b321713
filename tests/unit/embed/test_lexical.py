import zlib
from collections import Counter
from itertools import chain, pairwise

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from synoptic.embed import Embedder
from synoptic.embed.lexical import (
    _NUMBER_STEMS,
    BIGRAM_WEIGHT,
    DIMENSION,
    LexicalEmbedder,
    LexicalRows,
)
from synoptic.text.tokens import STOPWORDS, stem, stem_table, tokenize

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


def _features(text: str) -> Counter[str]:
    """A text's features: content stems (number words as digits), then their
    bigrams, each in order of first occurrence, with their counts."""
    stems = [
        _NUMBER_STEMS.get(s, s) for s in (stem(t) for t in tokenize(text) if t not in STOPWORDS)
    ]
    return Counter(chain(stems, map(" ".join, pairwise(stems))))


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


def _reference_rows(texts: list[str], dimension: int) -> LexicalRows:
    """`encode_rows` as first written: features counted text by text, each
    feature hashed by its string; the same float operations in the same order."""
    vocabulary: dict[str, int] = {}
    ids: list[int] = []
    counts: list[int] = []
    sizes: list[int] = []
    for text in texts:
        features = _features(text)
        ids.extend(vocabulary.setdefault(f, len(vocabulary)) for f in features)
        counts.extend(features.values())
        sizes.append(len(features))
    indptr = np.zeros(len(texts) + 1, dtype=np.intp)
    if not ids:
        empty = np.zeros(0, dtype=np.intp)
        return LexicalRows(
            indptr=indptr, columns=empty, values=empty.astype(np.float32), dimension=dimension
        )
    hashes = np.array([zlib.crc32(f.encode("utf-8")) for f in vocabulary], dtype=np.uint64)
    bigram = np.array([" " in f for f in vocabulary])
    entry = np.asarray(ids, dtype=np.intp)
    tfs = 1.0 + np.log(np.asarray(counts, dtype=np.float64))
    tfs[bigram[entry]] *= BIGRAM_WEIGHT
    unique, inverse, df = np.unique(hashes[entry], return_inverse=True, return_counts=True)
    idf = np.log((1.0 + len(texts)) / (1.0 + df)) + 1.0
    signs = np.where((unique >> np.uint64(31)) & np.uint64(1), -1.0, 1.0)
    values = tfs * (idf * signs)[inverse]
    columns = (unique % dimension).astype(np.intp)[inverse]
    owner = np.repeat(np.arange(len(texts)), sizes)
    cells, slot = np.unique(owner * dimension + columns, return_inverse=True)
    summed = np.bincount(slot, weights=values)
    cell_owner = cells // dimension
    norms = np.sqrt(np.bincount(cell_owner, weights=summed * summed, minlength=len(texts)))
    norms[norms == 0] = 1.0
    summed = summed / norms[cell_owner]
    np.cumsum(np.bincount(cell_owner, minlength=len(texts)), out=indptr[1:])
    return LexicalRows(
        indptr=indptr,
        columns=(cells % dimension).astype(np.intp),
        values=summed.astype(np.float32),
        dimension=dimension,
    )


_MANY = st.sampled_from(
    "talks talk Sochi four 4 fours hours lasted Kerry Lavrov met the and of one 1 twenty "
    "million Über ferry ferries sank Kavala said a b c d e".split()
)


@settings(max_examples=300, deadline=None)
# Found by mutation: entries of a text summed bigrams-interleaved, or by feature
# number instead of first occurrence, change these rows' last bits.
@example(["", "b lasted Kerry e"], 4, False)
@example(["Lavrov sank talk c sank", "c million talks d b"], 1, True)
@given(
    st.lists(st.lists(_MANY, max_size=30).map(" ".join), max_size=10),
    st.sampled_from([2, 4, 16, 2048]),
    st.booleans(),
)
def test_rows_are_the_text_by_text_reference_to_the_bit(
    texts: list[str], dimension: int, shared: bool
) -> None:
    # Few columns fold three or more features into one cell, where the order
    # of the additions shows in the last bit.
    words = [tokenize(t) for t in texts] if shared else None
    stems = stem_table(chain.from_iterable(words)) if words is not None else None
    fast = LexicalEmbedder(dimension).encode_rows(texts, words=words, stems=stems)
    slow = _reference_rows(texts, dimension)
    for a, b in zip(
        (fast.indptr, fast.columns, fast.values),
        (slow.indptr, slow.columns, slow.values),
        strict=True,
    ):
        assert a.dtype == b.dtype
        assert a.shape == b.shape
        assert a.tobytes() == b.tobytes()
