"""导出 Export: the Excel workbook, CSV, and the one-page brief (Markdown and Word)."""

import streamlit as st

from app_pages import downloads, figures, sources, state, widgets
from presentation.brief import for_preview
from presentation.files import DOCX_MIME, XLSX_MIME
from presentation.text import t

s = state.session()
widgets.header(s, "export_title")
r = figures.results(s)
if r is None:
    st.stop()

picked = st.multiselect(
    t("export_scenarios", s.lang),
    sources.scenario_sources(),
    format_func=lambda source: sources.source_label(s, source),
    placeholder=t("pick_scenarios", s.lang),
    key=f"export_scenarios_{s.lang}",
)
files = downloads.export_files(s, r, sources.others_to_export(s, picked))
widgets.download_row(
    [
        widgets.Download(t(label, s.lang), data, downloads.file_name(s, stem, suffix), mime, key)
        for label, data, stem, suffix, mime, key in (
            ("export_excel", files.xlsx, "file_stem", ".xlsx", XLSX_MIME, "export_xlsx"),
            ("export_csv", files.csv, "file_stem", ".csv", "text/csv", "export_csv"),
            ("export_md", files.markdown, "file_brief", ".md", "text/markdown", "export_md"),
            ("export_docx", files.docx, "file_brief", ".docx", DOCX_MIME, "export_docx"),
        )
    ]
)
st.caption(t("export_caption", s.lang))

st.subheader(t("export_brief_title", s.lang))
with st.container(border=True):
    st.markdown(for_preview(files.markdown))

st.subheader(t("export_table_title", s.lang))
st.dataframe(files.preview, hide_index=True, width="stretch")
