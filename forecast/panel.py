"""An indicator's history as a year × month grid of cumulative values (累计值).

The grid is the one representation every method reads. A NaN in January with February known
is January and February reported together (1-2月): the monthly amount of "month 2" is then the
two-month block, and January is never invented.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from forecast.actuals import Actuals


@dataclass(frozen=True)
class Panel:
    """Cumulative levels and growth of one indicator.

    ``ytd[i, m-1]`` is the January-to-month-m cumulative value of ``years[i]`` (indicator unit),
    ``growth[i, m-1]`` the reported cumulative year-on-year growth (%), NaN where unknown.
    """

    indicator: str
    years: np.ndarray
    ytd: np.ndarray
    growth: np.ndarray

    def row(self, year: int) -> int | None:
        hits = np.flatnonzero(self.years == year)
        return int(hits[0]) if hits.size else None

    @property
    def has_levels(self) -> bool:
        return bool(np.isfinite(self.ytd).any())

    @property
    def has_growth(self) -> bool:
        return bool(np.isfinite(self.growth).any())

    def last_month(self) -> tuple[int, int] | None:
        """(year, month) of the last month with a level (or, for growth-only, a growth)."""
        grid = self.ytd if self.has_levels else self.growth
        known = np.argwhere(np.isfinite(grid))
        if known.size == 0:
            return None
        i, m = known[np.lexsort((known[:, 1], known[:, 0]))][-1]
        return int(self.years[i]), int(m) + 1


def monthly_from_ytd(ytd: np.ndarray) -> np.ndarray:
    """Monthly amounts (当月值) from cumulative values, along the last axis.

    Month 2 carries the January+February block where January is unknown.
    """
    ytd = np.asarray(ytd, dtype=float)
    prev = np.concatenate([np.zeros((*ytd.shape[:-1], 1)), ytd[..., :-1]], axis=-1)
    block = np.isnan(ytd[..., 0]) & np.isfinite(ytd[..., 1])
    prev[..., 1] = np.where(block, 0.0, prev[..., 1])
    return ytd - prev


def build_panel(actuals: Actuals, indicator: str) -> Panel:
    """The year × month grid of one indicator from its validated rows."""
    return panel_from_rows(indicator, actuals.frame[actuals.frame["indicator"] == indicator])


def panel_from_rows(indicator: str, rows: pd.DataFrame) -> Panel:
    """The grid from one indicator's rows of ``Actuals.frame``."""
    years = np.arange(rows["year"].min(), rows["year"].max() + 1)
    ytd = np.full((years.size, 12), np.nan)
    growth = np.full((years.size, 12), np.nan)
    monthly = np.full((years.size, 12), np.nan)
    month_yoy = np.full((years.size, 12), np.nan)
    for basis, grid in (
        ("ytd", ytd),
        ("ytd_yoy", growth),
        ("month", monthly),
        ("month_yoy", month_yoy),
    ):
        part = rows[rows["basis"] == basis]
        grid[part["year"].to_numpy() - years[0], part["month"].to_numpy() - 1] = part["value"]
    _accumulate(ytd, monthly)
    _levels_from_monthly_growth(ytd, month_yoy)
    return Panel(indicator, years, ytd, growth)


def _accumulate(ytd: np.ndarray, monthly: np.ndarray) -> None:
    """Fill cumulative values from monthly ones where the previous cumulative is known."""
    for i in range(ytd.shape[0]):
        for m in range(12):
            if np.isnan(ytd[i, m]) and np.isfinite(monthly[i, m]):
                if m == 0:
                    ytd[i, m] = monthly[i, m]
                elif np.isfinite(ytd[i, m - 1]):
                    ytd[i, m] = ytd[i, m - 1] + monthly[i, m]


def _levels_from_monthly_growth(ytd: np.ndarray, month_yoy: np.ndarray) -> None:
    """Where only a month's growth is known, derive its level from last year's same month."""
    if not np.isfinite(month_yoy).any():
        return
    for i in range(1, ytd.shape[0]):
        last = monthly_from_ytd(ytd[i - 1])
        for m in range(12):
            if np.isnan(ytd[i, m]) and np.isfinite(month_yoy[i, m]) and np.isfinite(last[m]):
                base = 0.0 if m == 0 else ytd[i, m - 1]
                if np.isfinite(base):
                    ytd[i, m] = base + last[m] * (1 + month_yoy[i, m] / 100)


def panels(actuals: Actuals) -> dict[str, Panel]:
    """A panel per indicator, in catalogue order of first appearance."""
    groups = dict(tuple(actuals.frame.groupby("indicator", sort=False)))
    return {i: panel_from_rows(i, groups[i]) for i in actuals.indicators}


def to_long(panel: Panel) -> pd.DataFrame:
    """The panel back to long ``ytd`` rows (for exports and the app's tables)."""
    i, m = np.nonzero(np.isfinite(panel.ytd))
    return pd.DataFrame(
        {
            "indicator": panel.indicator,
            "year": panel.years[i],
            "month": m + 1,
            "ytd": panel.ytd[i, m],
        }
    )
