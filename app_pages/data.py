"""数据 Data: upload actuals and targets, see every problem with its row and column, fix values
in place and check again, download blank templates, choose the as-of month."""

import streamlit as st

from app_pages import cached, callbacks, downloads, report_reader, sources, state, widgets
from forecast.errors import Problem
from presentation import fmt, intake
from presentation.problems import bad_cells, dropped_sentence, fold, problem_table
from presentation.scenario_text import dataset_labels, dataset_name
from presentation.text import t

s = state.session()
widgets.header(s, "data_title")

summary = intake.dataset_summary(s.actuals)
st.markdown(
    t(
        "data_current",
        s.lang,
        name=s.data_name,
        indicators=summary.indicators,
        rows=summary.rows,
        first=fmt.year_month(summary.first, s.lang),
        last=fmt.year_month(summary.last, s.lang),
    )
)
if s.targets_upload is None:
    st.markdown(t("data_targets_none", s.lang))
else:
    name = t("data_targets_sample", s.lang) if s.targets_upload.sample else s.targets_upload.name
    st.markdown(t("data_targets_current", s.lang, name=name, n=len(s.targets)))

with st.expander(t("dataset_title", s.lang)):
    state.show_flash(state.DATA_FLASH)
    st.caption(t("dataset_caption", s.lang))
    name_column, save_column = st.columns([3, 2], vertical_alignment="bottom")
    name_column.text_input(
        t("store_name", s.lang),
        value=dataset_name(s.actuals_upload.name, s.actuals_upload.sample, s.lang),
        key=f"data_save_name_{s.actuals_upload.key}",
    )
    save_column.button(
        t("dataset_save", s.lang),
        on_click=callbacks.on_save_dataset,
        args=(s, f"data_save_name_{s.actuals_upload.key}"),
        key="data_save",
    )
    saved = dataset_labels(sources.saved_versions("dataset"), s.lang)
    if saved:
        pick_column, load_column = st.columns([3, 2], vertical_alignment="bottom")
        pick_column.selectbox(
            t("dataset_pick", s.lang),
            list(saved),
            format_func=saved.get,
            placeholder=t("pick_placeholder", s.lang),
            key=f"data_load_choice_{s.lang}",
        )
        load_column.button(
            t("dataset_load", s.lang),
            on_click=callbacks.on_load_dataset,
            args=(s, f"data_load_choice_{s.lang}"),
            key="data_load",
        )
    else:
        st.caption(t("dataset_none", s.lang))

up_actuals, up_targets = st.columns(2)
up_actuals.file_uploader(
    t("upload_actuals", s.lang),
    type=["csv", "xlsx", "xlsm", "xls", "txt"],
    help=t("upload_help", s.lang),  # Streamlit's own words in the box stay English
    key="data_actuals_file",
    on_change=callbacks.on_upload,
    args=("actuals", "data_actuals_file"),
)
up_targets.file_uploader(
    t("upload_targets", s.lang),
    type=["csv", "xlsx", "xlsm", "xls", "txt"],
    help=t("upload_help", s.lang),
    key="data_targets_file",
    on_change=callbacks.on_upload,
    args=("targets", "data_targets_file"),
)


def fix_table(kind: str, upload: state.Upload, problems: list[Problem], discard: bool) -> None:
    """The uploaded table to fix and check again: its rows with problems first (the cells at
    fault in red, wherever they are in the file), the editor showing just those rows unless
    the toggle is off."""
    st.subheader(t("fix_title", s.lang))
    st.caption(t("fix_caption", s.lang))
    table = cached.fix_table(upload.data, upload.name)
    cells = bad_cells(problems, table.columns)
    rows = [row for row in sorted(cells) if row in table.index]
    only = False
    if rows:
        st.markdown(t("fix_bad_rows_title", s.lang, n=len(rows)))
        st.dataframe(intake.highlighted(table, cells), width="stretch")
        only = st.toggle(
            t("fix_only_bad", s.lang),
            value=True,
            help=t("fix_only_bad_help", s.lang),
            key="data_fix_only_bad",
        )
    edited = st.data_editor(
        table.loc[rows] if only else table,
        key=f"data_editor_{'bad' if only else 'all'}",
        num_rows="fixed" if only else "dynamic",
        hide_index=False,
        width="stretch",
    )
    fix, discard_column = st.columns([1, 4])
    fix.button(
        t("fix_revalidate", s.lang),
        type="primary",
        on_click=callbacks.on_revalidate,
        args=(kind, upload, intake.with_edits(table, edited) if only else edited),
        key="data_revalidate",
    )
    if discard:
        discard_column.button(
            t("fix_discard", s.lang), on_click=callbacks.on_discard, key="data_discard"
        )


pending = callbacks.candidate_problems(st.session_state)
if pending is None and not s.actuals_upload.sample:
    st.success(t("upload_ok", s.lang, name=s.actuals_upload.name))
if pending is None and s.targets_upload is not None and not s.targets_upload.sample:
    st.success(t("upload_ok", s.lang, name=s.targets_upload.name))
if not s.actuals_upload.sample or s.targets_upload is None or not s.targets_upload.sample:
    st.button(t("reset_sample", s.lang), on_click=callbacks.on_reset, key="data_reset")

if pending is not None:
    kind, upload, problems = pending
    # one bad cell is one problem: a month it left missing is folded under it
    st.error(t("upload_problems", s.lang, name=upload.name, n=len(fold(problems))))
    widgets.problem_table(problem_table(problems, s.lang))
    if kind == "actuals" and callbacks.needs_year(problems):
        year_column, read_column = st.columns([1, 2], vertical_alignment="bottom")
        year_column.number_input(
            t("data_year", s.lang), value=s.as_of[0], step=1, format="%d", key="data_year"
        )
        read_column.button(
            t("data_year_read", s.lang),
            on_click=callbacks.on_year,
            args=(upload, "data_year"),
            key="data_year_read",
        )
    if kind == "actuals":
        understood = intake.inspection_table(
            cached.inspect_upload(upload.data, upload.name, upload.year), s.lang
        )
        if len(understood):
            with st.expander(t("data_understood_title", s.lang)):
                st.dataframe(understood, hide_index=True, width="stretch")
    fix_table(kind, upload, problems, discard=True)

if s.actuals.dropped:  # the file was taken; these indicators were left out, and why
    st.warning(dropped_sentence(s.actuals.dropped, s.actuals.catalogue, s.lang))
    widgets.problem_table(problem_table(list(s.actuals.dropped), s.lang))
    if pending is None and not s.actuals_upload.sample:  # fix them in place too
        fix_table("actuals", s.actuals_upload, list(s.actuals.dropped), discard=False)
if s.actuals.warnings:
    with st.expander(t("data_warnings_title", s.lang, n=len(s.actuals.warnings))):
        widgets.problem_table(problem_table(list(s.actuals.warnings), s.lang))

report_reader.render(s)  # 从报告读取: figures read out of a report, added on confirmation

if not s.actuals_upload.sample:
    understood = intake.inspection_table(
        cached.inspect_upload(s.actuals_upload.data, s.actuals_upload.name, s.actuals_upload.year),
        s.lang,
    )
    with st.expander(t("data_understood_title", s.lang)):
        st.dataframe(understood, hide_index=True, width="stretch")

st.subheader(t("as_of_title", s.lang))
options, _ = cached.as_of_choices(s.actuals_key, s.actuals)
as_of_column, _ = st.columns([1, 2])
as_of_column.selectbox(
    t("as_of_title", s.lang),
    options,
    index=options.index(s.as_of),
    format_func=lambda ym: fmt.as_of(ym, s.lang),
    help=t("as_of_help", s.lang),
    placeholder=t("pick_placeholder", s.lang),
    key=f"data_as_of_choice_{s.lang}",  # see indicator.py: a fresh widget per language
    on_change=state.remember,
    args=(f"data_as_of_choice_{s.lang}", state.AS_OF_KEY),
    label_visibility="collapsed",
)

st.subheader(t("templates_title", s.lang))
year_column, _ = st.columns([1, 2])
year = year_column.number_input(
    t("templates_year", s.lang), value=s.as_of[0], step=1, format="%d", key="data_template_year"
)
widgets.download_row(
    [
        widgets.Download(
            t(f"template_{x.kind}", s.lang), x.data, x.file_name, x.mime, f"data_template_{x.kind}"
        )
        for x in downloads.templates(s, year)
    ],
    primary_first=False,
)
st.caption(t("templates_caption", s.lang))

with st.expander(t("data_preview", s.lang)):
    st.dataframe(s.actuals.frame, hide_index=True, width="stretch")
