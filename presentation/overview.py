"""总览: every indicator against its annual target, the riskiest first, as display tables
(pure: no streamlit, no files). Text columns carry formatted numbers with units next to the
raw percentages that progress bars need."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from forecast.catalogue import Catalogue
from forecast.checks import OFF_TRACK, ON_TRACK, Check
from forecast.projection import Projection
from presentation import fmt
from presentation.text import label, t

__all__ = [
    "STATUS_ORDER",
    "band80",
    "indicator_choices",
    "label",
    "ordered_ids",
    "overview_table",
    "required_text",
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


def band80(p: Projection) -> str:
    """The 80% band of the year-end: ``9,673–10,527万元``."""
    q10, q90 = p.quantiles((0.10, 0.90))
    return f"{fmt.number(q10, p.unit)}–{fmt.quantity(q90, p.unit)}"


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
) -> pd.DataFrame:
    """One row per indicator, at-risk first, columns keyed for the page's column config.

    Text columns carry formatted numbers with units and ``p_meet_text`` the chance as people
    read it (``不足1%``, ``62%``); ``time_progress`` and ``task_progress`` are percentages
    (0–100) for progress bars, ``p_meet`` too (for sorting), NaN where there is no target.
    """
    rows = []
    for i in ordered_ids(projections, checks):
        p, c = projections[i], checks[i]
        ahead = c.double_half
        rows.append(
            {
                "indicator": i,
                "name": catalogue.get_or_default(i).name(lang),
                "period": fmt.period(p.as_of, lang),
                "ytd": fmt.quantity(p.ytd, p.unit),
                "target": target_text(c, p),
                "time_progress": c.time_progress * 100,
                "task_progress": c.task_progress * 100,
                "double_half": "—"
                if ahead is None
                else t("view_yes" if ahead else "view_no", lang),
                "point": fmt.quantity(p.point, p.unit),
                "band80": band80(p),
                "p_meet": c.p_meet * 100,
                "p_meet_text": fmt.probability(c.p_meet, lang),
                "status": t(f"status_{c.status}", lang),
                "status_code": c.status,
            }
        )
    return pd.DataFrame(rows)


def table_height(rows: int, row_px: int = 35) -> int:
    """Pixel height that shows every row of a dataframe (header included) without scrolling."""
    return (rows + 1) * row_px + 3


def status_counts(checks: dict[str, Check]) -> dict[str, int]:
    """How many indicators have each status."""
    found = Counter(c.status for c in checks.values())
    return {s: found.get(s, 0) for s in STATUS_ORDER}


def thresholds_text(lang: str = "zh") -> str:
    return t("thresholds", lang, on=round(ON_TRACK * 100), off=round(OFF_TRACK * 100))
