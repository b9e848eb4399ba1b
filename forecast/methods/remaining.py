"""For a year that has reported nothing yet (ytd = 0, e.g. poverty relief in January): the
multiplicative methods would project zero with certainty, so project the rest of the year's
amount itself from what the same months brought in past years."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from forecast.methods.base import (
    RECENT_YEARS,
    Abilities,
    AmountMethod,
    Cut,
    draws_of,
    is_net,
    prior_log_sd,
    stratified_t,
)
from forecast.methods.netflow import share_additive
from forecast.panel import monthly_from_ytd


@dataclass(frozen=True)
class RemainingAmount(AmountMethod):
    """Year-end = ytd + the past years' amount for months k+1..12 (log-scale t-interval).

    Internal: chosen by ``for_cut`` wherever the year-to-date is zero and no month went below
    zero. A net flow is projected by the additive share.
    """

    name: ClassVar[str] = "remaining"
    abilities: ClassVar[Abilities] = Abilities(
        min_prior_years=1, negative_months=True, selectable=False
    )

    def simulate(self, cut: Cut, n: int, rng: np.random.Generator) -> np.ndarray:
        """Draws of the remaining amount, split over the months as past years split it."""
        h = cut.horizon
        if h == 0:
            return np.zeros((n, 0))
        if is_net(cut):
            return draws_of(cut, share_additive(cut), n, rng)
        p = cut.past
        ok = np.isfinite(p[:, [cut.k - 1, 11]]).all(axis=1)
        monthly = monthly_from_ytd(p[ok])[-RECENT_YEARS:, cut.k :]
        monthly = monthly[np.isfinite(monthly).all(axis=1)]
        rest = monthly.sum(axis=1)
        monthly, rest = monthly[rest > 0], rest[rest > 0]
        if rest.size == 0:
            return np.zeros((n, h))  # nothing ever came in these months
        x = np.log(rest)
        if x.size >= 2:
            centre, scale, df = x.mean(), x.std(ddof=1) * np.sqrt(1 + 1 / x.size), x.size - 1
        else:
            centre, scale, df = x[0], prior_log_sd(max(cut.k, 1)), np.inf
        draws = np.exp(centre + scale * stratified_t(n, df, rng))
        profile = (monthly / rest[:, None]).mean(axis=0)
        return draws[:, None] * profile[None, :]
