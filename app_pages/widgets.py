"""Layout pieces every page shares: the page header, the sidebar (language, as-of month,
scenario, data), column widths, status colours and the percentage bar column."""

from __future__ import annotations

import streamlit as st

from app_pages.state import LANG_KEY, LANGS, Session
from presentation.text import t

# table column widths (px) by language: English names run longer
WIDTHS = {"zh": {"name": 140, "period": 52}, "en": {"name": 200, "period": 70}}
# a status as a metric's delta colour
STATUS_DELTA_COLORS = {
    "off_track": "red",
    "at_risk": "orange",
    "on_track": "green",
    "no_target": "gray",
}
_STATUS_CELLS = {
    "off_track": "background-color: #f8d7da; color: #842029",
    "at_risk": "background-color: #fff3cd; color: #664d03",
    "on_track": "background-color: #d1e7dd; color: #0f5132",
    "no_target": "color: #6c757d",
}


def header(s: Session, title_key: str) -> None:
    """Page title, and the as-of month and scenario always in view."""
    st.title(t(title_key, s.lang))
    st.markdown(
        t("header_line", s.lang, as_of=s.as_of_label, scenario=s.scenario_label, data=s.data_name)
    )


def sidebar(s: Session) -> None:
    """The language switch, and the as-of month, scenario and data in use."""
    with st.sidebar:
        st.radio(
            t("lang_label", s.lang),
            list(LANGS),
            format_func=LANGS.get,
            key=LANG_KEY,
            horizontal=True,
        )
        st.markdown(
            f"**{t('side_as_of', s.lang)}** {s.as_of_label}  \n"
            f"**{t('side_scenario', s.lang)}** {s.scenario_label}  \n"
            f"**{t('side_data', s.lang)}** {s.data_name}"
        )


def percent_bar(label: str, width: int = 90):
    """A progress-bar column for a percentage (0–100), labelled with one decimal."""
    return st.column_config.ProgressColumn(
        label, format="%.1f%%", min_value=0, max_value=100, width=width
    )


def status_styles(column, codes) -> list[str]:
    """Styler callback: the status column's cell styles, by each row's status code."""
    return [_STATUS_CELLS.get(code, "") for code in codes]
