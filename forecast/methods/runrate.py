"""Naive run-rate: the months left go as the months so far did on average (the floor)."""

from __future__ import annotations

import numpy as np

from forecast.methods.base import Cut, LogMultiple, MultipleMethod, prior_log_sd


class RunRate(MultipleMethod):
    """Year-end = ytd × 12 / k, with wide bands that narrow as the year goes on."""

    name = "runrate"

    def distribution(self, cut: Cut) -> LogMultiple:
        return LogMultiple(float(np.log(12 / cut.k)), prior_log_sd(cut.k))
