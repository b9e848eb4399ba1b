"""Naive run-rate: the months left go as the months so far did on average (the floor)."""

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
    prior_log_sd,
)
from forecast.methods.netflow import runrate_additive


@dataclass(frozen=True)
class RunRate(MultipleMethod):
    """Year-end = ytd × 12 / k, with wide bands that narrow as the year goes on."""

    name: ClassVar[str] = "runrate"
    abilities: ClassVar[Abilities] = Abilities(closed_form=True, negative_months=True)

    def additive(self, cut: Cut) -> Additive:
        """A net flow: the months to come bring the mean month so far."""
        return runrate_additive(cut)

    def multiple(self, cut: Cut) -> LogMultiple:
        """log(year-end / ytd) ~ log(12 / k) + a prior spread that needs no history."""
        return LogMultiple(float(np.log(12 / cut.k)), prior_log_sd(cut.k))
