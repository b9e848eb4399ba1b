"""Annual (and half-year) targets: an absolute value or a growth rate over last year."""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass

import pandas as pd

from forecast.catalogue import Catalogue
from forecast.errors import DataError, Problem
from forecast.units import UnitError, convert, parse_quantity

KINDS = ("absolute", "growth")
_YEAR = re.compile(r"^\s*(\d{4})\s*年?\s*$")
_KIND_ALIASES = {
    "absolute": "absolute",
    "绝对值": "absolute",
    "总量": "absolute",
    "growth": "growth",
    "增速": "growth",
    "增长": "growth",
    "增长率": "growth",
    "增幅": "growth",
}


@dataclass(frozen=True)
class Goal:
    """One target: ``kind`` 'absolute' (value in the indicator's unit) or 'growth' (value in %)."""

    kind: str
    value: float


@dataclass(frozen=True)
class Target:
    """An indicator's targets for one year; ``half`` is the half-year (1-6月) target, if any."""

    indicator: str
    year: int
    annual: Goal | None = None
    half: Goal | None = None


def validate_targets(
    raw: pd.DataFrame, catalogue: Catalogue, source: str, row_numbers: list[int] | None = None
) -> dict[tuple[str, int], Target]:
    """Targets keyed by (indicator, year) from a raw table.

    Columns: ``indicator, year, kind, value`` and optionally ``half_kind, half_value``. Values
    may carry units (``1亿元``), converted to the indicator's unit. The indicator may be written
    as its id, name or an alias; a name the catalogue lacks is an error suggesting close names.
    Two rows for one indicator and year, and a negative absolute target, are errors. Raises
    DataError listing every problem (any problem stops the whole file).
    """
    problems: list[Problem] = []
    cols = {str(c).strip().lower(): c for c in raw.columns}
    missing = [c for c in ("indicator", "year", "kind", "value") if c not in cols]
    if missing:
        raise DataError([Problem(source, None, None, "missing_column", detail=", ".join(missing))])
    out: dict[tuple[str, int], Target] = {}
    seen: dict[tuple[str, int], int] = {}
    rows = row_numbers or list(range(2, 2 + len(raw)))
    for pos, row in enumerate(raw.to_dict("records")):
        rownum = rows[pos]
        written = row[cols["indicator"]]
        if _blank(written) and all(_blank(v) for v in row.values()):
            continue
        found = catalogue.lookup(written) if not _blank(written) else None
        if found is None:
            problems.append(
                Problem(
                    source,
                    rownum,
                    "indicator",
                    "unknown_indicator",
                    str(written).strip(),
                    _close(written, catalogue),
                )
            )
            continue
        indicator = found.id
        unit = catalogue.get_or_default(indicator).unit
        try:
            written_year = float(_YEAR.sub(r"\1", str(row[cols["year"]])))  # 2020, 2020年
            if not written_year.is_integer():  # 2020.5 was read as 2020
                raise ValueError(written_year)
            year = int(written_year)
            if not 1900 <= year <= 2200:
                raise ValueError(year)
        except (ValueError, OverflowError):
            problems.append(Problem(source, rownum, "year", "bad_year", str(row[cols["year"]])))
            continue
        goals = []
        for kind_col, value_col in (("kind", "value"), ("half_kind", "half_value")):
            if value_col not in cols or _blank(row[cols[value_col]]):
                goals.append(None)
                continue
            kind_text = str(row[cols[kind_col]]).strip().lower() if kind_col in cols else ""
            kind_text = "absolute" if _blank(kind_text) else kind_text
            kind = _KIND_ALIASES.get(kind_text)
            if kind is None:
                problems.append(Problem(source, rownum, kind_col, "bad_target_kind", kind_text))
                goals.append(None)
                continue
            goal = _goal(kind, row[cols[value_col]], unit, source, rownum, value_col, problems)
            if goal is not None and goal.kind == "absolute" and goal.value < 0:
                value = str(row[cols[value_col]]).strip()
                problems.append(Problem(source, rownum, value_col, "negative_target", value))
            elif goal is not None and goal.kind == "growth" and goal.value <= -100:
                value = str(row[cols[value_col]]).strip()  # a year-end of nothing, or less
                problems.append(Problem(source, rownum, value_col, "target_growth_low", value))
            goals.append(goal)
        if (indicator, year) in seen:
            first = str(seen[(indicator, year)])
            problems.append(
                Problem(source, rownum, "indicator", "duplicate_target", indicator, first)
            )
            continue
        seen[(indicator, year)] = rownum
        out[(indicator, year)] = Target(indicator, year, goals[0], goals[1])
    if problems:
        raise DataError(problems)
    return out


def _close(written: object, catalogue: Catalogue) -> str:
    """The catalogue's names closest to ``written``, joined by ``|`` (for "did you mean")."""
    names = [n for i in catalogue.indicators for n in (i.id, i.name_zh, *i.aliases) if n]
    return "|".join(difflib.get_close_matches(str(written).strip(), names, n=3, cutoff=0.5))


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, float) and cell != cell) or str(cell).strip() == ""


def _goal(
    kind: str,
    cell: object,
    unit: str,
    source: str,
    rownum: int,
    column: str,
    problems: list[Problem],
) -> Goal | None:
    try:
        q = parse_quantity(cell)
        if q is not None and not math.isfinite(q.value):
            raise ValueError(cell)
    except UnitError as e:
        problems.append(Problem(source, rownum, column, "unknown_unit", str(e)))
        return None
    except ValueError:
        problems.append(Problem(source, rownum, column, "bad_number", str(cell)))
        return None
    if q is None:
        return None
    wanted = "%" if kind == "growth" else unit
    value = q.value
    if q.unit is not None and wanted:
        try:
            value = convert(q.value, q.unit, wanted)
        except UnitError:
            problems.append(Problem(source, rownum, column, "bad_unit", q.unit, wanted))
            return None
    return Goal(kind, value)
