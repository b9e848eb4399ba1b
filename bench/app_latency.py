"""Latency of the app: a widget change → the new page rendered, timed with streamlit's AppTest.

Each action is timed cold (caches cleared: the core computes) and cached (the same change
again: what a planner clicking back and forth waits for). Target: under 150 ms when cached.

    .venv/bin/python bench/app_latency.py [--repeat 5]

``--styling`` times instead what Streamlit does with the overview table's Styler (its display
values and styles, then the data as Arrow) for the sample: the whole table (16 columns, as
before 58facf3) against the columns the page shows (the hidden id and 13), in turns:

    .venv/bin/python bench/app_latency.py --styling [--repeat 80]
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
    parser.add_argument("--styling", action="store_true", help="the overview table's styling")
    args = parser.parse_args(argv)
    if args.styling:
        return styling(max(args.repeat, 20))

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


def styling(repeat: int) -> int:
    """The overview table through Streamlit's Styler marshalling, whole vs shown, in ms."""
    from streamlit import dataframe_util
    from streamlit.elements.lib.pandas_styler_utils import marshall_styler
    from streamlit.proto.ArrowData_pb2 import ArrowData

    from app_pages.widgets import status_styles
    from file_readers.tables import read_actuals, read_targets
    from forecast.checks import checks_for
    from forecast.projection import project_all
    from presentation import overview

    actuals = read_actuals(ROOT / "data" / "sample_town_actuals.csv")
    targets = read_targets(ROOT / "data" / "sample_town_targets.csv", actuals.catalogue)
    projections = project_all(actuals, (2020, 5))
    checks = checks_for(projections, targets, actuals.catalogue)
    print(f"{'lang':5} {'table styled':24} {'median ms':>10} {'quartiles ms':>14}")
    for lang in ("zh", "en"):
        view = overview.overview_view(projections, checks, actuals.catalogue, lang)
        cases = {
            f"whole ({view.table.shape[1]} columns)": (view.table, view.table["status_code"]),
            f"shown ({view.shown.shape[1]} columns)": (view.shown, view.status_codes),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(repeat):
            for name, (table, codes) in cases.items():
                start = time.perf_counter()
                styler = table.style.apply(status_styles, subset=["status"], codes=codes)
                proto = ArrowData()
                marshall_styler(proto, styler, "bench")
                proto.data = dataframe_util.convert_pandas_df_to_arrow_bytes(styler.data)
                times[name].append((time.perf_counter() - start) * 1000)
        for name, found in times.items():
            q1, _, q3 = statistics.quantiles(found, n=4)
            median = statistics.median(found)
            print(f"{lang:5} {name:24} {median:10.1f} {q1:6.1f}–{q3:<7.1f}")
    print(f"\nload average: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
