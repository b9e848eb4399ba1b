"""Scenarios as plain data: what a planner assumes about the rest of the year.

A :class:`Scenario` serializes to versioned JSON (``schema_version``); files saved by any
earlier version load in this one (``from_dict`` upgrades them).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from forecast.errors import DataError, Problem

SCHEMA_VERSION = 1
ALL_GROUPS = "*"  # a group shock on every indicator
PROFILE_KINDS = ("last_year", "average", "custom")
# the parts of an assumption, as the words that describe them are keyed (desc_<kind>)
ASSUMPTION_KINDS = (
    "growth",
    "by_month",
    "one_off",
    "fixed",
    "shock",
    "profile",
    "method",
    "quantile",
)
# what is wrong with a scenario file's shape, as codes in a Problem's detail (presentation
# words them: schema_detail_<code>; the offending value or the allowed ones in its value)
SCHEMA_DETAILS = (
    "not_json",
    "too_deep",
    "bad_shape",
    "not_object",
    "bad_schema_version",
    "no_name",
    "not_keyed",
    "not_list",
    "not_number",
    "not_month",
    "needs_group_shock",
    "needs_shock",
    "needs_one_off",
    "end_before_start",
    "unknown_field",
    "not_method",
    "profile_kind",
    "profile_years",
    "profile_shares",
    "no_history",
    "not_finite",
    "duplicate_key",
    "same_indicator",
)


@dataclass(frozen=True)
class OneOff:
    """An amount (indicator unit) landing in ``month`` on top of the usual, e.g. a 1亿元 project."""

    month: int
    amount: float


@dataclass(frozen=True)
class Shock:
    """Months ``start``..``end`` (inclusive) change by ``pct`` percent, e.g. −10 for an epidemic."""

    start: int
    end: int
    pct: float


@dataclass(frozen=True)
class Profile:
    """How the rest of the year splits across months.

    ``last_year``: as last year did; ``average``: the mean of the last ``years`` years;
    ``custom``: ``shares`` typed in for the twelve months (any scale; renormalized).
    """

    kind: str
    years: int = 3
    shares: tuple[float, ...] = ()


@dataclass(frozen=True)
class Assumption:
    """What one indicator's remaining months do under a scenario (all optional).

    ``growth``: year-on-year growth (%) of every remaining month over last year's same month;
    ``growth_by_month``: per-month rates that override it; ``fixed``: amounts typed in for
    months (they carry no uncertainty); ``quantile``: centre the remaining months on this
    quantile of the model (0.9 = the top of the 80% band); ``method``: the projection method.
    """

    growth: float | None = None
    growth_by_month: Mapping[int, float] = field(default_factory=dict)
    one_offs: tuple[OneOff, ...] = ()
    shocks: tuple[Shock, ...] = ()
    profile: Profile | None = None
    method: str | None = None
    quantile: float | None = None
    fixed: Mapping[int, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "growth_by_month", MappingProxyType(dict(self.growth_by_month)))
        object.__setattr__(self, "fixed", MappingProxyType(dict(self.fixed)))

    def growth_for(self, month: int) -> float | None:
        return self.growth_by_month.get(month, self.growth)

    @property
    def touches_levels(self) -> bool:
        return bool(self.one_offs or self.shocks or self.fixed)


@dataclass(frozen=True)
class GroupShock:
    """A shock on every indicator of ``group`` ('*' = all indicators)."""

    group: str
    start: int
    end: int
    pct: float

    def reaches(self, group: str) -> bool:
        """Whether the shock acts on an indicator of ``group``."""
        return self.group in (ALL_GROUPS, group)


@dataclass(frozen=True)
class Scenario:
    """A named set of assumptions; the empty scenario is the model's baseline (基准)."""

    name: str
    description: str = ""
    indicators: Mapping[str, Assumption] = field(default_factory=dict)
    group_shocks: tuple[GroupShock, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "indicators", MappingProxyType(dict(self.indicators)))

    def assumption(self, indicator: str) -> Assumption:
        return self.indicators.get(indicator, Assumption())

    def shocks_reaching(self, group: str) -> list[GroupShock]:
        """The group shocks that act on an indicator of ``group`` (the one rule of reach)."""
        return [g for g in self.group_shocks if g.reaches(group)]

    @property
    def is_baseline(self) -> bool:
        """True when the scenario assumes nothing (it projects as the model does)."""
        return not self.indicators and not self.group_shocks


# --- serialization -------------------------------------------------------------------------


def to_dict(scenario: Scenario) -> dict[str, Any]:
    """The scenario as JSON-ready data, stamped with the schema version."""
    return {
        "schema_version": SCHEMA_VERSION,
        "name": scenario.name,
        "description": scenario.description,
        "indicators": {i: _assumption_to_dict(a) for i, a in scenario.indicators.items()},
        "group_shocks": [
            {"group": g.group, "start": g.start, "end": g.end, "pct": g.pct}
            for g in scenario.group_shocks
        ],
    }


def _assumption_to_dict(a: Assumption) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if a.growth is not None:
        out["growth"] = a.growth
    if a.growth_by_month:
        out["growth_by_month"] = {str(m): g for m, g in sorted(a.growth_by_month.items())}
    if a.one_offs:
        out["one_offs"] = [{"month": o.month, "amount": o.amount} for o in a.one_offs]
    if a.shocks:
        out["shocks"] = [{"start": s.start, "end": s.end, "pct": s.pct} for s in a.shocks]
    if a.profile is not None:
        out["profile"] = {
            "kind": a.profile.kind,
            "years": a.profile.years,
            "shares": list(a.profile.shares),
        }
    if a.method is not None:
        out["method"] = a.method
    if a.quantile is not None:
        out["quantile"] = a.quantile
    if a.fixed:
        out["fixed"] = {str(m): v for m, v in sorted(a.fixed.items())}
    return out


def to_json(scenario: Scenario) -> str:
    return json.dumps(to_dict(scenario), ensure_ascii=False, indent=2, sort_keys=False)


# Each entry upgrades a dict of schema version v to v + 1; none yet.
_UPGRADES: dict[int, Any] = {}


def from_json(text: str, source: str = "scenario.json") -> Scenario:
    """Read a scenario file's text; raises DataError naming the offending field."""
    return from_dict(parse_json(text, source), source)


def parse_json(text: str, source: str = "scenario.json") -> Any:
    """JSON data of a scenario file; text that is no JSON is a DataError at its line, with
    the character of that line where it goes wrong (``not_json``), nesting beyond Python's
    limit one too (``too_deep``). NaN, Infinity or a number beyond a float (1e400) is
    ``not_finite``, a key written twice in one object ``duplicate_key`` (JSON keeps the last
    silently)."""
    try:
        return json.loads(
            text,
            parse_constant=_no_constant,
            parse_float=_finite,
            object_pairs_hook=_once,
        )
    except _Refused as e:
        raise DataError([e.problem(source)]) from None
    except json.JSONDecodeError as e:
        problem = Problem(source, e.lineno, None, "scenario_schema", str(e.colno), "not_json")
        raise DataError([problem]) from e
    except RecursionError as e:
        raise DataError([Problem(source, None, None, "scenario_schema", detail="too_deep")]) from e


class _Refused(ValueError):
    """A JSON value no scenario may hold, met while parsing: ``detail`` and the text."""

    def __init__(self, detail: str, value: str, column: str | None = None):
        super().__init__(detail)
        self.detail, self.value, self.column = detail, value, column

    def problem(self, source: str) -> Problem:
        return Problem(source, None, self.column, "scenario_schema", self.value, self.detail)


def _no_constant(token: str) -> float:
    raise _Refused("not_finite", token)


def _finite(token: str) -> float:
    value = float(token)
    if value != value or value in (float("inf"), float("-inf")):
        raise _Refused("not_finite", token)
    return value


def _once(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Refused("duplicate_key", key, key)
        out[key] = value
    return out


def from_dict(data: Any, source: str = "scenario") -> Scenario:
    """A scenario from its JSON data, upgrading older schema versions."""
    problems: list[Problem] = []

    def bad(where: str, detail: str, code: str = "scenario_schema", value: str = "") -> None:
        problems.append(Problem(source, None, where, code, value, detail))

    if not isinstance(data, dict):
        raise DataError([Problem(source, None, None, "scenario_schema", detail="not_object")])
    version = data.get("schema_version")
    if not isinstance(version, int) or version < 1:
        raise DataError(
            [
                Problem(
                    source,
                    None,
                    "schema_version",
                    "scenario_schema",
                    detail="bad_schema_version",
                )
            ]
        )
    if version > SCHEMA_VERSION:
        raise DataError([Problem(source, None, "schema_version", "scenario_version", str(version))])
    while version < SCHEMA_VERSION:
        data = _UPGRADES[version](data)
        version += 1
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        bad("name", "no_name")
    indicators = {}
    raw_ind = data.get("indicators", {})
    if not isinstance(raw_ind, dict):
        bad("indicators", "not_keyed")
        raw_ind = {}
    for ind, raw in raw_ind.items():
        indicators[ind] = _assumption(raw, f"indicators.{ind}", bad)
    shocks = []
    for i, g in enumerate(_list(data.get("group_shocks", []), "group_shocks", bad)):
        where = f"group_shocks[{i}]"
        if not isinstance(g, dict) or not isinstance(g.get("group"), str):
            bad(where, "needs_group_shock")
            continue
        s = _shock(g, where, bad)
        if s is not None:
            shocks.append(GroupShock(g["group"], s.start, s.end, s.pct))
    if problems:
        raise DataError(problems)
    return Scenario(name.strip(), str(data.get("description", "")), indicators, tuple(shocks))


def _list(value: Any, where: str, bad) -> list:
    if not isinstance(value, list):
        bad(where, "not_list")
        return []
    return value


def _number(value: Any, where: str, bad) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        bad(where, "not_number", value=repr(value))
        return None
    return float(value)


def _month(value: Any, where: str, bad) -> int | None:
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        bad(where, "not_month", value=repr(value))
        return None
    if not 1 <= value <= 12:
        bad(where, "", "scenario_month", str(value))
        return None
    return value


def _growth(value: Any, where: str, bad) -> float | None:
    g = _number(value, where, bad)
    if g is not None and g <= -100:
        bad(where, "", "scenario_growth", f"{g:g}")
        return None
    return g


def _shock(raw: Any, where: str, bad) -> Shock | None:
    if not isinstance(raw, dict):
        bad(where, "needs_shock")
        return None
    start = _month(raw.get("start"), f"{where}.start", bad)
    end = _month(raw.get("end", raw.get("start")), f"{where}.end", bad)
    pct = _growth(raw.get("pct"), f"{where}.pct", bad)
    if start is None or end is None or pct is None:
        return None
    if end < start:
        bad(f"{where}.end", "end_before_start")
        return None
    return Shock(start, end, pct)


def _assumption(raw: Any, where: str, bad) -> Assumption:
    if not isinstance(raw, dict):
        bad(where, "not_object")
        return Assumption()
    known = {
        "growth",
        "growth_by_month",
        "one_offs",
        "shocks",
        "profile",
        "method",
        "quantile",
        "fixed",
    }
    for key in set(raw) - known:
        bad(f"{where}.{key}", "unknown_field", value=", ".join(sorted(known)))
    growth = (
        _growth(raw["growth"], f"{where}.growth", bad) if raw.get("growth") is not None else None
    )
    by_month = {}
    for m, g in (raw.get("growth_by_month") or {}).items():
        month = _month(m, f"{where}.growth_by_month.{m}", bad)
        rate = _growth(g, f"{where}.growth_by_month.{m}", bad)
        if month is not None and rate is not None:
            by_month[month] = rate
    one_offs = []
    for i, o in enumerate(_list(raw.get("one_offs", []), f"{where}.one_offs", bad)):
        w = f"{where}.one_offs[{i}]"
        if not isinstance(o, dict):
            bad(w, "needs_one_off")
            continue
        month = _month(o.get("month"), f"{w}.month", bad)
        amount = _number(o.get("amount"), f"{w}.amount", bad)
        if month is not None and amount is not None:
            one_offs.append(OneOff(month, amount))
    shocks = [
        s
        for i, r in enumerate(_list(raw.get("shocks", []), f"{where}.shocks", bad))
        if (s := _shock(r, f"{where}.shocks[{i}]", bad)) is not None
    ]
    profile = _profile(raw.get("profile"), f"{where}.profile", bad)
    method = raw.get("method")
    if method is not None and not isinstance(method, str):
        bad(f"{where}.method", "not_method")
        method = None
    quantile = None
    if raw.get("quantile") is not None:
        quantile = _number(raw["quantile"], f"{where}.quantile", bad)
        if quantile is not None and not 0 < quantile < 1:
            bad(f"{where}.quantile", "", "scenario_quantile", f"{quantile:g}")
            quantile = None
    fixed = {}
    for m, v in (raw.get("fixed") or {}).items():
        month = _month(m, f"{where}.fixed.{m}", bad)
        amount = _number(v, f"{where}.fixed.{m}", bad)
        if month is not None and amount is not None:
            fixed[month] = amount
    return Assumption(
        growth, by_month, tuple(one_offs), tuple(shocks), profile, method, quantile, fixed
    )


def _profile(raw: Any, where: str, bad) -> Profile | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or raw.get("kind") not in PROFILE_KINDS:
        bad(f"{where}.kind", "profile_kind", "scenario_profile", ", ".join(PROFILE_KINDS))
        return None
    years = raw.get("years", 3)
    if not isinstance(years, int) or years < 1:
        bad(f"{where}.years", "profile_years", "scenario_profile")
        return None
    shares = tuple(raw.get("shares") or ())
    if raw["kind"] == "custom" and (
        len(shares) != 12
        or not all(isinstance(s, (int, float)) and s >= 0 for s in shares)
        or sum(shares) <= 0
    ):
        bad(f"{where}.shares", "profile_shares", "scenario_profile")
        return None
    return Profile(raw["kind"], years, tuple(float(s) for s in shares))
