"""Reading the user's files (CSV, XLSX): the only place in forecast/ that touches files.

Files are only read, never written back. Every reader returns validated objects or raises
DataError naming the file, row and column of every problem.
"""

from __future__ import annotations

import contextlib
import difflib
import io
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from importlib.resources import files
from pathlib import Path

import pandas as pd

from file_readers.layout import Lines, Understood, lay_out, towns_without_figures
from file_readers.sheets import MAX_BYTES, MAX_ROWS, Formula, Percent, read_sheets
from forecast.actuals import Actuals, release_freed_memory, validate_actuals
from forecast.catalogue import Catalogue, Indicator
from forecast.district.model import District, build_district
from forecast.errors import WARNING_CODES, DataError, Problem
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


def read_catalogue(path: str | Path | bytes = CATALOGUE, name: str | None = None) -> Catalogue:
    """The indicator catalogue.

    Columns: id, name_zh, name_en, unit, group, higher_is_better, parent (allow_negative,
    aliases: other names separated by ``|``).
    """
    columns, rows, label = _table_rows(path, name)
    if "id" not in columns:
        raise DataError([Problem(label, None, None, "missing_column", detail="id")])
    truthy = {"1", "true", "yes", "是", "y"}
    out = []
    for _, r in rows:
        if not r.get("id"):
            continue
        out.append(
            Indicator(
                id=r["id"],
                name_zh=r.get("name_zh") or r["id"],
                name_en=r.get("name_en") or r["id"],
                unit=r.get("unit", ""),
                group=r.get("group", ""),
                higher_is_better=r.get("higher_is_better", "1").lower() in truthy,
                parent=r.get("parent") or None,
                allow_negative=r.get("allow_negative", "0").lower() in truthy,
                aliases=tuple(a.strip() for a in r.get("aliases", "").split("|") if a.strip()),
            )
        )
    return Catalogue(tuple(out))


def read_aliases(
    source: str | Path | bytes, catalogue: Catalogue, name: str | None = None
) -> Catalogue:
    """``catalogue`` with a user's own names for its indicators: a file with the columns
    ``alias`` and ``indicator`` (an id, name or alias the catalogue knows). A name it does not
    know is an error suggesting close names."""
    columns, rows, label = _table_rows(source, name)
    if not {"alias", "indicator"} <= set(columns):
        raise DataError([Problem(label, None, None, "missing_column", detail="alias, indicator")])
    extra: dict[str, list[str]] = {}
    problems = []
    for number, r in rows:
        if not r.get("alias") and not r.get("indicator"):
            continue
        found = catalogue.lookup(r.get("indicator", ""))
        if found is None:
            close = "|".join(
                difflib.get_close_matches(r.get("indicator", ""), _names(catalogue), 3, 0.5)
            )
            problems.append(
                Problem(
                    label, number, "indicator", "unknown_indicator", r.get("indicator", ""), close
                )
            )
            continue
        extra.setdefault(found.id, []).append(r.get("alias", ""))
    if problems:
        raise DataError(problems)
    return catalogue.with_aliases(extra)


def _names(catalogue: Catalogue) -> list[str]:
    return [n for i in catalogue.indicators for n in (i.id, i.name_zh, *i.aliases) if n]


def _table_rows(
    source: str | Path | bytes, name: str | None
) -> tuple[list[str], list[tuple[int, dict[str, str]]], str]:
    """A small table (first sheet, first row the header): its columns, its rows as
    (row number, {column: text}), and the name to report it by."""
    data, label = _file_bytes(source, name, MAX_BYTES)
    sheets = [s for s in read_sheets(data, label) if s.rows]
    if not sheets:
        return [], [], label
    (_, header), *body = sheets[0].rows
    keys = [_key(c) for c in header]
    rows = [
        (n, {k: str(_plain(c)).strip() for k, c in zip(keys, cells, strict=False) if k})
        for n, cells in body
    ]
    return keys, rows, label


def read_actuals(
    source: str | Path | bytes,
    catalogue: Catalogue | None = None,
    name: str | None = None,
    as_of: tuple[int, int] | None = None,
    sheet: str | int | None = None,
    year: int | None = None,
    basis: str | None = None,
    max_bytes: int = MAX_BYTES,
    max_rows: int = MAX_ROWS,
) -> Actuals:
    """Actuals from a long table (indicator, date, value, basis) or planners' wide sheets.

    Every sheet of a workbook is read (``sheet`` picks one); see ``file_readers.layout`` for
    what a wide sheet may hold. ``year`` and ``basis`` ('ytd' or 'month') are used where
    neither the headers, the sheet name nor the title rows say them. Files over ``max_bytes``
    or ``max_rows`` are refused before they are read. An indicator with a problem of its own is
    left out (``Actuals.dropped``); a whole-file problem raises DataError.
    """
    found = inspect_actuals(source, catalogue, name, as_of, sheet, year, basis, max_bytes, max_rows)
    if found.district is not None:  # many towns: read_district (the 区县 page, project) reads them
        towns = "、".join(found.towns)
        raise DataError([Problem(found.label, None, "entity", "district_file", towns)])
    if found.actuals is None:
        raise DataError(found.problems)
    return found.actuals


@dataclass(frozen=True)
class Inspection:
    """What a file was understood to hold: how each row was read (``understood``), and the
    actuals (None where a whole-file problem stops them, listed in ``problems``). A district's
    wide sheets (a 单位名称/乡镇 column, a sheet per town) give ``district`` instead of
    ``actuals``: every town validated on its own, ``towns`` the ones found."""

    label: str
    sheets: tuple[str, ...]
    understood: Lines | tuple[Understood, ...]  # kept as codes: made into lines as read
    actuals: Actuals | None
    problems: tuple[Problem, ...] = ()
    district: District | None = None

    @property
    def towns(self) -> tuple[str, ...]:
        """The towns found in the file, as first met in a wide sheet (sorted for a long table
        with an entity column; empty for one town's file)."""
        found = tuple(dict.fromkeys(u.entity for u in self.understood if u.entity))
        if found or self.district is None:
            return found
        return tuple(sorted({*self.district.towns, *self.district.dropped}))


def inspect_actuals(
    source: str | Path | bytes,
    catalogue: Catalogue | None = None,
    name: str | None = None,
    as_of: tuple[int, int] | None = None,
    sheet: str | int | None = None,
    year: int | None = None,
    basis: str | None = None,
    max_bytes: int = MAX_BYTES,
    max_rows: int = MAX_ROWS,
) -> Inspection:
    """Read an actuals file as ``read_actuals`` does, keeping how every row was understood."""
    catalogue = catalogue if catalogue is not None else read_catalogue()
    try:
        data, label = _file_bytes(source, name, max_bytes)
        sheets = read_sheets(data, label, max_bytes, max_rows)
    except DataError as e:
        return Inspection(name or str(source), (), (), None, tuple(e.problems))
    if sheet is not None:
        sheets = [
            s for i, s in enumerate(sheets) if sheet in (s.name, i) and not isinstance(sheet, bool)
        ]
    headed = _long_headers(sheets, label)  # 数值 for value …: problems name the file's words
    try:  # CSV rows are parsed as the layout walks them: a broken row is found there
        layout = lay_out(sheets, catalogue, label, year, basis)
    except DataError as e:
        found = tuple(replace(p, file=p.file or label) for p in e.problems)
        return Inspection(label, tuple(s.name for s in sheets), (), None, found)
    names = tuple(s.name for s in sheets)
    del sheets, data  # the cells are in the layout's records now
    release_freed_memory(len(layout.records))
    stop = [p for p in layout.problems if p.indicator is None and p.code not in WARNING_CODES]
    if not stop and not len(layout.records):
        stop = [Problem(label, None, None, "empty")]
    if stop:  # with the warnings (a skipped sheet may be why nothing was found)
        shown = [p for p in layout.problems if p.indicator is None and p not in stop] + stop
        return Inspection(label, names, layout.understood, None, _as_headed(shown, headed))
    silent = towns_without_figures(layout, label)
    # the records are emptied into the frame, which is handed on in a list popped in the call:
    # no reference stays here, so validate_actuals frees it once its rows are checked
    raw = [layout.records.frame()]
    release_freed_memory(len(raw[0]))
    if "entity" in raw[0].columns:  # a district's wide sheets: each town on its own
        try:
            district = build_district(
                raw.pop(),
                catalogue,
                label,
                limit=as_of or _this_month(),
                found=[*layout.problems, *silent],
            )
        except DataError as e:
            return Inspection(label, names, layout.understood, None, tuple(e.problems))
        return Inspection(label, names, layout.understood, None, (), district)
    try:
        with _system_arrow_memory():
            actuals = validate_actuals(
                raw.pop(),
                catalogue,
                label,
                as_of or _this_month(),  # nothing can be reported for a month not yet ended
                row_column="_row",
                found=layout.problems,
            )
    except DataError as e:
        found = _as_headed(e.problems, headed)
        return Inspection(label, names, layout.understood, None, found)
    if headed:
        dropped, warned = _as_headed(actuals.dropped, headed), _as_headed(actuals.warnings, headed)
        actuals = replace(actuals, dropped=dropped, warnings=warned)
    return Inspection(label, names, layout.understood, actuals, ())


def _long_headers(sheets: list, label: str) -> dict[tuple[str, str], str]:
    """(file label, column) -> the header as the file writes it, for long tables headed in
    other words than indicator | date | value | basis (指标名称 | 时间 | 数值 | 口径)."""
    from file_readers.layout import _find_header, _key
    from file_readers.long_words import long_header

    named = len([s for s in sheets if s.rows]) > 1
    out: dict[tuple[str, str], str] = {}
    for sheet in sheets:
        found = _find_header(sheet)
        if found is None or found[0] != "long":
            continue
        file = f"{label}:{sheet.name}" if named else label
        for cell in sheet.rows[found[1]][1]:
            written = "" if cell is None else str(cell).strip()
            column = long_header(_key(cell))
            if written and column != _key(cell):
                out.setdefault((file, column), written)
    return out


def _as_headed(problems, headed: dict[tuple[str, str], str]) -> tuple:
    """``problems`` with each column named as its file heads it."""
    return tuple(
        replace(p, column=headed[(p.file, p.column)]) if (p.file, p.column) in headed else p
        for p in problems
    )


@contextlib.contextmanager
def _system_arrow_memory() -> Iterator[None]:
    """Arrow buffers made meanwhile (the checked frame's names and bases as text) taken from
    the C library's allocator, which ``release_freed_memory`` trims, instead of Arrow's own
    (mimalloc), which takes pages of its own for them: some 2 MB more at the peak of reading
    a long CSV of 10,000 rows, 4 MB at 100,000 (bench.readers)."""
    try:
        import pyarrow as pa
    except ImportError:  # pandas without Arrow: its text is Python objects
        yield
        return
    before = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(before)


def _file_bytes(source: str | Path | bytes, name: str | None, max_bytes: int) -> tuple[bytes, str]:
    """The bytes of an upload or a file, and the name to report it by; a missing file, a
    folder or one over ``max_bytes`` (checked before reading) is a whole-file problem."""
    if isinstance(source, bytes):
        return source, name or "upload"
    path = Path(source)
    label = name or str(source)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise IsADirectoryError(21, "is a folder")
        if size > max_bytes:
            raise DataError(
                [
                    Problem(
                        label,
                        None,
                        None,
                        "too_large",
                        f"{size / 1e6:,.0f} MB",
                        f"{max_bytes / 1e6:,.0f} MB",
                    )
                ]
            )
        return path.read_bytes(), label
    except FileNotFoundError as e:
        raise DataError([Problem(label, None, None, "no_file")]) from e
    except OSError as e:  # worded by its kind (unreadable_<code>); the system's text kept for logs
        kind = {IsADirectoryError: "is_folder", PermissionError: "no_access"}.get(type(e), "")
        problem = Problem(label, None, None, "unreadable", e.strerror or "", kind or "damaged")
        raise DataError([problem]) from e


def _this_month() -> tuple[int, int]:
    today = date.today()
    return today.year, today.month


def read_targets(
    source: str | Path | bytes,
    catalogue: Catalogue | None = None,
    name: str | None = None,
    max_bytes: int = MAX_BYTES,
    max_rows: int = MAX_ROWS,
) -> dict[tuple[str, int], Target]:
    """Targets keyed by (indicator, year); see forecast.targets.validate_targets. Title rows
    above the header are skipped; row numbers are the file's own."""
    catalogue = catalogue if catalogue is not None else read_catalogue()
    data, label = _file_bytes(source, name, max_bytes)
    sheets = [s for s in read_sheets(data, label, max_bytes, max_rows) if s.rows]
    if not sheets:
        raise DataError([Problem(label, None, None, "empty")])
    rows = sheets[0].rows
    at = next(
        (
            i
            for i, (_, cells) in enumerate(rows[:30])
            if "indicator" in {_target_column(c) for c in cells}
        ),
        0,
    )
    header = [_target_column(c) or f"_{i}" for i, c in enumerate(rows[at][1])]
    width = len(header)
    kept = [(n, cells) for n, cells in rows[at + 1 :] if not _no_target(cells, header)]
    body = [
        tuple(_plain(c) for c in cells[:width]) + ("",) * (width - len(cells)) for _, cells in kept
    ]
    frame = pd.DataFrame(body, columns=header, dtype=object)
    if frame.empty:
        raise DataError([Problem(label, None, None, "empty")])
    try:
        return validate_targets(frame, catalogue, label, [n for n, _ in kept])
    except DataError as e:  # name each column as the file heads it (指标, not indicator)
        written = {
            _target_column(c): str(c).strip()
            for c in rows[at][1]
            if c is not None and str(c).strip()
        }
        e.problems = [
            replace(p, column=written.get(p.column, p.column)) if p.column else p
            for p in e.problems
        ]
        raise


def _key(cell: object) -> str:
    return "" if cell is None else str(cell).strip().lower()


# a targets file's columns as planners head them in Chinese
_TARGET_HEADERS = {
    **dict.fromkeys(("指标", "指标名称", "名称", "项目", "项目名称"), "indicator"),
    **dict.fromkeys(("年份", "年度", "年"), "year"),
    **dict.fromkeys(("类型", "目标类型", "全年目标类型"), "kind"),
    **dict.fromkeys(("目标值", "目标", "全年目标", "年度目标", "数值"), "value"),
    **dict.fromkeys(("半年目标类型", "上半年目标类型"), "half_kind"),
    **dict.fromkeys(("半年目标", "上半年目标", "半年目标值", "上半年目标值"), "half_value"),
}


_TOTALS = {"合计", "总计", "小计"}


def _no_target(cells: tuple, header: list[str]) -> bool:
    """True for a row that sets no target: a note or title in its first cell alone (注：…),
    or a 合计 line without a year (a sum of unlike indicators)."""
    filled = [c for c in cells if c is not None and str(c).strip()]
    if len(filled) == 1 and cells and cells[0] is filled[0]:
        return True
    at = {name: i for i, name in enumerate(header)}
    name = cells[at["indicator"]] if at.get("indicator", len(cells)) < len(cells) else None
    year = cells[at["year"]] if at.get("year", len(cells)) < len(cells) else None
    blank_year = year is None or not str(year).strip()
    return blank_year and name is not None and "".join(str(name).split()) in _TOTALS


def _target_column(cell: object) -> str:
    """The targets column a header cell names (``indicator`` for 指标名称 …), else its key."""
    key = _key(cell)
    return _TARGET_HEADERS.get("".join(key.split()), key)


def _plain(cell: object) -> object:
    """A cell as validation reads it: a percent cell with its %, a formula without a result as
    its text (then refused as a number), blanks as ''."""
    if isinstance(cell, Percent):
        return f"{cell.value:.12g}%"
    if isinstance(cell, Formula):
        return f"{cell.address} {cell.text}"
    return "" if cell is None else cell
