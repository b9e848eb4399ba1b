"""Memory of refusing a long CSV whose every row is bad: one Problem per row.

    .venv/bin/python -m bench.bad_rows [--rows 300000]

Prints a Markdown table: rows, problems kept, bytes of one Problem (with its ``__dict__`` if
it has one), the memory the refusal keeps (the DataError and its problems, after the read;
tracemalloc) and the read's traced peak.

Measured 2026-11-30 (``.venv/bin/python -m bench.bad_rows --rows 300000``; one machine):
before 2964596 (Problem with a ``__dict__``, DataError keeping its message as text): one
Problem 184 B, kept 91.7 MB, peak 195.5 MB; Problem with slots: 88 B, 77.3 MB, 181.1 MB;
with the message built when asked as well: 88 B, 58.9 MB, 144.0 MB.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import tracemalloc
from pathlib import Path

import pandas as pd

from bench.common import fmt_table
from file_readers.tables import read_actuals
from forecast.errors import DataError


def measure(rows: int) -> dict[str, object]:
    """Read a CSV of ``rows`` bad values; what the refusal keeps and the peak (MB)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bad.csv"
        lines = ["indicator,date,value,basis"]
        lines += [f"tax_total,2020-{1 + i % 12:02d},abc{i},month" for i in range(rows)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        try:
            read_actuals(path)
            kept: DataError | None = None
        except DataError as e:
            kept = e
        gc.collect()
        now, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    problems = kept.problems if kept else []
    first = problems[0]
    one = sys.getsizeof(first) + (
        sys.getsizeof(first.__dict__) if hasattr(first, "__dict__") else 0
    )
    return {
        "rows": rows,
        "problems": len(problems),
        "one Problem (B)": one,
        "kept (MB)": (now - before) / 1e6,
        "peak (MB)": (peak - before) / 1e6,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", default="300000", help="comma-separated row counts")
    args = parser.parse_args(argv)
    found = [measure(int(n)) for n in args.rows.split(",")]
    print(fmt_table(pd.DataFrame(found), "{:.1f}"))


if __name__ == "__main__":
    main()
