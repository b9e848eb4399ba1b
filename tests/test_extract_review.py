"""The extract table and the review of figures read from a report (presentation, pure): ids as
column names, formula-safe files, the clause marks, and confirmed rows turned into actuals and
targets rows that the readers accept."""

import io

import pandas as pd
import pytest

from file_readers.tables import SAMPLE_TARGETS, read_actuals, read_catalogue, read_targets
from forecast.extract import COLUMNS, extract
from forecast.targets import Goal, Target
from presentation import report_reader as rr
from presentation.text import t

CATALOGUE = read_catalogue()
TEXT = (
    "1-5月，全镇完成国地两税收入5010万元，同比增长12%，占年计划1.1亿元的45.5%；"
    "规上工业增加值增长13.3%。\n"
    "2020年目标任务：全社会固定资产投资11亿元，规上工业增加值增长10%；半年目标固投5.5亿元。\n"
    "=SUM(A1) 城镇化率达到52.3%。"
)


@pytest.fixture(scope="module")
def rows():
    return extract(TEXT, CATALOGUE, year=2020).rows


def test_the_table_has_the_issues_columns_in_order_whatever_the_language(rows):
    frame = rr.extract_frame(rows)
    assert list(frame.columns) == list(COLUMNS)
    assert frame.loc[0, "value"] == 5010 and frame.loc[0, "growth_pct"] == 12
    assert pd.isna(frame.loc[1, "value"])


def test_csv_has_a_bom_ids_as_headers_and_formulas_made_inert(rows):
    data = rr.extract_bytes(rows, ".csv")
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == ",".join(COLUMNS)
    assert ",'=SUM(A1) 城镇化率达到52.3%。" in text
    first = text.splitlines()[1].split(",")
    assert first[6:10] == ["5010", "万元", "", "12"]  # numbers as written, not 5010.0
    assert (
        ",-2.6," in rr.extract_bytes(extract("1-5月国税2441万元,下降2.6%。").rows, ".csv").decode()
    )
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert back.loc[0, "value"] == 5010 and back.loc[0, "target_value"] == 1.1


def test_xlsx_keeps_formula_text_as_text(rows):
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(rr.extract_bytes(rows, ".xlsx")))
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    sentences = [row[-1].value for row in sheet.iter_rows(min_row=2)]
    assert "=SUM(A1) 城镇化率达到52.3%。" in sentences
    assert all(row[-1].data_type == "s" for row in sheet.iter_rows(min_row=2))


def test_labels_exist_in_both_languages():
    for lang in ("zh", "en"):
        labels = rr.column_labels(lang)
        assert set(COLUMNS) <= set(labels) and all(labels.values())
    assert t("extract_note_no_figures", "en")


def test_the_clauses_are_marked_and_numbered_and_the_text_escaped(rows):
    page = rr.highlight_html(TEXT, rows)
    assert "<b>[3,4]</b>" in page and "<br>" in page
    assert page.count("<mark") == len({(r.start, r.end) for r in rows})
    text = "<b>一、</b>\n1-5月，国税2441万元。"
    page = rr.highlight_html(text, extract(text, CATALOGUE, year=2020).rows)
    assert "&lt;b&gt;一、&lt;/b&gt;" in page
    assert (
        '<mark style="background:#fde9b6">1-5月，国税2441万元。<sup><b>[1]</b></sup></mark>' in page
    )


def test_confirmed_actuals_are_long_rows_the_reader_takes(rows):
    review = rr.review_table(rows)
    assert list(review.columns) == list(rr.REVIEW_COLUMNS)
    new, skipped = rr.confirmed_actuals(review)
    assert new.to_dict("records") == [
        {
            "indicator": "tax_total",
            "date": "2020-05",
            "value": 5010.0,
            "basis": "ytd",
            "unit": "万元",
        },
        {
            "indicator": "tax_total",
            "date": "2020-05",
            "value": 12.0,
            "basis": "ytd_yoy",
            "unit": "%",
        },
        {
            "indicator": "industry_va",
            "date": "2020-05",
            "value": 13.3,
            "basis": "ytd_yoy",
            "unit": "%",
        },
    ]
    assert skipped == 1  # 城镇化率: no indicator id
    sample = read_actuals(_csv(rr.merged_actuals(_sample().frame, new)), name="m.csv")
    got = sample.frame.set_index(["indicator", "year", "month", "basis"])["value"]
    assert got[("tax_total", 2020, 5, "ytd")] == 5010
    assert got[("industry_va", 2020, 5, "ytd_yoy")] == 13.3


def test_a_dropped_row_stays_out(rows):
    review = rr.review_table(rows)
    review.loc[0, "keep"] = False
    new, _ = rr.confirmed_actuals(review)
    assert ("tax_total", "ytd") not in set(zip(new["indicator"], new["basis"], strict=True))


def test_confirmed_targets_annual_half_and_from_a_share(rows):
    new, skipped = rr.confirmed_targets(rr.review_table(rows), 2020)
    assert new.to_dict("records") == [
        {
            "indicator": "tax_total",
            "year": 2020,
            "kind": "absolute",
            "value": "1.1亿元",
            "half_kind": "",
            "half_value": "",
        },
        {
            "indicator": "fai",
            "year": 2020,
            "kind": "absolute",
            "value": "11亿元",
            "half_kind": "absolute",
            "half_value": "5.5亿元",
        },
        {
            "indicator": "industry_va",
            "year": 2020,
            "kind": "growth",
            "value": "10",
            "half_kind": "",
            "half_value": "",
        },
    ]
    assert skipped == 0
    old = {("fai", 2020): Target("fai", 2020, Goal("absolute", 10.0), Goal("absolute", 5.0))}
    merged = rr.merged_targets(old, new)
    targets = read_targets(_csv(merged), CATALOGUE, name="t.csv")
    assert targets[("fai", 2020)].annual == Goal("absolute", 11.0)
    assert targets[("fai", 2020)].half == Goal("absolute", 5.5)
    assert targets[("tax_total", 2020)].annual.value == pytest.approx(11000)  # 1.1亿元 in 万元


def test_a_target_of_another_period_is_never_the_years():
    # 下半年 (7-12月) and a quarter's targets have no place in a target row: not added, counted
    text = "下半年，规上工业总产值力争增长9%。三季度力争完成固定资产投资3亿元。确保全年国地两税收入增长10%。"
    rows = extract(text, CATALOGUE, year=2020).rows
    assert {r.period for r in rows if r.kind == "target"} == {"7-12月", "7-9月", "全年"}
    new, skipped = rr.confirmed_targets(rr.review_table(rows), 2020)
    assert new[["indicator", "kind", "value", "half_value"]].to_dict("records") == [
        {"indicator": "tax_total", "kind": "growth", "value": "10", "half_value": ""}
    ]
    assert skipped == 2


def test_the_reference_reports_targets_are_half_year_ones():
    text = (
        "1-5月全社会固定资产投资完成5.1亿元,预计1-6月完成5.84亿元,占目标任务5.5亿元的106%;"
        "1-5月工业增加值增速完成13.3%,占半年目标任务13%的102%;"
    )
    new, _ = rr.confirmed_targets(rr.review_table(extract(text, CATALOGUE, year=2020).rows), 2020)
    assert new.to_dict("records") == [
        {
            "indicator": "fai",
            "year": 2020,
            "kind": "",
            "value": "",
            "half_kind": "absolute",
            "half_value": "5.5亿元",
        },
        {
            "indicator": "industry_va_growth",
            "year": 2020,
            "kind": "",
            "value": "",
            "half_kind": "growth",
            "half_value": "13",
        },
    ]
    merged = rr.merged_targets(read_targets(SAMPLE_TARGETS, CATALOGUE), new)
    targets = read_targets(_csv(merged), CATALOGUE, name="t.csv")
    assert targets[("fai", 2020)] == Target(
        "fai", 2020, Goal("absolute", 11.0), Goal("absolute", 5.5)
    )
    assert targets[("industry_va_growth", 2020)].half == Goal("growth", 13.0)


def _csv(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False).encode("utf-8")


def _sample():
    from file_readers.tables import SAMPLE_ACTUALS

    return read_actuals(SAMPLE_ACTUALS)
