"""Rolling-origin evaluation: project each complete year from month k with only what was
known then, and score the year-end point and intervals against what happened."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from forecast.methods import get_method
from forecast.methods.base import make_cut
from forecast.panel import Panel
from forecast.projection import QUANTILES, rng_for

DEFAULT_CUTOFFS = (2, 3, 5, 6, 8, 9, 11)
FAST_METHODS = ("auto", "share", "yoy", "runrate")


@dataclass(frozen=True)
class CaseSpec:
    """Which years count as cases: ``min_prior``..``max_prior`` complete prior years, and only
    the last ``last_n`` such years of each series (None: all)."""

    min_prior: int = 1
    max_prior: int | None = None
    last_n: int | None = None


def complete_years(panel: Panel, cutoffs: Sequence[int]) -> np.ndarray:
    """Row indices of years whose December and every cut-off month are known."""
    cols = [k - 1 for k in cutoffs] + [11]
    return np.flatnonzero(np.isfinite(panel.ytd[:, cols]).all(axis=1) & (panel.ytd[:, 11] > 0))


def cases(panel: Panel, cutoffs: Sequence[int], spec: CaseSpec = CaseSpec()) -> list[int]:
    """Row indices of the years to evaluate, with the prior-year window of ``spec``."""
    full = complete_years(panel, cutoffs)
    out = []
    for pos, i in enumerate(full):
        if pos < spec.min_prior:
            continue
        out.append(int(i))
    if spec.last_n is not None:
        out = out[-spec.last_n :]
    return out


def window(panel: Panel, i: int, spec: CaseSpec) -> Panel:
    """The panel cut to at most ``max_prior`` years before row ``i`` (and row i itself)."""
    start = 0 if spec.max_prior is None else max(0, i - spec.max_prior)
    return Panel(
        panel.indicator,
        panel.years[start : i + 1],
        panel.ytd[start : i + 1],
        panel.growth[start : i + 1],
    )


def evaluate_panel(
    panel: Panel,
    methods: Iterable[str] = FAST_METHODS,
    cutoffs: Sequence[int] = DEFAULT_CUTOFFS,
    spec: CaseSpec = CaseSpec(),
    n: int = 1000,
    seed: int = 0,
) -> pd.DataFrame:
    """One row per (method, year, cut-off): actual, point, quantiles of the year-end value."""
    rows = []
    methods = list(methods)
    for i in cases(panel, cutoffs, spec):
        sub = window(panel, i, spec)
        year = int(panel.years[i])
        actual = float(panel.ytd[i, 11])
        for k in cutoffs:
            cut = make_cut(sub, year, k)
            for name in methods:
                monthly = get_method(name).simulate(
                    cut, n, rng_for(f"{panel.indicator}/{year}/{k}", seed)
                )
                year_end = cut.ytd + monthly.sum(axis=1)
                qs = np.quantile(year_end, QUANTILES)
                rows.append((panel.indicator, name, year, k, actual, *qs))
    cols = ["indicator", "method", "year", "k", "actual"] + [
        f"q{round(q * 100):02d}" for q in QUANTILES
    ]
    return pd.DataFrame(rows, columns=cols)


def pinball(actual: np.ndarray, quantiles: np.ndarray) -> np.ndarray:
    """Mean pinball loss over QUANTILES, as a fraction of the actual value, per row."""
    qs = np.asarray(QUANTILES)
    diff = actual[:, None] - quantiles
    loss = np.maximum(qs * diff, (qs - 1) * diff)
    return loss.mean(axis=1) / np.abs(actual)


def score(results: pd.DataFrame) -> pd.DataFrame:
    """By method and cut-off: median and mean APE (%), 80% and 90% coverage (%), pinball (%)."""
    r = results.copy()
    r["ape"] = (r["q50"] - r["actual"]).abs() / r["actual"].abs() * 100
    r["in80"] = (r["actual"] >= r["q10"]) & (r["actual"] <= r["q90"])
    r["in90"] = (r["actual"] >= r["q05"]) & (r["actual"] <= r["q95"])
    qcols = [f"q{round(q * 100):02d}" for q in QUANTILES]
    r["pinball"] = pinball(r["actual"].to_numpy(), r[qcols].to_numpy()) * 100
    out = r.groupby(["method", "k"]).agg(
        cases=("ape", "size"),
        mdape=("ape", "median"),
        mape=("ape", "mean"),
        cover80=("in80", "mean"),
        cover90=("in90", "mean"),
        pinball=("pinball", "mean"),
    )
    out[["cover80", "cover90"]] *= 100
    return out.reset_index()
