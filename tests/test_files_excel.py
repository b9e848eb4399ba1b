"""Excel details: an old .xls keeps no number formats through calamine, so a row of growth
figures all strictly between -1 and 1 is read as percent cells (0.133 is 13.3%) with a
``percent_assumed`` warning; names indented by Excel's alignment indent are children like
names indented with full-width spaces; a plain workbook read by calamine gives what openpyxl
gives. .xls files are written with xlwt, .xlsx with openpyxl."""

import io

import openpyxl
import pytest
from openpyxl.styles import Alignment

from file_readers.sheets import read_sheets
from file_readers.tables import inspect_actuals, read_actuals
from tests.bad_files import CAT, xlsx

xlwt = pytest.importorskip("xlwt")


def xls(rows: list[list], percent: set[tuple[int, int]] = frozenset(), name="2020年") -> bytes:
    """An .xls of one sheet; cells at ``percent`` (row, column) formatted 0.0%."""
    book = xlwt.Workbook()
    sheet = book.add_sheet(name)
    pct = xlwt.easyxf(num_format_str="0.0%")
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            if (r, c) in percent:
                sheet.write(r, c, cell, pct)
            else:
                sheet.write(r, c, cell)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


GROWTH = [
    ["指标", "1-3月", "1-4月", "1-3月增速", "1-4月增速"],
    ["两税", 300, 410, 0.133, 0.121],
    ["规上工业增加值增速", None, None, 0.085, -0.012],
]


def test_xls_growth_fractions_are_read_as_percent_cells_with_a_warning():
    data = xls(GROWTH, {(1, 3), (1, 4), (2, 3), (2, 4)})
    a = read_actuals(data, CAT, name="f.xls", as_of=(2020, 12))
    growth = a.frame[a.frame["basis"] == "ytd_yoy"].set_index(["indicator", "month"])["value"]
    assert growth[("tax_total", 3)] == pytest.approx(13.3)
    assert growth[("va_growth", 4)] == pytest.approx(-1.2)
    assert a.frame.query("basis == 'ytd' and month == 4")["value"].tolist() == [410.0]
    found = sorted((w.row, w.column, w.code, w.indicator) for w in a.warnings)
    assert found == [
        (2, "1-3月增速", "percent_assumed", "tax_total"),
        (3, "1-3月增速", "percent_assumed", "va_growth"),
    ]


def test_xls_growth_written_in_percent_is_left_as_it_is():
    rows = [GROWTH[0], ["两税", 300, 410, 13.3, 0.5]]  # 0.5% is a small growth, not 50%
    a = read_actuals(xls(rows), CAT, name="f.xls", as_of=(2020, 12))
    assert sorted(a.frame.query("basis == 'ytd_yoy'")["value"]) == [0.5, 13.3]
    assert a.warnings == ()


def test_xlsx_percent_cells_need_no_guess():
    def fmt(wb):
        for row in wb["2020年"].iter_rows(min_row=2, min_col=4, max_col=5):
            for cell in row:
                cell.number_format = "0.0%"

    a = read_actuals(xlsx(("2020年", GROWTH), fmt=fmt), CAT, name="f.xlsx", as_of=(2020, 12))
    assert a.frame.query("indicator == 'tax_total' and basis == 'ytd_yoy' and month == 3")[
        "value"
    ].tolist() == [pytest.approx(13.3)]
    assert a.warnings == ()


INDENTED = [
    ["指标", "1-2月", "1-3月"],
    ["国地两税收入", 300, 450],
    ["国税", 120, 180],
    ["地税", 180, 270],
]


def indent(wb):
    for cell in ("A3", "A4"):
        wb["2020年"][cell].alignment = Alignment(indent=2)


def test_names_indented_by_excel_alignment_are_children():
    found = inspect_actuals(xlsx(("2020年", INDENTED), fmt=indent), CAT, name="f.xlsx")
    roles = [(u.indicator, u.role, u.parent) for u in found.understood]
    assert roles == [
        ("tax_total", "indicator", ""),
        ("tax_national", "child", "tax_total"),
        ("tax_local", "child", "tax_total"),
    ]
    assert set(found.actuals.indicators) == {"tax_total", "tax_national", "tax_local"}


def test_without_the_indent_the_rows_are_siblings():
    found = inspect_actuals(xlsx(("2020年", INDENTED)), CAT, name="f.xlsx")
    assert [u.role for u in found.understood] == ["indicator"] * 3


def test_a_plain_workbook_read_by_calamine_gives_what_openpyxl_gives():
    rows = [["2020年主要指标"], ["指标", "单位", "1-2月", "1-3月", "备注"]]
    rows += [["两税", "万元", 300.5, 451, "x"], ["固投", "亿元", "—", 2.25, None]]
    plain = xlsx(("2020年", rows))
    styled = xlsx(
        ("2020年", rows),
        fmt=lambda wb: setattr(wb["2020年"]["E1"], "alignment", Alignment(indent=1)),
    )
    [fast], [slow] = read_sheets(plain, "f.xlsx"), read_sheets(styled, "f.xlsx")
    # the fast path: streamed from the XML (file_readers.sheets._StreamedRows, the rows
    # calamine gives, see tests/test_readers_memory.py)
    assert type(fast.rows).__name__ == "_StreamedRows" and isinstance(slow.rows, tuple)
    assert [(n, [c for c in cells if c is not None]) for n, cells in fast.rows] == [
        (n, [c for c in cells if c is not None]) for n, cells in slow.rows
    ]
    a, b = (read_actuals(d, CAT, name="f.xlsx", as_of=(2020, 12)) for d in (plain, styled))
    assert a.frame.equals(b.frame)


def test_a_workbook_with_formulas_still_goes_through_openpyxl():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2020年"
    ws.append(["指标", "1-2月", "1-3月"])
    ws.append(["两税", 100, "=B2*2"])  # no cached value: written by a program
    ws.append(["固投", 1.0, 2.0])
    buf = io.BytesIO()
    wb.save(buf)
    found = inspect_actuals(buf.getvalue(), CAT, name="f.xlsx", as_of=(2020, 12))
    assert [(p.code, p.row, p.column) for p in found.actuals.dropped] == [
        ("formula_no_value", 2, "1-3月")
    ]
