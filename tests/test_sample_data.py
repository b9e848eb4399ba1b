"""The bundled sample data of 沿滩镇 reproduces the 2020 half-year work report exactly.

Every figure is read through the tool's own readers and panels, as the app reads it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from file_readers.tables import (
    SAMPLE_ACTUALS,
    SAMPLE_TARGETS,
    read_actuals,
    read_catalogue,
    read_targets,
)
from forecast.panel import panels

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SCRIPT = ROOT / "scripts" / "make_sample_data.py"
FILES = ("catalogue.csv", "sample_town_actuals.csv", "sample_town_targets.csv")
TOL = 1e-9

IDS = [
    "tax_total",
    "tax_national",
    "tax_local",
    "fai",
    "industry_output",
    "industry_va",
    "industry_va_growth",
    "retail_above_growth",
    "funds_external",
    "tourism_visits",
    "tourism_revenue",
    "employment_new",
    "poverty_households",
    "poverty_people",
]
YTD_IDS = ("fai", "industry_output", "industry_va")
GROWTH_IDS = ("industry_va_growth", "retail_above_growth")
MONTH_IDS = tuple(i for i in IDS if i not in YTD_IDS + GROWTH_IDS)
LEVEL_IDS = tuple(i for i in IDS if i not in GROWTH_IDS)
HISTORY = (2016, 2017, 2018, 2019)


@pytest.fixture(scope="module")
def catalogue():
    return read_catalogue()


@pytest.fixture(scope="module")
def actuals():
    return read_actuals(SAMPLE_ACTUALS)


@pytest.fixture(scope="module")
def targets():
    return read_targets(SAMPLE_TARGETS)


@pytest.fixture(scope="module")
def grids(actuals):
    return panels(actuals)


@pytest.fixture(scope="module")
def raw():
    """The actuals file as written, text cells, with year and month split out."""
    frame = pd.read_csv(SAMPLE_ACTUALS, dtype=str, keep_default_na=False)
    frame["year"] = frame["date"].str[:4].astype(int)
    frame["month"] = frame["date"].str[5:].astype(int)
    return frame


def ytd(grids, indicator: str, year: int, month: int) -> float:
    panel = grids[indicator]
    i = panel.row(year)
    assert i is not None, f"{indicator} has no {year}"
    return float(panel.ytd[i, month - 1])


def growth(grids, indicator: str, year: int, month: int) -> float:
    panel = grids[indicator]
    i = panel.row(year)
    assert i is not None, f"{indicator} has no {year}"
    return float(panel.growth[i, month - 1])


def annual(targets, indicator: str):
    return targets[(indicator, 2020)].annual


def half(targets, indicator: str):
    return targets[(indicator, 2020)].half


# --- the files and their contract -------------------------------------------------------


def test_headers_are_exact():
    first = {name: (DATA / name).read_text(encoding="utf-8").splitlines()[0] for name in FILES}
    assert (
        first["catalogue.csv"]
        == "id,name_zh,name_en,unit,group,higher_is_better,parent,allow_negative,aliases"
    )
    assert first["sample_town_actuals.csv"] == "indicator,date,value,basis"
    assert first["sample_town_targets.csv"] == "indicator,year,kind,value,half_kind,half_value"


def test_data_holds_only_data_files():
    assert not list(DATA.rglob("*.py"))
    assert {p.name for p in DATA.iterdir()} >= {*FILES, "README.md"}


def test_catalogue_lists_every_indicator(catalogue):
    assert list(catalogue) == IDS
    assert [c.id for c in catalogue.children("tax_total")] == ["tax_national", "tax_local"]
    assert catalogue["tax_total"].unit == "万元"
    assert catalogue["fai"].unit == "亿元"
    assert catalogue["industry_va_growth"].is_growth
    assert catalogue["retail_above_growth"].is_growth
    assert catalogue["tourism_visits"].unit == "万人次"
    assert catalogue["poverty_households"].unit == "户"
    assert all(catalogue[i].higher_is_better for i in IDS)


def test_readers_accept_the_files(actuals, targets):
    assert sorted(actuals.indicators) == sorted(IDS)
    assert set(targets) == {
        (i, 2020)
        for i in (
            "tax_total",
            "fai",
            "industry_va",
            "industry_va_growth",
            "funds_external",
            "tourism_visits",
            "tourism_revenue",
            "poverty_households",
            "poverty_people",
        )
    }


def test_dates_and_bases(raw):
    assert raw["date"].str.fullmatch(r"\d{4}-\d{2}").all()
    assert set(raw["basis"]) == {"month", "ytd", "ytd_yoy"}
    for indicator, rows in raw.groupby("indicator"):
        expected = (
            "ytd" if indicator in YTD_IDS else "ytd_yoy" if indicator in GROWTH_IDS else "month"
        )
        assert set(rows["basis"]) == {expected}, indicator
    assert not raw.duplicated(["indicator", "date", "basis"]).any()


def test_history_runs_2016_01_to_2020_05_and_fai_to_2020_06(raw):
    for indicator, rows in raw.groupby("indicator"):
        first_month = 1 if indicator in MONTH_IDS else 2
        for year in HISTORY:
            months = sorted(rows.loc[rows["year"] == year, "month"])
            assert months == list(range(first_month, 13)), (indicator, year)
        last = 6 if indicator == "fai" else 5
        months = sorted(rows.loc[rows["year"] == 2020, "month"])
        assert months == list(range(first_month, last + 1)), indicator


def test_no_january_row_for_cumulative_indicators(raw, grids):
    """fai and industry report 1-2月 together: a February ytd and never a January row."""
    for indicator in YTD_IDS:
        rows = raw[raw["indicator"] == indicator]
        assert not (rows["month"] == 1).any(), indicator
        assert set(rows.loc[rows["month"] == 2, "year"]) == {*HISTORY, 2020}, indicator
        panel = grids[indicator]
        assert np.isnan(panel.ytd[:, 0]).all(), indicator
        assert np.isfinite(panel.ytd[:, 1]).all(), indicator


def test_growth_rows_run_february_to_december(raw):
    for indicator in GROWTH_IDS:
        rows = raw[raw["indicator"] == indicator]
        assert not (rows["month"] == 1).any(), indicator
        for year in HISTORY:
            assert sorted(rows.loc[rows["year"] == year, "month"]) == list(range(2, 13))


def test_tax_total_rows_equal_national_plus_local(raw):
    taxes = raw[raw["indicator"].str.startswith("tax_")]
    values = taxes.assign(v=taxes["value"].astype(int)).pivot(
        index="date", columns="indicator", values="v"
    )
    total = values["tax_total"]
    assert total.notna().all()
    assert (total == values["tax_national"] + values["tax_local"]).all()


def test_cumulative_values_never_fall_and_nothing_is_negative(grids):
    for indicator in LEVEL_IDS:
        grid = grids[indicator].ytd
        assert (grid[np.isfinite(grid)] >= 0).all(), indicator
        for i, year in enumerate(grids[indicator].years):
            row = grid[i][np.isfinite(grid[i])]
            assert (np.diff(row) >= -TOL).all(), (indicator, int(year))


def test_complete_years_have_december(grids):
    for indicator in LEVEL_IDS:
        panel = grids[indicator]
        assert list(panel.years) == [*HISTORY, 2020]
        assert np.isfinite(panel.ytd[:4, 11]).all(), indicator
        assert panel.last_month() == (2020, 6 if indicator == "fai" else 5), indicator


# --- the report's figures, exactly ------------------------------------------------------


def test_taxes_2020_05(grids):
    """1-5月 国地两税收入 5010万元 = 国税 2441万元 + 地税 2569万元 (monthly rows accumulated)."""
    national = ytd(grids, "tax_national", 2020, 5)
    local = ytd(grids, "tax_local", 2020, 5)
    total = ytd(grids, "tax_total", 2020, 5)
    assert national == pytest.approx(2441, abs=TOL)
    assert local == pytest.approx(2569, abs=TOL)
    assert total == pytest.approx(5010, abs=TOL)
    assert national + local == pytest.approx(total, abs=TOL)


def test_taxes_children_sum_to_parent_every_month(grids):
    kids = grids["tax_national"].ytd + grids["tax_local"].ytd
    np.testing.assert_allclose(grids["tax_total"].ytd, kids, rtol=0, atol=TOL)


def test_fixed_asset_investment(grids, targets):
    """1-5月 5.1亿元; 1-6月 5.84亿元 = 106% of the half-year target 5.5亿元."""
    may, june = ytd(grids, "fai", 2020, 5), ytd(grids, "fai", 2020, 6)
    assert may == pytest.approx(5.1, abs=TOL)
    assert june == pytest.approx(5.84, abs=TOL)
    goal = half(targets, "fai")
    assert (goal.kind, goal.value) == ("absolute", 5.5)
    assert round(june / goal.value * 100) == 106


def test_industry(grids, targets):
    """1-5月 总产值 14.2亿元, 增加值 4.5亿元, 增速 13.3% = 102% of the half-year 13%."""
    assert ytd(grids, "industry_output", 2020, 5) == pytest.approx(14.2, abs=TOL)
    assert ytd(grids, "industry_va", 2020, 5) == pytest.approx(4.5, abs=TOL)
    rate = growth(grids, "industry_va_growth", 2020, 5)
    assert rate == pytest.approx(13.3, abs=TOL)
    goal = half(targets, "industry_va_growth")
    assert (goal.kind, goal.value) == ("growth", 13)
    assert round(rate / goal.value * 100) == 102


def test_retail_growth(grids):
    assert growth(grids, "retail_above_growth", 2020, 5) == pytest.approx(22, abs=TOL)


def test_external_funds(grids, targets):
    """1-5月 到位市外资金 6.151亿元 = 72.3% of the annual 8.51亿元."""
    funds = ytd(grids, "funds_external", 2020, 5)
    assert funds == pytest.approx(6.151, abs=TOL)
    goal = annual(targets, "funds_external")
    assert (goal.kind, goal.value) == ("absolute", 8.51)
    assert round(funds / goal.value * 100, 1) == 72.3


def test_targets_2020(targets):
    expected = {
        "tax_total": ("absolute", 10000),  # 1亿元
        "fai": ("absolute", 11),
        "industry_va": ("absolute", 10.9),
        "industry_va_growth": ("growth", 13),
        "funds_external": ("absolute", 8.51),
        "tourism_visits": ("absolute", 15),
        "tourism_revenue": ("absolute", 1700),
        "poverty_households": ("absolute", 145),
        "poverty_people": ("absolute", 432),
    }
    for indicator, (kind, value) in expected.items():
        goal = annual(targets, indicator)
        assert goal.kind == kind, indicator
        assert goal.value == pytest.approx(value, abs=TOL), indicator
    with_half = {key for key, t in targets.items() if t.half is not None}
    assert with_half == {("fai", 2020), ("industry_va_growth", 2020)}


def test_report_context_figures(grids):
    """Figures the report gives for the half year, kept plausible for 1-5月."""
    assert 100 <= ytd(grids, "employment_new", 2020, 5) <= 120  # 120人 in the half year
    households = ytd(grids, "poverty_households", 2020, 5)
    people = ytd(grids, "poverty_people", 2020, 5)
    assert 50 <= households <= 70 and households < 145
    assert 150 <= people <= 200 and people < 432
    assert households <= 78 and people <= 238  # 78户238人 are planned by June


# --- the illustrative history is plausible ----------------------------------------------


def test_past_annual_totals_make_2020_targets_ambitious_but_reachable(grids):
    dec_2019 = {i: ytd(grids, i, 2019, 12) for i in LEVEL_IDS}
    assert 9000 <= dec_2019["tax_total"] <= 9500
    assert 9.5 <= dec_2019["fai"] <= 10
    assert 9.5 <= dec_2019["industry_va"] <= 10
    for year in HISTORY:
        assert 13 <= ytd(grids, "tourism_visits", year, 12) <= 15, year
        assert 1400 <= ytd(grids, "tourism_revenue", year, 12) <= 1700, year
    # every 2020 target is above 2019 but by less than a quarter
    for indicator, goal in (
        ("tax_total", 10000),
        ("fai", 11),
        ("industry_va", 10.9),
        ("funds_external", 8.51),
        ("tourism_visits", 15),
        ("tourism_revenue", 1700),
    ):
        assert 1.0 < goal / dec_2019[indicator] < 1.25, indicator


def test_growth_between_years(grids):
    for indicator in ("tax_total", "fai", "industry_output", "industry_va", "funds_external"):
        dec = grids[indicator].ytd[:4, 11]
        rates = dec[1:] / dec[:-1] - 1
        assert ((rates > 0.03) & (rates < 0.15)).all(), (indicator, rates)


def test_industry_growth_matches_its_levels(grids):
    """Reported growth (comparable prices) within a few points of the growth of the levels."""
    va = grids["industry_va"].ytd
    from_levels = (va[1:] / va[:-1] - 1) * 100
    reported = grids["industry_va_growth"].growth[1:]
    both = np.isfinite(from_levels) & np.isfinite(reported)
    assert both.sum() == 3 * 11 + 4
    assert np.abs(from_levels - reported)[both].max() < 3
    history = grids["industry_va_growth"].growth[:4, 1:]
    assert 7 < np.mean(history) < 14


def test_epidemic_depresses_february_and_march_2020(grids):
    visits = grids["tourism_visits"].ytd
    assert visits[4, 4] < 0.7 * visits[3, 4]  # 1-5月 2020 well below 2019
    monthly_2020 = np.diff(np.concatenate([[0.0], visits[4, :5]]))
    monthly_2019 = np.diff(np.concatenate([[0.0], visits[3, :5]]))
    assert (monthly_2020[1:3] < 0.3 * monthly_2019[1:3]).all()
    fai = grids["fai"].ytd
    assert fai[4, 1] < fai[3, 1]  # 1-2月 2020 below 1-2月 2019
    assert growth(grids, "industry_va_growth", 2020, 2) < 0
    assert growth(grids, "retail_above_growth", 2020, 2) < 0


def test_poverty_relief_is_done_by_october(grids):
    for name in ("poverty_households", "poverty_people"):
        grid = grids[name].ytd[:4]
        np.testing.assert_allclose(grid[:, 9], grid[:, 11], rtol=0, atol=TOL)


# --- the generator ----------------------------------------------------------------------


def test_generator_is_deterministic_and_wrote_data(tmp_path):
    for run in ("a", "b"):
        subprocess.run(
            [sys.executable, str(SCRIPT), "--out", str(tmp_path / run)],
            check=True,
            capture_output=True,
        )
    for name in FILES:
        written = (tmp_path / "a" / name).read_bytes()
        assert written == (tmp_path / "b" / name).read_bytes(), name
        assert written == (DATA / name).read_bytes(), f"data/{name} is not the generator's output"


# --- the forecasting API on the sample --------------------------------------------------


@pytest.fixture(scope="module")
def projections(actuals):
    from forecast.projection import project_all

    return project_all(actuals)


def test_projection_checks_reproduce_the_report(projections, targets, catalogue):
    from forecast.checks import check

    checks = {
        i: check(p, targets.get((i, 2020)), catalogue[i].higher_is_better)
        for i, p in projections.items()
    }
    assert set(projections) == set(IDS)
    for p in projections.values():
        assert p.year == 2020
        assert p.as_of == (6 if p.indicator == "fai" else 5)
    assert projections["tax_total"].ytd == pytest.approx(5010, abs=TOL)
    assert projections["fai"].ytd == pytest.approx(5.84, abs=TOL)
    assert round(checks["fai"].half_task_progress, 2) == 1.06
    assert round(checks["industry_va_growth"].half_task_progress, 2) == 1.02
    assert round(checks["funds_external"].task_progress * 100, 1) == 72.3
    for indicator, c in checks.items():
        if (indicator, 2020) in targets:
            assert 0 <= c.p_meet <= 1, indicator
        else:
            assert np.isnan(c.p_meet), indicator
    for p in projections.values():
        assert np.isfinite(p.point)
        if p.kind == "level":
            assert p.point >= p.ytd - TOL


def test_projected_taxes_add_up_draw_by_draw(projections):
    total = projections["tax_total"].paths
    kids = projections["tax_national"].paths + projections["tax_local"].paths
    np.testing.assert_allclose(total, kids, rtol=1e-9)
