"""The app as a user sees it, driven by streamlit's AppTest: every page, both languages,
uploads good and bad, the as-of month, and sessions kept apart."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from forecast.methods import METHODS

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
PAGES = {
    "app_pages/overview.py": ("总览:全年目标完成情况", "Overview: annual targets"),
    "app_pages/indicator.py": ("指标详情", "Indicator detail"),
    "app_pages/data.py": ("数据:上传、校验与截至月份", "Data: upload, check, as-of month"),
    "app_pages/export.py": ("导出:表格与简报", "Export: tables and brief"),
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
    assert "截至 **2020年1-5月** · 情景:**基准**" in texts(at)


def test_overview_lists_every_indicator_at_risk_first():
    at = app()
    table = at.dataframe[0].value
    assert len(table) == 14
    order = list(table["status_code"])
    assert order == sorted(order, key=["off_track", "at_risk", "on_track", "no_target"].index)
    assert [m.label for m in at.metric] == ["难完成", "有风险", "正常", "无目标"]
    text = texts(at)
    assert "正常 ≥80%;有风险 50%–80%;难完成 <50%" in text
    assert "示例数据" in text  # the sample history is illustrative
    assert "**截至** 2020年1-5月" in sidebar_text(at) and "**情景** 基准" in sidebar_text(at)


def test_switching_language_changes_labels():
    at = app()
    assert at.title[0].value == "总览:全年目标完成情况"
    at.sidebar.radio(key="app_lang").set_value("en").run()
    assert not at.exception
    assert at.title[0].value == "Overview: annual targets"
    assert [m.label for m in at.metric] == ["Off track", "At risk", "On track", "No target"]
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
    assert "bad.csv 有 3 处问题,未载入" in at.error[0].value
    problems = at.dataframe[0].value
    assert list(problems["行"]) == ["3", "4", "5"]
    assert list(problems["列"]) == ["date", "value", "basis"]
    assert "第3行" in problems["问题"].iloc[0] and "2020-13" in problems["问题"].iloc[0]
    # the sample stays active until a valid file comes
    assert "示例镇(示意数据)" in sidebar_text(at)
    at.button(key="data_discard").click().run()
    assert not at.error


def test_problems_render_from_session_state_in_english():
    """The page shows whatever upload the session holds as being fixed."""
    from app_pages._shared import CANDIDATE_KEY, Upload

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
    assert "示例镇(示意数据)" in sidebar_text(second)
    assert len(second.dataframe[0].value) == 14
    # and back to the sample
    visit(first, "app_pages/data.py")
    first.button(key="data_reset").click().run()
    assert "示例镇(示意数据)" in sidebar_text(first)


def test_a_targets_upload_sets_this_sessions_targets():
    at = visit(app(), "app_pages/data.py")
    targets = "indicator,year,kind,value\ntax_total,2020,absolute,1.2亿元\n".encode()
    at.file_uploader(key="data_targets_file").set_value(("my_targets.csv", targets, "text/csv"))
    at.run()
    assert not at.exception and not at.error
    assert "当前目标:**my_targets.csv** · 1项" in texts(at)
    visit(at, "app_pages/overview.py")
    table = at.dataframe[0].value.set_index("indicator")
    assert table.loc["tax_total", "target"] == "12,000万元"
    assert table.loc["fai", "target"] == "—"


def test_fixing_values_and_checking_again_accepts_the_file():
    from app_pages import _shared as ui
    from forecast import intake

    state: dict = {}
    upload = ui.Upload("bad.csv", BAD_CSV)
    assert len(ui.receive(state, "actuals", upload)) == 3
    assert state[ui.CANDIDATE_KEY] == ("actuals", upload)
    edited = intake.editable_table(upload.data, upload.name)
    edited.loc[3, "date"] = "2020-02"
    edited.loc[4, "date"] = "2020-03"
    edited.loc[4, "value"] = "498"
    edited.loc[5, "basis"] = "month"
    edited.loc[5, "date"] = "2020-04"
    assert ui.revalidate(state, "actuals", upload, edited) == []
    assert ui.CANDIDATE_KEY not in state
    assert state[ui.ACTUALS_KEY].name == "bad.csv"


def test_choosing_the_as_of_month():
    at = visit(app(), "app_pages/data.py")
    at.selectbox(key="data_as_of_choice").set_value((2020, 3)).run()
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
        "指数平滑(ETS)",
        "平均进度法",
    ]
    assert len(methods) == len(METHODS)
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")
    at.selectbox(key="indicator_method").set_value("share").run()
    assert not at.exception
    assert "季节占比法:按往年1-5月通常占全年的比例推算全年。" in texts(at)
    at.selectbox(key="indicator_choice").set_value("industry_va_growth").run()
    assert not at.exception
    assert list(at.dataframe[0].value["method"]) == ["增速漂移法"]
    assert "只报累计增速" in texts(at)


def test_export_page_offers_four_downloads():
    at = visit(app(), "app_pages/export.py")
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["下载 Excel", "下载 CSV", "下载简报 Markdown", "下载简报 Word"]
    assert "预计全年完成国地两税收入" in texts(at)
