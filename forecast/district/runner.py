"""Running a district: the same pure function (:func:`project_chunk`) mapped over chunks of
towns, in this process or on a Dask distributed cluster.

``workers=N`` starts a LocalCluster of N processes on this machine; ``scheduler="tcp://…"``
joins an existing cluster (its workers need this package installed); ``client`` uses a Client
the caller made (tests start one in-process). Dask is imported only inside these functions.
Chunks are cut from the sorted towns by ``chunk_size`` alone and summed in chunk order, so the
results are identical, draw for draw, however and wherever the chunks ran.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

import pandas as pd

from forecast.catalogue import Catalogue
from forecast.checks import Check
from forecast.district.compute import (
    Chunk,
    ChunkResult,
    Partial,
    empty_rows,
    node_rows,
    project_chunk,
    total_checks,
    total_projection,
)
from forecast.district.model import District, Hierarchy
from forecast.errors import Problem
from forecast.projection import N_DRAWS, Projection
from forecast.targets import Target

__all__ = [
    "CHUNK_SIZE",
    "DistrictResult",
    "chunks_of",
    "cluster_map",
    "district_client",
    "open_client",
    "run_district",
]

CHUNK_SIZE = 10  # towns per unit of work


@dataclass(frozen=True)
class DistrictResult:
    """A district run: one table row per entity × indicator (towns, then totals deepest
    first), the totals' projections and checks, and (if kept) every town's."""

    table: pd.DataFrame
    totals: Mapping[str, dict[str, Projection]]
    total_checks: Mapping[str, dict[str, Check]]
    hierarchy: Hierarchy
    catalogue: Catalogue
    as_of: tuple[int, int]
    targets: Mapping[str, dict[tuple[str, int], Target]]
    towns: Mapping[str, dict[str, Projection]] = field(default_factory=dict)
    town_checks: Mapping[str, dict[str, Check]] = field(default_factory=dict)
    dropped: Mapping[str, tuple[Problem, ...]] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    n_series: int = 0
    seconds: float = 0.0  # wall time of the projection
    compute_seconds: float = 0.0  # summed over the chunks, wherever they ran
    cpu_seconds: float = 0.0  # processor time of the chunks (the work, whatever else ran)

    @property
    def entities(self) -> list[str]:
        """The towns that were projected."""
        return sorted(set(self.table["entity"]) - set(self.totals))


def chunks_of(
    district: District,
    method: str = "auto",
    n: int = N_DRAWS,
    seed: int = 0,
    chunk_size: int = CHUNK_SIZE,
    keep: bool = False,
) -> list[Chunk]:
    """The units of work: the sorted towns cut every ``chunk_size``."""
    h = district.hierarchy
    towns = list(district.towns.items())
    out = []
    for start in range(0, len(towns), max(1, chunk_size)):
        part = tuple(towns[start : start + chunk_size])
        names = [t for t, _ in part]
        out.append(
            Chunk(
                towns=part,
                targets={t: district.targets.get(t, {}) for t in names},
                ancestors={t: tuple(h.ancestors(t)) for t in names},
                parent={t: h.parent.get(t, "") for t in names},
                catalogue=district.catalogue,
                as_of=district.as_of,
                method=method,
                n=n,
                seed=seed,
                keep=keep,
            )
        )
    return out


def _in_process(chunks: list[Chunk]) -> Iterator[tuple[int, ChunkResult]]:
    for i, c in enumerate(chunks):
        yield i, project_chunk(c)


def _on_cluster(chunks: list[Chunk], client) -> Iterator[tuple[int, ChunkResult]]:
    from dask.distributed import as_completed

    futures = client.map(project_chunk, chunks, pure=False)
    index = {f.key: i for i, f in enumerate(futures)}
    for future in as_completed(futures):
        yield index[future.key], future.result()
        future.release()


def open_client(workers: int | None = None, scheduler: str | None = None):
    """(client, cluster) for ``workers`` local processes or an existing ``scheduler``; the
    caller closes both (cluster is None when joining)."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(
        n_workers=workers or 1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
    )
    return Client(cluster), cluster


def cluster_map(client) -> Callable[[Callable, list], list]:
    """A map over ``client``'s workers, results in the order of the items (for
    :func:`forecast.district.build_district`'s validation)."""

    def mapped(func: Callable, items: list) -> list:
        return client.gather(client.map(func, items, pure=False))

    return mapped


@contextmanager
def district_client(workers: int | None = None, scheduler: str | None = None):
    """A Dask client for ``workers`` local processes or an existing ``scheduler``, closed on
    leaving; None (run here) when neither is given."""
    if not (workers or scheduler):
        yield None
        return
    client, cluster = open_client(workers, scheduler)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_district(
    district: District,
    method: str = "auto",
    n: int = N_DRAWS,
    seed: int = 0,
    workers: int | None = None,
    scheduler: str | None = None,
    client=None,
    chunk_size: int = CHUNK_SIZE,
    keep: bool = False,
    progress: Callable[[int], None] | None = None,
) -> DistrictResult:
    """Project every town of the district and every total above them.

    ``progress`` is called with the number of towns each finished chunk held.
    """
    start = time.perf_counter()
    chunks = chunks_of(district, method, n, seed, chunk_size, keep)
    opened = None
    if client is None and (workers or scheduler):
        opened = open_client(workers, scheduler)
        client = opened[0]
    try:
        stream = _in_process(chunks) if client is None else _on_cluster(chunks, client)
        result = _gather(district, chunks, stream, progress)
    finally:
        if opened is not None:
            opened[0].close()
            if opened[1] is not None:
                opened[1].close()
    return _finish(district, *result, time.perf_counter() - start)


def _gather(district: District, chunks: list[Chunk], stream, progress):
    """Every chunk's rows, and the partial sums added strictly in chunk order (results that
    arrive early wait for the ones before them)."""
    rows: list[dict] = []
    sums: dict[tuple[str, str], Partial] = {}
    waiting: dict[int, ChunkResult] = {}
    towns: dict[str, dict[str, Projection]] = {}
    checks: dict[str, dict[str, Check]] = {}
    dropped: dict[str, tuple[Problem, ...]] = dict(district.dropped)
    next_i = 0
    compute = [0.0, 0.0]
    n_series = 0
    by_index: dict[int, list[dict]] = {}
    for i, found in stream:
        if progress is not None:
            progress(len(chunks[i].towns))
        waiting[i] = found
        while next_i in waiting:
            r = waiting.pop(next_i)
            by_index[next_i] = r.rows
            for key, part in r.partials.items():
                if key in sums:
                    sums[key].add(part)
                else:
                    sums[key] = part
            towns.update(r.projections)
            checks.update(r.checks)
            dropped.update(r.dropped)
            compute[0] += r.seconds
            compute[1] += r.cpu_seconds
            n_series += r.n_series
            next_i += 1
    for i in sorted(by_index):
        rows += by_index[i]
    return rows, sums, towns, checks, dropped, compute, n_series


def _finish(district, rows, sums, towns, checks, dropped, compute, n_series, wall):
    h = district.hierarchy
    year, k = district.as_of
    totals: dict[str, dict[str, Projection]] = {}
    tchecks: dict[str, dict[str, Check]] = {}
    order = {i: n for n, i in enumerate(district.catalogue)}
    for node in h.inner:
        found = {}
        mine = sorted({i for nd, i in sums if nd == node}, key=lambda i: order.get(i, 1e9))
        for indicator in mine:
            p = total_projection(indicator, sums[(node, indicator)], year, k)
            if p is not None:
                found[indicator] = p
        totals[node] = found
        tchecks[node] = total_checks(found, district.targets.get(node, {}), district.catalogue)
        rows += node_rows(node, h.parent.get(node, ""), found, tchecks[node], district.catalogue)
    table = pd.DataFrame(rows) if rows else empty_rows()
    table = table[list(empty_rows().columns)]
    problems = tuple(district.problems) + tuple(
        p for e, found in dropped.items() if e not in district.dropped for p in found
    )
    return DistrictResult(
        table=table.reset_index(drop=True),
        totals=totals,
        total_checks=tchecks,
        hierarchy=h,
        catalogue=district.catalogue,
        as_of=district.as_of,
        targets=district.targets,
        towns=towns,
        town_checks=checks,
        dropped=dropped,
        problems=problems,
        n_series=n_series,
        seconds=wall,
        compute_seconds=compute[0],
        cpu_seconds=compute[1],
    )
