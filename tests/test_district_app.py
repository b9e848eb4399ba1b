"""The district page as a user sees it (AppTest), and its figures and downloads (pure)."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from app_pages.state import ACTUALS_KEY, AS_OF_KEY, TARGETS_KEY
from file_readers.entities import read_district
from file_readers.tables import read_actuals, read_targets
from forecast.district import run_district
from forecast.district.rank import last_month, ranking, towns_of
from presentation import district as view

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
DATA = ROOT / "data"
PAGE = "app_pages/district.py"


@pytest.fixture(scope="module")
def result():
    district = read_district(
        DATA / "district_actuals.csv",
        DATA / "district_targets.csv",
        DATA / "district_hierarchy.csv",
    )
    return district, run_district(district, n=300, keep=True)


@pytest.fixture(scope="module")
def page():
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    at.switch_page(PAGE)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_page_shows_the_grid_ranking_and_shortfall_of_the_sample(page):
    assert page.title[0].value == "辖区：各镇（街道）目标完成情况"
    assert any("示意" in i.value for i in page.info)  # the neighbours are illustrative
    grid = page.dataframe[0].value
    assert "沿滩镇" in set(grid["单位"]) and "示例县" in set(grid["单位"])
    ranking = page.dataframe[1].value
    assert len(ranking) == 13 and ranking["排名"].iloc[0] == 1
    assert "名次变化" in ranking.columns
    assert [s.value for s in page.subheader][:3] == [
        "各单位完成目标的概率",
        "进度排名",
        "哪些单位拖累了合计",
    ]
    page.radio(key="district_by").set_value("p_meet").run()
    assert not page.exception
    by_chance = page.dataframe[1].value
    assert len(by_chance) == 13
    # ranked by P(meet), the places gained come from last month's chances (one more run)
    assert "概率较上月（百分点）" in by_chance.columns
    assert (by_chance["名次变化"] != "—").all()


def test_picking_a_town_opens_the_other_pages_on_it(page):
    page.selectbox(key="district_town").set_value("示例甲镇").run()
    page.button(key="district_open").click().run()
    assert not page.exception, [e.value for e in page.exception]
    assert page.session_state[ACTUALS_KEY].name == "示例甲镇.csv"
    assert page.session_state[TARGETS_KEY].name == "示例甲镇_targets.csv"
    assert page.session_state[AS_OF_KEY] == (2020, 5)
    page.switch_page("app_pages/overview.py").run()
    assert not page.exception
    assert "示例甲镇.csv" in "\n".join(m.value for m in page.markdown)
    page.switch_page("app_pages/indicator.py").run()
    assert not page.exception
    assert "示例甲镇.csv" in "\n".join(m.value for m in page.markdown)
    assert page.metric  # the town's own figures


def test_a_towns_files_read_back_as_the_same_town(result):
    district, _ = result
    town = district.towns["示例乙镇"]
    again = read_actuals(view.town_csv(town), name="示例乙镇.csv")
    assert again.frame[["indicator", "year", "month", "basis"]].equals(
        town.frame[["indicator", "year", "month", "basis"]]
    )
    assert (again.frame["value"] - town.frame["value"]).abs().max() < 1e-9
    targets = read_targets(view.town_targets_csv(district.targets["示例乙镇"]), name="t.csv")
    assert targets == district.targets["示例乙镇"]


def test_the_grid_is_coloured_by_status(result):
    _, r = result
    grid = view.grid_table(r, "en")
    styles = view.grid_styles(grid)
    assert grid.columns[0] == "unit"
    for col in grid.columns[1:]:
        for value, css in zip(grid[col], styles[col], strict=True):
            if value != value:
                assert css == ""
            elif value >= 80:
                assert "d1e7dd" in css
            elif value < 50:
                assert "f8d7da" in css


def test_the_workbook_has_a_ranking_sheet_and_a_sheet_per_town_and_the_brief(result):
    district, r = result
    files = view.district_files(r, "district.csv", "zh")
    book = openpyxl.load_workbook(io.BytesIO(files.xlsx))
    assert book.sheetnames[0] == "排名" and book.sheetnames[1] == "示例县"
    assert set(district.towns) <= set(book.sheetnames)
    ranking = book["排名"]
    assert [c.value for c in ranking[1]][:3] == ["指标", "排名", "单位"]
    assert ranking.max_row > 13
    assert "示例县（各单位合计）" in files.markdown and "## 各单位" in files.markdown
    assert files.docx[:2] == b"PK"
    english = view.district_files(r, "district.csv", "en")
    assert "## The units" in english.markdown


def test_the_shortfall_table_names_the_towns_behind_the_total(result):
    _, r = result
    table = view.shortfall_table(r, "示例县", "tax_total", "zh")
    assert len(table) == 13
    shares = table["缺口占比"].str.rstrip("%").astype(float)
    assert shares.sum() == pytest.approx(100, abs=0.5)
    assert list(shares) == sorted(shares, reverse=True)
    assert view.shortfall_table(r, "示例县", "industry_va_growth", "zh").empty


def test_ranked_by_chance_the_change_is_since_last_months_chances(result):
    district, r = result
    assert last_month(district).as_of == (2020, 4)
    assert last_month(dataclasses.replace(district, as_of=(2020, 1))) is None
    earlier = run_district(last_month(district), n=300)
    ranked = ranking(r.table, r.hierarchy, "tax_total", "p_meet", True, earlier.table)
    towns = towns_of(r.table, r.hierarchy)
    then = earlier.table[earlier.table["indicator"] == "tax_total"].set_index("entity")["p_meet"]
    then = then[then.index.isin(towns)]
    assert list(ranked["p_meet_prev"]) == pytest.approx(list(then[ranked["entity"]]))
    assert list(ranked["rank_prev"]) == list(
        then.rank(ascending=False, method="min")[ranked["entity"]]
    )
    assert (ranked["rank_change"] == ranked["rank_prev"] - ranked["rank"]).all()
    assert ranked["p_meet_change"].to_numpy() == pytest.approx(
        (ranked["p_meet"] - ranked["p_meet_prev"]).to_numpy()
    )
    # a higher chance ranks first whichever way the indicator should go
    for higher in (True, False):
        chances = ranking(r.table, r.hierarchy, "tax_total", "p_meet", higher)["p_meet"]
        assert list(chances) == sorted(chances, reverse=True)
    shown = view.ranking_table(r, "tax_total", "p_meet", "en", earlier)
    assert "chance since last month (points)" in shown.columns
    assert "chance since last month (points)" not in view.ranking_table(r, "tax_total").columns
