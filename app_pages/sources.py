"""Where scenarios come from: the built-ins (基准, 乐观, 悲观), the store's saved ones and
this session's draft; the store itself; and the picked scenarios' results, to compare or
export."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from app_pages import cached, state
from app_pages.figures import Results, baseline_results, fitting_results
from app_pages.state import Session
from forecast.errors import DataError
from presentation.problems import describe_all
from presentation.scenario_text import (
    BUILTIN_KEYS,
    scenario_description,
    scenario_label,
    store_miss_text,
)
from presentation.text import t
from scenarios.apply import ScenarioResult
from scenarios.builtins import builtin_scenarios
from scenarios.edit import fingerprint
from scenarios.model import Scenario
from scenarios.store import Store, StoreMiss, Version, default_path

# what loading a scenario or dataset may raise: the store's failures, a name it lacks, a
# saved scenario the current data rejects
STORE_ERRORS = (sqlite3.Error, OSError, KeyError, DataError)


def store_path() -> Path:
    """Where the store is (without opening it): ``$TOWN_FORECAST_STORE``, else the user's
    data directory."""
    return default_path()


def store() -> Store:
    """The SQLite store (one handle per path and process)."""
    return cached.store(str(store_path()))


def error_text(error: Exception, lang: str) -> str:
    """A store or data failure in the session's language (a store's code in words)."""
    if isinstance(error, StoreMiss):
        return store_miss_text(error, lang)
    return describe_all(error, lang) if isinstance(error, DataError) else str(error)


def store_failed(error: Exception, lang: str) -> str:
    """A failure of the store in one sentence: what it could not do with a name as such,
    anything else (a locked or unreadable file) after 存储出错."""
    if isinstance(error, StoreMiss):
        return store_miss_text(error, lang)
    return t("store_failed", lang, error=error_text(error, lang))


def saved_versions(kind: str = "scenario", deleted: bool = False) -> list[Version]:
    """The store's versions of ``kind`` (only deleted names' if ``deleted``)."""
    try:
        found = store().versions(kind, include_deleted=deleted)
    except (sqlite3.Error, OSError) as e:
        st.error(store_failed(e, state.lang()))
        return []
    return [v for v in found if v.deleted] if deleted else found


def builtins(base: Results) -> tuple[Scenario, ...]:
    """基准, 乐观, 悲观 for the indicators projected."""
    return builtin_scenarios(base.projections)


def scenario_sources(draft_too: bool = False) -> list[tuple[str, str]]:
    """Scenarios to pick from: ('builtin', name) for 基准/乐观/悲观, ('saved', name) for the
    store's, and ('draft', '') for this session's draft."""
    try:
        saved = store().names("scenario")
    except (sqlite3.Error, OSError) as e:
        st.error(store_failed(e, state.lang()))
        saved = []
    return [
        *[("builtin", name) for name in BUILTIN_KEYS],
        *[("saved", name) for name in saved],
        *([("draft", "")] if draft_too else []),
    ]


def source_label(s: Session, source: tuple[str, str]) -> str:
    kind, name = source
    if kind == "draft":
        return t("scenario_draft_label", s.lang, name=state.draft(s).name)
    if kind == "builtin":
        return t("store_builtin_tag", s.lang, name=scenario_label(name, s.lang))
    return name


def pick_label(s: Session, source: tuple[str, str]) -> str:
    """A source as a picker shows it: the draft by a label that does not change with its name
    (a picker keeps its choices by label, so renaming the draft on saving must not drop it)."""
    if source[0] == "draft":
        return t("scenario_draft_pick", s.lang)
    return source_label(s, source)


def resolve(s: Session, base: Results, source: tuple[str, str]) -> Scenario:
    """The scenario a source names (a saved one's latest version)."""
    kind, name = source
    if kind == "draft":
        return state.draft(s)
    if kind == "builtin":
        return next(b for b in builtins(base) if b.name == name)
    return store().load_scenario(name)


def compared(
    s: Session, base: Results, sources: Sequence[tuple[str, str]]
) -> dict[str, ScenarioResult]:
    """Each picked scenario's results, keyed by its label; ones that do not fit are reported
    and left out."""
    out = {}
    for source in sources:
        try:
            scenario = resolve(s, base, source)
        except STORE_ERRORS as e:
            error = error_text(e, s.lang)
            st.warning(t("compare_failed", s.lang, name=source_label(s, source), error=error))
            continue
        if source[0] == "draft":
            label = source_label(s, source)
        else:
            label = scenario_label(scenario, s.lang)
        found = fitting_results(s, base, scenario, label)
        if found is not None:
            out[label] = ScenarioResult(scenario, found.projections, found.checks)
    return out


@dataclass(frozen=True)
class Other:
    """Another scenario to export: its fingerprint, label, description and results."""

    key: str
    label: str
    description: str
    results: Results


def others_to_export(s: Session, sources: Sequence[tuple[str, str]]) -> list[Other]:
    """The ticked scenarios (not the active one, none twice), each with its results."""
    base = baseline_results(s)
    if base is None:
        return []
    out: list[Other] = []
    for source in sources:
        try:
            scenario = resolve(s, base, source)
        except STORE_ERRORS as e:
            st.error(store_failed(e, s.lang))
            continue
        key = fingerprint(scenario)
        if key == s.scenario_key or key in {o.key for o in out}:
            continue
        label = scenario_label(scenario, s.lang)
        found = fitting_results(s, base, scenario, label)
        if found is not None:
            out.append(Other(key, label, scenario_description(scenario, s.lang), found))
    return out
