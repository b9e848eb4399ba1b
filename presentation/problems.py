"""Problems with the user's input, said in their language: file, row, column and what is wrong."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from forecast.catalogue import Catalogue
from forecast.errors import DataError, Problem
from presentation.text import has, t

__all__ = [
    "KNOCK_ON",
    "LIMIT",
    "Folded",
    "bad_cells",
    "describe",
    "describe_all",
    "dropped_sentence",
    "first_of",
    "fold",
    "problem_table",
]

# codes whose ``detail`` holds close names (``a|b``), said as "did you mean a, b?"
SUGGESTING = ("new_indicator", "unknown_indicator")
# codes whose ``detail`` is a code of a scenario file's shape (scenarios.model.SCHEMA_DETAILS)
SCHEMA_CODES = ("scenario_schema", "scenario_profile")
LIMIT = 200  # problems listed one by one; the rest are counted
# problems that follow from another: a month goes missing when its row could not be read
KNOCK_ON = frozenset({"missing_month", "history_gap"})
# problems of one row's own cells (the row is left out, so its month goes missing)
_ROW_CODES = frozenset(
    {
        "bad_basis",
        "bad_date",
        "bad_number",
        "bad_unit",
        "formula_no_value",
        "future",
        "negative",
        "no_basis",
        "not_finite",
        "unknown_unit",
    }
)


@dataclass(frozen=True)
class Folded:
    """A problem to fix, and the problems it caused (``knock_ons``: a month of the same
    indicator that went missing because this row could not be read); fixing it fixes those."""

    problem: Problem
    knock_ons: tuple[Problem, ...] = ()


def _cause(knock_on: Problem, causes: list[Problem]) -> Problem | None:
    """The unreadable row a missing month follows from: the same file and indicator, the
    nearest row at or above the one where the gap shows (a long table lists months
    downwards; a wide one has the whole year on one row), else any row of that indicator."""
    same = [
        c
        for c in causes
        if c.indicator is not None and (c.file, c.indicator) == (knock_on.file, knock_on.indicator)
    ]
    if not same:
        return None
    if knock_on.row is None:
        return same[0]
    above = [c for c in same if c.row is not None and c.row <= knock_on.row]
    return max(above, key=lambda c: c.row) if above else same[0]


def fold(problems: Iterable[Problem]) -> list[Folded]:
    """Each problem once, in the order found, with its knock-on problems folded under it: a
    missing month (``KNOCK_ON``) of an indicator that has a row it could not read is that
    row's consequence, not a second thing to fix. A knock-on without such a row stands alone.
    """
    found = list(problems)
    causes = [p for p in found if p.code in _ROW_CODES]
    under: dict[int, list[Problem]] = {}
    alone: set[int] = set()
    for p in found:
        cause = _cause(p, causes) if p.code in KNOCK_ON else None
        if cause is None:
            alone.add(id(p))
        else:
            under.setdefault(id(cause), []).append(p)
    return [Folded(p, tuple(under.get(id(p), ()))) for p in found if id(p) in alone]


def bad_cells(problems: Iterable[Problem], columns: Iterable[str]) -> dict[int, set[str]]:
    """The cells to highlight in the uploaded table, by spreadsheet row: the problem's column
    where the table has it, else the whole row (every column). Whole-file problems (no row)
    and knock-ons (``fold``: fixing their cause fixes them) mark nothing."""
    names = list(columns)
    out: dict[int, set[str]] = {}
    for p in (f.problem for f in fold(problems)):
        if p.row is None:
            continue
        cells = {p.column} if p.column in names else set(names)
        out.setdefault(p.row, set()).update(cells)
    return out


def describe(problem: Problem, lang: str = "zh") -> str:
    """``sample.csv，第3行，“value”列：无法识别的数值“abc”`` (``sample.csv, row 3, …``)."""
    where = [problem.file]
    if problem.row is not None:
        where.append(t("where_row", lang, row=problem.row))
    if problem.column:
        where.append(t("where_column", lang, column=problem.column))
    detail = problem.detail
    if problem.code in SUGGESTING and detail:
        names = t("name_sep", lang).join(detail.split("|"))
        detail = t("did_you_mean", lang, names=names)
    elif problem.code in SCHEMA_CODES and has(f"schema_detail_{detail}"):  # a shape's code
        detail = t(f"schema_detail_{detail}", lang, value=problem.value)
    elif problem.code == "unreadable":  # what the file is, never a library's own text
        detail = t(
            f"unreadable_{detail}" if has(f"unreadable_{detail}") else "unreadable_damaged", lang
        )
    message = t(f"problem_{problem.code}", lang, value=problem.value, detail=detail)
    return t("where_said", lang, where=t("where_sep", lang).join(where), message=message)


def describe_all(
    problems: DataError | Iterable[Problem], lang: str = "zh", limit: int | None = LIMIT
) -> str:
    """Every problem, one per line; beyond ``limit``, one line counting the rest."""
    found = list(problems.problems if isinstance(problems, DataError) else problems)
    shown = found if limit is None else found[:limit]
    lines = [describe(p, lang) for p in shown]
    if len(found) > len(shown):
        lines.append(t("problems_more", lang, n=len(found) - len(shown)))
    return "\n".join(lines)


def first_of(problems: list[Problem], lang: str = "zh") -> str:
    """The first problem in words, and how many more there are (for a one-line message)."""
    more = t("scenario_upload_more", lang, n=len(problems) - 1) if len(problems) > 1 else ""
    return describe(problems[0], lang) + more


def problem_table(problems: list[Problem], lang: str = "zh") -> pd.DataFrame:
    """Every validation problem: row, column and the full description; a problem's knock-ons
    (``fold``) in a last column beside it instead of rows of their own (the column is there
    only when something was folded)."""
    folded = fold(problems)
    columns = [t("col_row", lang), t("col_column", lang), t("col_problem", lang)]
    rows = [
        [
            "" if f.problem.row is None else str(f.problem.row),
            f.problem.column or "",
            describe(f.problem, lang),
            t("knock_on_sep", lang).join(describe(k, lang) for k in f.knock_ons),
        ]
        for f in folded
    ]
    if any(f.knock_ons for f in folded):
        return pd.DataFrame(rows, columns=[*columns, t("col_knock_on", lang)])
    return pd.DataFrame([r[:3] for r in rows], columns=columns)


def dropped_sentence(dropped: Iterable[Problem], catalogue: Catalogue, lang: str = "zh") -> str:
    """Which indicators were left out (named in ``lang``), pointing to the reasons."""
    ids = list(dict.fromkeys(p.indicator for p in dropped if p.indicator))
    names = t("name_sep", lang).join(catalogue.get_or_default(i).name(lang) for i in ids)
    return t("dropped_some", lang, n=len(ids), names=names)
