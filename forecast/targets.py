"""Annual (and half-year) targets: an absolute value or a growth rate over last year."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from forecast.catalogue import Catalogue
from forecast.errors import DataError, Problem
from forecast.units import UnitError, convert, parse_quantity

KINDS = ("absolute", "growth")
_KIND_ALIASES = {
    "absolute": "absolute",
    "绝对值": "absolute",
    "总量": "absolute",
    "growth": "growth",
    "增速": "growth",
    "增长": "growth",
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
    raw: pd.DataFrame, catalogue: Catalogue, source: str
) -> dict[tuple[str, int], Target]:
    """Targets keyed by (indicator, year) from a raw table.

    Columns: ``indicator, year, kind, value`` and optionally ``half_kind, half_value``. Values
    may carry units (``1亿元``), converted to the indicator's unit. Raises DataError listing
    every problem.
    """
    problems: list[Problem] = []
    cols = {str(c).strip().lower(): c for c in raw.columns}
    missing = [c for c in ("indicator", "year", "kind", "value") if c not in cols]
    if missing:
        raise DataError([Problem(source, None, None, "missing_column", detail=", ".join(missing))])
    out: dict[tuple[str, int], Target] = {}
    for pos, row in enumerate(raw.to_dict("records")):
        rownum = pos + 2
        indicator = str(row[cols["indicator"]]).strip()
        unit = catalogue.get_or_default(indicator).unit
        try:
            year = int(float(str(row[cols["year"]]).strip()))
        except ValueError:
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
            goals.append(goal)
        out[(indicator, year)] = Target(indicator, year, goals[0], goals[1])
    if problems:
        raise DataError(problems)
    return out


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
