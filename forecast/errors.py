"""One error type for bad input, listing every problem found (file, row, column).

A problem is codes and values only; ``presentation.problems`` says it in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file.

    ``row`` is the row number a spreadsheet user sees (header = 1, first data row = 2);
    ``None`` where the problem concerns the whole file or column. ``code`` names the kind of
    problem (its text is ``problem_<code>``).
    """

    file: str
    row: int | None
    column: str | None
    code: str
    value: str = ""
    detail: str = ""

    def __str__(self) -> str:
        where = ":".join(str(x) for x in (self.file, self.row, self.column) if x is not None)
        return f"{where}: {self.code} {self.value!r} {self.detail}".rstrip()


class DataError(ValueError):
    """Raised with every problem found in an input, never only the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
