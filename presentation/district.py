"""The district page's figures and downloads, in the user's language: the towns × indicators
grid of P(meet), the rankings as county offices publish them, the towns behind a total's
shortfall, one workbook (a ranking sheet, a sheet per town) and the brief for the whole.

Pure: tables and bytes out; the numbers come from ``forecast.district``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from forecast.actuals import Actuals
from forecast.checks import OFF_TRACK, ON_TRACK
from forecast.district import ALL, DistrictResult
from forecast.district.rank import p_meet_grid, ranking, shortfall_shares, towns_of
from forecast.targets import Target
from presentation import brief, files, fmt, sheets
from presentation.problems import describe
from presentation.scenario_text import scenario_label
from presentation.text import t

__all__ = [
    "DistrictFiles",
    "district_files",
    "entity_name",
    "grid_styles",
    "grid_table",
    "indicators_with_targets",
    "rank_by_labels",
    "ranking_table",
    "shortfall_table",
    "town_csv",
    "town_targets_csv",
]

_CELL = {
    "on_track": "background-color: #d1e7dd; color: #0f5132",
    "at_risk": "background-color: #fff3cd; color: #664d03",
    "off_track": "background-color: #f8d7da; color: #842029",
}


def entity_name(entity: str, lang: str = "zh") -> str:
    """A town or total as shown: 全部 is 'All' in English."""
    return t("district_all", lang) if entity == ALL else entity


def indicators_with_targets(result: DistrictResult) -> list[str]:
    """Indicators some town has a target for, in catalogue order."""
    found = set(result.table.loc[result.table["p_meet"].notna(), "indicator"])
    return [i for i in result.catalogue if i in found]


def rank_by_labels(lang: str = "zh") -> dict[str, str]:
    """What a ranking can go by (forecast.district.rank.RANK_BY), as the page offers it."""
    return {
        "task_progress": t("district_by_task_progress", lang),
        "p_meet": t("district_by_p_meet", lang),
    }


def _name(result: DistrictResult, indicator: str, lang: str) -> str:
    return result.catalogue.get_or_default(indicator).name(lang)


def grid_table(result: DistrictResult, lang: str = "zh") -> pd.DataFrame:
    """Towns (then totals) × indicators: P(meet) in percent; empty where no target."""
    grid = p_meet_grid(result.table, result.hierarchy, result.catalogue) * 100
    grid.columns = [_name(result, i, lang) for i in grid.columns]
    grid.index = [entity_name(e, lang) for e in grid.index]
    grid.index.name = t("district_col_entity", lang)
    return grid.reset_index()


def _status(p: float) -> str:
    return "on_track" if p >= ON_TRACK else "at_risk" if p >= OFF_TRACK else "off_track"


def grid_styles(grid: pd.DataFrame) -> pd.DataFrame:
    """Each grid cell's colour by its status (P(meet) ≥ 80% green, 50–80% amber, < 50% red)."""
    styles = pd.DataFrame("", index=grid.index, columns=grid.columns)
    for col in grid.columns[1:]:
        styles[col] = ["" if pd.isna(v) else _CELL[_status(float(v) / 100)] for v in grid[col]]
    return styles


def _change(places: float, lang: str) -> str:
    if pd.isna(places):
        return "—"
    if places > 0:
        return t("district_up", lang, n=int(places))
    if places < 0:
        return t("district_down", lang, n=int(-places))
    return t("district_same", lang)


def _points(change: float) -> str:
    """A change of progress in percentage points, signed."""
    if pd.isna(change):
        return "—"
    return f"{change * 100:+.1f}"


def ranking_table(
    result: DistrictResult,
    indicator: str,
    by: str = "task_progress",
    lang: str = "zh",
    previous: DistrictResult | None = None,
) -> pd.DataFrame:
    """The ranking on one indicator as shown on the page (text cells, best first).

    ``previous``: the same district run from last month's data; with it the change of P(meet)
    since then (percentage points) and, ranked by P(meet), the places gained."""
    higher = result.catalogue.get_or_default(indicator).higher_is_better
    before = None if previous is None else previous.table
    ranked = ranking(result.table, result.hierarchy, indicator, by, higher, before)
    rows = []
    for r in ranked.itertuples():
        chance = (
            {}
            if previous is None
            else {t("district_col_p_meet_change", lang): _points(r.p_meet_change)}
        )
        rows.append(
            {
                t("district_col_rank", lang): "" if pd.isna(r.rank) else int(r.rank),
                t("district_col_entity", lang): entity_name(r.entity, lang),
                t("district_col_parent", lang): entity_name(r.parent, lang),
                t("col_ytd", lang): fmt.quantity(r.ytd, r.unit),
                t("col_target", lang): fmt.quantity(r.target, r.unit),
                t("view_task_progress", lang): fmt.percent(r.task_progress),
                t("district_col_progress_change", lang): _points(r.progress_change),
                t("district_col_rank_change", lang): _change(r.rank_change, lang),
                t("col_p_meet", lang): fmt.probability(r.p_meet, lang),
                **chance,
                t("col_status", lang): t(f"status_{r.status}", lang),
            }
        )
    return pd.DataFrame(rows)


def shortfall_table(
    result: DistrictResult, node: str, indicator: str, lang: str = "zh"
) -> pd.DataFrame:
    """The towns under ``node`` by their part of its shortfall on ``indicator``."""
    found = shortfall_shares(result.table, result.hierarchy, node, indicator)
    if found.empty:
        return found
    rows = []
    for r in found.itertuples():
        held = fmt.quantity(r.held_to, r.unit)
        rows.append(
            {
                t("district_col_entity", lang): entity_name(r.entity, lang),
                t("col_point", lang): fmt.quantity(r.point, r.unit),
                t("district_col_held_to", lang): t("district_implied", lang, value=held)
                if r.implied
                else held,
                t("district_col_gap", lang): fmt.quantity(r.gap, r.unit),
                t("district_col_share", lang): fmt.percent(r.share),
                t("district_col_expected", lang): fmt.quantity(r.expected_shortfall, r.unit),
            }
        )
    return pd.DataFrame(rows)


# ---------------------------------------------------------------- downloads


@dataclass(frozen=True)
class DistrictFiles:
    """The district's downloads: the workbook, the brief (Markdown and Word)."""

    xlsx: bytes
    markdown: str
    docx: bytes


def _ranking_sheet(result: DistrictResult, lang: str) -> sheets.Sheet:
    """Every indicator with a target: its towns ranked by task progress (numbers kept)."""
    rows, formats = [], []
    for indicator in indicators_with_targets(result):
        higher = result.catalogue.get_or_default(indicator).higher_is_better
        ranked = ranking(result.table, result.hierarchy, indicator, "task_progress", higher)
        for r in ranked.itertuples():
            scale = 0.01 if r.unit == "%" else 1.0
            unit_format = sheets.number_format(r.unit)
            row = {
                t("col_name", lang): _name(result, indicator, lang),
                t("district_col_rank", lang): r.rank,
                t("district_col_entity", lang): entity_name(r.entity, lang),
                t("district_col_parent", lang): entity_name(r.parent, lang),
                t("col_unit", lang): r.unit,
                t("col_ytd", lang): r.ytd * scale,
                t("col_target", lang): r.target * scale,
                t("view_task_progress", lang): r.task_progress,
                t("district_col_progress_prev", lang): r.task_progress_prev,
                t("district_col_rank_change", lang): _change(r.rank_change, lang),
                t("col_p_meet", lang): r.p_meet,
                t("col_status", lang): t(f"status_{r.status}", lang),
            }
            rows.append({k: None if _nan(v) else v for k, v in row.items()})
            keys = list(row)
            formats.append(
                dict.fromkeys(keys, "")
                | {keys[1]: "0", keys[5]: unit_format, keys[6]: unit_format}
                | {keys[7]: "0.0%", keys[8]: "0.0%", keys[10]: sheets.PROBABILITY_FORMAT}
            )
    frame = pd.DataFrame(rows)
    return sheets.Sheet(frame, pd.DataFrame(formats, columns=frame.columns))


def _nan(value: object) -> bool:
    return isinstance(value, float) and np.isnan(value)


def _problems_sheet(result: DistrictResult, lang: str) -> sheets.Sheet:
    """The towns left out with why, then every other problem named about the input."""
    lines = [
        (entity_name(e, lang), describe(p, lang)) for e, ps in result.dropped.items() for p in ps
    ]
    theirs = {p for ps in result.dropped.values() for p in ps}
    lines += [("", describe(p, lang)) for p in result.problems if p not in theirs]
    columns = [t("district_col_entity", lang), t("col_problem", lang)]
    return sheets.Sheet(pd.DataFrame(lines, columns=columns))


def _brief(result: DistrictResult, data: str, lang: str) -> str:
    """The brief for the whole: the top total's brief, then the towns in a few lines."""
    top = result.hierarchy.top
    as_of = fmt.as_of(result.as_of, lang)
    scope = t("district_scope", lang, name=entity_name(top, lang))
    context = brief.BriefContext(as_of, scenario_label("基准", lang), f"{data} · {scope}")
    text = brief.draft(
        dict(result.totals.get(top, {})),
        dict(result.total_checks.get(top, {})),
        result.catalogue,
        context,
        lang,
    ).rstrip()
    out = [text, "", f"## {t('district_brief_towns', lang)}", ""]
    towns = towns_of(result.table, result.hierarchy)
    out.append(t("district_brief_count", lang, n=len(towns), dropped=len(result.dropped)))
    out.append("")
    for indicator in indicators_with_targets(result):
        ranked = ranking(result.table, result.hierarchy, indicator, "p_meet")
        behind = ranked[ranked["status"] == "off_track"]
        if behind.empty:
            continue
        names = t("district_sep", lang).join(entity_name(e, lang) for e in behind["entity"])
        out.append(
            "- "
            + t("district_brief_behind", lang, name=_name(result, indicator, lang), towns=names)
        )
    if result.dropped:
        out += ["", f"## {t('district_brief_dropped', lang)}", ""]
        out += [f"- {describe(p, lang)}" for ps in result.dropped.values() for p in ps]
    return "\n".join(out) + "\n"


def district_files(result: DistrictResult, data: str, lang: str = "zh") -> DistrictFiles:
    """One workbook (the ranking, the whole, a sheet per town, problems) and the brief."""
    top = result.hierarchy.top
    book = {t("district_sheet_ranking", lang): _ranking_sheet(result, lang)}
    book[entity_name(top, lang)] = sheets.export_sheet(
        dict(result.totals.get(top, {})),
        dict(result.total_checks.get(top, {})),
        result.catalogue,
        lang,
    )
    for town in sorted(result.towns):
        book[town] = sheets.export_sheet(
            dict(result.towns[town]), dict(result.town_checks[town]), result.catalogue, lang
        )
    if result.dropped or result.problems:
        book[t("district_sheet_problems", lang)] = _problems_sheet(result, lang)
    text = _brief(result, data, lang)
    return DistrictFiles(files.excel_bytes(book), text, files.docx_bytes(text))


# ---------------------------------------------------------------- one town's own files


def town_csv(actuals: Actuals) -> bytes:
    """A town's actuals as the long CSV the other pages read (values in catalogue units)."""
    f = actuals.frame
    frame = pd.DataFrame(
        {
            "indicator": f["indicator"],
            "date": [f"{y}-{m:02d}" for y, m in zip(f["year"], f["month"], strict=True)],
            "value": f["value"].astype(float),
            "basis": f["basis"],
        }
    )
    return files.table_csv_bytes(frame)


def town_targets_csv(targets: dict[tuple[str, int], Target]) -> bytes | None:
    """A town's targets as the targets CSV the other pages read (None without any)."""
    rows = []
    for (indicator, year), target in targets.items():
        a, h = target.annual, target.half
        rows.append(
            {
                "indicator": indicator,
                "year": year,
                "kind": a.kind if a else "",
                "value": a.value if a else np.nan,
                "half_kind": h.kind if h else "",
                "half_value": h.value if h else np.nan,
            }
        )
    return files.table_csv_bytes(pd.DataFrame(rows)) if rows else None
