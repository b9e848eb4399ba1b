"""导出 Export: the Excel workbook, CSV, and the one-page brief (Markdown and Word)."""

import streamlit as st

from app_pages import _shared as ui
from forecast import brief, exporters
from forecast.i18n import t

s = ui.session()
ui.header(s, "export_title")
r = ui.results(s)
if r is None:
    st.stop()

sources = ui.scenario_sources()
picked = st.multiselect(
    t("export_scenarios", s.lang),
    sources,
    format_func=lambda source: ui.source_label(s, source),
    placeholder=t("pick_scenarios", s.lang),
    key=f"export_scenarios_{s.lang}",
)
files = ui.export_files(s, r, ui.others_to_export(s, picked))
buttons = st.columns(4)
buttons[0].download_button(
    t("export_excel", s.lang),
    files.xlsx,
    file_name=ui.file_name(s, "file_stem", ".xlsx"),
    mime=exporters.XLSX_MIME,
    type="primary",
    key="export_xlsx",
)
buttons[1].download_button(
    t("export_csv", s.lang),
    files.csv,
    file_name=ui.file_name(s, "file_stem", ".csv"),
    mime="text/csv",
    key="export_csv",
)
buttons[2].download_button(
    t("export_md", s.lang),
    files.markdown,
    file_name=ui.file_name(s, "file_brief", ".md"),
    mime="text/markdown",
    key="export_md",
)
buttons[3].download_button(
    t("export_docx", s.lang),
    files.docx,
    file_name=ui.file_name(s, "file_brief", ".docx"),
    mime=exporters.DOCX_MIME,
    key="export_docx",
)
st.caption(t("export_caption", s.lang))

st.subheader(t("export_brief_title", s.lang))
with st.container(border=True):
    st.markdown(brief.for_preview(files.markdown))

st.subheader(t("export_table_title", s.lang))
st.dataframe(files.preview, hide_index=True, width="stretch")
