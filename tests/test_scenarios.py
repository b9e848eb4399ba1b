"""Scenarios: each assumption against hand-computed results, goal seek, JSON round trips."""

from pathlib import Path

import numpy as np
import pytest

from forecast.catalogue import Catalogue, Indicator
from forecast.errors import DataError
from forecast.projection import Projection, reconcile
from forecast.targets import Goal
from scenarios import (
    Assumption,
    GroupShock,
    OneOff,
    Profile,
    Scenario,
    Shock,
    apply_assumption,
    builtin_scenarios,
    from_json,
    probability_with_growth,
    solve_growth,
    solve_monthly,
    to_json,
)
from scenarios.apply import validate_scenario

GOLDEN = Path(__file__).parent / "golden"
LAST = np.cumsum([10, 10, 10, 10, 10, 10, 20, 20, 20, 20, 20, 40], dtype=float)  # 200 in all


def projection(k=6, n=1000, seed=1, ytd=66.0, spread=0.1, kind="level") -> Projection:
    """Remaining months = last year's × 1.1 × a lognormal factor per draw (median exactly 1)."""
    rng = np.random.default_rng(seed)
    noise = np.exp(spread * rng.standard_normal(n))
    noise /= np.median(noise)
    monthly_last = np.diff(np.concatenate([[0.0], LAST]))[k:]
    monthly = 1.1 * monthly_last[None, :] * noise[:, None]
    this_year = np.full(12, np.nan)
    this_year[k - 1] = ytd
    return Projection(
        "x",
        2020,
        k,
        "auto",
        "万元",
        kind,
        ytd,
        ytd + np.cumsum(monthly, axis=1),
        LAST.copy(),
        this_year,
    )


def test_growth_override_moves_the_median_to_last_year_times_growth():
    p = projection()
    q = apply_assumption(p, Assumption(growth=8.0))
    last_rest = LAST[11] - LAST[5]
    assert np.median(q.year_end) == pytest.approx(66 + last_rest * 1.08, rel=1e-3)
    # the model's relative spread is kept, not collapsed
    ratio = np.quantile(q.year_end - 66, 0.9) / np.quantile(q.year_end - 66, 0.1)
    base = np.quantile(p.year_end - 66, 0.9) / np.quantile(p.year_end - 66, 0.1)
    assert ratio == pytest.approx(base, rel=1e-6)


def test_growth_by_month_overrides_the_single_rate():
    p = projection()
    q = apply_assumption(p, Assumption(growth=0.0, growth_by_month={12: 50.0}))
    monthly_last = np.diff(np.concatenate([[0.0], LAST]))
    assert np.median(q.monthly[:, -1]) == pytest.approx(monthly_last[11] * 1.5, rel=1e-3)
    assert np.median(q.monthly[:, 0]) == pytest.approx(monthly_last[6], rel=1e-3)


def test_one_off_adds_exactly_its_amount_from_its_month_on():
    p = projection()
    q = apply_assumption(p, Assumption(one_offs=(OneOff(9, 100.0),)))
    np.testing.assert_allclose(q.year_end - p.year_end, 100.0)
    np.testing.assert_allclose(q.paths[:, :2], p.paths[:, :2])  # July, August untouched
    np.testing.assert_allclose(q.monthly[:, 2] - p.monthly[:, 2], 100.0)


def test_shock_scales_the_shocked_months_only():
    p = projection()
    q = apply_assumption(p, Assumption(shocks=(Shock(7, 9, -10.0),)))
    np.testing.assert_allclose(q.monthly[:, :3], p.monthly[:, :3] * 0.9)
    np.testing.assert_allclose(q.monthly[:, 3:], p.monthly[:, 3:])


def test_fixing_every_remaining_month_collapses_to_a_point():
    p = projection()
    q = apply_assumption(p, Assumption(fixed={m: 25.0 for m in range(7, 13)}))
    np.testing.assert_allclose(q.year_end, 66 + 6 * 25.0)
    partly = apply_assumption(p, Assumption(fixed={7: 25.0}))
    assert np.std(partly.year_end) > 0


def test_custom_profile_reshapes_months_but_keeps_each_draws_total():
    p = projection()
    shares = (1,) * 6 + (1, 1, 1, 1, 1, 5)
    q = apply_assumption(p, Assumption(profile=Profile("custom", shares=shares)))
    np.testing.assert_allclose(q.year_end, p.year_end)
    np.testing.assert_allclose(q.monthly[:, -1] / (q.year_end - 66), 0.5)


def test_last_year_profile_follows_last_years_months():
    p = projection()
    q = apply_assumption(p, Assumption(profile=Profile("last_year")))
    np.testing.assert_allclose(q.monthly[:, -1] / (q.year_end - 66), 40 / 140)


def test_quantile_centres_the_remaining_months_on_the_models_quantile():
    p = projection()
    q = apply_assumption(p, Assumption(quantile=0.9))
    assert np.median(q.year_end - 66) == pytest.approx(np.quantile(p.year_end - 66, 0.9), rel=1e-3)


def test_group_shock_reaches_only_its_group():
    p = projection()
    hit = apply_assumption(p, Assumption(), [GroupShock("investment", 10, 12, -20.0)])
    np.testing.assert_allclose(hit.monthly[:, 3:], p.monthly[:, 3:] * 0.8)


def test_parent_follows_a_childs_assumption():
    cat = Catalogue(
        (
            Indicator("t", "两税", "tax", "万元"),
            Indicator("a", "国税", "a", "万元", parent="t"),
            Indicator("b", "地税", "b", "万元", parent="t"),
        )
    )
    a = projection(seed=1, ytd=30.0)
    b = projection(seed=2, ytd=36.0)
    t = projection(seed=3, ytd=66.0, spread=0.07)
    from dataclasses import replace

    base = reconcile(
        {
            "t": replace(t, indicator="t"),
            "a": replace(a, indicator="a"),
            "b": replace(b, indicator="b"),
        },
        cat,
    )
    # draw j of the parent is draw j of the children added (paired, not only equal in law)
    np.testing.assert_allclose(base["a"].paths + base["b"].paths, base["t"].paths)
    assert sorted(base["a"].year_end + base["b"].year_end) == pytest.approx(
        sorted(base["t"].year_end)
    )
    shocked = dict(base)
    shocked["a"] = apply_assumption(base["a"], Assumption(one_offs=(OneOff(12, 50.0),)))
    out = reconcile(shocked, cat, {"a"})
    np.testing.assert_allclose(out["t"].year_end, out["a"].year_end + out["b"].year_end)
    assert out["t"].point == pytest.approx(base["t"].point + 50, rel=0.02)


def test_validation_names_the_field():
    p = projection()
    cat = Catalogue((Indicator("x", "x", "x", "万元", group="investment"),))
    scenario = Scenario(
        "s",
        indicators={
            "x": Assumption(shocks=(Shock(5, 8, -10),), one_offs=(OneOff(3, 1),)),
            "nope": Assumption(growth=1),
        },
        group_shocks=(GroupShock("nogroup", 7, 8, -5),),
    )
    fields = {pr.column: pr.code for pr in validate_scenario(scenario, {"x": p}, cat)}
    assert fields == {
        "indicators.x.shocks[0].start": "scenario_reported",
        "indicators.x.one_offs[0].month": "scenario_reported",
        "indicators.nope": "scenario_indicator",
        "group_shocks[0].group": "scenario_indicator",
    }


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ('{"name": "s"}', "schema_version"),
        ('{"schema_version": 99, "name": "s"}', "schema_version"),
        (
            '{"schema_version": 1, "name": "s", "indicators": {"x": {"growth": -120}}}',
            "indicators.x.growth",
        ),
        (
            '{"schema_version": 1, "name": "s", "indicators": {"x": {"one_offs": [{"month": 13, "amount": 1}]}}}',
            "indicators.x.one_offs[0].month",
        ),
        (
            '{"schema_version": 1, "name": "s", "indicators": {"x": {"grwoth": 5}}}',
            "indicators.x.grwoth",
        ),
        ('{"schema_version": 1, "name": ""}', "name"),
    ],
)
def test_bad_scenario_files_name_the_field(text, field):
    with pytest.raises(DataError) as e:
        from_json(text, "s.json")
    assert field in {p.column for p in e.value.problems}


def test_json_round_trip():
    s = Scenario(
        "疫情",
        "说明",
        {
            "fai": Assumption(
                growth=8,
                growth_by_month={9: 3.0},
                one_offs=(OneOff(9, 1.0),),
                shocks=(Shock(7, 9, -10),),
                profile=Profile("average", 2),
                method="share",
                quantile=0.25,
                fixed={12: 2.0},
            )
        },
        (GroupShock("*", 10, 11, 5.0),),
    )
    assert from_json(to_json(s)) == s


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("scenario_v*.json")), ids=lambda p: p.name)
def test_golden_files_still_load(path):
    scenario = from_json(path.read_text(encoding="utf-8"), path.name)
    assert scenario.name
    assert from_json(to_json(scenario)) == scenario


def test_golden_full_file_reads_every_field():
    s = from_json((GOLDEN / "scenario_v1_full.json").read_text(encoding="utf-8"))
    fai = s.assumption("fai")
    assert fai.growth == 8.0 and fai.growth_for(12) == 15.0 and fai.growth_for(7) == 8.0
    assert fai.one_offs == (OneOff(9, 1.0),) and fai.shocks == (Shock(7, 9, -10.0),)
    assert fai.profile == Profile("average", 3) and fai.method == "share"
    assert fai.quantile == 0.5 and dict(fai.fixed) == {11: 1.2}
    assert s.group_shocks == (GroupShock("tourism", 7, 9, -10.0),)


@pytest.mark.parametrize("prob", [0.5, 0.8, 0.3])
def test_solved_growth_gives_the_asked_probability(prob):
    p = projection()
    goal = Goal("absolute", 210.0)
    sol = solve_growth(p, goal, prob)
    assert sol.status == "solved"
    assert probability_with_growth(p, goal, sol.value) == pytest.approx(prob, abs=0.005)
    # higher growth, higher probability
    assert probability_with_growth(p, goal, sol.value + 5) > prob


def test_solved_growth_matches_the_closed_form():
    p = projection(spread=0.0001)
    sol = solve_growth(p, Goal("absolute", 66 + 140 * 1.2), 0.5)
    assert sol.value == pytest.approx(20.0, abs=0.05)


def test_solved_monthly_amount():
    p = projection(spread=0.0001)
    sol = solve_monthly(p, Goal("absolute", 66 + 6 * 30.0), 0.5)
    assert sol.value == pytest.approx(30.0, rel=1e-3)


def test_goal_already_met_or_unreachable_is_said():
    p = projection()
    assert solve_growth(p, Goal("absolute", 50.0), 0.8).status == "already_met"
    assert solve_growth(p, Goal("absolute", 1e9), 0.8).status == "unreachable"


def test_builtin_scenarios_come_from_the_models_quantiles():
    base, up, down = builtin_scenarios(["x"])
    p = projection()
    hi = apply_assumption(p, up.assumption("x"))
    lo = apply_assumption(p, down.assumption("x"))
    assert lo.point < p.point < hi.point
    assert (base.name, up.name, down.name) == ("baseline", "optimistic", "pessimistic")
    assert base.is_baseline and not (base.description or up.description or down.description)


def test_goal_seek_when_less_is_better():
    p = projection()
    goal = Goal("absolute", 200.0)  # e.g. a spending ceiling: stay at or below
    sol = solve_growth(p, goal, 0.8, higher_is_better=False)
    assert sol.status == "solved"
    assert probability_with_growth(p, goal, sol.value, higher_is_better=False) == pytest.approx(
        0.8, abs=0.005
    )
    assert probability_with_growth(p, goal, sol.value + 5, higher_is_better=False) < 0.8
    assert (
        solve_growth(p, Goal("absolute", 1e9), 0.8, higher_is_better=False).status == "already_met"
    )


def test_the_stores_codes_are_shown_as_sentences(tmp_path):
    """What the store refuses reaches the app's pages as one sentence naming the scenario, in
    the session's language, never as its code (``not_deleted: scenario '稳增长'``)."""
    from app_pages.sources import store_failed
    from scenarios.store import Store, StoreMiss

    store = Store(tmp_path / "s.sqlite3")
    store.save_scenario(Scenario("稳增长"))
    misses = {}
    for code, act in (
        ("not_deleted", lambda: store.restore("稳增长")),
        ("unknown_version", lambda: store.load_scenario("稳增长", 9)),
        ("unknown", lambda: store.load_scenario("没有这个")),
    ):
        with pytest.raises(StoreMiss) as caught:
            act()
        assert caught.value.code == code
        misses[code] = caught.value
    store.delete("稳增长")
    with pytest.raises(StoreMiss) as caught:
        store.load_scenario("稳增长")
    misses["deleted"] = caught.value
    for code, miss in misses.items():
        for lang in ("zh", "en"):
            said = store_failed(miss, lang)
            assert f"{code}:" not in said and "存储出错" not in said, (code, lang, said)
            assert miss.name in said and said.endswith(("。", ".")), said
    assert store_failed(misses["not_deleted"], "zh") == "情景“稳增长”没有被删除，无需恢复。"
    assert "restore it first" in store_failed(misses["deleted"], "en")


def test_a_malformed_scenario_file_is_said_in_the_users_language():
    """The domain reports a file's shape as codes; presentation words them (no English in a
    Chinese sentence)."""
    from presentation.problems import describe_all
    from scenarios.model import SCHEMA_DETAILS, from_dict

    bad = {
        "schema_version": 1,
        "name": "",
        "indicators": {
            "fai": {"growth": "x", "colour": 1, "shocks": [{"start": 9, "end": 7, "pct": 1}]},
            "tax": {"profile": {"kind": "weekly"}, "one_offs": [3]},
        },
    }
    with pytest.raises(DataError) as caught:
        from_dict(bad, "s.json")
    details = {p.detail for p in caught.value.problems}
    assert details <= set(SCHEMA_DETAILS)
    assert {"no_name", "not_number", "unknown_field", "end_before_start"} <= details
    zh = describe_all(caught.value, "zh")
    assert "名称不能为空" in zh and "应为数字，而不是'x'" in zh and "结束月份早于开始月份" in zh
    assert "kind应为last_year, average, custom之一" in zh
    assert not any(w in zh for w in ("must", "needs", "unknown field", "before"))
    assert "must be a number, not 'x'" in describe_all(caught.value, "en")
