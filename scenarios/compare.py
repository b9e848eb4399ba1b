"""Scenarios side by side, and the difference of two."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from scenarios.apply import ScenarioResult


def compare(results: Mapping[str, ScenarioResult]) -> pd.DataFrame:
    """One row per (indicator, scenario): point, 80% band, probability, gap to target.

    Values in the indicator's unit (growth indicators in %); ``gap`` = point − target.
    """
    rows = []
    for name, result in results.items():
        for ind, p in result.projections.items():
            c = result.checks[ind]
            q10, q90 = np.quantile(p.year_end, [0.1, 0.9])
            rows.append(
                {
                    "indicator": ind,
                    "scenario": name,
                    "unit": p.unit,
                    "point": p.point,
                    "q10": q10,
                    "q90": q90,
                    "target": c.target,
                    "p_meet": c.p_meet,
                    "gap": p.point - c.target,
                    "status": c.status,
                }
            )
    return pd.DataFrame(rows)


def difference(a: ScenarioResult, b: ScenarioResult) -> pd.DataFrame:
    """``b`` minus ``a`` for every indicator both hold: change of point and of probability."""
    rows = []
    for ind, pa in a.projections.items():
        pb = b.projections.get(ind)
        if pb is None:
            continue
        rows.append(
            {
                "indicator": ind,
                "unit": pa.unit,
                "point_a": pa.point,
                "point_b": pb.point,
                "point_change": pb.point - pa.point,
                "p_meet_a": a.checks[ind].p_meet,
                "p_meet_b": b.checks[ind].p_meet,
                "p_meet_change": b.checks[ind].p_meet - a.checks[ind].p_meet,
            }
        )
    return pd.DataFrame(rows)
