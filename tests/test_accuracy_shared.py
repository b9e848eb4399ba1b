"""A small slice of the public-data backtest (skipped where ../shared/data is absent)."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from forecast.backtest import CaseSpec, evaluate_panel, score
from forecast.panel import panel_from_rows

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
TOURISM = SHARED / "tourism_monthly.csv"
SERIES = [f"tourism_M{i}" for i in (2, 40, 77, 118, 150, 201, 246, 300, 333, 360)]

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def results():
    if not TOURISM.exists():
        pytest.skip(f"{SHARED} not found: public benchmark data live outside the project")
    raw = pd.read_csv(TOURISM, dtype={"indicator": str, "date": str, "basis": str})
    raw = raw[raw["indicator"].isin(SERIES)]
    ym = raw["date"].str.split("-", expand=True).astype(int)
    rows = raw.assign(year=ym[0], month=ym[1])
    frames = [
        evaluate_panel(
            panel_from_rows(name, part),
            ("auto", "share"),
            (3, 6, 9),
            CaseSpec(3, 10, 6),
        )
        for name, part in rows.groupby("indicator")
    ]
    return pd.concat(frames, ignore_index=True)


def test_slice_covers_loosely_and_beats_the_share(results):
    table = score(results).set_index(["method", "k"])
    assert (table["cases"] == 60).all()
    cover = table.loc["auto", "cover80"]
    assert cover.between(60, 95).all(), cover
    auto = table.loc["auto", "mdape"].to_numpy()
    share = table.loc["share", "mdape"].to_numpy()
    assert np.mean(auto) < np.mean(share)
