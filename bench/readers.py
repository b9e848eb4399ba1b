"""Time and peak memory of reading actuals files of growing size (long CSV, long XLSX, wide
XLSX), and of refusing one over the limits.

    .venv/bin/python -m bench.readers [--rows 10000,100000,1000000] [--xlsx-rows 10000,100000]

Prints a Markdown table: file kind, rows, file size, seconds to read and validate, peak
memory of the reading (tracemalloc, Python allocations) and that peak as a multiple of the
file's size. Targets (issue 9): memory under about 10× the file; a file over the limits is
refused before it is read.
"""

from __future__ import annotations

import argparse
import io
import time
import tracemalloc

import numpy as np

from forecast.catalogue import Catalogue, Indicator
from forecast.errors import DataError
from forecast.readers import read_actuals

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


def measure(kind: str, rows: int, data: bytes, name: str, **kw) -> str:
    tracemalloc.start()
    start = time.perf_counter()
    try:
        a = read_actuals(data, CAT, name=name, as_of=(2030, 12), **kw)
        outcome = f"{len(a.frame):,} values"
    except DataError as e:
        outcome = e.problems[0].code
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    size = len(data)
    return (
        f"| {kind} | {rows:,} | {size / 1e6:.1f} MB | {seconds:.2f} | {peak / 1e6:.0f} MB "
        f"| {peak / size:.1f}× | {outcome} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default="10000,100000,1000000")
    parser.add_argument("--xlsx-rows", default="10000,100000", dest="xlsx_rows")
    parser.add_argument("--wide", default="100,1000")
    args = parser.parse_args()
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
