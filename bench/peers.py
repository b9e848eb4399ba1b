"""``auto`` beside statsforecast AutoETS and Prophet on a seeded subsample of issue 5's cases.

    .venv/bin/pip install -e ".[peers]"      # statsforecast, prophet: benchmark only
    .venv/bin/python -m bench.peers [--sample 300] [--seed 0] [--draws 1000]

AutoETS (statsforecast, season length 12, or 11 where January comes with February) is fitted on
the visible monthly amounts and its simulated paths (``AutoETS.simulate``, normal errors) are
summed to the year-end. Prophet (yearly seasonality, no weekly or daily terms, MAP fit) gives
predictive samples of the remaining months, summed likewise. Neither may put the year-end below
the year-to-date (as no forecast method here can). Both see the same windowed history as auto
(at most 10 prior years) as one contiguous monthly series; a case whose visible months have a
gap or fewer than 3 complete years is skipped for every method.

A peer fit costs 0.1–1 s, so the peers run on a fixed random subsample of the series-years
(``--sample``, drawn with ``--seed``), each at every cut-off month; auto and the baselines are
scored on exactly the same subsample, and auto on the full case set for comparison.
"""

from __future__ import annotations

import argparse
import logging
import os
import time
import warnings

import numpy as np
import pandas as pd

from bench.common import CUTOFFS, HEADLINE, OUT, SPEC, fmt_table, load_panels
from forecast.backtest import QCOLS, cases, evaluate_panel, score, window
from forecast.methods.base import Cut, make_cut
from forecast.methods.ets import monthly_grid
from forecast.projection import QUANTILES

OURS = ("auto", "share", "yoy")


def sample_cases(panels: dict, n: int, seed: int) -> list[tuple[str, int]]:
    """``n`` (indicator, row) series-years drawn at random from all cases."""
    every = [(name, i) for name, p in panels.items() for i in cases(p, CUTOFFS, SPEC)]
    rng = np.random.default_rng(seed)
    pick = rng.choice(len(every), size=min(n, len(every)), replace=False)
    return sorted(every[j] for j in pick)


def series_of(cut: Cut) -> tuple[np.ndarray, int, int] | None:
    """(monthly amounts up to month k, season length, index of month 1 in the season)."""
    found = monthly_grid(cut)
    if found is None:
        return None
    y, period = found
    return y, period, 12 - period


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


PEERS = {"AutoETS (statsforecast)": ets_year_end, "Prophet": prophet_year_end}


def run_peers(panels: dict, picked: list[tuple[str, int]], draws: int, seed: int) -> pd.DataFrame:
    rows = []
    start = time.perf_counter()
    for n, (name, i) in enumerate(picked):
        panel = panels[name]
        sub = window(panel, i, SPEC, CUTOFFS)
        year = int(panel.years[i])
        actual = float(panel.ytd[i, 11])
        for k in CUTOFFS:
            cut = make_cut(sub, year, k)
            for label, fn in PEERS.items():
                try:
                    year_end = fn(cut, draws, seed)
                except Exception as e:  # a peer failing on a case is reported, not fatal
                    print(f"  {label} failed on {name}/{year}/k={k}: {e}", flush=True)
                    year_end = None
                if year_end is None:
                    continue
                qs = np.quantile(year_end, QUANTILES)
                rows.append((name, label, year, k, actual, cut.ytd, *qs))
        if (n + 1) % 10 == 0:
            took = time.perf_counter() - start
            print(f"  {n + 1}/{len(picked)} series-years, {took:.0f} s", flush=True)
    return pd.DataFrame(rows, columns=["indicator", "method", "year", "k", "actual", "ytd", *QCOLS])


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=300, help="series-years in the subsample")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--draws", type=int, default=1000)
    args = parser.parse_args(argv)
    try:
        import prophet  # noqa: F401
        import statsforecast  # noqa: F401
    except ImportError as e:
        print(f"skipped: {e.name} is not installed (pip install -e '.[peers]')")
        return 0
    for noisy in ("cmdstanpy", "prophet", "prophet.plot"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    os.environ.setdefault("TQDM_DISABLE", "1")
    panels = load_panels()
    picked = sample_cases(panels, args.sample, args.seed)
    print(f"subsample: {len(picked)} series-years (seed {args.seed}) × k in {CUTOFFS}", flush=True)
    OUT.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    peers = run_peers(panels, picked, args.draws, args.seed)
    print(f"peers took {time.perf_counter() - start:.0f} s", flush=True)
    peers.to_csv(OUT / "peers.csv", index=False)
    ours = run_ours(panels, picked)
    # like for like: only the (series, year, k) every peer could project
    keys = ["indicator", "year", "k"]
    common = peers.groupby(keys).size()
    common = common[common == len(PEERS)].reset_index()[keys]
    both = pd.concat([peers, ours], ignore_index=True).merge(common, on=keys)
    order = [*PEERS, *OURS]
    head, rest = tables(score(both), order)
    n = both.groupby(["indicator", "year"]).ngroups
    print(f"\nSubsample: {n} series-years (seed {args.seed}), same cases for every method\n")
    print(fmt_table(head))
    print("\nOther cut-off months (median APE / 80% coverage):\n")
    print(fmt_table(rest))
    full = score(run_ours(panels, None, ("auto",)))
    head, _ = tables(full, ["auto"])
    print("\nauto on the full case set:\n")
    print(fmt_table(head))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
