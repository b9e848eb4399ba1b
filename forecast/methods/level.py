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

from dataclasses import dataclass

import numpy as np

from forecast.methods.base import Abilities, Cut, LogMultiple, MultipleMethod
from forecast.methods.folds import own_spread
from forecast.methods.seasonal import monthly_amounts, seasonal_shares
from forecast.methods.share import SeasonalShare

LOOKBACK_YEARS = 3  # older months would weigh under decay**36 (2% at 0.9): ignored

LevelInputs = tuple[np.ndarray, np.ndarray, float]


def level_inputs(cut: Cut) -> LevelInputs | None:
    """(amounts, their usual shares, share of the months to come), oldest month first.

    None where the history cannot tell (no past year, nothing reported, no usual share left).
    """
    if cut.past.shape[0] == 0 or cut.ytd <= 0:
        return None
    monthly = monthly_amounts(cut)
    shares = seasonal_shares(monthly[:-1], cut.past)
    rest = float(np.nansum(shares[cut.k :]))
    if not (np.isfinite(shares[cut.k :]).any() and rest > 0):
        return None
    recent = monthly[:-1][-LOOKBACK_YEARS:]
    x = np.concatenate([recent.ravel(), monthly[-1, : cut.k]])
    s = np.concatenate([np.tile(shares, recent.shape[0]), shares[: cut.k]])
    ok = np.isfinite(x) & np.isfinite(s)
    return np.where(ok, x, 0.0), np.where(ok, s, 0.0), rest


def level_center(cut: Cut, decay: float) -> float | None:
    """log(year-end / ytd) by the seasonal level; None where the history cannot tell."""
    found = level_inputs(cut)
    if found is None:
        return None
    x, s, rest = found
    w = decay ** np.arange(x.size - 1, -1, -1, dtype=float)
    denom = float(w @ s)
    if denom <= 0:
        return None
    level = float(w @ x) / denom
    return float(np.log1p(max(level, 0.0) * rest / cut.ytd))


@dataclass(frozen=True)
class SeasonalLevel(MultipleMethod):
    """Point from the recent deseasonalised level; spread from its own rolling-origin errors.

    ``decay`` and ``name`` make the variants: ``auto`` weighs a fast and a slow one, which are
    not ``selectable`` by users.
    """

    decay: float = 0.8
    name: str = "level"
    selectable: bool = True

    @property
    def abilities(self) -> Abilities:
        """Closed form with a center; needs one complete past year (else the seasonal share)."""
        return Abilities(
            closed_form=True, has_center=True, min_prior_years=1, selectable=self.selectable
        )

    def center(self, cut: Cut) -> float | None:
        """log(year-end / ytd) by the seasonal level; None where the history cannot tell."""
        return level_center(cut, self.decay)

    def distribution(self, cut: Cut) -> LogMultiple:
        """The point with its own past errors' spread (the seasonal share where it cannot tell)."""
        c = self.center(cut)
        if c is None:
            return SeasonalShare().distribution(cut)
        return own_spread(cut, c, self.center)
