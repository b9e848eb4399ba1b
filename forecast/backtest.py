"""Rolling-origin evaluation: project each complete year from month k with only what was
known then, and score the year-end point and intervals against what happened.

Methods that declare a closed form (``abilities.closed_form``) are scored from their
distribution directly: the quantiles of ``ytd · exp(max(center + scale · t_df, 0))`` are known
exactly, so no draws are needed. Other methods are scored from ``n`` draws.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

from forecast.methods import for_cut
from forecast.methods.base import Additive, Cut, Distribution, distribution_of, make_cut
from forecast.panel import Panel
from forecast.projection import QUANTILES, rng_for

DEFAULT_CUTOFFS = (2, 3, 5, 6, 8, 9, 11)
FAST_METHODS = ("auto", "share", "yoy", "runrate")
QCOLS = [f"q{round(q * 100):02d}" for q in QUANTILES]


@dataclass(frozen=True)
class CaseSpec:
    """Which years count as cases and how much history each may see.

    A case is a complete year with at least ``min_prior`` complete years before it; only the
    last ``last_n`` such years of each series count (None: all). Each case sees at most
    ``max_prior`` complete prior years (None: all), so ``CaseSpec(3, 2, 6)`` scores the same
    years as ``CaseSpec(3, 10, 6)`` with only two years of history.
    """

    min_prior: int = 1
    max_prior: int | None = None
    last_n: int | None = None


def complete_years(panel: Panel, cutoffs: Sequence[int]) -> np.ndarray:
    """Row indices of years whose December and every cut-off month are known."""
    cols = [k - 1 for k in cutoffs] + [11]
    return np.flatnonzero(np.isfinite(panel.ytd[:, cols]).all(axis=1) & (panel.ytd[:, 11] > 0))


def cases(panel: Panel, cutoffs: Sequence[int], spec: CaseSpec = CaseSpec()) -> list[int]:
    """Row indices of the years to evaluate (see :class:`CaseSpec`)."""
    full = complete_years(panel, cutoffs)
    out = [int(i) for pos, i in enumerate(full) if pos >= spec.min_prior]
    if spec.last_n is not None:
        out = out[-spec.last_n :] if spec.last_n > 0 else []
    return out


def window(panel: Panel, i: int, spec: CaseSpec, cutoffs: Sequence[int] = (11,)) -> Panel:
    """The panel up to row ``i``, starting at the ``max_prior``-th complete year before it."""
    start = 0
    if spec.max_prior is not None:
        prior = complete_years(panel, cutoffs)
        prior = prior[prior < i]
        start = int(prior[-spec.max_prior]) if 0 < spec.max_prior <= prior.size else 0
        if spec.max_prior == 0:
            start = i
    return Panel(
        panel.indicator,
        panel.years[start : i + 1],
        panel.ytd[start : i + 1],
        panel.growth[start : i + 1],
    )


def quantiles_of(cut: Cut, dist: Distribution, qs: Sequence[float] = QUANTILES) -> np.ndarray:
    """Exact quantiles of the year-end value a closed-form method's draws follow (a net
    flow's additive form: ytd + the rest, any sign)."""
    z = stats.norm.ppf(qs) if not np.isfinite(dist.df) else stats.t.ppf(qs, dist.df)
    if isinstance(dist, Additive):
        return cut.ytd + dist.center + dist.scale * np.asarray(z)
    return cut.ytd * np.exp(np.maximum(dist.center + dist.scale * np.asarray(z), 0.0))


def year_end_quantiles(name: str, cut: Cut, n: int, rng: np.random.Generator) -> np.ndarray:
    """QUANTILES of the year-end value projected by method ``name`` at ``cut``.

    As in ``projection.project``, the method is :func:`forecast.methods.for_cut`'s (a year with
    nothing reported yet is projected by amount).
    """
    method = for_cut(name, cut)
    dist = distribution_of(method, cut)
    if dist is not None:
        return quantiles_of(cut, dist)
    monthly = method.simulate(cut, n, rng)
    return np.quantile(cut.ytd + monthly.sum(axis=1), QUANTILES)


def evaluate_panel(
    panel: Panel,
    methods: Iterable[str] = FAST_METHODS,
    cutoffs: Sequence[int] = DEFAULT_CUTOFFS,
    spec: CaseSpec = CaseSpec(),
    n: int = 1000,
    seed: int = 0,
) -> pd.DataFrame:
    """One row per (method, year, cut-off): actual, ytd, quantiles of the year-end value."""
    rows = []
    methods = list(methods)
    for i in cases(panel, cutoffs, spec):
        sub = window(panel, i, spec, cutoffs)
        year = int(panel.years[i])
        actual = float(panel.ytd[i, 11])
        for k in cutoffs:
            cut = make_cut(sub, year, k)
            for name in methods:
                rng = rng_for(f"{panel.indicator}/{year}/{k}", seed)
                qs = year_end_quantiles(name, cut, n, rng)
                rows.append((panel.indicator, name, year, k, actual, cut.ytd, *qs))
    cols = ["indicator", "method", "year", "k", "actual", "ytd", *QCOLS]
    return pd.DataFrame(rows, columns=cols)


def pinball(actual: np.ndarray, quantiles: np.ndarray) -> np.ndarray:
    """Mean pinball loss over QUANTILES, as a fraction of the actual value, per row."""
    qs = np.asarray(QUANTILES)
    diff = actual[:, None] - quantiles
    loss = np.maximum(qs * diff, (qs - 1) * diff)
    return loss.mean(axis=1) / np.abs(actual)


def score(results: pd.DataFrame, by: Sequence[str] = ("method", "k")) -> pd.DataFrame:
    """By method and cut-off: median and mean APE (%), 80% and 90% coverage (%), pinball (%)."""
    r = results.copy()
    r["ape"] = (r["q50"] - r["actual"]).abs() / r["actual"].abs() * 100
    r["in80"] = (r["actual"] >= r["q10"]) & (r["actual"] <= r["q90"])
    r["in90"] = (r["actual"] >= r["q05"]) & (r["actual"] <= r["q95"])
    r["pinball"] = pinball(r["actual"].to_numpy(), r[QCOLS].to_numpy()) * 100
    out = r.groupby(list(by)).agg(
        cases=("ape", "size"),
        mdape=("ape", "median"),
        mape=("ape", "mean"),
        cover80=("in80", "mean"),
        cover90=("in90", "mean"),
        pinball=("pinball", "mean"),
    )
    out[["cover80", "cover90"]] *= 100
    return out.reset_index()
