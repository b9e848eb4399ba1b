"""Many towns at once: validated per town, projected per town × indicator, summed into the
totals above them (draw by draw), ranked, on one machine or on a Dask cluster."""

from __future__ import annotations

from forecast.district.compute import DISTRICT_NOTES, SUM_METHOD, project_chunk, town_seed
from forecast.district.model import ALL, District, Hierarchy, build_district, entity_column
from forecast.district.runner import CHUNK_SIZE, DistrictResult, chunks_of, run_district

__all__ = [
    "ALL",
    "CHUNK_SIZE",
    "DISTRICT_NOTES",
    "SUM_METHOD",
    "District",
    "DistrictResult",
    "Hierarchy",
    "build_district",
    "chunks_of",
    "entity_column",
    "project_chunk",
    "run_district",
    "town_seed",
]
