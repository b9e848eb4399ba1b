"""Where bands are tested hardest (issue 12): shock years, net flows, short history.

    .venv/bin/python -m bench.stress [--what shock,2020,net,short] [--sample N] [--seed 0]

- ``shock``: every case year of the backtest (issue 5's cases, ``bench.common.SPEC``) with a
  synthetic shock in its own year: from a start month s (1–6) for 2–4 months a 20–60% drop,
  then recovery or not (the rest of the year stays down), drawn per series-year from a seed
  of its name. Scored at the cut-off months k ≥ s (the shock has begun; before it, no method
  can know).
- ``2020``: the 2020 cases of every level series in ../shared/data that covers 2020 (CN_FAI_YTD
  and the fiscal and tax revenue series of china_more.csv), each seeing its 10 prior years.
- ``net``: the case years of the backtest with every month of the series lowered by the
  series' 25th percentile month, so about a quarter of the months go below zero (a net flow);
  error as % of the actual year's gross flow (sum of |months|).
- ``short``: the same case years with only 1 or 2 complete prior years visible.

Every table shows the tuning half (tourism, odd ids: what any constant may be fitted on) and
the confirm half (everything else) apart. Results go to bench/out/stress_<what>.csv.
"""

from __future__ import annotations

import argparse
import time
import zlib

import numpy as np
import pandas as pd

from bench.common import (
    CUTOFFS,
    OUT,
    SPEC,
    fmt_table,
    half,
    load_more,
    load_panels,
)
from forecast.backtest import (
    QCOLS,
    CaseSpec,
    cases,
    complete_years,
    evaluate_panel,
    score,
    window,
    year_end_quantiles,
)
from forecast.methods.base import make_cut, rng_for
from forecast.panel import Panel, monthly_from_ytd

METHODS = ("auto", "share")
SHORT = {1: CaseSpec(3, 1, 6), 2: CaseSpec(3, 2, 6)}


def _seed(*parts: object) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32("/".join(map(str, parts)).encode()))


def shocked_row(row: np.ndarray, start: int, months: int, drop: float, recover: bool) -> np.ndarray:
    """A cumulative year with months start..start+months−1 cut by ``drop`` (and every later
    month too unless it recovers). A month reported with the next (1-2月) stays so."""
    monthly = monthly_from_ytd(row)
    factor = np.ones(12)
    end = start - 1 + months if recover else 12
    factor[start - 1 : end] = 1 - drop
    out = np.cumsum(np.nan_to_num(monthly) * factor)
    return np.where(np.isfinite(row), out, np.nan)


def _with_row(panel: Panel, i: int, row: np.ndarray) -> Panel:
    ytd = panel.ytd.copy()
    ytd[i] = row
    return Panel(panel.indicator, panel.years, ytd, panel.growth)


def _rows(panel: Panel, i: int, spec: CaseSpec, ks, methods, tag: dict) -> list[tuple]:
    sub = window(panel, i, spec, CUTOFFS)
    year = int(panel.years[i])
    actual = float(panel.ytd[i, 11])
    gross = float(np.nansum(np.abs(monthly_from_ytd(panel.ytd[i]))))
    out = []
    for k in ks:
        cut = make_cut(sub, year, k)
        for name in methods:
            rng = rng_for(f"{panel.indicator}/{year}/{k}", 0)
            qs = year_end_quantiles(name, cut, 1000, rng)
            out.append((panel.indicator, name, year, k, actual, cut.ytd, gross, *qs, *tag.values()))
    return out


COLS = ["indicator", "method", "year", "k", "actual", "ytd", "gross", *QCOLS]


def run_shock(panels: dict[str, Panel]) -> pd.DataFrame:
    rows = []
    for name, panel in panels.items():
        for i in cases(panel, CUTOFFS, SPEC):
            g = _seed(name, int(panel.years[i]), "shock")
            start, months = int(g.integers(1, 7)), int(g.integers(2, 5))
            drop, recover = float(g.uniform(0.2, 0.6)), bool(g.random() < 0.5)
            row = shocked_row(panel.ytd[i], start, months, drop, recover)
            ks = [k for k in CUTOFFS if k >= start]
            tag = {"start": start, "recover": recover}
            rows += _rows(_with_row(panel, i, row), i, SPEC, ks, METHODS, tag)
    return pd.DataFrame(rows, columns=[*COLS, "start", "recover"])


def run_2020(panels: dict[str, Panel]) -> pd.DataFrame:
    rows = []
    for panel in panels.values():
        i = panel.row(2020)
        if i is None or i not in set(complete_years(panel, CUTOFFS)):
            continue
        rows += _rows(panel, i, SPEC, CUTOFFS, METHODS, {})
    return pd.DataFrame(rows, columns=COLS)


def run_net(panels: dict[str, Panel]) -> pd.DataFrame:
    rows = []
    for panel in panels.values():
        monthly = monthly_from_ytd(panel.ytd)
        shift = float(np.nanpercentile(monthly[np.isfinite(monthly)], 25))
        lowered = panel.ytd - shift * np.arange(1, 13)[None, :]
        net = Panel(panel.indicator, panel.years, lowered, panel.growth)
        for i in cases(panel, CUTOFFS, SPEC):
            rows += _rows(net, i, SPEC, CUTOFFS, ("auto", "share", "yoy"), {})
    return pd.DataFrame(rows, columns=COLS)


def run_short(panels: dict[str, Panel]) -> pd.DataFrame:
    frames = []
    for prior, spec in SHORT.items():
        for panel in panels.values():
            f = evaluate_panel(panel, METHODS, CUTOFFS, spec)
            f["prior"] = prior
            frames.append(f)
    return pd.concat(frames, ignore_index=True)


def table(results: pd.DataFrame, by: tuple[str, ...], gross: bool = False) -> pd.DataFrame:
    """cover80/cover90, median APE (or median error as % of the gross year) by ``by``."""
    r = results.copy()
    r["half"] = r["indicator"].map(half)
    t = score(r, by=by)
    if gross:
        r["err"] = (r["q50"] - r["actual"]).abs() / r["gross"] * 100
        t["mdape"] = r.groupby(list(by))["err"].median().to_numpy()
    cols = [*by, "cases", "mdape", "cover80", "cover90", "pinball"]
    name = "MdE%gross" if gross else "MdAPE%"
    out = t[cols].rename(
        columns={"mdape": name, "cover80": "cover80%", "cover90": "cover90%", "pinball": "pinball%"}
    )
    if gross:
        out = out.drop(columns="pinball%")
    return out


def pooled(results: pd.DataFrame, by: tuple[str, ...]) -> pd.DataFrame:
    """The same, pooled over k."""
    r = results.assign(half=results["indicator"].map(half), k=0)
    t = score(r, by=(*by, "k"))
    return t[[*by, "cases", "mdape", "cover80", "cover90"]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--what", default="shock,2020,net,short")
    parser.add_argument("--sample", type=int, help="only every N-th tourism series (quick look)")
    parser.add_argument("--methods", default=None, help="methods (default auto,share)")
    args = parser.parse_args(argv)
    global METHODS
    if args.methods:
        METHODS = tuple(args.methods.split(","))
    panels = load_panels()
    if args.sample:
        panels = {
            k: p for j, (k, p) in enumerate(panels.items()) if j % args.sample == 0 or "CN" in k
        }
    OUT.mkdir(parents=True, exist_ok=True)
    for what in args.what.split(","):
        start = time.process_time()
        if what == "shock":
            r = run_shock(panels)
            print(f"\n## Synthetic shocks: {r.groupby(['indicator', 'year']).ngroups} series-years")
            print(fmt_table(table(r, ("half", "method", "k"))))
            print("\npooled over k:\n")
            print(fmt_table(pooled(r.assign(rec=r["recover"]), ("half", "method", "rec"))))
        elif what == "2020":
            r = run_2020({**panels, **load_more()})
            print(f"\n## 2020: {sorted(r['indicator'].unique())}")
            print(fmt_table(table(r, ("method", "k"))))
            print(fmt_table(pooled(r, ("method",))))
        elif what == "net":
            r = run_net(panels)
            print(f"\n## Net flows: {r.groupby(['indicator', 'year']).ngroups} series-years")
            print(fmt_table(table(r, ("half", "method", "k"), gross=True)))
        elif what == "short":
            r = run_short(panels)
            print(f"\n## Short history: {r.groupby(['indicator', 'year']).ngroups} series-years")
            print(fmt_table(table(r, ("prior", "half", "method", "k"))))
        else:
            raise SystemExit(f"unknown --what {what}")
        r.to_csv(OUT / f"stress_{what}.csv", index=False)
        print(f"\n({time.process_time() - start:.0f} s CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
