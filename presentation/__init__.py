"""Presentation: what users read, in Chinese first and English, from the domain's numbers.

Text (``text`` and ``strings.toml``), number formats (``fmt``), display tables (``overview``,
``indicator``, ``intake``, ``scenario_form``, ``scenario_text``), charts, the brief, and the files
to download (``sheets``, ``files``, ``exports``). Pure: no streamlit, no file system; bytes out.
Used by the app and the command line; nothing in the domain imports it.
"""
