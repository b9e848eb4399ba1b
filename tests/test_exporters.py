"""Excel, CSV and Word files built in memory: headers, units, formats, and no live formulas."""

import io
from pathlib import Path

import docx
import numpy as np
import openpyxl
import pandas as pd
import pytest
from docx.oxml.ns import qn

from file_readers.tables import read_actuals, read_catalogue, read_targets
from forecast.checks import check
from presentation import files, intake, sheets
from presentation.brief import BriefContext, draft
from presentation.sheets import Sheet
from tests.app_fakes import CATALOGUE, level, town

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:docx.*")


INJECTED = '=HYPERLINK("x")'  # an indicator named like a formula, as an upload could name it


@pytest.fixture(scope="module")
def summary():
    projections, checks, _ = town()
    projections[INJECTED] = level(INJECTED, 1.0, np.full(100, 2.0))
    checks[INJECTED] = check(projections[INJECTED], None)
    return sheets.export_sheet(projections, checks, CATALOGUE, "zh")


def workbook(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data))


def row_of(ws, name):
    for row in ws.iter_rows(min_row=2):
        if row[0].value == name:
            return {ws.cell(1, c.column).value: c for c in row}
    raise KeyError(name)


def test_excel_has_chinese_headers_units_and_formats(summary):
    ws = workbook(files.excel_bytes({"汇总-基准": summary})).worksheets[0]
    assert ws.title == "汇总-基准"
    headers = [c.value for c in ws[1]]
    assert headers[:5] == ["指标", "单位", "截至", "累计", "目标"]
    tax = row_of(ws, "国地两税收入")
    assert tax["单位"].value == "万元"
    assert tax["累计"].value == 5010 and tax["累计"].number_format == "#,##0"
    assert tax["完成概率"].value == pytest.approx(0.78)
    assert tax["完成概率"].number_format == "0%"  # whole percents, still a number
    fai = row_of(ws, "全社会固定资产投资")
    assert fai["预计全年"].value == pytest.approx(12.0) and fai["预计全年"].number_format == "0.00"
    growth = row_of(ws, "规模工业增加值增速")
    # a growth indicator's % values are fractions shown as percentages
    assert growth["累计"].value == pytest.approx(0.133)
    assert growth["累计"].number_format == "0.0%"


def test_excel_freezes_the_header_and_fits_widths(summary):
    ws = workbook(files.excel_bytes({"汇总": summary})).worksheets[0]
    assert ws.freeze_panes == "B2"
    assert ws["A1"].font.bold
    # 规模工业增加值增速: nine CJK characters, each two columns wide
    assert ws.column_dimensions["A"].width >= 18
    assert ws.column_dimensions["B"].width < ws.column_dimensions["A"].width


def test_text_that_looks_like_a_formula_stays_text(summary):
    notes = Sheet(pd.DataFrame({"a": ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "ok", "-"]}))
    book = workbook(files.excel_bytes({"汇总": summary, "notes": notes}))
    injected = row_of(book["汇总"], INJECTED)["指标"]
    assert injected.data_type == "s" and injected.quotePrefix
    cells = [row[0] for row in book["notes"].iter_rows(min_row=2)]
    assert [c.value for c in cells] == ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "ok", "-"]
    assert all(c.data_type == "s" for c in cells)
    assert [c.quotePrefix for c in cells] == [True, True, True, True, False, True]


def test_one_sheet_per_entry_in_order_with_valid_names(summary):
    book = workbook(files.excel_bytes({"基准": summary, "乐观/情景?": summary, "说明": summary}))
    assert book.sheetnames == ["基准", "乐观_情景_", "说明"]


def test_csv_is_utf8_with_bom_and_neutralises_formulas(summary):
    data = files.csv_bytes(summary)
    assert data.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(frame.columns[:4]) == ["指标", "单位", "截至", "累计"]
    tax = frame[frame["指标"] == "国地两税收入"].iloc[0]
    assert tax["累计"] == "5010" and tax["完成概率"] == "78%"
    assert frame[frame["单位"] == "亿元"].iloc[0]["累计"] == "5.10"
    assert f"'{INJECTED}" in set(frame["指标"])


def _east_asian(style) -> str | None:
    fonts = style.element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsiaTheme")) is None  # a theme font would win in Word
    return fonts.get(qn("w:eastAsia"))


def test_word_brief_is_laid_out_as_an_official_document():
    projections, checks, _ = town()
    text = draft(projections, checks, CATALOGUE, BriefContext("2020年1-5月", "基准", "x"))
    document = docx.Document(io.BytesIO(files.docx_bytes(text)))
    paragraphs = document.paragraphs
    # a centred title in 黑体 (小标宋's stand-in) 二号, the line under it in 楷体
    assert paragraphs[0].text == "主要经济指标年末预测简报"
    assert paragraphs[0].style.name == "Title" and paragraphs[0].alignment == 1  # centre
    assert _east_asian(document.styles["Title"]) in ("方正小标宋简体", "黑体")
    assert document.styles["Title"].font.size.pt == 22
    assert paragraphs[1].text.startswith("截至2020年1-5月") and paragraphs[1].alignment == 1
    # sections 一、二、三、 in 黑体 三号; sub-sections （一）（二） in 楷体 三号
    sections = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    numbers = "一二三四五六七八九"
    assert [s[: s.index("、")] for s in sections] == list(numbers[: len(sections)])
    assert sections[0] == "一、总体情况" and "二、情景假设" in sections
    assert _east_asian(document.styles["Heading 1"]) == "黑体"
    subsections = [p.text for p in paragraphs if p.style.name == "Heading 2"]
    assert subsections[:2] == ["（一）难完成", "（二）有风险"]
    assert _east_asian(document.styles["Heading 2"]) == "楷体"
    # body in 仿宋 三号, first line indented two characters, no bullets
    assert _east_asian(document.styles["Normal"]) == "仿宋"
    assert document.styles["Normal"].font.size.pt == 16
    body = [p for p in paragraphs if "预计全年完成国地两税收入10,200万元" in p.text]
    assert body and body[0].style.name == "Normal" and not body[0].text.startswith("- ")
    assert body[0].paragraph_format.first_line_indent.pt == 32
    # page: A4, margins as GB/T 9704 (top 37, bottom 35, left 28, right 26 mm), page numbers
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    margins = [section.top_margin, section.bottom_margin, section.left_margin, section.right_margin]
    assert [round(m.mm) for m in margins] == [37, 35, 28, 26]
    footer = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "fldChar" in footer


def test_markdown_brief_has_the_same_numbered_structure():
    projections, checks, _ = town()
    text = draft(projections, checks, CATALOGUE, BriefContext("2020年1-5月", "基准", "x"))
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings[0] == "# 主要经济指标年末预测简报"
    assert headings[1] == "## 一、总体情况" and "## 二、情景假设" in headings
    assert "### （一）难完成" in headings
    word = docx.Document(io.BytesIO(files.docx_bytes(text))).paragraphs
    shown = [p.text for p in word if p.style.name in ("Title", "Heading 1", "Heading 2")]
    assert shown == [h.lstrip("#").strip() for h in headings]
    english = draft(
        projections, checks, CATALOGUE, BriefContext("Jan–May 2020", "baseline", "x"), "en"
    )
    assert "## 1. Overall" in english and "### (a) " in english


def test_word_bold_spans():
    document = docx.Document(io.BytesIO(files.docx_bytes("a **b** c")))
    runs = document.paragraphs[0].runs
    assert [(r.text, bool(r.bold)) for r in runs] == [("a ", False), ("b", True), (" c", False)]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_filled_templates_read_back(suffix):
    catalogue = read_catalogue()
    wide = intake.template_wide(catalogue, 2021)
    wide.loc[wide["指标"] == "国地两税收入", ["2021年1-2月", "1-3月"]] = ["1416", "2062"]
    actuals = read_actuals(
        files.table_bytes(wide, f"wide{suffix}", "2021年累计"), catalogue, name=f"w{suffix}"
    )
    rows = actuals.frame
    assert set(rows["indicator"]) == {"tax_total"}
    assert list(rows["value"]) == [1416, 2062] and set(rows["basis"]) == {"ytd"}

    long = intake.template_long(catalogue, 2021)
    long.loc[(long["indicator"] == "fai") & (long["date"] == "2021-05"), "value"] = "5.1"
    long = long[long["value"] != ""]
    actuals = read_actuals(files.table_bytes(long, f"long{suffix}"), catalogue, f"l{suffix}")
    assert actuals.frame["value"].tolist() == [5.1]

    targets = intake.template_targets(catalogue, 2021)
    targets.loc[targets["indicator"] == "tax_total", "value"] = "1亿元"
    targets = targets[targets["value"] != ""]
    found = read_targets(files.table_bytes(targets, "t.csv"), catalogue, "t.csv")
    assert found[("tax_total", 2021)].annual.value == 10000


def test_text_width_counts_cjk_twice():
    assert files.text_width("ab") == 2
    assert files.text_width("指标") == 4


def test_machine_csv_keeps_full_precision_and_makes_formulas_inert():
    frame = pd.DataFrame(
        {
            "=h": ["=x", "+1", "-2", "@a", "\tb", "\rc", "ok"],
            "value": [0.1 + 0.2, -1.5, 1e-12, 2.0, 3.0, np.nan, 5.0],
            "mixed": ["-x", 1.25, None, "y", "", "=SUM(A1)", "a-b"],
        }
    )
    back = pd.read_csv(io.BytesIO(files.table_csv_bytes(frame)), encoding="utf-8-sig")
    assert list(back.columns) == ["'=h", "value", "mixed"]
    assert list(back["'=h"]) == ["'=x", "'+1", "'-2", "'@a", "'\tb", "'\rc", "ok"]
    assert back["value"].iloc[0] == 0.1 + 0.2 and back["value"].iloc[2] == 1e-12
    assert back["value"].iloc[1] == -1.5, "negative numbers stay numbers"
    assert back["mixed"].iloc[0] == "'-x" and back["mixed"].iloc[5] == "'=SUM(A1)"
    assert back["mixed"].iloc[1] == "1.25" and back["mixed"].iloc[6] == "a-b"


def test_export_notes_with_a_scenario_go_through_the_apps_cache():
    """The app caches the downloads by these notes (st.cache_data hashes them field by
    field): a scenario with its read-only mappings must not break that."""
    import streamlit as st

    from presentation.exports import ExportNotes
    from scenarios.model import from_json

    path = Path(__file__).parent / "golden" / "scenario_v1_full.json"
    scenario = from_json(path.read_text(encoding="utf-8"), "s.json")

    @st.cache_data(show_spinner=False)
    def named(notes: ExportNotes) -> str:
        return notes.assumed().name

    notes = ExportNotes("2020年1-5月", "x.csv", "疫情反复", assumptions=scenario)
    assert named(notes) == "疫情反复" and named(notes) == "疫情反复"
    assert ExportNotes("a", "b", "c").assumed() is None
