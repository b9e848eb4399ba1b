"""Latency of the app: a widget change → the new page rendered, timed with streamlit's AppTest.

Each action is timed cold (caches cleared: the core computes) and cached (the same change
again: what a planner clicking back and forth waits for). Target: under 150 ms when cached.

    .venv/bin/python bench/app_latency.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402
from streamlit.logger import set_log_level  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

set_log_level("error")  # AppTest runs without a server: its "no runtime" notes are expected
# the scenarios page opens the store: a temporary one unless the caller names one
os.environ.setdefault("TOWN_FORECAST_STORE", str(Path(tempfile.mkdtemp()) / "store.sqlite3"))

TARGET_MS = 150


def timed(at: AppTest, change: Callable[[AppTest], object]) -> float:
    change(at)
    start = time.perf_counter()
    at.run()
    elapsed = (time.perf_counter() - start) * 1000
    if at.exception:
        raise RuntimeError(at.exception[0].value)
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    start = time.perf_counter()
    at.run()  # imports the core, reads the sample, projects it
    first_ms = (time.perf_counter() - start) * 1000

    def lang(value):
        return lambda a: a.sidebar.radio(key="app_lang").set_value(value)

    def page(path):
        return lambda a: a.switch_page(path)

    def select(key, value):
        return lambda a: a.selectbox(key=key).set_value(value)

    def scenario_page(indicator):
        def setup(a):
            a.session_state["scenario_picked"] = indicator  # the page's remembered indicator
            a.switch_page("app_pages/scenarios.py")

        return setup

    def growth(indicator, value):
        def change(a):
            prefix = f"scenario_growth_{indicator}_"
            next(w for w in a.number_input if w.key.startswith(prefix)).set_value(value)

        return change

    # (action, setup before the cold run, the change, the change that undoes it)
    actions = [
        ("overview: rerun", page("app_pages/overview.py"), lambda a: None, lambda a: None),
        ("overview: language zh → en", page("app_pages/overview.py"), lang("en"), lang("zh")),
        (
            "page: overview → indicator",
            page("app_pages/overview.py"),
            page("app_pages/indicator.py"),
            page("app_pages/overview.py"),
        ),
        (
            "indicator: pick another indicator",
            page("app_pages/indicator.py"),
            select("indicator_choice_zh", "fai"),
            select("indicator_choice_zh", "tax_total"),
        ),
        (
            "indicator: method auto → share",
            page("app_pages/indicator.py"),
            select("indicator_method_zh", "share"),
            select("indicator_method_zh", "auto"),
        ),
        (
            "data: as-of 1-5月 → 1-3月",
            page("app_pages/data.py"),
            select("data_as_of_choice_zh", (2020, 3)),
            select("data_as_of_choice_zh", (2020, 5)),
        ),
        (
            "scenario: change growth assumption",
            scenario_page("tax_total"),
            growth("tax_total", 5.0),
            growth("tax_total", None),
        ),
        (
            "page: overview → export",
            page("app_pages/overview.py"),
            page("app_pages/export.py"),
            page("app_pages/overview.py"),
        ),
    ]
    rows = []
    for name, setup, change, undo in actions:
        setup(at)
        at.run()
        st.cache_data.clear()
        timed(at, undo)  # start from the undone state, caches cold again below
        st.cache_data.clear()
        cold = timed(at, change)
        cached = []
        for _ in range(args.repeat):
            timed(at, undo)
            cached.append(timed(at, change))
        rows.append((name, cold, statistics.median(cached), max(cached)))
        timed(at, undo)  # leave the app as found (the language especially) for the next action

    print(f"first run (imports, sample, projection): {first_ms:.0f} ms\n")
    header = f"{'action':36} {'cold ms':>9} {'cached ms':>10} {'worst':>7}  <{TARGET_MS} ms"
    print(header)
    print("-" * len(header))
    for name, cold, median, worst in rows:
        ok = "yes" if median < TARGET_MS else "NO"
        print(f"{name:36} {cold:9.0f} {median:10.0f} {worst:7.0f}  {ok}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
