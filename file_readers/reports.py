"""Reading a report for its figures: plain text (.txt/.md, UTF-8 or GBK), Word (.docx:
paragraphs and tables, in document order) and PDF (.pdf: the text layer; tables only on pages
that have ruling lines). The file-format libraries are imported inside the functions that read.

Tables come out one line per row, cells joined by `` | `` with '-' in an empty cell, the way
``forecast.extract`` reads them (指标 | 单位 | 当月 | 累计 | 同比%). A PDF's lines broken by the
page width are joined back into paragraphs.

Bad input raises DataError with one problem: ``report_empty`` (nothing in the file),
``report_scanned`` (a PDF without a text layer), ``report_encrypted``, ``report_corrupt`` (a
.docx or .pdf that does not open) or ``report_binary`` (bytes that are not text).
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from forecast.errors import DataError, Problem

__all__ = ["REPORT_SUFFIXES", "Report", "read_report"]

REPORT_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
_SENTENCE_END = "。！？；：!?;:"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Report:
    """The text read from a report (what the extractor's offsets refer to), the file's name,
    its kind (``text``, ``docx``, ``pdf``) and its number of pages (1 but for a PDF)."""

    text: str
    name: str
    kind: str
    pages: int = 1


def _fail(label: str, code: str, detail: str = "") -> DataError:
    return DataError([Problem(label, None, None, code, detail=detail)])


def _os_kind(e: OSError) -> str:
    """The kind of a file that cannot be opened, as an ``unreadable`` detail code."""
    kinds = {FileNotFoundError: "missing", IsADirectoryError: "is_folder"}
    return kinds.get(type(e)) or ("no_access" if isinstance(e, PermissionError) else "damaged")


def read_report(source: str | Path | bytes, name: str | None = None) -> Report:
    """The text of a report file (a path, or the bytes of an upload named by ``name``)."""
    label = name or str(source)
    if isinstance(source, bytes):
        data = source
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as e:  # worded by its kind (presentation: unreadable_<code>)
            raise _fail(label, "unreadable", _os_kind(e)) from e
    if not data.strip():
        raise _fail(label, "report_empty")
    suffix = Path(label).suffix.lower()
    if suffix == ".docx" or (suffix not in (".pdf",) and data[:4] == b"PK\x03\x04"):
        return Report(_docx_text(data, label), label, "docx")
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        text, pages = _pdf_text(data, label)
        return Report(text, label, "pdf", pages)
    return Report(_plain_text(data, label), label, "text")


def _plain_text(data: bytes, label: str) -> str:
    """Text as the tables' CSV is read (``sheets.decode_text``): UTF-8 with or without BOM,
    UTF-16 (Notepad's "Unicode", with or without BOM), else GB18030; more than two control
    characters (NUL included), or than one in a hundred, mean a binary file; a stray one is
    dropped."""
    from file_readers.sheets import decode_text

    text = decode_text(data)
    head = text[:8192] if text is not None else ""
    if text is None or len(_CONTROL.findall(head)) > max(2, min(8, len(head) // 100)):
        raise _fail(label, "report_binary")
    text = _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise _fail(label, "report_empty")
    from forecast.extract.clauses import unwrap

    return unwrap(text)  # lines broken at a width, as text copied from a PDF


# ---------------------------------------------------------------- Word


def _docx_text(data: bytes, label: str) -> str:
    """Paragraphs and table rows in document order."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # a zip that is not a Word file, a broken part: the user's file
        raise _fail(label, "report_corrupt", str(e)) from e
    lines = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            lines += _table_lines(
                [[cell.text for cell in _unique(row.cells)] for row in Table(child, document).rows]
            )
    text = "\n".join(line.rstrip() for line in lines)
    if not text.strip():
        raise _fail(label, "report_empty")
    return text + "\n"


def _unique(cells):
    """A merged cell appears once per grid column it spans; keep it once."""
    seen, out = set(), []
    for cell in cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            out.append(cell)
    return out


def _table_lines(rows: list[list[str | None]]) -> list[str]:
    """Table rows as ``a | b | -`` lines ('-' for an empty cell)."""
    out = []
    for row in rows:
        cells = [" ".join((c or "").split()) or "-" for c in row]
        if any(c != "-" for c in cells):
            out.append(" | ".join(cells))
    return out


# ---------------------------------------------------------------- PDF


def _pdf_text(data: bytes, label: str) -> tuple[str, int]:
    """The text layer page by page, lines broken by the page width joined again; tables (on
    pages with ruling lines) as | lines in place of their text."""
    import pdfplumber

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            pdf = pdfplumber.open(io.BytesIO(data))
        except Exception as e:
            cause = e.args[0] if e.args else e
            if type(cause).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError"):
                raise _fail(label, "report_encrypted") from e
            raise _fail(label, "report_corrupt", str(cause)) from e
        try:
            pages, images = [], 0
            for page in pdf.pages:
                text, ruled, pictures = _text_layer(page)
                pages.append(_page_with_tables(page) if ruled else text)
                images += pictures
            count = len(pdf.pages)
        except Exception as e:  # a broken page stream
            raise _fail(label, "report_corrupt", str(e)) from e
        finally:
            pdf.close()
    text = "\n".join(p for p in pages if p)
    if not text.strip():
        raise _fail(label, "report_scanned" if images else "report_empty")
    return text + "\n", count


_RULES = ("LTLine", "LTRect", "LTCurve")


def _text_layer(page) -> tuple[str, bool, int]:
    """A page's text from its layout (the characters pdfminer placed, grouped into lines by
    their baseline: much cheaper than pdfplumber's objects), whether it has ruling lines (a
    table to read the slower way) and how many images it holds."""
    chars, ruled, images = [], False, 0
    stack = [page.layout]
    while stack:
        obj = stack.pop()
        name = type(obj).__name__
        if name == "LTChar":
            chars.append(obj)
        elif name in _RULES:
            ruled = True
        elif name == "LTImage":
            images += 1
        elif hasattr(obj, "_objs"):  # the page, a figure, a text box: look inside
            stack.extend(obj)
    lines: dict[int, list] = {}
    for c in chars:
        lines.setdefault(round(c.y0), []).append(c)
    rows = []
    for _, cs in sorted(lines.items(), key=lambda kv: -kv[0]):  # top of the page first
        cs.sort(key=lambda c: c.x0)
        rows.append({"text": "".join(c.get_text() for c in cs), "x0": cs[0].x0, "x1": cs[-1].x1})
    return _paragraphs(rows), ruled, images


def _page_with_tables(page) -> str:
    """A page with ruling lines: its tables as | lines, the rest of its text around them."""
    tables = page.find_tables()
    body = page
    for table in tables:
        body = body.outside_bbox(table.bbox)
    text = _paragraphs(body.extract_text_lines(layout=False))
    rows = [line for table in tables for line in _table_lines(table.extract())]
    return "\n".join(filter(None, [text, *rows]))


def _paragraphs(lines: list[dict]) -> str:
    """Lines of a page as paragraphs: a line that reaches the right margin and does not end a
    sentence goes on below."""
    right = max((line["x1"] for line in lines), default=0)
    paragraphs, current = [], ""
    for line in lines:
        text = line["text"].strip()
        if not text:
            continue
        size = (line["x1"] - line["x0"]) / max(len(text), 1)
        current += text
        if not (line["x1"] >= right - 2 * size and text[-1:] not in _SENTENCE_END):
            paragraphs.append(current)
            current = ""
    return "\n".join([*paragraphs, current] if current else paragraphs)
