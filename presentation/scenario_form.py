"""The 情景 page's widgets and the assumption they stand for, both ways (pure: no streamlit).

What each widget starts from, and what its values mean as an :class:`Assumption`. The tables a
planner edits (``st.data_editor``) have one fixed row per month still to come: months already
reported are never offered, and a table rebuilt from the draft shows exactly what was typed,
so an edit read back twice gives the same assumption.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from forecast.catalogue import Catalogue
from forecast.panel import monthly_from_ytd
from forecast.projection import Projection
from presentation import fmt
from presentation.scenario_text import MEDIAN, group_label
from presentation.text import t
from scenarios.apply import implied_growth
from scenarios.model import ALL_GROUPS, Assumption, GroupShock, OneOff, Profile, Scenario, Shock

__all__ = [
    "GOAL_CHOICES",
    "GOAL_OTHER",
    "PROBABILITIES",
    "PROFILES",
    "Inputs",
    "amounts_frame",
    "assumption_from_inputs",
    "column_format",
    "goal_choice_label",
    "goal_probability",
    "group_frame",
    "group_shocks_from_frame",
    "growth_frame",
    "growth_placeholder",
    "months_after",
    "profile_initial",
    "quantile_choices",
    "remaining_months",
    "shares_frame",
    "shock_initial",
]

PROFILES = ("model", "last_year", "average", "custom")
QUANTILES = (MEDIAN, 0.9, 0.75, 0.25, 0.1)
GOAL_OTHER = "other"  # the goal-seek choice that takes its probability from the slider
GOAL_CHOICES = (0.5, 0.8, GOAL_OTHER)
PROBABILITIES = tuple(round(i / 100, 2) for i in range(1, 100))


def remaining_months(p: Projection) -> list[int]:
    """The months still to come (as_of+1..12): the only ones an assumption may touch."""
    return [int(m) for m in p.months]


def months_after(month: int) -> list[int]:
    """The months after ``month`` (the as-of month): those an assumption may touch."""
    return list(range(month + 1, 13))


def _month_of(label: object, months: Sequence[int], lang: str) -> int | None:
    found = {fmt.month(m, lang): m for m in months}
    return found.get(str(label))


def _number(value: object) -> float | None:
    """A table cell as a number (None for blanks)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def growth_placeholder(p: Projection, lang: str = "zh") -> str:
    """The growth box's placeholder: what an empty box means (the model, about x%)."""
    g = implied_growth(p)
    if g is None:
        return t("scenario_growth_placeholder_plain", lang)
    return t("scenario_growth_placeholder", lang, value=fmt.quantity(g, "%"))


def column_format(unit: str) -> str:
    """A table column's number format for ``unit`` (亿元 two decimals, 万元 none, % one)."""
    return f"%.{fmt.decimals(unit)}f"


def growth_frame(a: Assumption, p: Projection, lang: str = "zh") -> pd.DataFrame:
    """One row per remaining month: its own growth rate (%), blank where the single rate holds."""
    months = remaining_months(p)
    return pd.DataFrame(
        {
            "month": [fmt.month(m, lang) for m in months],
            "growth": [_nan(a.growth_by_month.get(m)) for m in months],
        }
    )


def amounts_frame(a: Assumption, p: Projection, lang: str = "zh") -> pd.DataFrame:
    """One row per remaining month: the one-off amounts landing in it, and a fixed amount."""
    months = remaining_months(p)
    one_offs = {m: sum(o.amount for o in a.one_offs if o.month == m) for m in months}
    return pd.DataFrame(
        {
            "month": [fmt.month(m, lang) for m in months],
            "one_off": [one_offs[m] if one_offs[m] else np.nan for m in months],
            "fixed": [_nan(a.fixed.get(m)) for m in months],
        }
    )


def _last_year_shares(p: Projection) -> np.ndarray:
    """Last year's monthly amounts as % of its year (NaN where unknown)."""
    monthly = monthly_from_ytd(p.last_year)
    total = p.last_total
    if not np.isfinite(total) or total <= 0:
        return np.full(12, np.nan)
    return monthly / total * 100


def shares_frame(a: Assumption, p: Projection, lang: str = "zh") -> pd.DataFrame:
    """One row per remaining month: its share of the year (%), a custom profile's own or
    last year's."""
    months = remaining_months(p)
    if a.profile is not None and a.profile.kind == "custom" and len(a.profile.shares) == 12:
        shares = np.asarray(a.profile.shares, dtype=float)
    else:
        shares = np.round(_last_year_shares(p), 1)
    return pd.DataFrame(
        {
            "month": [fmt.month(m, lang) for m in months],
            "share": [float(shares[m - 1]) for m in months],
        }
    )


def shock_initial(a: Assumption, p: Projection) -> tuple[tuple[int, int], float | None]:
    """The shock widgets' start: the first shock's months and size, or every remaining month."""
    months = remaining_months(p)
    if a.shocks:
        s = a.shocks[0]
        start, end = max(s.start, months[0]), min(s.end, months[-1])
        if start <= end:
            return (start, end), s.pct
    return (months[0], months[-1]), None


def profile_initial(a: Assumption) -> tuple[str, int]:
    """The profile widgets' start: (kind, years)."""
    if a.profile is None:
        return "model", 3
    return a.profile.kind, a.profile.years


def quantile_choices(a: Assumption) -> tuple[list[float], int]:
    """The quantiles offered (the median, meaning no change, first), with the assumption's own
    if it is another, and the position of the one in use."""
    out = list(QUANTILES)
    if a.quantile is not None and a.quantile not in out:
        out.append(a.quantile)
    return out, out.index(MEDIAN if a.quantile is None else a.quantile)


def _nan(value: float | None) -> float:
    return np.nan if value is None else float(value)


@dataclass(frozen=True)
class Inputs:
    """What one indicator's widgets hold. ``None`` for a widget not shown (growth-rate
    indicators show only the method and growth)."""

    method: str | None = None
    growth: float | None = None
    growth_months: pd.DataFrame | None = None
    amounts: pd.DataFrame | None = None
    shock_months: tuple[int, int] | None = None
    shock_pct: float | None = None
    profile: str | None = None
    profile_years: int = 3
    shares: pd.DataFrame | None = None
    quantile: float | None = None


def assumption_from_inputs(
    p: Projection, previous: Assumption, inputs: Inputs, lang: str = "zh"
) -> Assumption:
    """The indicator's assumption from its widgets' values.

    ``p`` is the model's projection (its method is the default), ``previous`` the draft's
    assumption, whose parts without a widget are kept: shocks after the first (from a file),
    the quantile of a growth-rate indicator, and anything on months no longer offered (now
    reported: ``validate_scenario`` reports them rather than their vanishing unseen).
    """
    months = remaining_months(p)
    method = inputs.method if inputs.method not in (None, p.method) else None
    growth = _number(inputs.growth)
    by_month = {m: g for m, g in previous.growth_by_month.items() if m not in months}
    by_month.update(_month_values(inputs.growth_months, "growth", months, lang))
    if p.kind != "level":
        return Assumption(
            growth=growth, growth_by_month=by_month, method=method, quantile=previous.quantile
        )
    one_offs = tuple(o for o in previous.one_offs if o.month not in months)
    fixed = {m: v for m, v in previous.fixed.items() if m not in months}
    if inputs.amounts is not None:
        found = _month_values(inputs.amounts, "one_off", months, lang)
        one_offs += tuple(OneOff(m, v) for m, v in found.items() if v != 0)
        fixed.update(_month_values(inputs.amounts, "fixed", months, lang))
    shocks = previous.shocks[1:]
    pct = _number(inputs.shock_pct)
    if inputs.shock_months is not None and pct:
        start, end = sorted(int(m) for m in inputs.shock_months)
        shocks = (Shock(start, end, pct), *shocks)
    return Assumption(
        growth=growth,
        growth_by_month=by_month,
        one_offs=one_offs,
        shocks=shocks,
        profile=_profile(p, previous, inputs, lang),
        method=method,
        quantile=None if inputs.quantile in (None, MEDIAN) else float(inputs.quantile),
        fixed=fixed,
    )


def _month_values(
    frame: pd.DataFrame | None, column: str, months: Sequence[int], lang: str
) -> dict[int, float]:
    """{month: value} of a per-month table's column, blanks left out."""
    if frame is None or column not in frame:
        return {}
    out = {}
    for label, value in zip(frame["month"], frame[column], strict=True):
        month, number = _month_of(label, months, lang), _number(value)
        if month is not None and number is not None:
            out[month] = number
    return out


def _profile(p: Projection, previous: Assumption, inputs: Inputs, lang: str) -> Profile | None:
    kind = inputs.profile
    if kind in (None, "model"):
        return None
    if kind == "average":
        return Profile("average", max(int(inputs.profile_years), 1))
    if kind != "custom":
        return Profile(kind)
    # months already reported keep the custom profile's shares, else last year's
    if previous.profile is not None and len(previous.profile.shares) == 12:
        shares = list(previous.profile.shares)
    else:
        shares = [0.0 if not np.isfinite(v) else float(v) for v in _last_year_shares(p)]
    typed = _month_values(inputs.shares, "share", remaining_months(p), lang)
    for m in remaining_months(p):
        shares[m - 1] = max(typed.get(m, 0.0), 0.0)
    return Profile("custom", 3, tuple(shares))


def _groups(catalogue: Catalogue, indicators: Iterable[str]) -> list[str]:
    """'*' and every group of the given indicators, in catalogue order."""
    chosen = set(indicators)
    found = [i.group for i in catalogue.indicators if i.group and i.id in chosen]
    return [ALL_GROUPS, *dict.fromkeys(found)]


def group_frame(
    scenario: Scenario,
    catalogue: Catalogue,
    indicators: Iterable[str],
    months: Sequence[int],
    lang: str = "zh",
) -> pd.DataFrame:
    """One row per group ('*' first): the first group shock on it (months, size %)."""
    rows = []
    for group in _groups(catalogue, indicators):
        mine = next((g for g in scenario.group_shocks if g.group == group), None)
        start = max(mine.start, months[0]) if mine else months[0]
        end = min(max(mine.end, start), months[-1]) if mine else months[-1]
        rows.append(
            {
                "group": group,
                "label": group_label(group, lang),
                "start": fmt.month(start, lang),
                "end": fmt.month(end, lang),
                "pct": mine.pct if mine else np.nan,
            }
        )
    return pd.DataFrame(rows, columns=["group", "label", "start", "end", "pct"])


def group_shocks_from_frame(
    frame: pd.DataFrame, previous: Scenario, months: Sequence[int], lang: str = "zh"
) -> tuple[GroupShock, ...]:
    """The group shocks of the table (rows with a size), then the draft's other group shocks
    (a second shock on a group, or one on a group the table does not list)."""
    out, shown = [], set()
    for row in frame.to_dict("records"):
        shown.add(row["group"])
        pct = _number(row["pct"])
        start, end = _month_of(row["start"], months, lang), _month_of(row["end"], months, lang)
        if pct and start is not None and end is not None:
            start, end = sorted((start, end))
            out.append(GroupShock(str(row["group"]), start, end, pct))
    firsts = set()
    for g in previous.group_shocks:
        if g.group in shown and g.group not in firsts:
            firsts.add(g.group)  # the table's row stands for it
            continue
        out.append(g)
    return tuple(out)


def goal_choice_label(choice: float | str, lang: str = "zh") -> str:
    if choice == GOAL_OTHER:
        return t("goal_choice_custom", lang)
    return t("goal_choice", lang, p=fmt.probability(float(choice), lang))


def goal_probability(choice: float | str, custom: float | None) -> float:
    """The probability asked for: the choice, or the slider's value for 'other'."""
    if choice != GOAL_OTHER:
        return float(choice)
    return float(custom) if custom is not None else 0.5
