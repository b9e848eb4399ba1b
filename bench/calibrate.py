"""Fit ``auto``'s interval calibration (forecast/methods/calibration.py) on tourism series with
ODD ids only, and print the tables to paste there.

    .venv/bin/python -m bench.calibrate [--reuse]

Raw (uncalibrated) fits of ``auto`` are collected on the odd-id cases: issue 5's case years
seen with 1, 2 and 3 prior years and with up to 10 (``SPEC``), at every cut-off month 1..11;
the same case years with a synthetic shock (``bench.stress.shocked_row``) and lowered into net
flows (``bench.stress``), at the backtest's cut-off months. Then, for each shock weight and
threshold of a small grid: per group of years tested, the t degrees of freedom (from a grid)
whose 90% coverage is nearest 90% once each month's factor makes the 80% coverage exactly 80%
on the normal cases (groups 0 and 1, one or two prior years: those factors then replaced by a
quadratic in k fitted to them, ``SMOOTH_GROUPS``, the df chosen for the smoothed factors); the
net factor that makes the net cases' 80% coverage 80%; and the 80%
coverage this gives on the shocked cases. The even ids and the other series are never looked
at here. ``--reuse`` refits from bench/out/calibrate_raw.csv.
"""

from __future__ import annotations

import argparse
import itertools
from multiprocessing import Pool

import numpy as np
import pandas as pd
from scipy import stats
from scipy.optimize import brentq

from bench.common import CUTOFFS, OUT, SPEC, is_tuning, load_panels
from bench.stress import _seed, _with_row, shocked_row
from forecast.backtest import CaseSpec, cases, window
from forecast.methods.auto import Auto
from forecast.methods.base import make_cut
from forecast.methods.calibration import GROUPS
from forecast.methods.registry import CANDIDATES
from forecast.panel import Panel, monthly_from_ytd

ALL_K = tuple(range(1, 12))
SPECS = {1: CaseSpec(3, 1, 6), 2: CaseSpec(3, 2, 6), 3: CaseSpec(3, 3, 6), 10: SPEC}
DFS = (1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 7.0, 10.0)
# groups whose per-k factors are replaced by a quadratic in k fitted to them (least squares):
# with one or two prior years each month's factor is a quantile of ~1,100 noisy cases, and the
# fit's noise showed up on the held-out half (README, Short history)
SMOOTH_GROUPS = (0, 1)
SMOOTH_DEGREE = 2
SHOCK_GRID = [(0.0, 4.0)] + [(w, f) for w in (0.5, 1.0, 2.0, 4.0) for f in (1.0, 2.0, 4.0)]
AUTO = Auto(CANDIDATES, calibrated=False)


def _raw(panel: Panel, i: int, spec: CaseSpec, ks, kind: str) -> list[tuple]:
    sub = window(panel, i, spec, ALL_K)
    year = int(panel.years[i])
    out = []
    for k in ks:
        cut = make_cut(sub, year, k)
        if kind == "normal" and cut.ytd <= 0:
            continue
        found = AUTO.raw(cut)
        if found is None:
            continue
        if found.net:
            truth = (panel.ytd[i, 11] - cut.ytd) / found.unit
        elif panel.ytd[i, 11] > 0:
            truth = float(np.log(panel.ytd[i, 11] / cut.ytd))
        else:
            continue
        out.append(
            (
                kind,
                k,
                found.tested,
                found.center,
                found.scale,
                found.disagree,
                found.usual,
                found.departure,
                found.departure_sd,
                found.spread_all,
                found.spread_all_usual,
                found.recent,
                found.recent_sd,
                truth,
            )
        )
    return out


def collect(panel: Panel) -> list[tuple]:
    rows = []
    for spec in SPECS.values():
        for i in cases(panel, ALL_K, spec):
            rows += _raw(panel, i, spec, ALL_K, "normal")
    for i in cases(panel, CUTOFFS, SPEC):
        g = _seed(panel.indicator, int(panel.years[i]), "shock")
        start, months = int(g.integers(1, 7)), int(g.integers(2, 5))
        drop, recover = float(g.uniform(0.2, 0.6)), bool(g.random() < 0.5)
        row = shocked_row(panel.ytd[i], start, months, drop, recover)
        ks = [k for k in CUTOFFS if k >= start]
        rows += _raw(_with_row(panel, i, row), i, SPEC, ks, "shock")
    monthly = monthly_from_ytd(panel.ytd)
    shift = float(np.nanpercentile(monthly[np.isfinite(monthly)], 25))
    net = Panel(panel.indicator, panel.years, panel.ytd - shift * np.arange(1, 13), panel.growth)
    for i in cases(panel, CUTOFFS, SPEC):
        rows += _raw(net, i, SPEC, CUTOFFS, "net")
    return rows


COLS = [
    "kind",
    "k",
    "tested",
    "center",
    "scale",
    "disagree",
    "usual",
    "departure",
    "departure_sd",
    "spread_all",
    "spread_all_usual",
    "recent",
    "recent_sd",
    "truth",
]


def raw_frame(reuse: bool) -> pd.DataFrame:
    path = OUT / "calibrate_raw.csv"
    if reuse and path.exists():
        frame = pd.read_csv(path)
        return frame[np.isfinite(frame["truth"])]
    panels = [p for name, p in load_panels().items() if is_tuning(name)]
    with Pool(2) as pool:
        parts = pool.map(collect, panels, chunksize=4)
    frame = pd.DataFrame([r for part in parts for r in part], columns=COLS)
    OUT.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False)
    return frame


SIGNAL = "g"
RECENT = 0.0  # weight of the last months' departure (signal g only)
UNTESTED = 0.0  # weight of the candidates' disagreement where no past year was tested


def excess(r: pd.DataFrame, free: float, signal: str | None = None) -> np.ndarray:
    """The shock signal beyond ``free`` times its usual size (0 where unknown)."""
    signal = signal or SIGNAL
    if signal == "w":
        now, usual = r["disagree"].to_numpy(), r["usual"].to_numpy()
    elif signal == "a":
        now, usual = r["spread_all"].to_numpy(), r["spread_all_usual"].to_numpy()
    else:
        rest = 1 - np.exp(-np.maximum(r["center"].to_numpy(), 0.0))
        return _beyond(r["departure"], r["departure_sd"], free) * rest**2
    out = np.maximum(0.0, now - free * np.nan_to_num(usual))
    return np.where(np.isfinite(usual) & np.isfinite(now), out, 0.0)


def _beyond(dep: pd.Series, sd: pd.Series, free: float) -> np.ndarray:
    """A departure's square beyond ``free`` times its usual square (0 where unknown)."""
    d, u = dep.to_numpy(), sd.to_numpy()
    out = np.maximum(0.0, d**2 - free * np.nan_to_num(u) ** 2)
    return np.where(np.isfinite(d) & np.isfinite(u), out, 0.0)


def recent_excess(r: pd.DataFrame, free: float) -> np.ndarray:
    """The last months' departure beyond ``free`` times its usual size, to the rest of the year."""
    if SIGNAL != "g" or not RECENT or "recent" not in r:
        return np.zeros(len(r))
    rest = 1 - np.exp(-np.maximum(r["center"].to_numpy(), 0.0))
    return _beyond(r["recent"], r["recent_sd"], free) * rest**2


def widths(r: pd.DataFrame, weight: float, free: float) -> np.ndarray:
    extra = weight * excess(r, free) + RECENT * recent_excess(r, free)
    # untested (one prior year): the candidates' disagreement now adds to the stated spread
    untested = (r["tested"].to_numpy() == 0) & (r["kind"].to_numpy() != "net")
    extra = extra + np.where(untested, UNTESTED * np.nan_to_num(r["spread_all"].to_numpy()), 0.0)
    return np.sqrt(r["scale"].to_numpy() ** 2 + extra)


def untested_cover(r: pd.DataFrame, found: dict, weight: float, free: float) -> list[float]:
    """80% coverage of the untested normal cases by quartile of the candidates' disagreement
    (flat is what the disagreement weight is chosen for)."""
    part = r[(r["kind"] == "normal") & (r["tested"] == 0)]
    f = part["k"].map(found["factor"][0]).to_numpy() * stats.t.ppf(0.9, found["df"][0])
    inside = np.abs(part["truth"] - part["center"]) <= f * widths(part, weight, free)
    q = pd.qcut(part["spread_all"].rank(method="first"), 4, labels=False)
    return [float(x) for x in inside.groupby(q.to_numpy()).mean()]


def cover(z: np.ndarray, f: np.ndarray | float, df: float, q: float) -> float:
    return float(np.mean(z <= f * stats.t.ppf(q, df)))


def smooth(fs: dict[int, float], degree: int = SMOOTH_DEGREE) -> dict[int, float]:
    """Factors by k replaced by a polynomial in k of ``degree`` fitted to them."""
    ks = np.array(sorted(fs), dtype=float)
    coef = np.polyfit(ks, [fs[int(k)] for k in ks], degree)
    return {int(k): float(v) for k, v in zip(ks, np.polyval(coef, ks), strict=True)}


def fit(r: pd.DataFrame, weight: float, free: float) -> dict:
    """Factors per (group, k) (smoothed over k in ``SMOOTH_GROUPS``), df per group, net factor;
    coverage on every kind."""
    r = r.assign(z=np.abs(r["truth"] - r["center"]) / widths(r, weight, free))
    r["group"] = np.minimum(r["tested"], GROUPS[-1])
    normal = r[r["kind"] == "normal"]
    factor: dict[int, dict[int, float]] = {}
    dfs: dict[int, float] = {}
    for g in GROUPS:
        part = normal[normal["group"] == g]
        best = None
        for df in DFS:
            fs = {}
            for k in ALL_K:
                z = part.loc[part["k"] == k, "z"].to_numpy()
                fs[k] = brentq(lambda f, z=z, df=df: cover(z, f, df, 0.9) - 0.8, 0.01, 50.0)
            if g in SMOOTH_GROUPS:
                fs = smooth(fs)
            f_row = part["k"].map(fs).to_numpy()
            c90 = cover(part["z"].to_numpy(), f_row, df, 0.95)
            if best is None or abs(c90 - 0.9) < abs(best[2] - 0.9):
                best = (df, fs, c90)
        dfs[g], factor[g], _ = best
    r["f"] = [factor[g][k] for g, k in zip(r["group"], r["k"], strict=True)]
    r["df"] = r["group"].map(dfs)
    r["t80"] = r["f"] * stats.t.ppf(0.9, r["df"])
    r["t90"] = r["f"] * stats.t.ppf(0.95, r["df"])
    net = r[r["kind"] == "net"]
    net_f = brentq(lambda f: float(np.mean(net["z"] <= f * net["t80"])) - 0.8, 0.05, 20.0)
    # per cut-off month (net flows carry no shock term, so the normal factors' changes with
    # the shock term's weights are undone month by month); months between: the neighbours' mean
    net_k = {}
    for k, part in net.groupby("k"):
        z, t80 = part["z"].to_numpy(), part["t80"].to_numpy()
        net_k[int(k)] = brentq(lambda f, z=z, t80=t80: np.mean(z <= f * t80) - 0.8, 0.05, 20.0)
    for k in ALL_K:
        if k not in net_k:
            near = [net_k[j] for j in (k - 1, k + 1) if j in net_k]
            net_k[k] = float(np.mean(near)) if near else net_f
    net_k = dict(sorted(net_k.items()))
    mult = net["k"].map(net_k).to_numpy()
    r.loc[r["kind"] == "net", "t80"] *= mult
    r.loc[r["kind"] == "net", "t90"] *= mult
    out = {"factor": factor, "df": dfs, "net_factor": net_f, "net_by_k": net_k}
    shock = r[r["kind"] == "shock"]
    out["shock_by_k"] = {
        int(k): float(np.mean(p["z"] <= p["t80"])) for k, p in shock.groupby("k", sort=True)
    }
    for kind in ("normal", "shock", "net"):
        part = r[r["kind"] == kind]
        out[kind] = (
            float(np.mean(part["z"] <= part["t80"])),
            float(np.mean(part["z"] <= part["t90"])),
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--weight", type=float, help="print the tables for this shock weight")
    parser.add_argument("--free", type=float, default=4.0)
    parser.add_argument("--signal", default="g", help="w, a or g (see excess)")
    parser.add_argument(
        "--recent", default="0", help="weights of the last months' departure to try (g): 0,1,..."
    )
    parser.add_argument(
        "--untested", default="0", help="weights of the candidates' disagreement (untested) to try"
    )
    parser.add_argument("--grid", default=None, help="weight:free,... to try")
    args = parser.parse_args(argv)
    global SIGNAL
    SIGNAL = args.signal
    r = raw_frame(args.reuse)
    print(r.groupby(["kind", np.minimum(r["tested"], 3)]).size().to_string())
    grid = SHOCK_GRID if args.weight is None else [(args.weight, args.free)]
    if args.grid:
        grid = [tuple(float(x) for x in cell.split(":")) for cell in args.grid.split(",")]
    global RECENT, UNTESTED
    print(
        "\nweight free recent untested | cover80/90 normal | shock | net | shock80 by k | df | "
        "net factor | untested 80% by disagreement quartile"
    )
    for recent, untested in itertools.product(
        [float(x) for x in args.recent.split(",")], [float(x) for x in args.untested.split(",")]
    ):
        RECENT, UNTESTED = recent, untested
        for weight, free in grid:
            found = fit(r, weight, free)
            cells = " | ".join(
                f"{found[k][0] * 100:.1f}/{found[k][1] * 100:.1f}"
                for k in ("normal", "shock", "net")
            )
            by_k = " ".join(f"{v * 100:.1f}" for v in found["shock_by_k"].values())
            flat = " ".join(f"{x * 100:.1f}" for x in untested_cover(r, found, weight, free))
            print(
                f"{weight:6.2f} {free:4.1f} {recent:4.1f} {untested:5.1f} | {cells} | {by_k} | "
                f"{found['df']} | {found['net_factor']:.3f} | {flat}"
            )
    if args.weight is not None:
        print("\nFACTOR = {")
        for g, fs in found["factor"].items():
            print(f"    {g}: {{" + ", ".join(f"{k}: {v:.3f}" for k, v in fs.items()) + "},")
        print("}")
        print(f"DF = {found['df']}")
        net = ", ".join(f"{k}: {v:.3f}" for k, v in found["net_by_k"].items())
        print("NET_FACTOR = {" + net + "}")
        print(f"SHOCK_WEIGHT = {args.weight}\nSHOCK_FREE = {args.free}\nSHOCK_RECENT = {RECENT}")
        print(f"UNTESTED_SPREAD = {UNTESTED}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
