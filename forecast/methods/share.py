"""Seasonal cumulative share: year-end = ytd / the share of the year usually reached by month k."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from forecast.methods.base import (
    Abilities,
    Additive,
    Cut,
    LogMultiple,
    MultipleMethod,
    log_multiples,
    prior_log_sd,
)
from forecast.methods.netflow import share_additive, share_rest
from forecast.methods.runrate import RunRate


@dataclass(frozen=True)
class SeasonalShare(MultipleMethod):
    """Mean share over past years, with a t-interval on the log share.

    The spread is the past years' variation of the share, widened for the estimation error of
    the mean (``sqrt(1 + 1/n)``), with n−1 degrees of freedom. A net flow: the usual rest of
    the year moved by this year's departure from the usual year-to-date (``netflow``).
    """

    name: ClassVar[str] = "share"
    abilities: ClassVar[Abilities] = Abilities(
        closed_form=True, has_center=True, min_prior_years=1, negative_months=True
    )

    def rest(self, cut: Cut) -> float | None:
        """A net flow's rest of the year (additive form); None without a known past year."""
        return share_rest(cut)

    def additive(self, cut: Cut) -> Additive:
        """The additive form with the past years' variation."""
        return share_additive(cut)

    def multiple(self, cut: Cut) -> LogMultiple:
        """Centre and spread from the recent past years' multiples (run-rate without any)."""
        x = log_multiples(cut)
        n = x.size
        if n == 0:
            return RunRate().multiple(cut)
        if n == 1:
            return LogMultiple(float(x[0]), 0.5 * prior_log_sd(cut.k))
        return LogMultiple(float(x.mean()), float(x.std(ddof=1) * np.sqrt(1 + 1 / n)), n - 1)
