"""The data contract: every problem reported at once, with file, row and column."""

import numpy as np
import pandas as pd
import pytest

from forecast.actuals import validate_actuals
from forecast.catalogue import Catalogue, Indicator
from forecast.errors import DataError
from forecast.panel import build_panel, monthly_from_ytd
from presentation.problems import describe
from tests.synth import long_frame, monthly_levels

CAT = Catalogue(
    (Indicator("tax", "国税", "National tax", "万元"), Indicator("n", "人数", "people", "人"))
)


def raw(rows):
    return pd.DataFrame(rows, columns=["indicator", "date", "value", "basis"])


def problems_of(frame, **kw):
    with pytest.raises(DataError) as e:
        validate_actuals(frame, CAT, "upload.csv", **kw)
    return e.value.problems


def test_every_problem_is_reported_with_row_and_column():
    frame = raw(
        [
            ("tax", "2020-01", "100", "month"),
            ("tax", "2020-13", "100", "month"),  # row 3: bad date
            ("tax", "2020-02", "abc", "month"),  # row 4: text in a number cell
            ("tax", "2020-03", "100", "weekly"),  # row 5: unknown basis
            ("tax", "2020-01", "90", "month"),  # row 6: duplicate month
            ("tax", "2020-04", "5人次", "month"),  # row 7: wrong unit
            ("n", "2020-01", "-3", "month"),  # row 8: impossible negative
        ]
    )
    found = {(p.row, p.column, p.code) for p in problems_of(frame)}
    assert found == {
        (3, "date", "bad_date"),
        (4, "value", "bad_number"),
        (5, "basis", "bad_basis"),
        (6, "date", "duplicate"),
        (7, "value", "bad_unit"),
        (8, "value", "negative"),
    }


def test_falling_cumulative_and_future_month_and_missing_month():
    frame = raw(
        [
            ("tax", "2020-02", "300", "ytd"),
            ("tax", "2020-03", "250", "ytd"),  # row 3: falls
            ("tax", "2020-09", "999", "ytd"),  # row 4: after as-of
            ("n", "2020-01", "3", "month"),
            ("n", "2020-03", "3", "month"),  # row 6: February missing
        ]
    )
    found = {(p.row, p.code) for p in problems_of(frame, as_of=(2020, 6))}
    assert found == {(3, "ytd_falls"), (4, "future"), (6, "missing_month")}


def test_messages_name_file_row_and_column_in_both_languages():
    [problem] = problems_of(raw([("tax", "2020-01", "abc", "month")]))
    assert describe(problem, "zh") == "upload.csv，第2行，“value”列：无法识别的数值“abc”"
    assert "row 2" in describe(problem, "en") and "'abc'" in describe(problem, "en")


def test_units_in_cells_convert_to_the_indicator_unit():
    a = validate_actuals(
        raw([("tax", "2020-01", "0.5亿元", "month"), ("tax", "2020-02", "1,000", "month")]),
        CAT,
        "f",
    )
    assert list(a.frame["value"]) == [5000.0, 1000.0]


def test_unknown_indicator_gets_default_entry_named_by_id():
    a = validate_actuals(raw([("新指标", "2020-01", "5万元", "month")]), CAT, "f")
    assert a.catalogue["新指标"].name_zh == "新指标"
    assert a.catalogue["新指标"].unit == "万元"


def test_new_indicators_keep_the_first_unit_met_each_their_own():
    a = validate_actuals(
        raw(
            [
                ("新甲", "2020-01", "5万元", "month"),
                ("新乙", "2020-01", "3人", "month"),
                ("新甲", "2020-02", "0.1亿元", "month"),
                ("新乙", "2020-02", "2万人", "month"),
                ("新丙", "2020-01", "1亿元", "month"),
            ]
        ),
        CAT,
        "f",
    )
    units = {i: a.catalogue[i].unit for i in ("新甲", "新乙", "新丙")}
    assert units == {"新甲": "万元", "新乙": "人", "新丙": "亿元"}
    values = a.frame.set_index(["indicator", "month"])["value"].to_dict()
    assert values == {
        ("新甲", 1): 5.0,
        ("新甲", 2): 1000.0,
        ("新乙", 1): 3.0,
        ("新乙", 2): 20000.0,
        ("新丙", 1): 1.0,
    }


def test_mixed_unit_families_for_an_uncatalogued_indicator_is_an_error():
    frame = raw([("x", "2020-01", "5万元", "month"), ("x", "2020-02", "5人次", "month")])
    assert [p.code for p in problems_of(frame)] == ["mixed_units"]


def test_jan_feb_together_is_a_block_not_an_invented_january():
    levels = monthly_levels(2)
    a = validate_actuals(long_frame("tax", levels, jan_feb_together=True), CAT, "f")
    panel = build_panel(a, "tax")
    assert np.isnan(panel.ytd[:, 0]).all()
    np.testing.assert_allclose(panel.ytd[:, 1], levels[:, :2].sum(axis=1), rtol=1e-6)
    monthly = monthly_from_ytd(panel.ytd)
    assert np.isnan(monthly[:, 0]).all()
    np.testing.assert_allclose(monthly[:, 1], levels[:, :2].sum(axis=1), rtol=1e-6)
    np.testing.assert_allclose(monthly[:, 2:], levels[:, 2:], rtol=1e-6)


def test_monthly_and_cumulative_rows_give_the_same_panel():
    levels = monthly_levels(3)
    by_month = build_panel(validate_actuals(long_frame("tax", levels), CAT, "f"), "tax")
    by_ytd = build_panel(validate_actuals(long_frame("tax", levels, basis="ytd"), CAT, "f"), "tax")
    np.testing.assert_allclose(by_month.ytd, by_ytd.ytd, rtol=1e-6)


def test_validation_does_not_modify_the_input_frame():
    frame = raw([("tax", "2020-01", "5,000", "month")])
    before = frame.copy()
    validate_actuals(frame, CAT, "f")
    pd.testing.assert_frame_equal(frame, before)
