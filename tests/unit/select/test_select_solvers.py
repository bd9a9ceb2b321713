"""The greedy coverage solver against the exact ILP (the slow, obvious reference)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from synoptic.select.ilp import solve_coverage, solve_greedy


def _value(incidence: np.ndarray, weights: np.ndarray, chosen: list[int]) -> float:
    picked = np.zeros(incidence.shape[0])
    picked[chosen] = 1.0
    return float(weights @ np.minimum(incidence.T @ picked, 1.0))


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=15),
    st.integers(min_value=0, max_value=2**31 - 1),
    st.integers(min_value=5, max_value=60),
)
def test_greedy_is_feasible_and_close_to_optimum(n: int, m: int, seed: int, budget: int) -> None:
    rng = np.random.default_rng(seed)
    incidence = (rng.random((n, m)) < 0.3).astype(float)
    weights = rng.integers(1, 5, m).astype(float)
    lengths = rng.integers(5, 30, n).astype(float)
    requires = [(1, 0)] if n > 1 else []
    exact = solve_coverage(incidence, lengths, weights, budget, requires=requires)
    greedy = solve_greedy(incidence, lengths, weights, budget, requires=requires, scale=0.5)
    for chosen in (exact, greedy):
        assert lengths[chosen].sum() <= budget
        if 1 in chosen:
            assert 0 in chosen
    best = _value(incidence, weights, exact)
    found = _value(incidence, weights, greedy)
    assert found <= best + 1e-6
    # Lin & Bilmes's bound for the budgeted greedy is (1 - 1/e)/2 of the optimum.
    assert found >= 0.5 * (1 - 1 / np.e) * best - 1e-6


def test_empty_problem() -> None:
    empty = np.zeros((0, 0))
    no = np.zeros(0)
    assert solve_greedy(empty, no, no, 100) == []
    assert solve_coverage(empty, no, no, 100) == []
