"""Year-on-year growth carried forward, as statistics offices project.

The rest of the year grows as the year so far did: year-end = ytd × last year's December /
last year's month k. Its spread is how much that multiple changed from one year to the next.
"""

from __future__ import annotations

import numpy as np

from forecast.methods.base import Cut, LogMultiple, MultipleMethod, prior_log_sd
from forecast.methods.share import SeasonalShare


class YearOnYear(MultipleMethod):
    name = "yoy"

    def distribution(self, cut: Cut) -> LogMultiple:
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
