"""The one contract every projection method keeps.

A method sees a :class:`Cut` (complete past years and the current year up to the as-of month,
never anything later) and returns draws of the remaining months' amounts. Everything
downstream (quantiles, probabilities, scenarios) works from those draws, so all methods are
interchangeable.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np
from scipy import stats

from forecast.panel import Panel, monthly_from_ytd

RECENT_YEARS = 6  # how many past years the seasonal methods learn from


@dataclass(frozen=True)
class Cut:
    """What a method may see when projecting ``year`` from month ``k``.

    ``past`` (n_years × 12): cumulative values of the years before ``year`` (may hold NaN);
    ``current`` (12,): this year's cumulative values, NaN after month ``k``.
    """

    year: int
    k: int
    past: np.ndarray
    current: np.ndarray

    @property
    def ytd(self) -> float:
        return float(self.current[self.k - 1])

    @property
    def horizon(self) -> int:
        return 12 - self.k

    def complete_past(self, window: int | None = None) -> np.ndarray:
        """Past years whose month-k and December cumulative values are both known.

        ``window`` keeps only the most recent such years: seasonal patterns drift over decades.
        """
        p = self.past
        keep = np.isfinite(p[:, self.k - 1]) & np.isfinite(p[:, 11]) & (p[:, self.k - 1] > 0)
        found = p[keep]
        return found if window is None else found[-window:]


def make_cut(panel: Panel, year: int, k: int) -> Cut:
    """The cut of ``panel`` at (year, k): nothing after month k of ``year`` is visible."""
    i = panel.row(year)
    if i is None:
        raise ValueError(f"{panel.indicator}: no data for {year}")
    current = panel.ytd[i].copy()
    current[k:] = np.nan
    return Cut(year, k, panel.ytd[:i].copy(), current)


class Method(Protocol):
    """Projection method: remaining monthly amounts, one row per draw."""

    name: str

    def simulate(self, cut: Cut, n: int, rng: np.random.Generator) -> np.ndarray:
        """Draws of months k+1..12 (n × (12−k)), in the indicator's unit."""
        ...


def stratified_t(n: int, df: float, rng: np.random.Generator) -> np.ndarray:
    """n draws of Student's t at evenly spaced probabilities, shuffled.

    Evenly spaced draws make quantiles exact up to 1/n instead of carrying Monte Carlo noise.
    ``df = inf`` gives the normal distribution.
    """
    u = (np.arange(n) + 0.5) / n
    draws = stats.norm.ppf(u) if not np.isfinite(df) else stats.t.ppf(u, df)
    return rng.permutation(draws)


def remaining_profile(cut: Cut) -> np.ndarray:
    """How the rest of the year's amount splits over months k+1..12, from past years.

    Averages each past year's split; equal split with no usable history.
    """
    past = cut.complete_past(RECENT_YEARS)
    h = cut.horizon
    if past.shape[0] == 0 or h == 0:
        return np.full(h, 1.0 / max(h, 1))
    monthly = monthly_from_ytd(past)[:, cut.k :]
    rest = monthly.sum(axis=1, keepdims=True)
    ok = (rest[:, 0] > 0) & np.isfinite(monthly).all(axis=1)
    if not ok.any():
        return np.full(h, 1.0 / h)
    shares = np.clip((monthly[ok] / rest[ok]).mean(axis=0), 0, None)
    return shares / shares.sum()


def spread_remaining(cut: Cut, year_end: np.ndarray) -> np.ndarray:
    """Monthly draws (n × (12−k)) that add up to each year-end draw, split by the usual profile."""
    rest = year_end - cut.ytd
    return rest[:, None] * remaining_profile(cut)[None, :]


def prior_log_sd(k: int) -> float:
    """Log-scale spread of the year-end multiple when history cannot tell (wide on purpose)."""
    return 0.30 * np.sqrt((12 - k) / k)


@dataclass(frozen=True)
class LogMultiple:
    """Predictive distribution of log(year-end / ytd): ``center + scale · t(df)``."""

    center: float
    scale: float
    df: float = np.inf


def log_multiples(cut: Cut, window: int | None = RECENT_YEARS) -> np.ndarray:
    """log(December / month-k cumulative) of each complete recent past year, oldest first."""
    past = cut.complete_past(window)
    return np.log(past[:, 11] / past[:, cut.k - 1])


def draws_from_log_multiple(
    cut: Cut, dist: LogMultiple, n: int, rng: np.random.Generator
) -> np.ndarray:
    """Monthly draws whose year-end totals follow ``ytd · exp(dist)``, never below ytd."""
    log_m = dist.center + dist.scale * stratified_t(n, dist.df, rng)
    year_end = cut.ytd * np.exp(np.maximum(log_m, 0.0))
    return spread_remaining(cut, year_end)


class MultipleMethod:
    """Base for methods defined by a closed-form distribution of the year-end multiple."""

    name = "multiple"

    def distribution(self, cut: Cut) -> LogMultiple:
        raise NotImplementedError

    def simulate(self, cut: Cut, n: int, rng: np.random.Generator) -> np.ndarray:
        if cut.horizon == 0:
            return np.zeros((n, 0))
        return draws_from_log_multiple(cut, self.distribution(cut), n, rng)
