"""指标 Indicator: one indicator's path, projection fan, target, and how sure the method is."""

import streamlit as st

from app_pages import figures, state, widgets
from forecast.checks import check_for
from presentation import overview
from presentation.indicator import (
    explain,
    method_table,
    metric_cards,
)
from presentation.text import label, t

s = state.session()
widgets.header(s, "indicator_title")
r = figures.results(s)
if r is None:
    st.stop()

catalogue = s.actuals.catalogue


# a pick of indicator or method reruns this part alone: the header, the sidebar and the
# navigation stay as they are (bench/browser_latency.py)
@st.fragment
def detail() -> None:
    left, right = st.columns([2, 1])
    choices, riskiest = overview.indicator_choices(r.projections, r.checks, catalogue)
    # widget keys carry the language: Streamlit keeps a selected option's label across reruns,
    # so a language switch needs a fresh widget; the choice itself outlives it
    indicator = left.selectbox(
        t("pick_indicator", s.lang),
        choices,
        index=state.picked("indicator_picked", choices, riskiest),
        format_func=lambda i: catalogue.get_or_default(i).name(s.lang),
        key=f"indicator_choice_{s.lang}",
        on_change=state.remember,
        args=(f"indicator_choice_{s.lang}", "indicator_picked"),
        placeholder=t("pick_placeholder", s.lang),
    )
    base = r.projections[indicator]
    method = widgets.method_picker(right, base, s.lang, f"indicator_method_{s.lang}")
    p = figures.projection_with(s, r, indicator, method)
    c = r.checks[indicator] if p is base else check_for(p, s.targets, catalogue)

    widgets.metric_grid(metric_cards(p, c, s.lang))

    st.subheader(t("chart_title", s.lang))
    chart_column, inset_column = st.columns([3, 1])
    chart, inset = figures.chart_specs(s, p, c, narrow=True)
    chart_column.vega_lite_chart(spec=chart, width="stretch")
    inset_column.vega_lite_chart(spec=inset, width="stretch")
    st.caption(t("chart_caption", s.lang))

    with st.spinner(t("methods_running", s.lang)):
        rows = figures.method_rows(s, r, indicator)
    st.subheader(t("explain_title", s.lang))
    st.markdown("\n".join(f"- {line}" for line in explain(p, c, rows, s.lang)))

    st.subheader(t("methods_title", s.lang))
    st.dataframe(
        method_table(rows, p.unit, p.method, s.lang),
        hide_index=True,
        width="stretch",
        column_config={
            "chosen": st.column_config.TextColumn(label("col_chosen", s.lang), width="small"),
            "method": label("col_method_name", s.lang),
            "point": label("col_point_median", s.lang),
            "band80": label("col_band80", s.lang),
            "p_meet": st.column_config.TextColumn(label("col_p_meet", s.lang), width="small"),
            "skill_years": st.column_config.NumberColumn(label("col_skill_years", s.lang)),
            "skill_error": label("col_skill_error", s.lang),
        },
    )
    st.caption(t("methods_caption", s.lang))


detail()
