"""Editing a scenario (pure): each edit returns a new scenario, or the same one if nothing
changed, so a page can tell an edit from a redraw."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace

from scenarios.model import Assumption, GroupShock, Scenario, to_json

__all__ = ["fingerprint", "renamed", "with_assumption", "with_group_shocks"]


def fingerprint(scenario: Scenario) -> str:
    """A short hash of what the scenario assumes ('baseline' when nothing): the cache key of
    its results, so renaming a scenario or editing its description recomputes nothing."""
    if scenario.is_baseline:
        return "baseline"
    bare = replace(scenario, name="", description="")
    return hashlib.sha256(to_json(bare).encode("utf-8")).hexdigest()[:16]


def renamed(scenario: Scenario, name: str | None, description: str | None) -> Scenario:
    """The scenario under the typed name and description (a blank name keeps the old one)."""
    name = (name or "").strip() or scenario.name
    description = scenario.description if description is None else str(description)
    if (name, description) == (scenario.name, scenario.description):
        return scenario
    return replace(scenario, name=name, description=description)


def with_assumption(scenario: Scenario, indicator: str, assumption: Assumption) -> Scenario:
    """The scenario with ``indicator``'s assumption replaced (dropped when it is empty)."""
    indicators = dict(scenario.indicators)
    if assumption == Assumption():
        indicators.pop(indicator, None)
    else:
        indicators[indicator] = assumption
    if dict(scenario.indicators) == indicators:
        return scenario
    return replace(scenario, indicators=indicators)


def with_group_shocks(scenario: Scenario, shocks: Iterable[GroupShock]) -> Scenario:
    """The scenario with its group shocks replaced."""
    shocks = tuple(shocks)
    return scenario if shocks == scenario.group_shocks else replace(scenario, group_shocks=shocks)
