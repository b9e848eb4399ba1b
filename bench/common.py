"""Shared pieces of the benchmarks: the public data (read in place, never copied) and the cases.

The data live in ``../shared/data`` relative to the project root. Where that folder is absent
every benchmark prints a message and exits 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

from forecast.backtest import CaseSpec
from forecast.panel import Panel, panel_from_rows

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "bench" / "out"  # git-ignored: cached results of the long runs

CUTOFFS = (2, 3, 5, 6, 8, 9, 11)
HEADLINE = (3, 5, 8)
# issue 5: a complete year with 3..10 complete prior years (only those visible), last six per series
SPEC = CaseSpec(min_prior=3, max_prior=10, last_n=6)
# --short: the same case years, with only 2 or 3 prior years visible (what a town has)
SHORT_SPECS = {2: CaseSpec(3, 2, 6), 3: CaseSpec(3, 3, 6)}
CHINA_LEVELS = ("CN_FAI_YTD", "CN_RETAIL_MONTH", "CN_RETAIL_ABOVE_QUOTA_MONTH")
# issue 12: the national fiscal and tax revenue levels, and visitor arrivals
FISCAL_LEVELS = (
    "CN_GPB_REVENUE_YTD",
    "CN_TAX_REVENUE_YTD",
    "CN_LOCAL_GPB_REVENUE_YTD",
    "CN_GPB_REVENUE_MONTH",
    "CN_TAX_REVENUE_MONTH",
)
VISITORS = (
    "HK_VISITOR_ARRIVALS_MONTH",
    "MO_VISITOR_ARRIVALS_MAINLAND_MONTH",
    "MO_VISITOR_ARRIVALS_MONTH",
)


def require_data() -> Path:
    """The shared data folder; exits 0 with a message where it is absent."""
    if not (SHARED / "tourism_monthly.csv").exists():
        print(f"skipped: {SHARED} not found (the public benchmark data live outside the project)")
        sys.exit(0)
    return SHARED


def _long(path: Path) -> pd.DataFrame:
    """A long actuals file as ``Actuals.frame``-like rows (the files are clean: no validation)."""
    raw = pd.read_csv(path, dtype={"indicator": str, "date": str, "basis": str, "value": float})
    ym = raw["date"].str.split("-", expand=True).astype(int)
    return pd.DataFrame(
        {
            "indicator": raw["indicator"],
            "year": ym[0],
            "month": ym[1],
            "value": raw["value"],
            "basis": raw["basis"],
        }
    )


def load_panels(folder: Path | None = None) -> dict[str, Panel]:
    """Level panels of all tourism series and the three Chinese level series, by indicator id."""
    folder = folder or require_data()
    out: dict[str, Panel] = {}
    tourism = _long(folder / "tourism_monthly.csv")
    china = _long(folder / "china_public.csv")
    china = china[china["indicator"].isin(CHINA_LEVELS)]
    for frame in (tourism, china):
        for ind, rows in frame.groupby("indicator", sort=False):
            out[str(ind)] = panel_from_rows(str(ind), rows)
    return out


def load_more(folder: Path | None = None) -> dict[str, Panel]:
    """Level panels of the fiscal and tax revenue series (china_more.csv) and the visitor
    arrivals (macau_hk_visitors.csv), where those files are present."""
    folder = folder or require_data()
    out: dict[str, Panel] = {}
    for name, keep in (("china_more.csv", FISCAL_LEVELS), ("macau_hk_visitors.csv", VISITORS)):
        if not (folder / name).exists():
            continue
        frame = _long(folder / name)
        for ind, rows in frame[frame["indicator"].isin(keep)].groupby("indicator", sort=False):
            out[str(ind)] = panel_from_rows(str(ind), rows)
    return out


def family(indicator: str) -> str:
    """Which group of series an id belongs to (tourism, china, fiscal, visitors)."""
    if indicator.startswith("tourism_"):
        return "tourism"
    if indicator in FISCAL_LEVELS:
        return "fiscal"
    if indicator in VISITORS:
        return "visitors"
    return "china"


def half(indicator: str) -> str:
    """ "tuning" (odd tourism ids) or "confirm" (every other series)."""
    return "tuning" if is_tuning(indicator) else "confirm"


def tourism_id(indicator: str) -> int | None:
    """The number of a ``tourism_M<n>`` id (None for other series)."""
    if indicator.startswith("tourism_M"):
        return int(indicator.removeprefix("tourism_M"))
    return None


def is_tuning(indicator: str) -> bool:
    """Series that any global constant may be fitted on: tourism series with odd ids."""
    n = tourism_id(indicator)
    return n is not None and n % 2 == 1


def fmt_table(frame: pd.DataFrame, floatfmt: str = "{:.2f}") -> str:
    """A plain fixed-width table (markdown pipes, so it pastes into the README)."""
    cols = list(frame.columns)
    cells = [
        [floatfmt.format(v) if isinstance(v, float | np.floating) else str(v) for v in row]
        for row in frame.itertuples(index=False)
    ]
    widths = [max(len(str(c)), *(len(r[i]) for r in cells)) for i, c in enumerate(cols)]
    line = "| " + " | ".join(str(c).rjust(w) for c, w in zip(cols, widths, strict=True)) + " |"
    rule = "|" + "|".join("-" * (w + 1) + ":" for w in widths) + "|"
    body = [
        "| " + " | ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in cells
    ]
    return "\n".join([line, rule, *body])
