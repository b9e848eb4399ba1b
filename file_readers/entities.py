"""Reading a district's files: actuals with an ``entity`` column, targets per entity and the
hierarchy ``entity,parent`` (codes or names). The tables come through ``file_readers.tables``;
what they mean is checked by :func:`forecast.district.build_district`."""

from __future__ import annotations

from pathlib import Path

from file_readers.tables import _bundled, _this_month, read_catalogue, read_table
from forecast.catalogue import Catalogue
from forecast.district.model import District, build_district, entity_column

__all__ = [
    "DISTRICT_ACTUALS",
    "DISTRICT_HIERARCHY",
    "DISTRICT_TARGETS",
    "has_entities",
    "read_district",
]

# the bundled district: 沿滩镇 among twelve illustrative neighbours
DISTRICT_ACTUALS = _bundled("district_actuals.csv")
DISTRICT_TARGETS = _bundled("district_targets.csv")
DISTRICT_HIERARCHY = _bundled("district_hierarchy.csv")


def has_entities(source: str | Path | bytes, name: str | None = None) -> bool:
    """Whether an actuals file is a district's (a long table with an entity column)."""
    frame, _ = read_table(source, name)
    return entity_column(frame.columns) is not None


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
    raw, label = read_table(actuals, names[0])
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
    )
