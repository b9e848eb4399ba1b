"""End to end in a real browser: Debian's Chromium (scripts/install_browser.sh) driven by
Playwright against ``streamlit run app.py``. Screenshots of every page go to screenshots/."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WAIT_MS = 90_000
GOOD_CSV = "".join(
    ["indicator,date,value,basis\n"]
    + [
        f"tax_total,{y}-{m:02d},{500 + 10 * m + y % 7},month\n"
        for y in (2018, 2019)
        for m in range(1, 13)
    ]
    + [f"tax_total,2020-{m:02d},{520 + 10 * m},month\n" for m in range(1, 5)]
).encode()
BAD_CSV = (
    b"indicator,date,value,basis\n"
    b"tax_total,2020-01,980,month\n"
    b"tax_total,2020-13,498,month\n"
    b"tax_total,2020-02,abc,month\n"
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="/usr/bin/chromium is absent: run scripts/install_browser.sh (Debian's chromium)",
    ),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    folder = tmp_path_factory.mktemp("streamlit")
    log_path = folder / "server.log"
    log = log_path.open("wb")
    env = {
        **os.environ,
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        "TOWN_FORECAST_STORE": str(folder / "store.sqlite3"),  # never the user's own store
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.fileWatcherType",
            "none",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.read() == b"ok":
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            proc.wait()
            log.close()
            pytest.fail(f"streamlit did not start:\n{log_path.read_text(errors='replace')}")
        time.sleep(0.3)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    log.close()


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def new_page(browser, **kw):
    context = browser.new_context(viewport={"width": 1440, "height": 1600}, **kw)
    context.set_default_timeout(WAIT_MS)
    return context, context.new_page()


def settle(page) -> None:
    """Wait until the script run is over and tables and charts have drawn."""
    page.wait_for_timeout(300)
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for()
    page.wait_for_timeout(1000)


def shot(page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    settle(page)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def sidebar(page) -> str:
    return page.locator('[data-testid="stSidebar"]').inner_text()


def go(page, title: str) -> None:
    """Follow the sidebar link to a page and wait for its title."""
    page.locator('[data-testid="stSidebarNav"]').get_by_text(title, exact=True).click()


def test_cjk_fonts_are_installed():
    if shutil.which("fc-list") is None:
        pytest.skip("fontconfig is absent")
    out = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout
    assert out.strip(), "no Chinese font: run scripts/install_browser.sh (fonts-noto-cjk)"


def test_overview_in_chinese_then_english_and_excel_download(server, browser, tmp_path):
    context, page = new_page(browser, accept_downloads=True)
    page.goto(server)
    page.get_by_role("heading", name="总览：全年目标完成情况").wait_for()
    assert "示例镇（示意数据）" in sidebar(page)
    assert "2020年1-5月" in sidebar(page)
    shot(page, "overview_zh")
    for title, heading, name in [
        ("指标", "指标详情", "indicator_zh"),
        ("数据", "数据：上传、校验与截至月份", "data_zh"),
        ("导出", "导出：表格与简报", "export_zh"),
    ]:
        go(page, title)
        page.get_by_role("heading", name=heading).wait_for()
        shot(page, name)
    go(page, "总览")
    page.get_by_role("heading", name="总览：全年目标完成情况").wait_for()

    page.locator('[data-testid="stSidebar"]').get_by_text("English").click()
    page.get_by_role("heading", name="Overview: annual targets").wait_for()
    assert "Jan–May 2020" in sidebar(page)
    shot(page, "overview_en")
    go(page, "Indicator")
    page.get_by_role("heading", name="Indicator detail").wait_for()
    shot(page, "indicator_en")
    go(page, "Export")
    page.get_by_role("heading", name="Export: tables and brief").wait_for()
    settle(page)
    shot(page, "export_en")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download Excel").click()
    download = info.value
    assert download.suggested_filename.endswith(".xlsx")
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    headers = [c.value for c in ws[1]]
    assert headers[:4] == ["Indicator", "Unit", "As of", "To date"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    tax = rows["National and local tax revenue"]
    assert tax[1].value == "万元"
    assert tax[3].value == 5010 and tax[3].number_format == "#,##0"
    context.close()


def test_two_browser_sessions_keep_their_uploads_apart(server, browser):
    context_a, a = new_page(browser)
    context_b, b = new_page(browser)
    a.goto(f"{server}/data")
    a.get_by_role("heading", name="数据：上传、校验与截至月份").wait_for()
    b.goto(server)
    b.get_by_role("heading", name="总览：全年目标完成情况").wait_for()
    settle(a)
    a.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(
        files=[{"name": "my_town.csv", "mimeType": "text/csv", "buffer": GOOD_CSV}]
    )
    a.get_by_text("已载入 my_town.csv").wait_for()
    settle(a)  # the sidebar is drawn after the page, at the end of the run
    assert "my_town.csv" in sidebar(a)
    shot(a, "data_uploaded")
    go(a, "总览")
    a.get_by_role("heading", name="总览：全年目标完成情况").wait_for()
    settle(a)
    assert "my_town.csv" in sidebar(a) and "2020年1-4月" in sidebar(a)
    # the other session, open all along, and a fresh load of it: still the sample
    b.reload()
    b.get_by_role("heading", name="总览：全年目标完成情况").wait_for()
    settle(b)
    assert "示例镇（示意数据）" in sidebar(b) and "my_town.csv" not in sidebar(b)
    assert "2020年1-5月" in sidebar(b)
    context_a.close()
    context_b.close()


def test_bad_upload_lists_problems_in_the_browser(server, browser):
    context, page = new_page(browser)
    page.goto(f"{server}/data")
    page.get_by_role("heading", name="数据：上传、校验与截至月份").wait_for()
    settle(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(
        files=[{"name": "bad.csv", "mimeType": "text/csv", "buffer": BAD_CSV}]
    )
    page.get_by_text("bad.csv 有 2 处问题，未载入").wait_for()
    page.get_by_role("heading", name="在表格中修改").wait_for()
    shot(page, "data_problems")
    assert "示例镇（示意数据）" in sidebar(page)
    context.close()


def metric_value(page, label: str) -> str:
    """The value of the metric with ``label`` (its first match on the page)."""
    metric = page.locator('[data-testid="stMetric"]').filter(has_text=label).first
    return metric.locator('[data-testid="stMetricValue"]').inner_text()


def test_a_scenario_assumption_moves_the_probability(server, browser):
    context, page = new_page(browser)
    page.goto(server)
    page.get_by_role("heading", name="总览：全年目标完成情况").wait_for()
    go(page, "情景")
    page.get_by_role("heading", name="情景：假设、目标求解与对比").wait_for()
    settle(page)
    page.get_by_label("选择指标").first.click()
    page.get_by_role("option", name="国地两税收入").click()
    page.get_by_role("heading", name="草稿对比基准：国地两税收入").wait_for()
    settle(page)
    before = metric_value(page, "完成目标概率")
    assert before.endswith("%")
    box = page.get_by_role("spinbutton", name="后续月份增速（%，较上年同月）")
    box.fill("-10")
    box.press("Enter")
    page.wait_for_function(
        """([label, before]) => [...document.querySelectorAll('[data-testid="stMetric"]')]
            .filter(m => m.innerText.includes(label))
            .some(m => !m.querySelector('[data-testid="stMetricValue"]').innerText
                .includes(before))""",
        arg=["完成目标概率", before],
    )
    settle(page)
    after = metric_value(page, "完成目标概率")
    assert after != before
    chance = page.locator('[data-testid="stMetric"]').filter(has_text="完成目标概率").first
    assert "个百分点" in chance.inner_text()
    assert "后续月份需增长多少才能完成目标" in page.inner_text("body")
    assert "要有50%的把握完成全年目标10,000万元：6-12月各月" in page.inner_text("body")
    shot(page, "scenarios_zh")
    context.close()
