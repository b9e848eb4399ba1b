"""Calibration of ``auto`` on synthetic series whose noise is known (fast: closed form)."""

import numpy as np
import pytest

from forecast.backtest import quantiles_of
from forecast.methods import METHODS
from forecast.methods.base import make_cut
from forecast.panel import Panel
from tests.synth import monthly_levels


def panel(levels: np.ndarray, name: str = "x") -> Panel:
    years = np.arange(2010, 2010 + levels.shape[0])
    return Panel(name, years, np.cumsum(levels, axis=1), np.full(levels.shape, np.nan))


def coverage(k: int, n_series: int = 200, years: int = 9, noise: float = 0.08):
    """Share of series whose last year's December falls in auto's 80% and 90% intervals."""
    rng = np.random.default_rng(k)
    in80 = in90 = 0
    ape = []
    for i in range(n_series):
        levels = monthly_levels(
            years, growth=rng.uniform(-0.02, 0.12), noise=noise, seed=1000 * k + i
        )
        p = panel(levels)
        cut = make_cut(p, int(p.years[-1]), k)
        q05, q10, q50, q90, q95 = quantiles_of(cut, METHODS["auto"].distribution(cut))[
            [0, 1, 3, 5, 6]
        ]
        actual = p.ytd[-1, 11]
        in80 += q10 <= actual <= q90
        in90 += q05 <= actual <= q95
        ape.append(abs(q50 / actual - 1))
    return in80 / n_series, in90 / n_series, float(np.median(ape))


@pytest.mark.parametrize("k", [3, 6, 9])
def test_auto_intervals_cover_what_they_say(k):
    c80, c90, _ = coverage(k)
    assert 0.70 <= c80 <= 0.90, f"80% interval covered {c80:.0%}"
    assert 0.80 <= c90 <= 0.97, f"90% interval covered {c90:.0%}"


def test_auto_error_shrinks_as_the_year_goes_on():
    errors = [coverage(k, n_series=60)[2] for k in (2, 6, 10)]
    assert errors[0] > errors[1] > errors[2]


def test_auto_beats_the_run_rate_on_seasonal_series():
    rng = np.random.default_rng(5)
    worse = 0
    for i in range(40):
        p = panel(monthly_levels(7, growth=rng.uniform(0, 0.1), noise=0.05, seed=i))
        cut = make_cut(p, int(p.years[-1]), 4)
        actual = p.ytd[-1, 11]
        err = {
            m: abs(quantiles_of(cut, METHODS[m].distribution(cut))[3] / actual - 1)
            for m in ("auto", "runrate")
        }
        worse += err["auto"] > err["runrate"]
    assert worse <= 8
