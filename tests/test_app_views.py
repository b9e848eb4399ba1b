"""What the pages display: presentation.overview/indicator/intake/problems over the domain's
forecast.alternatives (pure, no streamlit)."""

import re

import numpy as np
import pandas as pd
import pytest

from forecast import actuals as actuals_mod
from forecast import alternatives
from forecast.actuals import validate_actuals
from forecast.catalogue import Catalogue, Indicator
from forecast.checks import check
from forecast.errors import Problem
from forecast.methods.skill import skill_at
from forecast.projection import project_all
from forecast.targets import Goal, Target
from presentation import fmt, indicator, intake, overview, problems, sheets
from tests.app_fakes import CATALOGUE, town


@pytest.fixture(scope="module")
def figures():
    return town()


def test_overview_puts_the_riskiest_first_with_units(figures):
    projections, checks, _ = figures
    table = overview.overview_table(projections, checks, CATALOGUE, "zh")
    assert list(table["status_code"]) == ["off_track", "at_risk", "on_track", "no_target"]
    tax = table.set_index("indicator").loc["tax_total"]
    assert tax["ytd"] == "5,010万元" and tax["target"] == "10,000万元"
    assert tax["point"] == "10,200万元" and tax["status"] == "有风险"
    assert tax["p_meet"] == pytest.approx(78.0) and tax["p_meet_text"] == "78%"
    assert tax["time_progress"] == pytest.approx(5 / 12 * 100)
    assert tax["task_progress"] == pytest.approx(50.1)
    assert tax["double_half"] == "是"
    output = table.set_index("indicator").loc["output"]
    assert output["target"] == "—" and np.isnan(output["p_meet"])
    assert output["p_meet_text"] == "—"
    english = overview.overview_table(projections, checks, CATALOGUE, "en")
    assert english.set_index("indicator").loc["tax_total", "status"] == "at risk"


def test_indicator_choices_follow_the_catalogue_and_pick_the_riskiest(figures):
    projections, checks, _ = figures
    ids, default = overview.indicator_choices(projections, checks, CATALOGUE)
    assert ids == ["tax_total", "fai", "va_growth", "output"]
    assert ids[default] == "va_growth"  # off track


def test_status_counts_and_thresholds(figures):
    _, checks, _ = figures
    assert overview.status_counts(checks) == {
        "off_track": 1,
        "at_risk": 1,
        "on_track": 1,
        "no_target": 1,
    }
    assert "≥80%" in overview.thresholds_text("zh") and "<50%" in overview.thresholds_text("zh")
    assert "50–80%" in overview.thresholds_text("en")


def history(years=range(2016, 2021), last_month=5):
    """Monthly tax amounts for a few years, the last one up to ``last_month``."""
    rng = np.random.default_rng(1)
    rows = []
    for year in years:
        for m in range(1, 13):
            if year == max(years) and m > last_month:
                break
            value = 800 * (1.06 ** (year - 2016)) * (1 + 0.3 * np.sin(m)) * rng.uniform(0.95, 1.05)
            rows.append(("tax", f"{year}-{m:02d}", f"{value:.0f}", "month"))
    cat = Catalogue((Indicator("tax", "国税", "National tax", "万元"),))
    raw = pd.DataFrame(rows, columns=["indicator", "date", "value", "basis"])
    return validate_actuals(raw, cat, "t.csv")


@pytest.fixture(scope="module")
def tax():
    actuals = history()
    p = project_all(actuals)["tax"]
    target = Target("tax", 2020, Goal("absolute", float(p.point * 1.02)))
    return actuals, p, target, check(p, target)


def test_fan_is_nested_and_anchored_at_today(tax):
    actuals, p, _, c = tax
    frames = indicator.fan_frames(alternatives.history_panel(actuals, p), p, c)
    bands = frames["bands"].pivot(index="month", columns="band", values=["low", "high"])
    assert (bands[("low", "90%")] <= bands[("low", "80%")] + 1e-9).all()
    assert (bands[("low", "80%")] <= bands[("low", "50%")] + 1e-9).all()
    assert (bands[("high", "50%")] <= bands[("high", "80%")] + 1e-9).all()
    assert (bands[("high", "80%")] <= bands[("high", "90%")] + 1e-9).all()
    assert bands.index.min() == 5 and bands.index.max() == 12
    assert bands.loc[5, ("low", "90%")] == pytest.approx(p.ytd)
    required = frames["required"]
    assert required["value"].iloc[0] == pytest.approx(p.ytd)
    assert required["value"].iloc[-1] == pytest.approx(c.target)
    assert required["value"].is_monotonic_increasing
    roles = frames["history"].groupby("role")["year"].unique()
    assert list(roles["this"]) == [2020] and list(roles["last"]) == [2019]
    assert (frames["history"].query("role == 'this'")["month"] <= 5).all()
    assert frames["target"]["value"].iloc[0] == pytest.approx(c.target)


def test_every_method_at_this_cut_with_its_backtest_skill(tax):
    actuals, p, target, c = tax
    rows = alternatives.method_rows(actuals, p, target)
    assert [r.method for r in rows] == list(alternatives.METHOD_ORDER)
    auto = rows[0]
    assert auto.point == pytest.approx(p.point)
    assert auto.p_meet == pytest.approx(c.p_meet)
    for r in rows:
        assert r.q10 <= r.point <= r.q90
        assert r.skill_years == 3  # 2017, 2018, 2019 each projected from the years before
        assert 0 <= r.skill_error < 0.5
    table = indicator.method_table(rows, p.unit, p.method, "zh")
    assert table.loc[0, "chosen"] == "✓" and table.loc[0, "method"] == "自动组合"
    assert table.loc[0, "skill_error"].startswith("±") and table.loc[0, "skill_error"].endswith("%")
    assert list(table["p_meet"]) == [fmt.probability(r.p_meet, "zh") for r in rows]


def test_skill_is_the_rolling_origin_error_of_the_point(tax):
    actuals, p, _, _ = tax
    panel = alternatives.history_panel(actuals, p)
    years, error = skill_at(panel, 2020, 5, "runrate")
    ytd = panel.ytd
    truth = np.log(ytd[1:4, 11] / ytd[1:4, 4])
    expected = np.sqrt(np.mean((np.log(12 / 5) - truth) ** 2))
    assert years == 3
    assert error == pytest.approx(np.exp(expected) - 1)


def test_explanation_in_words(tax):
    actuals, p, target, c = tax
    rows = alternatives.method_rows(actuals, p, target)
    zh = indicator.explain(p, c, rows, "zh")
    assert zh[0].startswith("采用自动组合")
    assert "截至5月的年末预测典型误差约±" in zh[1] and "3个年份" in zh[1]
    assert zh[2].startswith("有80%的把握全年在")
    assert zh[3].endswith(f"的概率{fmt.probability(c.p_meet, 'zh', about=True)}。")
    assert "约约" not in zh[3] and re.search(r"概率(约\d+%|不足1%|超过99%)。", zh[3])
    en = indicator.explain(p, c, rows, "en")
    assert en[0].startswith("Automatic blend")


def test_no_history_is_said_in_words():
    actuals = history(years=[2020])
    p = project_all(actuals)["tax"]
    c = check(p, None)
    rows = alternatives.method_rows(actuals, p, None)
    text = indicator.explain(p, c, rows, "zh")
    assert "没有可回测的往年数据" in text[1]
    assert any("没有往年完整数据" in line for line in text)
    assert rows[0].skill_years == 0
    assert indicator.method_table(rows, p.unit, p.method, "en").loc[0, "skill_error"] == (
        "no past year to test"
    )


def test_growth_indicator_has_one_method_with_skill_in_points():
    rows = []
    for year in range(2016, 2021):
        for m in range(2, 13 if year < 2020 else 6):
            rows.append(("g", f"{year}-{m:02d}", f"{10 + m * 0.1 + year % 3:.1f}", "ytd_yoy"))
    cat = Catalogue((Indicator("g", "增速", "growth", "%"),))
    actuals = validate_actuals(
        pd.DataFrame(rows, columns=["indicator", "date", "value", "basis"]), cat, "g.csv"
    )
    p = project_all(actuals)["g"]
    rows = alternatives.method_rows(actuals, p, None)
    assert [r.method for r in rows] == ["growth_drift"]
    assert rows[0].skill_years == 2
    table = indicator.method_table(rows, "%", p.method, "zh")
    assert table.loc[0, "skill_error"].endswith("个百分点")


def test_as_of_options_and_default():
    actuals = history(last_month=5)
    assert actuals_mod.as_of_options(actuals)[-1] == (2020, 5)
    assert actuals_mod.default_as_of(actuals) == (2020, 5)
    assert fmt.as_of((2020, 5), "zh") == "2020年1-5月"
    assert fmt.as_of((2020, 5), "en") == "Jan–May 2020"
    assert fmt.year_month((2016, 1), "zh") == "2016年1月"


def test_problem_table_lists_row_column_and_description():
    found = [
        Problem("up.csv", 3, "date", "bad_date", "2020-13"),
        Problem("up.csv", None, None, "empty"),
    ]
    table = problems.problem_table(found, "zh")
    assert list(table.columns) == ["行", "列", "问题"]
    assert table.iloc[0].tolist()[:2] == ["3", "date"]
    assert table.iloc[0]["问题"] == problems.describe(found[0], "zh")
    assert "row 3" in problems.problem_table(found, "en").iloc[0]["problem"]


def test_editable_table_is_text_indexed_by_spreadsheet_row():
    frame = pd.DataFrame(
        {"indicator": ["tax", "tax"], "date": ["2020-01", "2020-02"], "value": [100.0, "abc"]}
    )
    table = intake.editable_table(frame)
    assert list(table.index) == [2, 3]
    assert table.loc[2, "value"] == "100"  # a whole number without its .0
    assert table.loc[3, "value"] == "abc"
    assert intake.editable_table(None).empty  # a file that cannot be read


def test_export_sheet_formats_follow_units(figures):
    projections, checks, _ = figures
    sheet = sheets.export_sheet(projections, checks, CATALOGUE, "en")
    frame = sheet.frame.set_index("Indicator")
    formats = sheet.formats.set_index(sheet.frame["Indicator"])
    assert formats.loc["Fixed-asset investment", "Year-end"] == "0.00"
    assert formats.loc["National and local tax revenue", "To date"] == "#,##0"
    assert formats.loc["Industrial value added growth", "To date"] == "0.0%"
    assert frame.loc["Industrial value added growth", "To date"] == pytest.approx(0.133)
    assert pd.isna(frame.loc["Gross industrial output", "Target"])


def test_table_height_shows_every_row():
    assert overview.table_height(14) == 15 * 35 + 3


def test_ranges_with_a_negative_end_read_as_words():
    assert overview.range_text(9673.2, 10527.0, "万元", "zh") == "9,673–10,527万元"
    assert overview.range_text(-13.2, -1.4, "%", "zh") == "−13.2%至−1.4%"
    assert overview.range_text(-13.2, 1.4, "%", "en") == "−13.2% to 1.4%"
    assert overview.signed(0.6, "%", plus=True) == "+0.6"


def test_growth_rates_show_the_gap_in_points_and_no_task_progress(figures):
    projections, checks, _ = figures
    table = overview.overview_table(projections, checks, CATALOGUE, "zh").set_index("indicator")
    growth = table.loc["va_growth"]
    assert np.isnan(growth["task_progress"]) and growth["gap"].endswith("个百分点")
    assert table.loc["tax_total", "gap"] == "+200万元"
    assert table.loc["output", "gap"] == "—"


def test_double_half_of_a_growth_rate_is_the_rate_against_the_target(figures):
    # 13.3% to date against a 13% target: ahead, in the table and in the workbook alike
    projections, checks, _ = figures
    p = projections["va_growth"]
    assert check(p, Target("va_growth", 2020, Goal("growth", 13))).double_half is True
    assert check(p, Target("va_growth", 2020, Goal("growth", 14))).double_half is False
    lower = check(p, Target("va_growth", 2020, Goal("growth", 13)), higher_is_better=False)
    assert lower.double_half is False  # a rate to keep under 13%
    assert check(p, None).double_half is None
    table = overview.overview_table(projections, checks, CATALOGUE, "zh").set_index("indicator")
    sheet = sheets.export_sheet(projections, checks, CATALOGUE, "zh").frame.set_index("指标")
    assert table.loc["va_growth", "double_half"] == "是"
    assert sheet.loc["规模工业增加值增速", "双过半"] == "是"
    assert sheet.loc["国地两税收入", "双过半"] == table.loc["tax_total", "double_half"] == "是"


def test_cards_name_the_targets_likely_to_be_missed(figures):
    projections, checks, _ = figures
    cards = overview.miss_cards(projections, checks, CATALOGUE, "zh")
    assert [c.indicator for c in cards] == ["va_growth", "tax_total"]
    tax = cards[1]
    assert tax.name == "国地两税收入" and tax.status_text == "有风险"
    assert tax.forecast == "预计 10,200万元，目标 10,000万元（+200万元）"
    assert tax.chance == "完成概率 78%"
    assert tax.need.startswith("6-12月需月均 ")
    english = overview.miss_cards(projections, checks, CATALOGUE, "en")
    assert english[1].chance == "Chance of meeting it: 78%"
    assert overview.rows_of([1, 2, 3, 4, 5], 4) == [[1, 2, 3, 4], [5]]


def test_the_year_end_strip_is_a_small_svg(figures):
    import base64

    projections, checks, _ = figures
    uri = overview.band_strip(projections["tax_total"], checks["tax_total"])
    svg = base64.b64decode(uri.split(",", 1)[1]).decode()
    assert svg.startswith("<svg") and svg.count("<rect") == 4  # two bands, median, target
    no_target = overview.band_strip(projections["output"], checks["output"])
    assert base64.b64decode(no_target.split(",", 1)[1]).decode().count("<rect") == 3


def test_the_year_end_inset_has_its_own_scale_and_says_the_gap(tax):
    from presentation import charts

    actuals, p, _, c = tax
    frames = indicator.fan_frames(alternatives.history_panel(actuals, p), p, c)
    low, high = charts.year_end_domain(frames)
    q05, q95 = p.quantiles((0.05, 0.95))
    assert low < min(q05, c.target) and high > max(q95, c.target)
    assert low > 0.5 * q05  # fitted to the year-end, not from zero
    gap = indicator.gap_sentence(p, c, "zh")
    assert gap[0].startswith("预计较目标 −") and gap[1].startswith("完成概率 ")
    spec = charts.year_end_chart(frames, p.unit, gap, "zh").to_dict()
    assert spec["title"]["subtitle"] == gap
    texts = [
        v["text"]
        for d in spec["datasets"].values()
        for v in d
        if isinstance(v, dict) and "text" in v
    ]
    assert any(x.startswith("全年目标 ") for x in texts)
    assert any(x.startswith("预测中位数 ") for x in texts)
    assert indicator.gap_sentence(p, check(p, None), "en") == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_method_is_named_in_both_languages(lang):
    from forecast.alternatives import METHOD_ORDER

    for m in (*METHOD_ORDER, "auto", "hw", "growth_drift"):
        name = indicator.method_name(m, lang)
        assert name and name != m and not name.startswith("method_")


def test_metric_cards_carry_units_band_need_and_status(figures):
    projections, checks, _ = figures
    p, c = projections["tax_total"], checks["tax_total"]
    cards = indicator.metric_cards(p, c, "en")
    assert [m.label for m in cards] == [
        "To date",
        "Year-end (median)",
        "Annual target",
        "Chance of meeting target",
    ]
    assert cards[0].value.endswith(p.unit) and cards[1].value.endswith(p.unit)
    assert cards[1].delta.startswith("80% band ") and cards[1].delta.endswith(p.unit)
    assert cards[3].value == fmt.probability(c.p_meet, "en")
    assert cards[3].color == indicator.STATUS_COLORS[c.status]
    assert cards[3].delta == {"off_track": "off track", "at_risk": "at risk"}.get(
        c.status, cards[3].delta
    )


def test_a_missing_month_folds_under_the_unreadable_row_it_follows_from():
    bad = Problem("up.csv", 52, "value", "bad_number", "abc", "", "tax_total")
    gap = Problem("up.csv", 53, "date", "missing_month", "2020-03", "", "tax_total")
    other = Problem("up.csv", 90, "value", "bad_number", "x", "", "fai")
    alone = Problem("up.csv", 120, "date", "missing_month", "2020-02", "", "retail")
    folded = problems.fold([bad, gap, other, alone])
    assert [(f.problem, f.knock_ons) for f in folded] == [
        (bad, (gap,)),
        (other, ()),
        (alone, ()),  # no unreadable row of its own indicator: a problem to fix
    ]
    # the nearest unreadable row above the gap is its cause; a wide sheet's is the same row
    earlier = Problem("up.csv", 40, "value", "bad_number", "y", "", "tax_total")
    wide_gap = Problem("w.xlsx", 7, "1-3月", "missing_month", "2020-03", "", "fai")
    wide_bad = Problem("w.xlsx", 7, "1-2月", "bad_number", "?", "", "fai")
    folded = problems.fold([earlier, bad, gap, wide_bad, wide_gap])
    assert [len(f.knock_ons) for f in folded] == [0, 1, 1]
    assert folded[1].knock_ons == (gap,) and folded[2].knock_ons == (wide_gap,)


def test_the_problem_table_counts_a_bad_cell_once_with_its_knock_on_beside_it():
    bad = Problem("up.csv", 52, "value", "bad_number", "abc", "", "tax_total")
    gap = Problem("up.csv", 53, "date", "missing_month", "2020-03", "", "tax_total")
    table = problems.problem_table([bad, gap], "zh")
    assert list(table.columns) == ["行", "列", "问题", "由此引起"]
    assert len(table) == 1 and table.iloc[0]["行"] == "52"
    assert table.iloc[0]["由此引起"] == problems.describe(gap, "zh")
    assert "2020-03" in table.iloc[0]["由此引起"]


def test_bad_cells_mark_the_column_at_fault_or_the_whole_row():
    found = [
        Problem("up.csv", 3, "value", "bad_number", "abc"),
        Problem("up.csv", 3, "date", "bad_date", "2020-13"),
        Problem("up.csv", 5, "月份", "bad_date", "x"),  # a column the table does not have
        Problem("up.csv", None, None, "empty"),
        Problem("up.csv", 9, "value", "bad_number", "?", "", "tax_total"),
        Problem("up.csv", 10, "date", "missing_month", "2020-04", "", "tax_total"),  # knock-on
    ]
    cells = problems.bad_cells(found, ["indicator", "date", "value"])
    assert cells == {3: {"value", "date"}, 5: {"indicator", "date", "value"}, 9: {"value"}}


def test_first_of_says_the_first_problem_and_counts_the_rest():
    found = [
        Problem("s.json", None, None, "scenario_schema", "x"),
        Problem("s.json", None, None, "scenario_version", "9"),
        Problem("s.json", None, None, "scenario_version", "8"),
    ]
    assert problems.first_of(found, "zh") == problems.describe(found[0], "zh") + "（另有2处问题）"
    assert problems.first_of(found[:1], "en") == problems.describe(found[0], "en")
