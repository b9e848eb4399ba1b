"""情景 Scenarios: a workbench for this session's draft scenario. Pick an indicator, say what the
rest of the year does (growth, one-off amounts, a shock, the seasonal profile, the method) and
see the projection and the chance of meeting the target move; ask what growth the target needs;
save, load, compare, and make a scenario the one every page shows."""

import streamlit as st

from app_pages import callbacks, figures, sources, state, widgets
from presentation import fmt, overview
from presentation import scenario_form as form
from presentation import scenario_text as words
from presentation.problems import describe
from presentation.text import label, t
from scenarios.edit import renamed, with_assumption, with_group_shocks

s = state.session()
widgets.header(s, "scenario_title")
base = figures.baseline_results(s)
if base is None:
    st.stop()
st.caption(t("scenario_intro", s.lang))
catalogue = s.actuals.catalogue
draft = state.draft(s)
work, saving, comparing = st.tabs(
    [
        t("scenario_tab_work", s.lang),
        t("scenario_tab_store", s.lang),
        t("scenario_tab_compare", s.lang),
    ],
    key=f"scenario_tab_{s.lang}",
    on_change="rerun",  # only the open tab is drawn: a change redraws a third of the page
)


# ---------------------------------------------------------------- assumptions and their effect
# the work tab reruns alone when one of its widgets changes (picking an indicator, typing an
# assumption): the header, the sidebar and the tabs stay as they are (bench/browser_latency.py).
# Its buttons change only the draft, which nothing outside the tab shows.
@st.fragment
def workbench() -> None:
    draft = state.draft(s)
    choices, riskiest = overview.indicator_choices(base.projections, base.checks, catalogue)
    pick_column, _ = st.columns([1, 1])
    indicator = pick_column.selectbox(
        t("pick_indicator", s.lang),
        choices,
        index=state.picked(state.PICKED_KEY, choices, riskiest),
        format_func=lambda i: catalogue.get_or_default(i).name(s.lang),
        key=f"scenario_indicator_{s.lang}",
        on_change=state.remember,
        args=(f"scenario_indicator_{s.lang}", state.PICKED_KEY),
        placeholder=t("pick_placeholder", s.lang),
    )
    p = base.projections[indicator]
    a = draft.assumption(indicator)
    months = form.remaining_months(p)
    token = state.widget_token(s, indicator)
    left, right = st.columns([2, 3], gap="large")

    with left:
        st.subheader(t("scenario_assumptions", s.lang))
        if not months:
            st.info(t("scenario_no_months", s.lang))
        else:
            method = widgets.method_picker(st, p, s.lang, f"scenario_method_{token}", a.method)
            growth = st.number_input(
                t("scenario_growth" if p.kind == "level" else "scenario_growth_kind", s.lang),
                value=a.growth,
                min_value=-99.0,
                max_value=1000.0,
                step=0.5,
                format="%.1f",
                placeholder=form.growth_placeholder(p, s.lang),
                help=t("scenario_growth_help", s.lang, months=words.rest_label(p, s.lang)),
                key=f"scenario_growth_{token}",
            )
            with st.expander(t("scenario_by_month", s.lang)):
                by_month = widgets.month_editor(
                    form.growth_frame(a, p, s.lang),
                    t("col_month", s.lang),
                    {
                        "growth": st.column_config.NumberColumn(
                            t("col_growth_pct", s.lang),
                            min_value=-99.0,
                            max_value=1000.0,
                            step=0.1,
                            format="%.1f",
                        ),
                    },
                    key=f"scenario_bymonth_{token}",
                )
                st.caption(t("scenario_by_month_caption", s.lang))
            if p.kind == "level":
                st.markdown(f"**{t('scenario_amounts', s.lang)}**")
                amounts = widgets.month_editor(
                    form.amounts_frame(a, p, s.lang),
                    t("col_month", s.lang),
                    {
                        "one_off": st.column_config.NumberColumn(
                            t("col_one_off", s.lang, unit=p.unit),
                            format=form.column_format(p.unit),
                        ),
                        "fixed": st.column_config.NumberColumn(
                            t("col_fixed", s.lang, unit=p.unit),
                            min_value=0.0,
                            format=form.column_format(p.unit),
                        ),
                    },
                    key=f"scenario_amounts_{token}",
                )
                st.caption(t("scenario_amounts_caption", s.lang, unit=p.unit))
                span, size = form.shock_initial(a, p)
                st.markdown(f"**{t('scenario_shock', s.lang)}**")
                span_column, size_column = st.columns([3, 2])
                shock_months = span_column.select_slider(
                    t("scenario_shock_months", s.lang),
                    options=months,
                    value=span,
                    format_func=lambda m: fmt.month(m, s.lang),
                    key=f"scenario_shockmonths_{token}",
                )
                shock_pct = size_column.number_input(
                    t("scenario_shock_pct", s.lang),
                    value=size,
                    min_value=-99.0,
                    max_value=1000.0,
                    step=1.0,
                    format="%.1f",
                    placeholder=t("scenario_shock_none", s.lang),
                    help=t("scenario_shock_help", s.lang),
                    key=f"scenario_shock_{token}",
                )
                kind, years = form.profile_initial(a)
                profile = st.selectbox(
                    t("scenario_profile", s.lang),
                    form.PROFILES,
                    index=form.PROFILES.index(kind),
                    format_func=lambda k: t(f"profile_{k}", s.lang),
                    help=t("scenario_profile_help", s.lang),
                    key=f"scenario_profile_{token}",
                    placeholder=t("pick_placeholder", s.lang),
                )
                shares = None
                if profile == "average":
                    years = st.number_input(
                        t("scenario_profile_years", s.lang),
                        min_value=1,
                        max_value=10,
                        value=years,
                        step=1,
                        key=f"scenario_years_{token}",
                    )
                if profile == "custom":
                    shares = st.data_editor(
                        form.shares_frame(a, p, s.lang),
                        hide_index=True,
                        num_rows="fixed",
                        width="stretch",
                        placeholder="",
                        column_config={
                            "month": st.column_config.TextColumn(
                                t("col_month", s.lang), disabled=True
                            ),
                            "share": st.column_config.NumberColumn(
                                t("col_share", s.lang), min_value=0.0, step=0.1, format="%.1f"
                            ),
                        },
                        key=f"scenario_shares_{token}",
                    )
                    st.caption(t("scenario_shares_caption", s.lang))
                quantiles, level = form.quantile_choices(a)
                quantile = st.selectbox(
                    t("scenario_quantile", s.lang),
                    quantiles,
                    index=level,
                    format_func=lambda q: words.quantile_label(q, s.lang),
                    key=f"scenario_quantile_{token}",
                    placeholder=t("pick_placeholder", s.lang),
                )
                inputs = form.Inputs(
                    method=method,
                    growth=growth,
                    growth_months=by_month,
                    amounts=amounts,
                    shock_months=shock_months,
                    shock_pct=shock_pct,
                    profile=profile,
                    profile_years=years,
                    shares=shares,
                    quantile=quantile,
                )
            else:
                st.caption(t("scenario_growth_only", s.lang))
                inputs = form.Inputs(method=method, growth=growth, growth_months=by_month)
            draft = with_assumption(
                draft, indicator, form.assumption_from_inputs(p, a, inputs, s.lang)
            )
            st.button(
                t("scenario_clear", s.lang),
                on_click=callbacks.on_clear_indicator,
                args=(indicator,),
                key=f"scenario_clear_{token}",
            )

    group_months = form.months_after(s.as_of[1])
    if group_months:
        st.subheader(t("scenario_groups_title", s.lang))
        month_names = [fmt.month(m, s.lang) for m in group_months]
        groups = st.data_editor(
            form.group_frame(draft, catalogue, base.projections, group_months, s.lang),
            hide_index=True,
            num_rows="fixed",
            width="stretch",
            placeholder="",
            column_order=["label", "start", "end", "pct"],
            column_config={
                "label": st.column_config.TextColumn(t("col_group", s.lang), disabled=True),
                "start": st.column_config.SelectboxColumn(
                    t("col_start", s.lang), options=month_names, required=True
                ),
                "end": st.column_config.SelectboxColumn(
                    t("col_end", s.lang), options=month_names, required=True
                ),
                "pct": st.column_config.NumberColumn(
                    t("col_pct", s.lang), min_value=-99.0, max_value=1000.0, format="%.1f"
                ),
            },
            key=f"scenario_groups_{state.widget_token(s)}",
        )
        st.caption(t("scenario_groups_caption", s.lang))
        draft = with_group_shocks(
            draft, form.group_shocks_from_frame(groups, draft, group_months, s.lang)
        )
    draft = state.set_draft(draft)

    with st.expander(t("scenario_draft_title", s.lang)):
        described = words.describe(draft, catalogue, s.lang)
        if described.empty:
            st.caption(t("scenario_draft_empty", s.lang))
        else:
            st.dataframe(
                described,
                hide_index=True,
                width="stretch",
                column_config={
                    "name": label("col_name", s.lang),
                    "assumption": label("col_assumption", s.lang),
                },
            )
        st.button(t("scenario_new", s.lang), on_click=callbacks.on_new_draft, key="scenario_new")

    outcome = figures.scenario_results(s, base, draft)
    with right:
        name = catalogue.get_or_default(indicator).name(s.lang)
        st.subheader(t("scenario_result_title", s.lang, name=name))
        if outcome.problems:
            errors = "\n".join(f"- {describe(e, s.lang)}" for e in outcome.problems)
            st.error(t("scenario_invalid", s.lang, error=errors))
        else:
            shown, check = outcome.projections[indicator], outcome.checks[indicator]
            higher = catalogue.get_or_default(indicator).higher_is_better
            metrics = words.indicator_metrics(
                p, base.checks[indicator], shown, check, higher, s.lang
            )
            widgets.metric_grid(metrics)
            chart, _ = figures.chart_specs(s, shown, check, draft, narrow=True)
            st.vega_lite_chart(spec=chart, width="stretch")
            st.caption(t("scenario_chart_caption", s.lang))

            st.subheader(t("goal_title", s.lang))
            choice = st.radio(
                t("goal_prob", s.lang),
                form.GOAL_CHOICES,
                format_func=lambda c: form.goal_choice_label(c, s.lang),
                horizontal=True,
                key=f"scenario_goal_choice_{s.lang}",
            )
            custom = None
            if choice == form.GOAL_OTHER:
                custom = st.select_slider(
                    t("goal_custom", s.lang),
                    options=form.PROBABILITIES,
                    value=0.5,
                    format_func=fmt.percent,
                    key="scenario_goal_custom",
                )
            kind, sentence = figures.goal_text(
                s, base, draft, indicator, form.goal_probability(choice, custom)
            )
            {"success": st.success, "error": st.error, "warning": st.warning}.get(kind, st.info)(
                sentence
            )
            if check.status != "no_target":
                st.caption(
                    t("goal_now", s.lang, p=fmt.probability(check.p_meet, s.lang, about=True))
                )


with work:
    if work.open:
        workbench()

# ---------------------------------------------------------------- save, load, make active
with saving:
    if saving.open:
        state.show_flash(state.SCENARIO_FLASH)
        st.subheader(t("active_title", s.lang))
        st.markdown(t("active_text", s.lang, name=s.scenario_label))
        use_column, back_column, _ = st.columns([2, 2, 3])
        use_column.button(
            t("active_use", s.lang),
            type="primary",
            on_click=callbacks.on_activate,
            args=(s,),
            key="scenario_activate",
        )
        if not s.scenario.is_baseline:
            back_column.button(
                t("active_baseline", s.lang),
                on_click=callbacks.on_baseline,
                args=(s,),
                key="scenario_baseline",
            )

        st.subheader(t("store_save_title", s.lang))
        generation = state.widget_token(s)
        typed_name = st.text_input(
            t("store_name", s.lang), value=draft.name, key=f"scenario_name_{generation}"
        )
        typed_description = st.text_area(
            t("store_description", s.lang),
            value=draft.description,
            height=80,
            key=f"scenario_description_{generation}",
        )
        draft = state.set_draft(renamed(draft, typed_name, typed_description))
        st.button(
            t("store_save", s.lang),
            on_click=callbacks.on_save,
            args=(s, f"scenario_name_{generation}", f"scenario_description_{generation}"),
            key="scenario_save",
        )

        st.subheader(t("store_versions_title", s.lang))
        versions = sources.saved_versions()
        if versions:
            st.dataframe(words.versions_table(versions, s.lang), hide_index=True, width="stretch")
        else:
            st.caption(t("store_none", s.lang))

        st.subheader(t("store_load_title", s.lang))
        st.file_uploader(
            t("scenario_upload", s.lang),
            type=["json"],
            key="scenario_upload",
            on_change=callbacks.on_scenario_upload,
            args=(s, "scenario_upload"),
        )
        source_column, version_column = st.columns(2)
        source = source_column.selectbox(
            t("store_source", s.lang),
            sources.scenario_sources(),
            format_func=lambda x: sources.source_label(s, x),
            key=f"scenario_load_source_{s.lang}",
            placeholder=t("pick_placeholder", s.lang),
        )
        if source[0] == "saved":
            numbered = words.version_choices(versions, source[1], s.lang)
            version_column.selectbox(
                t("store_version", s.lang),
                list(numbered),
                format_func=numbered.get,
                key=f"scenario_load_version_{s.lang}",
                placeholder=t("pick_placeholder", s.lang),
            )
        load_column, delete_column, _ = st.columns([2, 2, 3])
        load_column.button(
            t("store_load", s.lang),
            on_click=callbacks.on_load,
            args=(s, base, f"scenario_load_source_{s.lang}", f"scenario_load_version_{s.lang}"),
            key="scenario_load",
        )
        if source[0] == "saved":
            delete_column.button(
                t("store_delete", s.lang),
                on_click=callbacks.on_delete,
                args=(s, f"scenario_load_source_{s.lang}"),
                key="scenario_delete",
            )
        deleted = list(dict.fromkeys(v.name for v in sources.saved_versions(deleted=True)))
        if deleted:
            restore_column, restore_button, _ = st.columns([2, 2, 3], vertical_alignment="bottom")
            restore_column.selectbox(
                t("store_restore_pick", s.lang),
                deleted,
                key="scenario_restore_name",
                placeholder=t("pick_placeholder", s.lang),
            )
            restore_button.button(
                t("store_restore", s.lang),
                on_click=callbacks.on_restore,
                args=(s, "scenario_restore_name"),
                key="scenario_restore",
            )
        st.caption(t("store_where", s.lang))

    # ---------------------------------------------------------------- compare
with comparing:
    if comparing.open:
        picked = st.multiselect(
            t("compare_pick", s.lang),
            sources.scenario_sources(draft_too=True),
            default=[("builtin", "baseline"), ("draft", "")],
            format_func=lambda x: sources.pick_label(s, x),
            placeholder=t("pick_scenarios", s.lang),
            key=f"scenario_compare_{s.lang}",
        )
        found = sources.compared(s, base, picked)
        table_area = st.container()
        st.subheader(t("diff_title", s.lang))
        labels = list(found)
        pair = None
        if len(labels) >= 2:
            a_column, b_column = st.columns(2)
            pair = (
                a_column.selectbox(
                    t("diff_a", s.lang),
                    labels,
                    index=0,
                    key=f"scenario_diff_a_{s.lang}",
                    placeholder=t("pick_placeholder", s.lang),
                ),
                b_column.selectbox(
                    t("diff_b", s.lang),
                    labels,
                    index=1,
                    key=f"scenario_diff_b_{s.lang}",
                    placeholder=t("pick_placeholder", s.lang),
                ),
            )
        side_by_side, difference = figures.compare_tables(s, found, pair)
        if found:
            widgets.named_table(table_area, side_by_side, s.lang)
            table_area.caption(t("compare_caption", s.lang))
        if difference is None:
            st.caption(t("compare_need_two", s.lang))
        else:
            widgets.named_table(st, difference, s.lang)
