"""District runs at scale: one process against a Dask LocalCluster on this machine.

    .venv/bin/python -m bench.district [--towns 300] [--workers 2] [--draws 2000]
        [--big-towns 1000] [--raise-file-limit] [--out bench/out/district.json]

Each town is the sample town's history at another size with its own noise (made by
``scripts/make_district_data.py``), its 15 indicators taken twice over: 30 series a town, so
300 towns are 9,000 series. Every run happens in a fresh process (so its peak memory is its
own) with BLAS and OpenMP pinned to one thread, in the runs and in every worker. The district
is built from clean synthetic rows without the row-by-row validation (timed apart, on a
sample of towns): the figures are the projection's, the part a cluster shares out.

Prints a Markdown table (the README's "District runs") and the extrapolation to 100,000
series as arithmetic from the measured figures.
"""

from __future__ import annotations

import os

for _var in (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
):
    os.environ[_var] = "1"  # before numpy is imported, here and in every spawned worker

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "district.json"


def _maker():
    spec = importlib.util.spec_from_file_location(
        "make_district_data", ROOT / "scripts" / "make_district_data.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def synthetic_district(towns: int, series: int = 30):
    """A district of ``towns`` towns × ``series`` series, built without validation."""
    from file_readers.tables import read_catalogue
    from forecast.actuals import Actuals
    from forecast.catalogue import Catalogue
    from forecast.district import ALL, District, Hierarchy

    raw = _maker().district_frames(towns, series)
    copies = -(-series // len(read_catalogue()))
    base = read_catalogue()
    extra = []
    for c in range(2, copies + 1):
        for i in base.indicators:
            extra.append(
                replace(
                    i, id=f"{i.id}_{c}", parent=f"{i.parent}_{c}" if i.parent else None, aliases=()
                )
            )
    catalogue = Catalogue(base.indicators + tuple(extra))
    raw = raw.assign(
        year=raw["date"].str[:4].astype(int),
        month=raw["date"].str[5:7].astype(int),
        value=raw["value"].astype(float),
        row=range(2, len(raw) + 2),
    )
    cols = ["indicator", "year", "month", "value", "basis", "row"]
    actuals = {
        town: Actuals(
            part[cols].sort_values(["indicator", "basis", "year", "month"]).reset_index(drop=True),
            catalogue,
            "bench",
        )
        for town, part in raw.groupby("entity", sort=True)
    }
    hierarchy = Hierarchy({t: ALL for t in actuals})
    return District(actuals, {}, hierarchy, catalogue, (2020, 5), "bench"), raw, base


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _warm() -> None:
    """Import the projection stack in a worker before the clock starts (the single run has)."""
    import forecast.district.compute
    import forecast.methods  # noqa: F401


def run_once(towns: int, workers: int, draws: int) -> dict:
    """One measured run in this process (called in a fresh subprocess)."""
    from forecast.district import run_district
    from forecast.district.runner import open_client

    district, _, _ = synthetic_district(towns)
    series = district.n_series
    client = cluster = None
    worker_peaks: list[float] = []
    if workers:
        client, cluster = open_client(workers)
        client.wait_for_workers(workers)
        client.run(_warm)
    load = os.getloadavg()[0]
    try:
        start = time.perf_counter()
        result = run_district(district, n=draws, client=client)
        seconds = time.perf_counter() - start
        if client is not None:
            worker_peaks = list(client.run(_worker_peak_mb).values())
    finally:
        if client is not None:
            client.close()
            cluster.close()
    return {
        "towns": towns,
        "series": series,
        "projected": result.n_series,
        "workers": workers,
        "draws": draws,
        "seconds": seconds,
        "compute_seconds": result.compute_seconds,
        "cpu_seconds": result.cpu_seconds,
        "cpu_per_1000": result.cpu_seconds / series * 1000,
        "load_before": load,
        "load_after": os.getloadavg()[0],
        "per_1000": seconds / series * 1000,
        "peak_mb": _peak_mb(),
        "worker_peak_mb": worker_peaks,
    }


def validation_seconds_per_1000(towns: int = 20, workers: int = 0) -> float:
    """Reading-side cost: build_district's row-by-row validation, per 1,000 series, here or
    (``workers``) shared over a LocalCluster (the workers started before the clock)."""
    from forecast.district import build_district
    from forecast.district.runner import cluster_map, district_client

    _, raw, base = synthetic_district(towns, series=14)
    raw = raw[["entity", "indicator", "date", "value", "basis"]].astype(str)
    with district_client(workers or None) as client:
        mapper = None
        if client is not None:
            client.wait_for_workers(workers)
            client.run(_warm)
            mapper = cluster_map(client)
        start = time.perf_counter()
        district = build_district(raw, base, "bench.csv", mapper=mapper)
        seconds = time.perf_counter() - start
    return seconds / district.n_series * 1000


def _measure(towns: int, workers: int, draws: int) -> dict:
    cmd = [sys.executable, "-m", "bench.district", "--run", str(towns), str(workers), str(draws)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _raise_file_limit() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    print(f"file limit raised from {soft} to {hard}", file=sys.stderr)


def table(runs: list[dict]) -> str:
    lines = [
        "| series | towns | run | wall s | s / 1,000 series | CPU s / 1,000 series "
        "| speed-up | peak memory (MB) | load avg |",
        "|---:|---:|---|---:|---:|---:|---:|---|---:|",
    ]
    single = {r["series"]: r["seconds"] for r in runs if not r["workers"]}
    for r in runs:
        how = "one process" if not r["workers"] else f"`--workers {r['workers']}`"
        speed = single.get(r["series"])
        up = f"{speed / r['seconds']:.2f}×" if speed and r["workers"] else "—"
        mem = f"{r['peak_mb']:.0f}"
        if r["worker_peak_mb"]:
            mem += " + workers " + " + ".join(f"{m:.0f}" for m in r["worker_peak_mb"])
        cells = [
            f"{r['series']:,}",
            f"{r['towns']:,}",
            how,
            f"{r['seconds']:.1f}",
            f"{r['per_1000']:.2f}",
            f"{r['cpu_per_1000']:.2f}",
            up,
            mem,
            f"{r['load_before']:.1f}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def extrapolation(runs: list[dict], target: int = 100_000) -> str:
    """100,000 series on N workers, as arithmetic from the measured figures."""
    single = max((r for r in runs if not r["workers"]), key=lambda r: r["series"])
    per = single["seconds"] / single["series"]  # wall seconds of one process per series
    best = max((r for r in runs if r["workers"]), key=lambda r: r["series"])
    eff = per / (best["seconds"] / best["series"]) / best["workers"]
    lines = [
        f"one process: {single['seconds']:.1f} s / {single['series']:,} series = "
        f"{per * 1000:.2f} ms a series; {target:,} series = {target * per / 60:.1f} min",
        f"parallel efficiency, {best['workers']} workers on {best['series']:,} series: "
        f"({per * 1000:.2f} / {best['seconds'] / best['series'] * 1000:.2f}) / "
        f"{best['workers']} = {eff:.2f}",
    ]
    for n in (2, 8, 32, 100):
        minutes = target * per / (n * eff) / 60
        lines.append(
            f"- {n} workers: {target:,} × {per * 1000:.2f} ms / ({n} × {eff:.2f}) "
            f"= {minutes:.1f} min"
        )
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--towns", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--draws", type=int, default=2000)
    parser.add_argument(
        "--big-towns", type=int, default=0, help="also run this many towns (1000 = 30,000 series)"
    )
    parser.add_argument("--big-single", action="store_true", help="the big run in one process too")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the fastest is kept")
    parser.add_argument("--raise-file-limit", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--validation-only", action="store_true", help="time the reading only")
    parser.add_argument("--run", nargs=3, type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:
        print(json.dumps(run_once(*args.run)))
        return
    if args.raise_file_limit:
        _raise_file_limit()
    if args.validation_only:
        one, many = validation_seconds_per_1000(), validation_seconds_per_1000(workers=args.workers)
        print(f"validation s / 1,000 series: {one:.2f} here, {many:.2f} on {args.workers} workers")
        return
    runs = []
    plan = [(args.towns, 0), (args.towns, args.workers)]
    if args.big_towns:
        if args.big_single:
            plan.append((args.big_towns, 0))
        plan.append((args.big_towns, args.workers))
    for towns, workers in plan:
        tries = []
        for _ in range(max(1, args.repeat)):  # other work on the machine only ever slows a run
            tries.append(_measure(towns, workers, args.draws))
            print(json.dumps(tries[-1]), file=sys.stderr)
        runs.append(min(tries, key=lambda r: r["seconds"]))
    validate = validation_seconds_per_1000()
    validate_n = validation_seconds_per_1000(workers=args.workers)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    found = {"runs": runs, "validation_s_per_1000": validate, "validation_workers": validate_n}
    args.out.write_text(json.dumps(found, indent=1))
    print(table(runs))
    print(
        "\nvalidation (reading the rows, not in the runs above), s / 1,000 series: "
        f"{validate:.2f} in one process, {validate_n:.2f} with --workers {args.workers}"
    )
    print(extrapolation(runs))


if __name__ == "__main__":
    main()
