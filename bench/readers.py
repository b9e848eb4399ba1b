"""Time and peak memory of reading actuals files of growing size (long CSV, long XLSX, wide
XLSX), and of refusing one over the limits.

    .venv/bin/python -m bench.readers [--rows 10000,100000,1000000] [--xlsx-rows 10000,100000]

Prints a Markdown table: file kind, rows, file size, seconds to read and validate, and the
growth of the process's peak resident memory while reading (each file read in a fresh process,
so one reading's peak does not hide the next), also as a multiple of the file's size.
Targets (issue 9): memory under about 10× the file; a file over the limits is refused before
it is read.

Measured 2026-11-30 (``.venv/bin/python -m bench.readers --rows 10000,100000,1000000
--xlsx-rows 10000,100000,1000000 --wide 100,1000``; one machine, other jobs running; each
file read in a fresh process after a warm-up read of a 2,400-row file of the same kind (20
series of 10 years, so every check runs once), so the modules a first reading imports do not
count):

    | file                | rows      | size    | seconds | peak memory | × file |
    |---------------------|-----------|---------|---------|-------------|--------|
    | long CSV            | 10,000    | 0.2 MB  | 0.62    | 4 MB        | 17.7×  |
    | long CSV            | 100,000   | 2.6 MB  | 1.14    | 39 MB       | 15.1×  |
    | long CSV            | 1,000,000 | 26.8 MB | 10.08   | 210 MB      | 7.8×   |
    | long XLSX           | 10,000    | 0.2 MB  | 0.21    | (0 MB)      |        |
    | long XLSX           | 100,000   | 2.2 MB  | 1.27    | (0 MB)      |        |
    | long XLSX           | 1,000,000 | 21.4 MB | 10.92   | 364 MB      | 17.0×  |
    | wide XLSX, 6 sheets | 600       | 0.1 MB  | 0.09    | (0 MB)      |        |
    | wide XLSX, 6 sheets | 6,000     | 0.5 MB  | 0.67    | (0 MB)      |        |
    | over max_rows       | 100,000   | 2.6 MB  | 0.00    | refused before reading |
    | over max_bytes      | 100,000   | 2.6 MB  | 0.00    | refused before reading |

Re-measured at 15:08 UTC the same day on a quiet machine (load average 0.6), after the
planners'-sheets fixes: long CSV 10,000 / 100,000 / 1,000,000 rows 0.10 s 4 MB (18.0×) /
0.61 s 39 MB (15.0×) / 7.04 s 223 MB (8.3×); long XLSX of 1M rows 11.06 s 364 MB (17.0×).

Re-measured at 15:22 UTC (load average 1.4; ``--rows 10000,100000,1000000 --xlsx-rows
10000``) after ``validate_actuals`` keeps the names and bases as Python objects (a pointer per
row into the distinct ones) while it checks them, and makes them Arrow text once, at the end
(Arrow's allocator kept the memory its string columns' sorts and groupings had used): long
CSV 10,000 / 100,000 / 1,000,000 rows 0.10 s 4 MB (17.9×) / 0.73 s 35 MB (13.4×) / 7.52 s
189 MB (7.1×). What the rest is, at 100,000 rows (tracemalloc, at the traced peak of 251 B
a row, in ``month_outliers``): the checked frame 50 B a row, the layout's raw frame 23, the
month check's arrays about 120 (its filtered copies 31, the median's sort 34, the monthly
amounts 19, the cube and residuals 16), the reader's codes and numbers about 28; the process
keeps some 100 B a row more than it traces (freed memory its allocators keep).

An earlier run (a 50-row warm-up, a busier machine) gave 10.85 s and 238 MB for the 1M-row
CSV and 19.8 s and 362 MB for the 1M-row XLSX: seconds vary with the load.

Before this work (this docstring's earlier table, no warm-up): a long CSV of 1M rows took 16.9 s and
1,162 MB (43×), of 100,000 rows 1.54 s and 128 MB (50×); a long XLSX of 100,000 rows 7.2 s
through openpyxl (issue 9 reports 83 s for a million; not re-measured on the old code).

Met: a large CSV reads in under 10× its size (7.1× at 1M rows). Smaller CSVs cost more per
byte (13-18× at 10,000-100,000 rows: tens of MB at most). Not met for a large workbook: a
plain .xlsx goes through calamine, which holds the sheet's cells in its own compact form
while it is read (the file is zipped XML): 17× at 1M rows (openpyxl streams with little
memory but took 7.2 s per 100,000 rows; calamine 11-20 s for a million). "(0 MB)": the
reading did not raise the process's peak above the warm-up's.
"""

from __future__ import annotations

import argparse
import io
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from file_readers.tables import read_actuals
from forecast.catalogue import Catalogue, Indicator
from forecast.errors import DataError

CAT = Catalogue(tuple(Indicator(f"i{k}", f"指标{k}", f"ind {k}", "万元") for k in range(2000)))


def long_csv(rows: int) -> bytes:
    """``rows`` monthly rows: indicators of 10 years × 12 months each."""
    per = 120
    rng = np.random.default_rng(0)
    lines = ["indicator,date,value,basis"]
    for k in range(rows // per + 1):
        values = rng.uniform(100, 1000, per).round(2)
        for j in range(per):
            if len(lines) > rows:
                break
            y, m = 2010 + j // 12, j % 12 + 1
            lines.append(f"i{k},{y}-{m:02d},{values[j]},month")
    return ("\n".join(lines) + "\n").encode()


def long_xlsx(rows: int) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("data")
    for line in long_csv(rows).decode().splitlines():
        cells = line.split(",")
        ws.append([*cells[:2], float(cells[2]) if cells[2][0].isdigit() else cells[2], *cells[3:]])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def wide_xlsx(indicators: int) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    rng = np.random.default_rng(0)
    for year in range(2015, 2021):
        ws = wb.create_sheet(f"{year}年")
        ws.append(["指标", "单位", *[f"1-{m}月" for m in range(2, 13)]])
        for k in range(indicators):
            ws.append(
                [f"指标{k}", "万元", *np.cumsum(rng.uniform(100, 1000, 11)).round(2).tolist()]
            )
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _peak_kb() -> int:
    """This process's peak resident memory in kB: Linux's VmHWM (its own address space's high
    water mark), else ``ru_maxrss``. On Linux ``ru_maxrss`` starts at the parent's resident
    memory when the process is started (it survives exec), so a child of this bench, which
    holds the generated files, would not see a reading's growth below that."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _warm_up(data: bytes, wide: bool) -> bytes:
    """A small file of the kind of ``data``: 6 sheets of 40 indicators (2,640 values) for a
    wide workbook, else 2,400 long rows (20 series of 10 years: every check runs)."""
    if wide:
        return wide_xlsx(40)
    return long_xlsx(2400) if data.startswith(b"PK") else long_csv(2400)


def read_once(path: str, name: str, max_rows: int, max_bytes: int, wide: bool = False) -> None:
    """In a fresh process: read one file, print seconds, outcome and peak memory growth."""
    data = Path(path).read_bytes()
    # warm up: a small file of the same kind read first, so that the modules a reading
    # imports on first use (openpyxl, pandas' parts) do not count as the file's memory
    small = _warm_up(data, wide)
    read_actuals(small, CAT, name=name, as_of=(2030, 12))
    before = _peak_kb()
    start = time.perf_counter()
    try:
        a = read_actuals(
            data, CAT, name=name, as_of=(2030, 12), max_rows=max_rows, max_bytes=max_bytes
        )
        outcome = f"{len(a.frame):,} values"
    except DataError as e:
        outcome = e.problems[0].code
    seconds = time.perf_counter() - start
    print(f"{seconds}\t{(_peak_kb() - before) * 1024}\t{outcome}")


def measure(kind: str, rows: int, data: bytes, name: str, **kw) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        limits = [str(kw.get("max_rows", 2_000_000)), str(kw.get("max_bytes", 100_000_000))]
        warm = "wide" if kind.startswith("wide") else "long"
        found = subprocess.run(
            [sys.executable, "-m", "bench.readers", "--one", str(path), name, *limits, warm],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    seconds, grown, outcome = found.split("\t")
    size = len(data)
    peak = int(grown)
    return (
        f"| {kind} | {rows:,} | {size / 1e6:.1f} MB | {float(seconds):.2f} | {peak / 1e6:.0f} MB "
        f"| {peak / size:.1f}× | {outcome} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default="10000,100000,1000000")
    parser.add_argument("--xlsx-rows", default="10000,100000", dest="xlsx_rows")
    parser.add_argument("--wide", default="100,1000")
    parser.add_argument("--one", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        path, name, max_rows, max_bytes, *warm = args.one
        read_once(path, name, int(max_rows), int(max_bytes), warm == ["wide"])
        return
    print("| file | rows | size | seconds | peak memory | × file | outcome |")
    print("|---|---|---|---|---|---|---|")
    for n in (int(x) for x in args.rows.split(",")):
        print(measure("long CSV", n, long_csv(n), "f.csv"), flush=True)
    for n in (int(x) for x in args.xlsx_rows.split(",")):
        print(measure("long XLSX", n, long_xlsx(n), "f.xlsx"), flush=True)
    for n in (int(x) for x in args.wide.split(",")):
        print(measure("wide XLSX, 6 sheets", n * 6, wide_xlsx(n), "f.xlsx"), flush=True)
    big = long_csv(100_000)
    print(measure("over max_rows", 100_000, big, "f.csv", max_rows=50_000), flush=True)
    print(measure("over max_bytes", 100_000, big, "f.csv", max_bytes=1_000_000), flush=True)


if __name__ == "__main__":
    main()
