"""指标: one indicator in detail, as chart tables and sentences (pure: no streamlit, no files).

The chart's long tables (history, bands, median, target, the path needed), every method's
projection as display text, and plain-language sentences on the method and how sure it is.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from forecast.alternatives import METHOD_ORDER, MethodRow
from forecast.checks import Check
from forecast.panel import Panel
from forecast.projection import Projection
from presentation import fmt
from presentation.overview import band80, gap_text, range_text, required_text, signed, target_text
from presentation.text import label, t

__all__ = [
    "BANDS",
    "STATUS_COLORS",
    "explain",
    "fan_frames",
    "gap_sentence",
    "method_choices",
    "method_name",
    "method_table",
    "metric_cards",
]

BANDS = ((0.05, 0.95, "90%"), (0.10, 0.90, "80%"), (0.25, 0.75, "50%"))
# a status as a colour (a metric's delta, a card's badge)
STATUS_COLORS = {"off_track": "red", "at_risk": "orange", "on_track": "green", "no_target": "gray"}


def metric_cards(p: Projection, c: Check, lang: str = "zh") -> list:
    """The indicator page's four cards (``scenario_text.Metric``): the figure to date (its
    months), the year-end median (its 80% band), the annual target (what the remaining months
    need) and the chance of meeting it (its status)."""
    from presentation.scenario_text import Metric  # it names methods from this module

    return [
        Metric(t("metric_ytd", lang), fmt.quantity(p.ytd, p.unit), fmt.period(p.as_of, lang)),
        Metric(
            label("col_point_median", lang),
            fmt.quantity(p.point, p.unit),
            f"{t('metric_band', lang)} {band80(p, lang)}",
            "blue",
        ),
        Metric(t("metric_target", lang), target_text(c, p), required_text(c, p, lang)),
        Metric(
            t("metric_p_meet", lang),
            fmt.probability(c.p_meet, lang),
            t(f"status_{c.status}", lang),
            STATUS_COLORS[c.status],
        ),
    ]


def fan_frames(panel: Panel, projection: Projection, check: Check) -> dict[str, pd.DataFrame]:
    """Long tables for the indicator chart.

    ``history`` (month, value, year, role: past|last|this), ``bands`` (month, low, high, band),
    ``median`` (month, value), ``target`` (value; empty without one) and ``required`` (month,
    value: the path from today's figure to the target, shaped like the projected months).
    """
    p = projection
    grid = panel.growth if p.kind == "growth" else panel.ytd
    hist = []
    for year, row in zip(panel.years, grid, strict=True):
        if year > p.year:
            continue
        values = p.this_year if year == p.year else row
        role = "this" if year == p.year else "last" if year == p.year - 1 else "past"
        for m in range(12):
            if np.isfinite(values[m]):
                hist.append(
                    {"month": m + 1, "value": float(values[m]), "year": int(year), "role": role}
                )
    history = pd.DataFrame(hist, columns=["month", "value", "year", "role"])
    months = [p.as_of, *p.months.tolist()]
    bands = []
    if p.paths.shape[1]:
        for lo, hi, label in BANDS:
            qs = p.path_quantiles((lo, hi))
            lows, highs = [p.ytd, *qs[0].tolist()], [p.ytd, *qs[1].tolist()]
            for m, a, b in zip(months, lows, highs, strict=True):
                bands.append({"month": m, "low": a, "high": b, "band": label})
    bands_frame = pd.DataFrame(bands, columns=["month", "low", "high", "band"])
    med = [p.ytd, *np.median(p.paths, axis=0).tolist()] if p.paths.shape[1] else [p.ytd]
    median = pd.DataFrame({"month": months[: len(med)], "value": med})
    has_target = np.isfinite(check.target)
    target = pd.DataFrame({"value": [check.target] if has_target else []})
    required = pd.DataFrame(columns=["month", "value"])
    if has_target and p.paths.shape[1]:
        steps = np.asarray(med) - p.ytd
        span = steps[-1]
        share = steps / span if span > 0 else np.linspace(0, 1, len(steps))
        required = pd.DataFrame({"month": months, "value": p.ytd + (check.target - p.ytd) * share})
    return {
        "history": history,
        "bands": bands_frame,
        "median": median,
        "target": target,
        "required": required,
    }


def gap_sentence(projection: Projection, check: Check, lang: str = "zh") -> list[str]:
    """The projected year-end against the target in a few words, one line each (none
    without a target): ``预计较目标 −5.79万人次``, ``完成概率 不足1%``."""
    if not np.isfinite(check.target):
        return []
    return [
        t("inset_gap", lang, gap=gap_text(check, projection, lang)),
        t("card_chance", lang, p=fmt.probability(check.p_meet, lang)),
    ]


def method_name(method: str, lang: str = "zh") -> str:
    """A method's name for people (every registered method has one: tests/test_text.py)."""
    return t(f"method_{method}", lang)


def method_choices(p: Projection, chosen: str | None = None) -> tuple[list[str], int]:
    """Methods a planner may pick for ``p`` (every registered one for levels, the model's own
    for growth rates), and the position of ``chosen`` (default: the one in use)."""
    choices = list(METHOD_ORDER) if p.kind == "level" else [p.method]
    if p.method not in choices:
        choices.insert(0, p.method)
    pick = chosen if chosen in choices else p.method
    return choices, choices.index(pick)


def method_table(rows: list[MethodRow], unit: str, chosen: str, lang: str = "zh") -> pd.DataFrame:
    """The method rows as display text, the chosen method marked."""
    out = []
    for r in rows:
        if r.skill_years == 0:
            skill = t("skill_none", lang)
        elif unit == "%" or r.method == "growth_drift":
            skill = t("delta_pp", lang, value=f"±{r.skill_error:.1f}")
        else:
            skill = f"±{fmt.percent(r.skill_error)}"
        out.append(
            {
                "chosen": "✓" if r.method == chosen else "",
                "method": method_name(r.method, lang),
                "point": fmt.quantity(r.point, unit),
                "band80": range_text(r.q10, r.q90, unit, lang),
                "p_meet": fmt.probability(r.p_meet, lang),
                "skill_years": r.skill_years,
                "skill_error": skill,
            }
        )
    return pd.DataFrame(out)


def explain(
    projection: Projection, check: Check, rows: list[MethodRow], lang: str = "zh"
) -> list[str]:
    """Plain-language sentences: which method, how sure, and any caveat from the notes."""
    p = projection
    period = fmt.period(p.as_of, lang)
    if p.method == "auto" and p.weights and len({round(w, 3) for _, w in p.weights}) > 1:
        sep = t("list_sep", lang)
        weights = sep.join(f"{method_name(m, lang)} {fmt.percent(w)}" for m, w in p.weights)
        method = t("explain_auto", lang, weights=weights)
    elif p.method == "auto":
        method = t("explain_auto_equal", lang)
    else:
        method = t(f"explain_{p.method}", lang, period=period)
    out = [method]
    mine = next((r for r in rows if r.method == p.method), None)
    if mine is None or mine.skill_years == 0:
        out.append(t("explain_skill_none", lang))
    elif p.kind == "growth":
        out.append(
            t(
                "explain_skill_growth",
                lang,
                month=p.as_of,
                error=f"{mine.skill_error:.1f}",
                years=mine.skill_years,
            )
        )
    else:
        out.append(
            t(
                "explain_skill_level",
                lang,
                month=p.as_of,
                error=fmt.percent(mine.skill_error),
                years=mine.skill_years,
            )
        )
    q10, q90 = p.quantiles((0.10, 0.90))
    low, high = (
        (fmt.number(q10, p.unit), fmt.quantity(q90, p.unit))
        if q10 >= 0
        else (signed(q10, p.unit) + p.unit, signed(q90, p.unit) + p.unit)
    )
    out.append(
        t(
            "explain_band",
            lang,
            low=low,
            high=high,
            point=fmt.quantity(p.point, p.unit),
        )
    )
    if np.isfinite(check.p_meet):
        out.append(
            t(
                "explain_p_meet",
                lang,
                target=fmt.quantity(check.target, p.unit),
                p=fmt.probability(check.p_meet, lang, about=True),
            )
        )
    out.extend(t(f"note_{n}", lang) for n in p.notes)
    return out
