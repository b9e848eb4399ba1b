"""Plain-text renderings of the projection table for the terminal."""

from __future__ import annotations

import pandas as pd

from presentation import fmt
from presentation.files import text_width
from presentation.indicator import method_name
from presentation.text import t

__all__ = ["BACKTEST_COLUMNS", "aligned", "backtest_table", "readable_table", "solve_text"]

GAP = "  "


def aligned(header: list[str], rows: list[list[str]], left: set[int] = frozenset()) -> str:
    """Columns padded to their display width (a CJK character counts two), so Chinese and
    English line up in a terminal; columns in ``left`` flush left, the others flush right."""
    widths = [max(text_width(r[j]) for r in [header, *rows]) for j in range(len(header))]

    def line(cells: list[str]) -> str:
        out = []
        for j, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            pad = " " * (width - text_width(cell))
            out.append(cell + pad if j in left else pad + cell)
        return GAP.join(out).rstrip()

    return "\n".join(line(r) for r in [header, *rows])


def _gap(r, growth: bool, lang: str) -> str:
    """The projected year-end against the target: percentage points for a growth rate
    (``差1.2个百分点``), else a signed amount with its unit (``+14万元``)."""
    if r.target != r.target:
        return "—"
    gap = r.point - r.target
    return fmt.gap_pp(gap, lang) if growth else fmt.signed(gap, r.unit, plus=True) + r.unit


def readable_table(table: pd.DataFrame, lang: str = "zh") -> str:
    """The projection table as aligned text, numbers formatted with their units, methods and
    statuses by name; a growth rate's progress as its gap to the target in percentage points,
    never as task progress."""
    header = [
        t("col_name", lang),
        t("col_as_of", lang),
        t("col_ytd", lang),
        t("col_point", lang),
        t("col_band80", lang),
        t("col_target", lang),
        t("col_gap", lang),
        t("col_p_meet", lang),
        t("col_progress", lang),
        t("col_status", lang),
        t("col_method", lang),
    ]
    rows = []
    for r in table.itertuples():
        target_unit = "%" if r.target_kind == "growth" and r.unit == "%" else r.unit
        growth = r.unit == "%"
        task = "—" if growth else fmt.percent(r.task_progress)
        rows.append(
            [
                str(r.name),
                f"{r.year} {fmt.period(int(r.as_of[-2:]), lang)}",
                fmt.quantity(r.ytd, r.unit),
                fmt.quantity(r.point, r.unit),
                fmt.range_text(r.q10, r.q90, r.unit, lang),
                fmt.quantity(r.target, target_unit) if r.target == r.target else "—",
                _gap(r, growth, lang),
                fmt.probability(r.p_meet, lang),
                f"{fmt.percent(r.time_progress)} / {task}",
                t(f"status_{r.status}", lang),
                method_name(r.method, lang),
            ]
        )
    return aligned(header, rows, left={0, 9, 10})


BACKTEST_COLUMNS = ("method", "k", "cases", "mdape", "mape", "cover80", "cover90", "pinball")


def backtest_table(table: pd.DataFrame, lang: str = "zh") -> str:
    """The backtest's scores (``forecast.backtest.score``) as aligned text: headers in
    ``lang``, methods by name, errors and coverage in % with one decimal."""
    columns = [c for c in BACKTEST_COLUMNS if c in table.columns]
    extra = [c for c in table.columns if c not in columns]
    header = [t(f"bt_{c}", lang) for c in columns] + [str(c) for c in extra]
    rows = []
    for r in table.to_dict("records"):
        cells = []
        for c in columns:
            v = r[c]
            if c == "method":
                cells.append(method_name(str(v), lang))
            elif c == "k":
                cells.append(fmt.period(int(v), lang))
            elif c == "cases":
                cells.append(f"{int(v)}")
            elif c == "pinball":
                cells.append(f"{v:.2f}")
            else:
                cells.append(fmt.quantity(v, "%"))
        cells += [str(r[c]) for c in extra]
        rows.append(cells)
    return aligned(header, rows, left={0})


def solve_text(found, name: str, p, prob: float, lang: str = "zh") -> str:
    """What ``scenario solve`` found (a ``scenarios.solve.GoalSeek``), as aligned lines in
    ``lang``: the growth the remaining months need and the monthly amount, each with its
    status and the chance it gives."""
    lines = [t("solve_title", lang, name=name, year=p.year, p=fmt.probability(prob, lang))]
    rows = []
    for key, answer, unit in (
        ("solve_required_growth", found.growth, "%"),
        ("solve_required_monthly", found.monthly, p.unit),
    ):
        if answer is None:
            continue
        rows.append(
            [
                t(key, lang),
                fmt.quantity(answer.value, unit),
                t(f"solve_status_{answer.status}", lang),
                f"{t('solve_chance', lang)} {fmt.probability(answer.probability, lang)}",
            ]
        )
    if rows:
        lines.append(aligned([""] * 4, rows, left={0, 2, 3}).split("\n", 1)[1])
    return "\n".join(lines)
