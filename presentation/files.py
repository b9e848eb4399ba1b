"""Files for download, built in memory: Excel (openpyxl), CSV, Word (python-docx).

An edge module: tables and text come in ready (``forecast.sheets.Sheet``, the Markdown of
``forecast.brief``); this module only writes bytes. Text that a spreadsheet would run as a
formula (``= + - @``) is written so it cannot run: a quote-prefixed text cell in Excel, a
leading apostrophe in CSV.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from presentation.sheets import Sheet

__all__ = [
    "FORMULA_STARTS",
    "csv_bytes",
    "docx_bytes",
    "excel_bytes",
    "safe_csv_text",
    "sheet_title",
    "shown_frame",
    "table_bytes",
    "table_csv_bytes",
    "text_width",
]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_MAX_WIDTH = 60


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def text_width(text: str) -> int:
    """Display width of text in a spreadsheet column: CJK characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def sheet_title(name: str) -> str:
    """A valid Excel sheet name (at most 31 characters, none of ``[]:*?/\\``)."""
    return _BAD_SHEET_CHARS.sub("_", name).strip("'")[:31] or "Sheet"


def _shown(value: object, number_format: str, grouping: bool = True) -> str:
    """Roughly what Excel shows for a value in a format (column widths; CSV without grouping)."""
    if _blank(value):
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if number_format == "0%":
        return f"{value * 100:.0f}%"
    if number_format.endswith("%"):
        return f"{value * 100:.1f}%"
    if number_format == "#,##0":
        return f"{value:,.0f}" if grouping else f"{value:.0f}"
    if number_format == "0.00":
        return f"{value:.2f}"
    return f"{value:g}"


def _formats(sheet: Sheet) -> pd.DataFrame:
    if sheet.formats is None:
        return pd.DataFrame("", index=sheet.frame.index, columns=sheet.frame.columns)
    return sheet.formats.reindex(index=sheet.frame.index, columns=sheet.frame.columns).fillna("")


def excel_bytes(sheets: Mapping[str, Sheet]) -> bytes:
    """A workbook with one sheet per entry (e.g. one per scenario), in order.

    Bold header row, frozen with the first column; every number keeps its cell format
    (亿元 0.00, 万元 #,##0, % 0.0%); column widths fit their longest cell.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="E8EDF3")
    used: set[str] = set()
    for name, sheet in sheets.items():
        title = sheet_title(name)
        while title in used:
            title = sheet_title(f"{title[:28]}_{len(used)}")
        used.add(title)
        ws = book.create_sheet(title)
        frame, formats = sheet.frame, _formats(sheet)
        widths = []
        for j, column in enumerate(frame.columns, start=1):
            cell = ws.cell(row=1, column=j)
            _set(cell, str(column))
            cell.font = header_font
            cell.fill = header_fill
            cell.alignment = Alignment(horizontal="center", vertical="center")
            widths.append(text_width(str(column)))
        for i, (values, cell_formats) in enumerate(
            zip(frame.itertuples(index=False), formats.itertuples(index=False), strict=True),
            start=2,
        ):
            for j, (value, number_format) in enumerate(zip(values, cell_formats, strict=True)):
                cell = ws.cell(row=i, column=j + 1)
                _set(cell, value)
                if number_format and isinstance(value, (int, float)):
                    cell.number_format = number_format
                widths[j] = max(widths[j], text_width(_shown(value, number_format)))
        for j, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(j)].width = min(width + 2, _MAX_WIDTH)
        ws.freeze_panes = "B2" if frame.shape[1] > 2 else "A2"
    if not book.sheetnames:
        book.create_sheet("Sheet")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _set(cell, value: object) -> None:
    """Write a value; text that would start a formula stays text (quote prefix)."""
    if _blank(value):
        cell.value = None
        return
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()  # numpy scalar
    if isinstance(value, str):
        cell.value = value
        if value.startswith(FORMULA_STARTS):
            cell.data_type = "s"
            cell.quotePrefix = True
        return
    cell.value = value


def safe_csv_text(value: str) -> str:
    """Text for a CSV cell that a spreadsheet will not run as a formula."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def shown_frame(sheet: Sheet) -> pd.DataFrame:
    """The table as text, each number as its cell format shows it (for previews)."""
    formats = _formats(sheet)
    rows = [
        [_shown(v, f) for v, f in zip(values, cell_formats, strict=True)]
        for values, cell_formats in zip(
            sheet.frame.itertuples(index=False), formats.itertuples(index=False), strict=True
        )
    ]
    return pd.DataFrame(rows, columns=list(sheet.frame.columns))


def csv_bytes(sheet: Sheet) -> bytes:
    """The table as CSV in UTF-8 with a byte-order mark, so Excel shows the Chinese.

    Numbers are written as their cell format shows them (``5.84``, ``5010``, ``41.7%``).
    """
    formats = _formats(sheet)
    rows = [
        [
            safe_csv_text(v) if isinstance(v, str) else _shown(v, f, grouping=False)
            for v, f in zip(values, cell_formats, strict=True)
        ]
        for values, cell_formats in zip(
            sheet.frame.itertuples(index=False), formats.itertuples(index=False), strict=True
        )
    ]
    header = [safe_csv_text(str(c)) for c in sheet.frame.columns]
    out = io.StringIO()
    pd.DataFrame(rows, columns=header).to_csv(out, index=False, lineterminator="\r\n")
    return out.getvalue().encode("utf-8-sig")


def table_csv_bytes(frame: pd.DataFrame) -> bytes:
    """A machine-readable table as CSV (UTF-8 with BOM, CRLF rows so a stray CR in a text cell
    is quoted): numbers at full precision, text as it is except that a cell a spreadsheet would
    run as a formula gets a leading apostrophe."""
    safe = frame.rename(columns=lambda c: safe_csv_text(str(c)))
    for column in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[column]):
            safe[column] = safe[column].map(lambda v: safe_csv_text(v) if isinstance(v, str) else v)
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def table_bytes(frame: pd.DataFrame, name: str, sheet_name: str | None = None) -> bytes:
    """A plain table as the bytes of a file called ``name`` (.csv, or .xlsx in ``sheet_name``).

    Used for blank templates and for handing edited upload data back to the readers; cells are
    written as they are (a template's headers are not formulas).
    """
    if Path(name).suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        out = io.BytesIO()
        with pd.ExcelWriter(out, engine="openpyxl") as writer:
            frame.to_excel(writer, index=False, sheet_name=sheet_title(sheet_name or "Sheet1"))
        return out.getvalue()
    return frame.to_csv(index=False).encode("utf-8-sig")


# ---------------------------------------------------------------- Word

_BOLD = re.compile(r"\*\*(.+?)\*\*")
BODY_FONT = "宋体"
HEADING_FONT = "黑体"


def _font(style_or_run, east_asian: str, size_pt: float | None = None, bold: bool | None = None):
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    font = style_or_run.font
    font.name = "Arial" if east_asian == HEADING_FONT else "Times New Roman"
    font.color.rgb = RGBColor(0, 0, 0)
    if size_pt is not None:
        font.size = Pt(size_pt)
    if bold is not None:
        font.bold = bold
    element = style_or_run.element
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), east_asian)


def _runs(paragraph, text: str) -> None:
    """Add text to a paragraph, ``**bold**`` spans bold."""
    pos = 0
    for match in _BOLD.finditer(text):
        if match.start() > pos:
            paragraph.add_run(text[pos : match.start()])
        paragraph.add_run(match.group(1)).bold = True
        pos = match.end()
    if pos < len(text):
        paragraph.add_run(text[pos:])


def docx_bytes(markdown: str) -> bytes:
    """A Word document from simple Markdown (``#``/``##`` headings, ``-`` bullets, paragraphs).

    A4, Chinese fonts (宋体 body, 黑体 headings) set for East Asian text.
    """
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    for side in ("top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    styles = doc.styles
    _font(styles["Normal"], BODY_FONT, 10.5)
    styles["Normal"].paragraph_format.space_after = Pt(3)
    _font(styles["List Bullet"], BODY_FONT, 10.5)
    _font(styles["Title"], HEADING_FONT, 18, True)
    _font(styles["Heading 2"], HEADING_FONT, 13, True)
    styles["Heading 2"].paragraph_format.space_before = Pt(8)
    styles["Heading 2"].paragraph_format.space_after = Pt(3)
    for line in markdown.splitlines():
        text = line.strip()
        if not text:
            continue
        if text.startswith("# "):
            title = doc.add_paragraph(style="Title")
            _runs(title, text[2:])
            title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif text.startswith("## "):
            _runs(doc.add_paragraph(style="Heading 2"), text[3:])
        elif text.startswith("- "):
            _runs(doc.add_paragraph(style="List Bullet"), text[2:])
        else:
            _runs(doc.add_paragraph(), text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
