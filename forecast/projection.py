"""Year-end projections with their full predictive distribution, and the target checks.

``project`` runs one method on one indicator's panel; ``project_all`` does every indicator
and keeps parents equal to the sum of their children (两税 = 国税 + 地税) in every draw.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace

import numpy as np

from forecast.actuals import Actuals
from forecast.catalogue import Catalogue, Indicator
from forecast.methods import for_cut
from forecast.methods.base import make_cut, rng_for
from forecast.panel import Panel, panels

__all__ = [
    "NOTES",
    "N_DRAWS",
    "QUANTILES",
    "Projection",
    "project",
    "project_all",
    "reconcile",
    "rng_for",
]

QUANTILES = (0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95)
N_DRAWS = 2000
# every code a projection's ``notes`` may hold (the text for each is ``note_<code>``)
NOTES = ("no_history", "short_history", "sum_of_children", "children_disagree")


@dataclass(frozen=True)
class Projection:
    """An indicator's projection from month ``as_of`` of ``year`` to December.

    ``paths`` (n × (12−as_of)) holds draws of the cumulative value for months as_of+1..12: the
    year-to-date level in the indicator's unit, or for a growth indicator the cumulative growth
    in %. ``last_year`` and ``this_year`` are the cumulative values reported by month (NaN where
    unknown; this year's stop at as_of).
    """

    indicator: str
    year: int
    as_of: int
    method: str
    unit: str
    kind: str  # "level" or "growth"
    ytd: float
    paths: np.ndarray
    last_year: np.ndarray = field(default_factory=lambda: np.full(12, np.nan))
    this_year: np.ndarray = field(default_factory=lambda: np.full(12, np.nan))
    growth_ytd: float = np.nan
    weights: tuple[tuple[str, float], ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def n(self) -> int:
        return self.paths.shape[0]

    @property
    def months(self) -> np.ndarray:
        return np.arange(self.as_of + 1, 13)

    @property
    def year_end(self) -> np.ndarray:
        """Draws of the December cumulative value (level, or growth in %)."""
        if self.paths.shape[1] == 0:
            return np.full(self.n, self.ytd)
        return self.paths[:, -1]

    @property
    def monthly(self) -> np.ndarray:
        """Draws of each remaining month's own amount (levels only)."""
        start = np.full((self.n, 1), self.ytd)
        return np.diff(np.hstack([start, self.paths]), axis=1)

    def quantiles(self, qs: Iterable[float] = QUANTILES) -> np.ndarray:
        return np.quantile(self.year_end, list(qs))

    @property
    def point(self) -> float:
        """The median year-end value: the point of every table."""
        return float(np.median(self.year_end))

    def path_quantiles(self, qs: Iterable[float] = QUANTILES) -> np.ndarray:
        """Quantiles (len(qs) × (12−as_of)) of the cumulative path."""
        return np.quantile(self.paths, list(qs), axis=0) if self.paths.size else np.empty((0, 0))

    @property
    def last_total(self) -> float:
        return float(self.last_year[11])

    def growth_draws(self) -> np.ndarray | None:
        """Draws of the year-end cumulative growth (%), where it can be known.

        A growth indicator's draws are growth already. For levels, the reported cumulative
        growth at as_of (if any) is carried by the ratio of this year's and last year's
        year-end multiples, so revised past levels do not leak in; otherwise growth comes from
        last year's December level.
        """
        if self.kind == "growth":
            return self.year_end
        last_k, last_total = self.last_year[self.as_of - 1], self.last_total
        if not np.isfinite(last_total) or last_total <= 0:
            return None
        if np.isfinite(self.growth_ytd) and np.isfinite(last_k) and last_k > 0 and self.ytd > 0:
            ratio = (self.year_end / self.ytd) / (last_total / last_k)
            return ((1 + self.growth_ytd / 100) * ratio - 1) * 100
        return (self.year_end / last_total - 1) * 100

    def with_paths(self, paths: np.ndarray, method: str | None = None) -> Projection:
        return replace(self, paths=paths, method=method or self.method)


def project(
    panel: Panel,
    info: Indicator,
    year: int,
    k: int,
    method: str = "auto",
    n: int = N_DRAWS,
    seed: int = 0,
) -> Projection:
    """Project one indicator's year-end from month ``k`` of ``year`` (nothing later is used).

    ``method`` names a user-selectable method; :func:`forecast.methods.for_cut` may put an
    internal one in its place (growth indicators, a year with nothing reported yet), and the
    projection names the method that ran.
    """
    rng = rng_for(panel.indicator, seed)
    if not panel.has_levels or info.is_growth:
        return _project_growth(panel, year, k, method, n, rng)
    i = panel.row(year)
    last_year = panel.ytd[i - 1].copy() if i else np.full(12, np.nan)
    cut = make_cut(panel, year, k)
    if not np.isfinite(cut.ytd):
        raise ValueError(f"{panel.indicator}: no cumulative value for {year}-{k:02d}")
    chosen = for_cut(method, cut)
    notes: list[str] = []
    known_years = int(np.isfinite(cut.past[:, 11]).sum())
    if known_years == 0:
        notes.append("no_history")
    elif known_years < 3:
        notes.append("short_history")
    sim = chosen.project(cut, n, rng)
    growth_ytd = panel.growth[i, k - 1] if panel.has_growth else np.nan
    return Projection(
        panel.indicator,
        year,
        k,
        chosen.name,
        info.unit,
        "level",
        cut.ytd,
        sim.paths,
        last_year,
        cut.current,
        float(growth_ytd),
        sim.weights,
        tuple(notes),
    )


def _project_growth(
    panel: Panel, year: int, k: int, method: str, n: int, rng: np.random.Generator
) -> Projection:
    """A growth indicator's projection: its history is its cumulative growth, in %."""
    i = panel.row(year)
    last_year = panel.growth[i - 1].copy() if i else np.full(12, np.nan)
    cut = make_cut(panel, year, k, "growth")
    if not np.isfinite(cut.ytd):
        raise ValueError(f"{panel.indicator}: no cumulative growth for {year}-{k:02d}")
    chosen = for_cut(method, cut, "growth")
    past = np.isfinite(cut.past[:, [k - 1, 11]]).all(axis=1).sum()
    notes = ("no_history",) if past < chosen.abilities.min_prior_years else ()
    sim = chosen.project(cut, n, rng)
    return Projection(
        panel.indicator,
        year,
        k,
        chosen.name,
        "%",
        "growth",
        cut.ytd,
        sim.paths,
        last_year,
        cut.current,
        cut.ytd,
        sim.weights,
        notes,
    )


def project_all(
    actuals: Actuals,
    as_of: tuple[int, int] | None = None,
    method: str = "auto",
    n: int = N_DRAWS,
    seed: int = 0,
    progress: Callable[[Iterable], Iterable] | None = None,
    on_error: Callable[[str, Exception], None] | None = None,
) -> dict[str, Projection]:
    """Project every indicator; parents are reconciled with their children in every draw.

    ``as_of`` (year, month) cuts every indicator there; by default each indicator is cut at its
    own last reported month. Indicators with nothing reported in the as-of year are skipped.
    A method failing on one indicator raises, unless ``on_error`` is given: it is then told the
    indicator and the error, and that indicator alone is left out (draws are seeded by
    indicator, so the others' figures do not depend on it).
    """
    data = actuals.until(*as_of) if as_of else actuals
    all_panels = panels(data)
    items: Iterable = all_panels.items()
    if progress is not None:
        items = progress(list(items))
    out: dict[str, Projection] = {}
    for indicator, panel in items:
        last = panel.last_month()
        if last is None:
            continue
        year, k = last
        if as_of and year != as_of[0]:
            continue
        try:
            out[indicator] = project(panel, data.catalogue[indicator], year, k, method, n, seed)
        except Exception as e:  # any failure of a method on this series
            if on_error is None:
                raise
            on_error(indicator, e)
    return reconcile(out, data.catalogue)


def reconcile(
    projections: dict[str, Projection],
    catalogue: Catalogue,
    changed: Collection[str] | None = None,
) -> dict[str, Projection]:
    """Make each parent equal the sum of its children, draw by draw and month by month: the
    one home of that rule, for fresh projections and after a scenario's assumptions.

    Fresh (``changed`` None): draws are paired by rank of their year-end value; the parent's
    own distribution is kept (it was backtested on its own history) and each child's draw is
    scaled by the same factor, so children keep their shares. Without its own projection, a
    parent is the children's sum.

    After assumptions (``changed`` = the indicators they changed; draws already paired): a
    parent whose children changed becomes their sum (its own ytd kept); a parent changed alone
    is shared out over its children as above; a family nothing changed is left as it is.
    """
    out = dict(projections)
    for parent in {i.parent for i in catalogue.indicators if i.parent}:
        kids = [out[c.id] for c in catalogue.children(parent) if c.id in out]
        if not kids or len({(p.year, p.as_of, p.n) for p in kids}) != 1 or kids[0].kind != "level":
            continue
        if changed is not None:
            if parent not in out or out[parent].kind != "level":
                continue
            if any(k.indicator in changed for k in kids):
                mine = out[parent]
                total = sum(k.paths for k in kids)
                out[parent] = mine.with_paths(total - sum(k.ytd for k in kids) + mine.ytd)
                continue
            if parent not in changed:
                continue
        out.update(_share_out(parent, out.get(parent), kids))
    return out


def _share_out(
    parent: str, mine: Projection | None, kids: list[Projection]
) -> dict[str, Projection]:
    """A parent and its children with draws paired by rank and the parent's total shared out."""
    ranked = [k.paths[np.argsort(k.year_end)] for k in kids]
    total = sum(ranked)
    kid_ytd = sum(k.ytd for k in kids)
    if mine is None:
        return {
            parent: replace(
                kids[0],
                indicator=parent,
                ytd=kid_ytd,
                paths=total,
                weights=(),
                last_year=sum(k.last_year for k in kids),
                this_year=sum(k.this_year for k in kids),
                growth_ytd=np.nan,
                notes=("sum_of_children",),
            )
        }
    if (mine.year, mine.as_of, mine.n) != (kids[0].year, kids[0].as_of, kids[0].n):
        return {}
    target = mine.paths[np.argsort(mine.year_end)]
    # rescale the part still to come, so each child's ytd stays exactly as reported; in a draw
    # where no child has anything still to come (each at its floor), the parent's rest is
    # shared out by the children's mean shares of it (equally where those are zero too)
    rest = total - kid_ytd
    usual = [np.mean(paths - kid.ytd, axis=0) for kid, paths in zip(kids, ranked, strict=True)]
    usual_sum = sum(usual)
    out = {}
    for kid, paths, mean_rest in zip(kids, ranked, usual, strict=True):
        fallback = np.where(
            usual_sum != 0, mean_rest / np.where(usual_sum != 0, usual_sum, 1.0), 1.0 / len(kids)
        )
        share = np.where(rest != 0, (paths - kid.ytd) / np.where(rest != 0, rest, 1.0), fallback)
        out[kid.indicator] = kid.with_paths(kid.ytd + share * (target - mine.ytd))
    notes = mine.notes
    if abs(kid_ytd - mine.ytd) > 1e-9 * max(1.0, abs(mine.ytd)):
        notes = (*notes, "children_disagree")
    # the parent's draws in rank order, so draw j of parent and children belong together
    out[parent] = replace(mine, paths=target, notes=notes)
    return out
