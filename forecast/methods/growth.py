"""Growth-only indicators (only 累计增速 known): project the year-end cumulative growth.

The cumulative growth moves from month k to December by an amount that past years show;
the projection is today's growth plus that drift, with a t-interval on its spread.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from forecast.methods.base import stratified_t

PRIOR_SD_PP = 4.0  # percentage points at k = 6 when no past year tells


@dataclass(frozen=True)
class GrowthCut:
    """Reported cumulative growth (%): past years (n × 12) and this year up to month k."""

    year: int
    k: int
    past: np.ndarray
    current: np.ndarray

    @property
    def ytd(self) -> float:
        return float(self.current[self.k - 1])


def drift_distribution(cut: GrowthCut) -> tuple[float, float, float]:
    """(center, scale, df) of December growth minus month-k growth, in percentage points."""
    p = cut.past
    ok = np.isfinite(p[:, cut.k - 1]) & np.isfinite(p[:, 11])
    drift = p[ok, 11] - p[ok, cut.k - 1]
    n = drift.size
    prior = PRIOR_SD_PP * np.sqrt((12 - cut.k) / 6)
    if n < 2:
        return 0.0, prior, np.inf
    return float(drift.mean()), float(drift.std(ddof=1) * np.sqrt(1 + 1 / n)), n - 1


def simulate_growth(cut: GrowthCut, n: int, rng: np.random.Generator) -> np.ndarray:
    """Draws of the cumulative growth path for months k+1..12 (n × (12−k)), in %."""
    h = 12 - cut.k
    center, scale, df = drift_distribution(cut)
    final = cut.ytd + center + scale * stratified_t(n, df, rng)
    steps = np.arange(1, h + 1) / max(h, 1)
    return cut.ytd + (final - cut.ytd)[:, None] * steps[None, :]
