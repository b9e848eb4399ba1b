"""``auto``: weight several methods by how they did on this indicator's own past years.

For the as-of month k, every candidate projects each past year from its own month k using only
the years before it (rolling origin). Weights are inverse mean squared log errors (equal while
fewer than two past years can be tested, Holt-Winters then left out: from one year it has learnt
nothing). The spread comes from the combination's own rolling-origin errors, blended with the
seasonal share's stated spread while few are known, and multiplied by a calibration factor per
cut-off month (``calibration.py``).

The candidates pair methods whose errors differ: the seasonal share and year-on-year scale this
year's year-to-date, last year's remainder ignores it, and the seasonal level weighs the recent
months, and damped Holt-Winters on log monthly amounts follows level, trend and season month by
month (see each module). On the public benchmarks the combination's median error is 10–24%
below the seasonal share's, depending on the month, with calibrated intervals (README,
Benchmarks).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Protocol

import numpy as np

from forecast.methods.base import (
    RECENT_YEARS,
    Abilities,
    Additive,
    Cut,
    Distribution,
    LogMultiple,
    MultipleMethod,
    Simulation,
    draws_of,
    is_net,
    log_multiples,
)
from forecast.methods.calibration import (
    RECENT_MONTHS,
    SHOCK_FREE,
    SHOCK_RECENT,
    SHOCK_WEIGHT,
    UNTESTED_SPREAD,
    tail_df,
    width_factor,
)
from forecast.methods.folds import PRIOR_WEIGHT, folds, past_cuts
from forecast.methods.netflow import gross, known_rests, net_folds, runrate_additive, share_additive
from forecast.methods.runrate import RunRate
from forecast.methods.share import SeasonalShare

__all__ = ["Auto", "AutoFit", "Candidate", "past_cuts"]


class Candidate(Protocol):
    """What ``auto`` needs of a candidate: a name, abilities and a point (``has_center``)."""

    @property
    def name(self) -> str: ...

    @property
    def abilities(self) -> Abilities: ...

    def center(self, cut: Cut) -> float | None: ...

    def rest(self, cut: Cut) -> float | None: ...


@dataclass(frozen=True)
class AutoFit:
    """``auto`` at one cut: each candidate's weight, the combined distribution of the log
    year-end multiple (of the rest of the year for a net flow), and how many past years the
    combination was tested on."""

    weights: tuple[tuple[str, float], ...]
    distribution: Distribution
    tested: int


@dataclass(frozen=True)
class RawFit:
    """``auto`` before calibration: weights, center and spread (a net flow's in ``unit``, its
    gross monthly flow), years tested, and the candidates' disagreement now and as usual."""

    w: np.ndarray
    center: float
    scale: float
    tested: int
    disagree: float
    usual: float
    net: bool
    unit: float
    departure: float = np.nan
    departure_sd: float = np.nan
    spread_all: float = np.nan
    spread_all_usual: float = np.nan
    recent: float = np.nan
    recent_sd: float = np.nan


@dataclass(frozen=True)
class _Combination:
    """Weights (normalised, or all zero), candidates' centers at the cut, combined past errors."""

    w: np.ndarray
    now: np.ndarray
    errors: np.ndarray
    # the candidates' weighted variance about the combination: now, and its mean on the folds
    disagree_now: float = 0.0
    disagree_past: float = np.nan
    spread_all: float = np.nan  # the same, every candidate weighing alike
    spread_all_past: float = np.nan


@dataclass(frozen=True)
class Auto(MultipleMethod):
    """Inverse-MSE weighted combination of ``candidates``, with a calibrated spread.

    Every fit is computed afresh from the cut: :meth:`fit` gives weights and distribution
    together, so a projection that needs both fits once (:meth:`project`).
    """

    candidates: tuple[Candidate, ...]
    calibrated: bool = True

    name: ClassVar[str] = "auto"
    abilities: ClassVar[Abilities] = Abilities(
        closed_form=True, combines=True, negative_months=True
    )

    def __post_init__(self) -> None:
        lacking = [c.name for c in self.candidates if not c.abilities.has_center]
        if lacking:
            raise ValueError(f"auto's candidates need a center: {', '.join(lacking)}")

    def fit(self, cut: Cut) -> AutoFit:
        """Weights and distribution at ``cut`` (run-rate alone without a complete past year)."""
        found = self.raw(cut)
        if found is None:
            dist = runrate_additive(cut) if is_net(cut) else RunRate().multiple(cut)
            return AutoFit((("runrate", 1.0),), dist, 0)
        weights = tuple((c.name, float(x)) for c, x in zip(self.candidates, found.w, strict=True))
        if self.calibrated:
            scale = np.sqrt(found.scale**2 + shock_variance(found) + untested_variance(found))
            scale *= width_factor(cut.k, found.tested, found.net)
        else:
            scale = found.scale
        df = tail_df(found.tested)
        if found.net:
            dist: Distribution = Additive(found.center * found.unit, scale * found.unit, df)
        else:
            dist = LogMultiple(found.center, scale, df)
        return AutoFit(weights, dist, found.tested)

    def weights(self, cut: Cut) -> dict[str, float]:
        """Weight of each candidate at this cut (equal but hw 0 while untested)."""
        return dict(self.fit(cut).weights)

    def raw(self, cut: Cut) -> RawFit | None:
        """The combination before calibration; None without a known past year."""
        net = is_net(cut)
        if net:
            if known_rests(cut)[0].size == 0:
                return None
            combo = self._combine_net(cut)
            center, scale, n = self._parts_net(cut, combo)
        else:
            if log_multiples(cut).size == 0:
                return None
            combo = self._combine(cut)
            center, scale, n = self._parts(cut, combo)
        unit = gross(cut) if net else 1.0
        usual = combo.disagree_past
        dep, dep_sd = (np.nan, np.nan) if net else departure(cut)
        rec, rec_sd = (np.nan, np.nan) if net else departure(cut, RECENT_MONTHS)
        return RawFit(
            combo.w,
            center,
            scale,
            n,
            combo.disagree_now,
            usual,
            net,
            unit,
            dep,
            dep_sd,
            combo.spread_all,
            combo.spread_all_past,
            rec,
            rec_sd,
        )

    def distribution(self, cut: Cut) -> Distribution:
        """The combined log multiple (a net flow: rest), its spread calibrated per month."""
        return self.fit(cut).distribution

    def project(self, cut: Cut, n: int, rng: np.random.Generator) -> Simulation:
        """Draws from one fit, with that fit's weights."""
        found = self.fit(cut)
        monthly = draws_of(cut, found.distribution, n, rng)
        return Simulation(cut.ytd + np.cumsum(monthly, axis=1), found.weights)

    def _combine_net(self, cut: Cut) -> _Combination:
        """Weights from the candidates' additive points, every error in its fold's gross flow."""
        found = net_folds(cut)
        m = len(self.candidates)
        now = np.array([_num(c.rest(cut)) for c in self.candidates]) / gross(cut)
        unit = np.array([gross(f) for f, _ in found])
        past = np.array([[_num(c.rest(f)) for c in self.candidates] for f, _ in found])
        past = past.reshape(len(found), m) / unit.reshape(-1, 1)
        truth = np.array([x for _, x in found]) / unit if found else np.zeros(0)
        return self._weigh(now, past, truth)

    @staticmethod
    def _parts_net(cut: Cut, combo: _Combination) -> tuple[float, float, int]:
        """(rest, uncalibrated scale, past years tested) in the cut's gross monthly flow."""
        share = share_additive(cut)
        unit = gross(cut)
        if combo.w.sum() == 0:
            return share.center / unit, share.scale / unit, 0
        w, now = combo.w, combo.now
        center = float(np.sum(w[w > 0] * now[w > 0]))
        n = combo.errors.size
        stated = share.scale / unit
        mse = (np.sum(combo.errors**2) + PRIOR_WEIGHT * stated**2) / (n + PRIOR_WEIGHT)
        return center, float(np.sqrt(mse)), n

    def _combine(self, cut: Cut) -> _Combination:
        found = folds(cut)
        m = len(self.candidates)
        now = np.array([_num(c.center(cut)) for c in self.candidates])
        past = np.array([[_num(c.center(f)) for c in self.candidates] for f, _ in found])
        past = past.reshape(len(found), m)
        truth = np.array([x for _, x in found])
        return self._weigh(now, past, truth)

    def _weigh(self, now: np.ndarray, past: np.ndarray, truth: np.ndarray) -> _Combination:
        """Inverse-MSE weights of the candidates' points ``now`` from their ``past`` points
        against the ``truth`` of each fold, and the combination's own past errors."""
        found = truth.size > 0
        errors = past - truth[:, None]
        known = np.isfinite(errors).sum(axis=0)
        # untested, a candidate that needs its own skill shown (hw) does not vote
        w = np.array([c.abilities.untested_weight for c in self.candidates])
        if found and (known >= 2).all():
            mse = np.nanmean(errors**2, axis=0)
            w = 1.0 / np.maximum(mse, 1e-10)
        w = np.where(np.isfinite(now), w, 0.0)
        if w.sum() == 0:
            return _Combination(w, now, np.array([]))
        w /= w.sum()
        # the combination's own past errors, renormalising over the methods that could tell
        wp = np.where(np.isfinite(past), w, 0.0)
        tot = wp.sum(axis=1)
        ok = tot > 0
        mean = np.nansum(wp * np.nan_to_num(past), axis=1)[ok] / tot[ok]
        spread = wp[ok] * (np.nan_to_num(past[ok]) - mean[:, None]) ** 2
        d_past = float(np.mean(spread.sum(axis=1) / tot[ok])) if ok.any() else np.nan
        use = w > 0
        center = np.sum(w[use] * now[use])
        d_now = float(np.sum(w[use] * (now[use] - center) ** 2))
        a_now = float(np.var(now[np.isfinite(now)]))
        rows = [np.var(r[np.isfinite(r)]) for r in past if np.isfinite(r).sum() > 1]
        a_past = float(np.mean(rows)) if rows else np.nan
        return _Combination(w, now, mean - truth[ok], d_now, d_past, a_now, a_past)

    @staticmethod
    def _parts(cut: Cut, combo: _Combination) -> tuple[float, float, int]:
        """(center, uncalibrated scale, past years tested) of a combination at ``cut``."""
        w, now, errors = combo.w, combo.now, combo.errors
        share = SeasonalShare().multiple(cut)
        if w.sum() == 0:
            return share.center, share.scale, 0
        center = float(np.sum(w[w > 0] * now[w > 0]))
        n = errors.size
        mse = (np.sum(errors**2) + PRIOR_WEIGHT * share.scale**2) / (n + PRIOR_WEIGHT)
        return center, float(np.sqrt(mse)), n


def departure(cut: Cut, months: int | None = None) -> tuple[float, float]:
    """(this year's log growth over last year's same months, less the recent years' mean such
    growth; the spread of those growths). The months: the year to date, or the last ``months``
    of it (the whole year to date while k ≤ ``months``). NaN where fewer than two are known."""
    c = np.append(cut.past[:, cut.k - 1], cut.ytd)
    if months is not None and cut.k > months:
        c = c - np.append(cut.past[:, cut.k - 1 - months], cut.current[cut.k - 1 - months])
    with np.errstate(divide="ignore", invalid="ignore"):
        g = np.diff(np.log(np.where(c > 0, c, np.nan)))
    if g.size < 3 or not np.isfinite(g[-1]):
        return np.nan, np.nan
    past = g[:-1][np.isfinite(g[:-1])][-RECENT_YEARS:]
    if past.size < 2:
        return np.nan, np.nan
    return float(g[-1] - past.mean()), float(past.std(ddof=1))


def _excess(dep: float, sd: float) -> float:
    """A departure's square beyond ``SHOCK_FREE`` times its usual square (0 where unknown)."""
    if not (np.isfinite(dep) and np.isfinite(sd)):
        return 0.0
    return max(0.0, dep**2 - SHOCK_FREE * sd**2)


def shock_variance(found: RawFit) -> float:
    """Variance added where this year departs from every recent year's pattern (a shock).

    The departure is this year's log growth to date over last year's same months, less the
    recent years' mean growth (``departure``); beyond ``SHOCK_FREE`` times its usual square,
    ``SHOCK_WEIGHT`` times the excess, carried to the share of the year still to come, is added
    to the variance: past errors say nothing about a year unlike them. The same on the last
    ``RECENT_MONTHS`` months alone, weighted ``SHOCK_RECENT``, catches a shock that began lately
    (diluted in the year to date). Net flows: none.
    """
    if found.net:
        return 0.0
    rest = 1.0 - np.exp(-max(found.center, 0.0))
    ytd = _excess(found.departure, found.departure_sd)
    recent = _excess(found.recent, found.recent_sd)
    return (SHOCK_WEIGHT * ytd + SHOCK_RECENT * recent) * rest**2


def untested_variance(found: RawFit) -> float:
    """Variance added where no past year could be tested (one prior year): the candidates'
    disagreement now (their variance about their mean, log points squared) times
    ``UNTESTED_SPREAD``; the stated spread alone would be the same for every series. Net
    flows and tested combinations: none."""
    if found.net or found.tested > 0 or not np.isfinite(found.spread_all):
        return 0.0
    return UNTESTED_SPREAD * found.spread_all


def _num(x: float | None) -> float:
    return np.nan if x is None else float(x)
