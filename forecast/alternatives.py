"""Every method on one indicator at its cut: what each projects, and how each did on the
indicator's own past years at the same month (rolling origin). Numbers only."""

from __future__ import annotations

from dataclasses import dataclass

from forecast.actuals import Actuals
from forecast.checks import check
from forecast.methods import METHODS
from forecast.methods.skill import growth_skill, skill_at
from forecast.panel import Panel, build_panel
from forecast.projection import Projection, project
from forecast.targets import Target

__all__ = [
    "METHOD_ORDER",
    "MethodRow",
    "history_panel",
    "method_rows",
    "project_one",
]

_PREFERRED = ("auto", "share", "yoy", "ets", "runrate")
# every registered method, the familiar ones first
METHOD_ORDER = tuple(
    [m for m in _PREFERRED if m in METHODS] + [m for m in METHODS if m not in _PREFERRED]
)


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
        years, error = skill_at(panel, p.year, p.as_of, name)
        chance = check(other, target, higher_is_better).p_meet
        rows.append(MethodRow(name, other.point, q10, q90, chance, years, error))
    return rows


def project_one(actuals: Actuals, projection: Projection, method: str) -> Projection:
    """The same indicator and cut projected with another method (not reconciled)."""
    p = projection
    data = actuals.until(p.year, p.as_of)
    panel = build_panel(data, p.indicator)
    return project(panel, data.catalogue[p.indicator], p.year, p.as_of, method)
