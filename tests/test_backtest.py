"""The rolling-origin machinery: which years are cases, what each may see, how it is scored."""

import numpy as np
import pytest

from forecast.backtest import CaseSpec, cases, evaluate_panel, quantiles_of, score, window
from forecast.methods import METHODS
from forecast.methods.base import make_cut
from forecast.panel import Panel
from tests.synth import monthly_levels

CUTOFFS = (2, 5, 8)


def panel(levels: np.ndarray) -> Panel:
    years = np.arange(2010, 2010 + levels.shape[0])
    return Panel("x", years, np.cumsum(levels, axis=1), np.full(levels.shape, np.nan))


@pytest.fixture(scope="module")
def twelve():
    return panel(monthly_levels(12, noise=0.05))


def test_cases_need_prior_years_and_keep_the_last_n(twelve):
    assert cases(twelve, CUTOFFS, CaseSpec(3)) == list(range(3, 12))
    assert cases(twelve, CUTOFFS, CaseSpec(3, 10, 6)) == list(range(6, 12))
    assert cases(twelve, CUTOFFS, CaseSpec(20)) == []


def test_window_counts_complete_years(twelve):
    p = Panel("x", twelve.years, twelve.ytd.copy(), twelve.growth)
    p.ytd[8, 4] = np.nan  # an incomplete year does not count as a prior year
    sub = window(p, 11, CaseSpec(3, 3, 6), CUTOFFS)
    assert list(sub.years) == [2017, 2018, 2019, 2020, 2021]
    assert list(window(twelve, 11, CaseSpec(3, 2), CUTOFFS).years) == [2019, 2020, 2021]
    assert len(window(twelve, 11, CaseSpec(3), CUTOFFS).years) == 12


def test_closed_form_quantiles_match_the_draws(twelve):
    cut = make_cut(twelve, 2021, 4)
    for name in ("auto", "share", "yoy", "level", "runrate"):
        m = METHODS[name]
        draws = cut.ytd + m.simulate(cut, 4000, np.random.default_rng(0)).sum(axis=1)
        expect = np.quantile(draws, [0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95])
        np.testing.assert_allclose(quantiles_of(cut, m.distribution(cut)), expect, rtol=2e-3)


def test_evaluate_and_score(twelve):
    res = evaluate_panel(twelve, ("auto", "share", "ets"), CUTOFFS, CaseSpec(3, 10, 2), n=200)
    assert len(res) == 2 * len(CUTOFFS) * 3
    assert (res["actual"] == twelve.ytd[-1, 11]).sum() == len(CUTOFFS) * 3
    table = score(res)
    assert set(table["method"]) == {"auto", "share", "ets"}
    assert (table["cases"] == 2).all()
    assert table["mdape"].between(0, 20).all()
    assert table["cover80"].between(0, 100).all()
