"""The app as a user sees it, driven by streamlit's AppTest: every page, both languages,
uploads good and bad, the as-of month, sessions kept apart, the 情景 workbench, and the store
(always a temporary file: ``TOWN_FORECAST_STORE``, never the user's own)."""

import io
from pathlib import Path

import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from forecast.methods import METHODS
from presentation import overview
from scenarios.store import ENV_PATH, Store

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
PAGES = {
    "app_pages/overview.py": ("总览：全年目标完成情况", "Overview: annual targets"),
    "app_pages/indicator.py": ("指标详情", "Indicator detail"),
    "app_pages/scenarios.py": (
        "情景：假设、目标求解与对比",
        "Scenarios: assumptions, goal seek, comparison",
    ),
    "app_pages/data.py": ("数据：上传、校验与截至月份", "Data: upload, check, as-of month"),
    "app_pages/export.py": ("导出：表格与简报", "Export: tables and brief"),
}
BAD_CSV = (
    b"indicator,date,value,basis\n"
    b"tax_total,2020-01,980,month\n"
    b"tax_total,2020-13,498,month\n"  # row 3: no such month
    b"tax_total,2020-02,abc,month\n"  # row 4: not a number
    b"tax_total,2020-03,671,weekly\n"  # row 5: unknown basis
)
GOOD_CSV = "".join(
    ["indicator,date,value,basis\n"]
    + [
        f"tax_total,{y}-{m:02d},{500 + 10 * m + y % 7},month\n"
        for y in (2018, 2019)
        for m in range(1, 13)
    ]
    + [f"tax_total,2020-{m:02d},{520 + 10 * m},month\n" for m in range(1, 5)]
).encode()


@pytest.fixture(scope="module", autouse=True)
def module_store(tmp_path_factory):
    """Every app in this module stores into a temporary file."""
    with pytest.MonkeyPatch.context() as patch:
        path = tmp_path_factory.mktemp("store") / "store.sqlite3"
        patch.setenv(ENV_PATH, str(path))
        yield path


@pytest.fixture
def store_path(tmp_path, monkeypatch):
    """A store of this test's own."""
    path = tmp_path / "store.sqlite3"
    monkeypatch.setenv(ENV_PATH, str(path))
    return path


def chance(text: str) -> float:
    """A chance as the overview shows it (``62%``, ``不足1%``, ``超过99%``), in percent."""
    return {"不足1%": 0.5, "超过99%": 99.5}.get(text) or float(text.rstrip("%"))


def app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    return at


def visit(at: AppTest, page: str) -> AppTest:
    at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    """Everything written on the page and sidebar as markdown, titles, captions and alerts."""
    parts = [
        e.value for kind in ("title", "markdown", "caption", "subheader") for e in getattr(at, kind)
    ]
    parts += [
        e.value for kind in ("error", "warning", "info", "success") for e in getattr(at, kind)
    ]
    parts += [m.label for m in at.metric]
    return "\n".join(str(p) for p in parts)


def sidebar_text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.sidebar.markdown)


@pytest.fixture(scope="module")
def shared_app():
    return app()


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders_in_chinese(shared_app, page):
    at = visit(shared_app, page)
    assert at.title[0].value == PAGES[page][0]
    assert "截至 **2020年1-5月** · 情景：**基准**" in texts(at)


def test_overview_lists_every_indicator_at_risk_first():
    at = app()
    table = at.dataframe[0].value
    assert len(table) == 14
    order = list(table["status"])
    assert order == sorted(order, key=["难完成", "有风险", "正常", "无目标"].index)
    text = texts(at)
    assert "难完成 **2项** · 有风险 **3项** · 正常 **4项** · 无目标 **5项**" in text
    # the first screen names the targets likely to be missed, with the forecast, the chance
    # and what the rest of the year needs
    assert "可能完不成的目标" in text
    assert "**旅游人次** :red-badge[难完成]" in text
    assert "预计 9.21万人次，目标 15.00万人次（−5.79万人次）" in text
    assert "**完成概率 " in text and "6-12月需月均" in text
    assert "**规模工业增加值增速** :orange-badge[有风险]" in text
    assert "6-12月需把全年增速拉到13.0%" in text
    # the page hands Streamlit the columns it shows (and the hidden id), nothing more to style
    assert list(table.columns) == ["indicator", *overview.SHOWN_COLUMNS]
    assert table["strip"].str.startswith("data:image/svg+xml;base64,").all()
    assert "正常 ≥80%；有风险 50%–80%；难完成 <50%" in text
    assert "示例数据" in text  # the sample history is illustrative
    assert "**截至** 2020年1-5月" in sidebar_text(at) and "**情景** 基准" in sidebar_text(at)


def test_switching_language_changes_labels():
    at = app()
    assert at.title[0].value == "总览：全年目标完成情况"
    at.sidebar.radio(key="app_lang").set_value("en").run()
    assert not at.exception
    assert at.title[0].value == "Overview: annual targets"
    assert "Off track **2** · At risk **3** · On track **4** · No target **5**" in texts(at)
    assert "Targets likely to be missed" in texts(at)
    assert "**Scenario** baseline" in sidebar_text(at)
    assert "Jan–May 2020" in sidebar_text(at)
    for page, (_, english) in PAGES.items():
        visit(at, page)
        assert at.title[0].value == english


def test_a_bad_upload_lists_every_problem_with_row_and_column():
    at = visit(app(), "app_pages/data.py")
    at.file_uploader(key="data_actuals_file").set_value(("bad.csv", BAD_CSV, "text/csv"))
    at.run()
    assert not at.exception
    assert "bad.csv 有 3 处问题，未载入" in at.error[0].value
    problems = at.dataframe[0].value
    assert list(problems["行"]) == ["3", "4", "5"]
    assert list(problems["列"]) == ["date", "value", "basis"]
    assert "第3行" in problems["问题"].iloc[0] and "2020-13" in problems["问题"].iloc[0]
    # the sample stays active until a valid file comes
    assert "示例镇（示意数据）" in sidebar_text(at)
    at.button(key="data_discard").click().run()
    assert not at.error


def test_problems_render_from_session_state_in_english():
    """The page shows whatever upload the session holds as being fixed."""
    from app_pages.state import CANDIDATE_KEY, Upload

    at = app()
    at.sidebar.radio(key="app_lang").set_value("en")
    at.session_state[CANDIDATE_KEY] = ("actuals", Upload("bad.csv", BAD_CSV))
    visit(at, "app_pages/data.py")
    assert "bad.csv has 3 problem(s)" in at.error[0].value
    assert "row 4" in at.dataframe[0].value["problem"].iloc[1]


def test_a_good_upload_replaces_the_sample_for_this_session_only():
    first, second = app(), app()
    visit(first, "app_pages/data.py")
    first.file_uploader(key="data_actuals_file").set_value(("my_town.csv", GOOD_CSV, "text/csv"))
    first.run()
    assert not first.exception and not first.error
    assert "已载入 my_town.csv" in first.success[0].value
    assert "my_town.csv" in sidebar_text(first)
    visit(first, "app_pages/overview.py")
    assert list(first.dataframe[0].value["indicator"]) == ["tax_total"]
    assert "2020年1-4月" in sidebar_text(first)
    # another session still sees the sample
    second.run()
    assert "示例镇（示意数据）" in sidebar_text(second)
    assert len(second.dataframe[0].value) == 14
    # and back to the sample
    visit(first, "app_pages/data.py")
    first.button(key="data_reset").click().run()
    assert "示例镇（示意数据）" in sidebar_text(first)


def test_a_targets_upload_sets_this_sessions_targets():
    at = visit(app(), "app_pages/data.py")
    targets = "indicator,year,kind,value\ntax_total,2020,absolute,1.2亿元\n".encode()
    at.file_uploader(key="data_targets_file").set_value(("my_targets.csv", targets, "text/csv"))
    at.run()
    assert not at.exception and not at.error
    assert "当前目标：**my_targets.csv** · 1项" in texts(at)
    visit(at, "app_pages/overview.py")
    table = at.dataframe[0].value.set_index("indicator")
    assert table.loc["tax_total", "target"] == "12,000万元"
    assert table.loc["fai", "target"] == "—"


def test_fixing_values_and_checking_again_accepts_the_file():
    from app_pages.cached import fix_table
    from app_pages.callbacks import receive, revalidate
    from app_pages.state import ACTUALS_KEY, CANDIDATE_KEY, Upload

    state: dict = {}
    upload = Upload("bad.csv", BAD_CSV)
    assert len(receive(state, "actuals", upload)) == 3
    assert state[CANDIDATE_KEY] == ("actuals", upload)
    edited = fix_table(upload.data, upload.name)
    edited.loc[3, "date"] = "2020-02"
    edited.loc[4, "date"] = "2020-03"
    edited.loc[4, "value"] = "498"
    edited.loc[5, "basis"] = "month"
    edited.loc[5, "date"] = "2020-04"
    assert revalidate(state, "actuals", upload, edited) == []
    assert CANDIDATE_KEY not in state
    assert state[ACTUALS_KEY].name == "bad.csv"


def test_choosing_the_as_of_month():
    at = visit(app(), "app_pages/data.py")
    at.selectbox(key="data_as_of_choice_zh").set_value((2020, 3)).run()
    assert not at.exception
    assert "截至 **2020年1-3月**" in texts(at)
    visit(at, "app_pages/overview.py")
    assert set(at.dataframe[0].value["period"]) == {"1-3月"}
    assert "2020年1-3月" in sidebar_text(at)


def test_indicator_page_explains_method_and_backtest():
    at = visit(app(), "app_pages/indicator.py")
    text = texts(at)
    assert "采用自动组合" in text and "典型误差约±" in text
    methods = at.dataframe[0].value
    assert list(methods["method"])[:5] == [
        "自动组合",
        "季节占比法",
        "同比推算法",
        "指数平滑（ETS）",
        "平均进度法",
    ]
    assert len(methods) == len(METHODS)
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")
    at.selectbox(key="indicator_method_zh").set_value("share").run()
    assert not at.exception
    assert "季节占比法：按往年1-5月通常占全年的比例推算全年。" in texts(at)
    at.selectbox(key="indicator_choice_zh").set_value("industry_va_growth").run()
    assert not at.exception
    assert list(at.dataframe[0].value["method"]) == ["增速漂移法"]
    assert "只报累计增速" in texts(at)


def test_switching_language_keeps_the_chosen_indicator_with_its_english_name():
    at = visit(app(), "app_pages/indicator.py")
    at.selectbox(key="indicator_choice_zh").set_value("fai").run()
    at.sidebar.radio(key="app_lang").set_value("en").run()
    assert not at.exception
    picker = at.selectbox(key="indicator_choice_en")
    assert picker.value == "fai"
    assert picker.format_func(picker.value) == "Fixed-asset investment"


def test_export_page_offers_four_downloads():
    at = visit(app(), "app_pages/export.py")
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["下载 Excel", "下载 CSV", "下载简报 Markdown", "下载简报 Word"]
    assert "预计全年完成国地两税收入" in texts(at)


# ---------------------------------------------------------------- the 情景 Scenarios page

SCENARIOS = "app_pages/scenarios.py"


def keyed(at: AppTest, kind: str, prefix: str):
    """The one widget of ``kind`` whose key starts with ``prefix`` (the draft's widgets carry
    the indicator, language, as-of month and a generation in their keys)."""
    found = [w for w in getattr(at, kind) if w.key and w.key.startswith(prefix)]
    assert len(found) == 1, [w.key for w in getattr(at, kind)]
    return found[0]


def metric(at: AppTest, label: str):
    return next(m for m in at.metric if m.label == label)


WORK, STORE, COMPARE = "调整假设", "保存、载入与当前情景", "情景对比"


def tab(at: AppTest, label: str) -> AppTest:
    """Open a tab of the 情景 page (only the open tab is drawn)."""
    at.session_state["scenario_tab_zh"] = label
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def workbench(indicator: str = "tax_total") -> AppTest:
    at = visit(app(), SCENARIOS)
    keyed(at, "selectbox", "scenario_indicator_").set_value(indicator).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_changing_the_growth_assumption_moves_the_probability():
    at = workbench()
    assert "草稿对比基准：国地两税收入" in texts(at)
    before = metric(at, "完成目标概率")
    assert before.value.endswith("%") and before.delta == "与基准相同"
    keyed(at, "number_input", "scenario_growth_tax_total").set_value(-10.0).run()
    assert not at.exception
    after = metric(at, "完成目标概率")
    assert after.value != before.value
    assert f"个百分点（基准 {before.value}）" in after.delta and after.delta.startswith("-")
    assert metric(at, "预计全年（中位数）").delta.startswith("-")
    draft = at.session_state["scenario_draft"]
    assert draft.assumption("tax_total").growth == -10.0
    # the other indicators stay at the baseline
    assert set(draft.indicators) == {"tax_total"}


def test_goal_seek_states_the_growth_and_monthly_amount_needed():
    at = workbench()
    sentence = at.info[0].value
    assert sentence.startswith("要有50%的把握完成全年目标10,000万元：6-12月各月")
    assert "平均每月需完成" in sentence and sentence.endswith("万元。")
    keyed(at, "radio", "scenario_goal_choice_").set_value(0.8).run()
    said = [*at.info, *at.warning]  # a warning where the answer lies beyond the history
    assert said[0].value.startswith("要有80%的把握完成全年目标10,000万元")
    keyed(at, "radio", "scenario_goal_choice_").set_value("other").run()
    keyed(at, "select_slider", "scenario_goal_custom").set_value(0.95).run()
    # 95% needs more than any past year's 6-12月 brought: said in words
    assert at.warning[0].value.startswith("要有95%的把握")
    assert (
        "这超出了该指标以往的任何记录：2017–2019年，6-12月较上年同期的增速在" in at.warning[0].value
    )
    # an indicator without a target says so
    keyed(at, "selectbox", "scenario_indicator_").set_value("tax_local").run()
    assert "本指标没有全年目标，无需求解。" in texts(at)


def test_a_growth_rate_indicator_offers_growth_and_method_only():
    at = workbench("industry_va_growth")
    assert "增速类指标只能设增速和方法。" in texts(at)
    labels = {w.label for w in at.number_input}
    assert "后续各月当月增速（%，较上年同月）" in labels and "冲击幅度（%）" not in labels
    keyed(at, "number_input", "scenario_growth_industry_va_growth").set_value(20.0).run()
    assert not at.exception
    assert metric(at, "预计全年（中位数）").delta.startswith("+")
    assert "个百分点" in metric(at, "预计全年（中位数）").delta


def test_the_page_renders_in_english_with_sentences_in_english():
    at = app()
    at.sidebar.radio(key="app_lang").set_value("en")
    visit(at, SCENARIOS)
    keyed(at, "selectbox", "scenario_indicator_en").set_value("tax_total").run()
    assert "Draft against the baseline: National and local tax revenue" in texts(at)
    assert at.info[0].value.startswith("To meet the annual target of 10,000万元 with a 50%")
    assert [m.label for m in at.metric] == [
        "Year-end (median)",
        "80% band (万元)",
        "Chance of meeting target",
        "Annual target",
    ]


def test_save_then_load_round_trips_through_the_store(store_path):
    at = workbench()
    keyed(at, "number_input", "scenario_growth_tax_total").set_value(5.0).run()
    tab(at, STORE)
    keyed(at, "text_input", "scenario_name_").set_value("稳增长").run()
    keyed(at, "text_area", "scenario_description_").set_value("两税按5%增长").run()
    at.button(key="scenario_save").click().run()
    assert not at.exception
    assert any("已保存“稳增长”第1版" in e.value for e in at.success)
    saved = Store(store_path).load_scenario("稳增长")
    assert saved.description == "两税按5%增长"
    assert dict(saved.indicators) == dict(at.session_state["scenario_draft"].indicators)
    assert str(store_path) not in texts(at) and "情景库" in texts(at)  # no server path
    # the draft, renamed by saving, stays in the comparison
    tab(at, COMPARE)
    compare = keyed(at, "multiselect", "scenario_compare_")
    assert ("draft", "") in compare.value
    assert "草稿（稳增长）·预计全年" in list(at.dataframe[-1].value.columns) + list(
        at.dataframe[-2].value.columns
    )
    tab(at, STORE)
    at.button(key="scenario_save").click().run()  # every save a new version
    versions = next(d.value for d in at.dataframe if "版本" in d.value.columns)
    assert list(versions["版本"]) == [2, 1] and list(versions["情景"]) == ["稳增长"] * 2
    assert all(len(v) == 19 for v in versions["保存时间"])  # 2020-06-30 09:15:02

    tab(at, WORK)
    at.button(key="scenario_new").click().run()  # an empty draft
    assert at.session_state["scenario_draft"].indicators == {}
    assert keyed(at, "number_input", "scenario_growth_tax_total").value is None
    tab(at, STORE)
    keyed(at, "selectbox", "scenario_load_source_").set_value(("saved", "稳增长")).run()
    keyed(at, "selectbox", "scenario_load_version_").set_value(1).run()
    at.button(key="scenario_load").click().run()
    assert not at.exception
    assert any("已把“稳增长”载入草稿" in e.value for e in at.success)
    assert at.session_state["scenario_draft"] == saved
    assert keyed(at, "text_input", "scenario_name_").value == "稳增长"
    tab(at, WORK)
    assert keyed(at, "number_input", "scenario_growth_tax_total").value == 5.0
    tab(at, STORE)

    # a built-in loads the same way; deleting is soft and can be undone
    keyed(at, "selectbox", "scenario_load_source_").set_value(("saved", "稳增长")).run()
    at.button(key="scenario_delete").click().run()
    assert Store(store_path).names() == []
    keyed(at, "selectbox", "scenario_restore_name").set_value("稳增长").run()
    at.button(key="scenario_restore").click().run()
    assert Store(store_path).names() == ["稳增长"]
    keyed(at, "selectbox", "scenario_load_source_").set_value(("builtin", "optimistic")).run()
    at.button(key="scenario_load").click().run()
    assert at.session_state["scenario_draft"].name == "乐观"
    assert at.session_state["scenario_draft"].assumption("fai").quantile == 0.9


def test_a_builtin_name_cannot_be_saved_over(store_path):
    at = tab(workbench(), STORE)
    keyed(at, "text_input", "scenario_name_").set_value("基准").run()
    at.button(key="scenario_save").click().run()
    assert any("是内置情景的名称" in e.value for e in at.error)
    assert Store(store_path).names() == []


def test_making_a_scenario_active_changes_the_other_pages(store_path):
    at = visit(app(), "app_pages/overview.py")
    before = at.dataframe[0].value.set_index("indicator")
    visit(at, SCENARIOS)
    keyed(at, "selectbox", "scenario_indicator_").set_value("tax_total").run()
    keyed(at, "number_input", "scenario_growth_tax_total").set_value(-15.0).run()
    tab(at, STORE)
    keyed(at, "text_input", "scenario_name_").set_value("两税下滑").run()
    at.button(key="scenario_activate").click().run()
    assert not at.exception
    assert "**情景** 两税下滑" in sidebar_text(at)
    visit(at, "app_pages/overview.py")
    assert "情景：**两税下滑**" in texts(at)
    after = at.dataframe[0].value.set_index("indicator")
    assert after.loc["tax_total", "point"] != before.loc["tax_total", "point"]
    assert chance(after.loc["tax_total", "p_meet_text"]) < chance(
        before.loc["tax_total", "p_meet_text"]
    )
    assert after.loc["fai", "point"] == before.loc["fai", "point"]
    visit(at, "app_pages/indicator.py")
    at.selectbox(key="indicator_choice_zh").set_value("tax_total").run()
    assert (
        next(m for m in at.metric if m.label == "完成目标概率").value
        == after.loc["tax_total", "p_meet_text"]
    )
    # back to the baseline
    tab(visit(at, SCENARIOS), STORE)
    at.button(key="scenario_baseline").click().run()
    assert "**情景** 基准" in sidebar_text(at)
    visit(at, "app_pages/overview.py")
    assert (
        at.dataframe[0].value.set_index("indicator").loc["tax_total", "point"]
        == (before.loc["tax_total", "point"])
    )


def test_compare_shows_scenarios_side_by_side_and_their_difference():
    at = workbench()
    keyed(at, "number_input", "scenario_growth_tax_total").set_value(-10.0).run()
    tab(at, COMPARE)
    keyed(at, "multiselect", "scenario_compare_").set_value(
        [("builtin", "baseline"), ("builtin", "pessimistic"), ("draft", "")]
    ).run()
    assert not at.exception
    table = next(d.value for d in at.dataframe if "悲观·预计全年" in d.value.columns)
    assert len(table) == 14
    assert {"基准·完成概率", "草稿（未命名情景）·与目标差"} <= set(table.columns)
    keyed(at, "selectbox", "scenario_diff_b_").set_value("草稿（未命名情景）").run()
    diff = next(d.value for d in at.dataframe if "预计全年变化（B−A）" in d.value.columns)
    diff = diff.set_index("name")
    assert diff.loc["国地两税收入", "预计全年变化（B−A）"].startswith("-")
    assert diff.loc["全社会固定资产投资", "预计全年变化（B−A）"] == "不变"


def test_two_sessions_keep_their_drafts_apart():
    first, second = workbench(), workbench()
    keyed(first, "number_input", "scenario_growth_tax_total").set_value(9.0).run()
    second.run()
    assert second.session_state["scenario_draft"].indicators == {}
    assert keyed(second, "number_input", "scenario_growth_tax_total").value is None


# ---------------------------------------------------------------- the store on other pages


def test_saving_and_loading_a_dataset_version(store_path):
    at = visit(app(), "app_pages/data.py")
    at.file_uploader(key="data_actuals_file").set_value(("my_town.csv", GOOD_CSV, "text/csv"))
    at.run()
    keyed(at, "text_input", "data_save_name_").set_value("五月报").run()
    at.button(key="data_save").click().run()
    assert not at.exception
    assert any("已保存数据“五月报”第1版（my_town.csv" in e.value for e in at.success)
    assert Store(store_path).load_dataset("五月报") == (GOOD_CSV, "my_town.csv")
    at.button(key="data_reset").click().run()
    assert "示例镇（示意数据）" in sidebar_text(at)
    keyed(at, "selectbox", "data_load_choice_").set_value(("五月报", 1)).run()
    at.button(key="data_load").click().run()
    assert not at.exception and not at.error
    assert any("已载入数据“五月报”第1版" in e.value for e in at.success)
    assert "my_town.csv" in sidebar_text(at) and "2020年1-4月" in sidebar_text(at)


def test_a_saved_dataset_that_no_longer_validates_is_shown_for_fixing(store_path):
    Store(store_path).save_dataset("坏文件", BAD_CSV, "bad.csv")
    at = visit(app(), "app_pages/data.py")
    keyed(at, "selectbox", "data_load_choice_").set_value(("坏文件", 1)).run()
    at.button(key="data_load").click().run()
    assert "bad.csv 有 3 处问题，未载入" in at.error[0].value
    assert "示例镇（示意数据）" in sidebar_text(at)


def test_the_workbook_holds_one_summary_sheet_per_scenario(store_path):
    from app_pages import cached, downloads, figures, sources, state
    from scenarios import BASELINE, Assumption, Scenario

    Store(store_path).save_scenario(
        Scenario("稳增长", "两税增长5%", {"tax_total": Assumption(5.0)})
    )
    at = visit(app(), "app_pages/export.py")
    options = keyed(at, "multiselect", "export_scenarios_").options
    assert options == ["基准（内置）", "乐观（内置）", "悲观（内置）", "稳增长"]
    keyed(at, "multiselect", "export_scenarios_").set_value(
        [("builtin", "pessimistic"), ("saved", "稳增长")]
    ).run()
    assert not at.exception

    # the same glue the page calls, outside a script run
    upload = state.sample_actuals()
    actuals, _ = cached.parse_actuals(upload.data, upload.name)
    targets, _ = cached.parse_targets(
        state.sample_targets().data, state.sample_targets().name, upload.key, actuals
    )
    s = state.Session("zh", upload, actuals, state.sample_targets(), targets, (2020, 5), BASELINE)
    base = figures.baseline_results(s)
    picked = [("builtin", "baseline"), ("builtin", "pessimistic"), ("saved", "稳增长")]
    others = sources.others_to_export(s, picked)
    assert [o.label for o in others] == ["悲观", "稳增长"]  # the active one is not repeated
    book = openpyxl.load_workbook(io.BytesIO(downloads.export_files(s, base, others).xlsx))
    assert book.sheetnames == ["汇总-基准", "汇总-悲观", "汇总-稳增长", "说明"]
    names = {row[0].value: row for row in book["汇总-稳增长"].iter_rows(min_row=2)}
    plain = {row[0].value: row for row in book["汇总-基准"].iter_rows(min_row=2)}
    year_end = [c.value for c in book["汇总-基准"][1]].index("预计全年")
    assert names["国地两税收入"][year_end].value != plain["国地两税收入"][year_end].value
    notes = [(r[0].value, r[1].value) for r in book["说明"].iter_rows(min_row=2)]
    assert ("其他情景", "稳增长：两税增长5%") in notes


def test_an_active_scenario_that_no_longer_fits_shows_the_baseline_with_a_warning():
    from app_pages.state import SCENARIO_KEY
    from scenarios import Assumption, OneOff, Scenario

    at = app()
    at.session_state[SCENARIO_KEY] = Scenario(
        "旧情景", indicators={"fai": Assumption(one_offs=(OneOff(3, 1.0),))}
    )
    at.run()
    assert not at.exception
    assert "情景“旧情景”不适用于当前数据，以下按基准显示" in at.warning[0].value
    assert "月份 3 已有实际数据" in at.warning[0].value
    assert len(at.dataframe[0].value) == 14


def test_streamlit_widgets_speak_the_page_language():
    """Streamlit's own texts where it lets us set them: every picker's placeholder."""
    at = visit(app(), "app_pages/indicator.py")
    assert {w.proto.placeholder for w in at.selectbox} == {"请选择"}
    at = visit(at, SCENARIOS)
    assert {w.proto.placeholder for w in at.selectbox} == {"请选择"}
    at.sidebar.radio(key="app_lang").set_value("en").run()
    assert {w.proto.placeholder for w in at.selectbox} == {"Choose an option"}


def sample_with(row: int, column: str, value: str) -> bytes:
    """The sample actuals with one cell (spreadsheet ``row``, header = 1) replaced."""
    from app_pages.state import sample_actuals

    lines = sample_actuals().data.decode().splitlines()
    header = lines[0].split(",")
    cells = lines[row - 1].split(",")
    cells[header.index(column)] = value
    lines[row - 1] = ",".join(cells)
    return ("\n".join(lines) + "\n").encode()


def test_one_bad_cell_is_one_problem_and_its_row_is_shown_highlighted_to_fix():
    at = visit(app(), "app_pages/data.py")
    data = sample_with(52, "value", "abc")  # tax_total 2020-03: 2020-04 then lacks a month
    at.file_uploader(key="data_actuals_file").set_value(("town.csv", data, "text/csv"))
    at.run()
    assert not at.exception
    problems = at.dataframe[0].value
    assert list(problems["行"]) == ["52"]  # one problem, not two
    assert "2020-03" in problems["由此引起"].iloc[0] and "第53行" in problems["由此引起"].iloc[0]
    bad_rows = at.dataframe[1].value
    assert list(bad_rows.index) == [52] and bad_rows.loc[52, "value"] == "abc"
    assert "有问题的行（共1行" in texts(at)
    assert at.toggle(key="data_fix_only_bad").value is True


def test_the_last_row_of_a_long_file_is_found_without_scrolling():
    from app_pages.cached import fix_table
    from presentation import intake

    data = sample_with(719, "date", "2020-13")  # row 719: the 718th and last data row
    at = visit(app(), "app_pages/data.py")
    at.file_uploader(key="data_actuals_file").set_value(("town.csv", data, "text/csv"))
    at.run()
    assert not at.exception
    bad_rows = at.dataframe[1].value
    assert list(bad_rows.index) == [719] and bad_rows.loc[719, "date"] == "2020-13"
    # the editor shows that row alone; the fixed row goes back into the whole file
    table = fix_table(data, "town.csv")
    assert len(table) == 718
    fixed = table.loc[[719]].copy()
    fixed.loc[719, "date"] = "2020-05"
    whole = intake.with_edits(table, fixed)
    assert len(whole) == 718 and whole.loc[719, "date"] == "2020-05"
    assert whole.drop(index=719).equals(table.drop(index=719))


def test_the_pickers_and_uploads_speak_chinese_on_a_chinese_page():
    at = visit(app(), "app_pages/data.py")
    assert at.selectbox(key="data_as_of_choice_zh").placeholder == "请选择"
    assert "Upload（上传）" in at.file_uploader(key="data_actuals_file").help
