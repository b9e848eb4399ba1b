"""Additive forms for net flows: indicators whose months can go below zero (net financing, a
balance that falls back), or whose year-to-date is below zero.

A multiple of the year-to-date means nothing there (and its log cannot be taken), so a net-flow
cut (:func:`base.is_net`) is projected by amount: each method's point is the amount still to
come, ``rest = year-end − ytd`` in the indicator's unit, and its spread comes from its own
rolling-origin errors, each measured in its fold's gross monthly flow (:func:`gross`) so that
years of different size compare. The forms here scale with the history, and adding a constant
to every month moves their point by that constant per month to come.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from forecast.methods.base import (
    PRIOR_WEIGHT,
    RECENT_YEARS,
    Additive,
    Cut,
    cut_of,
    prior_log_sd,
)
from forecast.methods.seasonal import monthly_amounts

GROSS_YEARS = 3  # past years (with this one) whose months make the gross flow

Rest = Callable[[Cut], float | None]
NetFold = tuple[Cut, float]


def gross(cut: Cut) -> float:
    """Mean absolute monthly amount over the last ``GROSS_YEARS`` years and this year's months
    (1 where all are zero): the unit in which a net flow's errors are compared."""
    m = monthly_amounts(cut)[-GROSS_YEARS - 1 :]
    x = np.abs(m[np.isfinite(m)])
    g = float(x.mean()) if x.size else 0.0
    return g if g > 0 else 1.0


def known_rests(cut: Cut, window: int = RECENT_YEARS) -> tuple[np.ndarray, np.ndarray]:
    """(month-k cumulative, rest of the year) of the recent past years that know both."""
    p = cut.past
    ok = np.isfinite(p[:, cut.k - 1]) & np.isfinite(p[:, 11])
    c = p[ok, cut.k - 1][-window:]
    return c, p[ok, 11][-window:] - c


def prior_sd(cut: Cut) -> float:
    """Spread of the rest when history cannot tell: the run-rate's log spread on the gross
    year-to-date (wide on purpose)."""
    return prior_log_sd(cut.k) * cut.k * gross(cut)


def runrate_additive(cut: Cut) -> Additive:
    """The months to come bring the mean month so far."""
    return Additive(cut.ytd / cut.k * cut.horizon, prior_sd(cut))


def _departures(cut: Cut) -> np.ndarray:
    """Each past year's rest minus its own run-rate rest: what the share adds to the run-rate."""
    c, r = known_rests(cut)
    return r - c * cut.horizon / cut.k


def share_rest(cut: Cut) -> float | None:
    """The usual rest of the year, moved by this year's monthly departure from the usual
    year-to-date (the seasonal share's additive form); None without a known past year."""
    x = _departures(cut)
    if x.size == 0:
        return None
    return float(x.mean() + cut.ytd * cut.horizon / cut.k)


def share_additive(cut: Cut) -> Additive:
    """``share_rest`` with the past years' variation (t, n−1 df); the run-rate without any."""
    x = _departures(cut)
    n = x.size
    if n == 0:
        return runrate_additive(cut)
    center = float(x.mean() + cut.ytd * cut.horizon / cut.k)
    if n == 1:
        return Additive(center, 0.5 * prior_sd(cut))
    return Additive(center, float(x.std(ddof=1) * np.sqrt(1 + 1 / n)), n - 1)


def last_rest(cut: Cut) -> tuple[float, float] | None:
    """(month-k cumulative, rest) of last year, where both are known."""
    if cut.past.shape[0] == 0:
        return None
    last = cut.past[-1]
    if not np.isfinite(last[[cut.k - 1, 11]]).all():
        return None
    return float(last[cut.k - 1]), float(last[11] - last[cut.k - 1])


def net_folds(cut: Cut) -> list[NetFold]:
    """Each past year known at month k and December, cut there with a known year before it,
    and its true rest of the year."""
    out = []
    p = cut.past
    first = cut.year - p.shape[0]
    for j in range(1, p.shape[0]):
        row = p[j]
        if not np.isfinite(row[[cut.k - 1, 11]]).all():
            continue
        fold = cut_of(p, j, first + j, cut.k)
        if known_rests(fold)[0].size:
            out.append((fold, float(row[11] - row[cut.k - 1])))
    return out


def net_errors(cut: Cut, rest: Rest, found: list[NetFold] | None = None) -> np.ndarray:
    """Errors of ``rest`` on the folds of ``cut``, each in its fold's gross monthly flow."""
    errors = []
    for fold, truth in net_folds(cut) if found is None else found:
        guess = rest(fold)
        if guess is not None:
            errors.append((guess - truth) / gross(fold))
    return np.array(errors)


def own_additive(cut: Cut, center: float, rest: Rest) -> Additive:
    """``center`` with the spread of ``rest``'s own rolling-origin errors, blended with the
    additive share's stated spread while few are known (as ``folds.own_spread``)."""
    unit = gross(cut)
    stated = share_additive(cut).scale / unit
    errors = net_errors(cut, rest)
    n = errors.size
    mse = (np.sum(errors**2) + PRIOR_WEIGHT * stated**2) / (n + PRIOR_WEIGHT)
    return Additive(center, float(np.sqrt(mse) * unit), n + PRIOR_WEIGHT - 1)
