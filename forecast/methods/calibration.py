"""Interval calibration of ``auto``: a width factor per cut-off month and per how many past
years its spread was tested on, the tails' degrees of freedom, and the shock term.

``auto``'s spread is the root mean square of its own rolling-origin errors (blended with a
stated spread). Those errors come from earlier years that had less history than the year being
projected, so with many past years the spread runs wide, and with none or few it is a guess
or a noisy estimate: one factor table per number of years tested (0, 1, 2, 3 or more) brings
the 80% interval to 80% coverage (with none or one year tested, a quadratic in k fitted to the
month-by-month factors, which are noisy), and each group's t degrees of freedom (``DF``) bring
the 90% interval to 90% (real errors have heavier tails than their count of years suggests). A net
flow's additive spread takes one more factor per month (``NET_FACTOR``). With no past year
tested (one prior year) the stated spread is the same for every series; the candidates'
disagreement now, times ``UNTESTED_SPREAD``, is added to its square (chosen on the tuning half
as the weight that makes the coverage flattest across the disagreement's quartiles).

Where this year's growth to date departs from the recent years' growth by more than their
usual spread (a shock year), ``auto.shock_variance`` adds ``SHOCK_WEIGHT`` times the excess
square departure over ``SHOCK_FREE`` times the usual, carried to the part of the year still to
come, to the variance; the same on the last ``RECENT_MONTHS`` months alone (weight
``SHOCK_RECENT``) catches a shock that began lately, diluted in the year to date.

Fitted by ``python -m bench.calibrate`` on the tourism series with ODD ids only (rolling-origin
cases of issue 5 with 1, 2, 3 and up to 10 prior years visible; the same case years with a
synthetic shock for the shock term, lowered into net flows for the net factor), and reported
on all series; see README, Benchmarks.
"""

from __future__ import annotations

GROUPS = (0, 1, 2, 3)  # years tested; 3 stands for 3 or more

# years tested -> cut-off month k -> factor (k = 1..11); groups 0 and 1 (one or two prior
# years) a quadratic in k fitted to the per-k factors (each a noisy quantile of ~1,100 cases)
FACTOR = {
    0: {1: 0.209, 2: 0.239, 3: 0.265, 4: 0.288, 5: 0.307, 6: 0.323,
        7: 0.336, 8: 0.344, 9: 0.350, 10: 0.352, 11: 0.350},
    1: {1: 0.775, 2: 0.829, 3: 0.876, 4: 0.916, 5: 0.949, 6: 0.975,
        7: 0.994, 8: 1.007, 9: 1.012, 10: 1.010, 11: 1.002},
    2: {1: 0.432, 2: 0.558, 3: 0.496, 4: 0.484, 5: 0.475, 6: 0.473,
        7: 0.473, 8: 0.485, 9: 0.484, 10: 0.519, 11: 0.570},
    3: {1: 0.528, 2: 0.606, 3: 0.567, 4: 0.526, 5: 0.485, 6: 0.521,
        7: 0.516, 8: 0.536, 9: 0.546, 10: 0.521, 11: 0.522},
}  # fmt: skip
# years tested -> degrees of freedom of the t tails
DF = {0: 4.0, 1: 1.3, 2: 2.0, 3: 2.5}
# a net flow's additive spread, per cut-off month (net flows carry no shock term)
NET_FACTOR = {1: 1.066, 2: 1.066, 3: 1.160, 4: 1.189, 5: 1.219, 6: 1.181,
              7: 1.158, 8: 1.135, 9: 1.108, 10: 1.079, 11: 1.050}  # fmt: skip
# shock term: weight of the excess departure, and how many times its usual size is free
SHOCK_WEIGHT = 2.0
SHOCK_FREE = 1.0
# the same on the last RECENT_MONTHS months alone (a shock that began lately), and its weight
RECENT_MONTHS = 2
SHOCK_RECENT = 0.5
# no past year tested (one prior year): the stated spread alone is the same for every series;
# the candidates' disagreement now (their variance, log points squared) times this is added
UNTESTED_SPREAD = 16.0


def group(tested: int) -> int:
    """The calibration group of a spread tested on ``tested`` past years."""
    return min(tested, GROUPS[-1])


def width_factor(k: int, tested: int, net: bool = False) -> float:
    """Width factor at month ``k`` for a spread estimated from ``tested`` past years."""
    f = FACTOR[group(tested)].get(k, 1.0)
    return f * NET_FACTOR.get(k, 1.0) if net else f


def tail_df(tested: int) -> float:
    """Degrees of freedom of the t distribution for a spread tested on ``tested`` years."""
    return DF[group(tested)]
