"""statsmodels exponential smoothing on monthly amounts, simulated paths summed to year-end."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from forecast.methods.base import Abilities, AmountMethod, Cut, is_net
from forecast.methods.share import SeasonalShare
from forecast.panel import monthly_from_ytd

MIN_YEARS = 3


def monthly_grid(cut: Cut, min_years: int = MIN_YEARS) -> tuple[np.ndarray, int] | None:
    """The longest recent run of fully known monthly amounts, and its seasonal period.

    Where January is reported with February (1-2月), the year has 11 periods: the Jan+Feb block
    is one season, so no January is invented. Returns None with too little history.
    """
    rows = np.vstack([cut.past, cut.current[None, :]])
    monthly = monthly_from_ytd(rows)
    block = np.isnan(rows[:, 0]) & np.isfinite(rows[:, 1])
    if block.any():
        monthly = monthly[:, 1:]
        k = cut.k - 1
        period = 11
    else:
        k = cut.k
        period = 12
    current = monthly[-1, :k]
    past = monthly[:-1]
    if not np.isfinite(current).all():
        return None
    complete = np.isfinite(past).all(axis=1)
    n = 0
    while n < past.shape[0] and complete[past.shape[0] - 1 - n]:
        n += 1
    if n < min_years:
        return None
    return np.concatenate([past[past.shape[0] - n :].ravel(), current]), period


@dataclass(frozen=True)
class ETS(AmountMethod):
    """Additive damped trend and additive seasonality on log monthly amounts (Holt-Winters);
    the same model on the monthly amounts themselves where a month is below zero (a net flow,
    ``base.is_net``: its additive form).

    Falls back to the seasonal share with under three complete years, or a month of nothing in a
    flow that never goes below zero.
    """

    name: ClassVar[str] = "ets"
    abilities: ClassVar[Abilities] = Abilities(min_prior_years=MIN_YEARS, negative_months=True)

    def simulate(self, cut: Cut, n: int, rng: np.random.Generator) -> np.ndarray:
        """Simulated monthly paths (bootstrapped residuals) of the fitted model, in the
        indicator's unit per month."""
        if cut.horizon == 0:
            return np.zeros((n, 0))
        grid = monthly_grid(cut)
        if grid is None:
            return SeasonalShare().simulate(cut, n, rng)
        y, period = grid
        if is_net(cut):  # fitted in units of the mean |month|, so that scale does not matter
            unit = float(np.mean(np.abs(y))) or 1.0
            return unit * _simulate(y / unit, period, cut.horizon, n, rng)
        if (y <= 0).any():  # a month of nothing in a flow that never goes below zero
            return SeasonalShare().simulate(cut, n, rng)
        return np.exp(_simulate(np.log(y), period, cut.horizon, n, rng))


def _simulate(
    y: np.ndarray, period: int, horizon: int, n: int, rng: np.random.Generator
) -> np.ndarray:
    """(n × horizon) bootstrapped paths of damped additive Holt-Winters fitted to ``y``."""
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = ExponentialSmoothing(
            y,
            trend="add",
            damped_trend=True,
            seasonal="add",
            seasonal_periods=period,
            initialization_method="estimated",
        )
        fit = model.fit()
        sims = fit.simulate(
            horizon,
            repetitions=n,
            error="add",
            random_errors="bootstrap",
            random_state=np.random.RandomState(rng.integers(2**31)),
        )
    return np.asarray(sims).reshape(horizon, n).T
