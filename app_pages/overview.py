"""总览 Overview: every indicator against its annual target, the riskiest first."""

import streamlit as st

from app_pages import figures, state, widgets
from presentation import overview
from presentation.text import label, t

s = state.session()
widgets.header(s, "overview_title")
r = figures.results(s)
if r is None:
    st.stop()

counts = overview.status_counts(r.checks)
for column, status in zip(st.columns(len(counts)), counts, strict=True):
    column.metric(
        t(f"metric_{status}", s.lang),
        t("metric_count", s.lang, n=counts[status]),
        border=True,
    )

st.caption(t("overview_caption", s.lang))
table = overview.overview_table(r.projections, r.checks, s.actuals.catalogue, s.lang)
st.dataframe(
    table.style.apply(widgets.status_styles, subset=["status"], codes=table["status_code"]),
    hide_index=True,
    width="stretch",
    height=overview.table_height(len(table)),
    column_order=[
        "name",
        "status",
        "period",
        "ytd",
        "target",
        "time_progress",
        "task_progress",
        "double_half",
        "point",
        "band80",
        "p_meet_text",
    ],
    column_config={
        "name": st.column_config.TextColumn(
            label("col_name", s.lang), width=widgets.WIDTHS[s.lang]["name"]
        ),
        "period": st.column_config.TextColumn(
            label("col_as_of", s.lang), width=widgets.WIDTHS[s.lang]["period"]
        ),
        "ytd": st.column_config.TextColumn(label("col_ytd", s.lang), width=85),
        "target": st.column_config.TextColumn(label("col_target", s.lang), width=85),
        "time_progress": widgets.percent_bar(label("view_time_progress", s.lang)),
        "task_progress": widgets.percent_bar(label("view_task_progress", s.lang)),
        "double_half": st.column_config.TextColumn(
            label("view_double_half", s.lang),
            help=t("view_double_half_help", s.lang),
            width=52,
        ),
        "point": st.column_config.TextColumn(
            label("col_point", s.lang), help=t("col_point_median", s.lang), width=100
        ),
        "band80": st.column_config.TextColumn(label("col_band80", s.lang), width=130),
        "p_meet_text": st.column_config.TextColumn(label("col_p_meet", s.lang), width=72),
        "status": st.column_config.TextColumn(label("col_status", s.lang), width=64),
    },
)
st.caption(overview.thresholds_text(s.lang))
if s.actuals_upload.sample:
    st.info(t("sample_note", s.lang))
