"""One contract for every registered method, internal ones and auto's candidates included
(like scikit-learn's estimator checks). A method added to the registry is tested here at once.

What a method declares in its ``abilities`` is checked too: a closed form must agree with its
draws, a center must be a log multiple or None, the equivariance it declares must hold.
"""

import dataclasses
import tomllib
from pathlib import Path

import numpy as np
import pytest

from forecast.backtest import quantiles_of
from forecast.methods import ALL_METHODS, CANDIDATES, METHODS, for_cut, get_method, registered
from forecast.methods.base import Additive, Cut, LogMultiple, distribution_of, is_net, make_cut
from forecast.panel import Panel
from forecast.projection import QUANTILES
from tests.synth import monthly_levels

STRINGS = Path(__file__).resolve().parent.parent / "presentation" / "strings.toml"
REGISTERED = registered()
IDS = [m.name for m in REGISTERED]
KS = (1, 4, 11, 12)
N = 400
YEAR = 2021  # the current year of the test panels; one later year follows it


def _panel(kind: str, grid: np.ndarray) -> Panel:
    years = np.arange(YEAR - grid.shape[0] + 2, YEAR + 2)  # the last row is the year after
    empty = np.full(grid.shape, np.nan)
    ytd, growth = (grid, empty) if kind == "level" else (empty, grid)
    return Panel("contract", years, ytd, growth)


def level_grid() -> np.ndarray:
    """Seven years up to YEAR and one after it, cumulative levels with noise."""
    return np.cumsum(monthly_levels(8, noise=0.04, seed=11), axis=1)


def growth_grid() -> np.ndarray:
    """Cumulative growth (%) drifting up through each year, with noise."""
    rng = np.random.default_rng(12)
    month, year = np.arange(12)[None, :], np.arange(8)[:, None]
    return 8 + 0.15 * month - 0.2 * year + rng.normal(0, 0.4, (8, 12))


def grid_for(method) -> np.ndarray:
    return level_grid() if method.abilities.kind == "level" else growth_grid()


def cut_for(method, grid: np.ndarray, k: int) -> Cut:
    return make_cut(_panel(method.abilities.kind, grid), YEAR, k, method.abilities.kind)


def year_end(cut: Cut, paths: np.ndarray) -> np.ndarray:
    return paths[:, -1] if paths.shape[1] else np.full(paths.shape[0], cut.ytd)


def run(method, cut: Cut, seed: int = 0, n: int = N):
    return method.project(cut, n, np.random.default_rng(seed))


# ---------------------------------------------------------------- the registry


def test_registry_lists_every_method_once_selectable_first():
    assert len(set(IDS)) == len(IDS)
    assert list(ALL_METHODS) == IDS
    assert list(METHODS) == ["auto", "share", "yoy", "level", "lastyear", "ets", "hw", "runrate"]
    assert [m.name for m in REGISTERED if m.abilities.selectable] == list(METHODS)
    assert {"remaining", "growth_drift", "level_fast", "level_slow"} <= set(ALL_METHODS)


def test_candidates_are_registered_internal_methods_with_a_center():
    for c in CANDIDATES:
        assert ALL_METHODS[c.name] is c
        assert c.abilities.has_center and c.abilities.kind == "level"
    assert not ALL_METHODS["level_fast"].abilities.selectable
    assert ALL_METHODS["auto"].candidates == CANDIDATES


def test_get_method_knows_only_the_selectable():
    assert get_method("share") is METHODS["share"]
    with pytest.raises(KeyError, match="known: auto"):
        get_method("remaining")


def test_for_cut_is_the_one_dispatch():
    grid = level_grid()
    cut = make_cut(_panel("level", grid), YEAR, 4)
    assert for_cut("yoy", cut) is METHODS["yoy"]
    empty = Cut(cut.year, cut.k, cut.past, np.where(np.isfinite(cut.current), 0.0, np.nan))
    assert for_cut("yoy", empty).name == "remaining"
    assert for_cut("yoy", cut, "growth").name == "growth_drift"
    with pytest.raises(KeyError):
        for_cut("nope", empty)


@pytest.mark.parametrize("method", REGISTERED, ids=IDS)
def test_methods_are_frozen_parameters_only(method):
    """No hidden state: a method is a frozen dataclass of its parameters."""
    assert dataclasses.is_dataclass(method)
    assert method.__dataclass_params__.frozen
    assert isinstance(hash(method), int)


# ---------------------------------------------------------------- the contract


@pytest.mark.parametrize("k", KS)
@pytest.mark.parametrize("method", REGISTERED, ids=IDS)
def test_shapes_and_values(method, k):
    cut = cut_for(method, grid_for(method), k)
    sim = run(method, cut)
    assert sim.paths.shape == (N, 12 - k)
    assert np.isfinite(sim.paths).all()
    draws = method.simulate(cut, N, np.random.default_rng(0))
    assert draws.shape == (N, 12 - k)
    if method.abilities.kind == "level":
        np.testing.assert_array_equal(sim.paths, cut.ytd + np.cumsum(draws, axis=1))
        if not method.abilities.negative_months:
            assert (draws >= 0).all(), "amounts of a non-negative series stay non-negative"
    else:
        np.testing.assert_array_equal(sim.paths, draws)
    if method.abilities.combines:
        names, weights = zip(*sim.weights, strict=True)
        assert set(names) <= set(ALL_METHODS)
        assert sum(weights) == pytest.approx(1.0)
    else:
        assert sim.weights == ()


@pytest.mark.parametrize("k", (1, 6, 11))
@pytest.mark.parametrize("method", REGISTERED, ids=IDS)
def test_no_look_ahead(method, k):
    """Changing the current year after month k, or any later year, changes nothing."""
    grid = grid_for(method)
    changed = grid.copy()
    changed[-2, k:] = changed[-2, k:] * 3 + 1  # the current year after month k
    changed[-1] = changed[-1] * 5 + 2  # the year after
    a = run(method, cut_for(method, grid, k))
    b = run(method, cut_for(method, changed, k))
    np.testing.assert_array_equal(a.paths, b.paths)
    assert a.weights == b.weights


@pytest.mark.parametrize("k", (2, 7))
@pytest.mark.parametrize("method", REGISTERED, ids=IDS)
def test_quantiles_are_nested(method, k):
    cut = cut_for(method, grid_for(method), k)
    q = np.quantile(year_end(cut, run(method, cut).paths), QUANTILES)
    assert np.all(np.diff(q) >= 0)
    bands = np.quantile(run(method, cut).paths, QUANTILES, axis=0)
    assert np.all(np.diff(bands, axis=0) >= -1e-9)


@pytest.mark.parametrize("method", REGISTERED, ids=IDS)
def test_same_seed_same_draws_whatever_ran_before(method):
    """Reproducible, and no fit is kept between calls: another cut in between changes nothing."""
    grid = grid_for(method)
    cut, other = cut_for(method, grid, 5), cut_for(method, grid[::-1].copy(), 5)
    first = run(method, cut, seed=3)
    run(method, other, seed=3)
    again = run(method, Cut(cut.year, cut.k, cut.past.copy(), cut.current.copy()), seed=3)
    np.testing.assert_array_equal(first.paths, again.paths)
    assert first.weights == again.weights
    assert not np.array_equal(first.paths, run(method, cut, seed=4).paths)


@pytest.mark.parametrize("k", (3, 9))
@pytest.mark.parametrize("method", REGISTERED, ids=IDS)
def test_equivariance(method, k):
    """History × c gives draws × c ("scale"); growth in points: history + c gives draws + c."""
    grid = grid_for(method)
    cut = cut_for(method, grid, k)
    base = year_end(cut, run(method, cut).paths)
    if method.abilities.equivariance == "scale":
        c = 37.5
        moved = cut_for(method, grid * c, k)
        expect = base * c
    else:
        c = 2.5
        moved = cut_for(method, grid + c, k)
        expect = base + c
    found = year_end(moved, run(method, moved).paths)
    # ETS's optimiser starts from the data, so its fit moves by a hair (1e-5 seen)
    np.testing.assert_allclose(found, expect, rtol=1e-4 if method.name == "ets" else 1e-9)


# ---------------------------------------------------------------- declared abilities


@pytest.mark.parametrize("k", (2, 6, 10))
@pytest.mark.parametrize("method", REGISTERED, ids=IDS)
def test_a_closed_form_agrees_with_the_draws(method, k):
    cut = cut_for(method, grid_for(method), k)
    dist = distribution_of(method, cut)
    if not method.abilities.closed_form:
        assert dist is None
        return
    assert isinstance(dist, LogMultiple)
    exact = quantiles_of(cut, dist)
    assert np.all(np.diff(exact) >= 0)
    drawn = np.quantile(year_end(cut, run(method, cut, n=4000).paths), QUANTILES)
    np.testing.assert_allclose(exact, drawn, rtol=2e-3)


@pytest.mark.parametrize("method", [m for m in REGISTERED if m.abilities.has_center], ids=str)
def test_a_center_is_a_log_multiple_or_none(method):
    grid = level_grid()
    assert method.center(cut_for(method, grid, 4)) == pytest.approx(
        method.distribution(cut_for(method, grid, 4)).center
    )
    assert method.center(cut_for(method, grid[-2:], 4)) is None, "no past year: cannot tell"


@pytest.mark.parametrize("method", REGISTERED, ids=IDS)
def test_short_history_still_projects(method):
    """Below ``min_prior_years`` a method falls back; with none at all it still projects."""
    grid = grid_for(method)
    for prior in range(method.abilities.min_prior_years + 1):
        cut = cut_for(method, grid[-prior - 2 :], 6)
        assert cut.past.shape[0] == prior
        paths = run(method, cut).paths
        assert paths.shape == (N, 6) and np.isfinite(paths).all()


def test_abilities_are_declared_not_guessed():
    auto = ALL_METHODS["auto"]
    assert auto.abilities.combines and auto.abilities.closed_form
    assert ALL_METHODS["hw"].abilities.untested_weight == 0.0
    assert ALL_METHODS["growth_drift"].abilities.kind == "growth"
    assert not ALL_METHODS["ets"].abilities.closed_form
    # every level method projects a net flow (ets by statsmodels on the amounts themselves)
    assert [m.name for m in REGISTERED if not m.abilities.negative_months] == []


# ---------------------------------------------------------------- net flows (months below zero)

NET = [m for m in REGISTERED if m.abilities.negative_months]
NET_IDS = [m.name for m in NET]


def net_grid() -> np.ndarray:
    """Seven years and one after, months shifted down so that many are below zero and the
    early years end the year below zero (a net financing flow)."""
    monthly = monthly_levels(8, noise=0.04, seed=11)
    return np.cumsum(monthly - 0.9 * monthly.mean(), axis=1)


def negative_growth_grid() -> np.ndarray:
    return growth_grid() - 12.0


def net_grid_for(method) -> np.ndarray:
    return net_grid() if method.abilities.kind == "level" else negative_growth_grid()


def test_the_net_grid_is_a_net_flow():
    grid = net_grid()
    monthly = np.diff(grid, axis=1, prepend=0.0)
    assert (monthly < 0).sum() > 20 and (grid[:3, 11] < 0).all() and (grid[-3:, 11] > 0).all()
    for k in (1, 4, 11):
        assert is_net(cut_for(METHODS["auto"], grid, k))
    assert not is_net(cut_for(METHODS["auto"], level_grid(), 4))


@pytest.mark.parametrize("k", KS)
@pytest.mark.parametrize("method", NET, ids=NET_IDS)
def test_net_flow_shapes_and_values(method, k):
    cut = cut_for(method, net_grid_for(method), k)
    sim = run(method, cut)
    assert sim.paths.shape == (N, 12 - k)
    assert np.isfinite(sim.paths).all()
    if method.abilities.kind == "level" and k < 12:
        draws = method.simulate(cut, N, np.random.default_rng(0))
        np.testing.assert_array_equal(sim.paths, cut.ytd + np.cumsum(draws, axis=1))
        if k == 1:
            assert (draws < 0).any(), "a net flow's months to come may go below zero"
    if method.abilities.combines:
        assert sum(w for _, w in sim.weights) == pytest.approx(1.0)


@pytest.mark.parametrize("k", (1, 6, 11))
@pytest.mark.parametrize("method", NET, ids=NET_IDS)
def test_net_flow_no_look_ahead(method, k):
    grid = net_grid_for(method)
    changed = grid.copy()
    changed[-2, k:] = changed[-2, k:] * 3 + 1
    changed[-1] = changed[-1] * 5 + 2
    a = run(method, cut_for(method, grid, k))
    b = run(method, cut_for(method, changed, k))
    np.testing.assert_array_equal(a.paths, b.paths)
    assert a.weights == b.weights


@pytest.mark.parametrize("k", (2, 7))
@pytest.mark.parametrize("method", NET, ids=NET_IDS)
def test_net_flow_quantiles_are_nested(method, k):
    cut = cut_for(method, net_grid_for(method), k)
    bands = np.quantile(run(method, cut).paths, QUANTILES, axis=0)
    assert np.all(np.diff(bands, axis=0) >= -1e-9)


@pytest.mark.parametrize("k", (3, 9))
@pytest.mark.parametrize("method", NET, ids=NET_IDS)
def test_net_flow_equivariance(method, k):
    grid = net_grid_for(method)
    cut = cut_for(method, grid, k)
    base = year_end(cut, run(method, cut).paths)
    if method.abilities.equivariance == "scale":
        c, moved, expect = 37.5, cut_for(method, grid * 37.5, k), base * 37.5
    else:
        c = 2.5
        moved, expect = cut_for(method, grid + c, k), base + c
    rtol = 1e-4 if method.name == "ets" else 1e-9  # a numerical fit
    np.testing.assert_allclose(year_end(moved, run(method, moved).paths), expect, rtol=rtol)


@pytest.mark.parametrize("k", (2, 6, 10))
@pytest.mark.parametrize("method", [m for m in NET if m.abilities.closed_form], ids=str)
def test_net_flow_closed_form_agrees_with_the_draws(method, k):
    cut = cut_for(method, net_grid(), k)
    dist = distribution_of(method, cut)
    assert isinstance(dist, Additive)
    exact = quantiles_of(cut, dist)
    assert np.all(np.diff(exact) >= 0)
    drawn = np.quantile(year_end(cut, run(method, cut, n=4000).paths), QUANTILES)
    spread = exact[-1] - exact[0]
    np.testing.assert_allclose(exact, drawn, atol=2e-3 * spread)


@pytest.mark.parametrize("method", [m for m in NET if m.abilities.has_center], ids=str)
def test_net_flow_center_is_none_and_rest_is_in_units(method):
    cut = cut_for(method, net_grid(), 4)
    assert method.center(cut) is None, "no log multiple of a net flow"
    assert method.distribution(cut).center == pytest.approx(method.rest(cut))
    truth = net_grid()[-2, 11] - cut.ytd
    assert abs(method.rest(cut) - truth) < 0.5 * abs(net_grid()[-2]).max()


@pytest.mark.parametrize("name", list(METHODS))
def test_every_selectable_method_projects_a_net_flow(name):
    """One that cannot is replaced by one that can (for_cut); none crashes."""
    for k in (1, 2, 6, 11):
        cut = make_cut(_panel("level", net_grid()), YEAR, k)
        chosen = for_cut(name, cut)
        assert chosen.abilities.negative_months
        assert chosen is METHODS[name] or not METHODS[name].abilities.negative_months
        paths = run(chosen, cut).paths
        assert paths.shape == (N, 12 - k) and np.isfinite(paths).all()


@pytest.mark.parametrize("name", list(METHODS))
def test_zero_months_project(name):
    """Months of nothing (a year-to-date of zero, zero months in the past) never crash."""
    grid = level_grid()
    monthly = np.diff(grid, axis=1, prepend=0.0)
    monthly[:, :3] = 0.0  # nothing in the first quarter of any year
    monthly[2, 7] = 0.0
    zeros = np.cumsum(monthly, axis=1)
    for k in (2, 3, 5):
        cut = make_cut(_panel("level", zeros), YEAR, k)
        chosen = for_cut(name, cut)
        assert (chosen.name == "remaining") == (k < 4)
        paths = run(chosen, cut).paths
        assert np.isfinite(paths).all() and (paths >= cut.ytd - 1e-9).all()


# ---------------------------------------------------------------- labels


@pytest.mark.skipif(not STRINGS.exists(), reason="presentation/strings.toml not written yet")
@pytest.mark.parametrize("method", REGISTERED, ids=IDS)
def test_every_method_has_a_label(method):
    table = tomllib.loads(STRINGS.read_text(encoding="utf-8"))
    entry = table.get(f"method_{method.name}")
    assert entry is not None, f"no label method_{method.name} in {STRINGS.name}"
    assert entry.get("zh") and entry.get("en"), f"method_{method.name} needs zh and en"
