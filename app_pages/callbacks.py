"""What buttons and uploads do (``on_*``, run by streamlit before the page's next run): take an
upload or an edited table through validation, replace or clear the draft, and the store's
actions. Each leaves a one-off message (``state.flash``) for the page to show."""

from __future__ import annotations

import sqlite3
from collections.abc import MutableMapping
from dataclasses import replace

import streamlit as st

from app_pages import cached, state
from app_pages.figures import Results
from app_pages.sources import STORE_ERRORS, resolve, store, store_failed
from app_pages.state import (
    ACTUALS_KEY,
    AS_OF_KEY,
    CANDIDATE_KEY,
    DATA_FLASH,
    DRAFT_KEY,
    SCENARIO_FLASH,
    SCENARIO_KEY,
    TARGETS_KEY,
    Session,
    Upload,
    flash,
    set_draft,
)
from file_readers.tables import sheet_names
from forecast.errors import DataError, Problem
from presentation.files import table_bytes
from presentation.problems import first_of
from presentation.scenario_text import (
    new_draft,
    save_name_problem,
    saved_at_label,
    scenario_label,
    worded,
)
from presentation.text import t
from scenarios.edit import with_assumption
from scenarios.files import read_scenario_text
from scenarios.model import Assumption, Scenario

# ---------------------------------------------------------------- uploads


def problems_of(session_state: MutableMapping, kind: str, upload: Upload) -> list[Problem]:
    """What is wrong with an upload: actuals alone, targets against the session's actuals."""
    if kind == "actuals":
        return cached.parse_actuals(upload.data, upload.name, upload.year)[1]
    base = session_state.get(ACTUALS_KEY) or state.sample_actuals()
    actuals, _ = cached.parse_actuals(base.data, base.name, base.year)
    return cached.parse_targets(upload.data, upload.name, base.key, actuals)[1]


def receive(session_state: MutableMapping, kind: str, upload: Upload) -> list[Problem]:
    """Take an upload ('actuals' or 'targets'): make it active if valid, else keep it as the
    candidate being fixed. Returns its problems (empty when accepted)."""
    problems = problems_of(session_state, kind, upload)
    if problems:
        session_state[CANDIDATE_KEY] = (kind, upload)
        return problems
    session_state.pop(CANDIDATE_KEY, None)
    if kind == "actuals":
        session_state[ACTUALS_KEY] = upload
        session_state.pop(AS_OF_KEY, None)
    else:
        session_state[TARGETS_KEY] = upload
    return []


def candidate_problems(session_state: MutableMapping) -> tuple[str, Upload, list[Problem]] | None:
    """The upload being fixed: (kind, upload, its problems), or None."""
    found = session_state.get(CANDIDATE_KEY)
    if not found:
        return None
    kind, upload = found
    return kind, upload, problems_of(session_state, kind, upload)


def revalidate(session_state: MutableMapping, kind: str, upload: Upload, edited) -> list[Problem]:
    """Check the edited table again, as a file of the same name, kind and sheet name."""
    sheets = sheet_names(upload.data, upload.name)
    data = table_bytes(edited, upload.name, sheets[0] if sheets else None)
    return receive(session_state, kind, Upload(upload.name, data, year=upload.year))


def needs_year(problems: list[Problem]) -> bool:
    """True when the file says no year anywhere (the page then asks for it)."""
    return any(p.code == "bad_year" and p.row is not None and p.row <= 30 for p in problems)


def on_year(upload: Upload, year_key: str) -> None:
    """Read the upload being fixed again with the year the user typed."""
    year = st.session_state.get(year_key)
    if year:
        receive(st.session_state, "actuals", replace(upload, year=int(year)))


def on_upload(kind: str, widget_key: str) -> None:
    """file_uploader callback: hand the new file to ``receive``."""
    file = st.session_state.get(widget_key)
    if file is not None:
        receive(st.session_state, kind, Upload(file.name, file.getvalue()))


def on_revalidate(kind: str, upload: Upload, edited) -> None:
    revalidate(st.session_state, kind, upload, edited)


def on_discard() -> None:
    st.session_state.pop(CANDIDATE_KEY, None)


def on_reset() -> None:
    for key in (ACTUALS_KEY, TARGETS_KEY, CANDIDATE_KEY, AS_OF_KEY):
        st.session_state.pop(key, None)


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
        flash(DATA_FLASH, "error", store_failed(e, s.lang))
        return
    when = saved_at_label(version.saved_at)
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
        flash(DATA_FLASH, "error", store_failed(e, s.lang))
        return
    if not receive(st.session_state, "actuals", Upload(filename, data)):
        flash(DATA_FLASH, "success", t("dataset_loaded", s.lang, name=name, version=version))


# ---------------------------------------------------------------- the draft and the store


def on_clear_indicator(indicator: str) -> None:
    current = st.session_state.get(DRAFT_KEY)
    if isinstance(current, Scenario):
        set_draft(with_assumption(current, indicator, Assumption()), fresh=True)


def on_new_draft() -> None:
    set_draft(new_draft(state.lang()), fresh=True)


def on_load(s: Session, base: Results, source_key: str, version_key: str) -> None:
    """Load the chosen built-in or saved scenario (the chosen version) into the draft."""
    kind, name = st.session_state[source_key]
    try:
        if kind == "saved":
            scenario = store().load_scenario(name, st.session_state.get(version_key))
        else:
            scenario = resolve(s, base, (kind, name))
    except STORE_ERRORS as e:
        flash(SCENARIO_FLASH, "error", store_failed(e, s.lang))
        return
    set_draft(worded(scenario, s.lang), fresh=True)  # a built-in under its name in words
    label = scenario_label(scenario, s.lang)
    flash(SCENARIO_FLASH, "success", t("store_loaded", s.lang, name=label))


def scenario_upload(upload: Upload, catalogue) -> Scenario | list[Problem]:
    """An uploaded scenario file read as the command line reads one (``--scenario F.json``):
    indicators keyed by ids, names or aliases of ``catalogue``; its problems where it cannot."""
    try:
        text = upload.data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [Problem(upload.name, None, None, "unreadable", detail="not UTF-8 text")]
    try:
        return read_scenario_text(text, upload.name, catalogue)
    except DataError as e:
        return list(e.problems)


def on_scenario_upload(s: Session, widget_key: str) -> None:
    """file_uploader callback on the 情景 page: the uploaded scenario becomes the draft, or
    its first problem is said."""
    file = st.session_state.get(widget_key)
    if file is None:
        return
    found = scenario_upload(Upload(file.name, file.getvalue()), s.actuals.catalogue)
    if isinstance(found, list):
        flash(SCENARIO_FLASH, "error", first_of(found, s.lang))
        return
    set_draft(found, fresh=True)
    label = scenario_label(found, s.lang)
    flash(SCENARIO_FLASH, "success", t("store_loaded", s.lang, name=label))


def on_save(s: Session, name_key: str, description_key: str) -> None:
    """Save the draft under the typed name and description as a new version."""
    name = str(st.session_state.get(name_key) or "").strip()
    problem = save_name_problem(name, s.lang)
    if problem:
        flash(SCENARIO_FLASH, "error", problem)
        return
    description = str(st.session_state.get(description_key) or "")
    scenario = replace(state.draft(s), name=name, description=description)
    try:
        version = store().save_scenario(scenario)
    except (sqlite3.Error, OSError) as e:
        flash(SCENARIO_FLASH, "error", store_failed(e, s.lang))
        return
    set_draft(scenario)
    when = saved_at_label(version.saved_at)
    flash(
        SCENARIO_FLASH,
        "success",
        t("store_saved", s.lang, name=name, version=version.version, saved_at=when),
    )


def _store_event(s: Session, name: str | None, deleting: bool) -> None:
    """Delete or restore a saved scenario (events in the store), and say so once."""
    if not name:
        return
    try:
        (store().delete if deleting else store().restore)(name)
    except (sqlite3.Error, OSError, KeyError) as e:
        flash(SCENARIO_FLASH, "error", store_failed(e, s.lang))
        return
    done = t("store_deleted" if deleting else "store_restored", s.lang, name=name)
    flash(SCENARIO_FLASH, "success", done)


def on_delete(s: Session, source_key: str) -> None:
    kind, name = st.session_state[source_key]
    _store_event(s, name if kind == "saved" else None, deleting=True)


def on_restore(s: Session, name_key: str) -> None:
    _store_event(s, st.session_state.get(name_key), deleting=False)


def on_activate(s: Session) -> None:
    """Make the draft the active scenario of every page."""
    scenario = state.draft(s)
    st.session_state[SCENARIO_KEY] = scenario
    name = scenario_label(scenario, s.lang)
    flash(SCENARIO_FLASH, "success", t("active_set", s.lang, name=name))


def on_baseline(s: Session) -> None:
    st.session_state.pop(SCENARIO_KEY, None)
    flash(SCENARIO_FLASH, "success", t("active_cleared", s.lang))
