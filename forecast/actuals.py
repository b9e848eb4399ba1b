"""The actuals data contract: validate a raw long table once, at the edge, listing every problem.

A raw table has the columns ``indicator, date, value, basis`` (and optionally ``unit``), all
as text the user typed. ``validate_actuals`` turns it into :class:`Actuals`, whose ``frame``
holds numbers in each indicator's catalogue unit, or raises :class:`DataError`.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from forecast.catalogue import Catalogue
from forecast.dates import other_month
from forecast.errors import WARNING_CODES, DataError, Problem
from forecast.plausibility import in_history, month_outliers, share_slips
from forecast.units import FACTORS as _FACTOR
from forecast.units import UNITS, UnitError, convert, family, parse_quantity, resolve

BASES = ("month", "ytd", "ytd_yoy", "month_yoy")
LEVEL_BASES = ("month", "ytd")
# counts (persons, households, visits, units) in their base unit: a figure in them is whole
WHOLE_UNITS = tuple(
    u
    for u in UNITS
    if family(u) in ("persons", "households", "visits", "count") and _FACTOR[u] == 1.0
)
_KEY = ["indicator", "year", "month", "basis"]  # one figure per indicator, month and basis
REQUIRED_COLUMNS = ("indicator", "date", "value", "basis")
SUGGESTED = 50  # new names that get close catalogue names suggested
_DATE = re.compile(
    r"^\s*(\d{4})\s*(?:[-/.年]\s*(\d{1,2})|(\d{2}))\s*月?\s*(?:[-/.]\s*\d{1,2}\s*日?)?\s*$"
)


@dataclass(frozen=True)
class Actuals:
    """Validated actuals.

    ``frame`` columns: indicator (categorical of str), year (int32), month (int32, 1–12),
    value (float, in the indicator's unit; % for growth bases), basis (categorical, one of
    BASES), row (int32, source row number). Compact: a file's values take some 23 bytes a row.
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
        return other_month(text)  # 2020M05, May-20, 20年5月, an Excel serial day
    year, month = int(match.group(1)), int(match.group(2) or match.group(3))
    return (year, month) if 1 <= month <= 12 else None


def validate_actuals(
    raw: pd.DataFrame,
    catalogue: Catalogue,
    source: str,
    as_of: tuple[int, int] | None = None,
    first_row: int = 2,
    row_numbers: Sequence[int] | None = None,
    found: Sequence[Problem] = (),
    row_column: str | None = None,
) -> Actuals:
    """Check a raw long table and convert it to :class:`Actuals`.

    ``row_numbers`` gives each raw row's number in the user's file, or ``row_column`` the
    column that holds it (default: ``first_row`` + position, as a spreadsheet numbers rows
    under one header line); a ``_file`` column names
    each row's file (a workbook's sheet), a ``_column`` column its cell's column. ``found``:
    problems and warnings the reader already found (codes in WARNING_CODES are warnings).
    Columns may be text, numbers or categoricals (a reader's compact form): names, dates,
    bases and units are checked once per distinct value, the values column by column, so a
    file of a million rows needs no Python object per cell beyond its own.

    A problem confined to one indicator (a bad cell, a missing month this year) leaves that
    indicator out: its problems go to ``Actuals.dropped`` and every other indicator is kept.
    Raises DataError with every problem found when a problem concerns the whole file (a
    missing column, a row without a name) or when no indicator is left.
    """
    problems = [p for p in found if p.code not in WARNING_CODES]
    warnings = [p for p in found if p.code in WARNING_CODES]
    # row by row in a function of its own: its arrays of codes are freed when it returns
    handed = [raw]  # popped there: the raw table is let go once its columns are read
    del raw
    columns, catalogue = _checked_rows(
        handed, catalogue, source, as_of, (first_row, row_numbers, row_column), problems, warnings
    )
    del row_numbers
    frame = pd.DataFrame(columns, copy=False)  # fresh columns: not copied
    del columns
    rows = len(frame)
    release_freed_memory(rows)  # between steps: each step's peak starts from what is in use
    catalogue, found_units = _take_units(frame, catalogue, source)
    problems.extend(found_units)
    restated, found_series, doubtful = _checked_series(frame, catalogue)
    problems.extend(found_series)
    warnings.extend(doubtful)
    problems.sort(key=lambda p: (p.row or 0, p.column or ""))
    bad = {p.indicator for p in problems if p.indicator}
    if any(p.indicator is None for p in problems) or (problems and bad >= set(frame["indicator"])):
        raise DataError(problems)
    keep = ~restated
    if bad:
        keep &= ~frame["indicator"].isin(bad).to_numpy(dtype=bool)
    if not keep.all():
        frame = frame[keep]
    del keep, restated
    kept_warnings = tuple(w for w in warnings if w.indicator not in bad)
    handed = [frame]  # popped by _sorted: the checked frame is freed column by column there
    del frame
    return Actuals(_sorted(handed), catalogue, source, tuple(problems), kept_warnings)


def _checked_rows(
    handed: list[pd.DataFrame],
    catalogue: Catalogue,
    source: str,
    as_of: tuple[int, int] | None,
    numbering: tuple[int, Sequence[int] | None, str | None],
    problems: list[Problem],
    warnings: list[Problem],
) -> tuple[dict[str, object], Catalogue]:
    """``validate_actuals``' checks of each row on its own: the columns of the rows that pass
    (indicator, year, month, value, basis, row, unit, src; fresh arrays, the rows' codes freed
    when this returns) and the catalogue with the new names; the problems and warnings found
    are added to ``problems`` and ``warnings``.
    ``numbering``: ``first_row``, ``row_numbers`` and ``row_column`` as validate_actuals
    takes them. ``handed``: a list of the raw table, taken out of it."""
    raw = handed.pop()
    columns = {str(c).strip().lower(): c for c in raw.columns}
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise DataError([Problem(source, None, None, "missing_column", detail=", ".join(missing))])
    if raw.empty:
        raise DataError([Problem(source, None, None, "empty")])
    n = len(raw)
    first_row, row_numbers, row_column = numbering
    if row_column is not None:
        rows = raw[row_column].to_numpy()  # as the reader keeps them (int32 or int64)
    elif row_numbers is not None and len(row_numbers):
        rows = np.asarray(row_numbers, dtype=np.int64)
    else:
        rows = np.arange(first_row, first_row + n, dtype=np.int64)
    file_codes, file_names = (
        _codes(raw["_file"]) if "_file" in raw.columns else (np.zeros(n, np.int32), [source])
    )
    file_names = [source if _blank(f) else str(f) for f in file_names]
    cell_codes, cell_names = _codes(raw["_column"]) if "_column" in raw.columns else (None, [])
    cell_names = [c if not _blank(c) and c else None for c in cell_names]
    # planners may write the Chinese name (国税) or an alias (两税) where the id is meant:
    # each distinct written name is looked up once; rows carry a code into ``id_names``
    written_codes, written = _codes(raw[columns["indicator"]])
    id_of_written, id_names = pd.factorize(
        np.array([catalogue.resolve(w) if not _blank(w) else "" for w in written], dtype=object)
    )
    id_names = list(id_names)
    id_codes = id_of_written.astype(np.int32)[written_codes]
    del written_codes
    first_pos = _first_positions(id_codes, len(id_names))
    order = np.argsort(first_pos, kind="stable")
    warnings.extend(
        _new_indicators(
            [id_names[k] for k in order],
            [int(rows[first_pos[k]]) for k in order],
            catalogue,
            source,
        )
    )
    catalogue = catalogue.with_defaults(id_names[k] for k in order if id_names[k])
    named = (np.array([bool(i) for i in id_names]) if id_names else np.ones(0, bool))[id_codes]
    entries = [catalogue[i] if i else None for i in id_names]

    # dates and bases: once per distinct value
    date_codes, dates = _codes(raw[columns["date"]])
    parsed = [parse_month(d) for d in dates]
    year = np.array([p[0] if p else 0 for p in parsed], dtype=np.int32)[date_codes]
    month = np.array([p[1] if p else 0 for p in parsed], dtype=np.int8)[date_codes]
    date_ok = month > 0
    basis_codes, bases = _codes(raw[columns["basis"]])
    basis_names = [str(b).strip().lower() for b in bases]
    basis_ok = np.array([b in BASES for b in basis_names])[basis_codes]
    growth = np.array([b not in LEVEL_BASES for b in basis_names])[basis_codes]

    # values: plain numbers at once, the rest (units, commas, full-width digits) cell by cell
    cells = raw[columns["value"]]
    number, cell_unit, value_code, value_text = _numbers(cells)

    # the unit: in the cell (5010万元), else the unit column; rows carry a code into units
    if "unit" in columns:
        unit_codes, u_written = _codes(raw[columns["unit"]])
        units = [None if _blank_unit(u) else str(u).strip() or None for u in u_written]
    else:
        unit_codes, units = np.zeros(n, dtype=np.int32), [None]
    if cell_unit:  # codes of units written in cells are set below: a wide copy of its own
        unit_codes = unit_codes.astype(np.int32)
    for pos, written_unit in cell_unit.items():
        if written_unit not in units:
            units.append(written_unit)
        unit_codes[pos] = units.index(written_unit)
    del cell_unit, raw  # what is left of it: the values column (``cells``) and the row numbers

    found_rows: list[tuple[int, int, Problem]] = []

    def report(mask: np.ndarray, step: int, column: str, code: str, value, detail="") -> None:
        for pos in np.flatnonzero(mask):
            where = column
            if cell_codes is not None and column in ("value", "date"):
                where = cell_names[cell_codes[pos]] or column
            indicator = id_names[id_codes[pos]] or None
            v = value(pos) if callable(value) else value
            d = detail(pos) if callable(detail) else detail
            p = Problem(file_names[file_codes[pos]], int(rows[pos]), where, code, v, d, indicator)
            found_rows.append((int(pos), step, p))

    def raw_text(pos: int) -> str:
        return str(cells.iat[pos])

    # figures nobody can attribute: the whole file
    no_name = np.zeros(n, dtype=bool)
    for pos in np.flatnonzero(~named):
        no_name[pos] = not (_blank(dates[date_codes[pos]]) and _blank(cells.iat[pos]))
    report(no_name, 0, "indicator", "no_name", "")
    report(named & ~date_ok, 1, "date", "bad_date", lambda p: str(dates[date_codes[p]]))
    report(named & ~basis_ok, 2, "basis", "bad_basis", lambda p: basis_names[basis_codes[p]])
    report(named & (value_code == _UNKNOWN_UNIT), 3, "value", "unknown_unit", value_text.get)
    report(named & (value_code == _BAD), 3, "value", "bad_number", value_text.get)
    report(named & (value_code == _BLANK), 3, "value", "bad_number", "")
    ok = named & date_ok & basis_ok & (value_code == _OK)
    del no_name, named, date_ok, basis_ok, value_code
    finite = np.isfinite(number)
    report(ok & ~finite, 4, "value", "not_finite", raw_text)
    ok &= finite
    del finite
    # units: each (unit, indicator, growth) checked once, then the values converted at once
    wanted_names = [e.unit if e else "" for e in entries]
    given = ok & np.array([u is not None for u in units])[unit_codes]
    if given.any():
        size = (len(units) + 1) * (len(id_names) + 1) * 2
        key = unit_codes[given].astype(_index_type(size))
        key *= len(id_names) + 1
        key += id_codes[given]
        key *= 2
        key += growth[given]
        combo_codes, combos = _distinct_codes(key, size)
        del key
        outcome = []
        for c in combos:
            u, i = divmod(int(c) // 2, len(id_names) + 1)
            w = "%" if c % 2 else wanted_names[i]
            outcome.append((*_unit_pair(units[u], w), w))
        state = np.zeros(n, dtype=np.int8)  # 1 unknown unit, 2 bad unit
        codes_of = {"": 0, "unknown_unit": 1, "bad_unit": 2}
        state[given] = np.array([codes_of[o[0]] for o in outcome], dtype=np.int8)[combo_codes]
        # factors per combination, looked up where a value is converted (not a row's each)
        f_from = np.array([o[1] for o in outcome] + [1.0])
        f_to = np.array([o[2] for o in outcome] + [1.0])
        wanted_at = np.full(n, len(outcome), dtype=np.int32)  # the last: no conversion
        wanted_at[given] = combo_codes
        del combo_codes

        def unit_of(p: int) -> str:
            return str(units[unit_codes[p]])

        def wanted_of(p: int) -> str:
            return outcome[wanted_at[p]][3]

        report(state == 1, 5, "value", "unknown_unit", unit_of)
        report(state == 2, 5, "value", "bad_unit", unit_of, wanted_of)
        ok &= state == 0
        converted = ok & ((f_from != 1.0) | (f_to != 1.0))[wanted_at]
        at = wanted_at[converted]
        number[converted] = number[converted] * f_from[at] / f_to[at]
        gone = converted & ~np.isfinite(number)
        report(gone, 6, "value", "not_finite", raw_text)
        ok &= ~gone
        del state, wanted_at, converted, gone, at
    negative_ok = np.array([e.allow_negative if e else True for e in entries] or [True])
    below = ~growth & (number < 0) & ~negative_ok[id_codes]
    report(ok & below, 7, "value", "negative", raw_text)
    ok &= ~below
    del below
    # a count is whole (120.5人, 50.5户 are slips, not figures): in the unit the indicator is
    # kept in, or as written for an indicator without a unit yet
    kept_whole = np.array([w in WHOLE_UNITS for w in wanted_names] or [False])
    has_unit = np.array([bool(w) for w in wanted_names] or [False])
    written_whole = np.array([u in WHOLE_UNITS for u in units] or [False])
    counted = np.where(has_unit[id_codes], kept_whole[id_codes], written_whole[unit_codes])
    # only the counts' values are looked at (arrays of a few floats a row for all would set
    # a large file's peak)
    at = np.flatnonzero(ok & ~growth & counted)
    del counted
    values = number[at]
    off = np.abs(values - np.round(values)) > 1e-6 * np.maximum(1.0, np.abs(values))
    fraction = np.zeros(n, dtype=bool)
    fraction[at[off]] = True
    report(fraction, 7, "value", "not_whole", raw_text)
    ok &= ~fraction
    del kept_whole, has_unit, written_whole, at, values, off, fraction
    if as_of is not None:
        late = ok & ((year > as_of[0]) | ((year == as_of[0]) & (month > as_of[1])))
        report(
            late,
            8,
            "date",
            "future",
            lambda p: f"{year[p]}-{month[p]:02d}",
            f"{as_of[0]}-{as_of[1]:02d}",
        )
        ok &= ~late
    found_rows.sort(key=lambda t: (t[0], t[1]))
    problems.extend(p for _, _, p in found_rows)
    # let go of what only the reports used (names the reports' closures hold: not del)
    cells = date_codes = growth = value_text = None  # type: ignore[assignment]

    # codes into the distinct names and bases while checked (no string per row); each input
    # let go once its column is made (names the reports' closures hold: set to None, not del)
    columns: dict[str, object] = {"indicator": _categorical(id_codes[ok], id_names)}
    id_codes = None  # type: ignore[assignment]
    columns["year"] = year[ok]  # int32
    year = None  # type: ignore[assignment]
    columns["month"] = month[ok].astype(np.int32)
    month = None  # type: ignore[assignment]
    columns["value"] = number[ok]
    number = None  # type: ignore[assignment]
    columns["basis"] = _categorical(basis_codes[ok], basis_names)
    basis_codes = None  # type: ignore[assignment]
    columns["row"] = rows[ok].astype(np.int32)
    rows = None  # type: ignore[assignment]
    # codes, not a string per row: these two only serve the checks
    columns["unit"] = _categorical(unit_codes[ok], units)
    unit_codes = None  # type: ignore[assignment]
    columns["src"] = _categorical(file_codes[ok], file_names)
    return columns, catalogue


# the checks of whole series run on chunks of whole indicators, about 1/CHECK_CHUNKS of the
# file each (at least CHECK_ROWS_MIN rows): their arrays and frames cost some 100-200 bytes a
# row checked, so over the whole file at once they would set its peak; a number of chunks
# rather than a size keeps their fixed cost (some ms each) the same for every file
CHECK_CHUNKS = 16
CHECK_ROWS_MIN = 2_000


def _checked_series(
    frame: pd.DataFrame, catalogue: Catalogue
) -> tuple[np.ndarray, list[Problem], list[Problem]]:
    """The checks of whole series, run on chunks of whole indicators (CHECK_CHUNKS of them,
    of at least CHECK_ROWS_MIN rows): (the rows restated alike, to leave out, as a mask over
    ``frame``; problems; warnings). Each check sees an indicator's rows all at once and
    nothing of the others, so the outcome does not depend on the chunks, apart from the
    order of the warnings of a file of more than one chunk (indicators by chunk). The file's
    current year is the whole frame's."""
    this_year = int(frame["year"].max()) if len(frame) else 0
    flows = {i for i in catalogue if catalogue[i].allow_negative}
    restated = np.zeros(len(frame), dtype=bool)
    problems: list[Problem] = []
    found: list[list[Problem]] = [[], [], [], []]  # by check, so their order is kept
    chunk_rows = max(CHECK_ROWS_MIN, -(-len(frame) // CHECK_CHUNKS))
    for positions in _indicator_chunks(frame, chunk_rows):
        part = frame if positions is None else frame.iloc[positions]
        alike = _restated(part)
        if alike.any():
            restated[np.flatnonzero(alike) if positions is None else positions[alike]] = True
            part = part[~alike]
        found_series, doubtful = _check_series(part, catalogue, this_year)
        problems.extend(found_series)
        found[0].extend(doubtful)
        # a unit slip shows as a value 10⁴ off the rest (not for net flows, which cross zero)
        is_flow = part["indicator"].isin(flows).to_numpy(dtype=bool)
        steady = part[~is_flow] if is_flow.any() else part  # no copy of a file without flows
        found[1].extend(in_history(steady, steady["src"]))
        del steady, is_flow
        found[2].extend(share_slips(part, part["src"]))
        found[3].extend(month_outliers(part, part["src"], flows))
        del part
        release_freed_memory(len(frame))
    return restated, problems, [p for check in found for p in check]


def _indicator_chunks(frame: pd.DataFrame, chunk_rows: int) -> Iterator[np.ndarray | None]:
    """Positions of ``frame``'s rows in chunks of whole indicators, about ``chunk_rows`` rows
    each (more for one indicator of more rows), indicators in the order of a categorical's
    categories (the checked frame's: as first met) or first met, rows in the frame's order;
    one ``None`` (the whole frame, not copied) when it fits in one."""
    if len(frame) <= chunk_rows:
        yield None
        return
    column = frame["indicator"]
    if isinstance(column.dtype, pd.CategoricalDtype):  # the checked frame's: as they are
        codes, count = column.cat.codes.to_numpy(), len(column.cat.categories)
    else:
        codes, distinct = pd.factorize(column)  # in the order first met
        count = len(distinct)
    ends = np.cumsum(np.bincount(codes, minlength=count))
    order = np.argsort(codes, kind="stable")
    order = order.astype(_index_type(len(order)), copy=False)  # held while the chunks are
    del codes
    start = 0
    while start < len(order):
        # the first indicator's end at or past ``chunk_rows`` more rows
        stop = int(ends[min(np.searchsorted(ends, start + chunk_rows), len(ends) - 1)])
        yield np.sort(order[start:stop])
        start = stop


def _restated(frame: pd.DataFrame) -> np.ndarray:
    """Rows that restate a figure alike on another sheet (the 2020 sheet's 上年同期 beside the
    2019 sheet's own 1-5月), as a mask: one figure, not a duplicate, so kept once. Figures that
    disagree, or repeat on one sheet, stay for the duplicate check."""
    if not frame.duplicated(_KEY).any():
        return np.zeros(len(frame), dtype=bool)
    alike = frame.duplicated([*_KEY, "value"]) & ~frame.duplicated([*_KEY, "src"])
    return alike.to_numpy(dtype=bool)


# rows from which handing freed memory back pays: below, a trim (about 1 ms on a 100 MB heap)
# gains little, and a district's towns are validated one by one
TRIM_ROWS = 5_000


def release_freed_memory(rows: int) -> None:
    """Hand memory freed so far back to the system (glibc's ``malloc_trim``; nothing where
    there is none) after a step over ``rows`` rows, from ``TRIM_ROWS`` on. The C heap keeps
    freed arrays for reuse, scattered, so each step of a large file's checks would otherwise
    add its own peak on top of the last one's: a long CSV of 100,000 rows peaks some 6 MB
    lower with it, for a few milliseconds."""
    if rows < TRIM_ROWS:
        return
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.lru_cache(maxsize=1)
def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # another C library (musl has no malloc_trim)
        return None


def _sorted(handed: list[pd.DataFrame]) -> pd.DataFrame:
    """The checked rows (the one frame in ``handed``, taken out of it) as ``Actuals.frame``:
    sorted by indicator, basis, year and month (rows of one key in the order met), the names
    and bases as categoricals of their sorted texts. Sorted on one integer key made of the
    ranks, so no per-row strings are made on the way and one sort's arrays are held."""
    frame = handed.pop()
    names, name_codes = _ranked(frame["indicator"])
    bases, basis_codes = _ranked(frame["basis"])
    # the columns as arrays (views of the frame's blocks), each let go once it is taken: the
    # frame's text columns go with it, its values before its whole numbers are made
    taken = {c: frame[c].to_numpy() for c in ("year", "month", "value", "row")}
    del frame
    year = taken["year"]
    first = int(year.min()) if len(year) else 0
    span = int(year.max()) - first + 1 if len(year) else 1
    key = name_codes.astype(_index_type(len(names) * len(bases) * span * 13))
    key *= len(bases)
    key += basis_codes
    key *= span
    key += year - first
    key *= 13
    key += taken["month"]
    del year
    order = np.argsort(key, kind="stable")
    del key
    order = order.astype(_index_type(len(order)), copy=False)  # held while columns are taken
    # a code per row into the distinct texts, not a string: a wide workbook zips a value
    # into some 8 bytes, where a string column took 20 a row
    indicator = pd.Categorical.from_codes(
        name_codes[order], categories=pd.Index(names, dtype="str"), validate=False
    )
    del name_codes
    basis = pd.Categorical.from_codes(
        basis_codes[order], categories=pd.Index(bases, dtype="str"), validate=False
    )
    del basis_codes
    value = taken.pop("value").astype(np.float64, copy=False)[order]
    whole = {c: taken.pop(c)[order].astype(np.int32, copy=False) for c in ("year", "month", "row")}
    del order
    columns = {"indicator": indicator, "year": whole["year"], "month": whole["month"]}
    columns.update(value=value, basis=basis, row=whole["row"])
    return pd.DataFrame(columns, copy=False)


def _ranked(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """The distinct strings a column holds, in sorted order, and each row's position in them
    (a categorical's codes ranked once: its categories not met are left out)."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy()
        used = np.flatnonzero(np.bincount(codes, minlength=len(column.cat.categories)))
        distinct = column.cat.categories.to_numpy(dtype=object)[used]
    else:
        codes, distinct = pd.factorize(column.to_numpy(dtype=object))
        used = np.arange(len(distinct))
        distinct = np.asarray(distinct, dtype=object)
    order = np.argsort(distinct, kind="stable")
    small = np.int16 if len(order) < 2**15 else np.int32  # 2 bytes a row for a town's file
    rank = np.full(int(used.max()) + 1 if len(used) else 0, -1, dtype=small)
    rank[used[order]] = np.arange(len(order), dtype=small)
    return distinct[order], rank[codes]


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, float) and cell != cell) or str(cell).strip() == ""


def _categorical(codes: np.ndarray, names: list) -> pd.Categorical:
    """Rows' codes into ``names`` as a categorical (a None name is a blank)."""
    distinct = list(dict.fromkeys(n for n in names if n is not None))
    index = {n: k for k, n in enumerate(distinct)}
    remap = np.array([index[n] if n is not None else -1 for n in names] or [-1], dtype=np.int32)
    return pd.Categorical.from_codes(remap[codes], categories=pd.Index(distinct, dtype=object))


def _blank_unit(cell: object) -> bool:
    return cell is None or (not isinstance(cell, str) and bool(pd.isna(cell)))


def _codes(column: pd.Series) -> tuple[np.ndarray, list]:
    """Each cell's position in the list of the column's distinct values (blanks included). A
    categorical's codes keep their own small integers (1 or 2 bytes a row, not 4): read only."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy()
        uniques = list(column.cat.categories)
        if (codes < 0).any():
            wide = codes.dtype if len(uniques) < np.iinfo(codes.dtype).max else np.int32
            codes = np.where(codes < 0, len(uniques), codes).astype(wide)
            uniques.append(None)
        return codes, uniques
    values = column.to_numpy(dtype=object)
    codes, found = pd.factorize(values)
    codes, uniques = codes.astype(np.int32), list(found)
    blank = codes < 0
    if blank.any():  # None or NaN: kept as the first one written (reported as written)
        uniques.append(values[np.argmax(blank)])
        codes[blank] = len(uniques) - 1
    return codes, uniques


def _index_type(bound: int) -> type[np.signedinteger]:
    """int32 for keys and positions below ``bound`` where they fit (4 bytes a row; any town's
    file), else int64."""
    return np.int32 if bound < 2**31 else np.int64


def _distinct_codes(key: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Each of ``key``'s values (non-negative integers below ``size``) as a code 0…k-1 into
    its distinct values (returned, ascending). A table over the range where it is small next
    to the keys (pandas' factorize sizes its hash table by the keys: some 100 B a row)."""
    if size > 4 * len(key) + 4096:
        distinct, codes = np.unique(key, return_inverse=True)
        return codes.astype(np.int32).reshape(-1), distinct
    lookup = np.zeros(size, dtype=np.int32)
    lookup[key] = 1
    distinct = np.flatnonzero(lookup)
    lookup[distinct] = np.arange(len(distinct), dtype=np.int32)
    return lookup[key], distinct


def _first_positions(codes: np.ndarray, count: int) -> np.ndarray:
    """The first position of each code 0…count-1 in ``codes``."""
    _, first = np.unique(codes, return_index=True)
    return first if len(first) == count else np.zeros(count, dtype=np.intp)


def _unanchored(known: int, known_ytd: int, known_month: int, start: int) -> tuple[int, int] | None:
    """(the missing month, the first monthly figure that needs it) of one indicator's year, as
    bit masks of the months known (bit m: month m), or None. A monthly figure needs every month
    back to a cumulative figure (or to ``start``): 本月 beside its own 1-5月累计 needs none."""
    for m in range(start, 13):
        if not known_month >> m & 1 or known_ytd >> m & 1:
            continue
        below = known_ytd & ((1 << m) - 1)
        first = max(below.bit_length(), start)  # the month after the last cumulative figure
        for k in range(first, m):
            if not known >> k & 1:
                return k, m
    return None


_OK, _BLANK, _BAD, _UNKNOWN_UNIT = 0, 1, 2, 3
_KIND = {str: 0, float: 1, int: 1}


def _quick(text: str) -> float:
    """A plain number (what ``float`` reads, no ``_``, finite), else NaN: for these
    ``parse_quantity`` gives the same value, read at C speed."""
    try:
        value = float(text)
    except ValueError:
        return math.nan
    return value if abs(value) < math.inf and "_" not in text else math.nan


def _numbers(cells: pd.Series) -> tuple[np.ndarray, dict[int, str], np.ndarray, dict[int, str]]:
    """Every cell of a values column read as ``parse_quantity`` reads it: the numbers (NaN
    where none), the units written in cells (by position: few cells hold one), a code per cell
    (_OK, _BLANK, _BAD, _UNKNOWN_UNIT) and the text to report for the bad ones (by
    position)."""
    n = len(cells)
    unit: dict[int, str] = {}
    code = np.zeros(n, dtype=np.int8)
    texts: dict[int, str] = {}
    if pd.api.types.is_float_dtype(cells.dtype) or pd.api.types.is_integer_dtype(cells.dtype):
        number = cells.to_numpy(dtype=np.float64, na_value=np.nan, copy=True)
        code[np.isnan(number)] = _BLANK
        return number, unit, code, texts
    number = np.full(n, np.nan)
    values = cells.to_numpy(dtype=object)
    kind = np.fromiter((_KIND.get(type(c), 2) for c in values), dtype=np.int8, count=n)
    slow: list[np.ndarray] = [np.flatnonzero(kind == 2)]
    plain = np.flatnonzero(kind == 1)
    if len(plain):
        try:
            number[plain] = values[plain].astype(np.float64)
        except OverflowError:  # an integer too large for a float: cell by cell
            slow.append(plain)
        else:
            code[plain[np.isnan(number[plain])]] = _BLANK
    text = np.flatnonzero(kind == 0)
    if len(text):
        quick = np.fromiter(map(_quick, values[text]), dtype=np.float64, count=len(text))
        number[text] = quick
        slow.append(text[np.isnan(quick)])
    for pos in np.concatenate(slow) if len(slow) > 1 else slow[0]:
        cell = values[pos]
        try:
            q = parse_quantity(cell)
        except UnitError as e:
            code[pos], texts[int(pos)] = _UNKNOWN_UNIT, str(e)
            continue
        except (ValueError, OverflowError):
            code[pos], texts[int(pos)] = _BAD, str(cell)
            continue
        if q is None:
            code[pos] = _BLANK
            continue
        number[pos] = q.value
        if q.unit is not None:
            unit[int(pos)] = q.unit
    return number, unit, code, texts


def _unit_pair(unit: str, wanted: str) -> tuple[str, float, float]:
    """('' or the problem's code, factor from, factor to) for a value written in ``unit``
    that the indicator keeps in ``wanted`` ('' for an indicator without a unit yet: a bare
    万 or 亿 is then a unit not known)."""
    unit = resolve(unit, wanted)
    try:
        family(unit)
    except UnitError:
        return "unknown_unit", 1.0, 1.0
    if not wanted or unit == wanted:
        return "", 1.0, 1.0
    try:
        convert(1.0, unit, wanted)
    except UnitError:
        return "bad_unit", 1.0, 1.0
    return "", _FACTOR[unit], _FACTOR[wanted]


def _new_indicators(
    ids: list[str], rows: list[int], catalogue: Catalogue, source: str
) -> list[Problem]:
    """A warning for each name the catalogue lacks (it becomes a new indicator), with the
    catalogue's closest names as a suggestion; ``ids`` in the order first met, ``rows`` the
    row each was first met in."""
    if not len(catalogue):
        return []
    names = [n for i in catalogue.indicators for n in (i.name_zh, *i.aliases) if n]
    out = []
    suggested = 0
    for indicator, rownum in zip(ids, rows, strict=True):
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


def _take_units(
    frame: pd.DataFrame, catalogue: Catalogue, source: str
) -> tuple[Catalogue, list[Problem]]:
    """An indicator the catalogue lacks takes the unit it was written in, if it is only one
    family: its levels are converted to the first unit met (in place). Units of more than one
    family are a problem of that indicator."""
    no_unit = [i for i in catalogue if not catalogue[i].unit]
    levels = frame["basis"].isin(LEVEL_BASES) & frame["unit"].notna()
    written = levels & frame["indicator"].isin(no_unit)
    if not written.any():
        return catalogue, []
    first = frame.loc[written, ["indicator", "unit", "row"]].drop_duplicates(["indicator", "unit"])
    problems = []
    taken: dict[str, str] = {}
    for indicator, seen in first.groupby("indicator", sort=False):
        units = list(seen["unit"])
        if len({family(u) for u in units}) > 1:
            where, detail = int(seen["row"].max()), " / ".join(units)
            problems.append(Problem(source, where, "value", "mixed_units", "", detail, indicator))
            continue
        taken[indicator] = units[0]
    if taken:
        # one pass over the frame for all new indicators, on codes: a mask per indicator made
        # a file of thousands of new names quadratic (3,000 names × 18,000 rows: 10 s)
        name_codes, names = _codes(frame["indicator"])
        unit_codes, units = _codes(frame["unit"])
        unit_at = {u: k for k, u in enumerate(units)}
        wanted = np.array([unit_at.get(taken.get(i), -1) for i in names] or [-1], np.int32)
        wanted_of_row = wanted[name_codes]
        mask = written.to_numpy(dtype=bool) & (wanted_of_row >= 0) & (unit_codes != wanted_of_row)
        del name_codes
        if mask.any():
            factor = np.array([_FACTOR.get(u, np.nan) for u in units], dtype=np.float64)
            value = frame["value"].to_numpy()[mask] * factor[unit_codes[mask]]
            frame.loc[mask, "value"] = value / factor[wanted_of_row[mask]]
        catalogue = Catalogue(
            tuple(
                replace(i, unit=taken[i.id]) if i.id in taken else i for i in catalogue.indicators
            )
        )
    return catalogue, problems


def _check_series(
    frame: pd.DataFrame, catalogue: Catalogue, this_year: int
) -> tuple[list[Problem], list[Problem]]:
    """Problems that need more than one row (duplicates, a falling ytd where months cannot be
    negative, a month clashing with the ytd, a missing month in the file's last year), and
    warnings (a missing month in a past year: that year's later months are left out).

    Column by column: a file of a million rows is checked in seconds. ``frame`` has the
    columns indicator, year, month, value, basis, row and src (each row's file);
    ``this_year`` is the file's current year (its latest), whatever part of it is checked."""
    problems: list[Problem] = []
    warnings: list[Problem] = []
    dup = frame.duplicated(_KEY, keep="first")
    for r in frame[dup].itertuples():
        value, detail = f"{r.year}-{r.month:02d}", f" ({r.basis})"
        problems.append(Problem(r.src, r.row, "date", "duplicate", value, detail, r.indicator))
    if dup.any():
        frame = frame[~dup]
    if frame.empty:
        return problems, warnings
    is_level = frame["basis"].isin(LEVEL_BASES)
    levels = frame if is_level.all() else frame[is_level]  # no copy of a file of levels
    # problems of one (indicator, year) come together, in the order its first row was met
    group = levels.groupby(["indicator", "year"], sort=False).ngroup()
    found: list[tuple[int, int, int, Problem]] = []
    ytd = levels[levels["basis"] == "ytd"]
    flows = {i for i in catalogue if catalogue[i].allow_negative}
    falling = ytd[~ytd["indicator"].isin(flows).to_numpy(dtype=bool)]
    falling = falling.assign(g=group[falling.index]).sort_values(["g", "month"], kind="stable")
    before = falling.groupby("g", sort=False)["value"].shift()
    for r, b in zip(
        falling[falling["value"] < before].itertuples(),
        before[falling["value"] < before],
        strict=True,
    ):
        found.append(
            (
                r.g,
                0,
                r.month,
                Problem(
                    r.src, r.row, "value", "ytd_falls", f"{r.value:g}", f"({b:g})", r.indicator
                ),
            )
        )
    monthly = levels[levels["basis"] == "month"].assign(g=group[levels["basis"] == "month"])
    if monthly.empty:
        return problems + [p for *_, p in sorted(found, key=lambda t: t[:3])], warnings
    keys = ["indicator", "year", "month"]
    at = ytd[[*keys, "value"]].rename(columns={"value": "now"})
    prior = ytd[[*keys, "value"]].rename(columns={"value": "before"})
    prior = prior.assign(month=prior["month"] + 1)
    # a clash needs both kinds of rows: only indicators written both ways are joined
    both_ways = monthly[monthly["indicator"].isin(ytd["indicator"].unique()).to_numpy(dtype=bool)]
    both = both_ways.merge(at, on=keys, how="left").merge(prior, on=keys, how="left")
    both.index = both_ways.index
    before_m = both["before"].where(both["month"] != 1, 0.0)
    implied = both["now"] - before_m
    tol = 0.01 * np.maximum(np.maximum(implied.abs(), both["value"].abs()), 1e-9) + 1e-6
    clash = implied.notna() & ((implied - both["value"]).abs() > tol)
    for r, i in zip(both[clash].itertuples(), implied[clash], strict=True):
        found.append(
            (
                r.g,
                1,
                r.month,
                Problem(
                    r.src, r.row, "value", "month_clash", f"{r.value:g}", f"{i:g}", r.indicator
                ),
            )
        )
    # a gap: a month missing before a reported month (1-2月 reported together counts for 1)
    bit = np.left_shift(1, levels["month"].to_numpy(dtype=np.int64))
    masks = (
        pd.DataFrame(
            {
                "g": group.to_numpy(),
                "ytd": np.where((levels["basis"] == "ytd").to_numpy(dtype=bool), bit, 0),
                "month": np.where((levels["basis"] == "month").to_numpy(dtype=bool), bit, 0),
            }
        )
        .groupby("g")
        .sum()
    )
    first_year = levels.groupby("indicator")["year"].min()
    heads = levels.assign(g=group).drop_duplicates("g").set_index("g")
    year_of = heads["year"].to_dict()
    start_of = heads["indicator"].map(first_year).to_dict()
    gaps: dict[tuple[int, int], tuple[int, int]] = {}
    for g, known_ytd, known_month in masks[masks["month"] > 0].itertuples():
        known = known_ytd | known_month | (2 if known_ytd & 4 else 0)
        year = int(year_of[g])
        # this year's months are needed from January even in a series' first year: without
        # them its year to date is not known (a 当月 sheet of 4月, 5月 only)
        start = 1 if year > start_of[g] or year == this_year else (known & -known).bit_length() - 1
        found_gap = _unanchored(int(known), int(known_ytd), int(known_month), start)
        if found_gap is not None:
            gaps[(g, found_gap[1])] = (year, found_gap[0])
    past: list[tuple[int, Problem]] = []
    if gaps:
        where = pd.MultiIndex.from_arrays([monthly["g"], monthly["month"]]).isin(list(gaps))
        for r in monthly[where].itertuples():
            year, gap = gaps[(r.g, r.month)]
            code = "missing_month" if year == this_year else "history_gap"
            p = Problem(r.src, r.row, "date", code, f"{year}-{gap:02d}", "", r.indicator)
            if code == "missing_month":
                found.append((r.g, 2, r.month, p))
            else:
                past.append((r.g, p))
    problems.extend(p for *_, p in sorted(found, key=lambda t: t[:3]))
    warnings.extend(p for _, p in sorted(past, key=lambda t: t[0]))
    return problems, warnings
