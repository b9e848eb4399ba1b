"""The district: many entities (towns, streets, counties), their targets and how they roll up.

Everything here is ids, codes and numbers. A raw long table with an ``entity`` column is split
into one :class:`~forecast.actuals.Actuals` per entity, each validated on its own so that one
town's bad rows drop that town (with every problem named) and never the others.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

import pandas as pd

from forecast.actuals import Actuals, default_as_of, validate_actuals
from forecast.catalogue import Catalogue
from forecast.errors import WARNING_CODES, DataError, Problem
from forecast.targets import Target, validate_targets

__all__ = [
    "ALL",
    "ENTITY_HEADERS",
    "PARENT_HEADERS",
    "District",
    "Hierarchy",
    "build_district",
    "entity_column",
    "entity_key",
    "hierarchy_from_table",
    "is_division_code",
]

ALL = "全部"  # the one total every entity rolls up into when no hierarchy says otherwise
ENTITY_HEADERS = ("entity", "单位名称", "乡镇", "乡镇(街道)", "镇街", "单位代码", "区划代码")
PARENT_HEADERS = ("parent", "上级", "上级单位", "上级代码")
NAME_HEADERS = ("name", "名称")


def entity_key(cell: object) -> str:
    """An entity as written, compared: NFKC (full-width digits and brackets), no spaces, and a
    code Excel turned into a number (``320583102000.0``) back to its digits."""
    if cell is None or (isinstance(cell, float) and cell != cell):
        return ""
    text = "".join(unicodedata.normalize("NFKC", str(cell)).split())
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    return text


def is_division_code(text: str) -> bool:
    """A 12-digit 统计用区划代码 (province 2, city 2, county 2, town 3, village 3 digits)."""
    return len(text) == 12 and text.isdigit()


def entity_column(columns) -> str | None:
    """The column naming the entity in a long table (``entity``, 单位名称, 乡镇 …), if any."""
    wanted = {name_key_plain(h) for h in ENTITY_HEADERS}
    return next((c for c in columns if name_key_plain(c) in wanted), None)


def name_key_plain(text: object) -> str:
    return "".join(unicodedata.normalize("NFKC", str(text)).split()).lower()


@dataclass(frozen=True)
class Hierarchy:
    """Who rolls up into whom: ``parent[entity]`` for every node but the top, which is
    ``top``. Leaves are the entities with data; inner nodes are totals of their children."""

    parent: Mapping[str, str]
    top: str = ALL

    def children(self, node: str) -> list[str]:
        return sorted(e for e, p in self.parent.items() if p == node)

    def ancestors(self, node: str) -> list[str]:
        """The node's parent, grandparent … up to the top."""
        out = []
        while node in self.parent:
            node = self.parent[node]
            out.append(node)
        return out

    @property
    def inner(self) -> list[str]:
        """Every node with children, deepest first (so a parent's children are summed first)."""
        nodes = set(self.parent.values())
        return sorted(nodes, key=lambda n: (-len(self.ancestors(n)), n))

    def depth(self, node: str) -> int:
        return len(self.ancestors(node))

    def leaves_under(self, node: str) -> list[str]:
        kids = self.children(node)
        if not kids:
            return [node]
        return [leaf for k in kids for leaf in self.leaves_under(k)]


@dataclass(frozen=True)
class District:
    """Validated entities ready to project.

    ``towns``: each entity with usable data and its actuals; ``targets``: per node (towns and
    totals) targets keyed as for one town; ``dropped``: entities left out, with why;
    ``problems``: everything named about the input (including the dropped towns' reasons).
    """

    towns: Mapping[str, Actuals]
    targets: Mapping[str, dict[tuple[str, int], Target]]
    hierarchy: Hierarchy
    catalogue: Catalogue
    as_of: tuple[int, int]
    source: str = ""
    dropped: Mapping[str, tuple[Problem, ...]] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    @property
    def entities(self) -> list[str]:
        return sorted(self.towns)

    @property
    def n_series(self) -> int:
        return sum(len(a.indicators) for a in self.towns.values())


VALIDATE_CHUNK = 10  # towns per unit of validation work

Mapper = Callable[[Callable, list], list]  # map(func, items) -> results in order, anywhere


def _tagged(problems, entity: str) -> list[Problem]:
    return [replace(p, detail=f"{p.detail} [{entity}]".strip()) for p in problems]


def validate_towns(
    parts: list[tuple[str, pd.DataFrame, list[int]]],
    catalogue: Catalogue,
    source: str,
    as_of: tuple[int, int] | None,
) -> list[tuple[str, Actuals | None, list[Problem]]]:
    """Validate some towns' raw rows, each on its own (a unit of work a runner may send to any
    worker): (town, its actuals or None, the problems named, each tagged with the town)."""
    out: list[tuple[str, Actuals | None, list[Problem]]] = []
    for entity, part, numbers in parts:
        try:
            found = validate_actuals(part, catalogue, source, as_of, row_numbers=numbers)
        except DataError as e:
            out.append((entity, None, _tagged(e.problems, entity)))
            continue
        # indicators left out of an otherwise good town (where the actuals keep them)
        out.append((entity, found, _tagged(getattr(found, "dropped", ()), entity)))
    return out


def _split_actuals(
    raw: pd.DataFrame,
    column: str,
    catalogue: Catalogue,
    source: str,
    as_of,
    first_row: int,
    mapper: Mapper | None = None,
) -> tuple[dict[str, Actuals], dict[str, list[Problem]], list[Problem]]:
    """(good towns, bad towns' problems, other problems: blank entities, indicators left out).
    Rows are numbered ``first_row`` + position, or by a ``_row`` column (a wide sheet's)."""
    keys = [entity_key(c) for c in raw[column]]
    if "_row" in raw.columns:
        rows = [int(r) for r in raw["_row"]]
        raw = raw.drop(columns=["_row"])
    else:
        rows = list(range(first_row, first_row + len(raw)))
    problems = [
        Problem(source, r, column, "entity_missing")
        for r, k in zip(rows, keys, strict=True)
        if not k
    ]
    frame = raw.drop(columns=[column]).assign(_entity=keys, _rownum=rows)
    parts = [
        (
            str(entity),
            part.drop(columns=["_entity", "_rownum"]).reset_index(drop=True),
            list(part["_rownum"]),
        )
        for entity, part in frame.groupby("_entity", sort=True)
        if entity
    ]
    chunks = [parts[i : i + VALIDATE_CHUNK] for i in range(0, len(parts), VALIDATE_CHUNK)]
    work = partial(validate_towns, catalogue=catalogue, source=source, as_of=as_of)
    done = (mapper or _local_map)(work, chunks)
    towns: dict[str, Actuals] = {}
    bad: dict[str, list[Problem]] = {}
    for entity, found, named in (x for chunk in done for x in chunk):
        if found is None:
            bad[entity] = named
        else:
            towns[entity] = found
            problems += named
    return towns, bad, problems


def _local_map(func: Callable, items: list) -> list:
    return [func(item) for item in items]


def _split_targets(
    raw: pd.DataFrame | None, catalogue: Catalogue, source: str, top: str
) -> tuple[dict[str, dict[tuple[str, int], Target]], list[Problem]]:
    if raw is None:
        return {}, []
    column = entity_column(raw.columns)
    if column is None:
        try:
            return {top: validate_targets(raw, catalogue, source)}, []
        except DataError as e:
            return {}, list(e.problems)
    keys = [entity_key(c) or top for c in raw[column]]
    out: dict[str, dict[tuple[str, int], Target]] = {}
    problems: list[Problem] = []
    frame = raw.drop(columns=[column]).assign(_entity=keys)
    for entity, part in frame.groupby("_entity", sort=True):
        positions = list(part.index)
        try:
            out[entity] = validate_targets(
                part.drop(columns=["_entity"]).reset_index(drop=True), catalogue, source
            )
        except DataError as e:  # rows as the user numbers them in the whole file
            problems += [
                replace(p, row=positions[p.row - 2] + 2 if p.row else p.row) for p in e.problems
            ]
    return out, problems


def hierarchy_from_table(
    raw: pd.DataFrame | None, known: set[str], source: str
) -> tuple[dict[str, str], dict[str, str], list[Problem]]:
    """(parent by entity, alias → entity, problems) from an ``entity,parent[,name]`` table.

    Entities may be written as names or 12-digit codes; a row with both a code and a ``name``
    makes either one stand for the same entity (the one the actuals use, if any).
    """
    if raw is None:
        return {}, {}, []
    cols = {name_key_plain(c): c for c in raw.columns}
    ent = entity_column(raw.columns)
    par = next((cols[name_key_plain(h)] for h in PARENT_HEADERS if name_key_plain(h) in cols), None)
    if ent is None or par is None:
        missing = ", ".join(x for x, c in (("entity", ent), ("parent", par)) if c is None)
        return {}, {}, [Problem(source, None, None, "missing_column", detail=missing)]
    name_col = next((cols[h] for h in NAME_HEADERS if h in cols), None)
    alias: dict[str, str] = {}
    records = []
    for pos, r in enumerate(raw.to_dict("records")):
        e, p = entity_key(r[ent]), entity_key(r[par])
        n = entity_key(r[name_col]) if name_col else ""
        if e and n:  # code and name: the one the actuals know wins
            main, other = (n, e) if n in known and e not in known else (e, n)
            alias[other] = main
            e = main
        records.append((pos + 2, e, p))
    parent: dict[str, str] = {}
    problems: list[Problem] = []
    for row, e, p in records:
        e, p = alias.get(e, e), alias.get(p, p)
        if not e:
            problems.append(Problem(source, row, ent, "entity_missing"))
            continue
        if not p or p == e:
            continue
        if e in parent and parent[e] != p:
            problems.append(Problem(source, row, par, "hierarchy_two_parents", e, parent[e]))
            continue
        parent[e] = p
    return parent, alias, problems


def _break_cycles(parent: dict[str, str], source: str) -> list[Problem]:
    """Remove every entity on a cycle from ``parent`` (in place); one problem per cycle."""
    problems = []
    seen_cycles: set[frozenset] = set()
    for start in sorted(parent):
        path, node = [], start
        while node in parent and node not in path:
            path.append(node)
            node = parent[node]
        if node in path:
            cycle = path[path.index(node) :]
            if frozenset(cycle) not in seen_cycles:
                seen_cycles.add(frozenset(cycle))
                chain = " → ".join([*cycle, cycle[0]])
                problems.append(Problem(source, None, None, "hierarchy_cycle", chain))
    for cycle in seen_cycles:
        for node in cycle:
            parent.pop(node, None)
    return problems


def build_district(
    raw_actuals: pd.DataFrame,
    catalogue: Catalogue,
    source: str,
    raw_targets: pd.DataFrame | None = None,
    targets_source: str = "",
    raw_hierarchy: pd.DataFrame | None = None,
    hierarchy_source: str = "",
    as_of: tuple[int, int] | None = None,
    limit: tuple[int, int] | None = None,
    first_row: int = 2,
    mapper: Mapper | None = None,
    found: Sequence[Problem] = (),
) -> District:
    """Validate a district's tables (actuals with an entity column, optional targets with one,
    optional hierarchy ``entity,parent``). Raises DataError only when no town is usable.

    ``as_of`` is the district's cut-off (default: the month most series were last reported
    in); ``limit`` refuses months after it (as for one town, nothing can be reported for a
    month that has not ended). ``mapper`` validates the towns elsewhere (a cluster's map:
    :func:`forecast.district.runner.cluster_map`); by default here, one after the other.
    ``found``: what the reader already named (a formula without a value …); its problems
    (not its warnings) are the district's too.
    """
    column = entity_column(raw_actuals.columns)
    if column is None:
        raise DataError([Problem(source, None, None, "missing_column", detail="entity")])
    towns, bad, problems = _split_actuals(
        raw_actuals, column, catalogue, source, limit, first_row, mapper
    )
    problems = [p for p in found if p.code not in WARNING_CODES] + problems
    extra = {i: a.catalogue[i] for a in towns.values() for i in a.catalogue if i not in catalogue}
    catalogue = Catalogue(catalogue.indicators + tuple(extra.values()))
    known = set(towns) | set(bad)
    parent, alias, h_problems = hierarchy_from_table(raw_hierarchy, known, hierarchy_source)
    problems += h_problems
    problems += _break_cycles(parent, hierarchy_source)
    for e in sorted(set(parent) - known):
        if e not in set(parent.values()):  # a leaf that has no data
            problems.append(Problem(hierarchy_source, None, "entity", "entity_unknown", e))
            del parent[e]
    for e in sorted(set(parent.values()) & set(towns)):  # a total is its children's sum
        bad[e] = [Problem(source, None, column, "entity_is_total", e)]
        towns.pop(e)
    dropped: dict[str, tuple[Problem, ...]] = {e: tuple(p) for e, p in bad.items()}
    # an entity with no series in the latest year cannot be projected
    if towns and as_of is None:
        frame = pd.concat([a.frame for a in towns.values()], ignore_index=True)
        as_of = default_as_of(Actuals(frame, catalogue, source))
    for e, a in sorted(towns.items()):
        years = set(a.frame["year"])
        if as_of is not None and as_of[0] not in years:
            dropped[e] = (Problem(source, None, column, "entity_no_data", e, str(as_of[0])),)
    for e in dropped:
        towns.pop(e, None)
    # a hierarchy that still names a dropped town keeps it out of every total
    for e in list(parent):
        if e in dropped:
            del parent[e]
    roots = sorted({n for n in set(parent.values()) | set(towns) if n not in parent})
    top = roots[0] if raw_hierarchy is not None and len(roots) == 1 and parent else ALL
    if top == ALL:
        for r in roots:
            if r != ALL:
                parent[r] = ALL
    targets, t_problems = _split_targets(raw_targets, catalogue, targets_source, top)
    nodes = set(towns) | set(parent.values()) | {top}
    for e in sorted(set(targets) - nodes):
        e_main = alias.get(e, e)
        if e_main in nodes:
            targets[e_main] = {**targets.pop(e), **targets.get(e_main, {})}
            continue
        if e not in dropped:
            t_problems.append(Problem(targets_source, None, "entity", "entity_unknown", e))
        targets.pop(e)
    for found in dropped.values():
        problems += list(found)
    problems += t_problems
    if not towns:
        raise DataError(problems or [Problem(source, None, None, "empty")])
    return District(
        towns=dict(sorted(towns.items())),
        targets=targets,
        hierarchy=Hierarchy(dict(sorted(parent.items())), top),
        catalogue=catalogue,
        as_of=as_of or (0, 0),
        source=source,
        dropped=dropped,
        problems=tuple(problems),
    )
