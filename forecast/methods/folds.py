"""Rolling-origin folds on an indicator's own past: each complete past year is cut at the same
month k with only the years before it visible, and its true year-end multiple kept.

The methods that estimate their spread from their own past errors (``own_spread``) and ``auto``
(weights) use these folds; ``skill.py`` reports the same errors to people.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from forecast.methods.base import PRIOR_WEIGHT, Cut, LogMultiple, cut_of, log_multiples
from forecast.methods.share import SeasonalShare

__all__ = ["PRIOR_WEIGHT", "fold_errors", "folds", "own_spread", "past_cuts", "t_spread"]

Center = Callable[[Cut], float | None]
Fold = tuple[Cut, float]


def past_cuts(cut: Cut) -> list[Fold]:
    """Each complete past year as a cut at month k, with its true log multiple."""
    out = []
    p = cut.past
    first = cut.year - p.shape[0]
    for j in range(1, p.shape[0]):
        row = p[j]
        if not (np.isfinite(row[[cut.k - 1, 11]]).all() and row[cut.k - 1] > 0):
            continue
        out.append((cut_of(p, j, first + j, cut.k), float(np.log(row[11] / row[cut.k - 1]))))
    return out


def folds(cut: Cut) -> list[Fold]:
    """The past cuts that have at least one complete year before them."""
    return [(c, x) for c, x in past_cuts(cut) if log_multiples(c).size > 0]


def fold_errors(cut: Cut, center: Center, found: list[Fold] | None = None) -> np.ndarray:
    """Log errors of ``center`` on the folds of ``cut`` (folds where it cannot tell dropped)."""
    errors = []
    for c, x in folds(cut) if found is None else found:
        guess = center(c)
        if guess is not None:
            errors.append(guess - x)
    return np.array(errors)


def t_spread(center: float, errors: np.ndarray, stated: float) -> LogMultiple:
    """A t-interval from rolling-origin errors, blended with a stated spread while few are known.

    A one-step-ahead error also carries the error of the estimate, so it is used as is (no
    shrinking by the mean error); the degrees of freedom count the stated spread's weight.
    """
    n = errors.size
    mse = (np.sum(errors**2) + PRIOR_WEIGHT * stated**2) / (n + PRIOR_WEIGHT)
    return LogMultiple(center, float(np.sqrt(mse)), n + PRIOR_WEIGHT - 1)


def own_spread(cut: Cut, center: float, fn: Center) -> LogMultiple:
    """``center`` with the spread of ``fn``'s own rolling-origin errors on ``cut``'s past,
    blended with the seasonal share's stated spread while few errors are known."""
    stated = SeasonalShare().multiple(cut).scale
    return t_spread(center, fold_errors(cut, fn), stated)
