"""Growth-only indicators (only 累计增速 known): project the year-end cumulative growth.

The cumulative growth moves from month k to December by an amount that past years show;
the projection is today's growth plus that drift, with a t-interval on its spread. The cut
holds cumulative growth (%) instead of levels; the draws are the growth path itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from forecast.methods.base import Abilities, Cut, Simulation, stratified_t

PRIOR_SD_PP = 4.0  # percentage points at k = 6 when no past year tells
MIN_YEARS = 2  # past drifts needed for their own spread


def drift_distribution(cut: Cut) -> tuple[float, float, float]:
    """(center, scale, df) of December growth minus month-k growth, in percentage points."""
    p = cut.past
    ok = np.isfinite(p[:, cut.k - 1]) & np.isfinite(p[:, 11])
    drift = p[ok, 11] - p[ok, cut.k - 1]
    n = drift.size
    prior = PRIOR_SD_PP * np.sqrt((12 - cut.k) / 6)
    if n < MIN_YEARS:
        return 0.0, prior, np.inf
    return float(drift.mean()), float(drift.std(ddof=1) * np.sqrt(1 + 1 / n)), n - 1


def simulate_growth(cut: Cut, n: int, rng: np.random.Generator) -> np.ndarray:
    """Draws of the cumulative growth path for months k+1..12 (n × (12−k)), in %."""
    h = 12 - cut.k
    center, scale, df = drift_distribution(cut)
    final = cut.ytd + center + scale * stratified_t(n, df, rng)
    steps = np.arange(1, h + 1) / max(h, 1)
    return cut.ytd + (final - cut.ytd)[:, None] * steps[None, :]


@dataclass(frozen=True)
class GrowthDrift:
    """The growth indicators' method: today's growth plus the past years' drift to December.

    Internal: ``for_cut`` picks it for every growth indicator. Growth is in percentage points,
    so the analogue of scale equivariance is a shift: all growth + c gives draws + c.
    """

    name: ClassVar[str] = "growth_drift"
    abilities: ClassVar[Abilities] = Abilities(
        kind="growth",
        min_prior_years=MIN_YEARS,
        negative_months=True,  # growth below zero is growth: nothing is logged or clipped
        selectable=False,
        equivariance="shift",
    )

    def simulate(self, cut: Cut, n: int, rng: np.random.Generator) -> np.ndarray:
        """Draws of the cumulative growth path (%), months k+1..12."""
        return simulate_growth(cut, n, rng)

    def project(self, cut: Cut, n: int, rng: np.random.Generator) -> Simulation:
        """The growth path is already cumulative: the draws are the paths."""
        return Simulation(self.simulate(cut, n, rng))
