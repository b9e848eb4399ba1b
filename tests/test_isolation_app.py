"""The app takes a file where some indicators are bad: it projects the others and lists the
ones left out with their reasons (data page) and their names (every page of figures)."""

import pytest

from tests.test_app import GOOD_CSV, app, texts, visit

PARTIAL_CSV = GOOD_CSV + b"fai,2020-01,1.5,month\nfai,2020-02,abc,month\n"


@pytest.fixture(autouse=True)
def own_store(tmp_path, monkeypatch):
    from scenarios.store import ENV_PATH

    monkeypatch.setenv(ENV_PATH, str(tmp_path / "store.sqlite3"))


def test_a_file_with_one_bad_indicator_is_taken_and_the_bad_one_listed():
    at = visit(app(), "app_pages/data.py")
    at.file_uploader(key="data_actuals_file").set_value(("part.csv", PARTIAL_CSV, "text/csv"))
    at.run()
    assert not at.exception
    assert not at.error
    assert "已载入 part.csv" in at.success[0].value
    warning = at.warning[0].value
    assert "1 项指标因数据问题未作预测：全社会固定资产投资" in warning
    table = at.dataframe[0].value
    assert list(table["行"]) == ["31"] and list(table["列"]) == ["value"]
    assert "无法识别的数值“abc”" in table["问题"].iloc[0]
    visit(at, "app_pages/overview.py")
    assert list(at.dataframe[0].value["indicator"]) == ["tax_total"]
    assert "全社会固定资产投资" in texts(at)


def test_the_data_page_shows_how_each_row_was_read():
    at = visit(app(), "app_pages/data.py")
    at.file_uploader(key="data_actuals_file").set_value(("part.csv", PARTIAL_CSV, "text/csv"))
    at.run()
    tables = [d.value for d in at.dataframe]
    understood = next(t for t in tables if "识别为" in t.columns)
    assert list(understood["原文"]) == ["tax_total", "fai"]
    assert list(understood["依据"]) == ["编号", "编号"]


def test_a_sheet_without_a_year_asks_for_it():
    wide = "指标,1-2月,1-3月,1-4月\n两税,2000,3000,4000\n".encode()
    at = visit(app(), "app_pages/data.py")
    at.file_uploader(key="data_actuals_file").set_value(("nian.csv", wide, "text/csv"))
    at.run()
    assert "无法识别的年份" in at.dataframe[0].value["问题"].iloc[0]
    at.number_input(key="data_year").set_value(2020)
    at.button(key="data_year_read").click().run()
    assert not at.exception and not at.error
    assert "已载入 nian.csv" in at.success[0].value
    visit(at, "app_pages/overview.py")
    assert list(at.dataframe[0].value["indicator"]) == ["tax_total"]
