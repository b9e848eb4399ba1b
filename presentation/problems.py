"""Problems with the user's input, said in their language: file, row, column and what is wrong."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from forecast.errors import DataError, Problem
from presentation.text import t

__all__ = ["describe", "describe_all", "problem_table"]


def describe(problem: Problem, lang: str = "zh") -> str:
    """``sample.csv, 第3行, “value”列: 无法识别的数值“abc”``."""
    where = [problem.file]
    if problem.row is not None:
        where.append(t("where_row", lang, row=problem.row))
    if problem.column:
        where.append(t("where_column", lang, column=problem.column))
    message = t(f"problem_{problem.code}", lang, value=problem.value, detail=problem.detail)
    return f"{', '.join(where)}: {message}"


def describe_all(problems: DataError | Iterable[Problem], lang: str = "zh") -> str:
    """Every problem, one per line."""
    found = problems.problems if isinstance(problems, DataError) else problems
    return "\n".join(describe(p, lang) for p in found)


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
