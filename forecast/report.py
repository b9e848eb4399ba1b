"""Plain-text renderings of the projection table for the terminal."""

from __future__ import annotations

import pandas as pd

from forecast import fmt
from forecast.i18n import register, t

register(
    {
        "col_name": ("指标", "Indicator"),
        "col_as_of": ("截至", "As of"),
        "col_ytd": ("累计", "To date"),
        "col_point": ("预计全年", "Year-end"),
        "col_band80": ("80%区间", "80% band"),
        "col_target": ("目标", "Target"),
        "col_p_meet": ("完成概率", "P(meet)"),
        "col_progress": ("时间/任务进度", "Time/task progress"),
        "col_status": ("状态", "Status"),
        "status_on_track": ("正常", "on track"),
        "status_at_risk": ("有风险", "at risk"),
        "status_off_track": ("难完成", "off track"),
        "status_no_target": ("无目标", "no target"),
        "col_method": ("方法", "Method"),
    }
)


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
                t("col_p_meet", lang): fmt.percent(r.p_meet),
                t(
                    "col_progress", lang
                ): f"{fmt.percent(r.time_progress)} / {fmt.percent(r.task_progress)}",
                t("col_status", lang): t(f"status_{r.status}", lang),
                t("col_method", lang): r.method,
            }
        )
    return pd.DataFrame(rows).to_string(index=False)
