"""Concept coverage as an integer linear programme, solved exactly by HiGHS.

Gillick & Favre (2009): choose sentences ``x_i ∈ {0, 1}`` and concepts
``c_j ∈ [0, 1]`` to maximise ``Σ w_j c_j`` subject to ``Σ len_i x_i ≤ L`` and
``c_j ≤ Σ_{i ∋ j} x_i``: a concept counts once however many chosen sentences
carry it, so redundancy earns nothing. ``c_j`` need not be declared integer:
at an optimum it equals ``min(1, Σ x_i)``, which is 0 or 1 once the ``x_i``
are. Extra rows say "sentence ``i`` only with sentence ``p``" (a sentence that
leans on its predecessor) and "not both ``i`` and ``k``" (near-duplicates).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array

__all__ = ["solve_coverage"]

# A safety net only: 30 DUC 2003 clusters solve in a few ms each.
_TIME_LIMIT_S = 2.0


def solve_coverage(
    sentence_concepts: Sequence[Sequence[int]],
    lengths: Sequence[int],
    weights: Sequence[float],
    budget: int,
    *,
    requires: Sequence[tuple[int, int]] = (),
    excludes: Sequence[tuple[int, int]] = (),
    length_reward: float = 0.0,
) -> list[int]:
    """The sentences that cover the most concept weight within a length budget.

    Args:
        sentence_concepts: For each sentence, the indices of its concepts.
        lengths: Each sentence's length in words.
        weights: Each concept's weight.
        budget: Most words in all.
        requires: ``(i, p)`` pairs: sentence ``i`` may be chosen only with ``p``.
        excludes: ``(i, k)`` pairs that may not both be chosen.
        length_reward: Objective gain per word chosen (breaks ties towards
            filling the budget).

    Returns:
        Indices of the chosen sentences, ascending.
    """
    n, m = len(lengths), len(weights)
    if n == 0:
        return []
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    # Row 0: the length budget.
    for i, length in enumerate(lengths):
        rows.append(0)
        cols.append(i)
        vals.append(float(length))
    # Rows 1..m: c_j - Σ x_i ≤ 0.
    for j in range(m):
        rows.append(1 + j)
        cols.append(n + j)
        vals.append(1.0)
    for i, concepts in enumerate(sentence_concepts):
        for j in concepts:
            rows.append(1 + j)
            cols.append(i)
            vals.append(-1.0)
    row = 1 + m
    for i, p in requires:  # x_i - x_p ≤ 0
        rows += [row, row]
        cols += [i, p]
        vals += [1.0, -1.0]
        row += 1
    for i, k in excludes:  # x_i + x_k ≤ 1
        rows += [row, row]
        cols += [i, k]
        vals += [1.0, 1.0]
        row += 1
    upper = np.zeros(row)
    upper[0] = budget
    upper[1 + m + len(requires) :] = 1.0
    matrix = coo_array((vals, (rows, cols)), shape=(row, n + m)).tocsr()
    cost = np.concatenate(
        [-length_reward * np.asarray(lengths, dtype=float), -np.asarray(weights, dtype=float)]
    )
    integrality = np.concatenate([np.ones(n), np.zeros(m)])
    result = milp(
        cost,
        constraints=LinearConstraint(matrix, -np.inf, upper),
        integrality=integrality,
        bounds=Bounds(0.0, 1.0),
        options={"time_limit": _TIME_LIMIT_S, "disp": False},
    )
    if result.x is None:
        return []
    return [i for i in range(n) if result.x[i] > 0.5]
