"""Damped Holt-Winters on log monthly amounts, a small fixed grid of smoothing parameters.

Additive level, damped additive trend and additive seasonality (period 12, or 11 where January
is reported with February) on the log of the monthly amounts, run in numpy over every parameter
combination of ``GRID`` at once; the combination with the least one-step-ahead squared error
in-sample is kept per series. The year-end point is the year-to-date plus the sum of the exp of
the remaining months' forecasts. One complete year plus this year's months is enough: the first
year sets the initial level and seasonal indices (no trend).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from forecast.methods.base import Abilities, Additive, Cut, LogMultiple, MultipleMethod, is_net
from forecast.methods.ets import monthly_grid
from forecast.methods.folds import own_spread
from forecast.methods.netflow import own_additive, share_additive
from forecast.methods.share import SeasonalShare

ALPHAS = (0.1, 0.3, 0.6)
BETAS = (0.0, 0.05)
GAMMAS = (0.05, 0.2)
PHIS = (0.9,)
GRID = np.array(list(itertools.product(ALPHAS, BETAS, GAMMAS, PHIS)))  # (G, 4)
MIN_COMPLETE = 1


def hw_forecast(y: np.ndarray, period: int, horizon: int) -> np.ndarray:
    """Point forecasts of ``y`` (log amounts) ``horizon`` steps on, best grid combination."""
    a, b_, g, phi = (GRID[:, i] for i in range(4))
    first = y[:period]
    level = np.full(len(GRID), first.mean())
    trend = np.zeros(len(GRID))
    season = np.tile(first - first.mean(), (len(GRID), 1))
    sse = np.zeros(len(GRID))
    for t in range(period, y.size):
        j = t % period
        base = level + phi * trend
        e = y[t] - (base + season[:, j])
        sse += e * e
        level = base + a * e
        trend = phi * trend + b_ * e
        season[:, j] += g * e
    best = int(np.argmin(sse))
    steps = np.arange(1, horizon + 1)
    damp = np.cumsum(phi[best] ** steps)
    idx = (y.size + steps - 1) % period
    return level[best] + damp * trend[best] + season[best, idx]


def hw_center(cut: Cut) -> float | None:
    """log(year-end / ytd) by Holt-Winters; None where the history cannot tell."""
    if cut.horizon == 0 or cut.ytd <= 0 or is_net(cut):
        return None
    found = monthly_grid(cut, MIN_COMPLETE)
    if found is None:
        return None
    y, period = found
    if (y <= 0).any():
        return None
    rest = float(np.exp(hw_forecast(np.log(y), period, cut.horizon)).sum())
    return float(np.log1p(rest / cut.ytd))


def hw_rest(cut: Cut) -> float | None:
    """A net flow: the same model on the monthly amounts themselves (not their logs), its
    forecasts of the months to come summed; None where the history cannot tell."""
    if cut.horizon == 0:
        return 0.0
    found = monthly_grid(cut, MIN_COMPLETE)
    if found is None:
        return None
    y, period = found
    return float(hw_forecast(y, period, cut.horizon).sum())


@dataclass(frozen=True)
class HoltWinters(MultipleMethod):
    """Point from damped Holt-Winters; spread from its own rolling-origin errors."""

    name: ClassVar[str] = "hw"
    # in auto, no weight until its own past errors are known: from one year it has learnt nothing
    abilities: ClassVar[Abilities] = Abilities(
        closed_form=True,
        has_center=True,
        min_prior_years=MIN_COMPLETE,
        negative_months=True,
        untested_weight=0.0,
    )

    def center(self, cut: Cut) -> float | None:
        """log(year-end / ytd) by Holt-Winters; None where the history cannot tell."""
        return hw_center(cut)

    def rest(self, cut: Cut) -> float | None:
        """A net flow's rest of the year (additive form); None where it cannot tell."""
        return hw_rest(cut)

    def additive(self, cut: Cut) -> Additive:
        """The net point with its own past errors' spread (the additive share without it)."""
        r = hw_rest(cut)
        return share_additive(cut) if r is None else own_additive(cut, r, hw_rest)

    def multiple(self, cut: Cut) -> LogMultiple:
        """The point with its own past errors' spread (the seasonal share where it cannot tell)."""
        c = self.center(cut)
        if c is None:
            return SeasonalShare().multiple(cut)
        return own_spread(cut, c, self.center)
