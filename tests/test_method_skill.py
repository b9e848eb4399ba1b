"""Rolling-origin skill as people see it (``methods.skill``): pinned to the numbers the app's
method table showed before the skill moved out of ``forecast/views.py`` (commit 51235a4)."""

import numpy as np
import pytest

from forecast.methods import METHODS
from forecast.methods.skill import growth_skill, skill_at
from forecast.panel import Panel
from tests.synth import monthly_levels

YEARS = np.arange(2013, 2021)


def level_panel(name: str = "skill_x", holes: bool = False) -> Panel:
    ytd = np.cumsum(monthly_levels(8, growth=0.06, noise=0.06, seed=3), axis=1)
    if holes:
        ytd[0, :4] = np.nan  # the first year's early months unknown
        ytd[2, 11] = np.nan  # a year without December is no fold
    return Panel(name, YEARS, ytd, np.full((8, 12), np.nan))


def growth_panel() -> Panel:
    rng = np.random.default_rng(4)
    month, year = np.arange(12)[None, :], np.arange(8)[:, None]
    g = 10 + 0.1 * month + 0.3 * year + rng.normal(0, 0.5, (8, 12))
    return Panel("skill_g", YEARS, np.full((8, 12), np.nan), g)


# views.method_skill at 51235a4 on level_panel(): (years tested, typical error)
PINNED = {
    ("auto", 3): (6, 0.03708509256463777),
    ("share", 3): (6, 0.03859686227473702),
    ("yoy", 3): (6, 0.06103567672332666),
    ("ets", 3): (6, 0.036508237291658086),
    ("runrate", 3): (6, 0.3312115291667359),
    ("level", 3): (6, 0.039473709174916216),
    ("lastyear", 3): (6, 0.03972171655397072),
    ("hw", 3): (6, 0.04529101596785945),
    ("auto", 8): (6, 0.021102321826813153),
    ("share", 8): (6, 0.017793457074523955),
    ("yoy", 8): (6, 0.02298922086285793),
    ("ets", 8): (6, 0.018269103450604618),
    ("runrate", 8): (6, 0.12359498413141745),
    ("level", 8): (6, 0.020518665933949354),
    ("lastyear", 8): (6, 0.026352122230531627),
    ("hw", 8): (6, 0.022975468720246806),
}
# ... on level_panel(holes=True) at k = 5
PINNED_HOLES = {
    "auto": (5, 0.02224734392896166),
    "share": (5, 0.019411501229676942),
    "yoy": (5, 0.02708779317240273),
    "ets": (5, 0.021732512766124312),
    "runrate": (5, 0.21003435289332972),
    "level": (5, 0.027505980662011043),
    "lastyear": (5, 0.033119010985994235),
    "hw": (5, 0.028872505453990005),
}
# views.growth_skill at 51235a4 on growth_panel()
PINNED_GROWTH = {
    2: (5, 0.6818596578353233),
    6: (5, 0.9854670467863876),
    11: (5, 0.7073856318088925),
}


def test_every_selectable_method_is_pinned():
    assert {m for m, _ in PINNED} == set(METHODS) == set(PINNED_HOLES)


@pytest.mark.parametrize(("name", "k"), sorted(PINNED))
def test_skill_at_keeps_the_numbers(name, k):
    years, error = skill_at(level_panel(), 2020, k, name)
    assert years == PINNED[name, k][0]
    assert error == pytest.approx(PINNED[name, k][1], rel=1e-9)


@pytest.mark.parametrize("name", sorted(PINNED_HOLES))
def test_skill_at_skips_years_without_a_complete_past(name):
    years, error = skill_at(level_panel("skill_y", holes=True), 2020, 5, name)
    assert years == PINNED_HOLES[name][0]
    assert error == pytest.approx(PINNED_HOLES[name][1], rel=1e-9)


@pytest.mark.parametrize("k", sorted(PINNED_GROWTH))
def test_growth_skill_keeps_the_numbers(k):
    years, error = growth_skill(growth_panel(), 2020, k)
    assert years == PINNED_GROWTH[k][0]
    assert error == pytest.approx(PINNED_GROWTH[k][1], rel=1e-12)


def test_no_past_year_means_no_skill():
    p = level_panel()
    one = Panel(p.indicator, p.years[-2:], p.ytd[-2:], p.growth[-2:])
    assert skill_at(one, 2020, 4, "auto")[0] == 0
    assert np.isnan(skill_at(one, 2020, 4, "auto")[1])
    g = growth_panel()
    assert (
        growth_skill(Panel(g.indicator, g.years[-2:], g.ytd[-2:], g.growth[-2:]), 2020, 4)[0] == 0
    )


def test_unknown_method_fails():
    with pytest.raises(KeyError):
        skill_at(level_panel(), 2020, 4, "nope")
