"""The 情景 (scenarios) page's logic without the page: widget values to an assumption and back,
edits of the draft scenario, goal-seek sentences, comparison tables (pure: no streamlit).

The page only lays out widgets; what they start from, what their values mean and every figure
shown passes through here, so the workbench is tested without a browser. The tables a planner
edits (``st.data_editor``) have one fixed row per month still to come: months already reported
are never offered, and a table rebuilt from the draft shows exactly what was typed, so an edit
read back twice gives the same assumption.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

import numpy as np
import pandas as pd

import scenarios.ui_text  # noqa: F401  (registers the page's strings)
from forecast import fmt, sheets, views
from forecast.catalogue import Catalogue
from forecast.checks import Check
from forecast.errors import DataError
from forecast.i18n import t
from forecast.panel import monthly_from_ytd
from forecast.projection import Projection
from forecast.targets import Goal
from scenarios.apply import ScenarioResult, apply_assumption
from scenarios.compare import compare, difference
from scenarios.model import Assumption, GroupShock, OneOff, Profile, Scenario, Shock, to_json
from scenarios.solve import GROWTH_BOUNDS, Solution, solve_growth, solve_monthly
from scenarios.store import Version

__all__ = [
    "ALL_GROUPS",
    "BUILTIN_KEYS",
    "GOAL_CHOICES",
    "GOAL_OTHER",
    "PROBABILITIES",
    "PROFILES",
    "GoalSeek",
    "Inputs",
    "Metric",
    "amounts_frame",
    "apply_to_one",
    "assumption_from_inputs",
    "column_format",
    "compare_table",
    "dataset_labels",
    "dataset_name",
    "describe",
    "difference_table",
    "goal_choice_label",
    "goal_probability",
    "goal_seek",
    "goal_sentence",
    "group_frame",
    "group_label",
    "group_shocks_from_frame",
    "growth_frame",
    "growth_placeholder",
    "implied_growth",
    "indicator_metrics",
    "is_baseline",
    "method_choices",
    "month_label",
    "months_after",
    "months_label",
    "new_draft",
    "profile_initial",
    "quantile_choices",
    "quantile_label",
    "remaining_months",
    "renamed",
    "rest_label",
    "save_name_problem",
    "saved_at_label",
    "scenario_key",
    "scenario_label",
    "shares_frame",
    "shock_initial",
    "shocks_reaching",
    "summary_sheets",
    "version_choices",
    "versions_table",
    "with_assumption",
    "with_group_shocks",
]

BUILTIN_KEYS = {
    "基准": "scenario_baseline",
    "乐观": "scenario_optimistic",
    "悲观": "scenario_pessimistic",
}
ALL_GROUPS = "*"
PROFILES = ("model", "last_year", "average", "custom")
MEDIAN = 0.5  # the quantile choice that leaves the model as it is
QUANTILES = (MEDIAN, 0.9, 0.75, 0.25, 0.1)
GOAL_OTHER = "other"  # the goal-seek choice that takes its probability from the slider
GOAL_CHOICES = (0.5, 0.8, GOAL_OTHER)
PROBABILITIES = tuple(round(i / 100, 2) for i in range(1, 100))
_MONTHS_EN = views.MONTHS_EN


# ---------------------------------------------------------------- names


def new_draft(lang: str = "zh") -> Scenario:
    """An empty draft: the baseline under a name to be given."""
    return Scenario(t("scenario_draft_name", lang))


def is_baseline(scenario: Scenario) -> bool:
    """True when the scenario assumes nothing (it projects as the model does)."""
    return not scenario.indicators and not scenario.group_shocks


def scenario_label(scenario: Scenario | str, lang: str = "zh") -> str:
    """基准/乐观/悲观 in the session's language; any other scenario by its own name."""
    name = scenario if isinstance(scenario, str) else scenario.name
    key = BUILTIN_KEYS.get(name)
    return t(key, lang) if key else name


def scenario_key(scenario: Scenario) -> str:
    """A short hash of what the scenario assumes ('baseline' when nothing): the cache key of
    its results, so renaming a scenario or editing its description recomputes nothing."""
    if is_baseline(scenario):
        return "baseline"
    bare = replace(scenario, name="", description="")
    return hashlib.sha256(to_json(bare).encode("utf-8")).hexdigest()[:16]


def renamed(scenario: Scenario, name: str | None, description: str | None) -> Scenario:
    """The scenario under the typed name and description (a blank name keeps the old one)."""
    name = (name or "").strip() or scenario.name
    description = scenario.description if description is None else str(description)
    if (name, description) == (scenario.name, scenario.description):
        return scenario
    return replace(scenario, name=name, description=description)


def save_name_problem(name: str, lang: str = "zh") -> str | None:
    """Why a draft cannot be saved under ``name`` (None if it can)."""
    name = name.strip()
    if not name:
        return t("store_name_empty", lang)
    builtin = {n.lower() for n in BUILTIN_KEYS}
    builtin |= {t(key, code).lower() for key in BUILTIN_KEYS.values() for code in ("zh", "en")}
    if name.lower() in builtin:
        return t("store_name_builtin", lang, name=name)
    return None


def saved_at_label(saved_at: str) -> str:
    """An ISO-8601 UTC time as this machine's local time: ``2020-06-30 09:15:02``."""
    try:
        when = datetime.fromisoformat(saved_at)
    except ValueError:
        return saved_at
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def group_label(group: str, lang: str = "zh") -> str:
    """全部指标 for '*', 投资类 for 'investment'; an unknown group by its id."""
    try:
        return t("group_all" if group == ALL_GROUPS else f"group_{group}", lang)
    except KeyError:
        return group


# ---------------------------------------------------------------- months


def remaining_months(p: Projection) -> list[int]:
    """The months still to come (as_of+1..12): the only ones an assumption may touch."""
    return [int(m) for m in p.months]


def month_label(month: int, lang: str = "zh") -> str:
    """``9月`` / ``Sep``."""
    return _MONTHS_EN[month - 1] if lang == "en" else f"{month}月"


def months_label(start: int, end: int, lang: str = "zh") -> str:
    """``6-12月`` / ``Jun–Dec``; one month alone as ``12月``."""
    if start == end:
        return month_label(start, lang)
    if lang == "en":
        return f"{_MONTHS_EN[start - 1]}–{_MONTHS_EN[end - 1]}"
    return f"{start}-{end}月"


def rest_label(p: Projection, lang: str = "zh") -> str:
    """The months still to come: ``6-12月`` / ``Jun–Dec``."""
    return months_label(p.as_of + 1, 12, lang)


def months_after(month: int) -> list[int]:
    """The months after ``month`` (the as-of month): those an assumption may touch."""
    return list(range(month + 1, 13))


def _month_of(label: object, months: Sequence[int], lang: str) -> int | None:
    found = {month_label(m, lang): m for m in months}
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


# ---------------------------------------------------------------- widget starting values


def implied_growth(p: Projection) -> float | None:
    """The model's growth (%) of the remaining months over last year's same months."""
    if p.kind != "level" or p.as_of == 12:
        return None
    last = monthly_from_ytd(p.last_year)[p.as_of :]
    if not np.isfinite(last).all() or last.sum() <= 0:
        return None
    rest = float(np.median(p.year_end)) - p.ytd
    return (rest / float(last.sum()) - 1) * 100


def growth_placeholder(p: Projection, lang: str = "zh") -> str:
    """The growth box's placeholder: what an empty box means (the model, about x%)."""
    g = implied_growth(p)
    if g is None:
        return t("scenario_growth_placeholder_plain", lang)
    return t("scenario_growth_placeholder", lang, value=fmt.quantity(g, "%"))


def method_choices(p: Projection, a: Assumption) -> tuple[list[str], int]:
    """Methods a planner may pick (every registered one for levels, the model's for growth),
    and the position of the one in use."""
    choices = list(views.METHOD_ORDER) if p.kind == "level" else [p.method]
    if p.method not in choices:
        choices.insert(0, p.method)
    chosen = a.method if a.method in choices else p.method
    return choices, choices.index(chosen)


def column_format(unit: str) -> str:
    """A table column's number format for ``unit`` (亿元 two decimals, 万元 none, % one)."""
    return f"%.{fmt.decimals(unit)}f"


def growth_frame(a: Assumption, p: Projection, lang: str = "zh") -> pd.DataFrame:
    """One row per remaining month: its own growth rate (%), blank where the single rate holds."""
    months = remaining_months(p)
    return pd.DataFrame(
        {
            "month": [month_label(m, lang) for m in months],
            "growth": [_nan(a.growth_by_month.get(m)) for m in months],
        }
    )


def amounts_frame(a: Assumption, p: Projection, lang: str = "zh") -> pd.DataFrame:
    """One row per remaining month: the one-off amounts landing in it, and a fixed amount."""
    months = remaining_months(p)
    one_offs = {m: sum(o.amount for o in a.one_offs if o.month == m) for m in months}
    return pd.DataFrame(
        {
            "month": [month_label(m, lang) for m in months],
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
            "month": [month_label(m, lang) for m in months],
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


def quantile_label(q: float | None, lang: str = "zh") -> str:
    if q is None or q == MEDIAN:
        return t("quantile_none", lang)
    if q == 0.9:
        return t("quantile_high", lang)
    if q == 0.1:
        return t("quantile_low", lang)
    return t("quantile_value", lang, q=fmt.percent(q))


def _nan(value: float | None) -> float:
    return np.nan if value is None else float(value)


# ---------------------------------------------------------------- widget values to an assumption


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


# ---------------------------------------------------------------- editing the draft


def with_assumption(scenario: Scenario, indicator: str, assumption: Assumption) -> Scenario:
    """The scenario with ``indicator``'s assumption replaced (dropped when it is empty)."""
    indicators = dict(scenario.indicators)
    if assumption == Assumption():
        indicators.pop(indicator, None)
    else:
        indicators[indicator] = assumption
    if dict(scenario.indicators) == indicators:
        return scenario
    return replace(scenario, indicators=indicators)


def with_group_shocks(scenario: Scenario, shocks: Iterable[GroupShock]) -> Scenario:
    shocks = tuple(shocks)
    return scenario if shocks == scenario.group_shocks else replace(scenario, group_shocks=shocks)


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
                "start": month_label(start, lang),
                "end": month_label(end, lang),
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


def shocks_reaching(scenario: Scenario, indicator: str, catalogue: Catalogue) -> list[GroupShock]:
    """The scenario's group shocks that reach ``indicator``."""
    group = catalogue.get_or_default(indicator).group
    return [g for g in scenario.group_shocks if g.group in (ALL_GROUPS, group)]


def apply_to_one(scenario: Scenario, p: Projection, catalogue: Catalogue) -> Projection:
    """One projection under the scenario's assumption on it (its method aside) and the group
    shocks reaching it; parents are not re-summed here."""
    a = replace(scenario.assumption(p.indicator), method=None)
    shocks = shocks_reaching(scenario, p.indicator, catalogue)
    if a == Assumption() and not shocks:
        return p
    return apply_assumption(p, a, shocks)


# ---------------------------------------------------------------- the draft in words


def describe(scenario: Scenario, catalogue: Catalogue, lang: str = "zh") -> pd.DataFrame:
    """One row per indicator or group with assumptions: its name and the assumptions in words."""
    rows = []
    sep = t("desc_sep", lang)
    for ind, a in scenario.indicators.items():
        info = catalogue.get_or_default(ind)
        rows.append({"name": info.name(lang), "assumption": sep.join(_words(a, info.unit, lang))})
    for g in scenario.group_shocks:
        words = t("desc_shock", lang, months=months_label(g.start, g.end, lang), pct=_pct(g.pct))
        rows.append({"name": group_label(g.group, lang), "assumption": words})
    return pd.DataFrame(rows, columns=["name", "assumption"])


def _pct(value: float) -> str:
    return f"{value:+.1f}%"


def _words(a: Assumption, unit: str, lang: str) -> list[str]:
    out = []
    if a.growth is not None:
        out.append(t("desc_growth", lang, g=_pct(a.growth)))
    for m, g in sorted(a.growth_by_month.items()):
        out.append(t("desc_by_month", lang, month=month_label(m, lang), g=_pct(g)))
    for o in a.one_offs:
        amount = _signed(o.amount, unit)
        out.append(t("desc_one_off", lang, month=month_label(o.month, lang), amount=amount))
    for m, v in sorted(a.fixed.items()):
        out.append(t("desc_fixed", lang, month=month_label(m, lang), amount=fmt.quantity(v, unit)))
    for s in a.shocks:
        out.append(
            t("desc_shock", lang, months=months_label(s.start, s.end, lang), pct=_pct(s.pct))
        )
    if a.profile is not None:
        kind = (
            t("desc_profile_average", lang, years=a.profile.years)
            if a.profile.kind == "average"
            else t(f"profile_{a.profile.kind}", lang)
        )
        out.append(t("desc_profile", lang, kind=kind))
    if a.method is not None:
        out.append(t("desc_method", lang, method=views.method_name(a.method, lang)))
    if a.quantile is not None:
        out.append(t("desc_quantile", lang, q=fmt.percent(a.quantile)))
    return out


# ---------------------------------------------------------------- the figures shown


@dataclass(frozen=True)
class Metric:
    """One ``st.metric``: label, value and delta text; the delta's colour and arrow."""

    label: str
    value: str
    delta: str | None = None
    color: str = "gray"
    arrow: str = "off"


def _signed(value: float, unit: str) -> str:
    """``+353万元``, ``-0.25亿元`` (a plain hyphen, so the metric colours it as a fall)."""
    text = fmt.quantity(abs(value), unit)
    return f"-{text}" if value < 0 else f"+{text}"


def _is_zero(value: float, unit: str) -> bool:
    return abs(value) < 0.5 * 10 ** -fmt.decimals(unit)


def indicator_metrics(
    base: Projection,
    base_check: Check,
    draft: Projection,
    draft_check: Check,
    higher_is_better: bool = True,
    lang: str = "zh",
) -> list[Metric]:
    """Year-end, 80% band, chance of meeting the target and the target, under the draft, each
    against the baseline."""
    unit = draft.unit
    good = "normal" if higher_is_better else "inverse"
    change = draft.point - base.point
    if _is_zero(change, unit):
        point = Metric(
            views.label("col_point_median", lang),
            fmt.quantity(draft.point, unit),
            t("delta_same", lang),
        )
    else:
        text = _signed(change, unit) if unit != "%" else _pp(change, lang)
        point = Metric(
            views.label("col_point_median", lang),
            fmt.quantity(draft.point, unit),
            t("delta_change", lang, value=text, base=fmt.quantity(base.point, unit)),
            good,
            "auto",
        )
    band = Metric(
        t("metric_band_unit", lang, unit=unit),
        _band(draft),
        t("delta_base", lang, value=views.band80(base)),
    )
    if np.isfinite(draft_check.p_meet):
        moved = (draft_check.p_meet - base_check.p_meet) * 100
        if abs(moved) < 0.05:
            chance = Metric(
                t("metric_p_meet", lang), fmt.percent(draft_check.p_meet), t("delta_same", lang)
            )
        else:
            chance = Metric(
                t("metric_p_meet", lang),
                fmt.percent(draft_check.p_meet),
                t(
                    "delta_change",
                    lang,
                    value=_pp(moved, lang),
                    base=fmt.percent(base_check.p_meet),
                ),
                "normal",
                "auto",
            )
    else:
        chance = Metric(t("metric_p_meet", lang), "—")
    target = Metric(
        t("metric_target", lang),
        views.target_text(draft_check, draft),
        t(f"status_{draft_check.status}", lang),
        _STATUS_COLORS[draft_check.status],
    )
    return [point, band, chance, target]


_STATUS_COLORS = {"off_track": "red", "at_risk": "orange", "on_track": "green", "no_target": "gray"}


def _band(p: Projection) -> str:
    """The 80% band without its unit (the label carries it): ``9.01–9.87``."""
    q10, q90 = p.quantiles((0.10, 0.90))
    return f"{fmt.number(q10, p.unit)}–{fmt.number(q90, p.unit)}"


def _pp(value: float, lang: str) -> str:
    """A change in percentage points: ``+12.3个百分点`` / ``+12.3 pp``."""
    return t("delta_pp", lang, value=f"{value:+.1f}")


# ---------------------------------------------------------------- goal seek


def goal_choice_label(choice: float | str, lang: str = "zh") -> str:
    if choice == GOAL_OTHER:
        return t("goal_choice_custom", lang)
    return t("goal_choice", lang, p=fmt.percent(float(choice)))


def goal_probability(choice: float | str, custom: float | None) -> float:
    """The probability asked for: the choice, or the slider's value for 'other'."""
    if choice != GOAL_OTHER:
        return float(choice)
    return float(custom) if custom is not None else 0.5


@dataclass(frozen=True)
class GoalSeek:
    """What the remaining months must bring to meet the annual target with ``probability``.

    ``status``: 'solved', 'already_met', 'unreachable', 'no_target' or 'no_months';
    ``growth`` (% over last year's same months) is None where last year is incomplete,
    ``monthly`` (a flat amount a month, indicator unit) for level indicators only.
    """

    status: str
    probability: float
    growth: Solution | None = None
    monthly: Solution | None = None


def goal_seek(
    p: Projection,
    assumption: Assumption,
    group_shocks: Sequence[GroupShock],
    goal: Goal | None,
    probability: float,
    higher_is_better: bool = True,
) -> GoalSeek:
    """Solve for the remaining months' single growth rate (the draft's other assumptions on the
    indicator and the group shocks reaching it kept) and their flat monthly amount.

    ``p`` is the model's projection with the draft's method, before its assumptions.
    """
    if goal is None:
        return GoalSeek("no_target", probability)
    if p.as_of == 12:
        return GoalSeek("no_months", probability)
    folded = tuple(Shock(g.start, g.end, g.pct) for g in group_shocks)
    base = replace(
        assumption, growth=None, growth_by_month={}, method=None, shocks=folded + assumption.shocks
    )
    try:
        growth = solve_growth(p, goal, probability, base, higher_is_better)
    except DataError:
        growth = None  # last year's same months are unknown
    monthly = None
    if p.kind == "level":
        monthly = solve_monthly(p, goal, probability, base, higher_is_better)
    found = growth if growth is not None else monthly
    status = found.status if found is not None else "no_months"
    return GoalSeek(status, probability, growth, monthly)


def _goal_text(goal: Goal, p: Projection, lang: str) -> str:
    if goal.kind == "growth":
        if p.kind == "growth":
            return fmt.quantity(goal.value, "%")
        return t("view_growth_target", lang, value=fmt.quantity(goal.value, "%"))
    return fmt.quantity(goal.value, p.unit)


def _change(g: float, lang: str) -> str:
    return t("change_up" if g >= 0 else "change_down", lang, g=fmt.quantity(abs(g), "%"))


def goal_sentence(
    result: GoalSeek,
    p: Projection,
    goal: Goal | None,
    higher_is_better: bool = True,
    lang: str = "zh",
) -> tuple[str, str]:
    """(kind, sentence): what the goal seek found, in words with units. ``kind`` is the alert
    to show it in: 'info', 'success' (already secured) or 'error' (out of reach)."""
    if result.status == "no_target" or goal is None:
        return "info", t("goal_no_target", lang)
    if result.status == "no_months":
        return "info", t("goal_no_months", lang)
    prob = fmt.percent(result.probability)
    target = _goal_text(goal, p, lang)
    months = rest_label(p, lang)
    if result.status == "already_met":
        return "success", t("goal_already_met", lang, target=target, months=months, p=prob)
    if result.status == "unreachable":
        if result.growth is not None:
            bound = GROWTH_BOUNDS[1] if higher_is_better else GROWTH_BOUNDS[0]
            return "error", t(
                "goal_unreachable",
                lang,
                p=prob,
                target=target,
                months=months,
                change=_change(bound, lang),
                chance=fmt.percent(result.growth.probability),
            )
        return "error", t(
            "goal_unreachable_monthly",
            lang,
            p=prob,
            target=target,
            amount=fmt.quantity(result.monthly.value, p.unit),
            chance=fmt.percent(result.monthly.probability),
        )
    if result.growth is None:
        growth = t("goal_no_growth_base", lang)
    else:
        g = result.growth.value
        key = (
            ("goal_grow_at_least" if g >= 0 else "goal_fall_at_most")
            if higher_is_better
            else ("goal_grow_at_most" if g >= 0 else "goal_fall_at_least")
        )
        growth = t(key, lang, months=months, g=fmt.quantity(abs(g), "%"))
    monthly = ""
    if result.monthly is not None:
        key = "goal_monthly_at_least" if higher_is_better else "goal_monthly_at_most"
        monthly = t(key, lang, amount=fmt.quantity(result.monthly.value, p.unit))
    return "info", t("goal_solved", lang, p=prob, target=target, growth=growth, monthly=monthly)


# ---------------------------------------------------------------- comparing scenarios


def _gap(value: float, unit: str, lang: str) -> str:
    if not np.isfinite(value):
        return "—"
    return _pp(value, lang) if unit == "%" else _signed(value, unit)


def compare_table(
    results: Mapping[str, ScenarioResult], catalogue: Catalogue, lang: str = "zh"
) -> pd.DataFrame:
    """Scenarios side by side, one row per indicator (catalogue order): for each scenario
    (keyed by its label) the year-end, 80% band, chance of meeting the target and the gap to
    it, as text with units. Columns: ``name``, then ``<label>·<measure>``."""
    long = compare(results)
    if long.empty:
        return pd.DataFrame(columns=["name"])
    by = {(r["indicator"], r["scenario"]): r for r in long.to_dict("records")}
    found = list(dict.fromkeys(long["indicator"]))
    ids = [i for i in catalogue if i in set(found)] + [i for i in found if i not in catalogue]
    rows = []
    for ind in ids:
        row = {"name": catalogue.get_or_default(ind).name(lang)}
        for label in results:
            r = by.get((ind, label))
            if r is None:
                continue
            unit = r["unit"]
            row[f"{label}·{t('compare_point', lang)}"] = fmt.quantity(r["point"], unit)
            row[f"{label}·{t('compare_band', lang)}"] = (
                f"{fmt.number(r['q10'], unit)}–{fmt.quantity(r['q90'], unit)}"
            )
            row[f"{label}·{t('compare_p', lang)}"] = fmt.percent(r["p_meet"])
            row[f"{label}·{t('compare_gap', lang)}"] = _gap(r["gap"], unit, lang)
        rows.append(row)
    return pd.DataFrame(rows)


def difference_table(
    a: ScenarioResult,
    b: ScenarioResult,
    labels: tuple[str, str],
    catalogue: Catalogue,
    lang: str = "zh",
) -> pd.DataFrame:
    """``b`` against ``a`` for every indicator: both year-ends, the change, and the change in
    the chance of meeting the target (percentage points), as text with units."""
    diff = difference(a, b)
    la, lb = labels
    point, chance = t("compare_point", lang), t("compare_p", lang)
    rows = []
    order = {i: n for n, i in enumerate(catalogue)}
    for r in sorted(diff.to_dict("records"), key=lambda r: order.get(r["indicator"], 1e9)):
        unit = r["unit"]
        change, moved = r["point_change"], r["p_meet_change"]
        rows.append(
            {
                "name": catalogue.get_or_default(r["indicator"]).name(lang),
                f"{la}·{point}": fmt.quantity(r["point_a"], unit),
                f"{lb}·{point}": fmt.quantity(r["point_b"], unit),
                t("diff_point_change", lang): (
                    t("delta_none", lang) if _is_zero(change, unit) else _gap(change, unit, lang)
                ),
                f"{la}·{chance}": fmt.percent(r["p_meet_a"]),
                f"{lb}·{chance}": fmt.percent(r["p_meet_b"]),
                t("diff_p_change", lang): (
                    "—"
                    if not np.isfinite(moved)
                    else t("delta_none", lang)
                    if abs(moved) < 0.0005
                    else _pp(moved * 100, lang)
                ),
            }
        )
    return pd.DataFrame(rows)


def version_choices(versions: Sequence[Version], name: str, lang: str = "zh") -> dict[int, str]:
    """{version: label} of one saved scenario, newest first."""
    mine = sorted((v for v in versions if v.name == name), key=lambda v: v.version, reverse=True)
    return {
        v.version: t(
            "store_version_label", lang, version=v.version, saved_at=saved_at_label(v.saved_at)
        )
        for v in mine
    }


def versions_table(versions: Sequence[Version], lang: str = "zh") -> pd.DataFrame:
    """Saved versions, newest first: name, version, saved time (local)."""
    rows = [
        {
            t("col_scenario", lang): v.name,
            t("col_version", lang): v.version,
            t("col_saved_at", lang): saved_at_label(v.saved_at),
        }
        for v in sorted(versions, key=lambda v: v.saved_at, reverse=True)
    ]
    columns = [t("col_scenario", lang), t("col_version", lang), t("col_saved_at", lang)]
    return pd.DataFrame(rows, columns=columns)


def dataset_name(file_name: str, sample: bool = False, lang: str = "zh") -> str:
    """The name a dataset is saved under unless the planner types another: the file's stem."""
    if sample:
        return t("dataset_sample_name", lang)
    stem = file_name.rsplit("/", 1)[-1]
    return stem.rsplit(".", 1)[0] if "." in stem else stem


def dataset_labels(versions: Sequence[Version], lang: str = "zh") -> dict[tuple[str, int], str]:
    """{(name, version): label} of saved datasets, newest first, for a picker."""
    ordered = sorted(versions, key=lambda v: v.saved_at, reverse=True)
    return {
        (v.name, v.version): t(
            "dataset_version_label",
            lang,
            name=v.name,
            version=v.version,
            file=v.filename,
            saved_at=saved_at_label(v.saved_at),
        )
        for v in ordered
    }


def summary_sheets(
    named: Sequence[tuple[str, Mapping[str, Projection], Mapping[str, Check]]],
    catalogue: Catalogue,
    lang: str = "zh",
) -> dict[str, sheets.Sheet]:
    """One summary sheet per scenario, named ``汇总-<scenario>``, in the order given."""
    out = {}
    for label, projections, checks in named:
        sheet = sheets.export_sheet(dict(projections), dict(checks), catalogue, lang)
        out[f"{t('sheet_summary', lang)}-{label}"] = sheet
    return out
