"""Applying a scenario: a pure function of (scenario, actuals, targets).

Assumptions act on the model's draws of the remaining months, so they shift and reshape the
predictive distribution; only months the user fixes lose their uncertainty. The result is the
same kind of projection as the baseline, so every table, chart and export treats both alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

import numpy as np

from forecast.actuals import Actuals
from forecast.catalogue import Catalogue
from forecast.checks import Check, checks_for
from forecast.errors import DataError, Problem
from forecast.methods import METHODS
from forecast.panel import Panel, monthly_from_ytd, panels
from forecast.projection import N_DRAWS, Projection, project, project_all, reconcile
from forecast.targets import Target
from scenarios.model import ALL_GROUPS, Assumption, GroupShock, Profile, Scenario


@dataclass(frozen=True)
class ScenarioResult:
    """Projections and target checks of every indicator under one scenario."""

    scenario: Scenario
    projections: Mapping[str, Projection]
    checks: Mapping[str, Check]


def validate_scenario(
    scenario: Scenario,
    projections: Mapping[str, Projection],
    catalogue: Catalogue,
    source: str = "scenario",
) -> list[Problem]:
    """Problems of a scenario against the data it is applied to (field names as JSON paths)."""
    problems = []

    def bad(where: str, code: str, value: str = "", detail: str = "") -> None:
        problems.append(Problem(source, None, where, code, value, detail))

    groups = {i.group for i in catalogue.indicators} | {ALL_GROUPS}
    for i, g in enumerate(scenario.group_shocks):
        if g.group not in groups:
            bad(f"group_shocks[{i}].group", "scenario_indicator", g.group)
    for ind, a in scenario.indicators.items():
        where = f"indicators.{ind}"
        p = projections.get(ind)
        if p is None:
            bad(where, "scenario_indicator", ind)
            continue
        if a.method is not None and a.method not in METHODS:
            bad(f"{where}.method", "scenario_method", a.method)
        if p.kind == "growth" and a.touches_levels:
            bad(where, "scenario_levels")
        months = [(f"{where}.growth_by_month.{m}", m) for m in a.growth_by_month]
        months += [(f"{where}.one_offs[{j}].month", o.month) for j, o in enumerate(a.one_offs)]
        months += [(f"{where}.shocks[{j}].start", s.start) for j, s in enumerate(a.shocks)]
        months += [(f"{where}.fixed.{m}", m) for m in a.fixed]
        for field_name, month in months:
            if month <= p.as_of:
                bad(field_name, "scenario_reported", str(month), str(p.as_of))
    return problems


def apply_scenario(
    scenario: Scenario,
    actuals: Actuals,
    targets: Mapping[tuple[str, int], Target] | None = None,
    baseline: Mapping[str, Projection] | None = None,
    as_of: tuple[int, int] | None = None,
    method: str = "auto",
    n: int = N_DRAWS,
    seed: int = 0,
    source: str = "scenario",
) -> ScenarioResult:
    """Project every indicator under ``scenario``; raises DataError if it does not fit the data.

    ``baseline`` (the model's projections of ``actuals``) may be passed to save recomputing it.
    """
    data = actuals.until(*as_of) if as_of else actuals
    base = dict(baseline) if baseline is not None else project_all(data, as_of, method, n, seed)
    problems = validate_scenario(scenario, base, data.catalogue, source)
    if problems:
        raise DataError(problems)
    grid: dict[str, Panel] = {}  # built only if an assumption needs the history
    out: dict[str, Projection] = {}
    changed: set[str] = set()
    for ind, p in base.items():
        info = data.catalogue.get_or_default(ind)
        a = scenario.assumption(ind)
        shocks = scenario.shocks_reaching(info.group)
        if a == Assumption() and not shocks:
            out[ind] = p
            continue
        changed.add(ind)
        needs_history = (a.method is not None and a.method != p.method) or (
            a.profile is not None and a.profile.kind == "average"
        )
        if needs_history and not grid:
            grid = panels(data)
        if a.method is not None and a.method != p.method:
            p = project(grid[ind], info, p.year, p.as_of, a.method, p.n, seed)
        out[ind] = apply_assumption(p, a, shocks, grid.get(ind))
    out = reconcile(out, data.catalogue, changed)
    return ScenarioResult(scenario, out, checks_for(out, dict(targets or {}), data.catalogue))


def apply_assumption(
    p: Projection, a: Assumption, group_shocks: list[GroupShock] = (), panel: Panel | None = None
) -> Projection:
    """One indicator's projection under its assumption and the group shocks that reach it."""
    if p.as_of == 12:
        return p
    if p.kind == "growth":
        return _apply_growth_kind(p, a)
    months = p.months
    m = p.monthly.copy()
    if a.profile is not None:
        m = m.sum(axis=1, keepdims=True) * profile_weights(a.profile, p, panel)[None, :]
    if a.quantile is not None:
        rest = m.sum(axis=1)
        m *= np.quantile(rest, a.quantile) / np.median(rest)
    rates = np.array([np.nan if a.growth_for(x) is None else a.growth_for(x) for x in months])
    if np.isfinite(rates).any():
        last = monthly_from_ytd(p.last_year)[months - 1]
        use = np.isfinite(rates)
        if not np.isfinite(last[use]).all():
            raise DataError([Problem("scenario", None, p.indicator, "scenario_growth_base")])
        m[:, use] = last[use] * (1 + rates[use] / 100) * relative_noise(m[:, use])
    for s in [*group_shocks, *a.shocks]:
        hit = (months >= s.start) & (months <= s.end)
        m[:, hit] *= 1 + s.pct / 100
    for month, amount in a.fixed.items():
        m[:, month - p.as_of - 1] = amount
    for o in a.one_offs:
        m[:, o.month - p.as_of - 1] += o.amount
    return p.with_paths(p.ytd + np.cumsum(m, axis=1))


def apply_to_one(scenario: Scenario, p: Projection, catalogue: Catalogue) -> Projection:
    """One projection under the scenario's assumption on it (its method aside) and the group
    shocks reaching it; parents are not re-summed here (the 情景 page's quick preview)."""
    a = replace(scenario.assumption(p.indicator), method=None)
    shocks = scenario.shocks_reaching(catalogue.get_or_default(p.indicator).group)
    if a == Assumption() and not shocks:
        return p
    return apply_assumption(p, a, shocks)


def implied_growth(p: Projection) -> float | None:
    """The model's growth (%) of the remaining months over last year's same months (the
    median draw); None for growth indicators, a finished year or an unknown last year."""
    if p.kind != "level" or p.as_of == 12:
        return None
    last = monthly_from_ytd(p.last_year)[p.as_of :]
    if not np.isfinite(last).all() or last.sum() <= 0:
        return None
    rest = float(np.median(p.year_end)) - p.ytd
    return (rest / float(last.sum()) - 1) * 100


def relative_noise(monthly: np.ndarray) -> np.ndarray:
    """Each draw's month over that month's median draw: the model's uncertainty, kept when an
    assumption moves the centre (1 where the median is not positive)."""
    median = np.median(monthly, axis=0)
    return np.divide(monthly, median, out=np.ones_like(monthly), where=median > 0)


def profile_weights(profile: Profile, p: Projection, panel: Panel | None) -> np.ndarray:
    """How the remaining amount splits over months as_of+1..12 under ``profile``."""
    k = p.as_of
    if profile.kind == "custom":
        raw = np.asarray(profile.shares, dtype=float)[k:]
    elif profile.kind == "last_year":
        raw = monthly_from_ytd(p.last_year)[k:]
    else:
        history = panel.ytd[: panel.row(p.year)] if panel is not None else p.last_year[None, :]
        monthly = monthly_from_ytd(history)[-profile.years :, k:]
        rest = monthly.sum(axis=1, keepdims=True)
        ok = np.isfinite(monthly).all(axis=1) & (rest[:, 0] > 0)
        raw = (monthly[ok] / rest[ok]).mean(axis=0) if ok.any() else np.full(12 - k, np.nan)
    if not np.isfinite(raw).all() or raw.sum() <= 0:
        raise DataError(
            [
                Problem(
                    "scenario",
                    None,
                    p.indicator,
                    "scenario_profile",
                    detail="no_history",  # worded by presentation
                )
            ]
        )
    return raw / raw.sum()


def _apply_growth_kind(p: Projection, a: Assumption) -> Projection:
    """Growth-rate indicators: the cumulative growth path under the remaining months' growth."""
    paths = p.paths.copy()
    if a.quantile is not None:
        paths += np.quantile(p.year_end, a.quantile) - np.median(p.year_end)
    rates = [a.growth_for(x) for x in p.months]
    if any(r is not None for r in rates):
        # cumulative growth as the month-weighted mean of each month's own growth (levels are
        # unknown for these indicators); the model's spread around its median path is kept
        centre = np.median(paths, axis=0)
        sums = np.concatenate([[p.ytd * p.as_of], centre * p.months])
        implied = np.diff(sums)
        monthly = np.array([implied[j] if r is None else r for j, r in enumerate(rates)])
        paths = (p.ytd * p.as_of + np.cumsum(monthly)) / p.months + (paths - centre)
    return p.with_paths(paths)


__all__ = [
    "ScenarioResult",
    "apply_assumption",
    "apply_scenario",
    "apply_to_one",
    "implied_growth",
    "profile_weights",
    "relative_noise",
    "validate_scenario",
]
