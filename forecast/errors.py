"""One error type for bad input, listing every problem found (file, row, column)."""

from __future__ import annotations

from dataclasses import dataclass

from forecast.i18n import t


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file.

    ``row`` is the row number a spreadsheet user sees (header = 1, first data row = 2);
    ``None`` where the problem concerns the whole file or column.
    """

    file: str
    row: int | None
    column: str | None
    code: str
    value: str = ""
    detail: str = ""

    def describe(self, lang: str = "zh") -> str:
        where = [self.file]
        if self.row is not None:
            where.append(t("where_row", lang, row=self.row))
        if self.column:
            where.append(t("where_column", lang, column=self.column))
        message = t(f"problem_{self.code}", lang, value=self.value, detail=self.detail)
        return f"{', '.join(where)}: {message}"


class DataError(ValueError):
    """Raised with every problem found in an input, never only the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__(self.describe("en"))

    def describe(self, lang: str = "zh") -> str:
        return "\n".join(p.describe(lang) for p in self.problems)
