"""Speed in a real browser: each interaction's settle time and a new session's first table.

Starts ``streamlit run app.py`` on localhost itself (a temporary scenario store), drives
Debian's Chromium with Playwright, and times from the user's action to the page settled: the
script run over and nothing on the page changing for a quiet spell (the quiet spell itself is
not counted). Each interaction is repeated (back and forth between two choices) and the
median reported; the first run of each is left out (it fills the caches once per server).

    .venv/bin/python -m bench.browser_latency [--repeat 7] [--sessions 5] [--json FILE]

Targets (issue 11): every interaction under 500 ms median, a new session's first table under
2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
INTERACTION_MS = 500
FIRST_TABLE_MS = 2000
QUIET_MS = 250  # nothing changed on the page for this long: settled
# the pages' texts, half- or full-width punctuation (the app moved to full-width ，：（）), so
# the same bench runs against an older build (a before/after pair)
DATA_TITLE = re.compile(r"^数据[:：]上传、校验与截至月份$")
SCENARIO_TITLE = re.compile(r"^情景[:：]假设、目标求解与对比$")
GROWTH_BOX = re.compile(r"^后续月份增速[(（]%[,，]较上年同月[)）]$")

# the page keeps the time of its last change and of each script run's end
_WATCH = """
() => {
  if (window.__watch) return;
  window.__watch = true;
  window.__lastChange = performance.now();
  window.__runEnd = 0;
  new MutationObserver(() => {
    window.__lastChange = performance.now();
    const app = document.querySelector('[data-testid="stApp"]');
    const state = app && app.getAttribute('data-test-script-state');
    if (state !== window.__state) {
      window.__state = state;
      if (state === 'notRunning') window.__runEnd = performance.now();
    }
  }).observe(document.body, {subtree: true, childList: true, attributes: true,
                             characterData: true});
}
"""
_SETTLED = """
([t0, quiet]) => {
  const app = document.querySelector('[data-testid="stApp"]');
  const idle = app && app.getAttribute('data-test-script-state') === 'notRunning';
  const now = performance.now();
  return idle && window.__lastChange > t0 && now - window.__lastChange > quiet;
}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, folder: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        "TOWN_FORECAST_STORE": str(folder / "store.sqlite3"),
    }
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true"]
    command += ["--server.port", str(port), "--server.address", "127.0.0.1"]
    command += ["--server.fileWatcherType", "none"]
    log = (folder / "server.log").open("wb")
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.read() == b"ok":
                    return proc
        except OSError:
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"streamlit did not start; see {folder / 'server.log'}")


def now(page) -> float:
    return page.evaluate("performance.now()")


RUN_ENDS: dict[str, list[float]] = {}  # when the script run ended, by the last action's name
_last: list[float] = []


def settle(page, t0: float) -> float:
    """Milliseconds from ``t0`` (page clock) to the page's last change once settled (and, in
    ``_last``, to the end of the script run)."""
    page.wait_for_function(_SETTLED, arg=[t0, QUIET_MS], timeout=60_000, polling=50)
    last, run_end = page.evaluate("[window.__lastChange, window.__runEnd]")
    _last[:] = [run_end - t0 if run_end > t0 else float("nan")]
    return last - t0


def idle(page) -> None:
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for()
    page.evaluate(_WATCH)
    page.wait_for_timeout(QUIET_MS)


def timed(page, act: Callable[[], None]) -> float:
    idle(page)
    t0 = now(page)
    act()
    return settle(page, t0)


def pick(page, label: str, option: str) -> Callable[[], None]:
    """Open the picker labelled ``label`` and choose ``option`` (timed from the choice)."""

    def prepare() -> None:
        page.get_by_role("combobox", name=label, exact=True).click()
        page.get_by_role("option", name=option, exact=True).wait_for()

    def act() -> None:
        page.get_by_role("option", name=option, exact=True).click()

    act.prepare = prepare  # type: ignore[attr-defined]
    return act


def run_pick(page, label: str, option: str) -> float:
    act = pick(page, label, option)
    idle(page)
    act.prepare()  # type: ignore[attr-defined]
    t0 = now(page)
    act()
    return settle(page, t0)


def go(page, title: str) -> None:
    page.locator('[data-testid="stSidebarNav"]').get_by_text(title, exact=True).click()


def median_of(samples: list[float]) -> float:
    kept = samples[1:] if len(samples) > 2 else samples  # the first fills the caches
    return statistics.median(kept)


def first_table(browser, url: str) -> float:
    """A new browser session: milliseconds from navigation to the overview's table drawn."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    page.locator('[data-testid="stDataFrame"] canvas').first.wait_for(timeout=60_000)
    elapsed = (time.perf_counter() - start) * 1000
    context.close()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="runs of each interaction")
    parser.add_argument("--sessions", type=int, default=5, help="new sessions timed")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print("/usr/bin/chromium is absent: run scripts/install_browser.sh")
        return 0
    from playwright.sync_api import sync_playwright

    folder = Path(tempfile.mkdtemp(prefix="browser_latency_"))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = start_server(port, folder)
    results: dict[str, float] = {}
    runs: dict[str, float] = {}  # to the script run's end (the rest is drawing)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            sessions = [first_table(browser, url) for _ in range(args.sessions + 1)]
            results["first table, cold server (ms)"] = sessions[0]
            results["first table, new session (ms)"] = statistics.median(sessions[1:])

            context = browser.new_context(viewport={"width": 1280, "height": 900})
            context.set_default_timeout(60_000)
            page = context.new_page()
            page.goto(url)
            page.locator('[data-testid="stDataFrame"] canvas').first.wait_for()
            samples: dict[str, list[float]] = {}

            def record(name: str, value: float) -> None:
                samples.setdefault(name, []).append(value)
                RUN_ENDS.setdefault(name, []).extend(_last)

            go(page, "指标")
            page.get_by_role("heading", name="指标详情").wait_for()
            for n in range(args.repeat):
                option = "国地两税收入" if n % 2 == 0 else "旅游人次"
                record("指标: pick an indicator", run_pick(page, "选择指标", option))
            for n in range(args.repeat):
                option = "平均进度法" if n % 2 == 0 else "自动组合"
                record("指标: pick a method", run_pick(page, "预测方法", option))
            for n in range(args.repeat):
                target = "总览" if n % 2 == 0 else "指标"
                record("page: 总览 ↔ 指标", timed(page, lambda t=target: go(page, t)))
            sidebar = page.locator('[data-testid="stSidebar"]')
            for n in range(args.repeat + args.repeat % 2):  # back to Chinese at the end
                lang = "English" if n % 2 == 0 else "中文"
                record(
                    "language switch", timed(page, lambda s=lang: sidebar.get_by_text(s).click())
                )
            go(page, "数据")
            page.get_by_role("heading", name=DATA_TITLE).wait_for()
            for n in range(args.repeat):
                option = "2020年1-4月" if n % 2 == 0 else "2020年1-5月"
                record("数据: change the as-of month", run_pick(page, "截至月份", option))
            go(page, "情景")
            page.get_by_role("heading", name=SCENARIO_TITLE).wait_for()
            idle(page)
            for n in range(args.repeat):
                option = "国地两税收入" if n % 2 == 0 else "旅游人次"
                record("情景: pick an indicator", run_pick(page, "选择指标", option))
            run_pick(page, "选择指标", "国地两税收入")
            box = page.get_by_role("spinbutton", name=GROWTH_BOX)
            for n in range(args.repeat):
                value = "-10" if n % 2 == 0 else "5"

                def type_growth(v=value) -> None:
                    box.fill(v)
                    box.press("Enter")

                record("情景: type a growth assumption", timed(page, type_growth))
            browser.close()
            for name, values in samples.items():
                results[f"{name} (ms)"] = median_of(values)
                runs[f"{name} (ms)"] = median_of(RUN_ENDS[name])
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()

    width = max(len(k) for k in results)
    print(f"{'measure':<{width}}  settled  run end  target")
    for name, value in results.items():
        if "cold" in name:
            target = "—"
        elif "first table" in name:
            target = f"< {FIRST_TABLE_MS}"
        else:
            target = f"< {INTERACTION_MS}"
        run = f"{runs[name]:7.0f}" if name in runs else "      —"
        print(f"{name:<{width}}  {value:7.0f}  {run}  {target}")
    if args.json:
        found = {"settled": results, "run_end": runs}
        args.json.write_text(json.dumps(found, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
