"""``auto``: weight several methods by how they did on this indicator's own past years.

For the as-of month k, every candidate projects each past year from its own month k using only
the years before it (rolling origin). Weights are inverse mean squared log errors (equal while
fewer than two past years can be tested, Holt-Winters then left out: from one year it has learnt
nothing). The spread comes from the combination's own rolling-origin errors, blended with the
seasonal share's stated spread while few are known, and multiplied by a calibration factor per
cut-off month (``calibration.py``).

The candidates pair methods whose errors differ: the seasonal share and year-on-year scale this
year's year-to-date, last year's remainder ignores it, and the seasonal level weighs the recent
months, and damped Holt-Winters on log monthly amounts follows level, trend and season month by
month (see each module). On the public benchmarks the combination's median error is 10–24%
below the seasonal share's, depending on the month, with calibrated intervals (README,
Benchmarks).
"""

from __future__ import annotations

import numpy as np

from forecast.methods.base import Cut, LogMultiple, MultipleMethod, log_multiples
from forecast.methods.calibration import DF_MAX, width_factor
from forecast.methods.holtwinters import HoltWinters
from forecast.methods.lastyear import LastYear
from forecast.methods.level import SeasonalLevel
from forecast.methods.runrate import RunRate
from forecast.methods.share import SeasonalShare
from forecast.methods.skill import PRIOR_WEIGHT, folds, past_cuts
from forecast.methods.yoy import YearOnYear

__all__ = ["CANDIDATES", "Auto", "past_cuts"]


class _Center:
    """A closed-form method's point only (share and yoy have no separate ``center``)."""

    def __init__(self, method: MultipleMethod):
        self.method = method

    def center(self, cut: Cut) -> float | None:
        if hasattr(self.method, "center"):
            return self.method.center(cut)
        if log_multiples(cut).size == 0:
            return None
        return self.method.distribution(cut).center


CANDIDATES: tuple[MultipleMethod, ...] = (
    SeasonalShare(),
    YearOnYear(),
    LastYear(),
    SeasonalLevel(0.7, "level_fast"),
    SeasonalLevel(0.9, "level_slow"),
    HoltWinters(),
)


class Auto(MultipleMethod):
    name = "auto"

    def __init__(self, methods: tuple[MultipleMethod, ...] = CANDIDATES, calibrated: bool = True):
        self.methods = methods
        self.centers = tuple(_Center(m) for m in methods)
        self.calibrated = calibrated
        self._last: tuple[Cut, tuple[np.ndarray, np.ndarray, np.ndarray]] | None = None

    def _fit(self, cut: Cut) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(weights, centers at the cut, log errors of the combination on the past years).

        The last cut's fit is kept: a projection asks for the draws and then the weights.
        """
        last = self._last
        if last is not None and last[0] is cut:
            return last[1]
        fit = self._fit_new(cut)
        self._last = (cut, fit)
        return fit

    def _fit_new(self, cut: Cut) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        found = folds(cut)
        m = len(self.centers)
        now = np.array([_num(c.center(cut)) for c in self.centers])
        past = np.array([[_num(c.center(f)) for c in self.centers] for f, _ in found])
        past = past.reshape(len(found), m)
        truth = np.array([x for _, x in found])
        errors = past - truth[:, None]
        known = np.isfinite(errors).sum(axis=0)
        # untested, a candidate that needs its own skill shown (hw) does not vote
        w = np.array([getattr(c, "untested_weight", 1.0) for c in self.methods])
        if found and (known >= 2).all():
            mse = np.nanmean(errors**2, axis=0)
            w = 1.0 / np.maximum(mse, 1e-10)
        w = np.where(np.isfinite(now), w, 0.0)
        if w.sum() == 0:
            return w, now, np.array([])
        w /= w.sum()
        # the combination's own past errors, renormalising over the methods that could tell
        wp = np.where(np.isfinite(past), w, 0.0)
        tot = wp.sum(axis=1)
        ok = tot > 0
        combo = np.nansum(wp * np.nan_to_num(past), axis=1)[ok] / tot[ok] - truth[ok]
        return w, now, combo

    def weights(self, cut: Cut) -> dict[str, float]:
        """Weight of each candidate at this cut (equal but hw 0 while untested)."""
        if log_multiples(cut).size == 0:
            return {"runrate": 1.0}
        w, _, _ = self._fit(cut)
        return {m.name: float(x) for m, x in zip(self.methods, w, strict=True)}

    def parts(self, cut: Cut) -> tuple[float, float, int] | None:
        """(center, uncalibrated scale, number of past years tested); None without history."""
        if log_multiples(cut).size == 0:
            return None
        w, now, combo = self._fit(cut)
        share = SeasonalShare().distribution(cut)
        if w.sum() == 0:
            return share.center, share.scale, 0
        center = float(np.sum(w[w > 0] * now[w > 0]))
        n = combo.size
        mse = (np.sum(combo**2) + PRIOR_WEIGHT * share.scale**2) / (n + PRIOR_WEIGHT)
        return center, float(np.sqrt(mse)), n

    def distribution(self, cut: Cut) -> LogMultiple:
        found = self.parts(cut)
        if found is None:
            return RunRate().distribution(cut)
        center, scale, n = found
        # with no past year to test, the stated spread is a wide prior: moderate tails
        df = min(n + PRIOR_WEIGHT - 1, DF_MAX) if n else DF_MAX
        factor = width_factor(cut.k, n) if self.calibrated else 1.0
        return LogMultiple(center, scale * factor, df)


def _num(x: float | None) -> float:
    return np.nan if x is None else float(x)
