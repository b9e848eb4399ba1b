"""Monthly amounts and the seasonal profile shared by the level methods.

Where any visible year reports January with February (1-2月), January and February are one
season in every year (month 2 holds the block, month 1 is NaN), so no January is invented.
"""

from __future__ import annotations

import numpy as np

from forecast.methods.base import Cut
from forecast.panel import monthly_from_ytd

SHARE_YEARS = 10  # at most this many recent complete years shape the profile...
SHARE_DECAY = 0.75  # ...each weighing this much less than the year after it


def monthly_amounts(cut: Cut) -> np.ndarray:
    """((past years + 1) × 12) monthly amounts, this year's last row (NaN after month k)."""
    rows = np.vstack([cut.past, cut.current[None, :]])
    monthly = monthly_from_ytd(rows)
    if (np.isnan(rows[:, 0]) & np.isfinite(rows[:, 1])).any():
        monthly[:, 1] = rows[:, 1]
        monthly[:, 0] = np.nan
    return monthly


def seasonal_shares(monthly: np.ndarray, cumulative: np.ndarray) -> np.ndarray:
    """Each month's share of its year's total, averaged over the complete past years (12,).

    Recent years weigh more (``SHARE_DECAY`` per year back): seasonal patterns drift.
    ``monthly`` and ``cumulative`` hold the past years only. NaN where no year tells.
    """
    total = cumulative[:, 11]
    ok = np.isfinite(total) & (total > 0)
    if not ok.any():
        return np.full(12, np.nan)
    shares = monthly[ok][-SHARE_YEARS:] / total[ok][-SHARE_YEARS:, None]
    known = np.isfinite(shares)
    w = SHARE_DECAY ** np.arange(shares.shape[0] - 1, -1, -1, dtype=float)[:, None] * known
    sums = (w * np.where(known, shares, 0.0)).sum(axis=0)
    weight = w.sum(axis=0)
    return np.where(weight > 0, sums / np.where(weight > 0, weight, 1.0), np.nan)
