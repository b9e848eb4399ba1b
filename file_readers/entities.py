"""Reading a district's files: actuals with an ``entity`` column (a long table), or wide sheets
with a 单位名称/乡镇/镇街 column (one block of indicator rows per town) or one sheet per town
(the sheet's name is the town's, see ``file_readers.layout.town_sheets``); targets per entity
and the hierarchy ``entity,parent`` (codes or names). The tables come through
``file_readers.tables`` and ``file_readers.layout``; what they mean is checked by
:func:`forecast.district.build_district`."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from file_readers.layout import lay_out, towns_without_figures, wide_towns
from file_readers.sheets import read_sheets
from file_readers.tables import _bundled, _file_bytes, _this_month, read_catalogue, read_table
from forecast.catalogue import Catalogue
from forecast.district.model import District, build_district, entity_column
from forecast.errors import WARNING_CODES, DataError, Problem

__all__ = [
    "DISTRICT_ACTUALS",
    "DISTRICT_HIERARCHY",
    "DISTRICT_TARGETS",
    "district_table",
    "has_entities",
    "read_district",
]

NO_LIMIT = 1 << 62  # a district's file is read whatever its size (the one-town limits do not apply)

# the bundled district: 沿滩镇 among twelve illustrative neighbours
DISTRICT_ACTUALS = _bundled("district_actuals.csv")
DISTRICT_TARGETS = _bundled("district_targets.csv")
DISTRICT_HIERARCHY = _bundled("district_hierarchy.csv")


def has_entities(source: str | Path | bytes, name: str | None = None) -> bool:
    """Whether an actuals file is a district's: a long table with an entity column, or wide
    sheets naming towns (a 单位名称/乡镇 column, a sheet per town)."""
    data, label = _file_bytes(source, name, NO_LIMIT)
    towns = wide_towns(read_sheets(data, label, NO_LIMIT, NO_LIMIT))
    if towns is not None:
        return towns
    frame, _ = read_table(source, name)
    return entity_column(frame.columns) is not None


def district_table(
    source: str | Path | bytes,
    name: str | None,
    catalogue: Catalogue,
    year: int | None = None,
    basis: str | None = None,
) -> tuple[pd.DataFrame, str, list[Problem]]:
    """A district's actuals as one raw long table with an ``entity`` column, the name to
    report it by, and what the reader named on the way (warnings, and problems such as a
    formula without a value). Wide sheets are laid out (rows keep their own numbers, cells
    their columns); a long table is read as it is. A whole-file problem raises DataError."""
    data, label = _file_bytes(source, name, NO_LIMIT)
    sheets = read_sheets(data, label, NO_LIMIT, NO_LIMIT)
    if wide_towns(sheets) is None:
        frame, label = read_table(source, name)
        return frame, label, []
    layout = lay_out(sheets, catalogue, label, year, basis)
    stop = [p for p in layout.problems if p.indicator is None and p.code not in WARNING_CODES]
    if stop:
        raise DataError(stop)
    if not len(layout.records):
        raise DataError([Problem(label, None, None, "empty")])
    silent = towns_without_figures(layout, label)
    return layout.records.frame(), label, [*layout.problems, *silent]


def read_district(
    actuals: str | Path | bytes,
    targets: str | Path | bytes | None = None,
    hierarchy: str | Path | bytes | None = None,
    catalogue: Catalogue | None = None,
    as_of: tuple[int, int] | None = None,
    names: tuple[str | None, str | None, str | None] = (None, None, None),
    mapper=None,
) -> District:
    """A district from its files (paths, or upload bytes with their ``names``); ``mapper``
    validates the towns elsewhere (see :func:`forecast.district.build_district`)."""
    catalogue = catalogue if catalogue is not None else read_catalogue()
    raw, label, found = district_table(actuals, names[0], catalogue)
    raw_targets = t_label = None
    if targets is not None:
        raw_targets, t_label = read_table(targets, names[1])
    raw_hierarchy = h_label = None
    if hierarchy is not None:
        raw_hierarchy, h_label = read_table(hierarchy, names[2])
    return build_district(
        raw,
        catalogue,
        label,
        raw_targets,
        t_label or "",
        raw_hierarchy,
        h_label or "",
        as_of=as_of,
        limit=_this_month(),
        mapper=mapper,
        found=found,
    )
