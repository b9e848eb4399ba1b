"""Time ``project_all`` (auto) on 1,000 synthetic indicators with 10 years of monthly history.

    .venv/bin/python -m bench.speed [--indicators 1000] [--years 10] [--method auto]

Each indicator has 10 complete years and a current year reported up to a month between 1 and
11 (varied across indicators, so every cut-off month is timed). The actuals are built as a
validated frame directly: the time is the projection's (panel grids, method, draws,
reconciliation), not the reading of a file. Target: at most 50 ms of CPU per indicator.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd

from forecast.actuals import Actuals
from forecast.catalogue import Catalogue, default_indicator
from forecast.projection import project_all

PROFILE = np.array([5, 6, 8, 8, 8, 9, 8, 8, 9, 9, 9, 13], dtype=float)
TARGET_MS = 50.0


def synthetic_actuals(indicators: int, years: int, seed: int = 0) -> Actuals:
    """``indicators`` monthly series: growth, seasonality and lognormal noise differ by series."""
    rng = np.random.default_rng(seed)
    frames = []
    start = 2010
    for i in range(indicators):
        growth = rng.uniform(-0.05, 0.15)
        noise = rng.uniform(0.02, 0.15)
        profile = PROFILE * np.exp(rng.normal(0, 0.2, 12))
        totals = rng.uniform(100, 10_000) * (1 + growth) ** np.arange(years + 1)
        levels = (
            totals[:, None]
            * (profile / profile.sum())
            * np.exp(rng.normal(0, noise, (years + 1, 12)))
        )
        last = 1 + i % 11
        year = np.repeat(np.arange(start, start + years + 1), 12)
        month = np.tile(np.arange(1, 13), years + 1)
        keep = (year < start + years) | (month <= last)
        frames.append(
            pd.DataFrame(
                {
                    "indicator": f"ind{i:04d}",
                    "year": year[keep],
                    "month": month[keep],
                    "value": levels.ravel()[keep],
                    "basis": "month",
                }
            )
        )
    frame = pd.concat(frames, ignore_index=True)
    frame["row"] = np.arange(len(frame)) + 2
    ids = frame["indicator"].unique()
    catalogue = Catalogue(tuple(default_indicator(str(i), "万元") for i in ids))
    return Actuals(frame, catalogue, "synthetic")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=1000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--method", default="auto")
    args = parser.parse_args(argv)
    actuals = synthetic_actuals(args.indicators, args.years)
    wall, cpu = time.perf_counter(), time.process_time()
    out = project_all(actuals, method=args.method)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    n = len(out)
    ms_cpu = cpu / n * 1000
    print(f"method {args.method}: {n} indicators, {args.years} years of monthly history each")
    print(f"total {wall:.1f} s wall, {cpu:.1f} s CPU")
    print(f"{wall / n * 1000:.1f} ms wall and {ms_cpu:.1f} ms CPU per indicator")
    verdict = "met" if ms_cpu <= TARGET_MS else "missed"
    print(f"target <= {TARGET_MS:.0f} ms CPU per indicator: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
