"""How much any reweighting of ``auto``'s candidates could gain: the candidates' points stored for
every case and recombined offline, against ``auto`` as built and against issue 12's bar.

    .venv/bin/python -m bench.ceiling [--workers 2]

Cases: issue 5's (``bench.common.SPEC``) on every tourism series (tuning half: odd ids; confirm
half: even ids) and on the Chinese, fiscal and visitor series, at every cut-off month; a
(series-year, k) with a net flow or nothing reported is left out. For each case the six
candidates' log year-end multiples are kept, now and on each rolling-origin fold, with the
truth, so a weighting rule is a few lines of numpy here instead of a rerun.

Rules (median absolute % error of the year-end point; the lower the better):

- ``auto``: as built (inverse mean squared fold error).
- ``equal``, ``median``: every candidate alike; their median.
- ``1/MSE²``, ``1/MAE²``: sharper inverse-error weights; ``best``: the single candidate with the
  least fold error.
- ``stacked (tuning)``: one weight vector per k, fitted on the tuning half (least mean absolute
  log error, weights ≥ 0 summing to 1); on the confirm half it is a fair test.
- ``stacked (in-sample)``: the same fitted on the very cases it is scored on (on the tuning
  half the same as the row above): about the most any one weighting per k can do there.
- ``learned (tuning)``: weights softmax(a + b · log fold MSE + c · log spread of the
  candidates now), a and c per candidate, fitted per k on the tuning half (``learn``).
- ``+ smoothed yoy``: a seventh candidate, last year's months to come times the exponentially
  weighted (0.85 a month) mean year-on-year log growth of the recent months, across the turn of
  the year.
- ``oracle``: per case, the candidate nearest the truth (not a rule: what the candidates hold).

Where bench/out/peers_both.csv exists (written by ``bench.peers``), the same per-case points
give issue 12's bar on the peers' cases: auto, the best peer per k, auto averaged with
statsforecast AutoETS (the bar's own best model, point by point), and each over the best peer.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from multiprocessing import Pool

import numpy as np
import pandas as pd
from scipy.optimize import minimize

from bench.common import CUTOFFS, OUT, SPEC, family, fmt_table, half, load_more, load_panels
from forecast.backtest import cases, window
from forecast.methods.base import Cut, is_net, log_multiples, make_cut
from forecast.methods.folds import folds
from forecast.methods.registry import AUTO, CANDIDATES
from forecast.methods.seasonal import monthly_amounts
from forecast.panel import Panel

SMOOTH_DECAY = 0.85
SMOOTH_YEARS = 2


@dataclass(frozen=True)
class Case:
    """One (series, year, k): the candidates' points now and on the folds, and the truths."""

    indicator: str
    year: int
    k: int
    ytd: float
    actual: float
    now: np.ndarray  # (m,) log multiples, NaN where a candidate cannot tell
    past: np.ndarray  # (folds, m)
    truth: np.ndarray  # (folds,) true log multiples of the folds
    auto: float  # auto's center as built


def smoothed_yoy(cut: Cut) -> float | None:
    """log(year-end / ytd) with last year's months to come grown by the recent months'
    exponentially weighted mean year-on-year log growth; None where it cannot tell."""
    if cut.horizon == 0 or cut.ytd <= 0 or cut.past.shape[0] < 2:
        return None
    monthly = monthly_amounts(cut)
    last = monthly[-2, cut.k :]
    if not (np.isfinite(last).all() and (last > 0).all()):
        return None
    with np.errstate(divide="ignore", invalid="ignore"):
        growth = np.log(monthly[1:] / monthly[:-1])
    x = np.concatenate([growth[:-1][-SMOOTH_YEARS:].ravel(), growth[-1, : cut.k]])
    ok = np.isfinite(x)
    if ok.sum() < 2:
        return None
    w = SMOOTH_DECAY ** np.arange(x.size - 1, -1, -1, dtype=float)
    g = float(w[ok] @ x[ok] / w[ok].sum())
    return float(np.log1p(last.sum() * np.exp(g) / cut.ytd))


def _points(cut: Cut) -> np.ndarray:
    fns = [c.center for c in CANDIDATES] + [smoothed_yoy]
    return np.array([np.nan if (v := f(cut)) is None else v for f in fns])


def cases_of(item: tuple[Panel, list[int]]) -> list[Case]:
    """Every case of one series (run in a worker)."""
    panel, rows = item
    out = []
    for i in rows:
        sub = window(panel, i, SPEC, CUTOFFS)
        year, actual = int(panel.years[i]), float(panel.ytd[i, 11])
        for k in CUTOFFS:
            cut = make_cut(sub, year, k)
            if is_net(cut) or cut.ytd <= 0 or log_multiples(cut).size == 0:
                continue
            found = folds(cut)
            past = np.array([_points(f) for f, _ in found]).reshape(len(found), -1)
            truth = np.array([x for _, x in found])
            center = AUTO.fit(cut).distribution.center
            out.append(
                Case(panel.indicator, year, k, cut.ytd, actual, _points(cut), past, truth, center)
            )
    return out


def weigh(case: Case, power: float = 1.0, mae: bool = False, best: bool = False, m: int = 6):
    """The first ``m`` candidates weighted by inverse fold error to ``power`` (auto's rule at
    1, mean squared), equal while any has fewer than two folds (the seventh and Holt-Winters:
    nothing until tested)."""
    now, err = case.now[:m], case.past[:, :m] - case.truth[:, None]
    w = np.array([1.0, 1, 1, 1, 1, 0, 0][:m])
    if case.truth.size and (np.isfinite(err).sum(axis=0) >= 2).all():
        loss = np.nanmean(np.abs(err), axis=0) if mae else np.nanmean(err**2, axis=0)
        w = 1.0 / np.maximum(loss, 1e-10) ** power
        if best:
            w = (w == w[np.isfinite(now)].max()).astype(float)
    w = np.where(np.isfinite(now), w, 0.0)
    return float(w @ np.nan_to_num(now) / w.sum()) if w.sum() > 0 else np.nan


def stack(found: list[Case]) -> dict[int, np.ndarray]:
    """One weight vector per k over the six candidates: least mean absolute log error."""
    out = {}
    for k in CUTOFFS:
        rows = [c for c in found if c.k == k and np.isfinite(c.now[:6]).all()]
        x = np.array([c.now[:6] for c in rows])
        y = np.log(np.array([c.actual / c.ytd for c in rows]))

        def loss(z: np.ndarray, x=x, y=y) -> float:
            w = np.exp(z) / np.exp(z).sum()
            return float(np.mean(np.abs(x @ w - y)))

        z = minimize(loss, np.zeros(6), method="Nelder-Mead", options={"maxiter": 4000}).x
        out[k] = np.exp(z) / np.exp(z).sum()
    return out


def stacked(case: Case, weights: dict[int, np.ndarray]) -> float:
    w = np.where(np.isfinite(case.now[:6]), weights[case.k], 0.0)
    return float(w @ np.nan_to_num(case.now[:6]) / w.sum())


def _skill(case: Case) -> tuple[np.ndarray, float]:
    """(log mean squared fold error of each candidate, its mean where a candidate has fewer
    than two folds; log of the candidates' spread now): what a learned weighting sees."""
    err = case.past[:, :6] - case.truth[:, None]
    known = np.isfinite(err).sum(axis=0) >= 2
    mse = np.full(6, np.nan)
    if known.any():
        mse[known] = np.nanmean(err[:, known] ** 2, axis=0)
    log_mse = np.log(np.maximum(mse, 1e-10))
    fill = np.nanmean(log_mse) if known.any() else 0.0
    spread = float(np.nanstd(case.now[:6]))
    return np.where(np.isfinite(log_mse), log_mse, fill), float(np.log(spread + 1e-4))


def _learned_weights(p: np.ndarray, skill: np.ndarray, spread: np.ndarray, ok: np.ndarray):
    z = p[:6] + p[6] * skill + p[7:13] * spread[:, None]
    z = np.where(ok, z, -np.inf)
    w = np.exp(z - z.max(axis=1, keepdims=True))
    return w / w.sum(axis=1, keepdims=True)


def learn(found: list[Case]) -> dict[int, np.ndarray]:
    """Per k, weights softmax(a + b · log fold MSE + c · log spread) over the six candidates
    (a, c per candidate), fitted by least mean absolute log error: auto's rule is a = c = 0,
    b = −1; this lets the data say how much a candidate's own record and the disagreement
    should count (a feature-based combination in the manner of FFORMA, on few features)."""
    out = {}
    for k in CUTOFFS:
        rows = [c for c in found if c.k == k]
        x = np.array([c.now[:6] for c in rows])
        y = np.log(np.array([c.actual / c.ytd for c in rows]))
        parts = [_skill(c) for c in rows]
        skill = np.array([a for a, _ in parts])
        spread = np.array([b for _, b in parts])
        ok, xz = np.isfinite(x), np.nan_to_num(x)

        def loss(p: np.ndarray, skill=skill, spread=spread, ok=ok, xz=xz, y=y) -> float:
            w = _learned_weights(p, skill, spread, ok)
            return float(np.mean(np.abs((w * xz).sum(axis=1) - y)))

        start = np.r_[np.zeros(6), -1.0, np.zeros(6)]
        found_p = minimize(loss, start, method="Powell", options={"maxiter": 20000, "xtol": 1e-3})
        out[k] = found_p.x
    return out


def learned(case: Case, params: dict[int, np.ndarray]) -> float:
    skill, spread = _skill(case)
    ok = np.isfinite(case.now[:6])[None, :]
    w = _learned_weights(params[case.k], skill[None, :], np.array([spread]), ok)[0]
    return float(w @ np.nan_to_num(case.now[:6]))


def oracle(case: Case) -> float:
    y = np.log(case.actual / case.ytd)
    ok = np.isfinite(case.now[:6])
    return float(case.now[:6][ok][np.argmin(np.abs(case.now[:6][ok] - y))])


def ape(case: Case, center: float) -> float:
    """Absolute % error of the year-end point (the multiple floored at the ytd, as in auto)."""
    return abs(case.ytd * np.exp(max(center, 0.0)) - case.actual) / case.actual * 100


@dataclass(frozen=True)
class Tuned:
    """What the tuning half fitted: stacked weights and the learned weighting, per k."""

    stacked: dict[int, np.ndarray]
    learned: dict[int, np.ndarray]


def rules(tuned: Tuned, own: dict[int, np.ndarray]) -> dict:
    return {
        "auto": lambda c: c.auto,
        "equal": lambda c: float(np.nanmean(c.now[:6])),
        "median": lambda c: float(np.nanmedian(c.now[:6])),
        "1/MSE²": lambda c: weigh(c, 2.0),
        "1/MAE²": lambda c: weigh(c, 2.0, mae=True),
        "best": lambda c: weigh(c, best=True),
        "stacked (tuning)": lambda c: stacked(c, tuned.stacked),
        "stacked (in-sample)": lambda c: stacked(c, own),
        "learned (tuning)": lambda c: learned(c, tuned.learned),
        "+ smoothed yoy": lambda c: weigh(c, m=7),
        "oracle": oracle,
    }


def table(found: list[Case], tuned: Tuned) -> pd.DataFrame:
    """Median APE per rule (rows) and k (columns)."""
    own = stack(found)
    out = []
    for name, rule in rules(tuned, own).items():
        row: dict[str, object] = {"rule": name}
        for k in CUTOFFS:
            row[f"k={k}"] = np.median([ape(c, rule(c)) for c in found if c.k == k])
        out.append(row)
    return pd.DataFrame(out)


def against_peers(found: list[Case]) -> pd.DataFrame | None:
    """auto, the best peer, auto averaged with AutoETS, on the peers' cases (peers_both.csv)."""
    path = OUT / "peers_both.csv"
    if not path.exists():
        return None
    peers = pd.read_csv(path)
    q50 = peers.pivot_table(index=["indicator", "year", "k"], columns="method", values="q50")
    actual = peers.groupby(["indicator", "year", "k"])["actual"].first()
    ours = {(c.indicator, c.year, c.k): c.ytd * np.exp(max(c.auto, 0.0)) for c in found}
    q50 = q50[q50.index.isin(list(ours))]
    q50["auto (this run)"] = [ours[i] for i in q50.index]
    auto_ets = "AutoETS (statsforecast)"
    peer_cols = [m for m in q50.columns if m not in ("auto", "auto (this run)")]
    if auto_ets in q50:
        q50["auto and AutoETS averaged"] = (q50["auto (this run)"] + q50[auto_ets]) / 2
    err = q50.sub(actual.loc[q50.index], axis=0).abs().div(actual.loc[q50.index], axis=0) * 100
    k = err.index.get_level_values("k")
    rows = []
    for kk in CUTOFFS:
        med = err[k == kk].median()
        bar = med[peer_cols].min()
        row = {"k": kk, "cases": int((k == kk).sum()), "best peer": bar}
        row["auto"] = med["auto (this run)"]
        row["auto / best"] = med["auto (this run)"] / bar
        if auto_ets in q50:
            row["averaged"] = med["auto and AutoETS averaged"]
            row["averaged / best"] = med["auto and AutoETS averaged"] / bar
        rows.append(row)
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    panels = {**load_panels(), **load_more()}
    items = [(p, cases(p, CUTOFFS, SPEC)) for p in panels.values()]
    with Pool(args.workers) as pool:
        found = [c for part in pool.imap(cases_of, items, chunksize=8) for c in part]
    print(f"{len(found)} (series-year, k) cases in {time.perf_counter() - start:.0f} s\n")
    tourism = [c for c in found if family(c.indicator) == "tourism"]
    tuning = [c for c in tourism if half(c.indicator) == "tuning"]
    tuned = Tuned(stack(tuning), learn(tuning))
    print("stacked weights per k, fitted on the tuning half:\n")
    weights = pd.DataFrame(tuned.stacked.values(), columns=[c.name for c in CANDIDATES])
    print(fmt_table(weights.assign(k=list(tuned.stacked)).set_index("k").reset_index()))
    groups = {
        "tourism, tuning half": tuning,
        "tourism, confirm half": [c for c in tourism if half(c.indicator) == "confirm"],
    }
    for fam in ("china", "visitors", "fiscal"):
        groups[fam] = [c for c in found if family(c.indicator) == fam]
    for name, part in groups.items():
        n = len({(c.indicator, c.year) for c in part})
        print(f"\n{name} ({n} series-years): median APE %\n")
        print(fmt_table(table(part, tuned)))
    bar = against_peers(found)
    if bar is None:
        print("\nno bench/out/peers_both.csv: run bench.peers first for issue 12's bar")
    else:
        print("\nissue 12's bar on the peers' cases (bench/out/peers_both.csv): median APE %\n")
        print(fmt_table(bar))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
