"""数据 page, 从报告读取: paste a report's text or upload the file, review the figures read
(each one's clause marked in the text), edit or drop rows, then add the chosen ones to the
actuals and the targets. Nothing enters the data but by one of the two add buttons, and what
they add goes through the same checks as an upload."""

from __future__ import annotations

import itertools
from pathlib import Path

import streamlit as st

from app_pages import callbacks, state
from app_pages.state import Session, Upload
from file_readers.reports import read_report
from forecast.errors import DataError
from forecast.extract import APPROX, BASES, KINDS, extract
from forecast.extract.clauses import unwrap
from presentation import report_reader
from presentation.files import table_bytes
from presentation.problems import describe_all
from presentation.text import t

RESULT_KEY = "data_reader_result"  # (text, rows, notes, year) of the last reading
GEN_KEY = "data_reader_gen"  # bumped per reading, so the review table starts afresh
FLASH_KEY = "data_reader_flash"
_GENERATIONS = itertools.count(1)
NUMBERS = ("value", "growth_pct", "target_share_pct", "target_value", "structure_share_pct")


def _on_read(s: Session) -> None:
    """Read the uploaded file, else the pasted text; keep the figures for review."""
    file = st.session_state.get("data_reader_file")
    year = int(st.session_state.get("data_reader_year") or s.as_of[0])
    if file is not None:
        try:
            text = read_report(file.getvalue(), file.name).text
        except DataError as e:
            state.flash(FLASH_KEY, "error", describe_all(e, s.lang))
            return
    else:  # pasted out of a PDF, lines break at the page width: joined again
        text = unwrap(st.session_state.get("data_reader_text") or "")
    found = extract(text, s.actuals.catalogue, year=year)
    st.session_state[RESULT_KEY] = (text, found.rows, found.notes, year)
    st.session_state[GEN_KEY] = next(_GENERATIONS)


def _on_add_actuals(s: Session, rows) -> None:
    merged = report_reader.merged_actuals(s.actuals.frame, rows)
    name = f"{Path(s.actuals_upload.name).stem}+report.csv"
    problems = callbacks.receive(
        st.session_state, "actuals", Upload(name, table_bytes(merged, name))
    )
    if not problems:
        state.flash(FLASH_KEY, "success", t("extract_added_actuals", s.lang, n=len(rows)))


def _on_add_targets(s: Session, rows) -> None:
    merged = report_reader.merged_targets(s.targets, rows)
    base = s.targets_upload.name if s.targets_upload else "targets.csv"
    name = f"{Path(base).stem}+report.csv"
    problems = callbacks.receive(
        st.session_state, "targets", Upload(name, table_bytes(merged, name))
    )
    if not problems:
        state.flash(FLASH_KEY, "success", t("extract_added_targets", s.lang, n=len(rows)))


def _column_config(lang: str) -> dict:
    labels = report_reader.column_labels(lang)
    config: dict = {c: st.column_config.TextColumn(labels[c]) for c in labels}
    config["keep"] = st.column_config.CheckboxColumn(labels["keep"])
    config["no"] = st.column_config.NumberColumn(labels["no"], width="small")
    for c in NUMBERS:
        config[c] = st.column_config.NumberColumn(labels[c], format="%g")
    config["kind"] = st.column_config.SelectboxColumn(labels["kind"], options=list(KINDS))
    config["basis"] = st.column_config.SelectboxColumn(labels["basis"], options=list(BASES))
    config["approx"] = st.column_config.SelectboxColumn(labels["approx"], options=list(APPROX))
    config["sentence"] = st.column_config.TextColumn(labels["sentence"], width="large")
    return config


def render(s: Session) -> None:
    """The 从报告读取 expander of the 数据 page."""
    found = st.session_state.get(RESULT_KEY)
    with st.expander(t("extract_title", s.lang), expanded=found is not None):
        state.show_flash(FLASH_KEY)
        st.caption(t("extract_caption", s.lang))
        st.text_area(t("extract_paste", s.lang), key="data_reader_text", height=140)
        file_column, year_column, read_column = st.columns([4, 1, 1], vertical_alignment="bottom")
        file_column.file_uploader(
            t("extract_file", s.lang), type=["txt", "md", "docx", "pdf"], key="data_reader_file"
        )
        year_column.number_input(
            t("extract_year", s.lang), value=s.as_of[0], step=1, format="%d", key="data_reader_year"
        )
        read_column.button(
            t("extract_read", s.lang), on_click=_on_read, args=(s,), key="data_reader_read"
        )
        if found is None:
            return
        text, rows, notes, year = found
        for line in report_reader.note_texts(notes, s.lang):
            st.info(line)
        if not rows:
            return
        st.markdown(report_reader.highlight_html(text, rows), unsafe_allow_html=True)
        st.caption(t("extract_found", s.lang, n=len(rows)))
        edited = st.data_editor(
            report_reader.review_table(rows),
            key=f"data_reader_editor_{st.session_state.get(GEN_KEY, 0)}",
            hide_index=True,
            disabled=["no", "sentence"],
            column_config=_column_config(s.lang),
            width="stretch",
        )
        actuals, skipped_actuals = report_reader.confirmed_actuals(edited)
        targets, skipped_targets = report_reader.confirmed_targets(edited, year)
        add_actuals, add_targets, _ = st.columns([2, 2, 3])
        add_actuals.button(
            t("extract_add_actuals", s.lang, n=len(actuals)),
            on_click=_on_add_actuals,
            args=(s, actuals),
            disabled=actuals.empty,
            type="primary",
            key="data_reader_add_actuals",
        )
        add_targets.button(
            t("extract_add_targets", s.lang, n=len(targets)),
            on_click=_on_add_targets,
            args=(s, targets),
            disabled=targets.empty,
            key="data_reader_add_targets",
        )
        skipped = report_reader.skipped_note(skipped_actuals, skipped_targets, s.lang)
        if skipped:
            st.caption(skipped)
