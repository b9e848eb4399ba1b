"""Interval calibration of ``auto``: a width factor per cut-off month.

``auto``'s spread is the root mean square of its own rolling-origin errors (blended with a
stated spread). Those errors come from earlier years that had less history than the year being
projected, so with many past years the spread runs wide, and with one or two it is a noisy
estimate. A factor per cut-off month, one table for at least ``MIN_TESTED`` tested years and
one for fewer, brings the 80% interval to 80% coverage; the t distribution's degrees of freedom
are capped at ``DF_MAX`` because real errors have heavier tails than a t with 10 df.

Fitted by ``python -m bench.calibrate`` on the tourism series with ODD ids only (rolling-origin
cases of issue 5; the few-years table on the same cases with 2 and 3 prior years visible), and
reported on all series; see README, Benchmarks.
"""

from __future__ import annotations

DF_MAX = 5.0
MIN_TESTED = 3

# cut-off month k -> factor (k = 1..11)
FACTOR = {
    1: 0.758,
    2: 0.899,
    3: 0.873,
    4: 0.875,
    5: 0.859,
    6: 0.897,
    7: 0.845,
    8: 0.86,
    9: 0.859,
    10: 0.853,
    11: 0.823,
}
FACTOR_FEW = {
    1: 0.9,
    2: 1.019,
    3: 1.029,
    4: 1.108,
    5: 1.139,
    6: 1.164,
    7: 1.174,
    8: 1.121,
    9: 1.157,
    10: 1.131,
    11: 1.191,
}


def width_factor(k: int, tested: int) -> float:
    """Width factor at month ``k`` for a spread estimated from ``tested`` past years.

    With none tested the spread is the seasonal share's stated prior, left as it is.
    """
    if tested == 0:
        return 1.0
    table = FACTOR if tested >= MIN_TESTED else FACTOR_FEW
    return table.get(k, 1.0)
