"""Seasonal cumulative share: year-end = ytd / the share of the year usually reached by month k."""

from __future__ import annotations

import numpy as np

from forecast.methods.base import Cut, LogMultiple, MultipleMethod, log_multiples, prior_log_sd
from forecast.methods.runrate import RunRate


class SeasonalShare(MultipleMethod):
    """Mean share over past years, with a t-interval on the log share.

    The spread is the past years' variation of the share, widened for the estimation error of
    the mean (``sqrt(1 + 1/n)``), with n−1 degrees of freedom.
    """

    name = "share"

    def distribution(self, cut: Cut) -> LogMultiple:
        x = log_multiples(cut)
        n = x.size
        if n == 0:
            return RunRate().distribution(cut)
        if n == 1:
            return LogMultiple(float(x[0]), 0.5 * prior_log_sd(cut.k))
        return LogMultiple(float(x.mean()), float(x.std(ddof=1) * np.sqrt(1 + 1 / n)), n - 1)
