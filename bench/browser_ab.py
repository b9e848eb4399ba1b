"""Two or more builds of the app in a real browser, interleaved so each meets the same load.

On a machine others keep busy a bench run's figures drift with the load more than a change
moves them; this runs one server per build (each a checkout, e.g. ``git worktree add
/tmp/before <commit>``) and takes turns between them: a new session's first table session by
session, then the 指标 and 情景 picks pick by pick. It prints each build's median and
quartiles and the load average seen (timing as in ``bench.browser_latency``).

    .venv/bin/python -m bench.browser_ab DIR [DIR ...] [--sessions 12] [--picks 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
from pathlib import Path

from bench import browser_latency as bl


def start(folder: Path) -> tuple[str, subprocess.Popen]:
    """A server running ``folder``'s app.py on a free port: (url, process)."""
    port = bl.free_port()
    bl.ROOT = folder  # start_server runs app.py where ROOT says
    return f"http://127.0.0.1:{port}", bl.start_server(port, Path(tempfile.mkdtemp()))


def spread(samples: list[float]) -> str:
    ordered = sorted(samples)
    n = len(ordered)
    low, high = ordered[n // 4], ordered[(3 * n) // 4]
    return f"{statistics.median(ordered):7.0f}  {low:5.0f}–{high:<5.0f}  {n:3d}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("builds", nargs="+", type=Path, help="checkouts of the app to compare")
    parser.add_argument("--sessions", type=int, default=12, help="new sessions per build")
    parser.add_argument("--picks", type=int, default=9, help="picks per build and page")
    args = parser.parse_args(argv)
    if not bl.CHROMIUM.exists():
        print("/usr/bin/chromium is absent: run scripts/install_browser.sh")
        return 0
    from playwright.sync_api import sync_playwright

    builds = [b.resolve() for b in args.builds]
    servers = {b: start(b) for b in builds}
    samples: dict[tuple[str, Path], list[float]] = {}
    loads: list[float] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(bl.CHROMIUM), args=bl.ARGS)
            for url, _ in servers.values():
                bl.first_table(browser, url)  # the cold server's first run fills its caches
            for n in range(args.sessions):
                loads.append(os.getloadavg()[0])
                for b in builds if n % 2 == 0 else builds[::-1]:
                    found = bl.first_table(browser, servers[b][0])
                    samples.setdefault(("new session: first table", b), []).append(found)
            pages = {}
            for b in builds:
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                context.set_default_timeout(60_000)
                page = context.new_page()
                page.goto(servers[b][0])
                page.locator('[data-testid="stDataFrame"] canvas').first.wait_for()
                pages[b] = page
            for title, heading in (("指标", "指标详情"), ("情景", bl.SCENARIO_TITLE)):
                for b in builds:
                    bl.go(pages[b], title)
                    pages[b].get_by_role("heading", name=heading).wait_for()
                for n in range(args.picks):
                    loads.append(os.getloadavg()[0])
                    option = "国地两税收入" if n % 2 == 0 else "旅游人次"
                    for b in builds if n % 2 == 0 else builds[::-1]:
                        found = bl.run_pick(pages[b], "选择指标", option)
                        if n:  # the first pick fills the caches
                            samples.setdefault((f"{title}: pick an indicator", b), []).append(found)
            browser.close()
    finally:
        for _, server in servers.values():
            server.terminate()
            server.wait(timeout=15)
    print(f"{'measure':<26}{'build':<28} median  quartiles    n")
    measures = list(dict.fromkeys(name for name, _ in samples))
    for name in measures:
        for b in builds:
            print(f"{name:<26}{b.name:<28}{spread(samples[(name, b)])}")
    print(f"load average (1 min) while measuring: {min(loads):.1f}–{max(loads):.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
