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
    1: 0.761,
    2: 0.884,
    3: 0.845,
    4: 0.846,
    5: 0.855,
    6: 0.886,
    7: 0.829,
    8: 0.868,
    9: 0.836,
    10: 0.839,
    11: 0.82,
}
FACTOR_FEW = {
    1: 0.887,
    2: 1.023,
    3: 1.031,
    4: 1.108,
    5: 1.17,
    6: 1.151,
    7: 1.178,
    8: 1.117,
    9: 1.145,
    10: 1.109,
    11: 1.173,
}


def width_factor(k: int, tested: int) -> float:
    """Width factor at month ``k`` for a spread estimated from ``tested`` past years.

    With none tested the spread is the seasonal share's stated prior, left as it is.
    """
    if tested == 0:
        return 1.0
    table = FACTOR if tested >= MIN_TESTED else FACTOR_FEW
    return table.get(k, 1.0)
