"""What every page shares: the session's data, language, as-of month and scenario; the cached
calls into the core; the store; the sidebar. Glue only: every figure comes from ``forecast``
and ``scenarios``.

Session keys are prefixed by their owner: ``app_`` (language, active scenario), ``data_`` (the
data page: uploads, as-of month), ``indicator_``, ``scenario_`` (the scenarios page: the draft),
``export_``. Each browser session has its own ``st.session_state``, so uploads and drafts never
leak between sessions; cached results are keyed by the content hash of the data (and of the
scenario), so two sessions with the same file share the work, not the state.
"""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import streamlit as st

import forecast.ui_text  # noqa: F401  (registers the app's strings)
from forecast import brief, charts, exporters, intake, sheets, views
from forecast.actuals import Actuals
from forecast.checks import Check
from forecast.errors import DataError, Problem
from forecast.i18n import t
from forecast.projection import Projection, project_all
from forecast.readers import (
    SAMPLE_ACTUALS,
    SAMPLE_TARGETS,
    read_actuals,
    read_targets,
    sheet_names,
)
from forecast.table import checks_for
from forecast.targets import Target
from scenarios import workbench as wb
from scenarios.apply import ScenarioResult, apply_scenario
from scenarios.builtins import BASELINE, builtin_scenarios
from scenarios.model import Assumption, Scenario, to_json
from scenarios.store import Store, Version, default_path

LANG_KEY = "app_lang"
SCENARIO_KEY = "app_scenario"  # the active Scenario; absent: the baseline
ACTUALS_KEY = "data_active_actuals"  # Upload; absent: the sample
TARGETS_KEY = "data_active_targets"  # Upload; absent: the sample targets
CANDIDATE_KEY = "data_candidate"  # (kind, Upload) that failed validation, being fixed
AS_OF_KEY = "data_as_of"  # (year, month) chosen on the data page
DRAFT_KEY = "scenario_draft"  # the Scenario being edited on the scenarios page
PICKED_KEY = "scenario_picked"  # the indicator being edited, kept across pages and languages
GEN_KEY = "scenario_gen"  # bumped when the draft is replaced, so its widgets start afresh
SCENARIO_FLASH = "scenario_flash"  # (kind, text) to show once after a button
DATA_FLASH = "data_flash"
LANGS = {"zh": "中文", "en": "English"}
_GENERATIONS = itertools.count(1)


@dataclass(frozen=True)
class Upload:
    """A file as the user gave it: its name and bytes (and the sheet, for Excel)."""

    name: str
    data: bytes
    sample: bool = False

    @property
    def key(self) -> str:
        digest = hashlib.sha256(self.name.encode())
        digest.update(b"\0")
        digest.update(self.data)
        return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def sample_actuals() -> Upload:
    return Upload(SAMPLE_ACTUALS.name, SAMPLE_ACTUALS.read_bytes(), sample=True)


@lru_cache(maxsize=1)
def sample_targets() -> Upload:
    return Upload(SAMPLE_TARGETS.name, SAMPLE_TARGETS.read_bytes(), sample=True)


# ---------------------------------------------------------------- cached core calls


@st.cache_data(show_spinner=False, max_entries=32)
def parse_actuals(data: bytes, name: str) -> tuple[Actuals | None, list[Problem]]:
    try:
        return read_actuals(data, name=name), []
    except DataError as e:
        return None, e.problems


@st.cache_data(show_spinner=False, max_entries=32)
def parse_targets(
    data: bytes, name: str, actuals_key: str, _actuals: Actuals
) -> tuple[dict[tuple[str, int], Target] | None, list[Problem]]:
    try:
        return read_targets(data, _actuals.catalogue, name=name), []
    except DataError as e:
        return None, e.problems


@st.cache_data(show_spinner=False, max_entries=64)
def _results(
    actuals_key: str,
    targets_key: str,
    as_of: tuple[int, int],
    method: str,
    _actuals: Actuals,
    _targets: dict,
) -> tuple[dict[str, Projection], dict[str, Check]]:
    projections = project_all(_actuals, as_of, method)
    return projections, checks_for(projections, _targets, _actuals.catalogue)


@st.cache_data(show_spinner=False, max_entries=32)  # each holds every indicator's draws
def _applied(
    actuals_key: str,
    targets_key: str,
    as_of: tuple[int, int],
    method: str,
    scenario_key: str,
    _s,
    _scenario: Scenario,
    _projections: dict,
) -> tuple[dict | None, dict | None, list[Problem]]:
    try:
        r = apply_scenario(_scenario, _s.actuals, _s.targets, baseline=_projections, as_of=_s.as_of)
    except DataError as e:
        return None, None, e.problems
    return dict(r.projections), dict(r.checks), []


@st.cache_data(show_spinner=False, max_entries=128)
def _method_rows(
    actuals_key: str,
    targets_key: str,
    as_of: tuple[int, int],
    indicator: str,
    scenario_key: str,
    _s,
    _p,
    _target,
) -> list[views.MethodRow]:
    info = _s.actuals.catalogue.get_or_default(indicator)
    return views.method_rows(_s.actuals, _p, _target, info.higher_is_better)


@st.cache_data(show_spinner=False, max_entries=128)
def _project_one(
    actuals_key: str,
    as_of: tuple[int, int],
    indicator: str,
    method: str,
    scenario_key: str,
    _s,
    _p,
    _scenario: Scenario,
) -> Projection:
    other = views.project_one(_s.actuals, _p, method)
    return wb.apply_to_one(_scenario, other, _s.actuals.catalogue)


@st.cache_data(show_spinner=False, max_entries=256)
def _chart_spec(
    actuals_key: str,
    targets_key: str,
    as_of,
    indicator: str,
    method: str,
    lang_: str,
    scenario_key: str,
    narrow: bool,
    _s,
    _p,
    _c,
) -> dict:
    frames = views.fan_frames(views.history_panel(_s.actuals, _p), _p, _c)
    spec = charts.indicator_chart(frames, _p.unit, _p.kind, lang_).to_dict()
    if narrow:  # a chart in a column: legends in three columns, so both fit under it
        spec.setdefault("config", {}).setdefault("legend", {})["columns"] = 3
    return spec


@st.cache_data(show_spinner=False, max_entries=256)
def _goal_seek(
    actuals_key: str,
    targets_key: str,
    as_of: tuple[int, int],
    indicator: str,
    method: str,
    assumptions: str,
    probability: float,
    higher: bool,
    _p,
    _a,
    _shocks,
    _goal,
) -> wb.GoalSeek:
    return wb.goal_seek(_p, _a, _shocks, _goal, probability, higher)


# ---------------------------------------------------------------- the session


@dataclass(frozen=True)
class Session:
    """Everything a page works from in this browser session."""

    lang: str
    actuals_upload: Upload
    actuals: Actuals
    targets_upload: Upload | None
    targets: dict[tuple[str, int], Target]
    as_of: tuple[int, int]
    scenario: Scenario

    @property
    def data_name(self) -> str:
        if self.actuals_upload.sample:
            return t("data_sample_name", self.lang)
        return self.actuals_upload.name

    @property
    def targets_key(self) -> str:
        return self.targets_upload.key if self.targets_upload else "none"

    @property
    def as_of_label(self) -> str:
        return views.as_of_label(self.as_of, self.lang)

    @property
    def scenario_label(self) -> str:
        """基准 for the baseline; a saved scenario shows its own name."""
        return wb.scenario_label(self.scenario, self.lang)

    @property
    def scenario_key(self) -> str:
        return wb.scenario_key(self.scenario)


def lang() -> str:
    return st.session_state.get(LANG_KEY, "zh")


def session() -> Session:
    """The session's active data (the sample until a valid upload replaces it)."""
    state = st.session_state
    upload = state.get(ACTUALS_KEY) or sample_actuals()
    actuals, _ = parse_actuals(upload.data, upload.name)
    if actuals is None:  # cannot happen for an accepted upload; fall back to the sample
        upload = sample_actuals()
        actuals, _ = parse_actuals(upload.data, upload.name)
    targets_upload = state.get(TARGETS_KEY, sample_targets())
    targets: dict = {}
    if targets_upload is not None:
        found, _ = parse_targets(targets_upload.data, targets_upload.name, upload.key, actuals)
        targets = found or {}
    options = views.as_of_options(actuals)
    as_of = state.get(AS_OF_KEY)
    if as_of not in options:
        as_of = views.default_as_of(actuals)
    scenario = state.get(SCENARIO_KEY)
    return Session(
        lang(),
        upload,
        actuals,
        targets_upload,
        targets,
        as_of,
        scenario if isinstance(scenario, Scenario) else BASELINE,
    )


@dataclass(frozen=True)
class Results:
    """Projections and checks; ``problems`` say why a scenario could not be applied (the
    figures are then the baseline's)."""

    projections: dict[str, Projection]
    checks: dict[str, Check]
    problems: tuple[Problem, ...] = ()


def results(s: Session, method: str = "auto") -> Results | None:
    """Projections and checks under the active scenario (cached by the content of the data and
    the scenario); shows failures. A scenario that does not fit the data falls back to the
    baseline with a warning."""
    base = baseline_results(s, method)
    if base is None or wb.is_baseline(s.scenario):
        return base
    applied = scenario_results(s, base, s.scenario, method)
    if applied.problems:
        error = "; ".join(p.describe(s.lang) for p in applied.problems)
        st.warning(t("scenario_not_applied", s.lang, name=s.scenario_label, error=error))
    return applied


def scenario_results(
    s: Session, base: Results, scenario: Scenario, method: str = "auto"
) -> Results:
    """``scenario`` applied to the baseline results (cached by what the scenario assumes)."""
    if wb.is_baseline(scenario):
        return base
    projections, checks, problems = _applied(
        s.actuals_upload.key,
        s.targets_key,
        s.as_of,
        method,
        wb.scenario_key(scenario),
        s,
        scenario,
        base.projections,
    )
    if problems:
        return Results(base.projections, base.checks, tuple(problems))
    return Results(projections, checks)


def baseline_results(s: Session, method: str = "auto") -> Results | None:
    """The model's projections and checks of the session's data, no scenario (cached)."""
    try:
        projections, found = _results(
            s.actuals_upload.key, s.targets_key, s.as_of, method, s.actuals, s.targets
        )
    except ValueError as e:
        st.error(t("projection_failed", s.lang, error=e))
        return None
    if not projections:
        st.warning(t("no_projection", s.lang))
        return None
    return Results(projections, found)


def method_rows(s: Session, r: Results, indicator: str) -> list[views.MethodRow]:
    p = r.projections[indicator]
    target = s.targets.get((indicator, p.year))
    return _method_rows(
        s.actuals_upload.key, s.targets_key, s.as_of, indicator, s.scenario_key, s, p, target
    )


def chart_spec(
    s: Session, p: Projection, c: Check, scenario: Scenario | None = None, narrow: bool = False
) -> dict:
    """The indicator chart as a Vega-Lite spec (built and validated once per figure) of a
    projection under ``scenario`` (the active one unless given); ``narrow`` for a column."""
    key = wb.scenario_key(scenario) if scenario is not None else s.scenario_key
    return _chart_spec(
        s.actuals_upload.key,
        s.targets_key,
        s.as_of,
        p.indicator,
        p.method,
        s.lang,
        key,
        narrow,
        s,
        p,
        c,
    )


def projection_with(s: Session, r: Results, indicator: str, method: str) -> Projection:
    """The indicator's projection with ``method`` (the reconciled one for auto), under the
    active scenario's assumptions on it."""
    p = r.projections[indicator]
    if method == p.method:
        return p
    return _project_one(
        s.actuals_upload.key, s.as_of, indicator, method, s.scenario_key, s, p, s.scenario
    )


def model_projection(s: Session, base: Results, indicator: str, method: str | None) -> Projection:
    """The model's projection of ``indicator`` with ``method`` (the baseline's if None)."""
    p = base.projections[indicator]
    if method is None or method == p.method:
        return p
    return _project_one(
        s.actuals_upload.key, s.as_of, indicator, method, "baseline", s, p, BASELINE
    )


def goal_seek(
    s: Session, base: Results, scenario: Scenario, indicator: str, probability: float
) -> wb.GoalSeek:
    """What the remaining months of ``indicator`` must bring under ``scenario`` (cached)."""
    a = scenario.assumption(indicator)
    p = model_projection(s, base, indicator, a.method)
    target = s.targets.get((indicator, p.year))
    goal = target.annual if target is not None else None
    shocks = wb.shocks_reaching(scenario, indicator, s.actuals.catalogue)
    # the solve replaces the growth assumption: moving it leaves the answer (and cache) alone
    kept = replace(a, growth=None, growth_by_month={}, method=None)
    key = to_json(Scenario("goal", indicators={indicator: kept}, group_shocks=tuple(shocks)))
    higher = s.actuals.catalogue.get_or_default(indicator).higher_is_better
    return _goal_seek(
        s.actuals_upload.key,
        s.targets_key,
        s.as_of,
        indicator,
        p.method,
        key,
        float(probability),
        higher,
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
    return wb.goal_sentence(found, p, goal, higher, s.lang)


# ---------------------------------------------------------------- the store


@st.cache_resource(show_spinner=False)
def _store(path: str) -> Store:
    return Store(path)


def store() -> Store:
    """The SQLite store: ``$TOWN_FORECAST_STORE``, else the user's data directory."""
    return _store(str(store_path()))


def store_path():
    """Where the store is (without opening it)."""
    return default_path()


def flash(key: str, kind: str, text: str) -> None:
    """Keep a message for the page to show once on its next run (``show_flash``)."""
    st.session_state[key] = (kind, text)


def show_flash(key: str) -> None:
    """The kept message, in a slot that is always there: the elements after it keep their
    places, so an open tab or expander stays open."""
    slot = st.empty()
    found = st.session_state.pop(key, None)
    if found:
        kind, text = found
        {"success": slot.success, "error": slot.error}.get(kind, slot.info)(text)


# ---------------------------------------------------------------- the draft scenario


def draft(s: Session) -> Scenario:
    """This session's draft scenario (an empty one to start)."""
    found = st.session_state.get(DRAFT_KEY)
    return found if isinstance(found, Scenario) else wb.new_draft(s.lang)


def set_draft(scenario: Scenario, fresh: bool = False) -> Scenario:
    """Keep the draft; ``fresh`` when it was replaced from outside its widgets (load, clear),
    so the widgets start again from it."""
    st.session_state[DRAFT_KEY] = scenario
    if fresh:
        st.session_state[GEN_KEY] = next(_GENERATIONS)
    return scenario


def widget_token(s: Session, indicator: str = "") -> str:
    """Part of the draft widgets' keys: new widgets for another indicator, language, as-of
    month, dataset, or a replaced draft."""
    gen = st.session_state.get(GEN_KEY, 0)
    return f"{indicator}_{s.lang}_{s.as_of[0]}_{s.as_of[1]}_{s.actuals_upload.key}_{gen}"


def builtins(base: Results) -> tuple[Scenario, ...]:
    """基准, 乐观, 悲观 for the indicators projected."""
    return builtin_scenarios(base.projections)


def scenario_sources(draft_too: bool = False) -> list[tuple[str, str]]:
    """Scenarios to pick from: ('builtin', name) for 基准/乐观/悲观, ('saved', name) for the
    store's, and ('draft', '') for this session's draft."""
    try:
        saved = store().names("scenario")
    except (sqlite3.Error, OSError) as e:
        st.error(t("store_failed", lang(), error=e))
        saved = []
    return [
        *[("builtin", name) for name in wb.BUILTIN_KEYS],
        *[("saved", name) for name in saved],
        *([("draft", "")] if draft_too else []),
    ]


def source_label(s: Session, source: tuple[str, str]) -> str:
    kind, name = source
    if kind == "draft":
        return t("scenario_draft_label", s.lang, name=draft(s).name)
    if kind == "builtin":
        return t("store_builtin_tag", s.lang, name=wb.scenario_label(name, s.lang))
    return name


def resolve(s: Session, base: Results, source: tuple[str, str]) -> Scenario:
    """The scenario a source names (a saved one's latest version)."""
    kind, name = source
    if kind == "draft":
        return draft(s)
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
        except (sqlite3.Error, OSError, KeyError, DataError) as e:
            st.warning(t("compare_failed", s.lang, name=source_label(s, source), error=e))
            continue
        label = (
            wb.scenario_label(scenario, s.lang) if source[0] != "draft" else source_label(s, source)
        )
        found = scenario_results(s, base, scenario)
        if found.problems:
            error = "; ".join(p.describe(s.lang) for p in found.problems)
            st.warning(t("compare_failed", s.lang, name=label, error=error))
            continue
        out[label] = ScenarioResult(scenario, found.projections, found.checks)
    return out


@st.cache_data(show_spinner=False, max_entries=64)
def _compare_tables(
    actuals_key: str,
    targets_key: str,
    as_of: tuple[int, int],
    lang_: str,
    keys: tuple[tuple[str, str], ...],
    pair: tuple[str, str] | None,
    _found: dict,
    _catalogue,
):
    table = wb.compare_table(_found, _catalogue, lang_)
    if pair is None:
        return table, None
    first, second = pair
    return table, wb.difference_table(_found[first], _found[second], pair, _catalogue, lang_)


def compare_tables(
    s: Session, found: dict[str, ScenarioResult], pair: tuple[str, str] | None = None
) -> tuple:
    """The side-by-side table of the scenarios compared, and the difference of ``pair``
    (cached by what each scenario assumes)."""
    keys = tuple((label, wb.scenario_key(r.scenario)) for label, r in found.items())
    return _compare_tables(
        s.actuals_upload.key,
        s.targets_key,
        s.as_of,
        s.lang,
        keys,
        pair,
        found,
        s.actuals.catalogue,
    )


def on_clear_indicator(indicator: str) -> None:
    current = st.session_state.get(DRAFT_KEY)
    if isinstance(current, Scenario):
        set_draft(wb.with_assumption(current, indicator, Assumption()), fresh=True)


def on_new_draft() -> None:
    set_draft(wb.new_draft(lang()), fresh=True)


def on_load(s: Session, base: Results, source_key: str, version_key: str) -> None:
    """Load the chosen built-in or saved scenario (the chosen version) into the draft."""
    kind, name = st.session_state[source_key]
    try:
        if kind == "saved":
            scenario = store().load_scenario(name, st.session_state.get(version_key))
        else:
            scenario = resolve(s, base, (kind, name))
    except (sqlite3.Error, OSError, KeyError, DataError) as e:
        flash(SCENARIO_FLASH, "error", t("store_failed", s.lang, error=e))
        return
    set_draft(scenario, fresh=True)
    label = wb.scenario_label(scenario, s.lang)
    flash(SCENARIO_FLASH, "success", t("store_loaded", s.lang, name=label))


def on_save(s: Session, name_key: str, description_key: str) -> None:
    """Save the draft under the typed name and description as a new version."""
    name = str(st.session_state.get(name_key) or "").strip()
    problem = wb.save_name_problem(name, s.lang)
    if problem:
        flash(SCENARIO_FLASH, "error", problem)
        return
    scenario = replace(
        draft(s), name=name, description=str(st.session_state.get(description_key) or "")
    )
    try:
        version = store().save_scenario(scenario)
    except (sqlite3.Error, OSError) as e:
        flash(SCENARIO_FLASH, "error", t("store_failed", s.lang, error=e))
        return
    set_draft(scenario)
    when = wb.saved_at_label(version.saved_at)
    flash(
        SCENARIO_FLASH,
        "success",
        t("store_saved", s.lang, name=name, version=version.version, saved_at=when),
    )


def on_delete(s: Session, source_key: str) -> None:
    kind, name = st.session_state[source_key]
    if kind != "saved":
        return
    try:
        store().delete(name)
    except (sqlite3.Error, OSError, KeyError) as e:
        flash(SCENARIO_FLASH, "error", t("store_failed", s.lang, error=e))
        return
    flash(SCENARIO_FLASH, "success", t("store_deleted", s.lang, name=name))


def on_restore(s: Session, name_key: str) -> None:
    name = st.session_state.get(name_key)
    if not name:
        return
    try:
        store().restore(name)
    except (sqlite3.Error, OSError, KeyError) as e:
        flash(SCENARIO_FLASH, "error", t("store_failed", s.lang, error=e))
        return
    flash(SCENARIO_FLASH, "success", t("store_restored", s.lang, name=name))


def on_activate(s: Session) -> None:
    """Make the draft the active scenario of every page."""
    scenario = draft(s)
    st.session_state[SCENARIO_KEY] = scenario
    name = wb.scenario_label(scenario, s.lang)
    flash(SCENARIO_FLASH, "success", t("active_set", s.lang, name=name))


def on_baseline(s: Session) -> None:
    st.session_state.pop(SCENARIO_KEY, None)
    flash(SCENARIO_FLASH, "success", t("active_cleared", s.lang))


def saved_versions(kind: str = "scenario", deleted: bool = False) -> list[Version]:
    """The store's versions of ``kind`` (only deleted names' if ``deleted``)."""
    try:
        found = store().versions(kind, include_deleted=deleted)
    except (sqlite3.Error, OSError) as e:
        st.error(t("store_failed", lang(), error=e))
        return []
    return [v for v in found if v.deleted] if deleted else found


# ---------------------------------------------------------------- saved datasets


def on_save_dataset(s: Session, name_key: str) -> None:
    """Save the active actuals file, exactly as uploaded, as a new version."""
    name = str(st.session_state.get(name_key) or "").strip()
    if not name:
        flash(DATA_FLASH, "error", t("store_name_empty", s.lang))
        return
    upload = s.actuals_upload
    try:
        version = store().save_dataset(name, upload.data, upload.name)
    except (sqlite3.Error, OSError) as e:
        flash(DATA_FLASH, "error", t("store_failed", s.lang, error=e))
        return
    when = wb.saved_at_label(version.saved_at)
    text = t(
        "dataset_saved", s.lang, name=name, version=version.version, file=upload.name, saved_at=when
    )
    flash(DATA_FLASH, "success", text)


def on_load_dataset(s: Session, choice_key: str) -> None:
    """Load a saved dataset version through ``receive``: it is validated like an upload."""
    choice = st.session_state.get(choice_key)
    if not choice:
        return
    name, version = choice
    try:
        data, filename = store().load_dataset(name, version)
    except (sqlite3.Error, OSError, KeyError) as e:
        flash(DATA_FLASH, "error", t("store_failed", s.lang, error=e))
        return
    if not receive(st.session_state, "actuals", Upload(filename, data)):
        flash(DATA_FLASH, "success", t("dataset_loaded", s.lang, name=name, version=version))


# ---------------------------------------------------------------- uploads


def problems_of(state: MutableMapping, kind: str, upload: Upload) -> list[Problem]:
    """What is wrong with an upload: actuals alone, targets against the session's actuals."""
    if kind == "actuals":
        return parse_actuals(upload.data, upload.name)[1]
    base = state.get(ACTUALS_KEY) or sample_actuals()
    actuals, _ = parse_actuals(base.data, base.name)
    return parse_targets(upload.data, upload.name, base.key, actuals)[1]


def receive(state: MutableMapping, kind: str, upload: Upload) -> list[Problem]:
    """Take an upload ('actuals' or 'targets'): make it active if valid, else keep it as the
    candidate being fixed. Returns its problems (empty when accepted)."""
    problems = problems_of(state, kind, upload)
    if problems:
        state[CANDIDATE_KEY] = (kind, upload)
        return problems
    state.pop(CANDIDATE_KEY, None)
    if kind == "actuals":
        state[ACTUALS_KEY] = upload
        state.pop(AS_OF_KEY, None)
    else:
        state[TARGETS_KEY] = upload
    return []


def candidate_problems(state: MutableMapping) -> tuple[str, Upload, list[Problem]] | None:
    """The upload being fixed, with its problems in the session's language order."""
    found = state.get(CANDIDATE_KEY)
    if not found:
        return None
    kind, upload = found
    problems = problems_of(state, kind, upload)
    return kind, upload, problems


def on_upload(kind: str, widget_key: str) -> None:
    """file_uploader callback: hand the new file to ``receive``."""
    file = st.session_state.get(widget_key)
    if file is not None:
        receive(st.session_state, kind, Upload(file.name, file.getvalue()))


def revalidate(state: MutableMapping, kind: str, upload: Upload, edited) -> list[Problem]:
    """Check the edited table again, as a file of the same name, kind and sheet name."""
    sheets = sheet_names(upload.data, upload.name)
    data = exporters.table_bytes(edited, upload.name, sheets[0] if sheets else None)
    return receive(state, kind, Upload(upload.name, data))


def on_revalidate(kind: str, upload: Upload, edited) -> None:
    revalidate(st.session_state, kind, upload, edited)


def on_discard() -> None:
    st.session_state.pop(CANDIDATE_KEY, None)


def on_reset() -> None:
    for key in (ACTUALS_KEY, TARGETS_KEY, CANDIDATE_KEY, AS_OF_KEY):
        st.session_state.pop(key, None)


def picked(state_key: str, choices: Sequence, default: int) -> int:
    """The position of the remembered choice (``remember``), else ``default``."""
    found = st.session_state.get(state_key)
    return choices.index(found) if found in choices else default


def remember(widget_key: str, state_key: str) -> None:
    """Widget callback: keep the widget's value under a key that outlives the page."""
    st.session_state[state_key] = st.session_state[widget_key]


# ---------------------------------------------------------------- layout pieces


def header(s: Session, title_key: str) -> None:
    """Page title, and the as-of month and scenario always in view."""
    st.title(t(title_key, s.lang))
    st.markdown(
        t("header_line", s.lang, as_of=s.as_of_label, scenario=s.scenario_label, data=s.data_name)
    )


def sidebar(s: Session) -> None:
    with st.sidebar:
        st.radio(
            t("lang_label", s.lang),
            list(LANGS),
            format_func=LANGS.get,
            key=LANG_KEY,
            horizontal=True,
        )
        st.markdown(
            f"**{t('side_as_of', s.lang)}** {s.as_of_label}  \n"
            f"**{t('side_scenario', s.lang)}** {s.scenario_label}  \n"
            f"**{t('side_data', s.lang)}** {s.data_name}"
        )


_STATUS_COLORS = {
    "off_track": "background-color: #f8d7da; color: #842029",
    "at_risk": "background-color: #fff3cd; color: #664d03",
    "on_track": "background-color: #d1e7dd; color: #0f5132",
    "no_target": "color: #6c757d",
}


WIDTHS = {"zh": {"name": 140, "period": 52}, "en": {"name": 200, "period": 70}}
STATUS_DELTA_COLORS = {
    "off_track": "red",
    "at_risk": "orange",
    "on_track": "green",
    "no_target": "gray",
}


def percent_bar(label: str, width: int = 90):
    """A progress-bar column for a percentage (0–100), labelled with one decimal."""
    return st.column_config.ProgressColumn(
        label, format="%.1f%%", min_value=0, max_value=100, width=width
    )


def status_styles(column, codes) -> list[str]:
    """Styler callback: the status column's cell styles, by each row's status code."""
    return [_STATUS_COLORS.get(code, "") for code in codes]


def brief_context(s: Session, scenario: str | None = None) -> brief.BriefContext:
    return brief.BriefContext(
        s.as_of_label, scenario or s.scenario_label, s.data_name, sample=s.actuals_upload.sample
    )


@dataclass(frozen=True)
class ExportFiles:
    xlsx: bytes
    csv: bytes
    markdown: str
    docx: bytes
    preview: object


@dataclass(frozen=True)
class Other:
    """Another scenario to export: its cache key, label, description and results."""

    key: str
    label: str
    description: str
    results: Results


@st.cache_data(show_spinner=False, max_entries=32)
def _export_files(
    actuals_key: str,
    targets_key: str,
    as_of,
    lang_: str,
    scenario_key: str,
    other_keys: tuple[str, ...],
    labels: tuple[str, ...],
    _s,
    _r,
    _others: Sequence[Other],
) -> ExportFiles:
    s, r = _s, _r
    # a scenario that does not fit the data was shown (and is exported) as the baseline
    active = wb.scenario_label(BASELINE, lang_) if r.problems else s.scenario_label
    summary = sheets.export_sheet(r.projections, r.checks, s.actuals.catalogue, lang_)
    notes = sheets.notes_sheet(
        [
            (t("notes_as_of", lang_), s.as_of_label),
            (t("notes_data", lang_), s.data_name),
            (t("notes_scenario", lang_), active),
            *[
                (t("notes_scenario_other", lang_), f"{o.label}: {o.description}".rstrip(": "))
                for o in _others
            ],
            (t("notes_thresholds", lang_), views.thresholds_text(lang_)),
            (t("notes_method", lang_), t("notes_method_text", lang_)),
            *([("", t("brief_sample", lang_))] if s.actuals_upload.sample else []),
        ],
        lang_,
    )
    # one summary sheet per scenario: the active one first, then those ticked
    named = [
        (active, r.projections, r.checks),
        *[(o.label, o.results.projections, o.results.checks) for o in _others],
    ]
    workbook = {
        **wb.summary_sheets(named, s.actuals.catalogue, lang_),
        t("sheet_notes", lang_): notes,
    }
    context = brief_context(s, active)
    text = brief.draft(r.projections, r.checks, s.actuals.catalogue, context, lang_)
    return ExportFiles(
        exporters.excel_bytes(workbook),
        exporters.csv_bytes(summary),
        text,
        exporters.docx_bytes(text),
        exporters.shown_frame(summary),
    )


def export_files(s: Session, r: Results, others: Sequence[Other] = ()) -> ExportFiles:
    """The workbook (one summary sheet per scenario), CSV and brief of the active scenario."""
    keys = tuple(o.key for o in others)
    labels = (
        s.scenario_label,
        str(bool(r.problems)),
        *(f"{o.label}\0{o.description}" for o in others),
    )
    return _export_files(
        s.actuals_upload.key,
        s.targets_key,
        s.as_of,
        s.lang,
        s.scenario_key,
        keys,
        labels,
        s,
        r,
        others,
    )


def others_to_export(s: Session, sources: Sequence[tuple[str, str]]) -> list[Other]:
    """The ticked scenarios (not the active one), each with its results."""
    base = baseline_results(s)
    if base is None:
        return []
    out: list[Other] = []
    for source in sources:
        try:
            scenario = resolve(s, base, source)
        except (sqlite3.Error, OSError, KeyError, DataError) as e:
            st.error(t("store_failed", s.lang, error=e))
            continue
        key = wb.scenario_key(scenario)
        if key == s.scenario_key or key in {o.key for o in out}:
            continue
        label = wb.scenario_label(scenario, s.lang)
        found = scenario_results(s, base, scenario)
        if found.problems:
            error = "; ".join(p.describe(s.lang) for p in found.problems)
            st.warning(t("compare_failed", s.lang, name=label, error=error))
            continue
        out.append(Other(key, label, scenario.description, found))
    return out


def file_name(s: Session, stem_key: str, suffix: str) -> str:
    return f"{t(stem_key, s.lang)}_{s.as_of[0]}-{s.as_of[1]:02d}{suffix}"


@dataclass(frozen=True)
class Template:
    """A blank template to download: ``kind`` names its label (``template_<kind>``)."""

    kind: str
    data: bytes
    file_name: str
    mime: str


@st.cache_data(show_spinner=False, max_entries=16)
def _templates(actuals_key: str, year: int, lang_: str, _catalogue) -> list[Template]:
    long = intake.template_long(_catalogue, year)
    wide = intake.template_wide(_catalogue, year)
    targets = intake.template_targets(_catalogue, year)
    sheet = t("sheet_wide", lang_, year=year)
    csv, xlsx = "text/csv", exporters.XLSX_MIME
    return [
        Template(
            kind,
            exporters.table_bytes(frame, f"t{suffix}", sheet),
            f"{t(stem, lang_)}_{year}{suffix}",
            mime,
        )
        for kind, frame, stem, suffix, mime in (
            ("long_csv", long, "file_template_long", ".csv", csv),
            ("long_xlsx", long, "file_template_long", ".xlsx", xlsx),
            ("wide_csv", wide, "file_template_wide", ".csv", csv),
            ("wide_xlsx", wide, "file_template_wide", ".xlsx", xlsx),
            ("targets_csv", targets, "file_template_targets", ".csv", csv),
        )
    ]


def templates(s: Session, year: int) -> list[Template]:
    """Blank long, wide and targets templates for ``year`` (CSV and Excel, built in memory)."""
    return _templates(s.actuals_upload.key, int(year), s.lang, s.actuals.catalogue)
