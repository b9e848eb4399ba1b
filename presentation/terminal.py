"""Plain-text renderings of the projection table for the terminal."""

from __future__ import annotations

import pandas as pd

from presentation import fmt
from presentation.files import text_width
from presentation.indicator import method_name
from presentation.text import t

__all__ = ["aligned", "readable_table"]

GAP = "  "


def aligned(header: list[str], rows: list[list[str]], left: set[int] = frozenset()) -> str:
    """Columns padded to their display width (a CJK character counts two), so Chinese and
    English line up in a terminal; columns in ``left`` flush left, the others flush right."""
    widths = [max(text_width(r[j]) for r in [header, *rows]) for j in range(len(header))]

    def line(cells: list[str]) -> str:
        out = []
        for j, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            pad = " " * (width - text_width(cell))
            out.append(cell + pad if j in left else pad + cell)
        return GAP.join(out).rstrip()

    return "\n".join(line(r) for r in [header, *rows])


def readable_table(table: pd.DataFrame, lang: str = "zh") -> str:
    """The projection table as aligned text, numbers formatted with their units, methods and
    statuses by name."""
    header = [
        t("col_name", lang),
        t("col_as_of", lang),
        t("col_ytd", lang),
        t("col_point", lang),
        t("col_band80", lang),
        t("col_target", lang),
        t("col_p_meet", lang),
        t("col_progress", lang),
        t("col_status", lang),
        t("col_method", lang),
    ]
    rows = []
    for r in table.itertuples():
        target_unit = "%" if r.target_kind == "growth" and r.unit == "%" else r.unit
        rows.append(
            [
                str(r.name),
                f"{r.year} {fmt.period(int(r.as_of[-2:]), lang)}",
                fmt.quantity(r.ytd, r.unit),
                fmt.quantity(r.point, r.unit),
                f"{fmt.number(r.q10, r.unit)}–{fmt.quantity(r.q90, r.unit)}",
                fmt.quantity(r.target, target_unit) if r.target == r.target else "—",
                fmt.probability(r.p_meet, lang),
                f"{fmt.percent(r.time_progress)} / {fmt.percent(r.task_progress)}",
                t(f"status_{r.status}", lang),
                method_name(r.method, lang),
            ]
        )
    return aligned(header, rows, left={0, 8, 9})
