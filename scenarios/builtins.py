"""The scenarios every planner starts from, from the model's own quantiles.

They are named by ids (``baseline``, ``optimistic``, ``pessimistic``); the presentation words
them (基准, 乐观, 悲观 and what each assumes) and matches a name typed in either language.
"""

from __future__ import annotations

from collections.abc import Iterable

from scenarios.model import Assumption, Scenario

OPTIMISTIC_QUANTILE = 0.9  # top of the model's 80% band
PESSIMISTIC_QUANTILE = 0.1  # bottom of the model's 80% band
BUILTIN_IDS = ("baseline", "optimistic", "pessimistic")

BASELINE = Scenario("baseline")


def builtin_scenarios(indicators: Iterable[str]) -> tuple[Scenario, Scenario, Scenario]:
    """The baseline (no assumptions), ``optimistic`` (the remaining months at the model's 90th
    percentile) and ``pessimistic`` (at its 10th), for ``indicators`` (ids)."""
    ids = list(indicators)

    def at(q: float) -> dict[str, Assumption]:
        return {i: Assumption(quantile=q) for i in ids}

    return (
        BASELINE,
        Scenario("optimistic", "", at(OPTIMISTIC_QUANTILE)),
        Scenario("pessimistic", "", at(PESSIMISTIC_QUANTILE)),
    )
