"""Methods through ``project``: what each selectable method does with typical histories.

The contract every registered method keeps is tested in ``test_method_contract.py``.
"""

import numpy as np
import pandas as pd
import pytest

from forecast.actuals import validate_actuals
from forecast.catalogue import Catalogue, Indicator
from forecast.methods import METHODS
from forecast.methods.auto import Auto
from forecast.methods.base import make_cut
from forecast.panel import build_panel
from forecast.projection import NOTES, project
from tests.synth import long_frame, monthly_levels

INFO = Indicator("x", "x", "x", "万元")
CAT = Catalogue((INFO,))


def panel_of(levels, **kw):
    return build_panel(validate_actuals(long_frame("x", levels, **kw), CAT, "f"), "x")


@pytest.fixture(scope="module")
def panel():
    return panel_of(monthly_levels(7, noise=0.04))


@pytest.mark.parametrize("name", sorted(METHODS))
def test_no_look_ahead(name):
    levels = monthly_levels(6, noise=0.05)
    changed = levels.copy()
    changed[-1, 6:] *= 3  # what happens after the as-of month must not matter
    a = project(panel_of(levels), INFO, 2020, 6, name, n=300)
    b = project(panel_of(changed), INFO, 2020, 6, name, n=300)
    np.testing.assert_array_equal(a.paths, b.paths)


@pytest.mark.parametrize("name", ["auto", "share", "yoy", "ets"])
def test_exact_seasonality_is_recovered(name):
    levels = monthly_levels(6, growth=0.0, noise=0.0)
    p = project(panel_of(levels), INFO, 2020, 5, name, n=400)
    assert p.point == pytest.approx(levels[-1].sum(), rel=0.01)


def test_quantiles_are_ordered_and_intervals_nested(panel):
    p = project(panel, INFO, int(panel.years[-1]), 4, "auto")
    q = p.quantiles()
    assert np.all(np.diff(q) >= 0)
    bands = p.path_quantiles()
    assert np.all(np.diff(bands, axis=0) >= -1e-9)
    assert (p.year_end >= p.ytd).all()


def test_no_history_falls_back_to_run_rate_with_a_note():
    p = project(panel_of(monthly_levels(1), last_month=6), INFO, 2015, 6, "auto")
    assert "no_history" in p.notes
    assert set(p.notes) <= set(NOTES)
    q05, q95 = p.quantiles([0.05, 0.95])
    assert q95 / q05 > 1.3, "a projection without history says it is unsure"


def test_jan_feb_block_runs_for_every_method():
    panel = panel_of(monthly_levels(6, noise=0.02), jan_feb_together=True)
    for name in METHODS:
        p = project(panel, INFO, 2020, 2, name, n=200)
        assert p.paths.shape == (200, 10)


def test_growth_only_indicator_projects_growth():
    rows = []
    for y in range(2015, 2021):
        for m in range(2, 13 if y < 2020 else 6):
            rows.append(
                ("g", f"{y}-{m:02d}", f"{10 + (m - 2) * 0.1 + (y - 2015) * 0.2:.2f}", "ytd_yoy")
            )
    cat = Catalogue((Indicator("g", "增速", "growth", "%"),))
    a = validate_actuals(
        pd.DataFrame(rows, columns=["indicator", "date", "value", "basis"]), cat, "f"
    )
    p = project(build_panel(a, "g"), cat["g"], 2020, 5, "auto")
    assert p.kind == "growth"
    # past years drifted up 0.7pp from May to December; so does the projection
    assert p.point == pytest.approx(p.ytd + 0.7, abs=0.05)


def test_auto_fits_once_per_projection_and_reports_that_fits_weights(panel, monkeypatch):
    calls = []
    fit = Auto.fit

    def counted(self, cut):
        calls.append(cut)
        return fit(self, cut)

    monkeypatch.setattr(Auto, "fit", counted)
    year = int(panel.years[-1])
    p = project(panel, INFO, year, 4, "auto", n=200)
    assert len(calls) == 1
    found = fit(METHODS["auto"], make_cut(panel, year, 4))
    assert p.weights == found.weights
    assert dict(p.weights) == METHODS["auto"].weights(make_cut(panel, year, 4))
    assert found.tested > 0 and sum(w for _, w in found.weights) == pytest.approx(1.0)


def test_auto_without_history_is_the_run_rate():
    p = panel_of(monthly_levels(1), last_month=6)
    found = METHODS["auto"].fit(make_cut(p, 2015, 6))
    assert found.weights == (("runrate", 1.0),)
    assert found.distribution == METHODS["runrate"].distribution(make_cut(p, 2015, 6))


@pytest.mark.parametrize("name", sorted(METHODS))
def test_a_net_flow_projects_with_skill(name):
    """Months below zero (a net financing flow): every method projects it, skill is known."""
    from forecast.methods.skill import skill_at
    from forecast.panel import Panel

    monthly = monthly_levels(7, noise=0.05, seed=5)
    ytd = np.cumsum(monthly - 0.8 * monthly.mean(), axis=1)
    years = np.arange(2014, 2021)
    panel = Panel("x", years, ytd, np.full(ytd.shape, np.nan))
    p = project(panel, INFO, 2020, 5, name, n=400)
    assert np.isfinite(p.paths).all()
    assert p.method == name or not METHODS[name].abilities.negative_months
    q = p.quantiles()
    assert q[1] < ytd[-1, 11] < q[5] or abs(p.point - ytd[-1, 11]) < 0.5 * abs(ytd).max()
    tested, error = skill_at(panel, 2020, 5, name)
    assert tested >= 4 and np.isfinite(error) and error >= 0
