"""Layout pieces every page shares: the page header, the sidebar (language, as-of month,
scenario, data), column widths, status colours and the percentage bar column."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from app_pages.state import LANG_KEY, LANGS, Session
from presentation.indicator import STATUS_COLORS, method_choices, method_name
from presentation.overview import MissCard, rows_of, table_height
from presentation.scenario_text import Metric
from presentation.text import label, t

# table column widths (px) by language: English names run longer. Name, chance and status
# fit a phone's 358 px; at 1280 px in English the name, chance, status, year-end strip,
# forecast and 80% band fit beside the sidebar.
WIDTHS = {
    "zh": {
        "name": 146,
        "period": 52,
        "p_meet": 64,
        "status": 56,
        "strip": 108,
        "point": 92,
        "target": 85,
        "gap": 92,
        "band": 130,
    },
    "en": {
        "name": 236,
        "period": 64,
        "p_meet": 78,
        "status": 70,
        "strip": 110,
        "point": 80,
        "target": 80,
        "gap": 84,
        "band": 124,
    },
}
# the 数据 page's problem tables (row, column, problem, caused by it): at 1280 px beside the
# sidebar (~820 px of table) every column on screen, the long texts wrapped in taller rows
PROBLEM_WIDTHS = (56, 96, 340, 300)
PROBLEM_ROW_PX = 76  # three lines of wrapped text (Streamlit wraps only above 64 px)
STATUS_DELTA_COLORS = STATUS_COLORS  # a status as a metric's delta colour
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


def miss_cards(cards: list[MissCard], lang: str, per_row: int = 4) -> None:
    """The targets likely to be missed as bordered cards, up to ``per_row`` side by side
    (one under another on a phone); a line when there are none."""
    if not cards:
        st.success(t("overview_misses_none", lang))
        return
    for row in rows_of(cards, per_row):
        for column, card in zip(st.columns(per_row), row, strict=False):
            with column.container(border=True):
                colour = STATUS_DELTA_COLORS[card.status]
                st.markdown(f"**{card.name}** :{colour}-badge[{card.status_text}]")
                lines = [card.forecast, f"**{card.chance}**"]
                if card.need:
                    lines.append(card.need)
                st.markdown("  \n".join(lines))


# the metric grid's cards even: a value or delta in Latin letters only ("8%", "Jan–May") is
# drawn a few px lower than one with Chinese (the CJK font's taller line), so each part gets
# one fixed line height, above either font's
_METRIC_GRID_CSS = """<style>
[class*="st-key-metric_grid"] [data-testid="stMetricValue"] { line-height: 3.75rem; }
[class*="st-key-metric_grid"] [data-testid="stMetricDelta"] { line-height: 1.25rem; }
</style>"""


def metric_grid(metrics: list[Metric], per_row: int = 2, key: str = "metric_grid") -> None:
    """Bordered metric cards, ``per_row`` side by side, all of one height: two keep a value
    with its unit and a band whole beside the sidebar at 1280 px (four were cut); one under
    another on a phone. ``key`` names the grid (unique on a page)."""
    st.html(_METRIC_GRID_CSS)
    with st.container(key=key):
        for row in rows_of(metrics, per_row):
            for column, m in zip(st.columns(per_row), row, strict=False):
                column.metric(
                    m.label,
                    m.value,
                    m.delta,
                    delta_color=m.color,
                    delta_arrow=m.arrow,
                    border=True,
                    height="stretch",
                )


@dataclass(frozen=True)
class Download:
    """A file to offer: the button's label, the bytes, the file's name and type, the key."""

    label: str
    data: bytes
    file_name: str
    mime: str
    key: str


def download_row(files: list[Download], primary_first: bool = True) -> None:
    """Download buttons side by side (the first one primary unless ``primary_first`` is
    False)."""
    for n, (column, f) in enumerate(zip(st.columns(len(files)), files, strict=True)):
        column.download_button(
            f.label,
            f.data,
            file_name=f.file_name,
            mime=f.mime,
            type="primary" if primary_first and n == 0 else "secondary",
            key=f.key,
        )


def month_editor(frame, month_label: str, columns: dict, key: str):
    """An editable table of the remaining months: one fixed row a month (the month itself
    not editable), the ``columns`` given as column configs; returns the edited table."""
    return st.data_editor(
        frame,
        hide_index=True,
        num_rows="fixed",
        width="stretch",
        placeholder="",
        column_config={"month": st.column_config.TextColumn(month_label, disabled=True), **columns},
        key=key,
    )


def method_picker(where, p, lang: str, key: str, current: str | None = None) -> str:
    """A picker of the methods that can project ``p`` (named in ``lang``), on ``current`` or
    the projection's own; returns the method's id."""
    methods, chosen = method_choices(p, current)
    return where.selectbox(
        t("pick_method", lang),
        methods,
        index=chosen,
        format_func=lambda m: method_name(m, lang),
        key=key,
        placeholder=t("pick_placeholder", lang),
    )


def named_table(where, frame, lang: str) -> None:
    """A table of one row an indicator, all rows shown, the name column pinned."""
    where.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        height=table_height(len(frame)),
        column_config={"name": st.column_config.TextColumn(label("col_name", lang), pinned=True)},
    )


def problem_table(table) -> None:
    """A table of problems (``presentation.problems.problem_table``) within the page's width:
    where (row, column) and what narrow to wide; with a 由此引起 column, rows tall enough to
    wrap the descriptions instead of running past the right edge."""
    folded = len(table.columns) > 3
    widths = PROBLEM_WIDTHS if folded else (*PROBLEM_WIDTHS[:2], None)
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        row_height=PROBLEM_ROW_PX if folded else None,
        column_config={
            name: st.column_config.TextColumn(width=w)
            for name, w in zip(table.columns, widths, strict=True)
        },
    )


def percent_bar(label: str, width: int = 90):
    """A progress-bar column for a percentage (0–100), labelled with one decimal."""
    return st.column_config.ProgressColumn(
        label, format="%.1f%%", min_value=0, max_value=100, width=width
    )


def status_styles(column, codes) -> list[str]:
    """Styler callback: the status column's cell styles, by each row's status code."""
    return [_STATUS_CELLS.get(code, "") for code in codes]
