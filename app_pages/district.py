"""辖区 District: every town at once. The towns × indicators grid of P(meet), the rankings,
the towns behind a total's shortfall, the downloads, and a town opened in the other pages.

The bundled district (沿滩镇 among illustrative neighbours) until the user uploads their own.
A run is kept in this session (``district_result``) for the files it was made from.
"""

import hashlib

import streamlit as st

from app_pages import state, widgets
from file_readers.entities import (
    DISTRICT_ACTUALS,
    DISTRICT_HIERARCHY,
    DISTRICT_TARGETS,
    read_district,
)
from forecast.district import DistrictResult, run_district
from forecast.district.rank import RANK_BY, last_month, towns_of
from forecast.errors import DataError
from presentation import district as view
from presentation import fmt
from presentation.files import DOCX_MIME, XLSX_MIME
from presentation.overview import table_height
from presentation.problems import describe, describe_all
from presentation.text import t

RESULT_KEY = "district_result"  # (files key, District, DistrictResult)
PREVIOUS_KEY = "district_previous"  # (files key, DistrictResult from last month's data)
UPLOADS = (  # (widget key, the bundled file used until an actuals file is uploaded)
    ("district_actuals", DISTRICT_ACTUALS),
    ("district_targets", DISTRICT_TARGETS),
    ("district_hierarchy", DISTRICT_HIERARCHY),
)

s = state.session()
lang = s.lang
st.title(t("district_title", lang))

with st.expander(t("district_upload_title", lang)):
    st.caption(t("district_upload_help", lang))
    kinds = ["csv", "xlsx"]
    st.file_uploader(t("district_upload_actuals", lang), type=kinds, key="district_actuals")
    st.file_uploader(t("district_upload_targets", lang), type=kinds, key="district_targets")
    st.file_uploader(t("district_upload_hierarchy", lang), type=kinds, key="district_hierarchy")


def _inputs():
    """(bytes, name) of each file: the upload, else the bundled district's."""
    found = []
    for key, bundled in UPLOADS:
        upload = st.session_state.get(key)
        if upload is not None:
            found.append((upload.getvalue(), upload.name))
        elif st.session_state.get("district_actuals") is None:
            found.append((bundled.read_bytes(), bundled.name))
        else:
            found.append((None, None))
    return found


inputs = _inputs()
digest = hashlib.sha256()
for data, name in inputs:
    digest.update(str(name).encode())
    digest.update(data or b"")
files_key = digest.hexdigest()
kept = st.session_state.get(RESULT_KEY)
if kept is None or kept[0] != files_key:
    try:
        with st.spinner(t("district_computing", lang)):
            (a, a_name), (tg, t_name), (h, h_name) = inputs
            district = read_district(a, tg, h, names=(a_name, t_name, h_name))
            result = run_district(district, keep=True)
    except DataError as e:
        st.error(describe_all(e, lang))
        st.stop()
    st.session_state[RESULT_KEY] = (files_key, district, result)
district, result = st.session_state[RESULT_KEY][1:]
sample = st.session_state.get("district_actuals") is None

st.markdown(
    t(
        "district_header",
        lang,
        as_of=fmt.as_of(result.as_of, lang),
        n=len(towns_of(result.table, result.hierarchy)),
        top=view.entity_name(result.hierarchy.top, lang),
    )
)
if sample:
    st.info(t("district_sample_note", lang))
if result.problems:
    with st.expander(t("district_problems_title", lang, n=len(result.problems))):
        for problem in result.problems:
            st.markdown(f"- {describe(problem, lang)}")

st.subheader(t("district_grid_title", lang))
grid = view.grid_table(result, lang)
st.dataframe(
    grid.style.apply(lambda _: view.grid_styles(grid), axis=None).format(
        "{:.0f}%", subset=list(grid.columns[1:]), na_rep="—"
    ),
    hide_index=True,
    width="stretch",
    height=table_height(len(grid)),  # every town and total without scrolling down
    column_config={grid.columns[0]: st.column_config.TextColumn(pinned=True)},  # the names
)
st.caption(t("district_grid_caption", lang))

st.subheader(t("district_ranking_title", lang))
indicators = view.indicators_with_targets(result)
left, right = st.columns(2)
indicator = left.selectbox(
    t("pick_indicator", lang),
    indicators,
    format_func=lambda i: result.catalogue.get_or_default(i).name(lang),
    key="district_indicator",
)
by = right.radio(
    t("district_by_label", lang),
    RANK_BY,
    format_func=view.rank_by_labels(lang).get,
    horizontal=True,
    key="district_by",
)


def _previous() -> DistrictResult | None:
    """The district run from last month's data (the ranking's change since then), kept in
    this session; None in January (last month is another year)."""
    earlier = last_month(district)
    if earlier is None:
        return None
    kept = st.session_state.get(PREVIOUS_KEY)
    if kept is None or kept[0] != files_key:
        with st.spinner(t("district_computing_previous", lang)):
            kept = (files_key, run_district(earlier))
        st.session_state[PREVIOUS_KEY] = kept
    return kept[1]


if indicator:
    # by P(meet), last month's chances are needed for the change of places (one more run)
    previous = _previous() if by == "p_meet" else None
    st.dataframe(view.ranking_table(result, indicator, by, lang, previous), hide_index=True)

    st.subheader(t("district_shortfall_title", lang))
    parents = list(reversed(result.hierarchy.inner))
    parent = st.selectbox(
        t("district_pick_parent", lang),
        parents,
        format_func=lambda e: view.entity_name(e, lang),
        key="district_parent",
    )
    shortfall = view.shortfall_table(result, parent, indicator, lang)
    if shortfall.empty:
        st.caption(t("district_no_shortfall", lang))
    else:
        st.dataframe(shortfall, hide_index=True)
        st.caption(t("district_shortfall_caption", lang))

st.subheader(t("district_open_title", lang))
towns = sorted(district.towns)
town = st.selectbox(t("district_pick_town", lang), towns, key="district_town")


def _open_town() -> None:
    """The picked town becomes the session's data; the other pages show it."""
    picked = st.session_state["district_town"]
    st.session_state[state.ACTUALS_KEY] = state.Upload(
        f"{picked}.csv", view.town_csv(district.towns[picked])
    )
    targets = view.town_targets_csv(district.targets.get(picked, {}))
    st.session_state[state.TARGETS_KEY] = (
        state.Upload(f"{picked}_targets.csv", targets) if targets else None
    )
    st.session_state[state.AS_OF_KEY] = district.as_of


if st.button(t("district_open_button", lang), on_click=_open_town, key="district_open"):
    st.switch_page("app_pages/overview.py")

st.subheader(t("district_downloads_title", lang))
downloads = view.district_files(
    result, t("district_data_name", lang) if sample else inputs[0][1], lang
)
stem = t("district_file_stem", lang)
widgets.download_row(
    [
        widgets.Download(
            t("export_excel", lang), downloads.xlsx, f"{stem}.xlsx", XLSX_MIME, "district_xlsx"
        ),
        widgets.Download(
            t("export_md", lang), downloads.markdown, f"{stem}.md", "text/markdown", "district_md"
        ),
        widgets.Download(
            t("export_docx", lang), downloads.docx, f"{stem}.docx", DOCX_MIME, "district_docx"
        ),
    ]
)
