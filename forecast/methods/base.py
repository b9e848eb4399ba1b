"""The one contract every projection method keeps.

A method sees a :class:`Cut` (complete past years and the current year up to the as-of month,
never anything later) and returns draws of the months still to come. Everything downstream
(quantiles, probabilities, scenarios) works from those draws, so all methods are
interchangeable. What a method can do beyond that (exact quantiles, a point usable by ``auto``,
how much history it needs, ...) it declares in its :class:`Abilities`; callers ask those,
never the method's type.

Methods hold parameters only: no fit is kept between calls, so one object can serve any number
of cuts in any order.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import ClassVar, Literal, Protocol, cast

import numpy as np
from scipy import stats

from forecast.panel import Panel, monthly_from_ytd

RECENT_YEARS = 6  # how many past years the seasonal methods learn from
PRIOR_WEIGHT = 2.0  # pseudo-errors a stated spread counts for beside rolling-origin errors

Kind = Literal["level", "growth"]
Equivariance = Literal["scale", "shift"]


@dataclass(frozen=True)
class Cut:
    """What a method may see when projecting ``year`` from month ``k``.

    ``past`` (n_years × 12): cumulative values of the years before ``year`` (may hold NaN);
    ``current`` (12,): this year's cumulative values, NaN after month ``k``. The values are
    levels for level methods, cumulative growth (%) for growth methods.
    """

    year: int
    k: int
    past: np.ndarray
    current: np.ndarray

    @property
    def ytd(self) -> float:
        """The cumulative value at month k."""
        return float(self.current[self.k - 1])

    @property
    def horizon(self) -> int:
        """How many months are still to come."""
        return 12 - self.k

    def complete_past(self, window: int | None = None) -> np.ndarray:
        """Past years whose month-k and December cumulative values are both known.

        ``window`` keeps only the most recent such years: seasonal patterns drift over decades.
        """
        p = self.past
        keep = np.isfinite(p[:, self.k - 1]) & np.isfinite(p[:, 11]) & (p[:, self.k - 1] > 0)
        found = p[keep]
        return found if window is None else found[-window:]


def cut_of(grid: np.ndarray, i: int, year: int, k: int) -> Cut:
    """The cut of row ``i`` of a cumulative grid (years × 12) at month ``k``.

    The rows before ``i`` are the past; row ``i`` is the current year with everything after
    month ``k`` hidden. Both are copies, so a cut never changes with the grid it came from.
    """
    current = grid[i].copy()
    current[k:] = np.nan
    return Cut(year, k, grid[:i].copy(), current)


def make_cut(panel: Panel, year: int, k: int, kind: Kind = "level") -> Cut:
    """The cut of ``panel`` at (year, k): nothing after month k of ``year`` is visible.

    ``kind`` picks the grid: cumulative levels, or for a growth indicator cumulative growth (%).
    """
    i = panel.row(year)
    if i is None:
        raise ValueError(f"{panel.indicator}: no data for {year}")
    return cut_of(panel.ytd if kind == "level" else panel.growth, i, year, k)


def rng_for(key: str, seed: int) -> np.random.Generator:
    """A generator that depends only on the seed and the key (an indicator), so runs reproduce."""
    return np.random.default_rng([seed, zlib.crc32(key.encode())])


@dataclass(frozen=True)
class Abilities:
    """What a method declares it can do; code asks these instead of checking types.

    ``kind``: "level" methods draw monthly amounts of a cumulative level; "growth" methods draw
    the cumulative growth path (%) itself, since growth does not add up over months.
    ``closed_form``: has ``distribution(cut) -> LogMultiple``, so quantiles are exact.
    ``has_center``: has ``center(cut) -> float | None``, a log-multiple point ``auto`` can weigh.
    ``combines``: weighs other methods; its :class:`Simulation` names their weights.
    ``min_prior_years``: complete past years its own model needs; with fewer it falls back to a
    simpler method (it still projects).
    ``negative_months``: projects a net flow (a month below zero, or a year-to-date below zero)
    with its additive form (:class:`Additive`, no log of a non-positive amount is taken);
    without it, ``for_cut`` puts a method that can in its place.
    ``selectable``: offered to users; internal methods are chosen by the code (``for_cut``) or
    serve as ``auto``'s candidates.
    ``untested_weight``: as an ``auto`` candidate, its weight until its own past errors are known.
    ``equivariance``: "scale" — the history times c gives draws times c; "shift" (growth, in
    percentage points) — the history plus c gives draws plus c.
    """

    kind: Kind = "level"
    closed_form: bool = False
    has_center: bool = False
    combines: bool = False
    min_prior_years: int = 0
    negative_months: bool = False
    selectable: bool = True
    untested_weight: float = 1.0
    equivariance: Equivariance = "scale"


@dataclass(frozen=True, eq=False)
class Simulation:
    """A method's draws at one cut: cumulative ``paths`` (n × (12−k)) for months k+1..12 (the
    level in the indicator's unit, or growth in %), and the weights of the methods it combined
    (empty unless it ``combines``)."""

    paths: np.ndarray
    weights: tuple[tuple[str, float], ...] = ()


class Method(Protocol):
    """Projection method: draws of the months to come, one row per draw."""

    @property
    def name(self) -> str: ...

    @property
    def abilities(self) -> Abilities: ...

    def simulate(self, cut: Cut, n: int, rng: np.random.Generator) -> np.ndarray:
        """Draws of months k+1..12 (n × (12−k)): amounts in the indicator's unit (level
        methods), or the cumulative growth path in % (growth methods)."""
        ...

    def project(self, cut: Cut, n: int, rng: np.random.Generator) -> Simulation:
        """The cumulative paths of the draws, with the weights of any methods combined."""
        ...


class ClosedForm(Method, Protocol):
    """A method whose ``abilities.closed_form`` is set."""

    def distribution(self, cut: Cut) -> Distribution:
        """Distribution of log(year-end / ytd) at ``cut``, or of year-end − ytd for a net flow."""
        ...


def distribution_of(method: Method, cut: Cut) -> Distribution | None:
    """``method``'s exact distribution at ``cut`` where it declares one (closed form), else None."""
    if not method.abilities.closed_form:
        return None
    return cast(ClosedForm, method).distribution(cut)


class AmountMethod:
    """Base of the level methods: they draw monthly amounts; the paths are their running sum."""

    name: ClassVar[str] = "amount"
    abilities: ClassVar[Abilities] = Abilities()

    def simulate(self, cut: Cut, n: int, rng: np.random.Generator) -> np.ndarray:
        raise NotImplementedError

    def project(self, cut: Cut, n: int, rng: np.random.Generator) -> Simulation:
        """Paths = ytd + running sum of the drawn monthly amounts."""
        return Simulation(cut.ytd + np.cumsum(self.simulate(cut, n, rng), axis=1))


def stratified_t(n: int, df: float, rng: np.random.Generator) -> np.ndarray:
    """n draws of Student's t at evenly spaced probabilities, shuffled.

    Evenly spaced draws make quantiles exact up to 1/n instead of carrying Monte Carlo noise.
    ``df = inf`` gives the normal distribution.
    """
    u = (np.arange(n) + 0.5) / n
    draws = stats.norm.ppf(u) if not np.isfinite(df) else stats.t.ppf(u, df)
    return rng.permutation(draws)


def remaining_profile(cut: Cut) -> np.ndarray:
    """How the rest of the year's amount splits over months k+1..12, from past years.

    Averages each past year's split; equal split with no usable history.
    """
    past = cut.complete_past(RECENT_YEARS)
    h = cut.horizon
    if past.shape[0] == 0 or h == 0:
        return np.full(h, 1.0 / max(h, 1))
    monthly = monthly_from_ytd(past)[:, cut.k :]
    rest = monthly.sum(axis=1, keepdims=True)
    ok = (rest[:, 0] > 0) & np.isfinite(monthly).all(axis=1)
    if not ok.any():
        return np.full(h, 1.0 / h)
    shares = np.clip((monthly[ok] / rest[ok]).mean(axis=0), 0, None)
    return shares / shares.sum()


def spread_remaining(cut: Cut, year_end: np.ndarray) -> np.ndarray:
    """Monthly draws (n × (12−k)) that add up to each year-end draw, split by the usual profile."""
    rest = year_end - cut.ytd
    return rest[:, None] * remaining_profile(cut)[None, :]


def prior_log_sd(k: int) -> float:
    """Log-scale spread of the year-end multiple when history cannot tell (wide on purpose)."""
    return 0.30 * np.sqrt((12 - k) / k)


@dataclass(frozen=True)
class LogMultiple:
    """Predictive distribution of log(year-end / ytd): ``center + scale · t(df)``."""

    center: float
    scale: float
    df: float = np.inf


@dataclass(frozen=True)
class Additive:
    """Predictive distribution of a net flow's amount still to come (year-end − ytd, in the
    indicator's unit): ``center + scale · t(df)``; any sign, nothing clipped."""

    center: float
    scale: float
    df: float = np.inf


Distribution = LogMultiple | Additive


def is_net(cut: Cut) -> bool:
    """Whether ``cut`` shows a net flow: a visible month below zero, or a year-to-date below
    zero. Such a cut is projected additively (months may go either way)."""
    if np.isfinite(cut.ytd) and cut.ytd < 0:
        return True
    rows = np.vstack([cut.past, cut.current[None, :]])
    with np.errstate(invalid="ignore"):
        return bool((monthly_from_ytd(rows) < 0).any())


def log_multiples(cut: Cut, window: int | None = RECENT_YEARS) -> np.ndarray:
    """log(December / month-k cumulative) of each complete recent past year, oldest first."""
    past = cut.complete_past(window)
    return np.log(past[:, 11] / past[:, cut.k - 1])


def draws_from_log_multiple(
    cut: Cut, dist: LogMultiple, n: int, rng: np.random.Generator
) -> np.ndarray:
    """Monthly draws whose year-end totals follow ``ytd · exp(dist)``, never below ytd."""
    log_m = dist.center + dist.scale * stratified_t(n, dist.df, rng)
    year_end = cut.ytd * np.exp(np.maximum(log_m, 0.0))
    return spread_remaining(cut, year_end)


def usual_rest(cut: Cut) -> np.ndarray:
    """The mean amount of each month k+1..12 over the recent past years that know them all
    (zeros where none does): a net flow's usual shape of the rest of the year."""
    h = cut.horizon
    monthly = monthly_from_ytd(cut.past)[:, cut.k :]
    known = monthly[np.isfinite(monthly).all(axis=1)][-RECENT_YEARS:]
    return known.mean(axis=0) if known.shape[0] else np.zeros(h)


def draws_additive(cut: Cut, dist: Additive, n: int, rng: np.random.Generator) -> np.ndarray:
    """Monthly draws whose sums follow ``dist`` (any sign): the usual shape of the rest of the
    year, each draw's departure from it shared by the months' usual size."""
    rest = dist.center + dist.scale * stratified_t(n, dist.df, rng)
    base = usual_rest(cut)
    size = np.abs(base)
    w = size / size.sum() if size.sum() > 0 else np.full(cut.horizon, 1.0 / cut.horizon)
    return base[None, :] + (rest - base.sum())[:, None] * w[None, :]


def draws_of(cut: Cut, dist: Distribution, n: int, rng: np.random.Generator) -> np.ndarray:
    """Monthly draws (n × (12−k)) that follow a closed-form distribution of either kind."""
    if cut.horizon == 0:
        return np.zeros((n, 0))
    if isinstance(dist, Additive):
        return draws_additive(cut, dist, n, rng)
    return draws_from_log_multiple(cut, dist, n, rng)


class MultipleMethod(AmountMethod):
    """Base for methods defined by a closed-form distribution of the year-end multiple.

    A subclass gives ``multiple(cut)``; one that can project net flows also gives
    ``additive(cut)`` and declares ``negative_months``. ``distribution`` picks by the cut.
    """

    name: ClassVar[str] = "multiple"
    abilities: ClassVar[Abilities] = Abilities(closed_form=True)

    def multiple(self, cut: Cut) -> LogMultiple:
        raise NotImplementedError

    def additive(self, cut: Cut) -> Additive:
        raise NotImplementedError(f"{self.name} cannot project a net flow")

    def center(self, cut: Cut) -> float | None:
        """The centre of ``multiple(cut)`` as ``auto``'s point (read where ``has_center`` is
        declared); None without a complete past year, or for a net flow, which has no log
        multiple. Methods with a point of their own override it."""
        if is_net(cut) or log_multiples(cut).size == 0:
            return None
        return self.multiple(cut).center

    def distribution(self, cut: Cut) -> Distribution:
        """The log multiple, or for a net flow (:func:`is_net`) the additive form."""
        return self.additive(cut) if is_net(cut) else self.multiple(cut)

    def simulate(self, cut: Cut, n: int, rng: np.random.Generator) -> np.ndarray:
        """Monthly draws that follow ``distribution(cut)``."""
        if cut.horizon == 0:
            return np.zeros((n, 0))
        return draws_of(cut, self.distribution(cut), n, rng)
