"""Plausibility warnings: a figure about 10⁴ off its own history or its target (元, 万元 and
亿元 mixed up) or a growth rate beyond ±100% is named with file, row and column; the load
goes on and the value is kept as written."""

import pandas as pd

from forecast.actuals import validate_actuals
from forecast.plausibility import against_targets
from forecast.targets import Goal, Target
from presentation.problems import describe
from tests.bad_files import CAT


def frame(rows):
    return pd.DataFrame(rows, columns=["indicator", "date", "value", "basis"])


def test_investment_typed_in_wan_yuan_under_yi_yuan_warns():
    rows = [("fai", f"{y}-05", v, "ytd") for y, v in ((2017, "4.1"), (2018, "4.6"), (2019, "5.0"))]
    rows.append(("fai", "2020-05", "51000", "ytd"))
    a = validate_actuals(frame(rows), CAT, "f.csv")
    [w] = a.warnings
    assert (w.row, w.column, w.code, w.indicator) == (5, "value", "implausible_scale", "fai")
    assert "51000" in describe(w) and "一万倍" in describe(w)
    assert a.frame["value"].max() == 51000.0  # kept as written


def test_growth_beyond_100_percent_warns():
    a = validate_actuals(frame([("va_growth", "2020-05", "133", "ytd_yoy")]), CAT, "f.csv")
    assert [(w.code, w.value) for w in a.warnings] == [("implausible_growth", "133")]


def test_ordinary_history_gives_no_warning():
    rows = [("fai", f"{y}-05", str(4 + y - 2017), "ytd") for y in range(2017, 2021)]
    assert validate_actuals(frame(rows), CAT, "f.csv").warnings == ()


def test_a_flow_crossing_zero_is_no_scale_slip():
    rows = [("flow", "2019-04", "0.001", "ytd"), ("flow", "2020-04", "-658", "ytd")]
    assert validate_actuals(frame(rows), CAT, "f.csv").warnings == ()


def test_a_value_10000_times_its_target_warns():
    a = validate_actuals(frame([("fai", "2020-05", "51000", "ytd")]), CAT, "f.csv")
    targets = {("fai", 2020): Target("fai", 2020, Goal("absolute", 11.0))}
    [w] = against_targets(a.frame, targets, "f.csv")
    assert (w.row, w.code, w.value, w.detail) == (2, "implausible_scale", "51000", "11")
    assert (
        against_targets(a.frame, {("fai", 2020): Target("fai", 2020, Goal("absolute", 1e5))}, "f")
        == []
    )


def test_the_command_line_warns_and_still_projects(tmp_path, capsys):
    from command_line import main

    actuals = tmp_path / "a.csv"
    rows = ["indicator,date,value,basis"]
    rows += [
        f"fai,{y}-{m:02d},{0.5 * m + y - 2017},ytd"
        for y in (2017, 2018, 2019)
        for m in range(2, 13)
    ]
    rows += [f"fai,2020-{m:02d},{5000 * m}万元,ytd" for m in range(2, 6)]  # 万元 read right
    rows += ["fai,2020-06,31000,ytd"]  # typed in 万元 under 亿元
    actuals.write_text("\n".join(rows) + "\n", encoding="utf-8")
    targets = tmp_path / "t.csv"
    targets.write_text("indicator,year,kind,value\n固投,2020,absolute,11\n", encoding="utf-8")
    assert main(["project", "--actuals", str(actuals), "--targets", str(targets)]) == 0
    err = capsys.readouterr().err
    assert "第39行" in err and "一万倍" in err
