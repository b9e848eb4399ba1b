"""Write the bundled district sample: 沿滩镇 (the sample town) among twelve neighbours.

The neighbours are ILLUSTRATIVE: each one is the sample town's history scaled to another size,
with its own monthly noise and its own 2020 momentum, drawn here from a fixed seed. Their names
(示例甲镇 …), their 12-digit codes (province 99 does not exist) and the county above them are
made up. 沿滩镇's rows are the sample's rows, unchanged.

Usage::

    python scripts/make_district_data.py            # writes data/district_*.csv
    python scripts/make_district_data.py --out DIR  # writes DIR/ (the tests compare the bytes)

``district_frames(n_towns, copies)`` makes larger synthetic districts in memory (the bench).
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20201130
DATA = Path(__file__).resolve().parent.parent / "data"
REFERENCE = "沿滩镇"
REFERENCE_CODE = "990101100000"
COUNTY = "示例县"
NEIGHBOURS = (
    "示例甲镇",
    "示例乙镇",
    "示例丙镇",
    "示例丁镇",
    "示例戊镇",
    "示例己镇",
    "示例庚镇",
    "示例辛镇",
    "示例壬镇",
    "示例癸镇",
    "示例东街道",
    "示例西街道",
)
AREAS = ("东片区", "西片区")
DECIMALS = {"亿元": 3, "万元": 1, "万人次": 2, "人": 0, "户": 0, "%": 1}
ACTUALS_FILE = "district_actuals.csv"
TARGETS_FILE = "district_targets.csv"
HIERARCHY_FILE = "district_hierarchy.csv"


def _units() -> dict[str, str]:
    with open(DATA / "catalogue.csv", encoding="utf-8") as f:
        return {r["id"]: r["unit"] for r in csv.DictReader(f)}


def _sample() -> tuple[pd.DataFrame, pd.DataFrame]:
    actuals = pd.read_csv(DATA / "sample_town_actuals.csv", dtype=str, keep_default_na=False)
    targets = pd.read_csv(DATA / "sample_town_targets.csv", dtype=str, keep_default_na=False)
    return actuals, targets


def neighbour(
    sample: pd.DataFrame, rng: np.random.Generator, scale: float, momentum: float, units
) -> pd.DataFrame:
    """The sample's history at another size, with its own noise and 2020 momentum."""
    out = []
    year = sample["date"].str[:4].astype(int)
    for (indicator, basis), rows in sample.groupby(["indicator", "basis"], sort=False):
        if indicator == "tax_total":
            continue  # the sum of national and local tax, made below
        rows = rows.assign(year=year[rows.index])
        values = rows["value"].astype(float).to_numpy()
        if basis == "ytd_yoy":
            shift = (momentum - 1) * 40
            new = values + shift * (rows["year"].to_numpy() == 2020) + rng.normal(0, 1.5, len(rows))
        else:
            new = np.empty(len(rows))
            for y in sorted(set(rows["year"])):
                mask = (rows["year"] == y).to_numpy()
                amounts = values[mask] if basis == "month" else np.diff(values[mask], prepend=0)
                noise = rng.lognormal(0, 0.12, mask.sum()) * scale * (momentum if y == 2020 else 1)
                amounts = np.maximum(amounts * noise, 0)
                new[mask] = amounts if basis == "month" else np.cumsum(amounts)
        places = DECIMALS.get(units.get(indicator, ""), 2)
        out.append(rows.assign(value=np.round(new, places)).drop(columns="year"))
    frame = pd.concat(out, ignore_index=True)
    taxes = frame[frame["indicator"].isin(["tax_national", "tax_local"])]
    total = (
        taxes.groupby("date", as_index=False)["value"]
        .sum()
        .assign(indicator="tax_total", basis="month")
    )
    total["value"] = total["value"].round(1)
    return pd.concat([total, frame], ignore_index=True)[["indicator", "date", "value", "basis"]]


def town_targets(targets: pd.DataFrame, rng: np.random.Generator, scale: float, units):
    out = targets.copy()
    for col, kind_col in (("value", "kind"), ("half_value", "half_kind")):
        values = []
        for v, kind, ind in zip(out[col], out[kind_col], out["indicator"], strict=True):
            if v == "":
                values.append("")
            elif kind == "growth":
                values.append(f"{float(v) + rng.normal(0, 1):.1f}")
            else:
                x = float(v) * scale * rng.uniform(0.95, 1.12)
                values.append(f"{x:.{DECIMALS.get(units.get(ind, ''), 2)}f}")
        out[col] = values
    return out


def make(seed: int = SEED) -> dict[str, pd.DataFrame]:
    """The three district files as tables."""
    units = _units()
    rng = np.random.default_rng(seed)
    sample, targets = _sample()
    actuals = [sample.assign(entity=REFERENCE)]
    goals = [targets.assign(entity=REFERENCE)]
    scales = {REFERENCE: 1.0}
    for name in NEIGHBOURS:
        scale, momentum = rng.uniform(0.35, 2.2), rng.uniform(0.8, 1.15)
        scales[name] = scale
        actuals.append(neighbour(sample, rng, scale, momentum, units).assign(entity=name))
        goals.append(town_targets(targets, rng, scale, units).assign(entity=name))
    # the county's own targets (entity blank): about the sum of its towns' targets
    county = targets.copy()
    for col, kind_col in (("value", "kind"), ("half_value", "half_kind")):
        county[col] = [
            ""
            if v == ""
            else v
            if kind == "growth"
            else f"{float(v) * sum(scales.values()) * 1.02:.{DECIMALS.get(units[i], 2)}f}"
            for v, kind, i in zip(county[col], county[kind_col], county["indicator"], strict=True)
        ]
    goals.append(county.assign(entity=""))
    codes = {REFERENCE: REFERENCE_CODE} | {
        n: f"990101{101 + i:03d}000" for i, n in enumerate(NEIGHBOURS)
    }
    hierarchy = [
        {"entity": codes[n], "name": n, "parent": AREAS[i % 2]}
        for i, n in enumerate([REFERENCE, *NEIGHBOURS])
    ] + [{"entity": a, "name": "", "parent": COUNTY} for a in AREAS]
    first = ["entity", "indicator", "date", "value", "basis"]
    return {
        ACTUALS_FILE: pd.concat(actuals, ignore_index=True)[first],
        TARGETS_FILE: pd.concat(goals, ignore_index=True)[["entity", *targets.columns]],
        HIERARCHY_FILE: pd.DataFrame(hierarchy),
    }


def district_frames(n_towns: int, series: int = 30, seed: int = SEED) -> pd.DataFrame:
    """A synthetic district of ``n_towns`` towns in memory, each with ``series`` series: the
    sample's indicators taken again and again (``fai``, ``fai_2`` …): the bench's."""
    units = _units()
    rng = np.random.default_rng(seed)
    sample, _ = _sample()
    frames = []
    for t in range(n_towns):
        town = neighbour(sample, rng, rng.uniform(0.35, 2.2), rng.uniform(0.8, 1.15), units)
        ids = list(dict.fromkeys(town["indicator"]))
        for c in range(-(-series // len(ids))):
            keep = ids[: series - c * len(ids)]
            part = town[town["indicator"].isin(keep)]
            if c:
                part = part.assign(indicator=part["indicator"] + f"_{c + 1}")
            unit = part["indicator"].str.replace(r"_\d+$", "", regex=True).map(units)
            unit = unit.where(part["basis"] != "ytd_yoy", "")
            frames.append(part.assign(entity=f"镇{t + 1:05d}", unit=unit))
    return pd.concat(frames, ignore_index=True)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args(argv)
    for name, frame in make().items():
        frame.to_csv(args.out / name, index=False, lineterminator="\n")


if __name__ == "__main__":
    main()
