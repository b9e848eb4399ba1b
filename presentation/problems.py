"""Problems with the user's input, said in their language: file, row, column and what is wrong."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from forecast.catalogue import Catalogue
from forecast.errors import DataError, Problem
from presentation.text import t

__all__ = ["LIMIT", "describe", "describe_all", "dropped_sentence", "problem_table"]

# codes whose ``detail`` holds close names (``a|b``), said as "did you mean a, b?"
SUGGESTING = ("new_indicator", "unknown_indicator")
LIMIT = 200  # problems listed one by one; the rest are counted


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


def problem_table(problems: list[Problem], lang: str = "zh") -> pd.DataFrame:
    """Every validation problem: row, column and the full description."""
    return pd.DataFrame(
        [
            {
                t("col_row", lang): "" if p.row is None else str(p.row),
                t("col_column", lang): p.column or "",
                t("col_problem", lang): describe(p, lang),
            }
            for p in problems
        ],
        columns=[t("col_row", lang), t("col_column", lang), t("col_problem", lang)],
    )


def dropped_sentence(dropped: Iterable[Problem], catalogue: Catalogue, lang: str = "zh") -> str:
    """Which indicators were left out (named in ``lang``), pointing to the reasons."""
    ids = list(dict.fromkeys(p.indicator for p in dropped if p.indicator))
    names = t("name_sep", lang).join(catalogue.get_or_default(i).name(lang) for i in ids)
    return t("dropped_some", lang, n=len(ids), names=names)
