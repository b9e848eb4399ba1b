"""Last year's remainder: the months still to come bring what the same months brought last year,
grown at half the recent yearly growth.

Year-end = ytd + (last December − last year's month k) · exp(½ · mean log growth of the last
three years' December totals). It ignores how this year has gone so far, which makes it the
natural partner of the seasonal share (which scales this year's year-to-date only): their
errors are nearly independent early in the year. The half growth keeps a steadily growing
indicator from being projected a year behind; on the tourism series it changes little, on the
Chinese series it nearly halves this method's error (README, Benchmarks).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from forecast.methods.base import Abilities, Additive, Cut, LogMultiple, MultipleMethod, is_net
from forecast.methods.folds import own_spread
from forecast.methods.netflow import last_rest, own_additive, share_additive
from forecast.methods.share import SeasonalShare

TREND_YEARS = 3  # yearly growths averaged
TREND_SHARE = 0.5  # share of that growth carried into this year


def last_year_center(cut: Cut) -> float | None:
    """log(year-end / ytd) with last year's remaining amount; None where it is unknown."""
    if cut.past.shape[0] == 0 or cut.ytd <= 0 or is_net(cut):
        return None
    last = cut.past[-1]
    rest = last[11] - last[cut.k - 1]
    if not np.isfinite(rest):
        return None
    return float(np.log1p(max(rest, 0.0) * np.exp(TREND_SHARE * trend(cut.past)) / cut.ytd))


def last_year_rest(cut: Cut) -> float | None:
    """A net flow: last year's rest plus half the recent yearly change of the December totals,
    spread over the months to come; None where last year is unknown."""
    last = last_rest(cut)
    if last is None:
        return None
    total = cut.past[-TREND_YEARS - 1 :, 11]
    change = np.diff(total)
    change = change[np.isfinite(change)]
    step = float(change.mean()) if change.size else 0.0
    return last[1] + TREND_SHARE * step * cut.horizon / 12


def trend(past: np.ndarray) -> float:
    """Mean log growth of the December totals over the last TREND_YEARS consecutive years."""
    total = past[-TREND_YEARS - 1 :, 11]
    with np.errstate(divide="ignore", invalid="ignore"):
        growth = np.diff(np.log(np.where(total > 0, total, np.nan)))
    growth = growth[np.isfinite(growth)]
    return float(growth.mean()) if growth.size else 0.0


@dataclass(frozen=True)
class LastYear(MultipleMethod):
    """Point from last year's remainder; spread from its own rolling-origin errors."""

    name: ClassVar[str] = "lastyear"
    abilities: ClassVar[Abilities] = Abilities(
        closed_form=True, has_center=True, min_prior_years=1, negative_months=True
    )

    def center(self, cut: Cut) -> float | None:
        """log(year-end / ytd) with last year's remainder; None where it is unknown."""
        return last_year_center(cut)

    def rest(self, cut: Cut) -> float | None:
        """A net flow's rest of the year (additive form); None where last year is unknown."""
        return last_year_rest(cut)

    def additive(self, cut: Cut) -> Additive:
        """The net point with its own past errors' spread (the additive share without it)."""
        r = last_year_rest(cut)
        return share_additive(cut) if r is None else own_additive(cut, r, last_year_rest)

    def multiple(self, cut: Cut) -> LogMultiple:
        """The point with its own past errors' spread (the seasonal share where it cannot tell)."""
        c = self.center(cut)
        if c is None:
            return SeasonalShare().multiple(cut)
        return own_spread(cut, c, self.center)
