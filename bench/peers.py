"""``auto`` beside its peers on issue 12's cases: a statsmodels ETSModel, the mean seasonal
share and last year's share (``yoy``), and where installed statsforecast AutoETS and Prophet.

    .venv/bin/python -m bench.peers [--sample 300] [--seed 0] [--draws 1000] [--reuse]
        [--peers ets_sm,autoets,prophet] [--peers-only]

Cases: issue 5's (``bench.common.SPEC``): a seeded random subsample of ``--sample`` tourism
series-years, and every case of the Chinese series (china_public.csv levels), the fiscal and
tax revenue series (china_more.csv) and the visitor arrivals (macau_hk_visitors.csv), each at
every cut-off month. Every method is scored on exactly the same (series, year, k).

- ``ets_sm``: statsmodels ``ETSModel`` on the visible monthly amounts (season 12, or 11 where
  January comes with February): additive or multiplicative error and season by sign
  (multiplicative where every month is positive), damped additive trend, fitted by maximum
  likelihood; ``--draws`` simulated paths summed to December.
- ``autoets``: statsforecast AutoETS (``AutoETS.simulate``); ``prophet``: Prophet (yearly
  seasonality, MAP fit, predictive samples). statsforecast pins pandas<3: install it in its
  own environment (``python -m venv bench/.peers-venv && bench/.peers-venv/bin/pip install
  statsforecast prophet``) and run this module there; the results are cached.

No peer may put the year-end below the year-to-date (as no method here can on such series).
A peer's results are cached per case in bench/out/peers_cache_<peer>.csv, keyed by (series, year,
k, draws, seed) and appended as they are computed: a run computes only the cases not cached yet
(``--reuse``: none, read the cache only; ``--peers-only``: fill the caches and stop). AutoETS
runs in its own environment and writes to the same cache, which the project's venv then reads:

    python3.11 -m venv /tmp/peers-venv
    /tmp/peers-venv/bin/pip install numpy==<the project's> "pandas<3" scipy statsforecast
    PYTHONPATH=. /tmp/peers-venv/bin/python -m bench.peers --peers autoets --peers-only [...]
    .venv/bin/python -m bench.peers --peers ets_sm,autoets [...]   # the same --sample/--draws

auto and the baselines are re-run every time. A case whose visible months have a gap or fewer
than 3 complete years is skipped for every method.
"""

from __future__ import annotations

import argparse
import logging
import os
import time
import warnings

import numpy as np
import pandas as pd

from bench.common import (
    CUTOFFS,
    HEADLINE,
    OUT,
    SPEC,
    family,
    fmt_table,
    half,
    load_more,
    load_panels,
)
from forecast.backtest import QCOLS, cases, evaluate_panel, score, window
from forecast.methods.base import Cut, make_cut
from forecast.methods.ets import monthly_grid
from forecast.projection import QUANTILES

OURS = ("auto", "share", "yoy")


def sample_cases(panels: dict, n: int, seed: int) -> list[tuple[str, int]]:
    """``n`` (indicator, row) series-years drawn at random from all cases, in the order drawn
    (a run cut short has computed a random subsample)."""
    every = [(name, i) for name, p in panels.items() for i in cases(p, CUTOFFS, SPEC)]
    rng = np.random.default_rng(seed)
    pick = rng.choice(len(every), size=min(n, len(every)), replace=False)
    return [every[j] for j in pick]


def series_of(cut: Cut) -> tuple[np.ndarray, int, int] | None:
    """(monthly amounts up to month k, season length, index of month 1 in the season)."""
    found = monthly_grid(cut)
    if found is None:
        return None
    y, period = found
    return y, period, 12 - period


def ets_sm_year_end(cut: Cut, draws: int, seed: int) -> np.ndarray | None:
    from statsmodels.tsa.exponential_smoothing.ets import ETSModel

    found = series_of(cut)
    if found is None:
        return None
    y, period, _ = found
    kind = "mul" if (y > 0).all() else "add"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = ETSModel(
            y,
            error=kind,
            trend="add",
            damped_trend=True,
            seasonal=kind,
            seasonal_periods=period,
        )
        fit = model.fit(disp=False)
        paths = fit.simulate(cut.horizon, repetitions=draws, rng=np.random.default_rng(seed))
        point = float(np.sum(fit.forecast(cut.horizon)))
    rest = np.asarray(paths).reshape(cut.horizon, -1).sum(axis=0)
    # statsmodels 0.15's simulate runs far below its own forecast with a multiplicative season
    # (tourism_M1 1993 k=3: median 28,286 vs forecast 40,587; additive: 39,101 vs 38,726), so
    # the draws keep their spread around the forecast's sum
    mid = float(np.median(rest))
    if kind == "mul" and mid > 0:
        rest = rest * point / mid
    return cut.ytd + np.maximum(rest, 0.0)


def ets_year_end(cut: Cut, draws: int, seed: int) -> np.ndarray | None:
    from statsforecast.models import AutoETS

    found = series_of(cut)
    if found is None:
        return None
    y, period, _ = found
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = AutoETS(season_length=period).fit(y)
        paths = model.simulate(h=cut.horizon, n_paths=draws, seed=seed)
    return cut.ytd + np.maximum(np.asarray(paths).sum(axis=1), 0.0)


def prophet_year_end(cut: Cut, draws: int, seed: int) -> np.ndarray | None:
    from prophet import Prophet

    found = series_of(cut)
    if found is None:
        return None
    y, period, skip = found
    # dates of the visible months: complete past years, then this year up to month k
    months = list(range(1 + skip, 13))  # the Jan+Feb block (period 11) sits on February
    now = cut.k - skip
    n_years = (y.size - now) // period
    ds = [
        pd.Timestamp(year=cut.year - n_years + j, month=m, day=1)
        for j in range(n_years)
        for m in months
    ] + [pd.Timestamp(year=cut.year, month=m, day=1) for m in months[:now]]
    future = pd.DataFrame(
        {"ds": pd.date_range(f"{cut.year}-{cut.k + 1:02d}-01", periods=cut.horizon, freq="MS")}
    )
    model = Prophet(
        yearly_seasonality=True,
        weekly_seasonality=False,
        daily_seasonality=False,
        uncertainty_samples=draws,
    )
    model.fit(pd.DataFrame({"ds": ds, "y": y}), seed=seed)
    np.random.seed(seed)
    paths = model.predictive_samples(future)["yhat"]  # (horizon × draws)
    return cut.ytd + np.maximum(np.asarray(paths).sum(axis=0), 0.0)


PEERS = {
    "ets_sm": ("ETS (statsmodels)", ets_sm_year_end),
    "autoets": ("AutoETS (statsforecast)", ets_year_end),
    "prophet": ("Prophet", prophet_year_end),
}


CACHE_KEYS = ["indicator", "year", "k", "draws", "seed"]


def cache_path(key: str):
    """bench/out/peers_cache_<key>.csv: one row per (series, year, k, draws, seed) a peer was run
    on (quantiles empty where it could not fit), appended as the run goes."""
    return OUT / f"peers_cache_{key}.csv"


def read_cache(key: str) -> pd.DataFrame:
    path = cache_path(key)
    if not path.exists():
        return pd.DataFrame(
            columns=["indicator", "method", *CACHE_KEYS[1:], "actual", "ytd", *QCOLS]
        )
    return pd.read_csv(path)


def run_peers(
    panels: dict, picked: list[tuple[str, int]], draws: int, seed: int, key: str
) -> pd.DataFrame:
    """One peer on every (series-year, k) of ``picked`` not yet in its cache; each series-year's
    rows are appended to the cache as soon as they are computed (an interrupted run loses at
    most one). Returns the cache rows of ``picked`` (those the peer could fit)."""
    label, fn = PEERS[key]
    cached = read_cache(key)
    mine = cached[(cached["draws"] == draws) & (cached["seed"] == seed)]
    done = set(zip(mine["indicator"], mine["year"].astype(int), mine["k"].astype(int), strict=True))
    path = cache_path(key)
    cols = ["indicator", "method", *CACHE_KEYS[1:], "actual", "ytd", *QCOLS]
    start, ran = time.perf_counter(), 0
    for name, i in picked:
        panel = panels[name]
        year = int(panel.years[i])
        todo = [k for k in CUTOFFS if (name, year, k) not in done]
        if not todo:
            continue
        sub = window(panel, i, SPEC, CUTOFFS)
        actual = float(panel.ytd[i, 11])
        rows = []
        for k in todo:
            cut = make_cut(sub, year, k)
            try:
                year_end = fn(cut, draws, seed)
            except Exception as e:  # a peer failing on a case is reported, not fatal
                print(f"  {label} failed on {name}/{year}/k={k}: {e}", flush=True)
                year_end = None
            qs = [np.nan] * len(QUANTILES) if year_end is None else np.quantile(year_end, QUANTILES)
            rows.append((name, label, year, k, draws, seed, actual, cut.ytd, *qs))
        pd.DataFrame(rows, columns=cols).to_csv(
            path, mode="a", header=not path.exists(), index=False
        )
        ran += 1
        if ran % 10 == 0:
            took = time.perf_counter() - start
            print(f"  {label}: {ran} new series-years, {took:.0f} s", flush=True)
    return cached_rows(key, panels, picked, draws, seed)


def cached_rows(
    key: str, panels: dict, picked: list[tuple[str, int]], draws: int, seed: int
) -> pd.DataFrame:
    """The cached rows of ``picked`` for this peer, ``draws`` and ``seed`` that have a result."""
    cached = read_cache(key)
    want = pd.DataFrame(
        [(name, int(panels[name].years[i])) for name, i in picked], columns=["indicator", "year"]
    )
    mine = cached[(cached["draws"] == draws) & (cached["seed"] == seed)].dropna(subset=QCOLS)
    mine = mine.astype({"year": int, "k": int}).merge(want, on=["indicator", "year"])
    return mine.drop_duplicates(["indicator", "year", "k"]).drop(columns=["draws", "seed"])


def run_ours(panels: dict, picked: list[tuple[str, int]] | None, methods=OURS) -> pd.DataFrame:
    frames = []
    for name, p in panels.items():
        if picked is None:
            frames.append(evaluate_panel(p, methods, CUTOFFS, SPEC))
            continue
        keep = {int(p.years[i]) for n, i in picked if n == name}
        if keep:
            res = evaluate_panel(p, methods, CUTOFFS, SPEC)
            frames.append(res[res["year"].isin(keep)])
    return pd.concat(frames, ignore_index=True)


def tables(scored: pd.DataFrame, order: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    head, rest = [], []
    other = [k for k in CUTOFFS if k not in HEADLINE]
    for m in order:
        t = scored[scored["method"] == m].set_index("k")
        if t.empty:
            continue
        row = {"method": m}
        for k in HEADLINE:
            row[f"MdAPE k={k}"] = f"{t.loc[k, 'mdape']:.2f}%"
        hk = t.loc[list(HEADLINE)]
        row["80% cover k=3,5,8"] = f"{np.average(hk['cover80'], weights=hk['cases']):.0f}%"
        row["90% cover k=3,5,8"] = f"{np.average(hk['cover90'], weights=hk['cases']):.0f}%"
        row["cases per k"] = int(t.loc[HEADLINE[0], "cases"])
        head.append(row)
        row = {"method": m}
        for k in other:
            row[f"k={k} MdAPE / 80%"] = f"{t.loc[k, 'mdape']:.2f}% / {t.loc[k, 'cover80']:.0f}%"
        rest.append(row)
    return pd.DataFrame(head), pd.DataFrame(rest)


def every_case(panels: dict) -> list[tuple[str, int]]:
    """Every case of the non-tourism series."""
    return [(n, i) for n, p in panels.items() for i in cases(p, CUTOFFS, SPEC)]


def peer_results(
    key: str, panels: dict, picked: list, draws: int, seed: int, reuse: bool
) -> pd.DataFrame | None:
    """One peer's results on ``picked``, from its per-case cache (bench/out/peers_cache_<key>.csv);
    the cases not cached yet are computed first, unless ``reuse`` (then only the cache is read)."""
    label = PEERS[key][0]
    if reuse:
        return cached_rows(key, panels, picked, draws, seed)
    try:
        if key == "autoets":
            import statsforecast  # noqa: F401
        elif key == "prophet":
            import prophet  # noqa: F401
    except ImportError as e:
        print(f"{label}: {e.name} is not installed here, only its cached cases are used")
        return cached_rows(key, panels, picked, draws, seed)
    start = time.perf_counter()
    found = run_peers(panels, picked, draws, seed, key)
    print(f"{label}: {time.perf_counter() - start:.0f} s", flush=True)
    return found


def by_family(both: pd.DataFrame, peers: list[str]) -> pd.DataFrame:
    """Per family and k: each method's median APE and 80% cover; auto / the best peer."""
    r = both if "family" in both else both.assign(family=both["indicator"].map(family))
    t = score(r, by=("family", "method", "k"))
    rows = []
    for (fam, k), part in t.groupby(["family", "k"]):
        m = part.set_index("method")
        row = {"family": fam, "k": k, "cases": int(m.loc["auto", "cases"])}
        for name in ["auto", *peers]:
            if name in m.index:
                row[name] = f"{m.loc[name, 'mdape']:.2f} / {m.loc[name, 'cover80']:.0f}"
        best = min(m.loc[p, "mdape"] for p in peers if p in m.index)
        row["auto/best"] = f"{m.loc['auto', 'mdape'] / best:.2f}"
        rows.append(row)
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=300, help="tourism series-years sampled")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--draws", type=int, default=1000)
    parser.add_argument("--peers", default="ets_sm", help="of: ets_sm, autoets, prophet")
    parser.add_argument("--reuse", action="store_true", help="only read the cached peer results")
    parser.add_argument(
        "--peers-only", action="store_true", help="fill the peers' caches, score nothing"
    )
    args = parser.parse_args(argv)
    for noisy in ("cmdstanpy", "prophet", "prophet.plot"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    os.environ.setdefault("TQDM_DISABLE", "1")
    panels = load_panels()
    tourism = {n: p for n, p in panels.items() if family(n) == "tourism"}
    others = {**{n: p for n, p in panels.items() if family(n) != "tourism"}, **load_more()}
    picked = every_case(others) + sample_cases(tourism, args.sample, args.seed)
    panels = {**tourism, **others}
    print(f"cases: {len(picked)} series-years (seed {args.seed}) × k in {CUTOFFS}", flush=True)
    OUT.mkdir(parents=True, exist_ok=True)
    found = []
    for key in args.peers.split(","):
        r = peer_results(key, panels, picked, args.draws, args.seed, args.reuse)
        if r is not None and len(r):
            found.append(r)
    if args.peers_only:
        return 0
    peers = pd.concat(found, ignore_index=True) if found else pd.DataFrame()
    ours = run_ours(panels, picked)
    labels = list(peers["method"].unique()) if len(peers) else []
    keys = ["indicator", "year", "k"]
    if labels:  # like for like: only the (series, year, k) every peer could project
        common = peers.groupby(keys).size()
        common = common[common == len(labels)].reset_index()[keys]
        both = pd.concat([peers, ours], ignore_index=True).merge(common, on=keys)
    else:
        both = ours
    both.to_csv(OUT / "peers_both.csv", index=False)
    n = both.groupby(["indicator", "year"]).ngroups
    print(f"\n{n} series-years, the same cases for every method\n")
    print("median APE % / 80% cover % by family and k; auto / the best peer's median APE:\n")
    print(fmt_table(by_family(both, [*labels, "share", "yoy"])))
    print("\nall families pooled, and by half (tuning = odd tourism ids):\n")
    print(fmt_table(by_family(both.assign(family="all"), [*labels, "share", "yoy"])))
    for h in ("tuning", "confirm"):
        part = both[both["indicator"].map(half) == h]
        if part.empty:
            continue
        print(f"\n{h} half:\n")
        print(fmt_table(by_family(part.assign(family=h), [*labels, "share", "yoy"])))
    missing = sorted(set(ours["indicator"].map(family)) - set(both["indicator"].map(family)))
    if missing:  # no peer could fit there (the fiscal series' gaps): auto against the shares
        part = ours[ours["indicator"].map(family).isin(missing)]
        print(f"\n{', '.join(missing)}: no peer result on these cases; auto against the shares:\n")
        print(fmt_table(by_family(part, ["share", "yoy"])))
    head, rest = tables(score(both), [*labels, *OURS])
    print("\n" + fmt_table(head) + "\n\n" + fmt_table(rest))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
