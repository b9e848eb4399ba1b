"""Rankings as county offices publish them, the towns × indicators grid, and which towns
make up a total's shortfall: tables of numbers over a district run's table."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from forecast.catalogue import Catalogue
from forecast.district.model import District, Hierarchy

__all__ = ["RANK_BY", "last_month", "p_meet_grid", "ranking", "shortfall_shares", "towns_of"]

RANK_BY = ("task_progress", "p_meet")


def last_month(district: District) -> District | None:
    """The district cut one month earlier (its run gives last month's P(meet) for the
    ranking's change); None at month 1 (last month is another year)."""
    year, month = district.as_of
    return dataclasses.replace(district, as_of=(year, month - 1)) if month > 1 else None


def towns_of(table: pd.DataFrame, hierarchy: Hierarchy) -> list[str]:
    """The towns in the table (no totals), sorted."""
    inner = set(hierarchy.inner)
    return sorted(e for e in set(table["entity"]) if e not in inner)


def p_meet_grid(table: pd.DataFrame, hierarchy: Hierarchy, catalogue: Catalogue) -> pd.DataFrame:
    """P(meet) by town (rows, totals last) × indicator (columns, catalogue order); NaN where
    an indicator has no target."""
    with_target = table[table["p_meet"].notna()]
    grid = with_target.pivot_table(index="entity", columns="indicator", values="p_meet")
    order = [i for i in catalogue if i in grid.columns]
    rows = [*towns_of(table, hierarchy), *reversed(hierarchy.inner)]
    return grid.reindex(index=[r for r in rows if r in grid.index], columns=order)


def ranking(
    table: pd.DataFrame,
    hierarchy: Hierarchy,
    indicator: str,
    by: str = "task_progress",
    higher_is_better: bool = True,
    previous: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The towns ranked on one indicator, best first (1 = first), by task progress or by
    P(meet); with last month's task progress, its rank then and the places gained since.

    ``previous``: the run's table cut at the month before (``run_district`` on the district
    with ``as_of`` one month earlier), for last month's P(meet) (``p_meet_prev``, and its
    rank when ranking by P(meet); without it those are NaN).

    Columns: entity, parent, ytd, target, time_progress, task_progress, task_progress_prev,
    progress_change, p_meet, p_meet_prev, p_meet_change, status, point, unit, rank,
    rank_prev, rank_change (+ = places gained).
    """
    if by not in RANK_BY:
        raise ValueError(f"rank by one of {RANK_BY}, not {by!r}")
    towns = set(towns_of(table, hierarchy))
    rows = table[(table["indicator"] == indicator) & table["entity"].isin(towns)].copy()
    rows["p_meet_prev"] = np.nan
    if previous is not None:
        before = previous[previous["indicator"] == indicator].set_index("entity")["p_meet"]
        rows["p_meet_prev"] = rows["entity"].map(before).astype(float)
    # a higher chance is better whichever way the indicator should go
    sign = 1 if higher_is_better or by == "p_meet" else -1
    rows["rank"] = (sign * rows[by]).rank(ascending=False, method="min")
    last = "task_progress_prev" if by == "task_progress" else "p_meet_prev"
    rows["rank_prev"] = (sign * rows[last]).rank(ascending=False, method="min")
    rows["rank_change"] = rows["rank_prev"] - rows["rank"]
    rows["progress_change"] = rows["task_progress"] - rows["task_progress_prev"]
    rows["p_meet_change"] = rows["p_meet"] - rows["p_meet_prev"]
    cols = [
        "entity",
        "parent",
        "ytd",
        "target",
        "time_progress",
        "task_progress",
        "task_progress_prev",
        "progress_change",
        "p_meet",
        "p_meet_prev",
        "p_meet_change",
        "status",
        "point",
        "unit",
        "rank",
        "rank_prev",
        "rank_change",
    ]
    ordered = rows.sort_values(["rank", "entity"], na_position="last")
    return ordered[cols].reset_index(drop=True)


def shortfall_shares(
    table: pd.DataFrame, hierarchy: Hierarchy, node: str, indicator: str
) -> pd.DataFrame:
    """Which towns under ``node`` make up its shortfall on a level indicator.

    Each town is held to its own target, or where it has none to the total's target shared by
    last year's level (``implied``). ``gap`` = point − that target (the town's unit);
    ``shortfall`` the part below it; ``share`` its part of the towns' summed shortfall;
    ``expected_shortfall`` the mean shortfall over the draws against its own target. Biggest
    shortfall first; empty where the total has no target and no town has one.
    """
    leaves = set(hierarchy.leaves_under(node)) & set(towns_of(table, hierarchy))
    rows = table[(table["indicator"] == indicator) & table["entity"].isin(leaves)]
    rows = rows.rename(columns={"shortfall": "expected_shortfall"})
    mine = table[(table["indicator"] == indicator) & (table["entity"] == node)]
    if rows.empty or (rows["unit"] == "%").any():
        return pd.DataFrame()
    total_target = float(mine["target"].iloc[0]) if len(mine) else np.nan
    weight = rows["last_total"] / rows["last_total"].sum()
    implied = total_target * weight
    rows["implied"] = rows["target"].isna() & np.isfinite(implied)
    rows["held_to"] = rows["target"].fillna(implied)
    if rows["held_to"].isna().all():
        return pd.DataFrame()
    rows["gap"] = rows["point"] - rows["held_to"]
    rows["shortfall"] = (-rows["gap"]).clip(lower=0)
    total = rows["shortfall"].sum()
    rows["share"] = rows["shortfall"] / total if total > 0 else 0.0
    cols = ["entity", "point", "held_to", "implied", "gap", "shortfall", "share"]
    out = rows[[*cols, "expected_shortfall", "unit"]]
    return out.sort_values(["shortfall", "entity"], ascending=[False, True]).reset_index(drop=True)
