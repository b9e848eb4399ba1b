"""What every page shares: the session's data, language, as-of month and scenario; the cached
calls into the core; the sidebar. Glue only: every figure comes from ``forecast``.

Session keys are prefixed by their owner: ``app_`` (language, scenario), ``data_`` (the data
page: uploads, as-of month), ``indicator_``, ``export_``. Each browser session has its own
``st.session_state``, so uploads never leak between sessions; cached results are keyed by the
content hash of the data, so two sessions with the same file share the work, not the state.
"""

from __future__ import annotations

import hashlib
from collections.abc import MutableMapping
from dataclasses import dataclass
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

LANG_KEY = "app_lang"
SCENARIO_KEY = "app_scenario"
ACTUALS_KEY = "data_active_actuals"  # Upload; absent: the sample
TARGETS_KEY = "data_active_targets"  # Upload; absent: the sample targets
CANDIDATE_KEY = "data_candidate"  # (kind, Upload) that failed validation, being fixed
AS_OF_KEY = "data_as_of"  # (year, month) chosen on the data page
BASELINE = "baseline"
LANGS = {"zh": "中文", "en": "English"}


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


@st.cache_data(show_spinner=False, max_entries=128)
def _method_rows(
    actuals_key: str, targets_key: str, as_of: tuple[int, int], indicator: str, _s, _p, _target
) -> list[views.MethodRow]:
    info = _s.actuals.catalogue.get_or_default(indicator)
    return views.method_rows(_s.actuals, _p, _target, info.higher_is_better)


@st.cache_data(show_spinner=False, max_entries=128)
def _project_one(
    actuals_key: str, as_of: tuple[int, int], indicator: str, method: str, _s, _p
) -> Projection:
    return views.project_one(_s.actuals, _p, method)


@st.cache_data(show_spinner=False, max_entries=256)
def _chart_spec(
    actuals_key: str, targets_key: str, as_of, indicator: str, method: str, lang_: str, _s, _p, _c
) -> dict:
    frames = views.fan_frames(views.history_panel(_s.actuals, _p), _p, _c)
    return charts.indicator_chart(frames, _p.unit, _p.kind, lang_).to_dict()


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
    scenario: str

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
        try:
            return t(f"scenario_{self.scenario}", self.lang)
        except KeyError:
            return self.scenario


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
    return Session(
        lang(),
        upload,
        actuals,
        targets_upload,
        targets,
        as_of,
        state.get(SCENARIO_KEY, BASELINE),
    )


@dataclass(frozen=True)
class Results:
    projections: dict[str, Projection]
    checks: dict[str, Check]


def results(s: Session, method: str = "auto") -> Results | None:
    """Projections and checks of the session's data (cached by content); shows failures."""
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
    return _method_rows(s.actuals_upload.key, s.targets_key, s.as_of, indicator, s, p, target)


def chart_spec(s: Session, p: Projection, c: Check) -> dict:
    """The indicator chart as a Vega-Lite spec (built and validated once per figure)."""
    return _chart_spec(
        s.actuals_upload.key, s.targets_key, s.as_of, p.indicator, p.method, s.lang, s, p, c
    )


def projection_with(s: Session, r: Results, indicator: str, method: str) -> Projection:
    """The indicator's projection with ``method`` (the reconciled one for auto)."""
    p = r.projections[indicator]
    if method == p.method:
        return p
    return _project_one(s.actuals_upload.key, s.as_of, indicator, method, s, p)


# ---------------------------------------------------------------- uploads


def receive(state: MutableMapping, kind: str, upload: Upload) -> list[Problem]:
    """Take an upload ('actuals' or 'targets'): make it active if valid, else keep it as the
    candidate being fixed. Returns its problems (empty when accepted)."""
    if kind == "actuals":
        _, problems = parse_actuals(upload.data, upload.name)
    else:
        base = state.get(ACTUALS_KEY) or sample_actuals()
        actuals, _ = parse_actuals(base.data, base.name)
        _, problems = parse_targets(upload.data, upload.name, base.key, actuals)
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
    if kind == "actuals":
        _, problems = parse_actuals(upload.data, upload.name)
    else:
        base = state.get(ACTUALS_KEY) or sample_actuals()
        actuals, _ = parse_actuals(base.data, base.name)
        _, problems = parse_targets(upload.data, upload.name, base.key, actuals)
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


def brief_context(s: Session) -> brief.BriefContext:
    return brief.BriefContext(
        s.as_of_label, s.scenario_label, s.data_name, sample=s.actuals_upload.sample
    )


@dataclass(frozen=True)
class ExportFiles:
    xlsx: bytes
    csv: bytes
    markdown: str
    docx: bytes
    preview: object


@st.cache_data(show_spinner=False, max_entries=32)
def _export_files(
    actuals_key: str, targets_key: str, as_of, lang_: str, scenario: str, _s, _r
) -> ExportFiles:
    s, r = _s, _r
    summary = sheets.export_sheet(r.projections, r.checks, s.actuals.catalogue, lang_)
    notes = sheets.notes_sheet(
        [
            (t("notes_as_of", lang_), s.as_of_label),
            (t("notes_data", lang_), s.data_name),
            (t("notes_scenario", lang_), s.scenario_label),
            (t("notes_thresholds", lang_), views.thresholds_text(lang_)),
            (t("notes_method", lang_), t("notes_method_text", lang_)),
            *([("", t("brief_sample", lang_))] if s.actuals_upload.sample else []),
        ],
        lang_,
    )
    # one summary sheet per scenario once scenarios exist: {scenario name: sheet, ...}
    workbook = {
        f"{t('sheet_summary', lang_)}-{s.scenario_label}": summary,
        t("sheet_notes", lang_): notes,
    }
    text = brief.draft(r.projections, r.checks, s.actuals.catalogue, brief_context(s), lang_)
    return ExportFiles(
        exporters.excel_bytes(workbook),
        exporters.csv_bytes(summary),
        text,
        exporters.docx_bytes(text),
        exporters.shown_frame(summary),
    )


def export_files(s: Session, r: Results) -> ExportFiles:
    return _export_files(s.actuals_upload.key, s.targets_key, s.as_of, s.lang, s.scenario, s, r)


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
