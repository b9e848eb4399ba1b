"""The streamed reader of plain workbooks (file_readers.sheets._StreamedRows) gives exactly
the rows calamine gives, on every plain workbook of the bad-files catalogue and the planners'
sheets and on odd ones written here; what it does not read as calamine does goes to calamine.
(Its memory is measured by bench/readers.py.)"""

import io
import zipfile

import openpyxl
import pytest
from openpyxl.styles import Font

import file_readers.sheets as sheets
from tests.bad_files import CASES
from tests.planner_sheets import PLANNER


def _plain(data: bytes) -> bool:
    """A workbook the fast path takes (no formulas, no percent formats or indents)."""
    if not data.startswith(sheets._ZIP):
        return False
    try:
        surveys = sheets._surveys(data)
    except zipfile.BadZipFile:  # a catalogue case of a broken zip
        return False
    return not any(s.formulas for s in surveys.values()) and not sheets._styled(data)


def _both(data: bytes, chunk: int | None = None, monkeypatch=None):
    """(streamed sheets or None, calamine's sheets) of a plain workbook, as names and rows."""
    if chunk is not None:
        monkeypatch.setattr(sheets, "_CHUNK", chunk)
    found = sheets._streamed(data, "f.xlsx", sheets.MAX_ROWS, sheets._surveys(data))
    calamine = sheets._calamine(data, "f.xlsx", sheets.MAX_ROWS, formats=True)
    as_rows = [(s.name, list(s.rows), s.formats) for s in calamine]
    return (None if found is None else [(s.name, list(s.rows), s.formats) for s in found]), as_rows


CATALOGUE = [(c.id, c.data) for c in [*CASES, *PLANNER] if _plain(c.data)]


def test_the_catalogue_has_plain_workbooks_to_compare():
    assert len(CATALOGUE) >= 40


@pytest.mark.parametrize("case_id,data", CATALOGUE, ids=[c for c, _ in CATALOGUE])
def test_streamed_rows_are_calamines(case_id, data):
    found, calamine = _both(data)
    if found is not None:  # else calamine reads it, as before
        assert found == calamine


def test_most_of_the_catalogue_is_streamed():
    streamed = [
        c
        for c, d in CATALOGUE
        if sheets._streamed(d, "f", sheets.MAX_ROWS, sheets._surveys(d)) is not None
    ]
    assert len(streamed) >= 0.8 * len(CATALOGUE)


@pytest.mark.parametrize("chunk", [7, 64, 300])
def test_small_chunks_give_the_same_rows(chunk, monkeypatch):
    """Every cut of the XML between chunks (inside a tag, a string, a number)."""
    data = _book(
        [
            ["指标", "date", "value"],
            *[[f"i{k}", f"2020-{k % 12 + 1:02d}", k * 1.5] for k in range(60)],
        ]
    )
    found, calamine = _both(data, chunk, monkeypatch)
    assert found is not None and found == calamine


def _book(*rows_of_sheets, fmt=None, names=None) -> bytes:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for k, rows in enumerate(rows_of_sheets):
        ws = wb.create_sheet(names[k] if names else f"s{k}")
        for r in rows:
            ws.append(r)
    if fmt:
        fmt(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _place(ws, cells: dict) -> None:
    for ref, value in cells.items():
        ws[ref] = value


ODD = {
    # data from C3: calamine's columns start at the first one holding a value, rows at 1
    "offset": lambda: _book([], fmt=lambda wb: _place(wb["s0"], {"C3": "指标", "D5": 1.5})),
    "gaps": lambda: _book([["a", None, "b"], [], [None, None, None, 3], ["x"]]),
    "types": lambda: _book(
        [
            [" lead", "trail ", True, False, "a&b<c>\"'", "多字节", 0.1, 1e20, -0.0, "x\ny"],
            [None, "", " ", 3, None, "#N/A", "#DIV/0!", 12345678901234567890, -1e-300],
        ]
    ),
    "empty and hidden sheets": lambda: _book(
        [["a", 1]],
        [],
        [["b", 2]],
        fmt=lambda wb: setattr(wb["s2"], "sheet_state", "hidden"),
    ),
    "fonts only": lambda: _book(
        [["a", 1], ["b", 2]], fmt=lambda wb: setattr(wb["s0"]["A1"], "font", Font(bold=True))
    ),
    "wide": lambda: _book([[f"c{k}" for k in range(60)], list(range(60))]),
    "chinese names": lambda: _book(
        [["指标", "1-2月"], ["国税", 5]], [["指标", "1-3月"], ["地税", 6]], names=["2020年", "表 2"]
    ),
}


@pytest.mark.parametrize("name", list(ODD))
def test_odd_plain_workbooks(name):
    found, calamine = _both(ODD[name]())
    assert found is not None and found == calamine


def _with_shared_strings(data: bytes) -> bytes:
    """The same workbook with its inline strings moved to a shared strings table (as Excel
    writes them), one run split in two formatted runs."""
    import html
    import re
    from xml.sax.saxutils import escape

    src = zipfile.ZipFile(io.BytesIO(data))
    strings: list[str] = []

    def shared(m: re.Match) -> str:
        strings.append(escape(html.unescape(m.group(2))))  # characters, not &#…; escapes
        return f'{m.group(1)} t="s"><v>{len(strings) - 1}</v></c>'

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                text = re.sub(
                    r'(<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")?) t="inlineStr"><is><t>([^<]*)</t></is></c>',
                    shared,
                    body.decode(),
                )
                body = text.encode()
            dst.writestr(item, body)
        runs = "".join(
            f"<si><r><rPr><b/></rPr><t>{s[:1]}</t></r><r><t>{s[1:]}</t></r></si>"
            if k == 0 and "&" not in s
            else f"<si><t>{s}</t></si>"
            for k, s in enumerate(strings)
        )
        sst = (
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{len(strings)}" uniqueCount="{len(strings)}">{runs}</sst>'
        )
        dst.writestr("xl/sharedStrings.xml", sst)
    return out.getvalue()


def test_shared_strings_and_runs():
    plain = _book([["指标名称", "date", "value"], ["国税", "2020-01", 5], ["地税", "2020-01", 6]])
    data = _with_shared_strings(plain)
    assert b't="s"' in zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    found, calamine = _both(data)
    assert found is not None and found == calamine


@pytest.mark.parametrize(
    "why,fmt",
    [
        ("a date", lambda wb: _place(wb["s0"], {"B2": __import__("datetime").date(2020, 5, 1)})),
        ("a time format", lambda wb: setattr(wb["s0"]["B2"], "number_format", "hh:mm")),
    ],
)
def test_dates_go_to_calamine(why, fmt):
    data = _book([["a", 1], ["b", 2]], fmt=fmt)
    found, _ = _both(data)
    assert found is None  # calamine turns these cells into dates: it reads the workbook


def test_an_escape_goes_to_calamine():
    data = _book([["a_x000D_b", 1]])
    found, _ = _both(data)
    assert found is None


def test_over_max_rows_is_refused_before_the_rows_are_walked():
    data = _book([["a", k] for k in range(30)])
    with pytest.raises(sheets.DataError) as e:
        sheets.read_sheets(data, "f.xlsx", max_rows=20)
    assert [(p.code, p.value) for p in e.value.problems] == [("too_many_rows", "30")]


def test_a_shared_string_without_text_goes_to_calamine():
    """Calamine leaves an <si/> out of its list (the strings after it move up by one)."""
    data = _with_shared_strings(_book([["指标名称", "value"], ["国税", 5]]))
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "xl/sharedStrings.xml":
                body = body.replace(b"<si>", b"<si/><si>", 1)
            dst.writestr(item, body)
    found, _ = _both(out.getvalue())
    assert found is None


def test_inspect_lines_kept_as_codes_come_back_as_they_were_given():
    from file_readers.layout import Lines, Understood

    given = [
        Understood(
            "2020年", 3, "国税", "tax_national", "name", "万元", "column", "2020-02…2020-05"
        ),
        Understood("2020年", 4, "　其中：地税", "tax_local", role="child", parent="tax_national"),
        Understood("2019年", 9, "合计", role="total", entity="沿滩镇"),
        Understood("说明", None, "注：…", role="skipped", why="note"),
        Understood(
            "2020年", 3, "国税", "tax_national", "name", "万元", "column", "2020-02…2020-05"
        ),
    ]
    lines = Lines()
    lines.append(given[0])
    lines.extend(given[1:])
    assert len(lines) == 5
    assert list(lines) == given
    assert list(lines) == given  # read twice: iterating does not use them up
    assert lines[1] == given[1] and lines[-1] == given[-1]
    with pytest.raises(IndexError):
        lines[5]
