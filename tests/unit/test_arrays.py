"""The sort-based set routines return exactly what the `np.unique` calls they replace do."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from synoptic.arrays import distinct, first_occurrences, unique_inverse

# Few distinct values (many repeats) and the full int64 range both.
VALUES = st.one_of(
    st.lists(st.integers(0, 5), max_size=200),
    st.lists(st.integers(min_value=-(2**62), max_value=2**62), max_size=200),
)


@given(VALUES)
def test_distinct_is_numpy_unique(values: list[int]) -> None:
    array = np.array(values, dtype=np.int64)
    assert np.array_equal(distinct(array), np.unique(array))


@given(VALUES)
def test_unique_inverse_is_numpy_unique(values: list[int]) -> None:
    array = np.array(values, dtype=np.int64)
    expected, inverse = np.unique(array, return_inverse=True)
    got, got_inverse = unique_inverse(array)
    assert np.array_equal(got, expected)
    assert np.array_equal(got_inverse, inverse.reshape(-1))
    assert got.dtype == array.dtype


@given(VALUES)
def test_first_occurrences_is_numpy_unique(values: list[int]) -> None:
    array = np.array(values, dtype=np.int64)
    expected = np.unique(array, return_index=True, return_inverse=True, return_counts=True)
    got = first_occurrences(array)
    for mine, theirs in zip(got, expected, strict=True):
        assert np.array_equal(mine, theirs.reshape(-1))


def test_unsigned_hashes_keep_their_type() -> None:
    hashes = np.array([2**63 + 5, 3, 2**63 + 5], dtype=np.uint64)
    uniques, inverse = unique_inverse(hashes)
    assert uniques.dtype == np.uint64
    assert uniques.tolist() == [3, 2**63 + 5]
    assert inverse.tolist() == [1, 0, 1]
