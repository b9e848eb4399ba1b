"""What the app's pages show, as plain tables and numbers (pure: no streamlit, no files).

Every figure a page displays is computed here, so page files only lay out widgets. Tables
come back with formatted text (numbers as planners write them, units always shown) next to
the raw fractions that progress bars need.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd

import forecast.report  # noqa: F401  (registers the shared column and status labels)
from forecast import fmt
from forecast.actuals import Actuals
from forecast.catalogue import Catalogue
from forecast.checks import OFF_TRACK, ON_TRACK, Check, check
from forecast.i18n import register, t
from forecast.methods import METHODS

try:  # the rolling-origin folds, where the methods keep them
    from forecast.methods.skill import past_cuts
except ImportError:  # pragma: no cover - older layout
    from forecast.methods.auto import past_cuts
from forecast.methods.base import MultipleMethod, make_cut
from forecast.panel import Panel, build_panel
from forecast.projection import Projection, project, rng_for
from forecast.targets import Target

__all__ = [
    "METHOD_ORDER",
    "STATUS_ORDER",
    "MethodRow",
    "as_of_label",
    "as_of_options",
    "band80",
    "check_for",
    "default_as_of",
    "explain",
    "fan_frames",
    "growth_skill",
    "history_panel",
    "indicator_choices",
    "label",
    "method_name",
    "method_rows",
    "method_skill",
    "method_table",
    "ordered_ids",
    "overview_table",
    "project_one",
    "required_text",
    "status_counts",
    "table_height",
    "target_text",
    "thresholds_text",
]

STATUS_ORDER = {"off_track": 0, "at_risk": 1, "on_track": 2, "no_target": 3}
_PREFERRED = ("auto", "share", "yoy", "ets", "runrate")
# every registered method, the familiar ones first
METHOD_ORDER = tuple(
    [m for m in _PREFERRED if m in METHODS] + [m for m in METHODS if m not in _PREFERRED]
)
BANDS = ((0.05, 0.95, "90%"), (0.10, 0.90, "80%"), (0.25, 0.75, "50%"))
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SKILL_DRAWS = 300  # draws per past year when a method's skill needs simulation (ETS)

register(
    {
        "view_period": ("截至", "as of"),
        "view_time_progress": ("时间进度", "time progress"),
        "view_task_progress": ("任务进度", "task progress"),
        "view_double_half": ("双过半", "on pace"),
        "view_double_half_help": (
            "任务进度不低于时间进度(“时间过半、任务过半”)",
            "task progress at least time progress (the 双过半 check)",
        ),
        "view_yes": ("是", "yes"),
        "view_no": ("否", "no"),
        "view_band90": ("90%区间", "90% band"),
        "view_required": ("剩余月份需月均", "needed per month"),
        "view_growth_target": ("增长{value}", "growth {value}"),
        "view_half_target": ("半年目标", "half-year target"),
        # method labels: a label the methods register as ``method_<name>`` wins over these
        "views_method_auto": ("自动组合", "automatic blend"),
        "views_method_share": ("季节占比法", "seasonal share"),
        "views_method_yoy": ("同比推算法", "year-on-year"),
        "views_method_ets": ("指数平滑(ETS)", "exponential smoothing (ETS)"),
        "views_method_runrate": ("平均进度法", "run rate"),
        "views_method_growth_drift": ("增速漂移法", "growth drift"),
        "views_method_level": ("季节水平法", "seasonal level"),
        "views_method_level_fast": ("季节水平法(近期)", "seasonal level (recent)"),
        "views_method_level_slow": ("季节水平法(平稳)", "seasonal level (smooth)"),
        "views_method_lastyear": ("上年余量法", "last year's remainder"),
        "col_method_name": ("方法", "method"),
        "col_skill_years": ("回测年数", "years tested"),
        "col_skill_error": ("回测典型误差", "typical backtest error"),
        "col_chosen": ("当前", "in use"),
        "skill_none": ("无往年可回测", "no past year to test"),
        "explain_auto": (
            "采用自动组合:按各方法在本指标往年同期的回测表现加权({weights})。",
            "Automatic blend: methods weighted by how well each did on this indicator's own past "
            "years at this month ({weights}).",
        ),
        "explain_auto_equal": (
            "采用自动组合:往年数据不足以比较各方法,各方法权重相同。",
            "Automatic blend: too few past years to compare the methods, so they count equally.",
        ),
        "explain_level": (
            "季节水平法:按近几个月的平均水平和往年剩余月份通常所占比重推算。",
            "Seasonal level: the recent months' deseasonalised level times the usual share of "
            "the months still to come.",
        ),
        "explain_lastyear": (
            "上年余量法:剩余月份按上年同期完成的数量推算。",
            "Last year's remainder: the months still to come bring what they brought last year.",
        ),
        "explain_share": (
            "季节占比法:按往年{period}通常占全年的比例推算全年。",
            "Seasonal share: the year-end follows from the share of the year that {period} "
            "usually reaches.",
        ),
        "explain_yoy": (
            "同比推算法:剩余月份按今年以来的同比增速延续。",
            "Year-on-year: the rest of the year grows as the year so far did.",
        ),
        "explain_ets": (
            "指数平滑(ETS):对往年月度值拟合趋势和季节规律,模拟剩余各月。",
            "Exponential smoothing (ETS): trend and seasonality fitted to past monthly amounts, "
            "remaining months simulated.",
        ),
        "explain_runrate": (
            "平均进度法:剩余月份按今年已过月份的月均值推算。",
            "Run rate: the months left go as the months so far did on average.",
        ),
        "explain_growth_drift": (
            "本指标只报累计增速:按往年从{period}到全年增速的通常变化推算。",
            "Only the cumulative growth is reported: it moves from {period} to December as it "
            "usually did in past years.",
        ),
        "explain_skill_level": (
            "按往年回测,截至{month}月的年末预测典型误差约±{error}({years}个年份)。",
            "Tested on past years, the year-end projection at month {month} was typically off "
            "by about ±{error} ({years} years).",
        ),
        "explain_skill_growth": (
            "按往年回测,截至{month}月的全年增速预测典型误差约±{error}个百分点({years}个年份)。",
            "Tested on past years, the December growth projected at month {month} was typically "
            "off by about ±{error} percentage points ({years} years).",
        ),
        "explain_skill_none": (
            "没有可回测的往年数据,无法验证准确度。",
            "There is no past year to test the method on.",
        ),
        "explain_band": (
            "有80%的把握全年在{low}–{high}之间,中位数{point}。",
            "There is an 80% chance the year ends between {low} and {high}; the median is {point}.",
        ),
        "explain_p_meet": (
            "完成全年目标{target}的概率约{p}。",
            "The chance of meeting the annual target of {target} is about {p}.",
        ),
        "note_no_history": (
            "本指标没有往年完整数据可参照,只能按已过月份推算,区间很宽,请谨慎使用。",
            "No complete past year to learn from: the projection extends the months so far and "
            "its band is wide. Use with care.",
        ),
        "note_short_history": (
            "往年完整数据不足3年,区间偏宽,仅供参考。",
            "Fewer than three complete past years: the band is wide; treat it as indicative.",
        ),
        "note_children_disagree": (
            "分项之和与总数不一致,分项预测已按总数调整。",
            "The parts do not add up to the total; their projections were scaled to the total's.",
        ),
        "thresholds": (
            "状态按完成全年目标的概率划分:正常 ≥{on}%;有风险 {off}%–{on}%;难完成 <{off}%。",
            "Status by the probability of meeting the annual target: on track ≥{on}%; at risk "
            "{off}–{on}%; off track <{off}%.",
        ),
        "col_row": ("行", "row"),
        "col_column": ("列", "column"),
        "col_problem": ("问题", "problem"),
        "col_unit": ("单位", "unit"),
        "col_q10": ("80%区间下限", "80% low"),
        "col_q90": ("80%区间上限", "80% high"),
        "col_q05": ("90%区间下限", "90% low"),
        "col_q95": ("90%区间上限", "90% high"),
        "col_notes": ("说明", "notes"),
        "col_item": ("项目", "item"),
        "col_value": ("内容", "value"),
        "notes_as_of": ("截至", "as of"),
        "notes_data": ("数据来源", "data"),
        "notes_scenario": ("情景", "scenario"),
        "notes_thresholds": ("状态标准", "status thresholds"),
        "notes_method": ("预测方法", "method"),
        "notes_method_text": (
            "按本指标往年同期规律推算剩余月份,给出全年预测的中位数和区间;概率为模型估计。",
            "Remaining months projected from the indicator's own past years; the median and "
            "bands of the year-end, and probabilities, are model estimates.",
        ),
        "series_past": ("往年", "past years"),
        "series_last": ("上年", "last year"),
        "series_this": ("今年", "this year"),
        "series_median": ("预测中位数", "projected median"),
        "series_target": ("全年目标", "annual target"),
        "series_required": ("完成目标所需", "needed for target"),
        "series_band": ("预测区间", "projection band"),
        "axis_month": ("月份", "month"),
        "axis_cumulative": ("累计值({unit})", "cumulative ({unit})"),
        "axis_growth": ("累计增速(%)", "cumulative growth (%)"),
        "template_indicator": ("指标", "指标"),
        "template_unit": ("单位", "单位"),
    }
)


# ---------------------------------------------------------------- as-of month


def as_of_options(actuals: Actuals) -> list[tuple[int, int]]:
    """Months that can be the as-of month: every reported month of the latest year."""
    frame = actuals.frame
    year = int(frame["year"].max())
    months = sorted({int(m) for m in frame.loc[frame["year"] == year, "month"]})
    return [(year, m) for m in months]


def default_as_of(actuals: Actuals) -> tuple[int, int]:
    """The month most indicators were last reported in (the later one on a tie).

    A town reporting 1-5月 with one indicator's 1-6月 estimate is as of 1-5月.
    """
    last = actuals.frame.sort_values(["year", "month"]).groupby("indicator").tail(1)
    lasts = Counter(zip(last["year"].astype(int), last["month"].astype(int), strict=True))
    latest_year = max(y for y, _ in lasts)
    in_year = {ym: n for ym, n in lasts.items() if ym[0] == latest_year}
    return max(in_year, key=lambda ym: (in_year[ym], ym))


def as_of_label(as_of: tuple[int, int], lang: str = "zh") -> str:
    """``2020年1-5月`` / ``Jan–May 2020``."""
    year, month = as_of
    if lang == "en":
        return f"{fmt.period(month, lang)} {year}"
    return f"{year}年{fmt.period(month, lang)}"


# ---------------------------------------------------------------- overview


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


def check_for(p: Projection, targets: dict[tuple[str, int], Target], catalogue: Catalogue) -> Check:
    """The target check of one projection (as ``table.checks_for`` does for all)."""
    higher = catalogue.get_or_default(p.indicator).higher_is_better
    return check(p, targets.get((p.indicator, p.year)), higher)


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

    Text columns carry formatted numbers with units; ``time_progress``, ``task_progress`` and
    ``p_meet`` are percentages (0–100) for progress bars, NaN where there is no target.
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
                "status": t(f"status_{c.status}", lang),
                "status_code": c.status,
            }
        )
    return pd.DataFrame(rows)


def label(key: str, lang: str = "zh") -> str:
    """A column label: the string ``key``, capitalised in English ("To date")."""
    text = t(key, lang)
    return text[:1].upper() + text[1:]


def table_height(rows: int, row_px: int = 35) -> int:
    """Pixel height that shows every row of a dataframe (header included) without scrolling."""
    return (rows + 1) * row_px + 3


def status_counts(checks: dict[str, Check]) -> dict[str, int]:
    """How many indicators have each status."""
    found = Counter(c.status for c in checks.values())
    return {s: found.get(s, 0) for s in STATUS_ORDER}


def thresholds_text(lang: str = "zh") -> str:
    return t("thresholds", lang, on=round(ON_TRACK * 100), off=round(OFF_TRACK * 100))


# ---------------------------------------------------------------- indicator chart


def history_panel(actuals: Actuals, projection: Projection) -> Panel:
    """The indicator's year × month grid as known at the projection's cut."""
    return build_panel(actuals.until(projection.year, projection.as_of), projection.indicator)


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


# ---------------------------------------------------------------- methods at this cut


@dataclass(frozen=True)
class MethodRow:
    """One method's projection at this cut, with its rolling-origin skill at this month."""

    method: str
    point: float
    q10: float
    q90: float
    p_meet: float
    skill_years: int
    skill_error: float  # typical error: exp(rmse of log errors) − 1 (levels) or pp (growth)


def method_skill(panel: Panel, year: int, k: int, method: str) -> tuple[int, float]:
    """(years tested, typical error) of ``method`` at month ``k`` on the years before ``year``.

    Rolling origin: each past year is projected from its month k using only the years before
    it. The error is on the log of the year-end, reported as a fraction (0.03 = ±3%).
    """
    cut = make_cut(panel, year, k)
    chosen = METHODS[method]
    errors = []
    for n, (past, truth) in enumerate(past_cuts(cut)):
        if past.past.shape[0] == 0 or past.complete_past().shape[0] == 0:
            continue
        if isinstance(chosen, MultipleMethod):
            guess = chosen.distribution(past).center
        else:
            rng = rng_for(f"{panel.indicator}/skill/{n}", 0)
            year_end = past.ytd + chosen.simulate(past, SKILL_DRAWS, rng).sum(axis=1)
            guess = float(np.log(np.median(year_end) / past.ytd))
        errors.append(max(guess, 0.0) - truth)
    if not errors:
        return 0, np.nan
    rmse = float(np.sqrt(np.mean(np.square(errors))))
    return len(errors), float(np.exp(rmse) - 1)


def growth_skill(panel: Panel, year: int, k: int) -> tuple[int, float]:
    """(years tested, typical error in percentage points) of the growth drift at month k."""
    i = panel.row(year)
    g = panel.growth[: i if i is not None else len(panel.years)]
    ok = np.isfinite(g[:, k - 1]) & np.isfinite(g[:, 11])
    drift = g[ok, 11] - g[ok, k - 1]
    errors = [drift[j] - drift[:j].mean() for j in range(2, drift.size)]
    if not errors:
        return 0, np.nan
    return len(errors), float(np.sqrt(np.mean(np.square(errors))))


def method_rows(
    actuals: Actuals,
    projection: Projection,
    target: Target | None,
    higher_is_better: bool = True,
) -> list[MethodRow]:
    """Every method's projection of one indicator at its cut, with skill at this month.

    Methods run on the indicator alone (a part is not scaled to its total here).
    """
    p = projection
    data = actuals.until(p.year, p.as_of)
    panel = build_panel(data, p.indicator)
    if p.kind == "growth":
        years, error = growth_skill(panel, p.year, p.as_of)
        q10, q90 = p.quantiles((0.10, 0.90))
        chance = check(p, target, higher_is_better).p_meet
        return [MethodRow(p.method, p.point, q10, q90, chance, years, error)]
    info = data.catalogue[p.indicator]
    rows = []
    for name in METHOD_ORDER:
        other = project(panel, info, p.year, p.as_of, name)
        q10, q90 = other.quantiles((0.10, 0.90))
        years, error = method_skill(panel, p.year, p.as_of, name)
        chance = check(other, target, higher_is_better).p_meet
        rows.append(MethodRow(name, other.point, q10, q90, chance, years, error))
    return rows


def method_name(method: str, lang: str = "zh") -> str:
    """A method's name for people (its registry name where no label is known)."""
    for key in (f"method_{method}", f"views_method_{method}"):
        try:
            return t(key, lang)
        except KeyError:
            continue
    return method


def method_table(rows: list[MethodRow], unit: str, chosen: str, lang: str = "zh") -> pd.DataFrame:
    """The method rows as display text, the chosen method marked."""
    out = []
    for r in rows:
        if r.skill_years == 0:
            skill = t("skill_none", lang)
        elif unit == "%" or r.method == "growth_drift":
            skill = f"±{r.skill_error:.1f}" + (" pp" if lang == "en" else "个百分点")
        else:
            skill = f"±{fmt.percent(r.skill_error)}"
        out.append(
            {
                "chosen": "✓" if r.method == chosen else "",
                "method": method_name(r.method, lang),
                "point": fmt.quantity(r.point, unit),
                "band80": f"{fmt.number(r.q10, unit)}–{fmt.quantity(r.q90, unit)}",
                "p_meet": r.p_meet * 100,
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
        sep = "、" if lang == "zh" else ", "
        weights = sep.join(f"{method_name(m, lang)} {fmt.percent(w)}" for m, w in p.weights)
        method = t("explain_auto", lang, weights=weights)
    elif p.method == "auto":
        method = t("explain_auto_equal", lang)
    else:
        try:
            method = t(f"explain_{p.method}", lang, period=period)
        except KeyError:
            method = method_name(p.method, lang)
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
    out.append(
        t(
            "explain_band",
            lang,
            low=fmt.number(q10, p.unit),
            high=fmt.quantity(q90, p.unit),
            point=fmt.quantity(p.point, p.unit),
        )
    )
    if np.isfinite(check.p_meet):
        out.append(
            t(
                "explain_p_meet",
                lang,
                target=fmt.quantity(check.target, p.unit),
                p=fmt.percent(check.p_meet),
            )
        )
    out.extend(t(f"note_{n}", lang) for n in p.notes)
    return out


def project_one(actuals: Actuals, projection: Projection, method: str) -> Projection:
    """The same indicator and cut projected with another method (not reconciled)."""
    p = projection
    data = actuals.until(p.year, p.as_of)
    panel = build_panel(data, p.indicator)
    return project(panel, data.catalogue[p.indicator], p.year, p.as_of, method)
