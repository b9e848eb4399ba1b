"""Tables for export: the summary of every indicator with each cell's Excel number format, and
a notes sheet (pure: ``forecast.exporters`` writes them to files)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from forecast.catalogue import Catalogue
from forecast.checks import Check
from forecast.projection import Projection
from presentation import fmt
from presentation.indicator import method_name
from presentation.overview import ordered_ids
from presentation.text import t

__all__ = [
    "PROBABILITY_FORMAT",
    "Sheet",
    "export_sheet",
    "gap_format",
    "notes_sheet",
    "number_format",
]

# a probability stays a number (sortable) shown in whole percents, like fmt.probability
PROBABILITY_FORMAT = "0%"


@dataclass(frozen=True)
class Sheet:
    """A table to export: values, and each cell's Excel number format (same shape; '' = none)."""

    frame: pd.DataFrame
    formats: pd.DataFrame | None = None


def number_format(unit: str) -> str:
    """Excel number format for a value in ``unit``: 亿元 0.00, 万元 #,##0, % 0.0%."""
    if unit == "%":
        return "0.0%"
    return "#,##0" if fmt.decimals(unit) == 0 else "0.00"


def _quoted(text: str) -> str:
    return '"' + text.replace('"', "") + '"'


def gap_format(unit: str, growth: bool, lang: str = "zh") -> str:
    """Excel number format of the gap to the target: for a growth rate, percentage points in
    words (``差1.2个百分点`` / ``1.2 pp short of the target``); else a signed amount in the
    indicator's unit format with a true minus (``+14``, ``−0.25``)."""
    if growth:
        above, short = (t(k, lang, value="\x00") for k in ("gap_pp_above", "gap_pp_short"))

        def section(text: str) -> str:
            before, after = text.split("\x00")
            return (_quoted(before) if before else "") + "0.0" + (_quoted(after) if after else "")

        return f"{section(above)};{section(short)};{_quoted(t('gap_pp_even', lang))}"
    body = "#,##0" if fmt.decimals(unit) == 0 else "0.00"
    return f'+{body};"−"{body};{body}'


def export_sheet(
    projections: dict[str, Projection],
    checks: dict[str, Check],
    catalogue: Catalogue,
    lang: str = "zh",
    row_notes: Mapping[str, Sequence[str]] | None = None,
) -> Sheet:
    """The summary table for Excel and CSV: numbers stay numbers, each with its format.

    Growth indicators' values (in %) are stored as fractions with a percent format, like every
    probability and progress figure; their gap to the target is in percentage points (a
    number shown in words) and they have no task progress. ``row_notes``: what else applies
    to each indicator, in words, for the 说明 column (``presentation.exports.row_notes``).
    """
    row_notes = row_notes or {}
    value_cols = ("ytd", "target", "point", "q10", "q90", "q05", "q95", "required_monthly")
    fraction_cols = ("time_progress", "task_progress")  # p_meet: whole percents (0%)
    order = [
        "name",
        "unit",
        "period",
        "ytd",
        "target",
        "gap",
        "time_progress",
        "task_progress",
        "double_half",
        "point",
        "q10",
        "q90",
        "q05",
        "q95",
        "p_meet",
        "required_monthly",
        "status",
        "method",
        "notes",
    ]
    headers = {
        "name": t("col_name", lang),
        "unit": t("col_unit", lang),
        "period": t("col_as_of", lang),
        "ytd": t("col_ytd", lang),
        "target": t("col_target", lang),
        "gap": t("col_gap", lang),
        "time_progress": t("view_time_progress", lang),
        "task_progress": t("view_task_progress", lang),
        "double_half": t("view_double_half", lang),
        "point": t("col_point", lang),
        "q10": t("col_q10", lang),
        "q90": t("col_q90", lang),
        "q05": t("col_q05", lang),
        "q95": t("col_q95", lang),
        "p_meet": t("col_p_meet", lang),
        "required_monthly": t("view_required", lang),
        "status": t("col_status", lang),
        "method": t("col_method", lang),
        "notes": t("col_notes", lang),
    }
    rows, formats = [], []
    for i in ordered_ids(projections, checks):
        p, c = projections[i], checks[i]
        scale = 0.01 if p.unit == "%" else 1.0
        q05, q10, q90, q95 = p.quantiles((0.05, 0.10, 0.90, 0.95))
        ahead = c.double_half
        growth = p.kind == "growth"
        gap = p.point - c.target  # percentage points for a growth rate
        notes = [t(f"note_{n}", lang) for n in p.notes] + list(row_notes.get(i, ()))
        row = {
            "name": catalogue.get_or_default(i).name(lang),
            "unit": p.unit,
            "period": f"{p.year}-{p.as_of:02d}",
            "ytd": p.ytd * scale,
            "target": c.target * scale,
            "gap": gap if growth else gap * scale,
            "time_progress": c.time_progress,
            "task_progress": np.nan if growth else c.task_progress,
            "double_half": "" if ahead is None else t("view_yes" if ahead else "view_no", lang),
            "point": p.point * scale,
            "q10": q10 * scale,
            "q90": q90 * scale,
            "q05": q05 * scale,
            "q95": q95 * scale,
            "p_meet": c.p_meet,
            "required_monthly": c.required_monthly * scale,
            "status": t(f"status_{c.status}", lang),
            "method": method_name(p.method, lang),
            "notes": t("row_note_sep", lang).join(notes),
        }
        rows.append(
            {k: (None if isinstance(v, float) and np.isnan(v) else v) for k, v in row.items()}
        )
        unit_format = number_format(p.unit)
        formats.append(
            {
                k: gap_format(p.unit, growth, lang)
                if k == "gap"
                else unit_format
                if k in value_cols
                else "0.0%"
                if k in fraction_cols
                else PROBABILITY_FORMAT
                if k == "p_meet"
                else ""
                for k in order
            }
        )
    headers = {k: v[:1].upper() + v[1:] for k, v in headers.items()}  # English: "To date"
    frame = pd.DataFrame(rows, columns=order).rename(columns=headers)
    return Sheet(frame, pd.DataFrame(formats, columns=order).rename(columns=headers))


def notes_sheet(items: list[tuple[str, str]], lang: str = "zh") -> Sheet:
    """A two-column sheet of labelled notes (as-of month, data, scenario, thresholds)."""
    frame = pd.DataFrame(items, columns=[t("col_item", lang), t("col_value", lang)])
    return Sheet(frame)
