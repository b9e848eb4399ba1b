"""Time and peak memory of reading actuals files of growing size (long CSV, long XLSX, wide
XLSX), and of refusing one over the limits.

    .venv/bin/python -m bench.readers [--rows 10000,100000,1000000] [--xlsx-rows 10000,100000]
    [--wide 100,1000]

Prints a Markdown table: file kind, rows, file size, seconds to read and validate, and the
growth of the process's peak resident memory while reading (each file read in a fresh process,
so one reading's peak does not hide the next), also as a multiple of the file's size.
Targets (issue 9): memory under about 10× the file; a file over the limits is refused before
it is read.

Measured 2026-11-30 21:23 UTC (``.venv/bin/python -m bench.readers --rows
10000,100000,1000000 --xlsx-rows 10000,100000,1000000 --wide 100,1000,5000``; load average
0.0 at the start, 0.8 at the end). Each file is read in a fresh process after a warm-up read of
a small file of the same kind (2,400 long rows: 20 series of 10 years, so every check runs
once; for a wide workbook 6 sheets of 40 indicators), so the modules a first reading imports
do not count. The peak is Linux's VmHWM (the process's own high-water mark; ``ru_maxrss``
starts at the parent's resident memory, which holds the generated files):

    | file                | rows      | size    | seconds | peak memory | × file |
    |---------------------|-----------|---------|---------|-------------|--------|
    | long CSV            | 10,000    | 0.2 MB  | 0.18    | 1 MB        | 2.6×   |
    | long CSV            | 100,000   | 2.6 MB  | 0.87    | 8 MB        | 3.0×   |
    | long CSV            | 1,000,000 | 26.8 MB | 5.93    | 67 MB       | 2.5×   |
    | long XLSX           | 10,000    | 0.2 MB  | 0.23    | 1 MB        | 2.5×   |
    | long XLSX           | 100,000   | 2.2 MB  | 1.33    | 7 MB        | 3.1×   |
    | long XLSX           | 1,000,000 | 21.4 MB | 10.29   | 57 MB       | 2.7×   |
    | wide XLSX, 6 sheets | 600       | 0.1 MB  | 0.21    | 0 MB        | 6.7×   |
    | wide XLSX, 6 sheets | 6,000     | 0.5 MB  | 1.22    | 5 MB        | 10.0×  |
    | wide XLSX, 6 sheets | 30,000    | 2.7 MB  | 6.17    | 27 MB       | 10.2×  |
    | over max_rows       | 100,000   | 2.6 MB  | 0.00    | 2 MB        | 0.9×   |
    | over max_bytes      | 100,000   | 2.6 MB  | 0.00    | refused before reading |

The same files at 16:42 UTC, with the code of commit 9d36908: long CSV 6.0 / 6.2 / 6.1×
(1M rows: 163 MB), long XLSX 7.0 / 7.4 / 7.9× (1M rows: 169 MB), wide XLSX 17.2 / 28.3×. That
code, run at 19:13, took 60 s for the wide workbook of 30,000 rows (71 MB, 26.5×: a mask over
the whole frame per new indicator, 3,000 of them), where it takes 6 s now. The chunks cost
time: the 6,000-row workbook takes 1.19-1.25 s of CPU in 16 chunks and 0.98-0.99 s in one
(``forecast.actuals.CHECK_CHUNKS`` set in one process, two runs each); a town's file (under
2,000 rows) is one chunk.

What changed by 21:23: the series checks run on chunks of whole indicators (``CHECK_CHUNKS``,
16, of at least 2,000 rows), so their arrays cost a sixteenth of the file; the checked frame
and ``Actuals.frame`` hold names, bases, units and files as categoricals and year, month and
row as int32 (some 25 B a row, was some 50); the codes stay in the categoricals' own small
integers; the layout's records become the raw table without copies; a sheet's rows since its
last 合计 are running sums, not a dict a row; ``inspect``'s lines are kept as codes into
their distinct values (``file_readers.layout.Lines``, 11 × 4 B a line, made into lines as
read; the streamed reader interns text cells); the final sort is one argsort of an int32
key and lets each checked column go once it is taken.

Before that (16:42):
Runs of one file at a time from a shell (``--one``, 16:38-16:45, load 1.4-2.0) vary by some
MB: the 1M-row XLSX gave 152-171 MB in 10.0-10.4 s, the 1M-row CSV 159-163 MB in 6.0-6.3 s,
the 100,000-row CSV 16 MB in 0.60-0.63 s. Before this work, the
same files through the code of commit 5224de9, one at a time from a shell at load 1.4-1.8,
three runs interleaved with the new code: long CSV of 1M rows 7.4-7.8 s and 287-318 MB (new
6.0-6.3 s, 160-163 MB), long XLSX of 1M rows 11.4-11.9 s and 469 MB (new 10.3-10.4 s,
152-155 MB); at other times long CSV of 10,000 / 100,000 rows 4.5 / 34 MB, long XLSX of
100,000 rows 47 or 59 MB (calamine's peak varied from run to run).

What changed: a plain .xlsx is no longer read by calamine, which held the whole sheet in its
range (405 MB at its peak for the 1M-row sheet): ``file_readers.sheets`` surveys the sheet's
XML a chunk at a time, then reads the rows from it each time they are walked (the same rows
calamine gives, tests/test_readers_memory.py; what the survey finds unusual, dates among
them, still goes to calamine); the formula check no longer reads a whole sheet's XML (224 MB
for the 1M-row sheet). ``validate_actuals`` frees the layout's raw frame and its arrays of
codes once the rows are checked, builds the checked frame without copies, sorts by codes,
and ``forecast.actuals.release_freed_memory`` (glibc's ``malloc_trim``) hands back what each
step freed before the next one (the C heap kept it, scattered, under the next peak); the
month check works on arrays of small integers and takes medians with one sorted copy; the
checked frame's text is made from the C allocator rather than Arrow's mimalloc (2 MB of pages
of its own at 10,000 rows). At the peak of a long file now (tracemalloc, 1M rows): the
checked frame (some 50 B a row), the arrays of whichever check runs (the series checks, the
month check and the final sort each up to about 70-90 B a row more), and Arrow's text at the
end (26 B a row).

Met: every long file, CSV or XLSX, from 10,000 to 1,000,000 rows, under 10× its size (2-3×);
a wide workbook at about 10× (6.7× at 600 rows, 10.0× and 10.2× at 6,000 and 30,000 rows),
though its cells are numbers zipped at some 8 bytes a value where a long CSV takes 27 bytes a
row. At its peak (tracemalloc, 6,000 rows: 4.0 MB traced, VmHWM 5 MB, of a 0.54 MB file): the
raw table and the checked columns (some 25 B a value each) while the rows are checked.
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
