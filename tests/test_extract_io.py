"""Reading reports from files: text (UTF-8, GBK), Word (paragraphs and tables), PDF (text
layer, ruled tables, lines broken by the page width), and every kind of bad input."""

import pytest

from file_readers.reports import read_report
from file_readers.tables import read_catalogue
from forecast.errors import DataError
from forecast.extract import extract
from tests.extract_corpus.documents import docx_bytes, pdf_bytes

CATALOGUE = read_catalogue()
PROSE = "1-5月，全镇完成国地两税收入5010万元，同比增长12%，占年计划的48%。预计全年完成1.1亿元。"
TABLE = [
    ["指标", "单位", "当月", "累计", "同比%"],
    ["国税", "万元", "520", "3410", "6.6"],
    ["地税", "万元", "", "3620", ""],
]


def figures(report):
    found = extract(report.text, CATALOGUE, year=2020)
    for r in found.rows:
        assert report.text[r.start : r.end] == r.sentence
    return [(r.indicator, r.kind, r.period, r.value, r.unit, r.growth_pct) for r in found.rows]


EXPECTED = [
    ("tax_total", "actual", "1-5月", 5010, "万元", 12),
    ("tax_total", "forecast", "全年", 1.1, "亿元", None),
    ("tax_national", "actual", "5月", 520, "万元", None),
    ("tax_national", "actual", "1-5月", 3410, "万元", 6.6),
    ("tax_local", "actual", "1-5月", 3620, "万元", None),
]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_plain_text_in_utf8_or_gbk(tmp_path, encoding):
    path = tmp_path / "report.txt"
    path.write_bytes((PROSE + "\r\n").encode(encoding))
    report = read_report(path)
    assert (report.kind, report.text) == ("text", PROSE + "\n")
    assert figures(report) == EXPECTED[:2]


def test_text_broken_at_a_width_is_joined_again_and_other_text_is_left_alone():
    text = "一、经济运行情况\n" + PROSE + "\n二、下一步工作\n力争全年完成国地两税收入1.2亿元。\n"
    wrapped = "\n".join(
        line[i : i + 20] for line in text.split("\n") for i in range(0, max(len(line), 1), 20)
    )
    report = read_report(wrapped.encode(), "copied.txt")
    assert report.text.splitlines()[:2] == ["一、经济运行情况", PROSE]
    assert figures(report)[:2] == EXPECTED[:2]
    assert read_report(text.encode(), "plain.txt").text == text


def test_markdown_tables_are_read_as_table_lines():
    text = PROSE + "\n\n| 指标 | 单位 | 当月 | 累计 | 同比% |\n|---|---|---|---|---|\n"
    text += "| 国税 | 万元 | 520 | 3410 | 6.6 |\n| 地税 | 万元 | - | 3620 | - |\n"
    assert figures(read_report(text.encode(), "report.md")) == EXPECTED


def test_word_paragraphs_and_tables_in_document_order():
    report = read_report(docx_bytes([PROSE, "二、下一步工作"], table=TABLE), "report.docx")
    assert report.kind == "docx"
    assert report.text.splitlines() == [
        PROSE,
        "指标 | 单位 | 当月 | 累计 | 同比%",
        "国税 | 万元 | 520 | 3410 | 6.6",
        "地税 | 万元 | - | 3620 | -",
        "二、下一步工作",
    ]
    assert figures(report) == EXPECTED


def test_pdf_text_joined_across_the_page_width_and_its_table():
    report = read_report(pdf_bytes([PROSE + "\n二、投资"], table=TABLE, width=20), "r.pdf")
    assert (report.kind, report.pages) == ("pdf", 1)
    assert report.text.splitlines()[:2] == [PROSE, "二、投资"]
    assert "国税 | 万元 | 520 | 3410 | 6.6" in report.text.splitlines()
    assert figures(report) == EXPECTED


def test_pdf_pages_without_tables_are_text_only():
    report = read_report(pdf_bytes([PROSE, "1-6月，国税3800万元。"]), "r.pdf")
    assert report.pages == 2
    assert report.text.splitlines() == [PROSE, "1-6月，国税3800万元。"]


@pytest.mark.parametrize(
    "data, name, code",
    [
        (b"", "empty.txt", "report_empty"),
        (b"  \n ", "blank.md", "report_empty"),
        (pdf_bytes([""]), "blank.pdf", "report_empty"),
        (pdf_bytes(["1-5月，国税3410万元。"], image_only=True), "scan.pdf", "report_scanned"),
        (pdf_bytes(["1-5月，国税3410万元。"], encrypted=True), "locked.pdf", "report_encrypted"),
        (b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n", "broken.pdf", "report_corrupt"),
        (b"PK\x03\x04 not really a zip", "broken.docx", "report_corrupt"),
        (bytes(range(256)) * 20, "data.bin", "report_binary"),
        (b"\x00\x01\x02text", "nul.txt", "report_binary"),
    ],
)
def test_bad_input_is_one_plain_problem(data, name, code):
    with pytest.raises(DataError) as caught:
        read_report(data, name)
    assert [(p.file, p.code) for p in caught.value.problems] == [(name, code)]


def test_a_missing_file_is_unreadable(tmp_path):
    with pytest.raises(DataError) as caught:
        read_report(tmp_path / "nope.txt")
    assert caught.value.problems[0].code == "unreadable"
