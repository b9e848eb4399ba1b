"""Target checks: probability of meeting the target, what the rest of the year must bring,
and the 双过半 comparison of time progress with task progress."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

import numpy as np

from forecast.catalogue import Catalogue
from forecast.projection import Projection
from forecast.targets import Goal, Target

ON_TRACK = 0.8  # probability of meeting the target at or above which a target is on track
OFF_TRACK = 0.5  # below this, missing is likelier than meeting
STATUSES = ("on_track", "at_risk", "off_track", "no_target")


@dataclass(frozen=True)
class Check:
    """How an indicator stands against its targets.

    ``target`` is the annual target in the projection's terms (indicator unit; % for growth
    indicators); ``required_monthly`` is the average amount each remaining month must bring
    (indicator unit), ``required_growth`` the year-on-year growth those months need (%).
    Progress figures are fractions (0.5 = 50%). ``double_half`` is the 双过半 check: the
    task at least as far along as the time; for a growth rate, the growth to date at least
    the target's (at most, where lower is better: a ratio of two rates means nothing); None
    without an annual target.
    """

    indicator: str
    target: float = np.nan
    target_kind: str = ""
    goal_value: float = np.nan  # the target as set: a level, or a growth rate in %
    p_meet: float = np.nan
    required_monthly: float = np.nan
    required_growth: float = np.nan
    time_progress: float = np.nan
    task_progress: float = np.nan
    half_target: float = np.nan
    half_time_progress: float = np.nan
    half_task_progress: float = np.nan
    half_p_meet: float = np.nan
    status: str = "no_target"
    double_half: bool | None = None


def time_progress(k: int) -> float:
    """Months elapsed over twelve; 1-2月 counts as two months."""
    return k / 12


def status_for(p_meet: float) -> str:
    if np.isnan(p_meet):
        return "no_target"
    return "on_track" if p_meet >= ON_TRACK else "at_risk" if p_meet >= OFF_TRACK else "off_track"


def absolute_goal(goal: Goal, projection: Projection, months: int = 12) -> float:
    """The goal as a level in the indicator's unit (a growth goal over last year's same months)."""
    if goal.kind == "absolute" or projection.kind == "growth":
        return goal.value
    return float(projection.last_year[months - 1] * (1 + goal.value / 100))


def _meets(draws: np.ndarray, bar: float, higher_is_better: bool) -> float:
    return float(np.mean(draws >= bar) if higher_is_better else np.mean(draws <= bar))


def p_meet(projection: Projection, goal: Goal, higher_is_better: bool = True) -> float:
    """Probability that the year-end meets ``goal`` (the one rule, for checks and goal seek).

    A growth goal on a level indicator is judged on the year-end growth draws (NaN without a
    last year to grow from); otherwise the year-end draws against the goal as a level.
    """
    if goal.kind == "growth" and projection.kind == "level":
        growth = projection.growth_draws()
        return np.nan if growth is None else _meets(growth, goal.value, higher_is_better)
    return _meets(projection.year_end, absolute_goal(goal, projection), higher_is_better)


def check(projection: Projection, target: Target | None, higher_is_better: bool = True) -> Check:
    """Check a projection against its targets (annual and half-year)."""
    p = projection
    k = p.as_of
    if target is None or (target.annual is None and target.half is None):
        return Check(p.indicator, time_progress=time_progress(k))
    fields: dict[str, float | str] = {"time_progress": time_progress(k)}
    if target.annual is not None:
        fields.update(_annual(p, target.annual, higher_is_better))
    if target.half is not None:
        fields.update(_half(p, target.half, higher_is_better))
    fields["status"] = status_for(float(fields.get("p_meet", np.nan)))
    found = Check(p.indicator, **fields)  # type: ignore[arg-type]
    return replace(found, double_half=_double_half(found, p, higher_is_better))


def _double_half(c: Check, p: Projection, higher: bool) -> bool | None:
    """双过半 (see :class:`Check`)."""
    if p.kind == "growth":
        if not (np.isfinite(c.target) and np.isfinite(p.ytd)):
            return None
        return bool(p.ytd >= c.target) if higher else bool(p.ytd <= c.target)
    if np.isnan(c.task_progress):
        return None
    return bool(c.task_progress >= c.time_progress)


def _annual(p: Projection, goal: Goal, higher: bool) -> dict[str, float | str]:
    bar = absolute_goal(goal, p)
    out: dict[str, float | str] = {
        "target": bar,
        "target_kind": goal.kind,
        "goal_value": goal.value,
        "p_meet": p_meet(p, goal, higher),
    }
    if p.kind == "growth":
        out["task_progress"] = p.ytd / goal.value if goal.value else np.nan
        return out
    out["task_progress"] = p.ytd / bar if bar else np.nan
    left = 12 - p.as_of
    if left > 0:
        out["required_monthly"] = (bar - p.ytd) / left
        last_rest = p.last_total - p.last_year[p.as_of - 1]
        if np.isfinite(last_rest) and last_rest > 0:
            out["required_growth"] = ((bar - p.ytd) / last_rest - 1) * 100
    return out


def _half(p: Projection, goal: Goal, higher: bool) -> dict[str, float]:
    k = p.as_of
    bar = absolute_goal(goal, p, months=6)
    if k >= 6:
        so_far = float(p.this_year[5])
        h1 = np.full(p.n, so_far)
    else:
        h1 = p.paths[:, 5 - k]
        so_far = p.ytd
    base = goal.value if p.kind == "growth" else bar
    out = {"half_target": bar, "half_time_progress": min(k, 6) / 6}
    out["half_task_progress"] = so_far / base if base and np.isfinite(so_far) else np.nan
    if np.isfinite(h1).all():
        out["half_p_meet"] = _meets(h1, bar, higher)
    return out


def check_for(
    p: Projection, targets: Mapping[tuple[str, int], Target], catalogue: Catalogue
) -> Check:
    """The target check of one projection, against its own year's target."""
    higher = catalogue.get_or_default(p.indicator).higher_is_better
    return check(p, targets.get((p.indicator, p.year)), higher)


def checks_for(
    projections: Mapping[str, Projection],
    targets: Mapping[tuple[str, int], Target],
    catalogue: Catalogue,
) -> dict[str, Check]:
    """The target check of every projection (indicators without a target get an empty one)."""
    return {i: check_for(p, targets, catalogue) for i, p in projections.items()}
