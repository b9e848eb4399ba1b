"""指标 Indicator: one indicator's path, projection fan, target, and how sure the method is."""

import streamlit as st

from app_pages import _shared as ui
from forecast import fmt, views
from forecast.i18n import t

s = ui.session()
ui.header(s, "indicator_title")
r = ui.results(s)
if r is None:
    st.stop()

catalogue = s.actuals.catalogue
left, right = st.columns([2, 1])
choices, riskiest = views.indicator_choices(r.projections, r.checks, catalogue)
# widget keys carry the language: Streamlit keeps a selected option's label across reruns,
# so a language switch needs a fresh widget; the choice itself outlives it
picked = st.session_state.get("indicator_picked")
indicator = left.selectbox(
    t("pick_indicator", s.lang),
    choices,
    index=choices.index(picked) if picked in choices else riskiest,
    format_func=lambda i: catalogue.get_or_default(i).name(s.lang),
    key=f"indicator_choice_{s.lang}",
    on_change=ui.remember,
    args=(f"indicator_choice_{s.lang}", "indicator_picked"),
)
base = r.projections[indicator]
methods = list(views.METHOD_ORDER) if base.kind == "level" else [base.method]
method = right.selectbox(
    t("pick_method", s.lang),
    methods,
    index=methods.index(base.method) if base.method in methods else 0,
    format_func=lambda m: views.method_name(m, s.lang),
    key=f"indicator_method_{s.lang}",
)
p = ui.projection_with(s, r, indicator, method)
c = r.checks[indicator] if p is base else views.check_for(p, s.targets, catalogue)

cols = st.columns(4)
cols[0].metric(
    t("metric_ytd", s.lang),
    fmt.quantity(p.ytd, p.unit),
    fmt.period(p.as_of, s.lang),
    delta_color="gray",
    delta_arrow="off",
    border=True,
)
cols[1].metric(
    views.label("col_point_median", s.lang),
    fmt.quantity(p.point, p.unit),
    f"{t('metric_band', s.lang)} {views.band80(p)}",
    delta_color="blue",
    delta_arrow="off",
    border=True,
)
cols[2].metric(
    t("metric_target", s.lang),
    views.target_text(c, p),
    views.required_text(c, p, s.lang),
    delta_color="gray",
    delta_arrow="off",
    border=True,
)
cols[3].metric(
    t("metric_p_meet", s.lang),
    fmt.percent(c.p_meet),
    t(f"status_{c.status}", s.lang),
    delta_color=ui.STATUS_DELTA_COLORS[c.status],
    delta_arrow="off",
    border=True,
)

st.subheader(t("chart_title", s.lang))
st.vega_lite_chart(spec=ui.chart_spec(s, p, c), width="stretch")
st.caption(t("chart_caption", s.lang))

with st.spinner(t("methods_running", s.lang)):
    rows = ui.method_rows(s, r, indicator)
st.subheader(t("explain_title", s.lang))
st.markdown("\n".join(f"- {line}" for line in views.explain(p, c, rows, s.lang)))

st.subheader(t("methods_title", s.lang))
st.dataframe(
    views.method_table(rows, p.unit, p.method, s.lang),
    hide_index=True,
    width="stretch",
    column_config={
        "chosen": st.column_config.TextColumn(views.label("col_chosen", s.lang), width="small"),
        "method": views.label("col_method_name", s.lang),
        "point": views.label("col_point_median", s.lang),
        "band80": views.label("col_band80", s.lang),
        "p_meet": ui.percent_bar(views.label("col_p_meet", s.lang)),
        "skill_years": st.column_config.NumberColumn(views.label("col_skill_years", s.lang)),
        "skill_error": views.label("col_skill_error", s.lang),
    },
)
st.caption(t("methods_caption", s.lang))
