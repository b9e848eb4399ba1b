"""Rolling-origin skill on an indicator's own past, as reported to people: each complete past
year is projected from its month k with only the years before it, and the typical error of the
year-end point kept. The folds themselves live in ``folds.py`` (re-exported here)."""

from __future__ import annotations

import numpy as np

from forecast.methods.base import Cut, Method, distribution_of, is_net, make_cut, rng_for
from forecast.methods.folds import (
    PRIOR_WEIGHT,
    Center,
    fold_errors,
    folds,
    own_spread,
    past_cuts,
    t_spread,
)
from forecast.methods.netflow import gross, net_folds
from forecast.methods.registry import for_cut, get_method
from forecast.panel import Panel

__all__ = [
    "PRIOR_WEIGHT",
    "SKILL_DRAWS",
    "Center",
    "fold_errors",
    "folds",
    "growth_skill",
    "own_spread",
    "past_cuts",
    "skill_at",
    "t_spread",
]

SKILL_DRAWS = 300  # draws per past year when a method's skill needs simulation (ETS)


def skill_at(panel: Panel, year: int, k: int, method: str) -> tuple[int, float]:
    """(years tested, typical error) of ``method`` at month ``k`` on the years before ``year``.

    Rolling origin: each past year is projected from its month k using only the years before
    it. The error is on the log of the year-end, reported as a fraction (0.03 = ±3%): the
    exp of the root mean square log error, minus one. A closed-form method's point is its
    distribution's center; another's is the median of ``SKILL_DRAWS`` draws. A net flow's
    error is on the rest of the year, as a fraction of the year's gross flow (12 times the mean
    absolute month, ``netflow.gross``), by the method ``for_cut`` runs there.
    """
    cut = make_cut(panel, year, k)
    chosen = get_method(method)
    if is_net(cut):
        return _net_skill(panel.indicator, cut, for_cut(method, cut))
    errors = []
    for n, (past, truth) in enumerate(past_cuts(cut)):
        if past.past.shape[0] == 0 or past.complete_past().shape[0] == 0:
            continue
        dist = distribution_of(chosen, past)
        if dist is not None:
            guess = dist.center
        else:
            # the draw seed names the fold, so a method's skill does not depend on the others
            rng = rng_for(f"{panel.indicator}/skill/{n}", 0)
            year_end = past.ytd + chosen.simulate(past, SKILL_DRAWS, rng).sum(axis=1)
            guess = float(np.log(np.median(year_end) / past.ytd))
        # the draws never fall below the year-to-date, so neither does the point
        errors.append(max(guess, 0.0) - truth)
    if not errors:
        return 0, np.nan
    rmse = float(np.sqrt(np.mean(np.square(errors))))
    return len(errors), float(np.exp(rmse) - 1)


def _net_skill(indicator: str, cut: Cut, chosen: Method) -> tuple[int, float]:
    """(years tested, RMS error of the rest as a fraction of the gross year) of a net flow."""
    errors = []
    for n, (past, truth) in enumerate(net_folds(cut)):
        dist = distribution_of(chosen, past)
        if dist is not None:
            rest = float(dist.center)
            if not is_net(past):  # a fold from before the flow first went below zero
                rest = past.ytd * float(np.expm1(max(dist.center, 0.0)))
        else:
            rng = rng_for(f"{indicator}/skill/{n}", 0)
            rest = float(np.median(chosen.simulate(past, SKILL_DRAWS, rng).sum(axis=1)))
        errors.append((rest - truth) / (12 * gross(past)))
    if not errors:
        return 0, np.nan
    return len(errors), float(np.sqrt(np.mean(np.square(errors))))


def growth_skill(panel: Panel, year: int, k: int) -> tuple[int, float]:
    """(years tested, typical error in percentage points) of the growth drift at month k.

    Each past year's drift from month k to December is guessed by the mean drift of the years
    before it (from the third year on); the error is their root mean square.
    """
    i = panel.row(year)
    g = panel.growth[: i if i is not None else len(panel.years)]
    ok = np.isfinite(g[:, k - 1]) & np.isfinite(g[:, 11])
    drift = g[ok, 11] - g[ok, k - 1]
    errors = [drift[j] - drift[:j].mean() for j in range(2, drift.size)]
    if not errors:
        return 0, np.nan
    return len(errors), float(np.sqrt(np.mean(np.square(errors))))
