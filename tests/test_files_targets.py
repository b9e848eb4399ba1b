"""Targets as planners write them: names or aliases, title rows, blank lines counted; two rows
for one indicator, a negative absolute target and an unknown name are errors naming rows."""

import pytest

from file_readers.tables import read_targets
from forecast.errors import DataError
from presentation.problems import describe
from tests.bad_files import CAT, xlsx

HEADER = "indicator,year,kind,value\n"


def problems(data: bytes, name: str = "t.csv") -> set[tuple]:
    with pytest.raises(DataError) as e:
        read_targets(data, CAT, name=name)
    return {(p.row, p.column, p.code) for p in e.value.problems}


def test_names_and_aliases_find_the_indicator():
    data = (HEADER + "两税,2020,absolute,1.2亿元\n全社会固定资产投资,2020,growth,10\n").encode()
    found = read_targets(data, CAT, name="t.csv")
    assert found[("tax_total", 2020)].annual.value == 12000.0
    assert found[("fai", 2020)].annual.kind == "growth"


def test_an_unknown_name_is_an_error_suggesting_close_names():
    with pytest.raises(DataError) as e:
        read_targets((HEADER + "固定资产投资额,2020,absolute,10\n").encode(), CAT, name="t.csv")
    [p] = e.value.problems
    assert (p.row, p.code) == (2, "unknown_indicator")
    assert "是否为：" in describe(p) and "固定资产投资" in describe(p)


def test_two_rows_for_one_indicator_and_year_name_both_rows():
    data = (HEADER + "fai,2020,absolute,10\n\n固投,2020,absolute,12\n").encode()
    assert problems(data) == {(4, "indicator", "duplicate_target")}
    with pytest.raises(DataError) as e:
        read_targets(data, CAT, name="t.csv")
    assert e.value.problems[0].detail == "2"


def test_a_negative_absolute_target_is_an_error_a_negative_growth_is_not():
    data = (HEADER + "fai,2020,absolute,-10\nva_growth,2020,growth,-3\n").encode()
    assert problems(data) == {(2, "value", "negative_target")}
    ok = read_targets((HEADER + "va_growth,2020,growth,-3\n").encode(), CAT, name="t.csv")
    assert ok[("va_growth", 2020)].annual.value == -3.0


def test_title_rows_above_the_header_and_a_sheet():
    data = xlsx(
        (
            "目标",
            [
                ["2020年目标任务"],
                ["indicator", "year", "kind", "value"],
                ["固投", 2020, "absolute", 11],
            ],
        )
    )
    found = read_targets(data, CAT, name="t.xlsx")
    assert found[("fai", 2020)].annual.value == 11.0


@pytest.mark.parametrize("value", ["1e400", "abc", "=A1"])
def test_bad_values_are_errors(value):
    assert problems((HEADER + f"fai,2020,absolute,{value}\n").encode()) == {
        (2, "value", "bad_number")
    }


def test_bad_year():
    assert problems((HEADER + "fai,20200,absolute,1\n").encode()) == {(2, "year", "bad_year")}


def test_a_missing_file_is_one_problem(tmp_path):
    with pytest.raises(DataError) as e:
        read_targets(tmp_path / "none.csv", CAT)
    assert [p.code for p in e.value.problems] == ["no_file"]
