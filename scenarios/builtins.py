"""The scenarios every planner starts from: 基准, 乐观 and 悲观 from the model's own quantiles."""

from __future__ import annotations

from collections.abc import Iterable

from scenarios.model import Assumption, Scenario

OPTIMISTIC_QUANTILE = 0.9  # top of the model's 80% band
PESSIMISTIC_QUANTILE = 0.1  # bottom of the model's 80% band

BASELINE = Scenario("基准", "模型预测,不加任何假设 (the model's projection, no assumptions)")


def builtin_scenarios(indicators: Iterable[str]) -> tuple[Scenario, Scenario, Scenario]:
    """基准, 乐观 (remaining months at the model's 90th percentile), 悲观 (at its 10th)."""
    ids = list(indicators)

    def at(q: float) -> dict[str, Assumption]:
        return {i: Assumption(quantile=q) for i in ids}

    return (
        BASELINE,
        Scenario(
            "乐观",
            "后续月份按模型80%区间上沿 (remaining months at the model's 90th percentile)",
            at(OPTIMISTIC_QUANTILE),
        ),
        Scenario(
            "悲观",
            "后续月份按模型80%区间下沿 (remaining months at the model's 10th percentile)",
            at(PESSIMISTIC_QUANTILE),
        ),
    )
