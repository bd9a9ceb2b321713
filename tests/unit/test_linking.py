"""Single-link grouping against an obvious reference (graph search)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from synoptic.linking import link_groups


def _reference(n: int, edges: set[tuple[int, int]]) -> list[list[int]]:
    seen: set[int] = set()
    groups = []
    for start in range(n):
        if start in seen:
            continue
        group, todo = set(), [start]
        while todo:
            i = todo.pop()
            if i in group:
                continue
            group.add(i)
            todo += [j for j in range(n) if (min(i, j), max(i, j)) in edges]
        seen |= group
        groups.append(sorted(group))
    return groups


@given(
    st.integers(0, 12).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.sets(st.tuples(st.integers(0, max(n - 1, 0)), st.integers(0, max(n - 1, 0)))),
        )
    )
)
def test_matches_connected_components(case: tuple[int, set[tuple[int, int]]]) -> None:
    n, raw = case
    edges = {(min(a, b), max(a, b)) for a, b in raw if a != b and max(a, b) < n}
    assert link_groups(n, lambda i, j: (i, j) in edges) == _reference(n, edges)


def test_singletons_and_empty() -> None:
    assert link_groups(0, lambda i, j: True) == []
    assert link_groups(3, lambda i, j: False) == [[0], [1], [2]]
