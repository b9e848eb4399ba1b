"""One error type for bad input, listing every problem found (file, row, column).

A problem is codes and values only; ``presentation.problems`` says it in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass

# every kind of problem the readers and the scenario checks report (text: problem_<code>)
PROBLEM_CODES = (
    # files and tables
    "unreadable",
    "empty",
    "missing_column",
    "bad_header",
    "no_header",
    "no_basis",
    "no_file",
    "too_large",
    "too_many_rows",
    "sheet_skipped",
    "sheet_hidden",
    # cells and rows
    "bad_number",
    "bad_date",
    "bad_basis",
    "bad_year",
    "bad_unit",
    "unknown_unit",
    "mixed_units",
    "negative",
    "future",
    "unknown_indicator",
    "new_indicator",
    "no_name",
    "not_finite",
    "formula_no_value",
    "subtotal_mismatch",
    "percent_assumed",
    "zeros_unreported",
    "period_conflict",
    "not_whole",
    "bad_target_kind",
    "duplicate_target",
    "negative_target",
    "target_growth_low",
    # series
    "duplicate",
    "ytd_falls",
    "missing_month",
    "month_clash",
    "history_gap",
    "method_failed",
    # plausibility (warnings: the load goes on)
    "implausible_scale",
    "implausible_growth",
    "implausible_share",
    "implausible_month",
    # districts (a town's problem drops that town only)
    "entity_missing",
    "entity_unknown",
    "entity_no_data",
    "entity_is_total",
    "district_file",
    "hierarchy_cycle",
    "hierarchy_two_parents",
    # reports read for their figures (file_readers/reports.py)
    "report_empty",
    "report_scanned",
    "report_encrypted",
    "report_corrupt",
    "report_binary",
    # scenarios
    "scenario_schema",
    "scenario_version",
    "scenario_month",
    "scenario_growth",
    "scenario_growth_base",
    "scenario_reported",
    "scenario_indicator",
    "scenario_levels",
    "scenario_method",
    "scenario_profile",
    "scenario_quantile",
)


# why a file cannot be read, as an ``unreadable`` problem's detail (presentation words each:
# unreadable_<code>; a library's own text, if any, is kept in the problem's value for logs)
UNREADABLE_DETAILS = (
    "not_text",
    "not_workbook",
    "word",
    "encrypted",
    "bad_csv",
    "damaged",
    "missing",
    "is_folder",
    "no_access",
)


@dataclass(frozen=True, slots=True)  # a file of bad rows holds one per row: no __dict__ each
class Problem:
    """One thing wrong with an input file.

    ``row`` is the row number a spreadsheet user sees (header = 1, first data row = 2);
    ``None`` where the problem concerns the whole file or column. ``code`` names the kind of
    problem (its text is ``problem_<code>``). ``indicator`` is the id of the one indicator the
    problem is confined to (that indicator alone is dropped), None for a whole-file problem.
    """

    file: str
    row: int | None
    column: str | None
    code: str
    value: str = ""
    detail: str = ""
    indicator: str | None = None  # set where the problem is confined to one indicator

    def __post_init__(self) -> None:
        if self.code not in PROBLEM_CODES:  # a code without a text would reach users raw
            raise ValueError(f"unknown problem code {self.code!r}")

    def __str__(self) -> str:
        where = ":".join(str(x) for x in (self.file, self.row, self.column) if x is not None)
        return f"{where}: {self.code} {self.value!r} {self.detail}".rstrip()


WARNING_CODES = frozenset(
    {
        "new_indicator",
        "sheet_skipped",
        "sheet_hidden",
        "history_gap",
        "subtotal_mismatch",
        "percent_assumed",
        "zeros_unreported",
        "implausible_scale",
        "implausible_growth",
        "implausible_share",
        "implausible_month",
    }
)


class DataError(ValueError):
    """Raised with every problem found in an input, never only the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__(self.problems)  # pickles as DataError(problems)

    def __str__(self) -> str:
        """One line per problem, for logs (people read presentation's words); built when asked,
        not kept: a file of 300,000 bad rows would hold a second copy of them as text."""
        return "\n".join(str(p) for p in self.problems)
