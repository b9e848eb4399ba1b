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

from forecast.methods.base import Abilities, Additive, Cut, LogMultiple, MultipleMethod, is_net
from forecast.methods.folds import own_spread
from forecast.methods.netflow import own_additive, share_additive
from forecast.methods.seasonal import monthly_amounts, seasonal_shares
from forecast.methods.share import SeasonalShare

LOOKBACK_YEARS = 3  # older months would weigh under decay**36 (2% at 0.9): ignored

LevelInputs = tuple[np.ndarray, np.ndarray, float]


def level_inputs(cut: Cut) -> LevelInputs | None:
    """(amounts, their usual shares, share of the months to come), oldest month first.

    None where the history cannot tell (no past year, nothing reported, no usual share left,
    a net flow).
    """
    if cut.past.shape[0] == 0 or cut.ytd <= 0 or is_net(cut):
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


def level_rest(cut: Cut, decay: float) -> float | None:
    """A net flow: last year's months to come plus the recent change over the same months a
    year before (each month's change weighted by ``decay ** age``) for each month to come;
    None where last year's months to come are unknown."""
    if cut.past.shape[0] == 0:
        return None
    monthly = monthly_amounts(cut)
    last = monthly[-2, cut.k :]
    if cut.horizon == 0 or not np.isfinite(last).all():
        return 0.0 if cut.horizon == 0 else None
    change = monthly[1:] - monthly[:-1]  # over the same month a year before
    recent = change[:-1][-LOOKBACK_YEARS:]
    x = np.concatenate([recent.ravel(), change[-1, : cut.k]])
    ok = np.isfinite(x)
    if not ok.any():
        return float(last.sum())
    w = decay ** np.arange(x.size - 1, -1, -1, dtype=float)
    step = float(w[ok] @ x[ok] / w[ok].sum())
    return float(last.sum() + step * cut.horizon)


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
            closed_form=True,
            has_center=True,
            min_prior_years=1,
            negative_months=True,
            selectable=self.selectable,
        )

    def center(self, cut: Cut) -> float | None:
        """log(year-end / ytd) by the seasonal level; None where the history cannot tell."""
        return level_center(cut, self.decay)

    def rest(self, cut: Cut) -> float | None:
        """A net flow's rest of the year (additive form); None where it cannot tell."""
        return level_rest(cut, self.decay)

    def additive(self, cut: Cut) -> Additive:
        """The net point with its own past errors' spread (the additive share without it)."""
        r = self.rest(cut)
        return share_additive(cut) if r is None else own_additive(cut, r, self.rest)

    def multiple(self, cut: Cut) -> LogMultiple:
        """The point with its own past errors' spread (the seasonal share where it cannot tell)."""
        c = self.center(cut)
        if c is None:
            return SeasonalShare().multiple(cut)
        return own_spread(cut, c, self.center)
