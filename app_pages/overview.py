"""总览 Overview: the targets likely to be missed first, by name, then every indicator against
its annual target, the riskiest first."""

import streamlit as st

from app_pages import figures, state, widgets
from presentation import overview
from presentation.text import label, t

s = state.session()
# the header and the cards stand above the table but are filled after it: the table, the
# page's slowest element to draw (the browser fetches its code when the first one arrives),
# goes out first (bench/browser_latency.py: ~0.1 s sooner for a new session)
head = st.container()
r = figures.results(s)  # a warning it shows stands under the header
if r is None:
    with head:
        widgets.header(s, "overview_title")
    st.stop()

view = figures.overview_view(s, r)
cards = st.container()

st.caption(t("overview_caption", s.lang))
table = view.shown
widths = widgets.WIDTHS[s.lang]
st.dataframe(
    table.style.apply(widgets.status_styles, subset=["status"], codes=view.status_codes),
    hide_index=True,
    width="stretch",
    height=overview.table_height(len(table)),
    column_order=overview.SHOWN_COLUMNS,
    column_config={
        "name": st.column_config.TextColumn(
            label("col_name", s.lang), width=widths["name"], pinned=True
        ),
        "p_meet_text": st.column_config.TextColumn(
            label("col_p_meet", s.lang), width=widths["p_meet"]
        ),
        "status": st.column_config.TextColumn(label("col_status", s.lang), width=widths["status"]),
        "strip": st.column_config.ImageColumn(
            label("col_strip", s.lang), help=t("col_strip_help", s.lang), width=widths["strip"]
        ),
        "point": st.column_config.TextColumn(
            label("col_point", s.lang), help=t("col_point_median", s.lang), width=widths["point"]
        ),
        "target": st.column_config.TextColumn(label("col_target", s.lang), width=widths["target"]),
        "gap": st.column_config.TextColumn(label("col_gap", s.lang), width=widths["gap"]),
        "band80": st.column_config.TextColumn(label("col_band80", s.lang), width=widths["band"]),
        "ytd": st.column_config.TextColumn(label("col_ytd", s.lang), width=widths["target"]),
        "period": st.column_config.TextColumn(label("col_as_of", s.lang), width=widths["period"]),
        "time_progress": widgets.percent_bar(label("view_time_progress", s.lang)),
        "task_progress": widgets.percent_bar(label("view_task_progress", s.lang)),
        "double_half": st.column_config.TextColumn(
            label("view_double_half", s.lang),
            help=t("view_double_half_help", s.lang),
            width=52,
        ),
    },
)
with head:
    widgets.header(s, "overview_title")
with cards:
    st.markdown(view.counts)
    st.subheader(t("overview_misses_title", s.lang))
    widgets.miss_cards(view.cards, s.lang)
st.caption(overview.thresholds_text(s.lang))
if s.actuals_upload.sample:
    st.info(t("sample_note", s.lang))
