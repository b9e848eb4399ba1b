"""Any actuals or targets file as sheets of cells, whatever its format.

The format is told by the bytes, not the name: a zip is a workbook (.xlsx/.xlsm, read with
openpyxl, which keeps number formats and formulas), an OLE file is an old .xls (calamine), and
anything else is CSV text (UTF-8 with or without a BOM, UTF-16 with a BOM or without, else
GB18030, which Excel on Chinese Windows writes). Row numbers are those the user's program
shows: blank lines and title rows count.

A percent-formatted number comes as :class:`Percent` (Excel stores 13.3% as 0.133), a
formula with no saved result as :class:`Formula`. File-format libraries are imported inside
the functions that need them.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from forecast.errors import DataError, Problem

__all__ = [
    "MAX_BYTES",
    "MAX_ROWS",
    "Formula",
    "Percent",
    "Sheet",
    "decode_text",
    "read_sheets",
]

MAX_BYTES = 100_000_000  # a town's or a district's file is far smaller; options raise both
MAX_ROWS = 2_000_000
_ZIP, _OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class Percent:
    """A cell formatted as a percentage: ``value`` in % (0.133 shown as 13.3% is 13.3)."""

    value: float


@dataclass(frozen=True)
class Formula:
    """A formula whose result was never saved (the file was written by a program, not Excel);
    ``address`` is the cell (``C5``)."""

    text: str
    address: str


Row = tuple[int, tuple[object, ...]]


@dataclass(frozen=True)
class Sheet:
    """A sheet's name ('' for CSV) and its rows as (row number, cells), blank rows left out
    (a tuple, or for CSV text :class:`CsvRows`, read again each time they are walked)."""

    name: str
    rows: Sequence[Row]
    formats: bool = True  # False where number formats are unknown (.xls: no percent cells)


class WalkedRows(Sequence):
    """Rows read each time they are walked: a file of a million rows is never held as a
    million tuples of cells (a reader keeps what it needs as it goes). Indexing and slicing
    walk from the top; an open-ended slice is an iterable walked afresh each time."""

    def __iter__(self) -> Iterator[Row]:
        raise NotImplementedError

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:
        return next(iter(self), None) is not None

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, slice):
            start, stop, step = key.start or 0, key.stop, key.step or 1
            if start < 0 or (stop is not None and stop < 0) or step != 1:
                return tuple(self)[key]
            rows = itertools.islice(iter(self), start, stop)
            return tuple(rows) if stop is not None else _Walk(self, start)
        if key < 0:
            return tuple(self)[key]
        found = next(itertools.islice(iter(self), key, None), None)
        if found is None:
            raise IndexError(key)
        return found


class CsvRows(WalkedRows):
    """The rows of CSV text, parsed as they are walked (the cells are all text)."""

    def __init__(self, text: str) -> None:
        self._text = text

    def __iter__(self) -> Iterator[Row]:
        return _csv_rows(self._text)


class _CalamineRows(WalkedRows):
    """The rows of a sheet read by calamine (held in its compact form), numbered from 1."""

    def __init__(self, sheet) -> None:
        self._sheet = sheet

    def __iter__(self) -> Iterator[Row]:
        for i, r in enumerate(self._sheet.iter_rows()):
            if any(_filled(c) for c in r):
                yield i + 1, tuple(None if c == "" else c for c in r)


class _Walk(Iterable):
    """``rows[k:]`` of :class:`WalkedRows`: walked afresh each time it is iterated."""

    def __init__(self, rows: WalkedRows, start: int) -> None:
        self._rows, self._start = rows, start

    def __iter__(self) -> Iterator[Row]:
        return itertools.islice(iter(self._rows), self._start, None)


def read_sheets(
    data: bytes, label: str, max_bytes: int = MAX_BYTES, max_rows: int = MAX_ROWS
) -> list[Sheet]:
    """Every sheet of ``data``; raises DataError (whole file) for a file that cannot be read,
    or one over the limits (checked before reading it)."""
    if len(data) > max_bytes:
        raise DataError([Problem(label, None, None, "too_large", _mb(len(data)), _mb(max_bytes))])
    try:
        if data.startswith(_ZIP):
            return _xlsx(data, label, max_rows)
        if data.startswith(_OLE):
            return _xls(data, label, max_rows)
        text = decode_text(data)
    except DataError:
        raise
    except Exception as e:  # a parser's failure is the user's file, said in one line
        detail = f"{type(e).__name__}: {e}"[:300]
        raise DataError([Problem(label, None, None, "unreadable", detail=detail)]) from e
    if text is None:
        raise DataError([Problem(label, None, None, "unreadable", detail="not text")])
    lines = text.count("\n") + 1
    if lines > max_rows:
        raise DataError([Problem(label, None, None, "too_many_rows", str(lines), str(max_rows))])
    return [Sheet("", CsvRows(text))]


def _mb(n: int) -> str:
    return f"{n / 1e6:,.0f} MB" if n >= 1e6 else f"{n:,} B"


def decode_text(data: bytes) -> str | None:
    """CSV bytes as text, or None for bytes that are no text in any encoding planners use."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    head = data[:4000]
    if head and head.count(0) > len(head) // 4:  # UTF-16 without a BOM: every other byte 0
        odd_zeros = head[1::2].count(0) >= head[0::2].count(0)
        try:
            return data.decode("utf-16-le" if odd_zeros else "utf-16-be")
        except UnicodeDecodeError:
            return None
    if b"\x00" in head:
        return None
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _csv_rows(text: str) -> Iterator[tuple[int, tuple[object, ...]]]:
    """Rows of CSV text (comma, tab or semicolon: the most frequent in the first lines),
    numbered as an editor numbers lines (a quoted line break stays in its row)."""
    head = text[:20000].split("\n")[:20]
    counts = {d: sum(line.count(d) for line in head) for d in (",", "\t", ";")}
    delimiter = max(counts, key=lambda d: (counts[d], d == ","))
    reader = csv.reader(_lines(text), delimiter=delimiter)
    line = 1
    try:
        for cells in reader:
            number, line = line, reader.line_num + 1
            if any(c.strip() for c in cells):
                yield number, tuple(c for c in cells)
    except csv.Error as e:
        raise DataError([Problem("", line, None, "unreadable", detail=str(e))]) from e


def _lines(text: str) -> Iterable[str]:
    """The lines of ``text`` with their ends, one at a time (``io.StringIO`` would hold the
    text again at four bytes a character). A bare ``\\r`` ends a line too (old Mac files)."""
    if text.count("\r") != text.count("\r\n"):
        yield from io.StringIO(text, newline="")
        return
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start : end + 1]
        start = end + 1


def _xlsx(data: bytes, label: str, max_rows: int) -> list[Sheet]:
    """A workbook: a plain one (no formulas, no percent formats, no indents) through calamine,
    ten times faster than openpyxl on a million rows; any other through openpyxl, which keeps
    number formats, indents and formulas."""
    has_formulas = _has_formulas(data)
    if not has_formulas and not _styled(data):
        return _calamine(data, label, max_rows, formats=True)
    import openpyxl

    values = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    formulas = None
    if has_formulas:
        formulas = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    sheets = []
    try:
        for ws in values.worksheets:
            if (ws.max_row or 0) > max_rows:
                found = str(ws.max_row)
                raise DataError([Problem(label, None, None, "too_many_rows", found, str(max_rows))])
            raw = formulas[ws.title].iter_rows() if formulas is not None else None
            sheets.append(Sheet(ws.title, tuple(_xlsx_rows(ws.iter_rows(), raw))))
    finally:
        values.close()
        if formulas is not None:
            formulas.close()
    return sheets


def _styled(data: bytes) -> bool:
    """True if the workbook's styles hold a percent format or an indent (then openpyxl reads
    it, to see them)."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        try:
            styles = z.read("xl/styles.xml")
        except KeyError:
            return False
    return bool(re.search(rb'numFmtId="(?:9|10)"|formatCode="[^"]*%|indent="[1-9]', styles))


def _has_formulas(data: bytes) -> bool:
    """True if any worksheet holds a formula (``<f>``), so the second pass is needed."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return any(
            re.search(rb"<(?:\w+:)?f[ >]", z.read(n))
            for n in z.namelist()
            if n.startswith("xl/worksheets/") and n.endswith(".xml")
        )


def _xlsx_rows(rows, raw) -> Iterator[tuple[int, tuple[object, ...]]]:
    raw_rows = iter(raw) if raw is not None else None
    for row in rows:
        formula_row = next(raw_rows, None) if raw_rows is not None else None
        cells: list[object] = []
        number = None
        for pos, cell in enumerate(row):
            number = number or getattr(cell, "row", None)
            value = getattr(cell, "value", None)
            if value is None and formula_row is not None and pos < len(formula_row):
                text = getattr(formula_row[pos], "value", None)
                if isinstance(text, str) and text.startswith("="):
                    value = Formula(text, f"{formula_row[pos].column_letter}{cell.row}")
            elif _is_number(value) and "%" in str(getattr(cell, "number_format", "") or ""):
                value = Percent(float(value) * 100)
            elif isinstance(value, str) and value and _indent(cell):
                # Excel's alignment indent reads as the full-width spaces planners type
                value = "\u3000" * _indent(cell) + value
            cells.append(value)
        if number is not None and any(_filled(c) for c in cells):
            yield number, tuple(cells)


def _indent(cell: object) -> int:
    """The alignment indent of an openpyxl cell (0 where it has none)."""
    try:
        return int(getattr(cell.alignment, "indent", 0) or 0)  # type: ignore[attr-defined]
    except (AttributeError, TypeError, ValueError):
        return 0


def _is_number(cell: object) -> bool:
    return isinstance(cell, (int, float)) and not isinstance(cell, bool)


def _filled(cell: object) -> bool:
    return cell is not None and not (isinstance(cell, str) and not cell.strip())


def _xls(data: bytes, label: str, max_rows: int) -> list[Sheet]:
    """An old .xls: calamine gives values without number formats (``Sheet.formats`` False:
    the layout decides what a percent cell was, see ``file_readers.layout``)."""
    return _calamine(data, label, max_rows, formats=False)


def _calamine(data: bytes, label: str, max_rows: int, formats: bool) -> list[Sheet]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    sheets = []
    for name in book.sheet_names:
        sheet = book.get_sheet_by_name(name)
        height = sheet.end[0] + 1 if sheet.end else 0
        if height > max_rows:
            raise DataError(
                [Problem(label, None, None, "too_many_rows", str(height), str(max_rows))]
            )
        sheets.append(Sheet(name, _CalamineRows(sheet), formats))
    return sheets
