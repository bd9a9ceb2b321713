"""Sort-based set routines on integer arrays, shared by the stages that count codes.

`np.unique` in numpy 2 hashes, or sorts with a stable (merge) sort when asked
for first occurrences; on the few thousand codes of a cluster's tokens, one
plain sort does the same work in a third to a half of the time. Each function
here returns exactly what the `np.unique` call it names returns.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

__all__ = ["distinct", "first_occurrences", "unique_inverse"]

# Integer codes of any width (int64 ids, uint64 hashes); results keep their dtype.
IntArray = NDArray[Any]


def distinct(values: IntArray) -> IntArray:
    """``np.unique(values)``: the distinct values, ascending."""
    ordered = np.sort(values)
    return ordered[_run_starts(ordered)]


def unique_inverse(values: IntArray) -> tuple[IntArray, NDArray[np.intp]]:
    """``np.unique(values, return_inverse=True)``: distinct values, each value's rank among them."""
    _, ordered, starts, inverse = _sorted_runs(values)
    return ordered[starts], inverse


def first_occurrences(
    values: IntArray,
) -> tuple[IntArray, NDArray[np.intp], NDArray[np.intp], NDArray[np.intp]]:
    """``np.unique(values, return_index=True, return_inverse=True, return_counts=True)``.

    Returns:
        The distinct values ascending, where each first occurs, each value's
        rank among them, and how often each occurs.
    """
    order, ordered, starts, inverse = _sorted_runs(values)
    at = np.flatnonzero(starts)
    if not len(values):
        return ordered, at, inverse, at
    # The sort need not be stable: the least position in a run is the first occurrence.
    first = np.minimum.reduceat(order, at)
    counts = np.diff(np.append(at, len(values)))
    return ordered[starts], first, inverse, counts


def _run_starts(ordered: IntArray) -> NDArray[np.bool_]:
    """Which entries of a sorted array open a run of equal values."""
    starts = np.ones(len(ordered), dtype=bool)
    starts[1:] = ordered[1:] != ordered[:-1]
    return starts


def _sorted_runs(
    values: IntArray,
) -> tuple[NDArray[np.intp], IntArray, NDArray[np.bool_], NDArray[np.intp]]:
    """The sorting permutation, the sorted values, the runs' openings, and each value's rank."""
    order = np.argsort(values)
    ordered = values[order]
    starts = _run_starts(ordered)
    inverse = np.empty(len(values), dtype=np.intp)
    inverse[order] = np.cumsum(starts) - 1
    return order, ordered, starts, inverse
