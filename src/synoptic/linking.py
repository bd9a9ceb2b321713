"""Single-link grouping: the connected components of a "belongs with" relation.

Facts (syndicated articles), quotes (the same quote in several outlets), the
timeline (sentences telling one occurrence) and selection (versions of one wire
story) all group items this way, so it sits beside the stages, in none of them.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["link_groups"]


def link_groups(n: int, linked: Callable[[int, int], bool]) -> list[list[int]]:
    """Group items ``0..n-1`` that are linked, directly or through others.

    Args:
        n: Number of items.
        linked: Whether items ``i < j`` belong together; asked once per pair.

    Returns:
        The groups (singletons included), each in increasing order, ordered by
        their first item.
    """
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(n):
        for j in range(i + 1, n):
            if root(i) != root(j) and linked(i, j):
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())
