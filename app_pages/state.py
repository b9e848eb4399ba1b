"""This browser session's state: its keys, its data (``Session``), language, the draft
scenario, pickers' remembered choices and one-off messages.

Session keys are prefixed by their owner: ``app_`` (language, active scenario), ``data_`` (the
data page: uploads, as-of month), ``indicator_``, ``scenario_`` (the scenarios page: the draft),
``export_``. Each browser session has its own ``st.session_state``, so uploads and drafts never
leak between sessions; cached results are keyed by the content hash of the data (and of the
scenario), so two sessions with the same file share the work, not the state.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import streamlit as st

from app_pages import cached
from file_readers.tables import SAMPLE_ACTUALS, SAMPLE_TARGETS
from forecast.actuals import Actuals
from forecast.targets import Target
from presentation import fmt
from presentation.scenario_text import new_draft, scenario_label
from presentation.text import t
from scenarios.builtins import BASELINE
from scenarios.edit import fingerprint
from scenarios.model import Scenario

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
    """A file as the user gave it: its name and bytes."""

    name: str
    data: bytes
    sample: bool = False
    year: int | None = None  # the year the user gave for a sheet that names none

    @property
    def key(self) -> str:
        digest = hashlib.sha256(self.name.encode())
        digest.update(b"\0")
        digest.update(self.data)
        if self.year is not None:
            digest.update(f"\0{self.year}".encode())
        return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def sample_actuals() -> Upload:
    return Upload(SAMPLE_ACTUALS.name, SAMPLE_ACTUALS.read_bytes(), sample=True)


@lru_cache(maxsize=1)
def sample_targets() -> Upload:
    return Upload(SAMPLE_TARGETS.name, SAMPLE_TARGETS.read_bytes(), sample=True)


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
    def actuals_key(self) -> str:
        return self.actuals_upload.key

    @property
    def targets_key(self) -> str:
        return self.targets_upload.key if self.targets_upload else "none"

    @property
    def as_of_label(self) -> str:
        return fmt.as_of(self.as_of, self.lang)

    @property
    def scenario_label(self) -> str:
        """基准 for the baseline; a saved scenario shows its own name."""
        return scenario_label(self.scenario, self.lang)

    @property
    def scenario_key(self) -> str:
        return fingerprint(self.scenario)


def lang() -> str:
    return st.session_state.get(LANG_KEY, "zh")


def session() -> Session:
    """The session's active data (the sample until a valid upload replaces it)."""
    state = st.session_state
    upload = state.get(ACTUALS_KEY) or sample_actuals()
    actuals, _ = cached.parse_actuals(upload.data, upload.name, upload.year)
    if actuals is None:  # cannot happen for an accepted upload; fall back to the sample
        upload = sample_actuals()
        actuals, _ = cached.parse_actuals(upload.data, upload.name)
    targets_upload = state.get(TARGETS_KEY, sample_targets())
    targets: dict = {}
    if targets_upload is not None:
        found, _ = cached.parse_targets(
            targets_upload.data, targets_upload.name, upload.key, actuals
        )
        targets = found or {}
    options, latest = cached.as_of_choices(upload.key, actuals)
    as_of = state.get(AS_OF_KEY)
    if as_of not in options:
        as_of = latest
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


# ---------------------------------------------------------------- the draft scenario


def draft(s: Session) -> Scenario:
    """This session's draft scenario (an empty one to start)."""
    found = st.session_state.get(DRAFT_KEY)
    return found if isinstance(found, Scenario) else new_draft(s.lang)


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
    return f"{indicator}_{s.lang}_{s.as_of[0]}_{s.as_of[1]}_{s.actuals_key}_{gen}"


# ---------------------------------------------------------------- remembered choices


def picked(state_key: str, choices: Sequence, default: int) -> int:
    """The position of the remembered choice (``remember``), else ``default``."""
    found = st.session_state.get(state_key)
    return choices.index(found) if found in choices else default


def remember(widget_key: str, state_key: str) -> None:
    """Widget callback: keep the widget's value under a key that outlives the page."""
    st.session_state[state_key] = st.session_state[widget_key]


# ---------------------------------------------------------------- one-off messages


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
