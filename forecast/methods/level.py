"""Seasonal level: the rest of the year as the recent deseasonalised level times the usual
share of the months still to come.

The level is a ratio estimate over the last months, each month weighted by ``decay ** age``
(age in months before the as-of month): level = Σ w·amount / Σ w·share, where ``share`` is the
month's usual share of its year (:func:`seasonal.seasonal_shares`). Recent months count most,
so a year that started strong or weak moves the level, yet a single noisy month does not carry
it alone as it does in the seasonal share (which scales the year-to-date only). No trend is
extrapolated: on the benchmarks it made every cut-off month worse.
"""

from __future__ import annotations

import numpy as np

from forecast.methods.base import Cut, LogMultiple, MultipleMethod
from forecast.methods.seasonal import monthly_amounts, seasonal_shares
from forecast.methods.share import SeasonalShare
from forecast.methods.skill import own_spread

LOOKBACK_YEARS = 3  # older months would weigh under decay**36 (2% at 0.9): ignored


_last: tuple[Cut, tuple[np.ndarray, np.ndarray, float] | None] | None = None


def _inputs(cut: Cut) -> tuple[np.ndarray, np.ndarray, float] | None:
    """(amounts, their usual shares, share of the months to come), oldest month first.

    The last cut's inputs are kept, so several decays on one cut compute them once.
    """
    global _last
    found = _last
    if found is not None and found[0] is cut:
        return found[1]
    out = None
    if cut.past.shape[0] > 0 and cut.ytd > 0:
        monthly = monthly_amounts(cut)
        shares = seasonal_shares(monthly[:-1], cut.past)
        rest = float(np.nansum(shares[cut.k :]))
        if np.isfinite(shares[cut.k :]).any() and rest > 0:
            recent = monthly[:-1][-LOOKBACK_YEARS:]
            x = np.concatenate([recent.ravel(), monthly[-1, : cut.k]])
            s = np.concatenate([np.tile(shares, recent.shape[0]), shares[: cut.k]])
            ok = np.isfinite(x) & np.isfinite(s)
            out = (np.where(ok, x, 0.0), np.where(ok, s, 0.0), rest)
    _last = (cut, out)
    return out


def level_center(cut: Cut, decay: float) -> float | None:
    """log(year-end / ytd) by the seasonal level; None where the history cannot tell."""
    found = _inputs(cut)
    if found is None:
        return None
    x, s, rest = found
    w = decay ** np.arange(x.size - 1, -1, -1, dtype=float)
    denom = float(w @ s)
    if denom <= 0:
        return None
    level = float(w @ x) / denom
    return float(np.log1p(max(level, 0.0) * rest / cut.ytd))


class SeasonalLevel(MultipleMethod):
    """Point from the recent deseasonalised level; spread from its own rolling-origin errors."""

    name = "level"

    def __init__(self, decay: float = 0.8, name: str = "level"):
        self.decay = decay
        self.name = name

    def center(self, cut: Cut) -> float | None:
        return level_center(cut, self.decay)

    def distribution(self, cut: Cut) -> LogMultiple:
        c = self.center(cut)
        if c is None:
            return SeasonalShare().distribution(cut)
        return own_spread(cut, c, self.center)
