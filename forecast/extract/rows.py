"""A figure read out of a report: one frozen row with exactly the columns of the extract table."""

from __future__ import annotations

from dataclasses import dataclass, fields

# the extract table's columns, in this order, whatever the language
COLUMNS = (
    "phrase",
    "indicator",
    "kind",
    "period",
    "date",
    "basis",
    "value",
    "unit",
    "approx",
    "growth_pct",
    "target_share_pct",
    "target_value",
    "target_unit",
    "structure_share_pct",
    "start",
    "end",
    "sentence",
)
KINDS = ("actual", "forecast", "target", "structure")
BASES = ("ytd", "month", "annual", "stock", "growth", "span")  # span: several years together
APPROX = ("", ">=", "<=", "~")
# notes an extraction may carry (text: extract_note_<code>)
NOTES = ("cutoff_day", "no_figures", "multi_year")


@dataclass(frozen=True)
class Row:
    """One figure: the indicator as written (``phrase``) and its catalogue id, what kind of
    figure it is, its period, value and unit as written, and what is attached to it (growth
    over last year in %, share of a plan or target, share of a whole). ``start``/``end`` are
    the character offsets of its clause in the text read; ``sentence`` is that clause."""

    phrase: str
    indicator: str
    kind: str
    period: str
    date: str
    basis: str
    value: float | None
    unit: str
    approx: str
    growth_pct: float | None
    target_share_pct: float | None
    target_value: float | None
    target_unit: str
    structure_share_pct: float | None
    start: int
    end: int
    sentence: str

    def as_dict(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Note:
    """Something the reader of the table should know: ``code`` (one of NOTES) and where."""

    code: str
    start: int = 0
    end: int = 0
    value: str = ""


@dataclass(frozen=True)
class Extraction:
    """Every figure of a text, in the order written, and the notes."""

    rows: tuple[Row, ...]
    notes: tuple[Note, ...] = ()
    text: str = ""


assert tuple(f.name for f in fields(Row)) == COLUMNS
