"""One bad series never stops the rest: a problem confined to one indicator drops that
indicator alone (named with file, row and column); whole-file problems stop the file."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from forecast.actuals import validate_actuals
from forecast.batch import DROPPED, dropped_rows, project_each
from forecast.catalogue import Catalogue, Indicator
from forecast.errors import DataError
from forecast.panel import build_panel
from presentation.problems import describe, describe_all
from tests.synth import long_frame, monthly_levels

CAT = Catalogue(
    (
        Indicator("tax", "国税", "National tax", "万元"),
        Indicator("fai", "固定资产投资", "FAI", "亿元"),
        Indicator("flow", "净融资", "Net financing", "亿元", allow_negative=True),
    )
)
CHINA_MORE = Path(__file__).resolve().parents[2] / "shared" / "data" / "china_more.csv"


def good(indicator: str, years: int = 3, last_month: int = 5, seed: int = 1) -> pd.DataFrame:
    return long_frame(indicator, monthly_levels(years, seed=seed), 2018, last_month=last_month)


def with_row(frame: pd.DataFrame, row: tuple) -> pd.DataFrame:
    return pd.concat([frame, pd.DataFrame([row], columns=frame.columns)], ignore_index=True)


def test_a_bad_cell_drops_only_its_indicator_and_names_row_and_column():
    tax = good("tax")
    fai = good("fai", seed=2)
    fai.loc[3, "value"] = "abc"
    frame = pd.concat([tax, fai], ignore_index=True)
    a = validate_actuals(frame, CAT, "f.csv")
    assert a.indicators == ["tax"]
    assert a.dropped_indicators == ["fai"]
    [p] = a.dropped
    assert (p.row, p.column, p.code, p.indicator) == (
        len(tax) + 3 + 2,
        "value",
        "bad_number",
        "fai",
    )
    assert "第" in describe(p) and "“value”列" in describe(p)
    # tax is exactly what it would be alone
    alone = validate_actuals(tax, CAT, "f.csv")
    pd.testing.assert_frame_equal(a.frame, alone.frame)


def test_every_indicator_bad_is_a_whole_file_error():
    frame = good("tax")
    frame.loc[0, "value"] = "abc"
    with pytest.raises(DataError) as e:
        validate_actuals(frame, CAT, "f.csv")
    assert [p.code for p in e.value.problems] == ["bad_number"]


def test_a_row_without_a_name_stops_the_file():
    frame = with_row(good("tax"), ("", "2020-05", "12", "month"))
    with pytest.raises(DataError) as e:
        validate_actuals(frame, CAT, "f.csv")
    assert [(p.code, p.indicator) for p in e.value.problems] == [("no_name", None)]


def test_a_blank_row_is_skipped():
    frame = with_row(good("tax"), ("", "", "", ""))
    assert len(validate_actuals(frame, CAT, "f.csv").frame) == len(good("tax"))


def test_a_missing_month_this_year_drops_that_indicator_a_past_gap_warns():
    tax = good("tax")
    tax = tax[tax["date"] != "2020-03"]  # this year's March missing
    fai = good("fai", seed=2)
    fai = fai[fai["date"] != "2018-07"]  # a past year's July missing
    a = validate_actuals(pd.concat([tax, fai], ignore_index=True), CAT, "f.csv")
    assert a.indicators == ["fai"]
    assert [(p.code, p.value) for p in a.dropped] == [("missing_month", "2020-03")]
    assert [(w.code, w.value, w.indicator) for w in a.warnings] == [
        ("history_gap", "2018-07", "fai")
    ]
    panel = build_panel(a, "fai")
    assert np.isnan(panel.ytd[0, 6:]).all() and np.isfinite(panel.ytd[1]).all()


def test_negative_months_for_flows_that_may_be_negative():
    levels = monthly_levels(3)
    levels[1, 3] = -50.0
    flow = long_frame("flow", levels, 2018, last_month=5)
    unknown = long_frame("新的净流量", levels, 2018, last_month=5)
    tax = long_frame("tax", levels, 2018, last_month=5)
    a = validate_actuals(pd.concat([flow, unknown, tax], ignore_index=True), CAT, "f.csv")
    assert a.indicators == ["flow", "新的净流量"]
    assert [(p.code, p.indicator) for p in a.dropped] == [("negative", "tax")]
    assert build_panel(a, "flow").ytd[1, 3] < build_panel(a, "flow").ytd[1, 2]


def test_a_falling_ytd_is_a_negative_month_allowed_for_flows():
    rows = [("flow", f"2020-{m:02d}", str(v), "ytd") for m, v in ((2, 100), (3, 80), (4, 120))]
    a = validate_actuals(
        pd.DataFrame(rows, columns=["indicator", "date", "value", "basis"]), CAT, "f"
    )
    assert list(a.frame["value"]) == [100.0, 80.0, 120.0]


def test_a_month_clashing_with_the_ytd_drops_the_indicator():
    rows = [
        ("tax", "2020-01", "100", "ytd"),
        ("tax", "2020-02", "250", "ytd"),
        ("tax", "2020-02", "100", "month"),  # the ytd says 150
        ("fai", "2020-01", "1", "month"),
    ]
    frame = pd.DataFrame(rows, columns=["indicator", "date", "value", "basis"])
    a = validate_actuals(frame, CAT, "f")
    assert [(p.row, p.code, p.detail) for p in a.dropped] == [(4, "month_clash", "150")]


@pytest.mark.parametrize("text", ["1e400", "-1e999"])
def test_a_number_too_large_is_refused(text):
    frame = with_row(good("fai", seed=2), ("tax", "2020-01", text, "month"))
    a = validate_actuals(frame, CAT, "f")
    assert [(p.code, p.indicator) for p in a.dropped] == [("not_finite", "tax")]


def test_an_unknown_name_is_a_new_indicator_with_a_warning_suggesting_close_names():
    frame = good("固定资产投资额")
    a = validate_actuals(frame, CAT, "f.csv")
    [w] = a.warnings
    assert (w.code, w.value, w.row) == ("new_indicator", "固定资产投资额", 2)
    assert w.detail == "固定资产投资"
    assert "是否为：固定资产投资？" in describe(w)
    assert "did you mean 固定资产投资?" in describe(w, "en")


def test_project_each_leaves_out_a_series_the_method_cannot_take(monkeypatch):
    from forecast import projection

    frame = pd.concat([good("tax"), good("fai", seed=2)], ignore_index=True)
    a = validate_actuals(frame, CAT, "f.csv")
    real = projection.project_all
    one = projection.project

    def fussy(panel, *args, **kw):  # the method fails on fai's series alone
        if panel.indicator == "fai":
            raise FloatingPointError("log of a negative amount")
        return one(panel, *args, **kw)

    monkeypatch.setattr(projection, "project", fussy)
    found = project_each(a, n=200)
    assert list(found.projections) == ["tax"]
    assert found.partial and found.dropped_indicators == ["fai"]
    [p] = found.dropped
    assert p.code == "method_failed" and "FloatingPointError" in p.detail
    # tax's figures are those of tax projected alone
    alone = real(validate_actuals(good("tax"), CAT, "f.csv"), n=200)
    np.testing.assert_array_equal(found.projections["tax"].paths, alone["tax"].paths)


def test_the_table_gets_a_row_for_each_indicator_left_out():
    from forecast.checks import checks_for
    from forecast.table import projection_table

    fai = good("fai", seed=2)
    fai.loc[3, "value"] = "abc"
    a = validate_actuals(pd.concat([good("tax"), fai], ignore_index=True), CAT, "f.csv")
    found = project_each(a, n=200)
    table = projection_table(
        found.projections, checks_for(found.projections, {}, a.catalogue), a.catalogue
    )
    names = {i: a.catalogue[i].name_zh for i in a.catalogue}
    out = dropped_rows(table, found.dropped, names)
    assert list(out["indicator"]) == ["tax", "fai"]
    last = out.iloc[-1]
    assert (last["status"], last["notes"], last["name"]) == (DROPPED, "bad_number", "固定资产投资")
    assert pd.isna(last["point"])


def test_describe_all_lists_200_problems_and_counts_the_rest():
    frame = pd.DataFrame(
        [("tax", "2020-13", "1", "month")] * 250, columns=["indicator", "date", "value", "basis"]
    )
    with pytest.raises(DataError) as e:
        validate_actuals(frame, CAT, "f.csv")
    lines = describe_all(e.value).splitlines()
    assert len(lines) == 201 and lines[-1] == "另有 50 处问题未列出"


@pytest.mark.skipif(not CHINA_MORE.exists(), reason="../shared/data is absent")
def test_china_more_projects_as_published():
    from file_readers.tables import read_actuals

    a = read_actuals(CHINA_MORE)
    assert not a.dropped
    assert {w.code for w in a.warnings} <= {"history_gap", "new_indicator"}
    found = project_each(a, (2026, 7), n=200)
    assert set(found.projections) == {
        "CN_GPB_REVENUE_YTD",
        "CN_GPB_REVENUE_YTD_YOY",
        "CN_LOCAL_GPB_REVENUE_YTD",
        "CN_LOCAL_GPB_REVENUE_YTD_YOY",
        "CN_TAX_REVENUE_YTD",
        "CN_TAX_REVENUE_YTD_YOY",
    }
    assert not found.dropped
    for p in found.projections.values():
        assert np.isfinite(p.paths).all()


def test_a_net_flow_with_negative_months_is_projected_or_dropped_with_a_reason():
    levels = monthly_levels(4, base=100.0)
    levels[:, 3] = -40.0  # every April a net outflow
    levels[1, 7] = 0.0
    frame = pd.concat(
        [long_frame("flow", levels, 2017, last_month=5), good("tax")], ignore_index=True
    )
    a = validate_actuals(frame, CAT, "f.csv")
    assert a.indicators == ["tax", "flow"]
    found = project_each(a, (2020, 5), n=300)
    assert "tax" in found.projections
    if "flow" in found.projections:
        assert np.isfinite(found.projections["flow"].paths).all()
    else:
        assert [p.code for p in found.dropped] == ["method_failed"]
