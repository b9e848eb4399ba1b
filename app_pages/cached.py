"""Every cached call into the domain and presentation, and the store's one handle.

Each function is keyed by what its figures depend on: the content hashes of the data
(``actuals_key``, ``targets_key``), the as-of month, the method, the scenario's fingerprint and
the language. Arguments starting with ``_`` are the objects those keys stand for (not hashed),
so two sessions with the same file share the work. Nothing here reads ``st.session_state``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import streamlit as st

from file_readers.tables import (
    Inspection,
    inspect_actuals,
    read_actuals,
    read_table,
    read_targets,
)
from forecast import alternatives
from forecast.actuals import Actuals, as_of_options, default_as_of
from forecast.batch import project_each
from forecast.catalogue import Catalogue
from forecast.checks import Check, checks_for
from forecast.errors import DataError, Problem
from forecast.projection import Projection
from forecast.targets import Goal, Target
from presentation import charts, exports, files, indicator, intake, overview, scenario_text
from presentation.text import t
from scenarios import solve
from scenarios.apply import ScenarioResult, apply_scenario, apply_to_one
from scenarios.model import Assumption, GroupShock, Scenario
from scenarios.solve import GoalSeek, PastGrowth, goal_seek
from scenarios.store import Store


@st.cache_data(show_spinner=False, max_entries=32)
def parse_actuals(
    data: bytes, name: str, year: int | None = None
) -> tuple[Actuals | None, list[Problem]]:
    """An actuals file read and checked (``year`` for a sheet that names none): (actuals, [])
    or (None, its problems)."""
    try:
        return read_actuals(data, name=name, year=year), []
    except DataError as e:
        return None, e.problems


@st.cache_data(show_spinner=False, max_entries=16)
def inspect_upload(data: bytes, name: str, year: int | None = None) -> Inspection:
    """How an actuals file was understood, row by row (the 数据 page's table)."""
    return inspect_actuals(data, name=name, year=year)


@st.cache_data(show_spinner=False, max_entries=16)
def fix_table(data: bytes, name: str) -> intake.Table:
    """An upload's first sheet as text to edit, indexed by spreadsheet row (empty for a file
    that cannot be read at all: its problem says why)."""
    try:
        frame, _ = read_table(data, name)
    except DataError:
        frame = None
    return intake.editable_table(frame)


@st.cache_data(show_spinner=False, max_entries=32)
def as_of_choices(actuals_key: str, _actuals: Actuals) -> tuple[list[tuple[int, int]], tuple]:
    """The as-of months the data allows, and the one to start from (the latest)."""
    return as_of_options(_actuals), default_as_of(_actuals)


@st.cache_data(show_spinner=False, max_entries=32)
def parse_targets(
    data: bytes, name: str, actuals_key: str, _actuals: Actuals
) -> tuple[dict[tuple[str, int], Target] | None, list[Problem]]:
    """A targets file read against the actuals' catalogue: (targets, []) or (None, problems)."""
    try:
        return read_targets(data, _actuals.catalogue, name=name), []
    except DataError as e:
        return None, e.problems


@st.cache_data(show_spinner=False, max_entries=64)
def baseline(
    actuals_key: str,
    targets_key: str,
    as_of: tuple[int, int],
    method: str,
    _actuals: Actuals,
    _targets: Mapping[tuple[str, int], Target],
) -> tuple[dict[str, Projection], dict[str, Check], tuple[Problem, ...]]:
    """The model's projections of every indicator that can be projected, their target checks,
    and the problems of the indicators left out (from the file, or a method that failed)."""
    found = project_each(_actuals, as_of, method)
    checks = checks_for(found.projections, _targets, _actuals.catalogue)
    return found.projections, checks, found.dropped


@st.cache_data(show_spinner=False, max_entries=32)  # each holds every indicator's draws
def applied(
    actuals_key: str,
    targets_key: str,
    as_of: tuple[int, int],
    method: str,
    scenario_key: str,
    _actuals: Actuals,
    _targets: Mapping[tuple[str, int], Target],
    _scenario: Scenario,
    _projections: Mapping[str, Projection],
) -> tuple[dict | None, dict | None, list[Problem]]:
    """The scenario applied to the baseline: (projections, checks, []) or (None, None, why
    it does not fit the data)."""
    try:
        r = apply_scenario(_scenario, _actuals, _targets, baseline=_projections, as_of=as_of)
    except DataError as e:
        return None, None, e.problems
    return dict(r.projections), dict(r.checks), []


@st.cache_data(show_spinner=False, max_entries=64)
def overview_view(
    actuals_key: str,
    targets_key: str,
    as_of: tuple[int, int],
    scenario_key: str,
    lang: str,
    _projections: Mapping[str, Projection],
    _checks: Mapping[str, Check],
    _catalogue: Catalogue,
) -> overview.OverviewView:
    """The overview's figures in words, built once for every session with the same data,
    month, scenario and language."""
    return overview.overview_view(dict(_projections), dict(_checks), _catalogue, lang)


@st.cache_data(show_spinner=False, max_entries=128)
def method_rows(
    actuals_key: str,
    targets_key: str,
    as_of: tuple[int, int],
    indicator_id: str,
    scenario_key: str,
    _actuals: Actuals,
    _p: Projection,
    _target: Target | None,
) -> list[alternatives.MethodRow]:
    """Every method's projection of one indicator, with its skill at this month."""
    higher = _actuals.catalogue.get_or_default(indicator_id).higher_is_better
    return alternatives.method_rows(_actuals, _p, _target, higher)


@st.cache_data(show_spinner=False, max_entries=128)
def project_one(
    actuals_key: str,
    as_of: tuple[int, int],
    indicator_id: str,
    method: str,
    scenario_key: str,
    _actuals: Actuals,
    _p: Projection,
    _scenario: Scenario,
) -> Projection:
    """One indicator projected with ``method``, under the scenario's assumptions on it."""
    other = alternatives.project_one(_actuals, _p, method)
    return apply_to_one(_scenario, other, _actuals.catalogue)


@st.cache_data(show_spinner=False, max_entries=256)
def chart_specs(
    actuals_key: str,
    targets_key: str,
    as_of: tuple[int, int],
    indicator_id: str,
    method: str,
    lang: str,
    scenario_key: str,
    narrow: bool,
    _actuals: Actuals,
    _p: Projection,
    _c: Check,
) -> tuple[dict, dict]:
    """The indicator chart and the year-end inset beside it as Vega-Lite specs; ``narrow``
    for a chart in a column."""
    history = alternatives.history_panel(_actuals, _p)
    frames = indicator.fan_frames(history, _p, _c)
    spec = charts.indicator_chart(frames, _p.unit, _p.kind, lang).to_dict()
    if narrow:  # a chart in a column: legends in three columns, so both fit under it
        spec.setdefault("config", {}).setdefault("legend", {})["columns"] = 3
    gap = indicator.gap_sentence(_p, _c, lang)
    return spec, charts.year_end_chart(frames, _p.unit, gap, lang).to_dict()


@st.cache_data(show_spinner=False, max_entries=256)
def goal(
    actuals_key: str,
    targets_key: str,
    as_of: tuple[int, int],
    indicator_id: str,
    method: str,
    assumptions: str,
    probability: float,
    higher: bool,
    _p: Projection,
    _a: Assumption,
    _shocks: Sequence[GroupShock],
    _goal: Goal | None,
) -> GoalSeek:
    """What the remaining months must bring (``assumptions``: what the solve keeps, as JSON)."""
    return goal_seek(_p, _a, _shocks, _goal, probability, higher)


@st.cache_data(show_spinner=False, max_entries=256)
def past_growth(
    actuals_key: str, as_of: tuple[int, int], indicator_id: str, _actuals: Actuals, _p: Projection
) -> PastGrowth | None:
    """How the remaining months grew in the indicator's past years (to say when a goal-seek
    answer lies beyond them)."""
    return solve.past_growth(alternatives.history_panel(_actuals, _p), _p.year, _p.as_of)


@st.cache_data(show_spinner=False, max_entries=64)
def compare_tables(
    actuals_key: str,
    targets_key: str,
    as_of: tuple[int, int],
    lang: str,
    keys: tuple[tuple[str, str], ...],
    pair: tuple[str, str] | None,
    _found: Mapping[str, ScenarioResult],
    _catalogue: Catalogue,
):
    """Scenarios side by side, and the difference of ``pair`` (None without one)."""
    table = scenario_text.compare_table(_found, _catalogue, lang)
    if pair is None:
        return table, None
    first, second = pair
    return table, scenario_text.difference_table(
        _found[first], _found[second], pair, _catalogue, lang
    )


@st.cache_data(show_spinner=False, max_entries=32)
def export_files(
    actuals_key: str,
    targets_key: str,
    as_of: tuple[int, int],
    lang: str,
    scenario_keys: tuple[str, ...],
    notes: exports.ExportNotes,
    _named: Sequence[exports.Named],
    _catalogue: Catalogue,
) -> exports.ExportFiles:
    """The workbook, CSV and brief of the scenarios ``_named`` (the active one first)."""
    return exports.export_files(_named, _catalogue, notes, lang)


@dataclass(frozen=True)
class Template:
    """A blank template to download: ``kind`` names its label (``template_<kind>``)."""

    kind: str
    data: bytes
    file_name: str
    mime: str


@st.cache_data(show_spinner=False, max_entries=16)
def templates(actuals_key: str, year: int, lang: str, _catalogue: Catalogue) -> list[Template]:
    """Blank long, wide and targets templates for ``year`` (CSV and Excel, built in memory)."""
    long = intake.template_long(_catalogue, year)
    wide = intake.template_wide(_catalogue, year)
    targets = intake.template_targets(_catalogue, year)
    sheet = t("sheet_wide", lang, year=year)
    csv, xlsx = "text/csv", files.XLSX_MIME
    return [
        Template(
            kind,
            files.table_bytes(frame, f"t{suffix}", sheet),
            f"{t(stem, lang)}_{year}{suffix}",
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


@st.cache_resource(show_spinner=False)
def store(path: str) -> Store:
    """The SQLite store at ``path``, opened once per process."""
    return Store(path)
