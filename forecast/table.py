"""The projection table: one row per indicator, the command line's stable columns (numbers,
ids and codes)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from forecast.catalogue import Catalogue
from forecast.checks import Check
from forecast.errors import Problem
from forecast.projection import QUANTILES, Projection

# warnings that doubt a figure of the indicator (forecast.plausibility); each is carried to
# the indicator's row: its code in the CSV's notes, in words in the workbook and the brief
PLAUSIBILITY_PREFIX = "implausible_"

QUANTILE_COLUMNS = tuple(f"q{round(q * 100):02d}" for q in QUANTILES)
COLUMNS = (
    "indicator",
    "name",
    "unit",
    "year",
    "as_of",
    "method",
    "ytd",
    "point",
    *QUANTILE_COLUMNS,
    "target",
    "target_kind",
    "p_meet",
    "required_monthly",
    "required_growth",
    "time_progress",
    "task_progress",
    "half_target",
    "half_task_progress",
    "half_p_meet",
    "growth_point",
    "status",
    "notes",
)


def warned(warnings: Iterable[Problem]) -> dict[str, tuple[str, ...]]:
    """{indicator: its plausibility warning codes (``implausible_scale`` …), each once, in the
    order found}; warnings that name no indicator are left out."""
    out: dict[str, list[str]] = {}
    for w in warnings:
        if w.indicator and w.code.startswith(PLAUSIBILITY_PREFIX):
            codes = out.setdefault(w.indicator, [])
            if w.code not in codes:
                codes.append(w.code)
    return {i: tuple(codes) for i, codes in out.items()}


def projection_table(
    projections: dict[str, Projection],
    checks: dict[str, Check],
    catalogue: Catalogue,
    lang: str = "zh",
    warnings: Mapping[str, Sequence[str]] | None = None,
) -> pd.DataFrame:
    """One row per indicator; values in the indicator's unit (growth indicators in %),
    probabilities and progress as fractions, ``as_of`` as YYYY-MM; ``notes`` the projection's
    caveat codes, then the indicator's ``warnings`` codes (``warned``), joined by ``;``."""
    warnings = warnings or {}
    rows = []
    for indicator, p in projections.items():
        c = checks[indicator]
        growth = p.growth_draws()
        rows.append(
            {
                "indicator": indicator,
                "name": catalogue.get_or_default(indicator).name(lang),
                "unit": p.unit,
                "year": p.year,
                "as_of": f"{p.year}-{p.as_of:02d}",
                "method": p.method,
                "ytd": p.ytd,
                "point": p.point,
                **dict(zip(QUANTILE_COLUMNS, p.quantiles(), strict=True)),
                "target": c.target,
                "target_kind": c.target_kind,
                "p_meet": c.p_meet,
                "required_monthly": c.required_monthly,
                "required_growth": c.required_growth,
                "time_progress": c.time_progress,
                "task_progress": c.task_progress,
                "half_target": c.half_target,
                "half_task_progress": c.half_task_progress,
                "half_p_meet": c.half_p_meet,
                "growth_point": float(np.median(growth)) if growth is not None else np.nan,
                "status": c.status,
                "notes": ";".join([*p.notes, *warnings.get(indicator, ())]),
            }
        )
    return pd.DataFrame(rows, columns=list(COLUMNS))
