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
    Additive,
    Cut,
    LogMultiple,
    MultipleMethod,
    prior_log_sd,
)
from forecast.methods.netflow import known_rests, last_rest, prior_sd, share_additive
from forecast.methods.share import SeasonalShare


def yoy_rest(cut: Cut) -> float | None:
    """A net flow: last year's rest, moved by this year's monthly departure from last year's
    year-to-date; the additive share where last year is unknown."""
    last = last_rest(cut)
    if last is None:
        return share_additive(cut).center if known_rests(cut)[0].size else None
    c, r = last
    return r + (cut.ytd - c) * cut.horizon / cut.k


@dataclass(frozen=True)
class YearOnYear(MultipleMethod):
    """Last year's multiple December / month k; the seasonal share where last year is unknown."""

    name: ClassVar[str] = "yoy"
    abilities: ClassVar[Abilities] = Abilities(
        closed_form=True, has_center=True, min_prior_years=1, negative_months=True
    )

    def rest(self, cut: Cut) -> float | None:
        """A net flow's rest of the year (additive form); None without a known past year."""
        return yoy_rest(cut)

    def additive(self, cut: Cut) -> Additive:
        """Centre at ``yoy_rest``; spread from the year-to-year changes of the departures."""
        if last_rest(cut) is None:
            return share_additive(cut)
        center = float(yoy_rest(cut))  # known: last year is
        c, r = known_rests(cut)
        steps = np.diff(r - c * cut.horizon / cut.k)
        if steps.size == 0:
            return Additive(center, 0.5 * prior_sd(cut))
        return Additive(center, float(np.sqrt(np.mean(steps**2))), steps.size)

    def multiple(self, cut: Cut) -> LogMultiple:
        """Centre at last year's multiple; spread from its year-to-year changes."""
        past = cut.past
        k = cut.k
        if past.shape[0] == 0 or not (
            np.isfinite(past[-1, [k - 1, 11]]).all() and past[-1, k - 1] > 0
        ):
            return SeasonalShare().multiple(cut)
        x = np.log(past[:, 11] / np.where(past[:, k - 1] > 0, past[:, k - 1], np.nan))
        steps = np.diff(x)
        steps = steps[np.isfinite(steps)]
        center = float(x[-1])
        if steps.size == 0:
            return LogMultiple(center, 0.5 * prior_log_sd(k))
        return LogMultiple(center, float(np.sqrt(np.mean(steps**2))), steps.size)
