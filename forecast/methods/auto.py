"""``auto``: weight the fast methods by how they did on this indicator's own past years.

For the as-of month k, every method projects each past year from its own month k using only
the years before it (rolling origin). Weights are inverse mean squared log errors; the
combination's spread is calibrated on the combination's own backtest errors, blended with the
methods' stated spread while few errors are known.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from forecast.methods.base import Cut, LogMultiple, MultipleMethod, log_multiples
from forecast.methods.runrate import RunRate
from forecast.methods.share import SeasonalShare
from forecast.methods.yoy import YearOnYear

CANDIDATES: tuple[MultipleMethod, ...] = (SeasonalShare(), YearOnYear())
PRIOR_WEIGHT = 2.0  # pseudo-errors the stated spread counts for


@dataclass(frozen=True)
class Skill:
    """Backtest of one method at one cut-off month: log errors of the year-end point."""

    method: str
    errors: np.ndarray

    @property
    def rmse(self) -> float:
        return float(np.sqrt(np.mean(self.errors**2))) if self.errors.size else np.nan


def past_cuts(cut: Cut) -> list[tuple[Cut, float]]:
    """Each complete past year as a cut at month k, with its true log multiple."""
    out = []
    p = cut.past
    for j in range(1, p.shape[0]):
        row = p[j]
        if not (np.isfinite(row[[cut.k - 1, 11]]).all() and row[cut.k - 1] > 0):
            continue
        current = row.copy()
        current[cut.k :] = np.nan
        out.append(
            (
                Cut(cut.year - p.shape[0] + j, cut.k, p[:j], current),
                float(np.log(row[11] / row[cut.k - 1])),
            )
        )
    return out


def skills(cut: Cut, methods: tuple[MultipleMethod, ...] = CANDIDATES) -> list[Skill]:
    """Rolling-origin log errors of each method's point on the past years of ``cut``."""
    folds = [(c, x) for c, x in past_cuts(cut) if log_multiples(c).size > 0]
    return [
        Skill(m.name, np.array([m.distribution(c).center - x for c, x in folds])) for m in methods
    ]


class Auto(MultipleMethod):
    name = "auto"

    def __init__(self, methods: tuple[MultipleMethod, ...] = CANDIDATES):
        self.methods = methods

    def weights(self, cut: Cut) -> dict[str, float]:
        """Weight of each method at this cut (equal while fewer than two errors are known)."""
        found = skills(cut, self.methods)
        if not found or found[0].errors.size < 2:
            return {m.name: 1.0 / len(self.methods) for m in self.methods}
        inv = np.array([1.0 / max(s.rmse, 1e-6) ** 2 for s in found])
        return {s.method: float(w) for s, w in zip(found, inv / inv.sum(), strict=True)}

    def distribution(self, cut: Cut) -> LogMultiple:
        if log_multiples(cut).size == 0:
            return RunRate().distribution(cut)
        found = skills(cut, self.methods)
        weights = self.weights(cut)
        w = np.array([weights[m.name] for m in self.methods])
        dists = [m.distribution(cut) for m in self.methods]
        center = float(sum(wi * d.center for wi, d in zip(w, dists, strict=True)))
        stated = float(sum(wi * d.scale for wi, d in zip(w, dists, strict=True)))
        n_err = found[0].errors.size if found else 0
        if n_err == 0:
            return LogMultiple(center, stated, dists[0].df)
        combo = sum(wi * s.errors for wi, s in zip(w, found, strict=True))
        # a one-step-ahead error also carries the error of the estimate: widen like a t-interval
        mse = (np.sum(combo**2) + PRIOR_WEIGHT * stated**2) / (n_err + PRIOR_WEIGHT)
        return LogMultiple(center, float(np.sqrt(mse)), n_err + PRIOR_WEIGHT - 1)
