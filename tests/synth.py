"""Synthetic monthly series for tests: known seasonality, growth and noise."""

from __future__ import annotations

import numpy as np
import pandas as pd

PROFILE = np.array([5, 6, 8, 8, 8, 9, 8, 8, 9, 9, 9, 13], dtype=float)


def monthly_levels(
    years: int,
    growth: float = 0.08,
    noise: float = 0.03,
    seed: int = 1,
    base: float = 1000.0,
    profile: np.ndarray = PROFILE,
) -> np.ndarray:
    """(years × 12) monthly amounts: each year ``growth`` above the last, lognormal noise."""
    rng = np.random.default_rng(seed)
    share = profile / profile.sum()
    totals = base * (1 + growth) ** np.arange(years)
    return totals[:, None] * share[None, :] * np.exp(rng.normal(0, noise, (years, 12)))


def long_frame(
    indicator: str,
    levels: np.ndarray,
    start_year: int = 2015,
    basis: str = "month",
    jan_feb_together: bool = False,
    last_month: int = 12,
) -> pd.DataFrame:
    """Long actuals rows (text cells, as read from a file) for a monthly level grid."""
    rows = []
    n = levels.shape[0]
    for i in range(n):
        year = start_year + i
        cum = np.cumsum(levels[i])
        stop = last_month if i == n - 1 else 12
        for m in range(1, stop + 1):
            if jan_feb_together and m == 1:
                continue
            if basis == "ytd" or (jan_feb_together and m == 2):
                rows.append((indicator, f"{year}-{m:02d}", f"{cum[m - 1]:.6f}", "ytd"))
            else:
                rows.append((indicator, f"{year}-{m:02d}", f"{levels[i, m - 1]:.6f}", "month"))
    return pd.DataFrame(rows, columns=["indicator", "date", "value", "basis"])
