"""Bootstrap intervals: contain the mean, repeat exactly with a seed."""

from __future__ import annotations

import numpy as np
import pytest

from synoptic.evaluate.bootstrap import bootstrap_ci


def test_interval_contains_the_mean_and_is_deterministic() -> None:
    scores = list(np.random.default_rng(0).uniform(0.2, 0.5, size=40))
    mean, low, high = bootstrap_ci(scores, seed=7)
    assert low < mean < high
    assert mean == np.mean(scores)
    assert bootstrap_ci(scores, seed=7) == (mean, low, high)
    assert bootstrap_ci(scores, seed=8) != (mean, low, high)


def test_constant_scores_give_a_point_interval() -> None:
    assert bootstrap_ci([0.3] * 10) == pytest.approx((0.3, 0.3, 0.3))


def test_no_scores() -> None:
    assert bootstrap_ci([]) == (0.0, 0.0, 0.0)
