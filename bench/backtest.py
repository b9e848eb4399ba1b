"""Rolling-origin backtest of ``auto`` beside the naive baselines on the public series.

    .venv/bin/python -m bench.backtest [--short] [--limit N]

Cases (issue 5): every complete year with at least 3 complete prior years, seeing at most the
10 latest of them, the last six such years of each series; all 366 tourism series and the level
series of china_public.csv (CN_FAI_YTD, CN_RETAIL_MONTH, CN_RETAIL_ABOVE_QUOTA_MONTH). Each
case is projected from months k = 2, 3, 5, 6, 8, 9, 11 with only what was known then.
``--short`` adds the same case years with only 2 and with only 3 prior years visible.

Scores: median and mean absolute % error of the year-end point (the median draw), coverage of
the 80% (q10–q90) and 90% (q05–q95) intervals, mean pinball loss over the 7 quantiles (% of the
actual). ``auto``'s width factors were fitted on tourism series with odd ids (bench.calibrate);
the split rows show auto on those and on the rest (even ids and the Chinese series).
"""

from __future__ import annotations

import argparse
import time

import pandas as pd

from bench.common import (
    CUTOFFS,
    HEADLINE,
    OUT,
    SHORT_SPECS,
    SPEC,
    fmt_table,
    is_tuning,
    load_panels,
)
from forecast.backtest import CaseSpec, evaluate_panel, score

METHODS = ("auto", "share", "yoy", "runrate", "level", "lastyear")
BASELINES = ("auto", "share", "yoy", "runrate")


def run(panels: dict, spec: CaseSpec, methods=METHODS) -> pd.DataFrame:
    frames = [evaluate_panel(p, methods, CUTOFFS, spec) for p in panels.values()]
    return pd.concat(frames, ignore_index=True)


def headline(table: pd.DataFrame, methods=BASELINES) -> pd.DataFrame:
    """Method × median APE at k = 3, 5, 8 and 80% coverage at those months (the issue's table)."""
    rows = []
    for m in methods:
        t = table[table["method"] == m].set_index("k")
        row = {"method": m}
        for k in HEADLINE:
            row[f"MdAPE k={k}"] = f"{t.loc[k, 'mdape']:.2f}%"
        row["80% cover (k=3/5/8)"] = "/".join(f"{t.loc[k, 'cover80']:.0f}" for k in HEADLINE)
        row["cases per k"] = int(t.loc[HEADLINE[0], "cases"])
        rows.append(row)
    return pd.DataFrame(rows)


def by_k(table: pd.DataFrame, methods=BASELINES) -> pd.DataFrame:
    """Every score by cut-off month and method."""
    t = table[table["method"].isin(methods)].copy()
    t["method"] = pd.Categorical(t["method"], list(methods), ordered=True)
    t = t.sort_values(["k", "method"])
    cols = ["k", "method", "cases", "mdape", "mape", "cover80", "cover90", "pinball"]
    return t[cols].rename(
        columns={
            "mdape": "MdAPE%",
            "mape": "MAPE%",
            "cover80": "cover80%",
            "cover90": "cover90%",
            "pinball": "pinball%",
        }
    )


def split(results: pd.DataFrame) -> pd.DataFrame:
    """auto on the tuning half (odd tourism ids) and on the held-out rest, at every k."""
    r = results[results["method"] == "auto"].copy()
    r["subset"] = r["indicator"].map(lambda i: "odd ids" if is_tuning(i) else "held out")
    t = score(r, by=("subset", "k"))
    return t[["subset", "k", "cases", "mdape", "cover80", "cover90"]].rename(
        columns={"mdape": "MdAPE%", "cover80": "cover80%", "cover90": "cover90%"}
    )


def report(label: str, results: pd.DataFrame) -> None:
    table = score(results)
    n_years = results.groupby(["indicator", "year"]).ngroups
    print(f"\n## {label}: {n_years} series-years × {len(CUTOFFS)} cut-off months")
    print(f"\nMedian APE of the year-end total and 80% interval coverage (k = {HEADLINE}):\n")
    print(fmt_table(headline(table)))
    print("\nBy cut-off month:\n")
    print(fmt_table(by_k(table)))
    print("\nSingle methods inside auto (for reference):\n")
    print(fmt_table(by_k(table, ("level", "lastyear"))))
    print("\nauto on the tuning half vs the held-out half:\n")
    print(fmt_table(split(results)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="also with 2 or 3 prior years only")
    parser.add_argument("--limit", type=int, help="only the first N series (quick look)")
    args = parser.parse_args(argv)
    panels = load_panels()
    if args.limit:
        panels = dict(list(panels.items())[: args.limit])
    OUT.mkdir(parents=True, exist_ok=True)
    specs = {"Backtest (3-10 prior years)": ("full", SPEC)}
    if args.short:
        for n, spec in SHORT_SPECS.items():
            specs[f"Short history: only {n} prior years visible"] = (f"short{n}", spec)
    for label, (tag, spec) in specs.items():
        start = time.process_time()
        results = run(panels, spec)
        results.to_csv(OUT / f"backtest_{tag}.csv", index=False)
        report(label, results)
        print(f"\n({time.process_time() - start:.0f} s CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
