"""The actuals data contract: validate a raw long table once, at the edge, listing every problem.

A raw table has the columns ``indicator, date, value, basis`` (and optionally ``unit``), all
as text the user typed. ``validate_actuals`` turns it into :class:`Actuals`, whose ``frame``
holds numbers in each indicator's catalogue unit, or raises :class:`DataError`.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from forecast.catalogue import Catalogue
from forecast.errors import WARNING_CODES, DataError, Problem
from forecast.plausibility import in_history
from forecast.units import UnitError, convert, family, parse_quantity

BASES = ("month", "ytd", "ytd_yoy", "month_yoy")
LEVEL_BASES = ("month", "ytd")
REQUIRED_COLUMNS = ("indicator", "date", "value", "basis")
SUGGESTED = 50  # new names that get close catalogue names suggested
_DATE = re.compile(
    r"^\s*(\d{4})\s*(?:[-/.年]\s*(\d{1,2})|(\d{2}))\s*月?\s*(?:[-/.]\s*\d{1,2}\s*日?)?\s*$"
)


@dataclass(frozen=True)
class Actuals:
    """Validated actuals.

    ``frame`` columns: indicator (str), year (int), month (int, 1–12), value (float, in the
    indicator's unit; % for growth bases), basis (one of BASES), row (source row number).
    ``catalogue`` holds an entry for every indicator in the frame. ``dropped`` holds the
    problems of the indicators left out because a problem was confined to them (each names its
    indicator; the others are in ``frame``); ``warnings`` what was read but looks doubtful.
    """

    frame: pd.DataFrame
    catalogue: Catalogue
    source: str = ""
    dropped: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()

    @property
    def dropped_indicators(self) -> list[str]:
        """Ids of the indicators left out, in the order their first problem was found."""
        return list(dict.fromkeys(p.indicator for p in self.dropped if p.indicator))

    @property
    def indicators(self) -> list[str]:
        """Indicators with data, in catalogue order (uncatalogued ones last, as first seen)."""
        present = set(self.frame["indicator"])
        return [i for i in self.catalogue if i in present]

    def last_month(self, indicator: str) -> tuple[int, int]:
        """(year, month) of the indicator's last reported month."""
        rows = self.frame[self.frame["indicator"] == indicator]
        last = rows.sort_values(["year", "month"]).iloc[-1]
        return int(last["year"]), int(last["month"])

    def until(self, year: int, month: int) -> Actuals:
        """The actuals as they stood at the end of (year, month): nothing later."""
        f = self.frame
        keep = (f["year"] < year) | ((f["year"] == year) & (f["month"] <= month))
        return replace(self, frame=f[keep].reset_index(drop=True))

    def without(self, indicators: set[str], problems: tuple[Problem, ...] = ()) -> Actuals:
        """These actuals with ``indicators`` left out, their ``problems`` added to ``dropped``."""
        f = self.frame
        kept = f[~f["indicator"].isin(indicators)].reset_index(drop=True)
        return replace(self, frame=kept, dropped=self.dropped + tuple(problems))


def as_of_options(actuals: Actuals) -> list[tuple[int, int]]:
    """Months that can be the as-of month: every reported month of the latest year."""
    frame = actuals.frame
    year = int(frame["year"].max())
    months = sorted({int(m) for m in frame.loc[frame["year"] == year, "month"]})
    return [(year, m) for m in months]


def default_as_of(actuals: Actuals) -> tuple[int, int]:
    """The month most indicators were last reported in (the later one on a tie).

    A town reporting 1-5月 with one indicator's 1-6月 estimate is as of 1-5月.
    """
    last = actuals.frame.sort_values(["year", "month"]).groupby("indicator").tail(1)
    lasts = Counter(zip(last["year"].astype(int), last["month"].astype(int), strict=True))
    latest_year = max(y for y, _ in lasts)
    in_year = {ym: n for ym, n in lasts.items() if ym[0] == latest_year}
    return max(in_year, key=lambda ym: (in_year[ym], ym))


def parse_month(text: object) -> tuple[int, int] | None:
    """(year, month) from ``2020-05``, ``2020/5``, ``2020.05``, ``2020年5月``, ``202005``,
    ``2020-05-01`` or a date; None if unreadable.

    A number with a fraction (Excel's 2020.1) is refused: October typed as 2020.10 is stored
    as 2020.1 and cannot be told from January.
    """
    if isinstance(text, pd.Timestamp):
        return (text.year, text.month) if not pd.isna(text) else None
    if hasattr(text, "year") and hasattr(text, "month"):
        return int(text.year), int(text.month)  # datetime from Excel
    if isinstance(text, float):
        if not text.is_integer():
            return None
        text = int(text)
    match = _DATE.match(unicodedata.normalize("NFKC", str(text)))
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2) or match.group(3))
    return (year, month) if 1 <= month <= 12 else None


def validate_actuals(
    raw: pd.DataFrame,
    catalogue: Catalogue,
    source: str,
    as_of: tuple[int, int] | None = None,
    first_row: int = 2,
    row_numbers: list[int] | None = None,
    found: Sequence[Problem] = (),
) -> Actuals:
    """Check a raw long table and convert it to :class:`Actuals`.

    ``row_numbers`` gives each raw row's number in the user's file (default: ``first_row`` +
    position, as a spreadsheet numbers rows under one header line); a ``_file`` column names
    each row's file (a workbook's sheet), a ``_column`` column its cell's column. ``found``:
    problems and warnings the reader already found (codes in WARNING_CODES are warnings).

    A problem confined to one indicator (a bad cell, a missing month this year) leaves that
    indicator out: its problems go to ``Actuals.dropped`` and every other indicator is kept.
    Raises DataError with every problem found when a problem concerns the whole file (a
    missing column, a row without a name) or when no indicator is left.
    """
    problems = [p for p in found if p.code not in WARNING_CODES]
    warnings = [p for p in found if p.code in WARNING_CODES]
    columns = {str(c).strip().lower(): c for c in raw.columns}
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise DataError([Problem(source, None, None, "missing_column", detail=", ".join(missing))])
    if raw.empty:
        raise DataError([Problem(source, None, None, "empty")])
    rows = row_numbers or list(range(first_row, first_row + len(raw)))
    cell_columns = list(raw["_column"]) if "_column" in raw.columns else None
    files = list(raw["_file"]) if "_file" in raw.columns else [source] * len(raw)
    # planners may write the Chinese name (国税) or an alias (两税) where the id is meant
    resolved: dict[object, str] = {}  # each distinct written name looked up once
    for written in raw[columns["indicator"]].tolist():
        if written not in resolved:
            resolved[written] = catalogue.resolve(written) if not _blank(written) else ""
    ids = [resolved[i] for i in raw[columns["indicator"]].tolist()]
    warnings.extend(_new_indicators(ids, rows, catalogue, source))
    catalogue = catalogue.with_defaults(i for i in ids if i)
    unit_col = columns.get("unit")

    records = []
    units_seen: dict[str, dict[str, int]] = {}
    by_column = {c: raw[columns[c]].tolist() for c in REQUIRED_COLUMNS}
    units_written = raw[unit_col].tolist() if unit_col is not None else None
    for pos in range(len(raw)):
        rownum = rows[pos]
        indicator = ids[pos]

        def report(
            column: str,
            code: str,
            value: str = "",
            detail: str = "",
            pos=pos,
            rownum=rownum,
            indicator=indicator,
        ):
            # a wide sheet names each cell's own column (1-5月) instead of value/date
            where = column
            if cell_columns and column in ("value", "date") and cell_columns[pos]:
                where = cell_columns[pos]
            problems.append(
                Problem(files[pos], rownum, where, code, value, detail, indicator or None)
            )

        cells = {c: by_column[c][pos] for c in REQUIRED_COLUMNS}
        if not indicator:
            if not all(_blank(cells[c]) for c in ("date", "value")):
                report("indicator", "no_name")  # figures nobody can attribute: the whole file
            continue
        cells["indicator"] = indicator
        unit_cell = units_written[pos] if units_written is not None else None
        record = _read_row(cells, unit_cell, catalogue, as_of, report)
        if record is None:
            continue
        indicator, when, value, basis, unit = record
        if unit is not None and not catalogue[indicator].unit and basis in LEVEL_BASES:
            units_seen.setdefault(indicator, {}).setdefault(unit, rownum)
        records.append((indicator, when[0], when[1], value, basis, rownum, unit, files[pos]))

    frame = pd.DataFrame(
        records, columns=["indicator", "year", "month", "value", "basis", "row", "unit", "src"]
    )
    # An indicator the catalogue lacks takes the unit it was written in, if it is only one.
    for indicator, seen in units_seen.items():
        families = {family(u) for u in seen}
        if len(families) > 1:
            where = max(seen.values())
            detail = " / ".join(seen)
            problems.append(Problem(source, where, "value", "mixed_units", "", detail, indicator))
            continue
        unit = next(iter(seen))
        mask = (frame["indicator"] == indicator) & frame["unit"].notna()
        frame.loc[mask, "value"] = [
            convert(v, u, unit)
            for v, u in zip(frame.loc[mask, "value"], frame.loc[mask, "unit"], strict=True)
        ]
        entry = catalogue[indicator]
        catalogue = Catalogue(
            tuple(
                i if i.id != indicator else replace(entry, unit=unit) for i in catalogue.indicators
            )
        )
    found, doubtful = _check_series(frame, source, catalogue)
    problems.extend(found)
    warnings.extend(doubtful)
    # a unit slip shows as a value 10⁴ off the rest (not for net flows, which cross zero)
    flows = {i for i in catalogue if catalogue[i].allow_negative}
    steady = frame[~frame["indicator"].isin(flows)]
    warnings.extend(in_history(steady, dict(zip(steady["row"], steady["src"], strict=True))))
    problems.sort(key=lambda p: (p.row or 0, p.column or ""))
    bad = {p.indicator for p in problems if p.indicator}
    if any(p.indicator is None for p in problems) or (problems and bad >= set(frame["indicator"])):
        raise DataError(problems)
    frame = frame[~frame["indicator"].isin(bad)]
    frame = frame.drop(columns=["unit", "src"])
    frame = frame.sort_values(["indicator", "basis", "year", "month"])
    frame = frame.astype({"year": np.int64, "month": np.int64, "value": np.float64})
    kept_warnings = tuple(w for w in warnings if w.indicator not in bad)
    return Actuals(frame.reset_index(drop=True), catalogue, source, tuple(problems), kept_warnings)


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, float) and cell != cell) or str(cell).strip() == ""


def _new_indicators(
    ids: list[str], rows: list[int], catalogue: Catalogue, source: str
) -> list[Problem]:
    """A warning for each name the catalogue lacks (it becomes a new indicator), with the
    catalogue's closest names as a suggestion."""
    if not len(catalogue):
        return []
    names = [n for i in catalogue.indicators for n in (i.name_zh, *i.aliases) if n]
    out = []
    first: dict[str, int] = {}
    for indicator, rownum in zip(ids, rows, strict=True):
        first.setdefault(indicator, rownum)
    suggested = 0
    for indicator, rownum in first.items():
        if not indicator or indicator in catalogue:
            continue
        close = ""
        if suggested < SUGGESTED:  # difflib is slow: a file of thousands of new names waits
            close = "|".join(difflib.get_close_matches(indicator, names, n=3, cutoff=0.5))
            suggested += 1
        out.append(
            Problem(source, rownum, "indicator", "new_indicator", indicator, close, indicator)
        )
    return out


def _read_row(
    cells: dict, unit_cell: object, catalogue: Catalogue, as_of: tuple[int, int] | None, report
) -> tuple | None:
    """One raw row as (indicator, (year, month), value in the indicator's unit, basis, unit
    written), or None after reporting what is wrong with it."""
    indicator = str(cells["indicator"]).strip()
    when = parse_month(cells["date"])
    if when is None:
        report("date", "bad_date", str(cells["date"]))
    basis = str(cells["basis"]).strip().lower()
    if basis not in BASES:
        report("basis", "bad_basis", basis)
    raw_value = cells["value"]
    try:
        quantity = parse_quantity(raw_value)
    except UnitError as e:
        return report("value", "unknown_unit", str(e))
    except ValueError:
        return report("value", "bad_number", str(raw_value))
    if quantity is None:
        return report("value", "bad_number", "")
    if when is None or basis not in BASES:
        return None
    unit = quantity.unit
    if unit is None and unit_cell is not None and not pd.isna(unit_cell):
        unit = str(unit_cell).strip() or None
    growth = basis not in LEVEL_BASES
    wanted = "%" if growth else catalogue[indicator].unit
    value = quantity.value
    if not math.isfinite(value):
        return report("value", "not_finite", str(raw_value))
    if unit is not None:
        try:
            family(unit)
        except UnitError:
            return report("value", "unknown_unit", unit)
        if wanted:
            try:
                value = convert(value, unit, wanted)
            except UnitError:
                return report("value", "bad_unit", unit, wanted)
        if not math.isfinite(value):
            return report("value", "not_finite", str(raw_value))
    if not growth and value < 0 and not catalogue[indicator].allow_negative:
        return report("value", "negative", str(raw_value))
    if as_of is not None and when > as_of:
        return report("date", "future", f"{when[0]}-{when[1]:02d}", f"{as_of[0]}-{as_of[1]:02d}")
    return indicator, when, value, basis, unit


def _check_series(
    frame: pd.DataFrame, source: str, catalogue: Catalogue
) -> tuple[list[Problem], list[Problem]]:
    """Problems that need more than one row (duplicates, a falling ytd where months cannot be
    negative, a month clashing with the ytd, a missing month in the file's last year), and
    warnings (a missing month in a past year: that year's later months are left out).

    One pass over plain tuples: a file of a million rows is checked in seconds."""
    problems: list[Problem] = []
    warnings: list[Problem] = []
    dup = frame.duplicated(["indicator", "year", "month", "basis"], keep="first")
    for r in frame[dup].itertuples():
        value, detail = f"{r.year}-{r.month:02d}", f" ({r.basis})"
        problems.append(Problem(r.src, r.row, "date", "duplicate", value, detail, r.indicator))
    frame = frame[~dup]
    levels = frame[frame["basis"].isin(LEVEL_BASES)]
    this_year = frame["year"].max() if len(frame) else None  # the file's current year
    groups: dict[tuple[str, int], tuple[dict, dict]] = {}
    first_year: dict[str, int] = {}
    columns = ("indicator", "year", "month", "value", "basis", "row", "src")
    for ind, year, month, value, basis, row, src in zip(
        *(levels[c].tolist() for c in columns), strict=True
    ):
        ytd, monthly = groups.setdefault((ind, year), ({}, {}))
        (ytd if basis == "ytd" else monthly)[month] = (value, row, src)
        first_year[ind] = min(first_year.get(ind, year), year)
    for (ind, year), (ytd, monthly) in groups.items():
        if not catalogue[ind].allow_negative:
            before = None
            for month in sorted(ytd):
                value, row, src = ytd[month]
                if before is not None and value < before:
                    found = Problem(
                        src, row, "value", "ytd_falls", f"{value:g}", f"({before:g})", ind
                    )
                    problems.append(found)
                before = value
        if not monthly:
            continue
        problems.extend(_clashes(ind, ytd, monthly))
        known = set(ytd) | set(monthly)
        if 2 in ytd:
            known.add(1)  # 1-2月 reported together
        start = 1 if year > first_year[ind] else min(known)
        for month in sorted(monthly):
            gap = [m for m in range(start, month) if m not in known]
            if gap:
                _, row, src = monthly[month]
                code = "missing_month" if year == this_year else "history_gap"
                gap_at = Problem(src, row, "date", code, f"{year}-{gap[0]:02d}", "", ind)
                (problems if year == this_year else warnings).append(gap_at)
                break
    return problems, warnings


def _clashes(indicator: str, ytd: dict, monthly: dict) -> list[Problem]:
    """A month's own value that disagrees with the change of the ytd over that month (more
    than rounding): one of the two rows is wrong, and nobody can tell which."""
    out = []
    for month, (value, row, src) in sorted(monthly.items()):
        if month not in ytd:
            continue
        before = 0.0 if month == 1 else ytd.get(month - 1, (None,))[0]
        if before is None:
            continue
        implied = ytd[month][0] - before
        if abs(implied - value) > 0.01 * max(abs(implied), abs(value), 1e-9) + 1e-6:
            found = Problem(
                src, row, "value", "month_clash", f"{value:g}", f"{implied:g}", indicator
            )
            out.append(found)
    return out
