"""总览 Overview: every indicator against its annual target, the riskiest first."""

import streamlit as st

from app_pages import _shared as ui
from forecast import views
from forecast.i18n import t

s = ui.session()
ui.header(s, "overview_title")
r = ui.results(s)
if r is None:
    st.stop()

counts = views.status_counts(r.checks)
for column, status in zip(st.columns(len(counts)), counts, strict=True):
    column.metric(
        t(f"metric_{status}", s.lang),
        t("metric_count", s.lang, n=counts[status]),
        border=True,
    )

st.caption(t("overview_caption", s.lang))
table = views.overview_table(r.projections, r.checks, s.actuals.catalogue, s.lang)
st.dataframe(
    table.style.apply(ui.status_styles, subset=["status"], codes=table["status_code"]),
    hide_index=True,
    width="stretch",
    height=views.table_height(len(table)),
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
        "p_meet",
    ],
    column_config={
        "name": st.column_config.TextColumn(
            views.label("col_name", s.lang), width=ui.WIDTHS[s.lang]["name"]
        ),
        "period": st.column_config.TextColumn(
            views.label("col_as_of", s.lang), width=ui.WIDTHS[s.lang]["period"]
        ),
        "ytd": st.column_config.TextColumn(views.label("col_ytd", s.lang), width=85),
        "target": st.column_config.TextColumn(views.label("col_target", s.lang), width=85),
        "time_progress": ui.percent_bar(views.label("view_time_progress", s.lang)),
        "task_progress": ui.percent_bar(views.label("view_task_progress", s.lang)),
        "double_half": st.column_config.TextColumn(
            views.label("view_double_half", s.lang),
            help=t("view_double_half_help", s.lang),
            width=52,
        ),
        "point": st.column_config.TextColumn(
            views.label("col_point", s.lang), help=t("col_point_median", s.lang), width=100
        ),
        "band80": st.column_config.TextColumn(views.label("col_band80", s.lang), width=130),
        "p_meet": ui.percent_bar(views.label("col_p_meet", s.lang)),
        "status": st.column_config.TextColumn(views.label("col_status", s.lang), width=64),
    },
)
st.caption(views.thresholds_text(s.lang))
if s.actuals_upload.sample:
    st.info(t("sample_note", s.lang))
