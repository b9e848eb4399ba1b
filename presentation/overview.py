"""总览: every indicator against its annual target, the riskiest first, as display tables
(pure: no streamlit, no files). Text columns carry formatted numbers with units next to the
raw percentages that progress bars need."""

from __future__ import annotations

import base64
from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd

from forecast.catalogue import Catalogue
from forecast.checks import OFF_TRACK, ON_TRACK, Check
from forecast.projection import Projection
from presentation import fmt
from presentation.text import label, t

__all__ = [
    "SHOWN_COLUMNS",
    "STATUS_ORDER",
    "MissCard",
    "OverviewView",
    "band80",
    "band_strip",
    "counts_line",
    "gap_text",
    "indicator_choices",
    "label",
    "miss_cards",
    "ordered_ids",
    "overview_table",
    "overview_view",
    "range_text",
    "required_text",
    "rows_of",
    "signed",
    "status_counts",
    "table_height",
    "target_text",
    "thresholds_text",
]

# the riskiest first, in every table and count
STATUS_ORDER = {"off_track": 0, "at_risk": 1, "on_track": 2, "no_target": 3}


def target_text(c: Check, p: Projection) -> str:
    """The annual target with its unit, or a dash."""
    return "—" if np.isnan(c.target) else fmt.quantity(c.target, p.unit)


def required_text(c: Check, p: Projection, lang: str = "zh") -> str | None:
    """What each remaining month must bring: ``剩余月份需月均 713万元`` (None if nothing to say)."""
    if not np.isfinite(c.required_monthly):
        return None
    return f"{t('view_required', lang)} {fmt.quantity(c.required_monthly, p.unit)}"


# one way to write a signed number and a range, everywhere: presentation.fmt
signed = fmt.signed
range_text = fmt.range_text


def band80(p: Projection, lang: str = "zh") -> str:
    """The 80% band of the year-end: ``9,673–10,527万元`` (``−13.2%至−1.4%``)."""
    q10, q90 = p.quantiles((0.10, 0.90))
    return range_text(q10, q90, p.unit, lang)


def gap_text(c: Check, p: Projection, lang: str = "zh") -> str:
    """The projected year-end against the target: ``−5.79万人次``, for a growth rate in
    percentage points (``+0.6个百分点``); a dash without a target."""
    if not np.isfinite(c.target):
        return "—"
    gap = p.point - c.target
    if p.kind == "growth" or p.unit == "%":
        return t("delta_pp", lang, value=signed(gap, "%", plus=True))
    return signed(gap, p.unit, plus=True) + p.unit


# the year-end strip: 90% and 80% bands, the median and the target on one small scale
_STRIP_W, _STRIP_H = 92, 22
_STRIP_COLORS = {"band90": "#c9dcf2", "band80": "#7fa9dc", "median": "#1f4e8c", "target": "#c0392b"}


def band_strip(p: Projection, c: Check) -> str:
    """A small picture of the year-end (an SVG data URI for an image column): the 90% and
    80% bands, the median (dark tick) and the target (red line), on a scale fitted to them."""
    q05, q10, q50, q90, q95 = p.quantiles((0.05, 0.10, 0.50, 0.90, 0.95))
    points = [q05, q95] + ([c.target] if np.isfinite(c.target) else [])
    low, high = float(min(points)), float(max(points))
    pad = (high - low) * 0.08 or abs(high) * 0.05 or 1.0
    low, high = low - pad, high + pad

    def x(v: float) -> float:
        return round((float(v) - low) / (high - low) * _STRIP_W, 1)

    h, colors = _STRIP_H, _STRIP_COLORS
    parts = [
        f'<rect x="{x(q05)}" y="{h * 0.3}" width="{max(x(q95) - x(q05), 1)}" '
        f'height="{h * 0.4}" fill="{colors["band90"]}"/>',
        f'<rect x="{x(q10)}" y="{h * 0.3}" width="{max(x(q90) - x(q10), 1)}" '
        f'height="{h * 0.4}" fill="{colors["band80"]}"/>',
        f'<rect x="{x(q50) - 1}" y="{h * 0.2}" width="2.5" height="{h * 0.6}" '
        f'fill="{colors["median"]}"/>',
    ]
    if np.isfinite(c.target):
        parts.append(
            f'<rect x="{min(max(x(c.target) - 1, 0), _STRIP_W - 2)}" y="0" width="2" '
            f'height="{h}" fill="{colors["target"]}"/>'
        )
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_STRIP_W}" height="{h}" '
        f'viewBox="0 0 {_STRIP_W} {h}">{"".join(parts)}</svg>'
    )
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def ordered_ids(projections: dict[str, Projection], checks: dict[str, Check]) -> list[str]:
    """At-risk first: off track, at risk, on track, no target; likeliest misses on top."""
    order = {i: n for n, i in enumerate(projections)}
    return sorted(
        projections,
        key=lambda i: (
            STATUS_ORDER.get(checks[i].status, 9),
            checks[i].p_meet if np.isfinite(checks[i].p_meet) else 2.0,
            order[i],
        ),
    )


def indicator_choices(
    projections: dict[str, Projection], checks: dict[str, Check], catalogue: Catalogue
) -> tuple[list[str], int]:
    """Indicators in catalogue order, and the position of the riskiest one (the default pick)."""
    listed = [i for i in catalogue if i in projections]
    ids = listed + [i for i in projections if i not in listed]
    return ids, ids.index(ordered_ids(projections, checks)[0])


def overview_table(
    projections: dict[str, Projection],
    checks: dict[str, Check],
    catalogue: Catalogue,
    lang: str = "zh",
    strips: bool = False,
) -> pd.DataFrame:
    """One row per indicator, at-risk first, columns keyed for the page's column config.

    Text columns carry formatted numbers with units and ``p_meet_text`` the chance as people
    read it (``不足1%``, ``62%``); ``gap`` the year-end against the target (percentage points
    for a growth rate); ``time_progress`` and ``task_progress`` are percentages (0–100) for
    progress bars (no task progress for a growth rate), ``p_meet`` too (for sorting), NaN where
    there is no target. ``strips`` adds ``strip``, the year-end band against the target as a
    small picture (``band_strip``).
    """
    rows = []
    for i in ordered_ids(projections, checks):
        p, c = projections[i], checks[i]
        info = catalogue.get_or_default(i)
        ahead = c.double_half
        rows.append(
            {
                "indicator": i,
                "name": info.name(lang),
                "period": fmt.period(p.as_of, lang),
                "ytd": fmt.quantity(p.ytd, p.unit),
                "target": target_text(c, p),
                "time_progress": c.time_progress * 100,
                "task_progress": np.nan if p.kind == "growth" else c.task_progress * 100,
                "double_half": "—"
                if ahead is None
                else t("view_yes" if ahead else "view_no", lang),
                "point": fmt.quantity(p.point, p.unit),
                "band80": band80(p, lang),
                "gap": gap_text(c, p, lang),
                "p_meet": c.p_meet * 100,
                "p_meet_text": fmt.probability(c.p_meet, lang),
                "status": t(f"status_{c.status}", lang),
                "status_code": c.status,
                **({"strip": band_strip(p, c)} if strips else {}),
            }
        )
    return pd.DataFrame(rows)


@dataclass(frozen=True)
class MissCard:
    """A target likely to be missed, in words for a card: its name and status, the forecast
    against the target, the chance, and what the rest of the year needs (None: nothing)."""

    indicator: str
    name: str
    status: str
    status_text: str
    forecast: str
    chance: str
    need: str | None


def _need(c: Check, p: Projection, lang: str) -> str | None:
    months = fmt.months(p.as_of + 1, 12, lang) if p.as_of < 12 else None
    if months is None:
        return None
    if p.kind == "growth" or p.unit == "%":
        return t("card_need_growth", lang, months=months, target=fmt.quantity(c.target, "%"))
    if not np.isfinite(c.required_monthly):
        return None
    amount = fmt.quantity(c.required_monthly, p.unit)
    if np.isfinite(c.required_growth):
        growth = signed(c.required_growth, "%", plus=True) + "%"
        return t("card_need_level_growth", lang, months=months, amount=amount, growth=growth)
    return t("card_need_level", lang, months=months, amount=amount)


def miss_cards(
    projections: dict[str, Projection],
    checks: dict[str, Check],
    catalogue: Catalogue,
    lang: str = "zh",
) -> list[MissCard]:
    """The targets likely to be missed (off track, then at risk), likeliest misses first."""
    cards = []
    for i in ordered_ids(projections, checks):
        p, c = projections[i], checks[i]
        if c.status not in ("off_track", "at_risk"):
            continue
        forecast = t(
            "card_forecast",
            lang,
            point=fmt.quantity(p.point, p.unit),
            target=target_text(c, p),
            gap=gap_text(c, p, lang),
        )
        cards.append(
            MissCard(
                indicator=i,
                name=catalogue.get_or_default(i).name(lang),
                status=c.status,
                status_text=t(f"status_{c.status}", lang),
                forecast=forecast,
                chance=t("card_chance", lang, p=fmt.probability(c.p_meet, lang)),
                need=_need(c, p, lang),
            )
        )
    return cards


# the overview table's columns on the page, in order (the others serve sorting and styling)
SHOWN_COLUMNS = (
    "name",
    "p_meet_text",
    "status",
    "strip",
    "point",
    "band80",
    "target",
    "gap",
    "ytd",
    "period",
    "time_progress",
    "task_progress",
    "double_half",
)


@dataclass(frozen=True)
class OverviewView:
    """What the overview page shows: the count line, the cards of likely misses and the table
    (``overview_table`` with strips; its text columns as plain objects, which Streamlit's
    table styling reads several times faster than pandas' Arrow-backed strings).

    ``shown`` is the table as the page passes it to Streamlit: the indicator id (hidden; rows
    are found by it) and ``SHOWN_COLUMNS`` (Streamlit styles every column it is given, shown
    or not), with ``status_codes`` (same rows) for the status cells' colours."""

    counts: str
    cards: list[MissCard]
    table: pd.DataFrame
    shown: pd.DataFrame
    status_codes: pd.Series


def overview_view(
    projections: dict[str, Projection],
    checks: dict[str, Check],
    catalogue: Catalogue,
    lang: str = "zh",
) -> OverviewView:
    """The overview page's count line, cards and table in ``lang``."""
    table = overview_table(projections, checks, catalogue, lang, strips=True)
    text = [c for c in table.columns if pd.api.types.is_string_dtype(table[c])]
    table = table.astype(dict.fromkeys(text, object))
    return OverviewView(
        counts_line(checks, lang),
        miss_cards(projections, checks, catalogue, lang),
        table,
        table[["indicator", *SHOWN_COLUMNS]],
        table["status_code"],
    )


def rows_of(items: list, per_row: int) -> list[list]:
    """``items`` in rows of ``per_row`` (cards side by side)."""
    return [items[n : n + per_row] for n in range(0, len(items), per_row)]


def counts_line(checks: dict[str, Check], lang: str = "zh") -> str:
    """How many indicators have each status, on one line: ``难完成 2项 · 有风险 2项 · …``."""
    counts = status_counts(checks)
    return " · ".join(
        f"{t(f'metric_{s}', lang)} **{t('metric_count', lang, n=n)}**" for s, n in counts.items()
    )


def table_height(rows: int, row_px: int = 35) -> int:
    """Pixel height that shows every row of a dataframe (header included) without scrolling."""
    return (rows + 1) * row_px + 3


def status_counts(checks: dict[str, Check]) -> dict[str, int]:
    """How many indicators have each status."""
    found = Counter(c.status for c in checks.values())
    return {s: found.get(s, 0) for s in STATUS_ORDER}


def thresholds_text(lang: str = "zh") -> str:
    return t("thresholds", lang, on=round(ON_TRACK * 100), off=round(OFF_TRACK * 100))
