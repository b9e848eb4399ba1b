"""Every method on one indicator at its cut: what each projects, and how each did on the
indicator's own past years at the same month (rolling origin). Numbers only."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from forecast.actuals import Actuals
from forecast.checks import check
from forecast.methods import METHODS
from forecast.methods.base import MultipleMethod, make_cut
from forecast.methods.skill import past_cuts
from forecast.panel import Panel, build_panel
from forecast.projection import Projection, project, rng_for
from forecast.targets import Target

__all__ = [
    "METHOD_ORDER",
    "MethodRow",
    "growth_skill",
    "history_panel",
    "method_rows",
    "method_skill",
    "project_one",
]

_PREFERRED = ("auto", "share", "yoy", "ets", "runrate")
# every registered method, the familiar ones first
METHOD_ORDER = tuple(
    [m for m in _PREFERRED if m in METHODS] + [m for m in METHODS if m not in _PREFERRED]
)
SKILL_DRAWS = 300  # draws per past year when a method's skill needs simulation (ETS)


def history_panel(actuals: Actuals, projection: Projection) -> Panel:
    """The indicator's year × month grid as known at the projection's cut."""
    return build_panel(actuals.until(projection.year, projection.as_of), projection.indicator)


@dataclass(frozen=True)
class MethodRow:
    """One method's projection at this cut, with its rolling-origin skill at this month."""

    method: str
    point: float
    q10: float
    q90: float
    p_meet: float
    skill_years: int
    skill_error: float  # typical error: exp(rmse of log errors) − 1 (levels) or pp (growth)


def method_skill(panel: Panel, year: int, k: int, method: str) -> tuple[int, float]:
    """(years tested, typical error) of ``method`` at month ``k`` on the years before ``year``.

    Rolling origin: each past year is projected from its month k using only the years before
    it. The error is on the log of the year-end, reported as a fraction (0.03 = ±3%).
    """
    cut = make_cut(panel, year, k)
    chosen = METHODS[method]
    errors = []
    for n, (past, truth) in enumerate(past_cuts(cut)):
        if past.past.shape[0] == 0 or past.complete_past().shape[0] == 0:
            continue
        if isinstance(chosen, MultipleMethod):
            guess = chosen.distribution(past).center
        else:
            rng = rng_for(f"{panel.indicator}/skill/{n}", 0)
            year_end = past.ytd + chosen.simulate(past, SKILL_DRAWS, rng).sum(axis=1)
            guess = float(np.log(np.median(year_end) / past.ytd))
        errors.append(max(guess, 0.0) - truth)
    if not errors:
        return 0, np.nan
    rmse = float(np.sqrt(np.mean(np.square(errors))))
    return len(errors), float(np.exp(rmse) - 1)


def growth_skill(panel: Panel, year: int, k: int) -> tuple[int, float]:
    """(years tested, typical error in percentage points) of the growth drift at month k."""
    i = panel.row(year)
    g = panel.growth[: i if i is not None else len(panel.years)]
    ok = np.isfinite(g[:, k - 1]) & np.isfinite(g[:, 11])
    drift = g[ok, 11] - g[ok, k - 1]
    errors = [drift[j] - drift[:j].mean() for j in range(2, drift.size)]
    if not errors:
        return 0, np.nan
    return len(errors), float(np.sqrt(np.mean(np.square(errors))))


def method_rows(
    actuals: Actuals,
    projection: Projection,
    target: Target | None,
    higher_is_better: bool = True,
) -> list[MethodRow]:
    """Every method's projection of one indicator at its cut, with skill at this month.

    Methods run on the indicator alone (a part is not scaled to its total here).
    """
    p = projection
    data = actuals.until(p.year, p.as_of)
    panel = build_panel(data, p.indicator)
    if p.kind == "growth":
        years, error = growth_skill(panel, p.year, p.as_of)
        q10, q90 = p.quantiles((0.10, 0.90))
        chance = check(p, target, higher_is_better).p_meet
        return [MethodRow(p.method, p.point, q10, q90, chance, years, error)]
    info = data.catalogue[p.indicator]
    rows = []
    for name in METHOD_ORDER:
        other = project(panel, info, p.year, p.as_of, name)
        q10, q90 = other.quantiles((0.10, 0.90))
        years, error = method_skill(panel, p.year, p.as_of, name)
        chance = check(other, target, higher_is_better).p_meet
        rows.append(MethodRow(name, other.point, q10, q90, chance, years, error))
    return rows


def project_one(actuals: Actuals, projection: Projection, method: str) -> Projection:
    """The same indicator and cut projected with another method (not reconciled)."""
    p = projection
    data = actuals.until(p.year, p.as_of)
    panel = build_panel(data, p.indicator)
    return project(panel, data.catalogue[p.indicator], p.year, p.as_of, method)
