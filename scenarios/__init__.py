"""Scenarios: assumptions as plain data, their effect on projections, goal seeking, a store.

The domain: numbers, ids and codes, never display text. Pure computation except ``store``
(SQLite); nothing here imports streamlit or the presentation package.
"""

from __future__ import annotations

from scenarios.apply import ScenarioResult, apply_assumption, apply_scenario, validate_scenario
from scenarios.builtins import BASELINE, builtin_scenarios
from scenarios.compare import compare, difference
from scenarios.model import (
    SCHEMA_VERSION,
    Assumption,
    GroupShock,
    OneOff,
    Profile,
    Scenario,
    Shock,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from scenarios.solve import Solution, probability_with_growth, solve_growth, solve_monthly

__all__ = [
    "BASELINE",
    "SCHEMA_VERSION",
    "Assumption",
    "GroupShock",
    "OneOff",
    "Profile",
    "Scenario",
    "ScenarioResult",
    "Shock",
    "Solution",
    "apply_assumption",
    "apply_scenario",
    "builtin_scenarios",
    "compare",
    "difference",
    "from_dict",
    "from_json",
    "probability_with_growth",
    "solve_growth",
    "solve_monthly",
    "to_dict",
    "to_json",
    "validate_scenario",
]
