"""Warnings that name a doubtful figure without stopping the load: a value about 10⁴ or 10⁸
times its own history or its target (元, 万元 and 亿元 mixed up), a growth rate beyond ±100%.

Each check returns problems with codes in WARNING_CODES; nothing is changed or dropped.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from forecast.errors import Problem
from forecast.targets import Target

__all__ = ["SCALE", "against_targets", "in_history"]

SCALE = 3000.0  # a factor this far off is a unit slip (10⁴, 10⁸), not an economy


def in_history(frame: pd.DataFrame, files: pd.Series | Mapping[int, str] | str) -> list[Problem]:
    """Rows of a validated actuals frame (with its ``row`` column) that are about 10⁴ or more
    off the same indicator's other values, and growth rates beyond ±100%. ``files`` names each
    row's file: one name, a Series aligned with ``frame`` or a mapping by row number."""
    out: list[Problem] = []
    by_index = isinstance(files, pd.Series)

    def file_of(row: int, index: object = None) -> str:
        if isinstance(files, str):
            return files
        if by_index:
            return str(files.loc[index])
        return files.get(row, "")

    growth = frame[frame["basis"].isin(("ytd_yoy", "month_yoy"))]
    for r in growth[growth["value"].abs() > 100].itertuples():
        out.append(
            Problem(
                file_of(r.row, r.Index),
                r.row,
                "value",
                "implausible_growth",
                f"{r.value:g}",
                "",
                r.indicator,
            )
        )
    levels = frame[frame["basis"].isin(("ytd", "month"))]
    if levels.empty:
        return out
    abs_value = levels["value"].abs()
    group = abs_value.groupby([levels["indicator"], levels["basis"], levels["month"]])
    size = group.transform("size")
    # the typical value of the same month in the other years: the other one of two, else the
    # median (one slip cannot move the median of three or more)
    typical = (group.transform("sum") - abs_value).where(size == 2, group.transform("median"))
    ratio = abs_value / typical.where(typical > 0)
    odd = (size >= 2) & (abs_value > 0) & ((ratio > SCALE) | (ratio < 1 / SCALE))
    for r, t in zip(levels[odd].itertuples(), typical[odd], strict=True):
        out.append(
            Problem(
                file_of(r.row, r.Index),
                r.row,
                "value",
                "implausible_scale",
                f"{r.value:g}",
                f"{t:g}",
                r.indicator,
            )
        )
    return out


def against_targets(
    frame: pd.DataFrame, targets: Mapping[tuple[str, int], Target], source: str
) -> list[Problem]:
    """The latest cumulative value of each indicator with an absolute annual target that is
    about 10⁴ times more or less than that target."""
    out: list[Problem] = []
    ytd = frame[frame["basis"] == "ytd"].sort_values(["year", "month"])
    for indicator, rows in ytd.groupby("indicator", sort=False):
        last = rows.iloc[-1]
        target = targets.get((indicator, int(last["year"])))
        if target is None or target.annual is None or target.annual.kind != "absolute":
            continue
        goal, value = abs(target.annual.value), abs(float(last["value"]))
        if goal == 0 or value == 0:
            continue
        if value / goal > SCALE or goal / value > SCALE * 12:  # one month of a year: 1/12
            out.append(
                Problem(
                    source,
                    int(last["row"]),
                    "value",
                    "implausible_scale",
                    f"{value:g}",
                    f"{target.annual.value:g}",
                    indicator,
                )
            )
    return out
