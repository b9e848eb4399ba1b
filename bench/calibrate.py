"""Fit ``auto``'s interval width factors (forecast/methods/calibration.py) on tourism series
with ODD ids only, and print the tables to paste there.

    .venv/bin/python -m bench.calibrate

For every cut-off month 1..11, the factor makes the uncalibrated t-interval's 80% coverage
exactly 80% on the odd-id cases: FACTOR from cases with at least MIN_TESTED past years tested
(issue 5's cases, up to 10 prior years), FACTOR_FEW from cases with fewer (the same case years
with only 2 or 3 prior years visible). The 90% interval then follows from the capped degrees of
freedom; it is printed as a check, not fitted. The even ids and the Chinese series are never
looked at here.
"""

from __future__ import annotations

import numpy as np
from scipy import stats
from scipy.optimize import brentq

from bench.common import SHORT_SPECS, SPEC, is_tuning, load_panels
from forecast.backtest import cases, window
from forecast.methods.auto import Auto
from forecast.methods.base import make_cut
from forecast.methods.calibration import DF_MAX, MIN_TESTED
from forecast.methods.folds import PRIOR_WEIGHT
from forecast.methods.registry import CANDIDATES

ALL_K = tuple(range(1, 12))


def raw_errors() -> dict[str, np.ndarray]:
    """k, standardised |error| and df of the uncalibrated auto on the odd-id cases."""
    auto = Auto(CANDIDATES, calibrated=False)
    rows = []
    panels = {k: p for k, p in load_panels().items() if is_tuning(k)}
    for spec in (SPEC, *SHORT_SPECS.values()):
        for panel in panels.values():
            for i in cases(panel, ALL_K, spec):
                sub = window(panel, i, spec, ALL_K)
                year = int(panel.years[i])
                for k in ALL_K:
                    cut = make_cut(sub, year, k)
                    found = auto.parts(cut) if cut.ytd > 0 else None
                    if found is None:
                        continue
                    center, scale, n = found
                    truth = float(np.log(panel.ytd[i, 11] / cut.ytd))
                    rows.append((k, abs(truth - center) / scale, n))
    k, z, n = (np.array(c) for c in zip(*rows, strict=True))
    return {"k": k, "z": z, "n": n, "df": np.minimum(n + PRIOR_WEIGHT - 1, DF_MAX)}


def fit(data: dict[str, np.ndarray], many: bool) -> dict[int, tuple[float, float, int]]:
    """k -> (factor, resulting 90% coverage, cases) for the cases with many or few years."""
    out = {}
    sel = data["n"] >= MIN_TESTED if many else data["n"] < MIN_TESTED
    for k in ALL_K:
        m = sel & (data["k"] == k)
        z, df = data["z"][m], data["df"][m]

        def cover(f, q, z=z, df=df):
            return float(np.mean(z <= f * stats.t.ppf(q, df)))

        f = brentq(lambda f, c=cover: c(f, 0.9) - 0.8, 0.05, 20.0)
        out[k] = (round(f, 3), cover(f, 0.95), int(m.sum()))
    return out


def main() -> int:
    data = raw_errors()
    for label, many in (("FACTOR", True), ("FACTOR_FEW", False)):
        found = fit(data, many)
        print(f"{label} = {{" + ", ".join(f"{k}: {v[0]}" for k, v in found.items()) + "}")
        print(
            "#  90% coverage with it: "
            + ", ".join(f"k{k} {v[1] * 100:.1f}% (n={v[2]})" for k, v in found.items())
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
