"""``python -m forecast extract REPORT [--year] [--out F.csv|F.xlsx] [--lang]``: one row per
figure with the issue's columns (ids whatever --lang), CSV in UTF-8 with a BOM, bad input
refused in one sentence with status 2, a text without figures an empty table and a note."""

import io

import pandas as pd
import pytest

from command_line import main
from forecast.extract import COLUMNS
from tests.extract_corpus.documents import docx_bytes, pdf_bytes

REPORT = (
    "1-5月，全镇完成国地两税收入5010万元，同比增长12%，占年计划的48%；=规上工业增加值增长13.3%。"
)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_csv_with_bom_and_ids_as_column_names_whatever_the_language(tmp_path, capsys, lang):
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "figures.csv"
    code, _, err = run(capsys, "--lang", lang, "extract", report, "--year", 2020, "--out", out)
    assert code == 0
    data = out.read_bytes()
    assert data.startswith("\ufeff".encode())
    table = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert list(table.columns) == list(COLUMNS)
    assert table[["indicator", "period", "date", "value", "unit"]].values.tolist()[0] == [
        "tax_total", "1-5月", "2020-05", 5010, "万元",
    ]  # fmt: skip
    assert table.loc[1, "growth_pct"] == 13.3 and pd.isna(table.loc[1, "value"])
    assert ("读出2个数字" if lang == "zh" else "report.txt: 2") in err


def test_without_out_the_table_goes_to_stdout_and_lang_may_follow_the_verb(tmp_path, capsys):
    report = tmp_path / "r.md"
    report.write_text(REPORT, encoding="gbk")
    code, out, err = run(capsys, "extract", report, "--lang", "en")
    assert code == 0
    assert out.splitlines()[0] == ",".join(COLUMNS)
    assert "Figures read from r.md" in err


def test_xlsx_keeps_text_that_looks_like_a_formula_as_text(tmp_path, capsys):
    from openpyxl import load_workbook

    report = tmp_path / "r.docx"
    report.write_bytes(docx_bytes(["=SUM(1) 1-5月，国税2441万元。"]))
    out = tmp_path / "f.xlsx"
    assert run(capsys, "extract", report, "--out", out)[0] == 0
    sheet = load_workbook(out).worksheets[0]
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    assert sheet.cell(row=2, column=len(COLUMNS)).value == "=SUM(1) 1-5月，国税2441万元。"
    assert sheet.cell(row=2, column=len(COLUMNS)).data_type == "s"


def test_a_pdf_report(tmp_path, capsys):
    report = tmp_path / "r.pdf"
    report.write_bytes(pdf_bytes([REPORT]))
    code, out, _ = run(capsys, "extract", report, "--year", 2020)
    assert code == 0 and "tax_total,actual,1-5月,2020-05,ytd,5010" in out


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("scan.pdf", pdf_bytes(["1-5月，国税2441万元。"], image_only=True), "扫描"),
        ("locked.pdf", pdf_bytes(["1-5月，国税2441万元。"], encrypted=True), "加密"),
        ("empty.pdf", b"", "没有任何文字"),
        ("broken.docx", b"PK\x03\x04 broken", "损坏"),
        ("data.txt", bytes(range(256)) * 8, "不是文字文件"),
    ],
)
def test_bad_input_exits_2_with_one_sentence(tmp_path, capsys, name, data, words):
    report = tmp_path / name
    report.write_bytes(data)
    code, out, err = run(capsys, "extract", report)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and words in err and "Traceback" not in err


def test_a_text_without_figures_is_an_empty_table_and_a_note(tmp_path, capsys):
    report = tmp_path / "r.txt"
    report.write_text("坚持稳中求进工作总基调。", encoding="utf-8")
    out = tmp_path / "f.csv"
    code, _, err = run(capsys, "extract", report, "--out", out)
    assert code == 0
    assert out.read_text(encoding="utf-8-sig").splitlines() == [",".join(COLUMNS)]
    assert "没有读出数字" in err


def test_an_unknown_out_type_is_refused(tmp_path, capsys):
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    code, _, err = run(capsys, "extract", report, "--out", tmp_path / "f.json")
    assert code == 2 and "f.json" in err
