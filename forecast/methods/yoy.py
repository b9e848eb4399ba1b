"""Year-on-year growth carried forward, as statistics offices project.

The rest of the year grows as the year so far did: year-end = ytd × last year's December /
last year's month k. Its spread is how much that multiple changed from one year to the next.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from forecast.methods.base import (
    Abilities,
    Cut,
    LogMultiple,
    MultipleMethod,
    log_multiples,
    prior_log_sd,
)
from forecast.methods.share import SeasonalShare


@dataclass(frozen=True)
class YearOnYear(MultipleMethod):
    """Last year's multiple December / month k; the seasonal share where last year is unknown."""

    name: ClassVar[str] = "yoy"
    abilities: ClassVar[Abilities] = Abilities(closed_form=True, has_center=True, min_prior_years=1)

    def center(self, cut: Cut) -> float | None:
        """Last year's log multiple; None without a complete past year."""
        if log_multiples(cut).size == 0:
            return None
        return self.distribution(cut).center

    def distribution(self, cut: Cut) -> LogMultiple:
        """Centre at last year's multiple; spread from its year-to-year changes."""
        past = cut.past
        k = cut.k
        if past.shape[0] == 0 or not (
            np.isfinite(past[-1, [k - 1, 11]]).all() and past[-1, k - 1] > 0
        ):
            return SeasonalShare().distribution(cut)
        x = np.log(past[:, 11] / np.where(past[:, k - 1] > 0, past[:, k - 1], np.nan))
        steps = np.diff(x)
        steps = steps[np.isfinite(steps)]
        center = float(x[-1])
        if steps.size == 0:
            return LogMultiple(center, 0.5 * prior_log_sd(k))
        return LogMultiple(center, float(np.sqrt(np.mean(steps**2))), steps.size)
