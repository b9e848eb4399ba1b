"""Goal seek: what the remaining months must bring to meet a target with a chosen probability.

The unknown (a growth rate, or a flat monthly amount) enters through the same
``apply_assumption`` as any scenario, so the answer holds under the other assumptions too, and
scipy's brentq finds where the probability of meeting the target crosses the one asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np
from scipy.optimize import brentq

from forecast.checks import absolute_goal, p_meet
from forecast.errors import DataError
from forecast.panel import Panel
from forecast.projection import Projection
from forecast.targets import Goal
from scenarios.apply import apply_assumption, relative_noise
from scenarios.model import Assumption, GroupShock, Shock

GROWTH_BOUNDS = (-99.0, 1000.0)
NO_ASSUMPTION = Assumption()  # % over last year's same months


@dataclass(frozen=True)
class Solution:
    """``value`` is the growth (%) or monthly amount (indicator unit) needed; ``status`` says
    'solved', 'already_met' (met at the lower bound) or 'unreachable' (not even at the upper)."""

    value: float
    probability: float
    status: str


def probability(p: Projection, goal: Goal, higher_is_better: bool = True) -> float:
    """Probability that ``p`` meets ``goal`` (a growth goal on levels counts growth)."""
    return p_meet(p, goal, higher_is_better)


def probability_with_growth(
    p: Projection,
    goal: Goal,
    growth: float,
    base: Assumption = NO_ASSUMPTION,
    higher_is_better: bool = True,
) -> float:
    """Probability of meeting ``goal`` if the remaining months grow ``growth`` % year on year."""
    return probability(apply_assumption(p, replace(base, growth=growth)), goal, higher_is_better)


def solve_growth(
    p: Projection,
    goal: Goal,
    prob: float = 0.5,
    base: Assumption = NO_ASSUMPTION,
    higher_is_better: bool = True,
) -> Solution:
    """The remaining months' year-on-year growth (%) that meets ``goal`` with ``prob``."""
    return _solve(
        lambda g: probability_with_growth(p, goal, g, base, higher_is_better),
        GROWTH_BOUNDS,
        prob,
        higher_is_better,
    )


def solve_monthly(
    p: Projection,
    goal: Goal,
    prob: float = 0.5,
    base: Assumption = NO_ASSUMPTION,
    higher_is_better: bool = True,
) -> Solution:
    """The flat amount each remaining month must bring (indicator unit), keeping the model's
    month-to-month uncertainty around it, to meet ``goal`` with ``prob``."""
    if p.kind != "level" or p.as_of == 12:
        raise ValueError("a monthly amount applies to level indicators with months left")
    m = p.monthly
    noise = relative_noise(m)

    def prob_at(amount: float) -> float:
        paths = p.ytd + np.cumsum(amount * noise, axis=1)
        return probability(p.with_paths(paths), goal, higher_is_better)

    bar = absolute_goal(goal, p) if goal.kind == "absolute" else p.last_total * 3
    upper = max(abs(bar - p.ytd), abs(np.median(m, axis=0).mean()), 1.0) * 10
    return _solve(prob_at, (0.0, upper), prob, higher_is_better)


def _solve(
    prob_at: Callable[[float], float],
    bounds: tuple[float, float],
    prob: float,
    higher_is_better: bool,
) -> Solution:
    lo, hi = bounds
    # the end of the range that makes the target easiest, and the end that makes it hardest
    easiest, hardest = (hi, lo) if not higher_is_better else (lo, hi)
    p_easiest, p_hardest = prob_at(easiest), prob_at(hardest)
    if p_easiest >= prob:
        return Solution(easiest, p_easiest, "already_met")
    if p_hardest < prob:
        return Solution(hardest, p_hardest, "unreachable")
    # the probability is a step function of draws: find the step, then take its far side
    x = brentq(lambda v: prob_at(v) - prob + 1e-12, lo, hi, xtol=1e-7)
    step = 1e-6 * max(1.0, abs(x)) * (1 if higher_is_better else -1)
    while prob_at(x) < prob:
        x += step
    return Solution(x, prob_at(x), "solved")


@dataclass(frozen=True)
class GoalSeek:
    """What the remaining months must bring to meet the annual target with ``probability``.

    ``status``: 'solved', 'already_met', 'unreachable', 'no_target' or 'no_months';
    ``growth`` (% over last year's same months) is None where last year is incomplete,
    ``monthly`` (a flat amount a month, indicator unit) for level indicators only.
    """

    status: str
    probability: float
    growth: Solution | None = None
    monthly: Solution | None = None


def goal_seek(
    p: Projection,
    assumption: Assumption,
    group_shocks: Sequence[GroupShock],
    goal: Goal | None,
    probability: float,
    higher_is_better: bool = True,
) -> GoalSeek:
    """Solve for the remaining months' single growth rate (the other assumptions on the
    indicator and the group shocks reaching it kept) and their flat monthly amount.

    The one goal-seek path of the app and the command line. ``p`` is the model's projection
    with the scenario's method, before its assumptions.
    """
    if goal is None:
        return GoalSeek("no_target", probability)
    if p.as_of == 12:
        return GoalSeek("no_months", probability)
    folded = tuple(Shock(g.start, g.end, g.pct) for g in group_shocks)
    base = replace(
        assumption, growth=None, growth_by_month={}, method=None, shocks=folded + assumption.shocks
    )
    try:
        growth = solve_growth(p, goal, probability, base, higher_is_better)
    except DataError:
        growth = None  # last year's same months are unknown
    monthly = None
    if p.kind == "level":
        monthly = solve_monthly(p, goal, probability, base, higher_is_better)
    found = growth if growth is not None else monthly
    status = found.status if found is not None else "no_months"
    return GoalSeek(status, probability, growth, monthly)


@dataclass(frozen=True)
class PastGrowth:
    """How the remaining months (``as_of`` + 1 to December) grew over the year before, in the
    indicator's past years: the lowest and highest growth (%), the years they span, and this
    year's growth to date (NaN where last year's same months are unknown)."""

    low: float
    high: float
    first_year: int
    last_year: int
    now: float


def past_growth(panel: Panel, year: int, as_of: int) -> PastGrowth | None:
    """The year-on-year growth of months ``as_of`` + 1 to 12 in each complete past year (their
    total over the same months the year before), or None with fewer than one such year."""
    if not 1 <= as_of < 12:
        return None
    growths, years = [], []
    for i, y in enumerate(panel.years):
        j = panel.row(int(y) - 1)
        if y >= year or j is None:
            continue
        rest, before = _rest(panel.ytd[i], as_of), _rest(panel.ytd[j], as_of)
        if np.isfinite(rest) and np.isfinite(before) and before > 0:
            growths.append((rest / before - 1) * 100)
            years.append(int(y))
    if not growths:
        return None
    now = np.nan
    i, j = panel.row(year), panel.row(year - 1)
    if i is not None and j is not None:
        this, last = panel.ytd[i, as_of - 1], panel.ytd[j, as_of - 1]
        if np.isfinite(this) and np.isfinite(last) and last > 0:
            now = (this / last - 1) * 100
    return PastGrowth(min(growths), max(growths), min(years), max(years), float(now))


def beyond_history(found: GoalSeek, past: PastGrowth | None, higher_is_better: bool) -> bool:
    """Whether the growth the goal seek needs lies beyond every past year's growth of the same
    months (above the highest for a higher-is-better indicator, below the lowest otherwise)."""
    if past is None or found.growth is None or found.status not in ("solved", "unreachable"):
        return False
    g = found.growth.value
    return g > past.high if higher_is_better else g < past.low


def _rest(row: np.ndarray, as_of: int) -> float:
    """The total of months ``as_of`` + 1 to 12 of one year's cumulative row."""
    return float(row[11] - row[as_of - 1])
