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
    if ";" in number_format:
        return _shown_sections(float(value), number_format, grouping)
    if number_format == "0%":
        return f"{value * 100:.0f}%"
    if number_format.endswith("%"):
        return f"{value * 100:.1f}%"
    if number_format == "#,##0":
        return f"{value:,.0f}" if grouping else f"{value:.0f}"
    if number_format == "0.00":
        return f"{value:.2f}"
    return f"{value:g}"


_PLACEHOLDER = re.compile(r"#,##0|0\.00|0\.0|0")


def _shown_sections(value: float, number_format: str, grouping: bool = True) -> str:
    """What Excel shows for a ``positive;negative;zero`` format whose sections hold one number
    and quoted text (``"差"0.0"个百分点"``): the section by sign, the number without its sign."""
    sections = number_format.split(";")
    digits = {"#,##0": 0, "0.00": 2, "0.0": 1, "0": 0}
    if value > 0 or len(sections) == 1:
        section = sections[0]
    elif value < 0:
        section = sections[1]
    else:
        section = sections[2] if len(sections) > 2 else sections[0]
    parts = re.split(r'("[^"]*")', section)
    out = []
    for part in parts:
        if part.startswith('"'):
            out.append(part.strip('"'))
            continue
        match = _PLACEHOLDER.search(part)
        if match is None:
            out.append(part)
            continue
        n = digits[match.group(0)]
        comma = "," if match.group(0) == "#,##0" and grouping else ""
        number = f"{abs(value):{comma}.{n}f}"
        out.append(part[: match.start()] + number + part[match.end() :])
    return "".join(out)


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
# an official document's fonts (GB/T 9704): title 小标宋 (黑体 where that is not installed:
# 黑体 is on every Chinese Windows), level-1 headings 黑体, level-2 楷体, body 仿宋
TITLE_FONT = "黑体"
HEADING_FONT = "黑体"
SUBHEADING_FONT = "楷体"
BODY_FONT = "仿宋"
LATIN_FONT = "Times New Roman"
TITLE_PT = 22  # 二号
BODY_PT = 16  # 三号
LINE_PT = 28  # fixed line spacing of an official document
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}


def _font(style_or_run, east_asian: str, size_pt: float | None = None, bold: bool | None = None):
    """Set a style's or run's fonts: ``east_asian`` for Chinese (w:eastAsia), Times New Roman
    for Latin letters and digits; black; size in points."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    font = style_or_run.font
    font.name = LATIN_FONT
    font.color.rgb = RGBColor(0, 0, 0)
    if size_pt is not None:
        font.size = Pt(size_pt)
    if bold is not None:
        font.bold = bold
    rpr = style_or_run.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)  # a theme font would win over the names below
    for attribute in ("w:ascii", "w:hAnsi"):
        fonts.set(qn(attribute), LATIN_FONT)
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


def _page_number(section) -> None:
    """A centred page number in the footer, ``— 1 —`` as official documents write it."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("— ")
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), ("end", None)):
        if kind is None:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)
    paragraph.add_run(" —")


def docx_bytes(markdown: str) -> bytes:
    """A Word document from the brief's Markdown, laid out as an official document (GB/T 9704,
    approximately): A4, margins 37/35/28/26 mm (top, bottom, left, right); the title (``#``)
    centred in 黑体 二号; the line under it centred in 楷体; sections (``##``, numbered 一、)
    in 黑体 三号; sub-sections (``###``, numbered （一）) in 楷体 三号; paragraphs and items
    (``-``, without a bullet) in 仿宋 三号, first line indented two characters, 28 pt fixed
    line spacing; page numbers in the footer."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side, mm in MARGINS_MM.items():
        setattr(section, f"{side}_margin", Mm(mm))
    styles = doc.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    if fonts is not None:  # the document's default fonts, not the theme's
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), None)
        fonts.set(qn("w:ascii"), LATIN_FONT)
        fonts.set(qn("w:hAnsi"), LATIN_FONT)
        fonts.set(qn("w:eastAsia"), BODY_FONT)
    language = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    if language is not None:
        language.set(qn("w:eastAsia"), "zh-CN")
    normal = styles["Normal"]
    _font(normal, BODY_FONT, BODY_PT)
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    normal.paragraph_format.line_spacing = Pt(LINE_PT)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    for name, font, size in (
        ("Title", TITLE_FONT, TITLE_PT),
        ("Subtitle", SUBHEADING_FONT, BODY_PT),
        ("Heading 1", HEADING_FONT, BODY_PT),
        ("Heading 2", SUBHEADING_FONT, BODY_PT),
    ):
        style = styles[name]
        _font(style, font, size, bold=False)
        style.font.italic = False
        fmt = style.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(LINE_PT if name != "Title" else 36)
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(0)
        fmt.first_line_indent = None if name in ("Title", "Subtitle") else Pt(2 * BODY_PT)
        fmt.keep_with_next = name != "Subtitle"
        borders = style.element.pPr.find(qn("w:pBdr")) if style.element.pPr is not None else None
        if borders is not None:  # the default Title's rule under it
            style.element.pPr.remove(borders)
    _page_number(section)
    title_seen = False
    for line in markdown.splitlines():
        text = line.strip()
        if not text:
            continue
        if text.startswith("# "):
            paragraph = doc.add_paragraph(style="Title")
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.space_after = Pt(LINE_PT)
            _runs(paragraph, text[2:])
            title_seen = True
            continue
        if title_seen:  # the line under the title: as-of month, scenario, data
            paragraph = doc.add_paragraph(style="Subtitle")
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.space_after = Pt(LINE_PT / 2)
            _runs(paragraph, text)
            title_seen = False
            continue
        if text.startswith("### "):
            _runs(doc.add_paragraph(style="Heading 2"), text[4:])
        elif text.startswith("## "):
            _runs(doc.add_paragraph(style="Heading 1"), text[3:])
        else:
            paragraph = doc.add_paragraph()
            paragraph.paragraph_format.first_line_indent = Pt(2 * BODY_PT)
            _runs(paragraph, text[2:] if text.startswith("- ") else text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
