"""Interval calibration of ``auto``: a width factor per cut-off month and per how many past
years its spread was tested on, the tails' degrees of freedom, and the shock term.

``auto``'s spread is the root mean square of its own rolling-origin errors (blended with a
stated spread). Those errors come from earlier years that had less history than the year being
projected, so with many past years the spread runs wide, and with none or few it is a guess
or a noisy estimate: one factor table per number of years tested (0, 1, 2, 3 or more) brings
the 80% interval to 80% coverage, and each group's t degrees of freedom (``DF``) bring the 90%
interval to 90% (real errors have heavier tails than their count of years suggests). A net
flow's additive spread takes one more factor (``NET_FACTOR``).

Where this year's growth to date departs from the recent years' growth by more than their
usual spread (a shock year), ``auto.shock_variance`` adds ``SHOCK_WEIGHT`` times the excess
square departure over ``SHOCK_FREE`` times the usual, carried to the part of the year still to
come, to the variance.

Fitted by ``python -m bench.calibrate`` on the tourism series with ODD ids only (rolling-origin
cases of issue 5 with 1, 2, 3 and up to 10 prior years visible; the same case years with a
synthetic shock for the shock term, lowered into net flows for the net factor), and reported
on all series; see README, Benchmarks.
"""

from __future__ import annotations

GROUPS = (0, 1, 2, 3)  # years tested; 3 stands for 3 or more

# years tested -> cut-off month k -> factor (k = 1..11)
FACTOR = {
    0: {1: 0.267, 2: 0.320, 3: 0.379, 4: 0.378, 5: 0.425, 6: 0.468,
        7: 0.453, 8: 0.446, 9: 0.435, 10: 0.428, 11: 0.402},
    1: {1: 0.869, 2: 0.909, 3: 0.935, 4: 0.977, 5: 1.102, 6: 1.135,
        7: 1.105, 8: 1.074, 9: 1.111, 10: 1.041, 11: 1.170},
    2: {1: 0.440, 2: 0.564, 3: 0.560, 4: 0.578, 5: 0.569, 6: 0.581,
        7: 0.598, 8: 0.589, 9: 0.594, 10: 0.646, 11: 0.678},
    3: {1: 0.533, 2: 0.615, 3: 0.612, 4: 0.587, 5: 0.560, 6: 0.577,
        7: 0.566, 8: 0.580, 9: 0.588, 10: 0.608, 11: 0.582},
}  # fmt: skip
# years tested -> degrees of freedom of the t tails
DF = {0: 3.0, 1: 1.5, 2: 2.0, 3: 2.5}
NET_FACTOR = 1.057
# shock term: weight of the excess departure, and how many times its usual size is free
SHOCK_WEIGHT = 2.0
SHOCK_FREE = 1.0


def group(tested: int) -> int:
    """The calibration group of a spread tested on ``tested`` past years."""
    return min(tested, GROUPS[-1])


def width_factor(k: int, tested: int, net: bool = False) -> float:
    """Width factor at month ``k`` for a spread estimated from ``tested`` past years."""
    f = FACTOR[group(tested)].get(k, 1.0)
    return f * NET_FACTOR if net else f


def tail_df(tested: int) -> float:
    """Degrees of freedom of the t distribution for a spread tested on ``tested`` years."""
    return DF[group(tested)]
