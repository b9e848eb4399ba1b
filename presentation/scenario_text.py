"""The 情景 page's names, sentences and tables (pure: no streamlit): scenario and group names,
a scenario's assumptions in words, the figures under the draft against the baseline, what
goal seek found, scenarios side by side, and saved versions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

import numpy as np
import pandas as pd

from forecast.catalogue import Catalogue
from forecast.checks import Check
from forecast.projection import Projection
from forecast.targets import Goal
from presentation import fmt
from presentation.indicator import method_name
from presentation.overview import band80, signed, target_text
from presentation.text import has, label, t
from scenarios.apply import ScenarioResult
from scenarios.builtins import BUILTIN_IDS
from scenarios.compare import compare, difference
from scenarios.model import ALL_GROUPS, Assumption, Scenario
from scenarios.solve import GROWTH_BOUNDS, GoalSeek, PastGrowth, beyond_history
from scenarios.store import StoreMiss, Version

__all__ = [
    "BUILTIN_KEYS",
    "Metric",
    "assumption_lines",
    "assumptions_by_indicator",
    "builtin_id",
    "compare_table",
    "dataset_labels",
    "dataset_name",
    "describe",
    "difference_table",
    "goal_sentence",
    "group_label",
    "indicator_metrics",
    "new_draft",
    "quantile_label",
    "rest_label",
    "save_name_problem",
    "saved_at_label",
    "scenario_description",
    "scenario_label",
    "store_miss_text",
    "store_problem",
    "version_choices",
    "versions_table",
    "worded",
]

BUILTIN_KEYS = {b: f"scenario_{b}" for b in BUILTIN_IDS}  # the built-ins' names, by id
MEDIAN = 0.5  # the quantile that leaves the model as it is


def new_draft(lang: str = "zh") -> Scenario:
    """An empty draft: the baseline under a name to be given."""
    return Scenario(t("scenario_draft_name", lang))


def builtin_id(name: str) -> str | None:
    """The built-in scenario ``name`` names: its id, or its name in either language (基准,
    乐观, 悲观, Optimistic; any case); None for any other name."""
    wanted = name.strip().lower()
    for b, key in BUILTIN_KEYS.items():
        if wanted in {b, t(key, "zh").lower(), t(key, "en").lower()}:
            return b
    return None


def scenario_label(scenario: Scenario | str, lang: str = "zh") -> str:
    """基准/乐观/悲观 in the session's language; any other scenario by its own name."""
    name = scenario if isinstance(scenario, str) else scenario.name
    b = builtin_id(name)
    return t(BUILTIN_KEYS[b], lang) if b else name


def scenario_description(scenario: Scenario, lang: str = "zh") -> str:
    """A scenario's own description; a built-in's without one: what it assumes, in words."""
    b = builtin_id(scenario.name)
    if scenario.description or b is None:
        return scenario.description
    return t(f"scenario_about_{b}", lang)


def worded(scenario: Scenario, lang: str = "zh") -> Scenario:
    """A built-in scenario under its name and description in ``lang`` (as a draft shows it);
    any other scenario as it is."""
    if builtin_id(scenario.name) is None:
        return scenario
    label = scenario_label(scenario, lang)
    return replace(scenario, name=label, description=scenario_description(scenario, lang))


def save_name_problem(name: str, lang: str = "zh") -> str | None:
    """Why a draft cannot be saved under ``name`` (None if it can)."""
    name = name.strip()
    if not name:
        return t("store_name_empty", lang)
    if builtin_id(name) is not None:
        return t("store_name_builtin", lang, name=name)
    return None


def store_problem(error: StoreMiss, lang: str = "zh") -> str:
    """Why the store could not do what was asked, in one sentence (its code in words)."""
    key = {
        "unknown_version": "cli_store_unknown_version",
        "deleted": "cli_store_is_deleted",
        "not_deleted": "cli_store_not_deleted",
    }.get(error.code, "cli_store_unknown")
    return t(key, lang, name=error.name, version=error.version)


def store_miss_text(error: StoreMiss, lang: str = "zh") -> str:
    """What the store could not do, in one sentence for the app's pages (no command to type):
    the code of ``error`` (unknown, unknown_version, deleted, not_deleted) in words."""
    return t(f"store_miss_{error.code}", lang, name=error.name, version=error.version)


def saved_at_label(saved_at: str) -> str:
    """An ISO-8601 UTC time as this machine's local time: ``2020-06-30 09:15:02``."""
    try:
        when = datetime.fromisoformat(saved_at)
    except ValueError:
        return saved_at
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def group_label(group: str, lang: str = "zh") -> str:
    """全部指标 for '*', 投资类 for 'investment'; a group the text table lacks by its id."""
    if group == ALL_GROUPS:
        return t("group_all", lang)
    return t(f"group_{group}", lang) if has(f"group_{group}") else group


def rest_label(p: Projection, lang: str = "zh") -> str:
    """The months still to come: ``6-12月`` / ``Jun–Dec``."""
    return fmt.months(p.as_of + 1, 12, lang)


def quantile_label(q: float | None, lang: str = "zh") -> str:
    if q is None or q == MEDIAN:
        return t("quantile_none", lang)
    if q == 0.9:
        return t("quantile_high", lang)
    if q == 0.1:
        return t("quantile_low", lang)
    return t("quantile_value", lang, q=fmt.percent(q))


def describe(scenario: Scenario, catalogue: Catalogue, lang: str = "zh") -> pd.DataFrame:
    """One row per indicator or group with assumptions: its name and the assumptions in words."""
    rows = []
    sep = t("desc_sep", lang)
    for ind, a in scenario.indicators.items():
        info = catalogue.get_or_default(ind)
        rows.append({"name": info.name(lang), "assumption": sep.join(_words(a, info.unit, lang))})
    for g in scenario.group_shocks:
        words = t("desc_shock", lang, months=fmt.months(g.start, g.end, lang), pct=_pct(g.pct))
        rows.append({"name": group_label(g.group, lang), "assumption": words})
    return pd.DataFrame(rows, columns=["name", "assumption"])


def assumption_lines(scenario: Scenario, catalogue: Catalogue, lang: str = "zh") -> list[str]:
    """Each assumption of the scenario as one line in words, the way the 情景 page states it:
    ``国地两税收入：后续月份增长+8.0%``; ``全社会固定资产投资：9月一次性+1.00亿元``."""
    return [
        t("assumption_line", lang, name=r.name, words=r.assumption)
        for r in describe(scenario, catalogue, lang).itertuples()
    ]


def assumptions_by_indicator(
    scenario: Scenario, catalogue: Catalogue, indicators: Sequence[str], lang: str = "zh"
) -> dict[str, str]:
    """{indicator: the scenario's assumptions that touch it, in words}: its own and the group
    shocks that reach its group (the same words as ``describe``)."""
    sep = t("desc_sep", lang)
    out = {}
    for ind in indicators:
        info = catalogue.get_or_default(ind)
        words = _words(scenario.assumption(ind), info.unit, lang)
        for g in scenario.shocks_reaching(info.group):
            words.append(
                t("desc_shock", lang, months=fmt.months(g.start, g.end, lang), pct=_pct(g.pct))
            )
        if words:
            out[ind] = sep.join(words)
    return out


def _pct(value: float) -> str:
    return f"{value:+.1f}%"


def _words(a: Assumption, unit: str, lang: str) -> list[str]:
    out = []
    if a.growth is not None:
        out.append(t("desc_growth", lang, g=_pct(a.growth)))
    for m, g in sorted(a.growth_by_month.items()):
        out.append(t("desc_by_month", lang, month=fmt.month(m, lang), g=_pct(g)))
    for o in a.one_offs:
        amount = _signed(o.amount, unit)
        out.append(t("desc_one_off", lang, month=fmt.month(o.month, lang), amount=amount))
    for m, v in sorted(a.fixed.items()):
        out.append(t("desc_fixed", lang, month=fmt.month(m, lang), amount=fmt.quantity(v, unit)))
    for s in a.shocks:
        out.append(t("desc_shock", lang, months=fmt.months(s.start, s.end, lang), pct=_pct(s.pct)))
    if a.profile is not None:
        kind = (
            t("desc_profile_average", lang, years=a.profile.years)
            if a.profile.kind == "average"
            else t(f"profile_{a.profile.kind}", lang)
        )
        out.append(t("desc_profile", lang, kind=kind))
    if a.method is not None:
        out.append(t("desc_method", lang, method=method_name(a.method, lang)))
    if a.quantile is not None:
        out.append(t("desc_quantile", lang, q=fmt.percent(a.quantile)))
    return out


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
            label("col_point_median", lang),
            fmt.quantity(draft.point, unit),
            t("delta_same", lang),
        )
    else:
        text = _signed(change, unit) if unit != "%" else _pp(change, lang)
        point = Metric(
            label("col_point_median", lang),
            fmt.quantity(draft.point, unit),
            t("delta_change", lang, value=text, base=fmt.quantity(base.point, unit)),
            good,
            "auto",
        )
    band = Metric(
        t("metric_band_unit", lang, unit=unit),
        _band(draft, lang),
        t("delta_base", lang, value=band80(base, lang)),
    )
    if np.isfinite(draft_check.p_meet):
        moved = (draft_check.p_meet - base_check.p_meet) * 100
        if abs(moved) < 0.05:
            chance = Metric(
                t("metric_p_meet", lang),
                fmt.probability(draft_check.p_meet, lang),
                t("delta_same", lang),
            )
        else:
            chance = Metric(
                t("metric_p_meet", lang),
                fmt.probability(draft_check.p_meet, lang),
                t(
                    "delta_change",
                    lang,
                    value=_pp(moved, lang),
                    base=fmt.probability(base_check.p_meet, lang),
                ),
                "normal",
                "auto",
            )
    else:
        chance = Metric(t("metric_p_meet", lang), "—")
    target = Metric(
        t("metric_target", lang),
        target_text(draft_check, draft),
        t(f"status_{draft_check.status}", lang),
        _STATUS_COLORS[draft_check.status],
    )
    return [point, band, chance, target]


_STATUS_COLORS = {"off_track": "red", "at_risk": "orange", "on_track": "green", "no_target": "gray"}


def _band(p: Projection, lang: str = "zh") -> str:
    """The 80% band without its unit (the label carries it): ``9.01–9.87``; with a negative
    end ``−13.2至−1.4`` / ``−13.2 to −1.4``."""
    q10, q90 = p.quantiles((0.10, 0.90))
    return fmt.range_text(q10, q90, p.unit, lang, with_unit=False)


def _pp(value: float, lang: str) -> str:
    """A change in percentage points: ``+12.3个百分点`` / ``+12.3 pp``."""
    return t("delta_pp", lang, value=f"{value:+.1f}")


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
    past: PastGrowth | None = None,
) -> tuple[str, str]:
    """(kind, sentence): what the goal seek found, in words with units. ``kind`` is the alert
    to show it in: 'info', 'success' (already secured), 'warning' (a growth beyond every past
    year's growth of the same months, ``past``, said in a second sentence) or 'error' (out of
    reach)."""
    kind, sentence = _goal_sentence(result, p, goal, higher_is_better, lang)
    if kind in ("info", "error") and beyond_history(result, past, higher_is_better):
        return ("warning" if kind == "info" else kind), f"{sentence}{_beyond(past, p, lang)}"
    return kind, sentence


def _beyond(past: PastGrowth, p: Projection, lang: str) -> str:
    """The sentence saying the answer lies beyond the indicator's history."""

    def pct(v: float) -> str:
        return signed(v, "%", plus=True) + "%"

    years = (
        str(past.first_year)
        if past.first_year == past.last_year
        else f"{past.first_year}–{past.last_year}"
    )
    text = t(
        "goal_beyond_history",
        lang,
        years=years,
        months=rest_label(p, lang),
        low=pct(past.low),
        high=pct(past.high),
    )
    if np.isfinite(past.now):
        text += t("goal_beyond_now", lang, period=fmt.period(p.as_of, lang), now=pct(past.now))
    return text


def _goal_sentence(
    result: GoalSeek,
    p: Projection,
    goal: Goal | None,
    higher_is_better: bool,
    lang: str,
) -> tuple[str, str]:
    if result.status == "no_target" or goal is None:
        return "info", t("goal_no_target", lang)
    if result.status == "no_months":
        return "info", t("goal_no_months", lang)
    prob = fmt.probability(result.probability, lang)
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
                chance=fmt.probability(result.growth.probability, lang, about=True),
            )
        return "error", t(
            "goal_unreachable_monthly",
            lang,
            p=prob,
            target=target,
            amount=fmt.quantity(result.monthly.value, p.unit),
            chance=fmt.probability(result.monthly.probability, lang, about=True),
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
        for name in results:
            r = by.get((ind, name))
            if r is None:
                continue
            unit = r["unit"]
            row[f"{name}·{t('compare_point', lang)}"] = fmt.quantity(r["point"], unit)
            row[f"{name}·{t('compare_band', lang)}"] = fmt.range_text(
                r["q10"], r["q90"], unit, lang
            )
            row[f"{name}·{t('compare_p', lang)}"] = fmt.probability(r["p_meet"], lang)
            row[f"{name}·{t('compare_gap', lang)}"] = _gap(r["gap"], unit, lang)
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
                f"{la}·{chance}": fmt.probability(r["p_meet_a"], lang),
                f"{lb}·{chance}": fmt.probability(r["p_meet_b"], lang),
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
