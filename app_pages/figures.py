"""The session's figures: projections and checks under the active scenario (or another),
another method's projection, the method table, the chart, goal seek and the comparison.

Each call turns the ``Session`` into the keys of a cached call (``cached``) and shows what
went wrong on the page (a failed projection, a scenario that does not fit the data).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import streamlit as st

from app_pages import cached
from app_pages.state import Session
from forecast.alternatives import MethodRow
from forecast.checks import Check
from forecast.errors import Problem
from forecast.projection import Projection
from presentation.problems import describe, dropped_sentence
from presentation.scenario_text import goal_sentence, scenario_label
from presentation.text import t
from scenarios.apply import ScenarioResult
from scenarios.builtins import BASELINE
from scenarios.edit import fingerprint
from scenarios.model import Scenario, to_json
from scenarios.solve import GoalSeek


@dataclass(frozen=True)
class Results:
    """Projections and checks; ``problems`` say why a scenario could not be applied (the
    figures are then the baseline's)."""

    projections: dict[str, Projection]
    checks: dict[str, Check]
    problems: tuple[Problem, ...] = ()


def problems_text(problems: Sequence[Problem], lang: str) -> str:
    """Why a scenario does not fit the data, on one line, in the session's language."""
    return "; ".join(describe(p, lang) for p in problems)


def baseline_results(s: Session, method: str = "auto") -> Results | None:
    """The model's projections and checks of the session's data, no scenario (cached)."""
    try:
        projections, found, dropped = cached.baseline(
            s.actuals_key, s.targets_key, s.as_of, method, s.actuals, s.targets
        )
    except ValueError as e:
        st.error(t("projection_failed", s.lang, error=e))
        return None
    if dropped:  # one bad series never stops the rest: say which were left out
        st.warning(dropped_sentence(dropped, s.actuals.catalogue, s.lang))
    if not projections:
        st.warning(t("no_projection", s.lang))
        return None
    return Results(projections, found)


def scenario_results(
    s: Session, base: Results, scenario: Scenario, method: str = "auto"
) -> Results:
    """``scenario`` applied to the baseline results (cached by what the scenario assumes)."""
    if scenario.is_baseline:
        return base
    projections, checks, problems = cached.applied(
        s.actuals_key,
        s.targets_key,
        s.as_of,
        method,
        fingerprint(scenario),
        s.actuals,
        s.targets,
        scenario,
        base.projections,
    )
    if problems:
        return Results(base.projections, base.checks, tuple(problems))
    return Results(projections, checks)


def results(s: Session, method: str = "auto") -> Results | None:
    """Projections and checks under the active scenario (cached by the content of the data and
    the scenario); shows failures. A scenario that does not fit the data falls back to the
    baseline with a warning."""
    base = baseline_results(s, method)
    if base is None or s.scenario.is_baseline:
        return base
    applied = scenario_results(s, base, s.scenario, method)
    if applied.problems:
        error = problems_text(applied.problems, s.lang)
        st.warning(t("scenario_not_applied", s.lang, name=s.scenario_label, error=error))
    return applied


def overview_view(s: Session, r: Results) -> cached.OverviewView:
    """The overview's count line, cards and table of ``r`` (cached across sessions)."""
    key = fingerprint(BASELINE) if r.problems else s.scenario_key  # fell back to the baseline
    return cached.overview_view(
        s.actuals_key,
        s.targets_key,
        s.as_of,
        key,
        s.lang,
        r.projections,
        r.checks,
        s.actuals.catalogue,
    )


def method_rows(s: Session, r: Results, indicator: str) -> list[MethodRow]:
    """Every method's projection of ``indicator``, with its skill (cached)."""
    p = r.projections[indicator]
    target = s.targets.get((indicator, p.year))
    return cached.method_rows(
        s.actuals_key, s.targets_key, s.as_of, indicator, s.scenario_key, s.actuals, p, target
    )


def chart_specs(
    s: Session, p: Projection, c: Check, scenario: Scenario | None = None, narrow: bool = False
) -> tuple[dict, dict]:
    """The indicator chart and its year-end inset (its own y-range, the gap to the target) as
    Vega-Lite specs, built and validated once per figure, of a projection under ``scenario``
    (the active one unless given); ``narrow`` for a chart in a column."""
    key = fingerprint(scenario) if scenario is not None else s.scenario_key
    return cached.chart_specs(
        s.actuals_key,
        s.targets_key,
        s.as_of,
        p.indicator,
        p.method,
        s.lang,
        key,
        narrow,
        s.actuals,
        p,
        c,
    )


def projection_with(s: Session, r: Results, indicator: str, method: str) -> Projection:
    """The indicator's projection with ``method`` (the reconciled one for auto), under the
    active scenario's assumptions on it."""
    p = r.projections[indicator]
    if method == p.method:
        return p
    return cached.project_one(
        s.actuals_key, s.as_of, indicator, method, s.scenario_key, s.actuals, p, s.scenario
    )


def model_projection(s: Session, base: Results, indicator: str, method: str | None) -> Projection:
    """The model's projection of ``indicator`` with ``method`` (the baseline's if None)."""
    p = base.projections[indicator]
    if method is None or method == p.method:
        return p
    return cached.project_one(
        s.actuals_key, s.as_of, indicator, method, "baseline", s.actuals, p, BASELINE
    )


def goal_seek(
    s: Session, base: Results, scenario: Scenario, indicator: str, probability: float
) -> GoalSeek:
    """What the remaining months of ``indicator`` must bring under ``scenario`` (cached)."""
    a = scenario.assumption(indicator)
    p = model_projection(s, base, indicator, a.method)
    target = s.targets.get((indicator, p.year))
    goal = target.annual if target is not None else None
    info = s.actuals.catalogue.get_or_default(indicator)
    shocks = scenario.shocks_reaching(info.group)
    # the solve replaces the growth assumption: moving it leaves the answer (and cache) alone
    kept = replace(a, growth=None, growth_by_month={}, method=None)
    key = to_json(Scenario("goal", indicators={indicator: kept}, group_shocks=tuple(shocks)))
    return cached.goal(
        s.actuals_key,
        s.targets_key,
        s.as_of,
        indicator,
        p.method,
        key,
        float(probability),
        info.higher_is_better,
        p,
        a,
        shocks,
        goal,
    )


def goal_text(
    s: Session, base: Results, scenario: Scenario, indicator: str, probability: float
) -> tuple[str, str]:
    """(alert kind, sentence) of the goal seek for ``indicator`` under ``scenario``."""
    found = goal_seek(s, base, scenario, indicator, probability)
    p = base.projections[indicator]
    target = s.targets.get((indicator, p.year))
    goal = target.annual if target is not None else None
    higher = s.actuals.catalogue.get_or_default(indicator).higher_is_better
    past = cached.past_growth(s.actuals_key, s.as_of, indicator, s.actuals, p)
    return goal_sentence(found, p, goal, higher, s.lang, past)


def fitting_results(s: Session, base: Results, scenario: Scenario, label: str) -> Results | None:
    """``scenario``'s results to compare or export; None, with a warning, when it does not fit
    the data."""
    found = scenario_results(s, base, scenario)
    if found.problems:
        error = problems_text(found.problems, s.lang)
        st.warning(t("compare_failed", s.lang, name=label, error=error))
        return None
    return found


def compare_tables(
    s: Session, found: Mapping[str, ScenarioResult], pair: tuple[str, str] | None = None
) -> tuple:
    """The side-by-side table of the scenarios compared, and the difference of ``pair``
    (cached by what each scenario assumes)."""
    keys = tuple((label, fingerprint(r.scenario)) for label, r in found.items())
    return cached.compare_tables(
        s.actuals_key, s.targets_key, s.as_of, s.lang, keys, pair, found, s.actuals.catalogue
    )


def active_label(s: Session, r: Results) -> str:
    """The active scenario's label; the baseline's when it did not fit (and was shown so)."""
    return scenario_label(BASELINE, s.lang) if r.problems else s.scenario_label
