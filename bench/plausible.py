"""False warnings and caught slips of the plausibility checks on real series.

    .venv/bin/python -m bench.plausible [--typos 60]

Reads the sample town and every ``../shared/data`` file as the app does, and prints a
Markdown table per setting of ``forecast.plausibility``'s month check (MONTH_FACTOR,
MONTH_Z): the warnings ``implausible_month`` raises on the data as published (each one a
false alarm: the figures are right, though some months are real shocks), how many series get
one, and how many of a set of planted slips (one month per series multiplied by 10 or 0.1,
the typo a planner makes) it names. The share check (``implausible_share``) is counted on
the same data. Exits 0 with a message where ../shared/data is absent.

Measured 2026-11-30 (one machine, other jobs running):

    | factor | z  | false warnings / monthly amounts | series warned | ×10 slips named |
    |--------|----|----------------------------------|---------------|-----------------|
    | 4      | 9  | 45 / 101,414 (0.044%)            | 28 / 398      | 54 / 76         |
    | 6      | 9  | 22 / 101,414 (0.022%)            | 16 / 398      | 53 / 76         |
    | 8      | 9  | 11 / 101,414 (0.011%)            | 9 / 398       | 49 / 76         |
    | 8      | 12 | 9 / 101,414 (0.009%)             | 7 / 398       | 39 / 76         |

The default is factor 8, z 9: the sample town raises none; the false alarms left are real
shocks (SARS in April-May 2003, the 2020 lockdown, a series' one-off spike) in the tourism
competition series. implausible_share: 0 on all of it.
"""

from __future__ import annotations

import argparse
import sys

import numpy as np

import forecast.plausibility as plausible
from bench.common import SHARED
from file_readers.tables import SAMPLE_ACTUALS, read_actuals, read_catalogue

SETTINGS = ((4.0, 9.0), (6.0, 9.0), (8.0, 9.0), (8.0, 12.0))


def _frames() -> list[tuple[str, object, set[str]]]:
    catalogue = read_catalogue()
    out = []
    for path in [SAMPLE_ACTUALS, *sorted(SHARED.glob("*.csv"))]:
        a = read_actuals(path, catalogue, as_of=(2030, 12))
        flows = {i for i in a.catalogue if a.catalogue[i].allow_negative}  # as validation does
        out.append((path.name, a.frame.assign(src=path.name), flows))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--typos", type=int, default=60, help="planted slips per file, at most")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"no {SHARED}: nothing to measure")
        sys.exit(0)
    frames = _frames()
    shares = sum(len(plausible.share_slips(f, name)) for name, f, _ in frames)
    print("| factor | z | false warnings / monthly amounts | series warned | ×10 slips named |")
    print("|---|---|---|---|---|")
    for factor, z in SETTINGS:
        plausible.MONTH_FACTOR, plausible.MONTH_Z = factor, z
        warned = checked = series = hit_series = caught = tried = 0
        rng = np.random.default_rng(1)
        for name, frame, flows in frames:
            found = plausible.month_outliers(frame, name, flows)
            amounts = plausible._january_february(plausible.monthly_amounts(frame))
            checked += int((amounts["value"] > 0).sum())
            warned += len(found)
            series += frame["indicator"].nunique()
            hit_series += len({w.indicator for w in found})
            months = frame[frame["basis"] == "month"]
            for _, rows in list(months.groupby("indicator"))[: args.typos]:
                if rows["year"].nunique() < 4:
                    continue
                k = rng.choice(rows.index)
                slipped = frame.copy()
                slipped.loc[k, "value"] *= rng.choice([10.0, 0.1])
                tried += 1
                row = frame.loc[k, "row"]
                caught += any(w.row == row for w in plausible.month_outliers(slipped, name, flows))
        print(
            f"| {factor:g} | {z:g} | {warned} / {checked:,} ({warned / checked:.3%}) "
            f"| {hit_series} / {series} | {caught} / {tried} |",
            flush=True,
        )
    print(f"\nimplausible_share on the same data: {shares}")


if __name__ == "__main__":
    main()
