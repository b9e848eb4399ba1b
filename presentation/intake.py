"""What the data page shows: blank templates, an upload as editable text,
and a summary of the active data (pure: the app reads the files and hands their tables in,
nothing is read or written here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import pandas as pd
from pandas.io.formats.style import Styler

from forecast.actuals import Actuals
from forecast.catalogue import Catalogue
from presentation import fmt
from presentation.text import t

__all__ = [
    "DatasetSummary",
    "Inspected",
    "RowRead",
    "Table",
    "dataset_summary",
    "editable_table",
    "highlighted",
    "inspection_table",
    "template_long",
    "template_targets",
    "template_wide",
    "with_edits",
]

BAD_CELL = "background-color: #f8d7da; color: #842029; font-weight: 600"
SHOWN_ROWS = 200  # bad rows shown highlighted; the problem table lists every one


Table = pd.DataFrame  # an upload's sheet as text cells, indexed by spreadsheet row


def _ytd_headers() -> list[str]:
    return [fmt.period(m) for m in range(2, 13)]


def template_long(catalogue: Catalogue, year: int) -> pd.DataFrame:
    """A blank long table: one row per indicator and month (1-2月 reported together)."""
    rows = []
    for i in catalogue.indicators:
        basis = "ytd_yoy" if i.is_growth else "ytd"
        for m in range(2, 13):
            rows.append(
                {
                    "indicator": i.id,
                    "date": f"{year}-{m:02d}",
                    "value": "",
                    "basis": basis,
                    "unit": "%" if i.is_growth else i.unit,
                }
            )
    return pd.DataFrame(rows, columns=["indicator", "date", "value", "basis", "unit"])


def template_wide(catalogue: Catalogue, year: int) -> pd.DataFrame:
    """The planners' sheet: one row per indicator, one cumulative column per month.

    The first month header carries the year (``2020年1-2月``) so a CSV needs no sheet name.
    """
    headers = _ytd_headers()
    headers[0] = f"{year}年{headers[0]}"
    rows = [
        {"指标": i.name_zh, "单位": i.unit, **dict.fromkeys(headers, "")}
        for i in catalogue.indicators
    ]
    return pd.DataFrame(rows, columns=["指标", "单位", *headers])


@dataclass(frozen=True)
class DatasetSummary:
    """What a dataset holds, for the data page's heading."""

    indicators: int
    rows: int
    first: tuple[int, int]
    last: tuple[int, int]


def dataset_summary(actuals: Actuals) -> DatasetSummary:
    f = actuals.frame
    ordered = f.sort_values(["year", "month"])
    first, last = ordered.iloc[0], ordered.iloc[-1]
    return DatasetSummary(
        indicators=len(actuals.indicators),
        rows=len(f),
        first=(int(first["year"]), int(first["month"])),
        last=(int(last["year"]), int(last["month"])),
    )


def template_targets(catalogue: Catalogue, year: int) -> pd.DataFrame:
    """A blank targets table: one row per indicator (growth indicators take a growth target)."""
    return pd.DataFrame(
        [
            {
                "indicator": i.id,
                "year": year,
                "kind": "growth" if i.is_growth else "absolute",
                "value": "",
                "half_kind": "",
                "half_value": "",
            }
            for i in catalogue.indicators
        ],
        columns=["indicator", "year", "kind", "value", "half_kind", "half_value"],
    )


def _cell_text(cell: object) -> str:
    """A cell as the text to edit: dates as YYYY-MM, whole numbers without ``.0``."""
    if cell is None or (isinstance(cell, float) and np.isnan(cell)):
        return ""
    if hasattr(cell, "year") and hasattr(cell, "month") and not isinstance(cell, str):
        return f"{cell.year}-{cell.month:02d}"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def editable_table(frame: pd.DataFrame | None) -> pd.DataFrame:
    """An uploaded file's first sheet (as the app read it) as text cells, indexed by
    spreadsheet row (header = 1).

    Empty for a file that cannot be read at all (``None``; its problem says why).
    """
    if frame is None:
        return pd.DataFrame()
    text = frame.map(_cell_text)
    text.index = pd.RangeIndex(2, 2 + len(text))
    return text


def highlighted(table: Table, cells: dict[int, set[str]]) -> Styler:
    """The rows of ``table`` that have problems (up to ``SHOWN_ROWS``, in file order) as a
    pandas Styler, the cells at fault (``problems.bad_cells``) in red."""
    rows = [r for r in sorted(cells) if r in table.index][:SHOWN_ROWS]
    part = table.loc[rows]

    def css(frame: pd.DataFrame) -> pd.DataFrame:
        out = pd.DataFrame("", index=frame.index, columns=frame.columns)
        for r in rows:
            for column in cells[r] & set(frame.columns):
                out.loc[r, column] = BAD_CELL
        return out

    return part.style.apply(css, axis=None)


def with_edits(table: Table, edited: Table) -> Table:
    """``table`` with the rows of ``edited`` (some of its rows, edited) put back in place."""
    out = table.copy()
    rows = [r for r in edited.index if r in out.index]
    columns = [c for c in edited.columns if c in out.columns]
    out.loc[rows, columns] = edited.loc[rows, columns]
    return out


class RowRead(Protocol):
    """How one row of a file was read (the file readers' ``Understood``)."""

    sheet: str
    row: int
    written: str
    indicator: str
    how: str
    unit: str
    unit_from: str
    periods: str
    role: str
    parent: str


class Inspected(Protocol):
    """How a file was understood (the file readers' ``Inspection``): its rows, and the
    actuals read from it (None where a whole-file problem stops them)."""

    @property
    def understood(self) -> Sequence[RowRead]: ...

    @property
    def actuals(self) -> Actuals | None: ...


def inspection_table(found: Inspected, lang: str = "zh") -> pd.DataFrame:
    """How each row of a file was understood, one line per row: sheet, row, what was written,
    the indicator matched and how (id, name, alias or new), its unit and where the unit came
    from, the months found, and its role (indicator, child of …, total, skipped)."""
    how = {
        "id": t("how_id", lang),
        "name": t("how_name", lang),
        "alias": t("how_alias", lang),
        "new": t("how_new", lang),
        "": "",
    }
    unit_from = {
        "column": t("unit_from_column", lang),
        "header": t("unit_from_header", lang),
        "name": t("unit_from_name", lang),
        "title": t("unit_from_title", lang),
        "catalogue": t("unit_from_catalogue", lang),
        "": "",
    }
    catalogue = found.actuals.catalogue if found.actuals is not None else None

    def name(indicator: str) -> str:
        if catalogue is None or not indicator:
            return indicator
        return catalogue.get_or_default(indicator).name(lang)

    def role(u) -> str:
        if u.role == "child":
            return t("role_child", lang, parent=name(u.parent))
        if u.role == "total":
            return t("role_total", lang)
        if u.role == "skipped":
            return t("role_skipped", lang)
        return t("role_indicator", lang)

    columns = [
        t("col_sheet", lang),
        t("col_row", lang),
        t("col_written", lang),
        t("col_indicator", lang),
        t("col_matched_by", lang),
        t("col_unit", lang),
        t("col_unit_from", lang),
        t("col_periods", lang),
        t("col_role", lang),
    ]
    rows = [
        [
            u.sheet,
            str(u.row),
            u.written,
            t("name_with_id", lang, name=name(u.indicator), id=u.indicator) if u.indicator else "",
            how.get(u.how, u.how),
            u.unit,
            unit_from.get(u.unit_from, u.unit_from),
            u.periods,
            role(u),
        ]
        for u in found.understood
    ]
    return pd.DataFrame(rows, columns=columns)
