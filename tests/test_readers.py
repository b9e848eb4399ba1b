"""Reading what planners keep: long CSV/XLSX and the wide sheet with 1-2月, 1-3月… headers."""

import io

import numpy as np
import pandas as pd
import pytest

from file_readers.tables import read_actuals, read_targets
from forecast.catalogue import Catalogue, Indicator
from forecast.errors import DataError
from forecast.panel import panels
from presentation.problems import describe_all

CAT = Catalogue(
    (
        Indicator("tax_national", "国税", "National tax", "万元"),
        Indicator("fai", "全社会固定资产投资", "FAI", "亿元"),
        Indicator("va_growth", "规模工业增加值增速", "VA growth", "%"),
    )
)


def xlsx_bytes(frame: pd.DataFrame, sheet: str = "Sheet1") -> bytes:
    buf = io.BytesIO()
    frame.to_excel(buf, index=False, sheet_name=sheet)
    return buf.getvalue()


def test_wide_cumulative_sheet_with_units_in_cells():
    wide = pd.DataFrame(
        {
            "指标": ["国税", "全社会固定资产投资", "规模工业增加值增速"],
            "1-2月": ["1,010", "1.2亿元", "8.5%"],
            "1-3月": ["1500万元", "2.0", "9.1"],
            "1-4月": ["0.2亿元", "30000万元", ""],
        }
    )
    a = read_actuals(xlsx_bytes(wide, "2020年"), CAT, name="台账.xlsx")
    p = panels(a)
    np.testing.assert_allclose(p["tax_national"].ytd[0, 1:4], [1010, 1500, 2000])
    np.testing.assert_allclose(p["fai"].ytd[0, 1:4], [1.2, 2.0, 3.0])
    assert np.isnan(p["fai"].ytd[0, 0]), "1-2月 is a block, no January is invented"
    np.testing.assert_allclose(p["va_growth"].growth[0, 1:3], [8.5, 9.1])
    assert p["fai"].years.tolist() == [2020]


def test_wide_monthly_sheet_needs_and_takes_the_basis():
    wide = pd.DataFrame({"指标": ["国税"], "1月": ["100"], "2月": ["120"], "3月": ["130"]})
    data = wide.to_csv(index=False).encode("utf-8")
    with pytest.raises(DataError) as e:
        read_actuals(data, CAT, name="m.csv", year=2020)
    assert {p.code for p in e.value.problems} == {"no_basis"}
    a = read_actuals(data, CAT, name="m.csv", year=2020, basis="month")
    np.testing.assert_allclose(panels(a)["tax_national"].ytd[0, :3], [100, 220, 350])
    named = read_actuals(xlsx_bytes(wide, "2020年当月"), CAT, name="m.xlsx")
    np.testing.assert_allclose(panels(named)["tax_national"].ytd[0, :3], [100, 220, 350])


def test_wide_sheet_errors_name_the_row_and_the_month_column():
    wide = pd.DataFrame(
        {
            "指标": ["国税", "全社会固定资产投资"],
            "1-2月": ["100", "1.0"],
            "1-3月": ["九十", "5人次"],
        }
    )
    with pytest.raises(DataError) as e:
        read_actuals(xlsx_bytes(wide, "2020累计"), CAT, name="台账.xlsx")
    found = {(p.row, p.column, p.code) for p in e.value.problems}
    assert found == {(2, "1-3月", "bad_number"), (3, "1-3月", "bad_unit")}
    assert "台账.xlsx，第2行，“1-3月”列" in describe_all(e.value, "zh")


def test_long_xlsx_reads_like_csv():
    long = pd.DataFrame(
        {
            "indicator": ["fai", "fai"],
            "date": ["2020-02", "2020-03"],
            "value": [1.2, 2.0],
            "basis": ["ytd", "ytd"],
        }
    )
    a = read_actuals(xlsx_bytes(long), CAT, name="long.xlsx")
    b = read_actuals(long.to_csv(index=False).encode(), CAT, name="long.csv")
    pd.testing.assert_frame_equal(a.frame.drop(columns="row"), b.frame.drop(columns="row"))


def test_a_broken_file_is_reported_not_raised():
    with pytest.raises(DataError) as e:
        read_actuals(b"PK\x03\x04garbage", CAT, name="broken.xlsx")
    assert e.value.problems[0].code == "unreadable"
    assert e.value.problems[0].file == "broken.xlsx"


def test_a_month_after_today_is_an_error():
    long = pd.DataFrame(
        {"indicator": ["fai"], "date": ["2999-02"], "value": ["1"], "basis": ["ytd"]}
    )
    with pytest.raises(DataError) as e:
        read_actuals(long.to_csv(index=False).encode(), CAT, name="f.csv")
    assert e.value.problems[0].code == "future"


def test_targets_with_units_and_half_year_goals():
    t = pd.DataFrame(
        {
            "indicator": ["fai", "va_growth"],
            "year": [2020, 2020],
            "kind": ["absolute", "growth"],
            "value": ["11亿元", "13%"],
            "half_kind": ["", "growth"],
            "half_value": ["55000万元", "13"],
        }
    )
    targets = read_targets(t.to_csv(index=False).encode(), CAT, name="t.csv")
    fai = targets[("fai", 2020)]
    assert (fai.annual.value, fai.half.value, fai.half.kind) == (11.0, 5.5, "absolute")
    assert targets[("va_growth", 2020)].annual.kind == "growth"


def test_a_gbk_csv_saved_by_excel_on_chinese_windows_reads():
    text = "indicator,date,value,basis\n国税,2020-01,5万元,month\n"
    a = read_actuals(text.encode("gb18030"), CAT, name="国税.csv")
    assert a.frame["indicator"].tolist() == ["tax_national"]  # the Chinese name finds the id
    assert a.frame["value"].tolist() == [5.0]
