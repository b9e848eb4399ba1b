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
import dataclasses
import io
import itertools
import re
import sys
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
    hidden: bool = False  # hidden in the workbook (an old version, a scratch sheet)


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
            return _with_hidden(_xlsx(data, label, max_rows), data)
        if data.startswith(_OLE):
            return _xls(data, label, max_rows)
        text = decode_text(data)
    except DataError:
        raise
    except Exception as e:  # a parser's failure is the user's file, said in one line
        said = f"{type(e).__name__}: {e}"[:300]  # kept for logs; the words say what it is
        problem = Problem(label, None, None, "unreadable", said, _what_it_is(data))
        raise DataError([problem]) from e
    if text is None:
        raise DataError([Problem(label, None, None, "unreadable", detail="not_text")])
    lines = text.count("\n") + 1
    if lines > max_rows:
        raise DataError([Problem(label, None, None, "too_many_rows", str(lines), str(max_rows))])
    return [Sheet("", CsvRows(text))]


def _with_hidden(sheets: list[Sheet], data: bytes) -> list[Sheet]:
    """An .xlsx's ``sheets`` with those the workbook hides marked ``hidden``, from its
    workbook.xml (``state="hidden"``/``"veryHidden"``; the sheets' XML is not read again),
    whichever reader read them (an .xls's are marked by ``_calamine``, which has its book
    open). A workbook whose list cannot be read is taken as showing every sheet."""
    try:
        import xml.etree.ElementTree as ET
        import zipfile

        with zipfile.ZipFile(io.BytesIO(data)) as z:
            book = ET.fromstring(z.read("xl/workbook.xml"))
        hidden = {
            s.get("name", "")
            for s in book.iter(f"{_MAIN}sheet")
            if s.get("state", "visible") != "visible"
        }
    except Exception:  # the sheets were read: their visibility is no reason to refuse them
        return sheets
    return [dataclasses.replace(s, hidden=True) if s.name in hidden else s for s in sheets]


def _what_it_is(data: bytes) -> str:
    """Why a zip or compound file is no workbook, as a code presentation words
    (``unreadable_<code>``): a Word document, a password-protected (encrypted) file, another
    zip archive; else ``damaged``."""
    head = data[:1_000_000]
    if data.startswith(_OLE):
        if b"EncryptedPackage" in head or "EncryptedPackage".encode("utf-16-le") in head:
            return "encrypted"  # Office keeps a password-protected .xlsx in a compound file
        if b"WordDocument" in head or "WordDocument".encode("utf-16-le") in head:
            return "word"
        return "damaged"
    if data.startswith(_ZIP):
        if b"word/document.xml" in head:
            return "word"
        if b"xl/workbook.xml" not in head and b"xl/workbook.bin" not in head:
            return "not_workbook"
    return "damaged"


def _mb(n: int) -> str:
    return f"{n / 1e6:,.0f} MB" if n >= 1e6 else f"{n:,} B"


def decode_text(data: bytes) -> str | None:
    """CSV bytes as text, or None for bytes that are no text in any encoding planners use."""
    if data.startswith(b"\xef\xbb\xbf"):  # a BOM claims UTF-8: GB18030 behind it is seen too
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    head = data[:4000]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    # UTF-16 without a BOM: every other byte 0 (ASCII), or a few zeros all on one side (a
    # text mostly in Chinese, its digits and commas the only characters with a zero byte)
    one_side = (
        len(data) % 2 == 0 and min(even, odd) == 0 and max(even, odd) >= max(4, len(head) // 50)
    )
    if head and (head.count(0) > len(head) // 4 or one_side):
        odd_zeros = odd >= even
        try:
            return data.decode("utf-16-le" if odd_zeros else "utf-16-be")
        except UnicodeDecodeError:
            return None
    if head.count(0) > max(2, len(head) // 100):  # a NUL or two is a bad cell; more: no text
        return None
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    # UTF-8 but for a stray byte or two (a Latin-1 é pasted into a note): the bytes that are
    # no UTF-8 become U+FFFD, which no number or name of the catalogue holds, so a cell they
    # touch is refused or a new name, never a figure changed; many of them: not UTF-8 at all
    text = data.decode("utf-8", errors="replace")
    return text if text.count("\ufffd") <= max(2, len(data) // 10_000) else None


def _csv_rows(text: str) -> Iterator[tuple[int, tuple[object, ...]]]:
    """Rows of CSV text (comma, tab, semicolon or ``|``: the most frequent in the first
    lines), numbered as an editor numbers lines (a quoted line break stays in its row)."""
    head = text[:20000].split("\n")[:20]
    counts = {d: sum(line.count(d) for line in head) for d in (",", "\t", ";", "|")}
    delimiter = max(counts, key=lambda d: (counts[d], d == ","))
    reader = csv.reader(_lines(text), delimiter=delimiter)
    line = 1
    as_text = '="' in text  # ="2020-01": Excel's way to keep a cell text in a CSV
    try:
        for cells in reader:
            number, line = line, reader.line_num + 1
            if any(c.strip() for c in cells):
                yield number, tuple(_excel_text(c) for c in cells) if as_text else tuple(cells)
    except csv.Error as e:  # a quote or separator that does not pair up on that line
        raise DataError([Problem("", line, None, "unreadable", detail="bad_csv")]) from e


def _excel_text(cell: str) -> str:
    """The text of a cell written ``="…"`` (Excel's text formula, kept as text), else the
    cell."""
    if cell[:2] == '="' and cell[-1:] == '"' and len(cell) >= 3:
        return cell[2:-1].replace('""', '"')
    return cell


# a cell may be as long as a file may be (a note of a million characters is a note): the
# csv module's default of 131,072 characters stopped such a file with its own words
csv.field_size_limit(2**31 - 1)


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
    surveys = _surveys(data)
    has_formulas = any(found.formulas for found in surveys.values())
    if not has_formulas and not _styled(data):
        streamed = _streamed(data, label, max_rows, surveys)
        if streamed is not None:
            return streamed
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


_CHUNK = 1 << 16  # a worksheet's XML is read this many bytes at a time
# a cell as the streamed reader reads it (the survey checked every cell is written so):
# <c r="B2" [s="1"] [t="s|n|b|e|inlineStr"]>, empty or holding one <v> or one <is> (one text,
# or runs of text with their formats); groups: column, row, type, value, inline text, runs
_CELL_TEXT = (
    r'<c r="([A-Z]{1,3})([0-9]+)"(?: s="[0-9]+")?(?: t="(s|n|b|e|inlineStr)")?'
    r"(?:/>|>(?:</c>|<v>([^<]*)</v></c>|<is><t>([^<]*)</t></is></c>|<is>(.*?)</is></c>))"
)
_CELL = re.compile(_CELL_TEXT, re.S)
_TEXT = re.compile(r"<t(?: [^>]*)?>([^<]*)</t>")
# what the streamed reader does not read as calamine would (then calamine reads the workbook):
# a cell written otherwise than _CELL reads it, and (found by plain search, quicker than a
# pattern) carriage returns, CDATA or comments, escapes of characters (_x000D_)
_ODD_CELL = re.compile(
    rb'<c (?!r="[A-Z]{1,3}[0-9]+"(?: s="[0-9]+")?(?: t="(?:s|n|b|e|inlineStr)")?'
    rb"(?:/>|>(?:</c>|<v>[^<]+</v></c>|<is><t>[^<]*</t></is></c>|<is>"
    rb"(?:<t(?: [^>]*)?>[^<]*</t>|</?r>|<rPr>.*?</rPr>)+</is></c>)))|<c[\t\n]",
    re.S,
)
_ESCAPE = re.compile(rb"_x[0-9A-Fa-f]{4}_")
_PREFIXED_FORMULA = re.compile(rb"<\w+:f[ >]")
# a cell holding a value (the cells are as _CELL reads them): its column and row
_VALUE_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]+)"[^>]*><[vi]')
_VALUE_COLUMN = re.compile(rb'<c r="([A-Z]{1,3})[0-9]+"[^>]*><[vi]')


def _unusual(text: bytes) -> bool:
    """True if a worksheet's XML (whole cells) holds what the streamed reader does not read."""
    return (
        b"\r" in text
        or b"<!" in text
        or (b"_x" in text and _ESCAPE.search(text) is not None)
        or _ODD_CELL.search(text) is not None
    )


def _has_formula(text: bytes) -> bool:
    """True if a worksheet's XML holds a formula (``<f>``, ``<x:f …>``)."""
    return (
        b"<f>" in text
        or b"<f " in text
        or (b":f" in text and _PREFIXED_FORMULA.search(text) is not None)
    )


@dataclass(frozen=True)
class _Survey:
    """What one read through a worksheet's XML found: formulas, anything the streamed reader
    does not read (``plain`` False), and the span of the cells holding a value (as calamine
    counts them: its first and last column, 0 for A, and its last row, 1 for the first)."""

    formulas: bool
    plain: bool
    first_column: int = 0
    last_column: int = -1
    last_row: int = 0


def _surveys(data: bytes) -> dict[str, _Survey]:
    """Every worksheet of a workbook surveyed (by its path in the zip), a chunk at a time: a
    worksheet of a million rows is some 200 MB of XML, never held whole."""
    import zipfile

    found = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                with z.open(name) as stream:
                    found[name] = _survey(stream)
    return found


def _survey(stream) -> _Survey:
    formulas = unusual = False
    columns: set[bytes] = set()
    last_row = 0
    # UTF-8, the main namespace unprefixed (a UTF-16 or prefixed sheet would look empty here)
    head = stream.read(1000)
    if b"\x00" in head or re.search(rb"""encoding=["'](?![Uu][Tt][Ff]-?8["'])""", head):
        unusual = True
    if b"<worksheet" not in head:
        unusual = True
    for whole in _whole_chunks(stream, head):
        formulas = formulas or _has_formula(whole)
        unusual = unusual or _unusual(whole)
        if not unusual:
            columns.update(_VALUE_COLUMN.findall(whole))
            last_row = max(last_row, _last_row(whole))
    if unusual or not columns:
        return _Survey(formulas, not unusual and not columns)
    numbers = [_column_number(c.decode()) for c in columns]
    return _Survey(formulas, True, min(numbers), max(numbers), last_row)


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATIONS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# built-in number formats that are no date or time (General, numbers, currency, scientific, @)
_NOT_DATES = {*range(0, 14), *range(37, 45), 48, 49}


def _streamed(
    data: bytes, label: str, max_rows: int, surveys: dict[str, _Survey]
) -> list[Sheet] | None:
    """A plain workbook's sheets with their rows read from the XML as they are walked (a
    million rows never held as calamine's whole-sheet range), the same rows calamine gives;
    None where calamine must read it: a sheet that is no worksheet, a cell written in a way
    the survey found unusual, a date or time format (calamine turns those cells into dates),
    phonetic runs or escapes in the shared strings."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        book = _book(z)
        if book is None or any(
            not surveys.get(path, _Survey(False, False)).plain for _, path in book
        ):
            return None
        if _dated(z):
            return None
        strings = _shared_strings(z)
    if strings is None:
        return None
    sheets = []
    for name, path in book:
        found = surveys[path]
        if found.last_row > max_rows:
            raise DataError(
                [Problem(label, None, None, "too_many_rows", str(found.last_row), str(max_rows))]
            )
        sheets.append(Sheet(name, _StreamedRows(data, path, strings, found)))
    return sheets


def _book(z) -> list[tuple[str, str]] | None:
    """(name, path in the zip) of every sheet, in the workbook's order, as calamine finds
    them; None for a sheet that is no worksheet (a chart sheet …) or a missing part."""
    import xml.etree.ElementTree as ET

    try:
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        book = ET.fromstring(z.read("xl/workbook.xml"))
    except (KeyError, ET.ParseError):
        return None
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_PACKAGE}Relationship")}
    found = []
    for sheet in book.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_RELATIONS}id"))
        if target is None:
            return None
        if target.startswith("/xl/"):
            path = target[1:]
        elif target.startswith("xl/"):
            path = target
        else:
            path = f"xl/{target}"
        if path.split("/")[1:2] != ["worksheets"]:
            return None
        found.append((sheet.get("name", ""), path))
    return found


def _dated(z) -> bool:
    """True if any cell format of the workbook may be a date or time (its cells come from
    calamine as dates): a built-in one other than numbers and text, or a code of its own
    with d, m, y, h or s outside quotes and brackets."""
    import xml.etree.ElementTree as ET

    try:
        styles = ET.fromstring(z.read("xl/styles.xml"))
    except KeyError:
        return False
    codes = {f.get("numFmtId"): f.get("formatCode", "") for f in styles.iter(f"{_MAIN}numFmt")}
    for xfs in styles.iter(f"{_MAIN}cellXfs"):
        for xf in xfs.iter(f"{_MAIN}xf"):
            number = xf.get("numFmtId")
            if number is None:
                continue
            if number in codes:
                bare = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", codes[number])
                if re.search(r"[dmyhsDMYHS]", bare) or re.search(r"\[[hmsHMS]+\]", codes[number]):
                    return True
            elif not number.isdigit() or int(number) not in _NOT_DATES:
                return True
    return False


def _shared_strings(z) -> list[str] | None:
    """The workbook's shared strings (the text of each ``<si>``, its runs joined), or None
    where calamine may read them otherwise (phonetic runs, ``_x000D_`` escapes, carriage
    returns, an ``<si>`` without text, which calamine leaves out of its list)."""
    import xml.etree.ElementTree as ET

    try:
        stream = z.open("xl/sharedStrings.xml")
    except KeyError:
        return []
    out: list[str] = []
    root = None
    with stream:
        for event, element in ET.iterparse(stream, events=("start", "end")):
            if root is None:
                root = element
            if event != "end" or element.tag != f"{_MAIN}si":
                continue
            if element.find(f".//{_MAIN}rPh") is not None:
                return None
            if element.find(f".//{_MAIN}t") is None:
                return None
            text = "".join(t.text or "" for t in element.iter(f"{_MAIN}t"))
            if "\r" in text or re.search(r"_x[0-9A-Fa-f]{4}_", text):
                return None
            out.append(text)
            root.clear()  # the strings read so far, let go (a million of them are many)
    return out


class _StreamedRows(WalkedRows):
    """The rows of a plain worksheet, read from its XML each time they are walked (a chunk
    at a time), as calamine gives them: numbered from 1, the columns from the first one that
    holds a value to the last, blank cells and errors as None."""

    def __init__(self, data: bytes, path: str, strings: list[str], survey: _Survey) -> None:
        self._data, self._path, self._strings = data, path, strings
        self._first, self._width = survey.first_column, survey.last_column - survey.first_column + 1

    def __iter__(self) -> Iterator[Row]:
        if self._width <= 0:
            return
        import zipfile

        with zipfile.ZipFile(io.BytesIO(self._data)) as z, z.open(self._path) as stream:
            yield from self._rows(stream)

    def _rows(self, stream) -> Iterator[Row]:
        strings, width, first = self._strings, self._width, self._first
        at: dict[str, int] = {}
        number = ""
        cells: list[object] = [None] * width
        filled = False
        for text in _whole_cells(stream):
            for letters, row, kind, value, inline, runs in _CELL.findall(text):
                if inline:  # one string for text repeated down a sheet (units, names by year)
                    cell: object = sys.intern(_unescape(inline) if "&" in inline else inline)
                elif runs:
                    cell = sys.intern(_inline(runs))
                elif not value or kind in ("e", "inlineStr"):
                    continue
                elif kind == "s":
                    cell = strings[int(value)]
                elif kind == "b":
                    cell = value != "0"
                else:
                    cell = _number(value)
                if cell == "":
                    continue
                if row != number:
                    if filled:
                        yield int(number), tuple(cells)
                    number, cells, filled = row, [None] * width, False
                column = at.get(letters)
                if column is None:
                    column = at[letters] = _column_number(letters) - first
                    if not 0 <= column < width:  # the survey missed it: never guessed
                        raise ValueError(f"cell {letters}{row} outside the sheet's span")
                cells[column] = cell
                filled = filled or _filled(cell)
        if filled:
            yield int(number), tuple(cells)


def _whole_chunks(stream, start: bytes = b"") -> Iterator[bytes]:
    """A worksheet's XML (after ``start``, what was read of it already) a chunk at a time,
    each ending before the last cell or row begun, whose rest comes with the next chunk: the
    survey and the rows read the same whole cells."""
    tail = start
    while chunk := stream.read(_CHUNK):
        text = tail + chunk
        cut = max(text.rfind(b"<c "), text.rfind(b"<row "))
        if cut <= 0:
            tail = text
            continue
        yield text[:cut]
        tail = text[cut:]
    if tail:
        yield tail


def _whole_cells(stream) -> Iterator[str]:
    """``_whole_chunks`` as text."""
    for chunk in _whole_chunks(stream):
        yield chunk.decode("utf-8")


def _inline(runs: str) -> str:
    """The text of an inline string's runs, XML escapes resolved."""
    text = "".join(_TEXT.findall(runs))
    return _unescape(text) if "&" in text else text


def _unescape(text: str) -> str:
    import xml.sax.saxutils

    text = re.sub(
        r"&#(x[0-9A-Fa-f]+|[0-9]+);",
        lambda m: chr(int(m.group(1)[1:], 16) if m.group(1)[0] == "x" else int(m.group(1))),
        text,
    )
    return xml.sax.saxutils.unescape(text, {"&quot;": '"', "&apos;": "'"})


def _number(text: str) -> float:
    """A number cell's value, as Rust reads a float (no spaces or underscores, which Python
    would take)."""
    if "_" in text or text != text.strip():
        raise ValueError(f"not a number: {text[:40]}")
    return float(text)


def _last_row(text: bytes) -> int:
    """The row of the last cell holding a value in a piece of a worksheet's XML (0 if none),
    looked for from the end."""
    at = len(text)
    while (at := text.rfind(b'<c r="', 0, at)) >= 0:
        found = _VALUE_CELL.match(text, at)
        if found:
            return int(found.group(2))
    return 0


def _column_number(letters: str) -> int:
    """0 for A, 25 for Z, 26 for AA."""
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number - 1


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
    try:  # the sheets the workbook hides (visibility is no reason to refuse a workbook)
        listed = book.sheets_metadata
        hidden = {m.name for m in listed if str(m.visible).rsplit(".", 1)[-1] != "Visible"}
    except Exception:
        hidden = set()
    sheets = []
    for name in book.sheet_names:
        sheet = book.get_sheet_by_name(name)
        height = sheet.end[0] + 1 if sheet.end else 0
        if height > max_rows:
            raise DataError(
                [Problem(label, None, None, "too_many_rows", str(height), str(max_rows))]
            )
        sheets.append(Sheet(name, _CalamineRows(sheet), formats, name in hidden))
    return sheets
