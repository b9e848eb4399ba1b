"""Every planner's sheet of tests/planner_sheets.py gives exactly its expected outcome: the
whole file refused with these problems (row, column, code), or these indicators kept with these
values, these dropped with these codes, and these warnings."""

import pytest

from file_readers.tables import inspect_actuals
from tests.outcomes import assert_town_outcome
from tests.planner_sheets import AS_OF, HALF, KNOWN_MISSES, PCAT, PLANNER


def test_the_catalogue_holds_at_least_40_sheets_in_two_halves():
    assert len(PLANNER) >= 40
    assert len({c.id for c in PLANNER}) == len(PLANNER)
    halves = list(HALF.values())
    assert min(halves.count("first"), halves.count("second")) >= 15


def _marked(case):
    if case.id in KNOWN_MISSES:
        return pytest.param(
            case, marks=pytest.mark.xfail(reason=f"{case.id}: {KNOWN_MISSES[case.id]}", strict=True)
        )
    return case


@pytest.mark.parametrize(
    "case", [_marked(c) for c in PLANNER], ids=[f"{HALF[c.id]}-{c.id}" for c in PLANNER]
)
def test_each_sheet_gives_its_expected_outcome(case):
    found = inspect_actuals(case.data, PCAT, name=case.name, as_of=AS_OF, **case.options)
    if case.towns:  # towns side by side: a district's file, each town found
        assert found.district is not None, found.problems
        assert found.towns == case.towns
        return
    assert_town_outcome(case, found)


def test_a_figure_restated_alike_on_another_sheet_is_kept_once():
    # p86: the 2020 sheet's 上年同期 for 固投 (4.8) agrees with the 2019 sheet's own 1-5月
    [case] = [c for c in PLANNER if c.id.startswith("p86")]
    frame = inspect_actuals(case.data, PCAT, name=case.name).actuals.frame
    fai = frame[frame["indicator"] == "fai"]
    assert not frame.duplicated(["indicator", "year", "month", "basis"]).any()
    assert fai.set_index(["year", "month"])["value"].to_dict() == {
        (2019, 4): 3.9,
        (2019, 5): 4.8,
        (2020, 4): 4.0,
        (2020, 5): 5.1,
    }


@pytest.mark.parametrize(
    "prefix",
    ["p93", "p118"],
)
def test_a_total_plan_or_estimate_column_is_no_month(prefix):
    # p93: a 合计 right of 1月…12月; p118: 1-5月计划 and 1-6月预计 beside 1-5月实际
    [case] = [c for c in PLANNER if c.id.startswith(prefix)]
    frame = inspect_actuals(case.data, PCAT, name=case.name, as_of=AS_OF).actuals.frame
    this_year = frame[frame["year"] == 2020]
    assert this_year["month"].max() == 5
    assert not frame.duplicated(["indicator", "year", "month", "basis"]).any()


_NO_GROWTH = (
    "growth_point_column_not_growth",
    "change_without_percent_not_growth",
    *(f"growth_header_not_actual_{n}" for n in range(6)),
)


@pytest.mark.parametrize("case_id", _NO_GROWTH)
def test_columns_that_are_no_actual_growth_give_no_growth(case_id):
    # bad-files cases found probing past p89-p118: 增长点, 增减 without %, 年均增长%, 增速排名,
    # 目标增速%, 预计增长% … were read as this year's growth (the case itself lists none)
    from tests.bad_files import AS_OF as BF_AS_OF
    from tests.bad_files import CASES, CAT

    [case] = [c for c in CASES if c.id == case_id]
    frame = inspect_actuals(case.data, CAT, name=case.name, as_of=BF_AS_OF).actuals.frame
    assert not frame["basis"].isin(["ytd_yoy", "month_yoy"]).any()


@pytest.mark.parametrize("case_id", [f"month_header_not_actual_{n}" for n in range(5)])
def test_month_columns_that_are_no_actual_give_no_month(case_id):
    # bad-files cases found probing past p89-p118: 1-5月应完成, 考核数, 月均 … read as 1-5月
    from tests.bad_files import AS_OF as BF_AS_OF
    from tests.bad_files import CASES, CAT

    [case] = [c for c in CASES if c.id == case_id]
    frame = inspect_actuals(case.data, CAT, name=case.name, as_of=BF_AS_OF).actuals.frame
    assert frame["month"].max() == 4
