"""镇域经济指标年末预测 · the app's router: pages, sidebar, language.

Run with ``bash scripts/dev.sh app`` (or ``streamlit run app.py``). Each page lives in
app_pages/ and only lays out widgets; the figures come from the domain (``forecast``,
``scenarios``) and the words and tables from ``presentation``.
"""

import streamlit as st

from app_pages import state, widgets
from presentation.text import t

lang = state.lang()
st.set_page_config(page_title=t("app_title", lang), page_icon="📈", layout="wide")

PAGES = [
    st.Page(
        "app_pages/overview.py", title=t("page_overview", lang), url_path="overview", default=True
    ),
    st.Page("app_pages/indicator.py", title=t("page_indicator", lang), url_path="indicator"),
    st.Page("app_pages/scenarios.py", title=t("page_scenarios", lang), url_path="scenarios"),
    st.Page("app_pages/data.py", title=t("page_data", lang), url_path="data"),
    st.Page("app_pages/export.py", title=t("page_export", lang), url_path="export"),
    st.Page("app_pages/district.py", title=t("page_district", lang), url_path="district"),
]

page = st.navigation(PAGES)
try:  # the page first: its first table goes out before the sidebar (a container of its own)
    page.run()
finally:  # a page that stops early (st.stop) still gets its sidebar
    widgets.sidebar(state.session())
