"""auto in a year unlike any before it (a shock), and on net flows: bands that stay honest."""

import numpy as np

from forecast.backtest import quantiles_of
from forecast.methods import METHODS
from forecast.methods.base import make_cut
from forecast.panel import Panel
from tests.synth import monthly_levels

AUTO = METHODS["auto"]


def panel(levels: np.ndarray) -> Panel:
    years = np.arange(2012, 2012 + levels.shape[0])
    return Panel("x", years, np.cumsum(levels, axis=1), np.full(levels.shape, np.nan))


def band(levels: np.ndarray, k: int) -> np.ndarray:
    p = panel(levels)
    cut = make_cut(p, int(p.years[-1]), k)
    return quantiles_of(cut, AUTO.distribution(cut))


def test_a_shock_widens_the_band_to_hold_recovery_and_no_recovery():
    levels = monthly_levels(9, growth=0.06, noise=0.03, seed=7)
    normal = band(levels, 4)
    recovered, stayed = levels.copy(), levels.copy()
    recovered[-1, 1:4] *= 0.5  # February to April halved, then the usual months
    stayed[-1, 1:] *= 0.5  # ... and the rest of the year stays down
    shocked = band(recovered, 4)  # the same cut: both futures look alike at April
    np.testing.assert_allclose(shocked, band(stayed, 4))
    rel = lambda q: (q[5] - q[1]) / q[3]  # noqa: E731
    assert rel(shocked) > 2 * rel(normal)
    lo, hi = shocked[0], shocked[6]  # the 90% band holds either outcome
    assert lo <= stayed[-1].sum() and recovered[-1].sum() <= hi


def test_a_normal_year_is_widened_far_less_than_a_shocked_one():
    from forecast.methods.auto import shock_variance

    levels = monthly_levels(9, growth=0.06, noise=0.03, seed=7)
    shocked = levels.copy()
    shocked[-1, 1:4] *= 0.5
    normal = shock_variance(AUTO.raw(make_cut(panel(levels), 2020, 4)))
    shock = shock_variance(AUTO.raw(make_cut(panel(shocked), 2020, 4)))
    assert shock > 20 * normal


def test_a_shock_that_began_lately_widens_through_the_last_months():
    """Diluted in the year to date, a drop in the last two months is seen by the recent term."""
    import dataclasses

    from forecast.methods.auto import shock_variance

    levels = monthly_levels(9, growth=0.06, noise=0.03, seed=7)
    late = levels.copy()
    late[-1, 4:6] *= 0.5  # May and June halved, cut at June
    found = AUTO.raw(make_cut(panel(late), 2020, 6))
    ytd_only = shock_variance(dataclasses.replace(found, recent=np.nan))
    assert np.isfinite(found.recent) and found.recent < -0.3
    assert shock_variance(found) > 3 * ytd_only
    normal = shock_variance(AUTO.raw(make_cut(panel(levels), 2020, 6)))
    assert shock_variance(found) > 20 * normal


def test_with_one_prior_year_the_band_widens_where_the_candidates_disagree():
    """No past year can be tested: the candidates' disagreement sets how wide the band is."""
    from forecast.methods.auto import untested_variance

    levels = monthly_levels(2, growth=0.05, noise=0.0, seed=3)
    calm, jumpy = levels.copy(), levels.copy()
    jumpy[-1, :5] *= 1.4  # a year-to-date far above last year's: share and last year disagree
    rel = lambda q: (q[5] - q[1]) / q[3]  # noqa: E731
    calm_fit = AUTO.raw(make_cut(panel(calm), 2013, 5))
    jumpy_fit = AUTO.raw(make_cut(panel(jumpy), 2013, 5))
    assert calm_fit.tested == jumpy_fit.tested == 0
    assert untested_variance(jumpy_fit) > 10 * untested_variance(calm_fit)
    assert rel(band(jumpy, 5)) > 1.5 * rel(band(calm, 5))
