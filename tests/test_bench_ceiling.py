"""bench.ceiling recombines auto's candidates offline: its rules must be scored on the same
footing as auto (its own inverse-MSE rule gives auto's point exactly), or its table says
nothing about what a reweighting could gain."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from bench.ceiling import ape, cases_of, learned, oracle, stack, stacked, weigh
from bench.common import CUTOFFS, SPEC
from forecast.backtest import cases
from forecast.panel import panel_from_rows


def _panel(seed: int, years: int = 9):
    rng = np.random.default_rng(seed)
    season = 1 + 0.3 * np.sin(np.arange(12) / 12 * 2 * np.pi + seed)
    rows = []
    level = 100.0
    for y in range(2010, 2010 + years):
        level *= np.exp(rng.normal(0.05, 0.04))
        for m in range(12):
            value = level * season[m] * np.exp(rng.normal(0, 0.08))
            rows.append((y, m + 1, value, "month"))
    frame = pd.DataFrame(rows, columns=["year", "month", "value", "basis"])
    return panel_from_rows(f"s{seed}", frame)


@pytest.fixture(scope="module")
def found():
    out = []
    for seed in range(4):
        panel = _panel(seed)
        out += cases_of((panel, cases(panel, CUTOFFS, SPEC)))
    return out


def test_every_cut_off_month_has_cases_with_folds(found):
    assert {c.k for c in found} == set(CUTOFFS)
    assert all(c.past.shape == (c.truth.size, c.now.size) for c in found)
    assert any(c.truth.size >= 2 for c in found)


def test_the_inverse_mse_rule_gives_autos_own_point(found):
    assert np.allclose([weigh(c) for c in found], [c.auto for c in found], atol=1e-12)
    # a sharper rule is a different point somewhere: the comparison can tell them apart
    assert not np.allclose([weigh(c, 2.0) for c in found], [c.auto for c in found])


def test_the_oracle_is_never_worse_than_any_candidate(found):
    for c in found:
        best = ape(c, oracle(c))
        assert all(best <= ape(c, x) + 1e-9 for x in c.now[:6] if np.isfinite(x))


def test_stacked_weights_are_a_mix_per_cut_off_month(found):
    weights = stack(found)
    assert set(weights) == set(CUTOFFS)
    for w in weights.values():
        assert w.min() >= 0 and w.sum() == pytest.approx(1.0)
    inside = [stacked(c, weights) for c in found]
    lo = [np.nanmin(c.now[:6]) for c in found]
    hi = [np.nanmax(c.now[:6]) for c in found]
    assert all(a - 1e-12 <= x <= b + 1e-12 for x, a, b in zip(inside, lo, hi, strict=True))


def test_the_learned_weighting_starts_from_autos_rule(found):
    # a = c = 0, b = -1 is inverse MSE: where every candidate has two folds, auto's point
    start = np.r_[np.zeros(6), -1.0, np.zeros(6)]
    params = dict.fromkeys(CUTOFFS, start)
    tested = [
        c
        for c in found
        if (np.isfinite(c.past[:, :6] - c.truth[:, None]).sum(axis=0) >= 2).all()
        and np.isfinite(c.now[:6]).all()
    ]
    assert tested
    assert np.allclose([learned(c, params) for c in tested], [c.auto for c in tested])
