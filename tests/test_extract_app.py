"""The 数据 page's 从报告读取 as a user drives it (streamlit AppTest): paste a report, see the
figures with their clauses marked, drop one, add the rest — the data change only then."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app_pages.state import ACTUALS_KEY, TARGETS_KEY
from file_readers.tables import SAMPLE_ACTUALS, read_actuals, read_targets
from scenarios.store import ENV_PATH
from tests.extract_corpus.documents import docx_bytes

APP = str(Path(__file__).resolve().parent.parent / "app.py")
REPORT = (
    "2020年1-6月，全镇完成国地两税收入6100万元，同比增长9%；城镇化率达到52.3%。\n"
    "2020年目标任务：全社会固定资产投资12亿元。"
)


@pytest.fixture(autouse=True)
def own_store(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_PATH, str(tmp_path / "store.sqlite3"))


def data_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page("app_pages/data.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def read(at: AppTest, text: str) -> AppTest:
    at.text_area(key="data_reader_text").set_value(text)
    at.button(key="data_reader_read").click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def marked(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown if "<mark" in m.value)


def test_figures_are_shown_with_their_clauses_and_nothing_enters_unconfirmed():
    at = read(data_page(), REPORT)
    assert "国地两税收入6100万元" in marked(at) and "<b>[1]</b>" in marked(at)
    assert any("读出3个数字" in c.value for c in at.caption)
    assert ACTUALS_KEY not in at.session_state and TARGETS_KEY not in at.session_state
    add = at.button(key="data_reader_add_actuals")
    assert add.label == "加入实际数据（2行）"  # the level and its growth; 城镇化率 has no id
    assert at.button(key="data_reader_add_targets").label == "加入目标（1项）"


def test_adding_the_chosen_rows_to_the_actuals_and_targets():
    at = read(data_page(), REPORT)
    at.button(key="data_reader_add_actuals").click()
    at.run()
    assert not at.exception
    upload = at.session_state[ACTUALS_KEY]
    actuals = read_actuals(upload.data, name=upload.name)
    got = actuals.frame.set_index(["indicator", "year", "month", "basis"])["value"]
    assert got[("tax_total", 2020, 6, "ytd")] == 6100
    assert got[("tax_total", 2020, 6, "ytd_yoy")] == 9
    sample = read_actuals(SAMPLE_ACTUALS)
    assert len(actuals.frame) == len(sample.frame) + 2  # the data there before are kept
    assert any("已从报告加入2行实际数据" in s.value for s in at.success)
    at.button(key="data_reader_add_targets").click()
    at.run()
    targets = at.session_state[TARGETS_KEY]
    found = read_targets(targets.data, actuals.catalogue, name=targets.name)
    assert found[("fai", 2020)].annual.value == 12
    assert ("tax_total", 2020) in found  # the sample's targets stay


def test_the_expander_is_there_and_open_after_reading():
    at = data_page()
    assert "从报告读取" in [e.label for e in at.expander]
    at = read(at, REPORT)
    assert any(e.label == "从报告读取" for e in at.expander)


def test_an_uploaded_word_report_and_a_bad_file():
    at = data_page()
    at.file_uploader(key="data_reader_file").set_value(
        ("report.docx", docx_bytes([REPORT.splitlines()[0]]), "application/octet-stream")
    )
    at.button(key="data_reader_read").click()
    at.run()
    assert "国地两税收入6100万元" in marked(at)
    at.file_uploader(key="data_reader_file").set_value(
        ("scan.pdf", b"%PDF-1.4 junk", "application/pdf")
    )
    at.button(key="data_reader_read").click()
    at.run()
    assert any("文件已损坏" in e.value for e in at.error)


def test_a_text_without_figures_says_so():
    at = read(data_page(), "坚持稳中求进工作总基调。")
    assert any("没有读出数字" in i.value for i in at.info)
