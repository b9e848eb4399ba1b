"""The 情景 page's logic without the page (presentation.scenario_form/scenario_text and
scenarios.edit/apply/solve): widget values to assumptions and
back, draft edits, goal-seek sentences, comparison tables with units."""

import io
from datetime import UTC, datetime

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from forecast.catalogue import Catalogue, Indicator
from forecast.checks import check
from forecast.projection import Projection
from forecast.targets import Goal
from presentation import exports, fmt
from presentation import scenario_form as form
from presentation import scenario_text as stext
from presentation.files import excel_bytes
from presentation.indicator import method_choices
from scenarios import (
    Assumption,
    GroupShock,
    OneOff,
    Profile,
    Scenario,
    ScenarioResult,
    Shock,
    builtin_scenarios,
    edit,
)
from scenarios import apply as apply_mod
from scenarios import solve as solve_mod
from scenarios.store import Version
from tests.app_fakes import CATALOGUE, town

LAST = np.cumsum([10, 10, 10, 10, 10, 10, 20, 20, 20, 20, 20, 40], dtype=float)  # 200 in all


def projection(k=5, n=1000, ytd=55.0, factor=1.1, spread=0.1, indicator="tax_total"):
    """Remaining months = last year's × factor × a lognormal draw (median exactly 1), 万元."""
    rng = np.random.default_rng(1)
    noise = np.exp(spread * rng.standard_normal(n))
    noise /= np.median(noise)
    monthly = factor * np.diff(np.concatenate([[0.0], LAST]))[k:][None, :] * noise[:, None]
    this_year = np.full(12, np.nan)
    this_year[k - 1] = ytd
    return Projection(
        indicator,
        2020,
        k,
        "auto",
        "万元",
        "level",
        ytd,
        ytd + np.cumsum(monthly, axis=1),
        LAST.copy(),
        this_year,
    )


def growth_projection(k=5):
    rng = np.random.default_rng(2)
    draws = 12.0 + rng.standard_normal(500)
    steps = np.arange(1, 13 - k) / (12 - k)
    paths = 13.3 + (draws[:, None] - 13.3) * steps[None, :]
    last = np.full(12, 11.0)
    return Projection(
        "va_growth", 2020, k, "growth_drift", "%", "growth", 13.3, paths, last, growth_ytd=13.3
    )


RICH = Assumption(
    growth=8.0,
    growth_by_month={9: 12.5, 12: -3.0},
    one_offs=(OneOff(9, 1.5), OneOff(11, 200.0)),
    shocks=(Shock(7, 8, -10.0),),
    profile=Profile("custom", 3, tuple(float(x) for x in range(1, 13))),
    method="share",
    quantile=0.75,
    fixed={10: 0.0},
)


def inputs_from(a: Assumption, p: Projection, lang: str = "zh") -> form.Inputs:
    """What the page's widgets hold when they start from ``a``."""
    span, size = form.shock_initial(a, p)
    kind, years = form.profile_initial(a)
    methods, chosen = method_choices(p, a.method)
    quantiles, level = form.quantile_choices(a)
    return form.Inputs(
        method=methods[chosen],
        growth=a.growth,
        growth_months=form.growth_frame(a, p, lang),
        amounts=form.amounts_frame(a, p, lang),
        shock_months=span,
        shock_pct=size,
        profile=kind,
        profile_years=years,
        shares=form.shares_frame(a, p, lang),
        quantile=quantiles[level],
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(
    "a",
    [
        Assumption(),
        RICH,
        Assumption(profile=Profile("average", 4)),
        Assumption(profile=Profile("last_year")),
        Assumption(shocks=(Shock(6, 12, 5.0), Shock(9, 9, -20.0))),  # the second has no widget
    ],
    ids=["empty", "rich", "average", "last_year", "two_shocks"],
)
def test_widgets_started_from_an_assumption_read_back_the_same(a, lang):
    p = projection()
    assert form.assumption_from_inputs(p, a, inputs_from(a, p, lang), lang) == a


def test_tables_offer_only_the_months_still_to_come():
    p = projection(k=5)
    for frame in (
        form.growth_frame(RICH, p),
        form.amounts_frame(RICH, p),
        form.shares_frame(RICH, p),
    ):
        assert list(frame["month"]) == ["6月", "7月", "8月", "9月", "10月", "11月", "12月"]
    assert list(form.growth_frame(RICH, p, "en")["month"])[:2] == ["Jun", "Jul"]
    assert form.remaining_months(p) == [6, 7, 8, 9, 10, 11, 12]
    assert form.months_after(11) == [12] and form.months_after(12) == []
    # a shock saved on reported months is clipped to the months left
    assert form.shock_initial(Assumption(shocks=(Shock(3, 7, -5.0),)), p) == ((6, 7), -5.0)
    assert form.shock_initial(Assumption(), p) == ((6, 12), None)


def test_edited_cells_become_one_offs_fixed_months_and_rates():
    p = projection()
    amounts = form.amounts_frame(Assumption(), p)
    amounts.loc[3, "one_off"] = 1.5  # 9月
    amounts.loc[4, "fixed"] = 0.0  # 10月 set to nothing
    months = form.growth_frame(Assumption(), p)
    months.loc[6, "growth"] = 20.0  # 12月
    got = form.assumption_from_inputs(
        p,
        Assumption(),
        form.Inputs(
            method="auto", growth=5.0, growth_months=months, amounts=amounts, profile="model"
        ),
    )
    assert got == Assumption(
        growth=5.0, growth_by_month={12: 20.0}, one_offs=(OneOff(9, 1.5),), fixed={10: 0.0}
    )
    # a shock of zero or without a size is no shock; reversed months are put in order
    shock = form.Inputs(shock_months=(9, 7), shock_pct=-10.0)
    assert form.assumption_from_inputs(p, Assumption(), shock).shocks == (Shock(7, 9, -10.0),)
    assert (
        form.assumption_from_inputs(p, Assumption(), form.Inputs(shock_months=(7, 9))).shocks == ()
    )


def test_a_custom_profile_keeps_reported_months_and_takes_typed_shares():
    p = projection()
    shares = form.shares_frame(Assumption(), p)
    # prefilled with last year's shares of the year (%): 6月 10 of 200 = 5%
    assert shares["share"].tolist() == [5.0, 10.0, 10.0, 10.0, 10.0, 10.0, 20.0]
    shares.loc[6, "share"] = 40.0
    got = form.assumption_from_inputs(
        p, Assumption(), form.Inputs(profile="custom", shares=shares)
    ).profile
    assert got.kind == "custom" and len(got.shares) == 12
    assert got.shares[:5] == (5.0, 5.0, 5.0, 5.0, 5.0) and got.shares[11] == 40.0


def test_a_growth_rate_indicator_takes_only_growth_and_the_method():
    p = growth_projection()
    assert method_choices(p) == (["growth_drift"], 0)
    previous = Assumption(quantile=0.9)  # from 乐观: kept, as it has no widget here
    got = form.assumption_from_inputs(
        p,
        previous,
        form.Inputs(method="growth_drift", growth=14.0, amounts=form.amounts_frame(RICH, p)),
    )
    assert got == Assumption(growth=14.0, quantile=0.9)


def test_the_models_method_is_no_assumption():
    p = projection()
    methods, chosen = method_choices(p)
    assert methods[chosen] == "auto" and "share" in methods
    assert form.assumption_from_inputs(p, Assumption(), form.Inputs(method="auto")) == Assumption()
    assert (
        form.assumption_from_inputs(p, Assumption(), form.Inputs(method="share")).method == "share"
    )


def test_replacing_one_indicators_assumption_in_the_draft():
    draft = Scenario("草稿", indicators={"fai": Assumption(growth=5.0)})
    assert edit.with_assumption(draft, "fai", Assumption(growth=5.0)) is draft
    more = edit.with_assumption(draft, "tax_total", Assumption(growth=-3.0))
    assert dict(more.indicators) == {
        "fai": Assumption(growth=5.0),
        "tax_total": Assumption(growth=-3.0),
    }
    assert dict(edit.with_assumption(more, "fai", Assumption()).indicators) == {
        "tax_total": Assumption(growth=-3.0)
    }
    assert draft.indicators["fai"].growth == 5.0  # the draft itself never changes


GROUPED = Catalogue(
    (
        Indicator("tax_total", "国地两税收入", "Tax", "万元", "taxes"),
        Indicator("fai", "全社会固定资产投资", "FAI", "亿元", "investment"),
        Indicator("funds", "到位市外资金", "Funds", "亿元", "investment"),
        Indicator("odd", "某指标", "Odd", "亿元", "mystery"),
    )
)


def test_group_shocks_table_round_trips_and_keeps_what_it_cannot_show():
    draft = Scenario(
        "x",
        group_shocks=(
            GroupShock("investment", 7, 9, -10.0),
            GroupShock("investment", 11, 12, 5.0),  # a second one on the same group
            GroupShock("elsewhere", 6, 6, 1.0),  # a group these indicators lack
        ),
    )
    months = form.months_after(5)
    frame = form.group_frame(draft, GROUPED, ["tax_total", "fai", "funds"], months)
    assert list(frame["group"]) == ["*", "taxes", "investment"]
    assert list(frame["label"]) == ["全部指标", "税收类", "投资类"]
    assert frame.loc[2, ["start", "end", "pct"]].tolist() == ["7月", "9月", -10.0]
    assert form.group_shocks_from_frame(frame, draft, months) == draft.group_shocks
    frame.loc[0, ["start", "end", "pct"]] = ["10月", "8月", -5.0]  # months in either order
    frame.loc[2, "pct"] = np.nan  # cleared
    assert form.group_shocks_from_frame(frame, draft, months) == (
        GroupShock("*", 8, 10, -5.0),
        GroupShock("investment", 11, 12, 5.0),
        GroupShock("elsewhere", 6, 6, 1.0),
    )
    assert (
        stext.group_label("mystery") == "mystery"
        and stext.group_label("*", "en") == "all indicators"
    )
    assert [g.group for g in draft.shocks_reaching(GROUPED["fai"].group)] == [
        "investment",
        "investment",
    ]


def test_the_draft_in_words_with_units():
    draft = Scenario(
        "x",
        indicators={"fai": RICH},
        group_shocks=(GroupShock("*", 7, 9, -10.0),),
    )
    table = stext.describe(draft, CATALOGUE, "zh")
    assert list(table["name"]) == ["全社会固定资产投资", "全部指标"]
    text = table.loc[0, "assumption"]
    for part in (
        "后续月份增长+8.0%",
        "9月增长+12.5%",
        "9月一次性+1.50亿元",
        "10月定为0.00亿元",
        "7-8月冲击-10.0%",
        "季节分布自定义",
        "方法：季节占比法",
        "取模型75.0%分位",
    ):
        assert part in text
    assert table.loc[1, "assumption"] == "7-9月冲击-10.0%"
    assert "Sep one-off +1.50亿元" in stext.describe(draft, CATALOGUE, "en").loc[0, "assumption"]
    assert stext.describe(Scenario("empty"), CATALOGUE).empty


def test_names_labels_and_cache_keys():
    base, up, down = builtin_scenarios(["fai"])
    assert [stext.scenario_label(s, "en") for s in (base, up, down)] == [
        "baseline",
        "optimistic",
        "pessimistic",
    ]
    assert stext.scenario_label(Scenario("稳增长")) == "稳增长"
    assert edit.fingerprint(base) == edit.fingerprint(Scenario("anything")) == "baseline"
    renamed = Scenario("另一个名字", "说明", up.indicators)
    assert edit.fingerprint(renamed) == edit.fingerprint(up) != edit.fingerprint(down)
    assert edit.renamed(up, "  ", None) is up
    assert edit.renamed(up, "新名字", "说明").name == "新名字"
    assert stext.save_name_problem("  ") == "请先填写名称。"
    for name in ("基准", "乐观", "Optimistic", "baseline"):
        assert "内置情景" in stext.save_name_problem(name)
    assert stext.save_name_problem("稳增长") is None
    assert stext.new_draft("en").name == "untitled scenario" and stext.new_draft().is_baseline


def test_metrics_state_the_draft_against_the_baseline():
    projections, checks, targets = town()
    base = projections["tax_total"]
    c = checks["tax_total"]
    same = stext.indicator_metrics(base, c, base, c, True, "zh")
    assert [m.label for m in same] == [
        "预计全年（中位数）",
        "80%区间（万元）",
        "完成目标概率",
        "全年目标",
    ]
    assert same[0].value == "10,200万元" and same[0].delta == "与基准相同"
    assert same[1].value == "9,500–10,500" and same[1].delta == "基准 9,500–10,500万元"
    assert same[2].value == "78%" and same[3].delta == "有风险"
    higher = base.with_paths(base.paths + 600)
    hc = check(higher, targets[("tax_total", 2020)])
    moved = stext.indicator_metrics(base, c, higher, hc, True, "zh")
    assert moved[0].delta == "+600万元（基准 10,200万元）" and moved[0].color == "normal"
    assert moved[2].value == "超过99%" and moved[2].delta == "+22.0个百分点（基准 78%）"
    lower = stext.indicator_metrics(higher, hc, base, c, True, "en")
    assert lower[0].delta.startswith("-600万元") and lower[2].delta.startswith("-22.0 pp")
    assert stext.indicator_metrics(base, c, higher, hc, False, "zh")[0].color == "inverse"


def test_goal_seek_states_growth_and_monthly_amount_with_units():
    p = projection(ytd=55.0, factor=1.1)  # the rest of the year: about 165 more
    goal = Goal("absolute", 225.0)  # needs the remaining 170, last year's same months 150
    found = solve_mod.goal_seek(p, Assumption(), [], goal, 0.5)
    assert found.status == "solved"
    assert found.growth.value == pytest.approx(170 / 150 * 100 - 100, abs=0.2)
    assert found.monthly.value == pytest.approx(170 / 7, rel=0.02)
    kind, text = stext.goal_sentence(found, p, goal, True, "zh")
    assert kind == "info"
    assert text.startswith("要有50%的把握完成全年目标225万元：6-12月各月需比上年同期增长至少13.")
    assert text.endswith("，平均每月需完成24万元。")
    _, english = stext.goal_sentence(found, p, goal, True, "en")
    assert english.startswith("To meet the annual target of 225万元 with a 50% chance, Jun–Dec")
    # 80% asks for more
    assert solve_mod.goal_seek(p, Assumption(), [], goal, 0.8).growth.value > found.growth.value
    # a shock on the same months means the other months must make up for it
    shocked = solve_mod.goal_seek(p, Assumption(), [GroupShock("*", 6, 12, -10.0)], goal, 0.5)
    assert shocked.growth.value == pytest.approx((170 / 0.9 / 150 - 1) * 100, abs=0.3)


def test_goal_seek_says_plainly_when_secured_or_out_of_reach():
    p = projection(ytd=55.0)
    secured = solve_mod.goal_seek(p, Assumption(), [], Goal("absolute", 50.0), 0.8)
    assert secured.status == "already_met"
    kind, text = stext.goal_sentence(secured, p, Goal("absolute", 50.0))
    assert kind == "success" and text.startswith("全年目标50万元已有保障")
    far = Goal("absolute", 10**7)
    out = solve_mod.goal_seek(p, Assumption(), [], far, 0.5)
    kind, text = stext.goal_sentence(out, p, far)
    assert out.status == "unreachable" and kind == "error"
    assert "已不现实" in text and "增长1,000.0%" in text and "只有不足1%" in text
    kind, text = stext.goal_sentence(solve_mod.goal_seek(p, Assumption(), [], None, 0.5), p, None)
    assert kind == "info" and text == "本指标没有全年目标，无需求解。"


def test_goal_seek_on_a_growth_rate_indicator_gives_the_rate_only():
    p = growth_projection()
    goal = Goal("growth", 13.0)
    found = solve_mod.goal_seek(p, Assumption(), [], goal, 0.5)
    assert found.status == "solved" and found.monthly is None
    _, text = stext.goal_sentence(found, p, goal)
    assert "全年目标13.0%" in text and "各月需比上年同期增长至少" in text
    assert "每月需完成" not in text


def test_goal_choices_and_probability():
    assert [form.goal_choice_label(c) for c in form.GOAL_CHOICES] == [
        "50%把握",
        "80%把握",
        "其他",
    ]
    assert form.goal_probability(0.8, 0.3) == 0.8
    assert form.goal_probability(form.GOAL_OTHER, 0.3) == 0.3
    assert 0.5 in form.PROBABILITIES and 0.01 in form.PROBABILITIES and 0.99 in form.PROBABILITIES


def results_of(projections, checks, name="x"):
    return ScenarioResult(Scenario(name), projections, checks)


def test_compare_table_shows_each_scenario_with_units():
    projections, checks, targets = town()
    higher = {i: p.with_paths(p.paths * 1.06) for i, p in projections.items()}
    higher_checks = {i: check(p, targets.get((i, 2020))) for i, p in higher.items()}
    table = stext.compare_table(
        {"基准": results_of(projections, checks), "乐观": results_of(higher, higher_checks)},
        CATALOGUE,
        "zh",
    )
    assert list(table.columns) == [
        "name",
        "基准·预计全年",
        "基准·80%区间",
        "基准·完成概率",
        "基准·与目标差",
        "乐观·预计全年",
        "乐观·80%区间",
        "乐观·完成概率",
        "乐观·与目标差",
    ]
    tax = table.set_index("name").loc["国地两税收入"]
    assert tax["基准·预计全年"] == "10,200万元" and tax["基准·80%区间"] == "9,500–10,500万元"
    assert tax["基准·完成概率"] == "78%" and tax["基准·与目标差"] == "+200万元"
    growth = table.set_index("name").loc["规模工业增加值增速"]
    assert growth["基准·与目标差"] == "-1.0个百分点"
    assert table.set_index("name").loc["规模工业总产值", "基准·与目标差"] == "—"
    diff = stext.difference_table(
        results_of(projections, checks),
        results_of(higher, higher_checks),
        ("基准", "乐观"),
        CATALOGUE,
        "zh",
    ).set_index("name")
    assert diff.loc["国地两税收入", "预计全年变化（B−A）"] == "+612万元"
    assert diff.loc["国地两税收入", "完成概率变化（B−A）"] == "+22.0个百分点"
    assert diff.loc["规模工业总产值", "完成概率变化（B−A）"] == "—"
    same = stext.difference_table(
        results_of(projections, checks), results_of(projections, checks), ("a", "b"), CATALOGUE
    )
    assert set(same["预计全年变化（B−A）"]) == {"不变"}


def test_one_summary_sheet_per_scenario():
    projections, checks, _ = town()
    sheets = exports.summary_sheets(
        [("基准", projections, checks), ("乐观", projections, checks)], CATALOGUE, "zh"
    )
    assert list(sheets) == ["汇总-基准", "汇总-乐观"]
    book = load_workbook(io.BytesIO(excel_bytes(sheets)))
    assert book.sheetnames == ["汇总-基准", "汇总-乐观"]


def test_versions_are_listed_newest_first_with_local_times():
    when = datetime(2020, 6, 30, 1, 2, 3, tzinfo=UTC)
    versions = [
        Version("scenario", "稳增长", 1, when.isoformat()),
        Version("scenario", "稳增长", 2, when.replace(hour=2).isoformat()),
        Version("scenario", "其他", 1, when.replace(hour=3).isoformat()),
    ]
    table = stext.versions_table(versions, "zh")
    assert list(table.columns) == ["情景", "版本", "保存时间"]
    assert list(table["情景"]) == ["其他", "稳增长", "稳增长"]
    assert list(table["版本"]) == [1, 2, 1]
    local = when.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert table["保存时间"].iloc[2] == local
    choices = stext.version_choices(versions, "稳增长", "zh")
    assert list(choices) == [2, 1] and choices[1] == f"第1版 · {local}"
    datasets = [Version("dataset", "五月", 1, when.isoformat(), "my_town.csv")]
    assert stext.dataset_labels(datasets, "en") == {
        ("五月", 1): f"五月 · version 1 · my_town.csv · {local}"
    }
    assert stext.dataset_name("dir/my_town.csv") == "my_town"
    assert stext.dataset_name("x.csv", sample=True) == "示例镇"


def test_apply_to_one_uses_the_assumption_and_the_group_shocks():
    p = projection()
    draft = Scenario(
        "x",
        indicators={"tax_total": Assumption(growth=10.0, method="share")},
        group_shocks=(GroupShock("taxes", 6, 12, -50.0),),
    )
    got = apply_mod.apply_to_one(draft, p, GROUPED)
    assert got.method == "auto"  # the method is the caller's
    assert np.median(got.year_end) == pytest.approx(55 + 150 * 1.1 * 0.5, rel=1e-3)
    assert apply_mod.apply_to_one(Scenario("none"), p, GROUPED) is p


def test_implied_growth_and_placeholder():
    p = projection(factor=1.1)
    assert apply_mod.implied_growth(p) == pytest.approx(10.0, abs=0.01)
    assert form.growth_placeholder(p) == "留空=按模型（约10.0%）"
    assert form.growth_placeholder(growth_projection(), "en") == "empty = the model"
    assert form.column_format("亿元") == "%.2f" and form.column_format("万元") == "%.0f"


def test_months_in_words():
    assert fmt.months(6, 12) == "6-12月" and fmt.months(12, 12, "en") == "Dec"
    assert fmt.months(6, 9, "en") == "Jun–Sep"
    assert stext.quantile_label(0.5) == "中位数（不调整）"
    assert stext.quantile_label(0.9, "en").startswith("top of the 80% band")
    assert form.quantile_choices(Assumption(quantile=0.8)) == ([0.5, 0.9, 0.75, 0.25, 0.1, 0.8], 5)


def test_empty_frames_mean_nothing_assumed():
    p = projection()
    blank = pd.DataFrame({"month": ["6月"], "growth": [None]})
    assert form.assumption_from_inputs(p, Assumption(), form.Inputs(growth_months=blank)) == (
        Assumption()
    )


def test_assumptions_on_months_now_reported_are_kept_for_the_check_to_report():
    """A draft made at an earlier month keeps what the widgets no longer offer, so applying it
    names the problem instead of the assumption vanishing unseen."""
    p = projection(k=5)
    earlier = Assumption(growth_by_month={4: 3.0}, one_offs=(OneOff(5, 1.0),), fixed={3: 2.0})
    got = form.assumption_from_inputs(p, earlier, inputs_from(earlier, p))
    assert got == earlier


def test_past_growth_of_the_remaining_months():
    from forecast.panel import Panel

    years = np.array([2017, 2018, 2019, 2020])
    monthly = np.array([[10.0] * 12, [11.0] * 12, [12.1] * 12, [8.0] * 5 + [np.nan] * 7])
    ytd = np.cumsum(monthly, axis=1)
    panel = Panel("x", years, ytd, np.full_like(ytd, np.nan))
    past = solve_mod.past_growth(panel, 2020, 5)
    assert (past.first_year, past.last_year) == (2018, 2019)
    assert past.low == pytest.approx(10.0) and past.high == pytest.approx(10.0)
    assert past.now == pytest.approx((40 / 60.5 - 1) * 100)
    assert solve_mod.past_growth(panel, 2020, 12) is None
    assert solve_mod.past_growth(Panel("x", years[:1], ytd[:1], ytd[:1]), 2020, 5) is None


def test_goal_seek_beyond_history_is_said_in_words():
    p = projection()
    goal = Goal("absolute", 225.0)
    found = solve_mod.goal_seek(p, Assumption(), [], goal, 0.5)
    g = found.growth.value
    modest = solve_mod.PastGrowth(g - 20, g - 5, 2016, 2019, -26.0)
    wide = solve_mod.PastGrowth(g - 20, g + 5, 2016, 2019, -26.0)
    assert solve_mod.beyond_history(found, modest, True)
    assert not solve_mod.beyond_history(found, wide, True)
    assert not solve_mod.beyond_history(found, None, True)
    kind, text = stext.goal_sentence(found, p, goal, True, "zh", modest)
    assert kind == "warning" and "这超出了该指标以往的任何记录：2016–2019年，6-12月" in text
    assert text.endswith("今年1-5月累计较上年同期−26.0%。")
    kind, english = stext.goal_sentence(found, p, goal, True, "en", modest)
    assert "That is beyond anything in the indicator's history: in 2016–2019, Jun–Dec" in english
    assert stext.goal_sentence(found, p, goal, True, "zh", wide)[0] == "info"
