"""Plain-text renderings of the projection table for the terminal."""

from __future__ import annotations

import pandas as pd

from presentation import fmt
from presentation.text import t

__all__ = ["readable_table"]


def readable_table(table: pd.DataFrame, lang: str = "zh") -> str:
    """The projection table as aligned text, numbers formatted with their units."""
    rows = []
    for r in table.itertuples():
        rows.append(
            {
                t("col_name", lang): r.name,
                t("col_as_of", lang): f"{r.year} {fmt.period(int(r.as_of[-2:]), lang)}",
                t("col_ytd", lang): fmt.quantity(r.ytd, r.unit),
                t("col_point", lang): fmt.quantity(r.point, r.unit),
                t("col_band80", lang): f"{fmt.number(r.q10, r.unit)}–{fmt.quantity(r.q90, r.unit)}",
                t("col_target", lang): fmt.quantity(
                    r.target, "%" if r.target_kind == "growth" and r.unit == "%" else r.unit
                )
                if r.target == r.target
                else "—",
                t("col_p_meet", lang): fmt.probability(r.p_meet, lang),
                t(
                    "col_progress", lang
                ): f"{fmt.percent(r.time_progress)} / {fmt.percent(r.task_progress)}",
                t("col_status", lang): t(f"status_{r.status}", lang),
                t("col_method", lang): r.method,
            }
        )
    return pd.DataFrame(rows).to_string(index=False)
