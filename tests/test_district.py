"""The district: many towns validated one by one, projected per town × indicator, summed into
every total above them draw by draw, the same whichever way the work is split or run."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from file_readers.entities import has_entities, read_district
from file_readers.tables import read_catalogue, read_table
from forecast.district import ALL, build_district, run_district, town_seed
from forecast.district.compute import level_partner
from forecast.district.runner import cluster_map
from presentation.problems import describe

DATA = Path(__file__).resolve().parent.parent / "data"
ACTUALS = DATA / "district_actuals.csv"
TARGETS = DATA / "district_targets.csv"
HIERARCHY = DATA / "district_hierarchy.csv"
FEW = ("沿滩镇", "示例甲镇", "示例乙镇", "示例丙镇")


@pytest.fixture(scope="module")
def sample():
    return read_district(ACTUALS, TARGETS, HIERARCHY)


@pytest.fixture(scope="module")
def raw():
    return read_table(ACTUALS)[0]


def few_towns(raw: pd.DataFrame, towns=FEW) -> pd.DataFrame:
    return raw[raw["entity"].isin(towns)].reset_index(drop=True)


@pytest.fixture(scope="module")
def small(raw):
    """Four towns, no hierarchy: they roll up into 全部."""
    return build_district(few_towns(raw), read_catalogue(), "few.csv")


@pytest.fixture(scope="module")
def small_run(small):
    return run_district(small, n=300, keep=True, chunk_size=2)


def test_the_sample_district_reads_with_its_hierarchy_and_codes(sample):
    assert has_entities(ACTUALS) and not has_entities(DATA / "sample_town_actuals.csv")
    assert len(sample.towns) == 13 and "沿滩镇" in sample.towns
    assert sample.problems == ()
    h = sample.hierarchy
    assert h.top == "示例县"
    # the hierarchy names towns by their 12-digit codes; the actuals by name: both are one town
    assert h.ancestors("沿滩镇") == ["东片区", "示例县"]
    assert set(h.children("示例县")) == {"东片区", "西片区"}
    assert sorted(h.leaves_under("示例县")) == sorted(sample.towns)
    assert ("tax_total", 2020) in sample.targets["示例县"]  # a blank entity: the whole
    assert sample.as_of == (2020, 5)


def test_without_a_hierarchy_every_town_rolls_up_into_one_total(small, small_run):
    assert small.hierarchy.top == ALL
    assert small.hierarchy.children(ALL) == sorted(FEW)
    table = small_run.table
    assert set(table["entity"]) == {*FEW, ALL}
    assert set(table.loc[table["entity"] == ALL, "parent"]) == {""}
    assert (table.loc[table["entity"] == ALL, "method"] == "sum").all()


def test_a_total_is_the_sum_of_its_towns_in_every_draw(small_run):
    total = small_run.totals[ALL]
    for indicator, p in total.items():
        kids = [small_run.towns[t][indicator] for t in FEW]
        if p.kind != "level":
            continue
        np.testing.assert_allclose(p.paths, sum(k.paths for k in kids), rtol=1e-12)
        assert p.ytd == pytest.approx(sum(k.ytd for k in kids))
        np.testing.assert_allclose(p.last_year, sum(k.last_year for k in kids))
    # 两税 = 国税 + 地税 holds in the total's every draw too, since it holds in each town's
    parts = total["tax_national"].paths + total["tax_local"].paths
    np.testing.assert_allclose(total["tax_total"].paths, parts, rtol=1e-9)


def test_growth_rates_are_summed_by_level_or_not_at_all(small_run):
    cat = small_run.catalogue
    assert level_partner(cat, "industry_va_growth") == "industry_va"
    assert level_partner(cat, "retail_above_growth") is None
    total = small_run.totals[ALL]
    assert "retail_above_growth" not in total  # no level to weigh the towns by
    g = total["industry_va_growth"]
    weights = [small_run.towns[t]["industry_va"].last_year for t in FEW]
    growth = [small_run.towns[t]["industry_va_growth"].paths for t in FEW]
    k = g.as_of
    num = sum(w[k:] * (1 + x / 100) for w, x in zip(weights, growth, strict=True))
    expected = (num / sum(w[k:] for w in weights) - 1) * 100
    np.testing.assert_allclose(g.paths, expected, rtol=1e-12)
    assert "growth_weighted" in g.notes


def test_a_totals_own_target_is_checked_against_the_sum(sample):
    result = run_district(sample, n=300)
    p = result.totals["示例县"]["tax_total"]
    target = sample.targets["示例县"][("tax_total", 2020)].annual.value
    check = result.total_checks["示例县"]["tax_total"]
    assert check.target == target
    assert check.p_meet == pytest.approx(np.mean(p.year_end >= target))
    row = result.table[(result.table["entity"] == "示例县") & (result.table["indicator"] == "fai")]
    assert row["target"].notna().all() and row["p_meet"].between(0, 1).all()


def test_each_town_draws_from_its_own_seed_whatever_the_chunks(small, small_run):
    again = run_district(small, n=300, keep=True, chunk_size=3)
    for town in FEW:
        for indicator, p in small_run.towns[town].items():
            assert np.array_equal(p.paths, again.towns[town][indicator].paths), (town, indicator)
    for indicator, p in small_run.totals[ALL].items():
        np.testing.assert_allclose(p.paths, again.totals[ALL][indicator].paths, rtol=1e-12)
    assert town_seed(0, "沿滩镇") != town_seed(0, "示例甲镇") != town_seed(1, "示例甲镇")


def test_in_process_and_on_a_cluster_agree_draw_for_draw(raw, small, small_run):
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        # the towns validated on the cluster too
        there = build_district(
            few_towns(raw), read_catalogue(), "few.csv", mapper=cluster_map(client)
        )
        found = run_district(there, n=300, keep=True, chunk_size=2, client=client)
    for town in FEW:
        pd.testing.assert_frame_equal(there.towns[town].frame, small.towns[town].frame)
    for town in FEW:
        for indicator, p in small_run.towns[town].items():
            assert np.array_equal(p.paths, found.towns[town][indicator].paths)
    for indicator, p in small_run.totals[ALL].items():
        assert np.array_equal(p.paths, found.totals[ALL][indicator].paths), indicator
    pd.testing.assert_frame_equal(small_run.table, found.table)


def _problems(district):
    return {p.code: p for p in district.problems}


def test_bad_input_is_named_and_never_stops_the_other_towns(raw):
    actuals = few_towns(raw)
    # a town whose every row is bad, and a town with nothing in the as-of year
    broken = actuals[actuals["entity"] == "示例甲镇"].assign(value="abc")
    old = actuals[(actuals["entity"] == "示例乙镇") & actuals["date"].str.startswith("2019")]
    actuals = pd.concat(
        [actuals[~actuals["entity"].isin(["示例甲镇", "示例乙镇"])], broken, old],
        ignore_index=True,
    )
    targets = pd.DataFrame(
        {
            "entity": ["沿滩镇", "无此镇", ""],
            "indicator": ["fai", "fai", "fai"],
            "year": ["2020", "2020", "2020"],
            "kind": ["absolute"] * 3,
            "value": ["11", "3", "40"],
        }
    )
    hierarchy = pd.DataFrame(
        {
            "entity": ["沿滩镇", "示例丙镇", "甲片", "乙片", "幽灵镇"],
            "parent": ["甲片", "甲片", "乙片", "甲片", "甲片"],
        }
    )
    district = build_district(
        actuals, read_catalogue(), "a.csv", targets, "t.csv", hierarchy, "h.csv"
    )
    assert sorted(district.towns) == ["沿滩镇", "示例丙镇"]
    assert set(district.dropped) == {"示例甲镇", "示例乙镇"}
    found = _problems(district)
    assert {"entity_unknown", "hierarchy_cycle", "entity_no_data", "bad_number"} <= set(found)
    assert found["hierarchy_cycle"].value in ("甲片 → 乙片 → 甲片", "乙片 → 甲片 → 乙片")
    unknown = {p.value for p in district.problems if p.code == "entity_unknown"}
    assert unknown == {"无此镇", "幽灵镇"}
    for p in district.problems:  # one sentence each, naming the town
        text = describe(p, "zh")
        assert "\n" not in text and text
        if p.code.startswith("entity_") and p.code != "entity_missing":
            assert p.value in text
    assert district.hierarchy.top == "甲片"  # 乙片 was on the cycle: left out
    result = run_district(district, n=200)
    assert set(result.table["entity"]) == {"沿滩镇", "示例丙镇", "甲片"}


def test_a_parent_with_data_is_a_total_and_blank_entities_are_named(raw):
    actuals = few_towns(raw, ("沿滩镇", "示例甲镇"))
    actuals.loc[0, "entity"] = ""
    hierarchy = pd.DataFrame({"entity": ["沿滩镇"], "parent": ["示例甲镇"]})
    district = build_district(actuals, read_catalogue(), "a.csv", raw_hierarchy=hierarchy)
    codes = {p.code for p in district.problems}
    assert {"entity_missing", "entity_is_total"} <= codes
    assert list(district.towns) == ["沿滩镇"]
    assert district.hierarchy.top == "示例甲镇"


def test_the_district_sample_is_made_by_its_script_and_holds_the_sample_town(tmp_path, raw):
    import runpy

    script = Path(__file__).resolve().parent.parent / "scripts" / "make_district_data.py"
    runpy.run_path(str(script))["main"](["--out", str(tmp_path)])
    for name in ("district_actuals.csv", "district_targets.csv", "district_hierarchy.csv"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name
    town = raw[raw["entity"] == "沿滩镇"].drop(columns="entity").reset_index(drop=True)
    sample = read_table(DATA / "sample_town_actuals.csv")[0]
    pd.testing.assert_frame_equal(town, sample)


def test_workers_start_a_local_cluster_of_processes_with_the_same_results(raw):
    pytest.importorskip("distributed")
    district = build_district(few_towns(raw, FEW[:2]), read_catalogue(), "two.csv")
    here = run_district(district, n=100, chunk_size=1)
    there = run_district(district, n=100, chunk_size=1, workers=2)
    pd.testing.assert_frame_equal(here.table, there.table)
    assert there.cpu_seconds > 0


def test_a_town_behind_on_a_month_joins_the_total_by_its_projection(raw):
    actuals = few_towns(raw, FEW[:2])
    late = (actuals["entity"] == "示例甲镇") & (actuals["date"] == "2020-05")
    district = build_district(actuals[~late], read_catalogue(), "late.csv")
    assert district.as_of == (2020, 5)
    result = run_district(district, n=200, keep=True)
    behind = result.towns["示例甲镇"]["tax_total"]
    on_time = result.towns["沿滩镇"]["tax_total"]
    assert behind.as_of == 4 and on_time.as_of == 5
    total = result.totals[ALL]["tax_total"]
    assert "partly_projected" in total.notes and total.as_of == 5
    np.testing.assert_allclose(total.paths, on_time.paths + behind.paths[:, 1:], rtol=1e-12)
    assert total.ytd == pytest.approx(on_time.ytd + np.median(behind.paths[:, 0]))


def test_a_file_without_an_entity_column_is_one_problem():
    from forecast.errors import DataError

    with pytest.raises(DataError) as found:
        read_district(
            b"indicator,date,value,basis\nfai,2020-02,1,ytd\n", names=("a.csv", None, None)
        )
    (problem,) = found.value.problems
    assert (problem.code, problem.detail) == ("missing_column", "entity")
