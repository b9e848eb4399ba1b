"""The pure work of a district run: project a chunk of towns, and sum the chunks into totals.

``project_chunk`` is the one function a runner maps over chunks, in this process or on a Dask
cluster; it depends only on its argument. Every town × indicator draws from its own generator
(``rng_for(indicator, town_seed(seed, town))``), so a town's draws are the same whichever chunk
or machine it ran in. A total is the sum of its towns' draws, draw by draw (coherent in every
draw); the chunks' partial sums are added in chunk order, so a run's totals depend only on the
data and the chunk size, never on the workers.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from forecast.actuals import Actuals
from forecast.catalogue import Catalogue
from forecast.checks import Check, check, checks_for
from forecast.errors import Problem
from forecast.projection import Projection, project_all
from forecast.table import projection_table
from forecast.targets import Target

__all__ = [
    "DISTRICT_NOTES",
    "SUM_METHOD",
    "Chunk",
    "ChunkResult",
    "Partial",
    "level_partner",
    "project_chunk",
    "total_projection",
    "town_seed",
]

SUM_METHOD = "sum"  # a total's method: the sum of its towns' draws
# notes a total may carry beyond projection.NOTES (text: note_<code>)
DISTRICT_NOTES = ("partly_projected", "growth_weighted")
EXTRA_COLUMNS = ("last_total", "task_progress_prev", "shortfall")


def town_seed(seed: int, town: str) -> int:
    """The seed of one town: the run's seed and the town's name, never its position."""
    return int(seed) * 2**32 + zlib.crc32(town.encode("utf-8"))


def level_partner(catalogue: Catalogue, indicator: str) -> str | None:
    """The level a growth-rate indicator is the growth of (``industry_va`` for
    ``industry_va_growth``), if the catalogue has it: its weights for a total."""
    if not indicator.endswith("_growth"):
        return None
    base = indicator.removesuffix("_growth")
    return base if base in catalogue and not catalogue[base].is_growth else None


@dataclass(frozen=True)
class Chunk:
    """Some towns and everything their projection needs (plain data, picklable)."""

    towns: tuple[tuple[str, Actuals], ...]
    targets: Mapping[str, Mapping[tuple[str, int], Target]]
    ancestors: Mapping[str, tuple[str, ...]]
    parent: Mapping[str, str]
    catalogue: Catalogue
    as_of: tuple[int, int]
    method: str = "auto"
    n: int = 2000
    seed: int = 0
    keep: bool = False  # return every town's projections (the app, tests); else rows only


@dataclass
class Partial:
    """The running sum of some towns' draws for one (total, indicator).

    Levels: ``paths`` sums cumulative draws for months as_of+1..12, ``ytd``/``this_year``/
    ``last_year`` the reported values. Growth rates (weighted by last year's level of their
    partner): ``paths`` sums level × (1 + growth), ``weight`` the levels, by month.
    """

    unit: str
    kind: str
    paths: np.ndarray
    ytd: float
    this_year: np.ndarray
    last_year: np.ndarray
    members: list[str]
    weight: np.ndarray | None = None  # growth: Σ last year's level, months 1..12
    ytd_weight: float = 0.0
    partly: bool = False
    valid: bool = True

    def add(self, other: Partial) -> None:
        if not (self.valid and other.valid) or self.paths.shape != other.paths.shape:
            self.valid = False
            return
        self.paths = self.paths + other.paths
        self.ytd += other.ytd
        self.this_year = self.this_year + other.this_year
        self.last_year = self.last_year + other.last_year
        self.members += other.members
        if self.weight is not None and other.weight is not None:
            self.weight = self.weight + other.weight
            self.ytd_weight += other.ytd_weight
        self.partly = self.partly or other.partly


@dataclass
class ChunkResult:
    """What a chunk sends back: its towns' table rows, partial sums for every total above
    them, the towns it could not project, and (``keep``) the towns' projections and checks."""

    rows: list[dict]
    partials: dict[tuple[str, str], Partial]
    dropped: dict[str, tuple[Problem, ...]]
    projections: dict[str, dict[str, Projection]] = field(default_factory=dict)
    checks: dict[str, dict[str, Check]] = field(default_factory=dict)
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    n_series: int = 0


def _aligned(p: Projection, k: int) -> tuple[np.ndarray, float, bool]:
    """Cumulative draws for months k+1..12 and the value at k (a median draw if the town has
    not reported month k yet)."""
    if p.as_of == k:
        return p.paths, p.ytd, False
    lag = k - p.as_of
    at_k = float(np.median(p.paths[:, lag - 1])) if lag <= p.paths.shape[1] else p.ytd
    return p.paths[:, lag:], at_k, True


def _contribution(
    town: str, p: Projection, mine: Mapping[str, Projection], catalogue: Catalogue, k: int
) -> Partial | None:
    if p.as_of > k:
        return None
    paths, at_k, partly = _aligned(p, k)
    if p.kind == "level":
        return Partial(
            p.unit, "level", paths, at_k, p.this_year, p.last_year, [town], None, 0, partly
        )
    partner = level_partner(catalogue, p.indicator)
    base = mine.get(partner) if partner else None
    weight = base.last_year if base is not None else np.full(12, np.nan)
    usable = bool(np.all(np.isfinite(weight[k - 1 :])) and np.all(weight[k - 1 :] > 0))
    if not usable:
        return Partial(p.unit, "growth", paths, 0.0, p.this_year, p.last_year, [town], valid=False)
    scaled = weight[k:] * (1 + paths / 100)
    this = weight * (1 + p.this_year / 100)
    ytd = weight[k - 1] * (1 + at_k / 100)
    nan12 = np.full(12, np.nan)
    return Partial(
        p.unit, "growth", scaled, ytd, this, nan12, [town], weight, weight[k - 1], partly
    )


def _extras(p: Projection, c: Check) -> dict:
    k = p.as_of
    base = c.target if p.kind == "level" else c.goal_value
    prev = p.this_year[k - 2] / base if k >= 2 and base and np.isfinite(base) else np.nan
    shortfall = np.nan
    if np.isfinite(c.target):
        gap = c.target - p.year_end
        shortfall = float(np.mean(np.maximum(gap, 0)))
    return {"last_total": p.last_total, "task_progress_prev": prev, "shortfall": shortfall}


def node_rows(
    node: str,
    parent: str,
    projections: Mapping[str, Projection],
    checks: Mapping[str, Check],
    catalogue: Catalogue,
) -> list[dict]:
    """A town's (or total's) rows of the district table: the stable columns plus its entity,
    its parent and the ranking's extras."""
    if not projections:
        return []
    table = projection_table(dict(projections), dict(checks), catalogue)
    rows = table.to_dict("records")
    for row in rows:
        i = row["indicator"]
        row.update(entity=node, parent=parent, **_extras(projections[i], checks[i]))
    return rows


def project_chunk(chunk: Chunk) -> ChunkResult:
    """Project every town of the chunk and add its draws into each total above it."""
    start, cpu = time.perf_counter(), time.process_time()
    rows: list[dict] = []
    partials: dict[tuple[str, str], Partial] = {}
    dropped: dict[str, tuple[Problem, ...]] = {}
    result = ChunkResult(rows, partials, dropped)
    k = chunk.as_of[1]
    for town, actuals in chunk.towns:
        try:
            mine = project_all(
                actuals, chunk.as_of, chunk.method, chunk.n, town_seed(chunk.seed, town)
            )
        except ValueError:  # nothing cumulative at the cut
            mine = {}
        if not mine:
            year = str(chunk.as_of[0])
            dropped[town] = (Problem(actuals.source, None, None, "entity_no_data", town, year),)
            continue
        checks = checks_for(mine, chunk.targets.get(town, {}), chunk.catalogue)
        rows += node_rows(town, chunk.parent.get(town, ""), mine, checks, chunk.catalogue)
        result.n_series += len(mine)
        for indicator, p in mine.items():
            part = _contribution(town, p, mine, chunk.catalogue, k)
            if part is None:
                continue
            for node in chunk.ancestors.get(town, ()):
                key = (node, indicator)
                if key in partials:
                    partials[key].add(part)
                else:
                    partials[key] = _copy(part)
        if chunk.keep:
            result.projections[town] = mine
            result.checks[town] = checks
    result.seconds = time.perf_counter() - start
    result.cpu_seconds = time.process_time() - cpu
    return result


def _copy(p: Partial) -> Partial:
    return Partial(
        p.unit,
        p.kind,
        p.paths.copy(),
        p.ytd,
        p.this_year.copy(),
        p.last_year.copy(),
        list(p.members),
        None if p.weight is None else p.weight.copy(),
        p.ytd_weight,
        p.partly,
        p.valid,
    )


def total_projection(indicator: str, part: Partial, year: int, k: int) -> Projection | None:
    """A total's projection from the sum of its towns (None where it cannot be summed: a
    growth rate some town has no level to weigh by)."""
    if not part.valid:
        return None
    notes = ["sum_of_children"]
    if part.partly:
        notes.append("partly_projected")
    if part.kind == "level":
        return Projection(
            indicator,
            year,
            k,
            SUM_METHOD,
            part.unit,
            "level",
            float(part.ytd),
            part.paths,
            part.last_year,
            part.this_year,
            np.nan,
            (),
            tuple(notes),
        )
    assert part.weight is not None
    paths = (part.paths / part.weight[k:] - 1) * 100
    this = (part.this_year / part.weight - 1) * 100
    ytd = (part.ytd / part.ytd_weight - 1) * 100
    notes.append("growth_weighted")
    return Projection(
        indicator,
        year,
        k,
        SUM_METHOD,
        part.unit,
        "growth",
        float(ytd),
        paths,
        np.full(12, np.nan),
        this,
        float(ytd),
        (),
        tuple(notes),
    )


def total_checks(
    projections: Mapping[str, Projection],
    targets: Mapping[tuple[str, int], Target],
    catalogue: Catalogue,
) -> dict[str, Check]:
    """A total's own targets checked against the sum of its towns."""
    return {
        i: check(p, targets.get((i, p.year)), catalogue.get_or_default(i).higher_is_better)
        for i, p in projections.items()
    }


def empty_rows() -> pd.DataFrame:
    from forecast.table import COLUMNS

    return pd.DataFrame(columns=["entity", "parent", *COLUMNS, *EXTRA_COLUMNS])
