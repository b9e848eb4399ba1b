"""Reading the user's files (CSV, XLSX): the only place in forecast/ that touches files.

Files are only read, never written back. Every reader returns validated objects or raises
DataError naming the file, row and column of every problem.
"""

from __future__ import annotations

import io
import re
from datetime import date
from importlib.resources import files
from pathlib import Path

import pandas as pd

from forecast.actuals import Actuals, validate_actuals
from forecast.catalogue import Catalogue, Indicator
from forecast.errors import DataError, Problem
from forecast.targets import Target, validate_targets


def _bundled(name: str) -> Path:
    """A file shipped with the package (forecast/data, a link to the checkout's data/)."""
    found = files("forecast").joinpath("data", name)
    if found.is_file():
        return Path(str(found))
    # a checkout where the link did not survive (e.g. git on Windows without symlinks)
    return Path(__file__).resolve().parent.parent / "data" / name


SAMPLE_ACTUALS = _bundled("sample_town_actuals.csv")
SAMPLE_TARGETS = _bundled("sample_town_targets.csv")
CATALOGUE = _bundled("catalogue.csv")

_YTD_HEADER = re.compile(r"^\s*1\s*[-—–~至]\s*(\d{1,2})\s*月")
_MONTH_HEADER = re.compile(r"^\s*(\d{1,2})\s*月")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?")
_INDICATOR_HEADERS = ("indicator", "指标", "指标名称", "项目")
_UNIT_HEADERS = ("unit", "单位", "计量单位")


def read_table(
    source: str | Path | bytes, name: str | None = None, sheet: str | int = 0
) -> tuple[pd.DataFrame, str]:
    """A file's first sheet (or ``sheet``) as text cells, and the name to report it by.

    ``source`` is a path or the bytes of an upload (then ``name`` says which kind it is).
    """
    label = name or str(source)
    suffix = Path(label).suffix.lower()
    data = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        if suffix in (".xlsx", ".xlsm", ".xls"):
            frame = pd.read_excel(data, sheet_name=sheet, dtype=object, engine=_engine(suffix))
        else:
            frame = _read_csv(source if isinstance(source, bytes) else Path(source).read_bytes())
    except Exception as e:  # any parser failure is the user's file, reported, not a traceback
        raise DataError([Problem(label, None, None, "unreadable", detail=str(e))]) from e
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame, label


def _read_csv(data: bytes) -> pd.DataFrame:
    """A CSV as text cells: UTF-8 (with or without BOM), else GB18030, which is what Excel on
    Chinese Windows saves."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030")
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)


def sheet_names(source: str | Path | bytes, name: str | None = None) -> list[str]:
    """Sheet names of an Excel file (empty for CSV)."""
    label = name or str(source)
    if Path(label).suffix.lower() not in (".xlsx", ".xlsm", ".xls"):
        return []
    data = io.BytesIO(source) if isinstance(source, bytes) else source
    return list(pd.ExcelFile(data, engine=_engine(Path(label).suffix.lower())).sheet_names)


def _engine(suffix: str) -> str:
    """openpyxl for .xlsx/.xlsm (it keeps cell formats); calamine for the old binary .xls."""
    return "calamine" if suffix == ".xls" else "openpyxl"


def read_catalogue(path: str | Path = CATALOGUE) -> Catalogue:
    """The indicator catalogue.

    Columns: id, name_zh, name_en, unit, group, higher_is_better, parent (allow_negative,
    aliases: other names separated by ``|``).
    """
    frame, _ = read_table(path)
    truthy = {"1", "true", "yes", "是", "y"}
    return Catalogue(
        tuple(
            Indicator(
                id=r["id"].strip(),
                name_zh=r.get("name_zh", "") or r["id"],
                name_en=r.get("name_en", "") or r["id"],
                unit=r.get("unit", "").strip(),
                group=r.get("group", "").strip(),
                higher_is_better=str(r.get("higher_is_better", "1")).strip().lower() in truthy,
                parent=r.get("parent", "").strip() or None,
                allow_negative=str(r.get("allow_negative", "0")).strip().lower() in truthy,
                aliases=tuple(a.strip() for a in str(r.get("aliases", "")).split("|") if a.strip()),
            )
            for r in frame.fillna("").to_dict("records")
        )
    )


def read_actuals(
    source: str | Path | bytes,
    catalogue: Catalogue | None = None,
    name: str | None = None,
    as_of: tuple[int, int] | None = None,
    sheet: str | int = 0,
    year: int | None = None,
    basis: str | None = None,
) -> Actuals:
    """Actuals from a long table (indicator, date, value, basis) or a planners' wide sheet.

    A wide sheet has one row per indicator and one column per month (``1-2月``, ``1-3月``… or
    ``1月``, ``2月``…); ``year`` and ``basis`` ('ytd' or 'month') may be given where neither the
    headers nor the sheet name say them.
    """
    catalogue = catalogue if catalogue is not None else read_catalogue()
    frame, label = read_table(source, name, sheet)
    # nothing can be reported for a month that has not ended yet
    as_of = as_of or _this_month()
    lowered = {c.lower() for c in frame.columns}
    if {"indicator", "date", "value", "basis"} <= lowered:
        return validate_actuals(frame, catalogue, label, as_of)
    sheet_name = sheet if isinstance(sheet, str) else ""
    if isinstance(sheet, int) and Path(label).suffix.lower().startswith(".xl"):
        sheet_name = sheet_names(source, name)[sheet]
    long = wide_to_long(frame, catalogue, label, sheet_name, year, basis)
    return validate_actuals(long, catalogue, label, as_of, row_numbers=list(long["_row"]))


def wide_to_long(
    frame: pd.DataFrame,
    catalogue: Catalogue,
    label: str,
    sheet_name: str = "",
    year: int | None = None,
    basis: str | None = None,
) -> pd.DataFrame:
    """The planners' wide sheet as raw long rows, each keeping its cell's row and column."""
    cols = list(frame.columns)
    ind_col = next((c for c in cols if c.lower() in _INDICATOR_HEADERS), cols[0] if cols else None)
    unit_col = next((c for c in cols if c.lower() in _UNIT_HEADERS), None)
    month_cols = [c for c in cols if c not in (ind_col, unit_col)]
    context = " ".join([sheet_name, *cols])
    if basis is None:
        basis = "ytd" if "累计" in context else "month" if "当月" in context else None
    if year is None:
        found = _YEAR.search(context)
        year = int(found.group(1)) if found else None
    problems: list[Problem] = []
    parsed: list[tuple[str, int, str]] = []
    for c in month_cols:
        text = _YEAR.sub("", c, count=1) if _YEAR.match(c) else c
        ytd_match, month_match = _YTD_HEADER.match(text), _MONTH_HEADER.match(text)
        if ytd_match:
            parsed.append((c, int(ytd_match.group(1)), "ytd"))
        elif month_match:
            if basis is None:
                problems.append(Problem(label, 1, c, "no_basis"))
            parsed.append((c, int(month_match.group(1)), basis or "month"))
        else:
            problems.append(Problem(label, 1, c, "bad_header", c))
    if year is None:
        problems.append(Problem(label, 1, None, "bad_year", sheet_name))
    if problems:
        raise DataError(problems)
    records = []
    for pos, r in enumerate(frame.to_dict("records")):
        name_cell = str(r[ind_col]).strip()
        if name_cell in ("", "nan", "None"):
            continue
        indicator = catalogue.resolve(name_cell)
        unit = str(r[unit_col]).strip() if unit_col and pd.notna(r[unit_col]) else ""
        for c, month, cell_basis in parsed:
            cell = r[c]
            if (
                cell is None
                or (isinstance(cell, float) and cell != cell)
                or str(cell).strip() == ""
            ):
                continue
            b = "ytd_yoy" if unit == "%" or "增速" in name_cell else cell_basis
            records.append(
                {
                    "indicator": indicator,
                    "date": f"{year}-{month:02d}",
                    "value": cell,
                    "basis": b,
                    "unit": "" if b == "ytd_yoy" else unit,
                    "_row": pos + 2,
                    "_column": c,
                }
            )
    if not records:
        raise DataError([Problem(label, None, None, "empty")])
    return pd.DataFrame(records)


def _this_month() -> tuple[int, int]:
    today = date.today()
    return today.year, today.month


def read_targets(
    source: str | Path | bytes, catalogue: Catalogue | None = None, name: str | None = None
) -> dict[tuple[str, int], Target]:
    """Targets keyed by (indicator, year); see forecast.targets.validate_targets."""
    catalogue = catalogue if catalogue is not None else read_catalogue()
    frame, label = read_table(source, name)
    return validate_targets(frame, catalogue, label)
