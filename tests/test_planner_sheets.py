"""Every planner's sheet of tests/planner_sheets.py gives exactly its expected outcome: the
whole file refused with these problems (row, column, code), or these indicators kept with these
values, these dropped with these codes, and these warnings."""

import numpy as np
import pytest

from file_readers.tables import inspect_actuals
from forecast.panel import build_panel
from tests.planner_sheets import AS_OF, HALF, PCAT, PLANNER


def test_the_catalogue_holds_at_least_40_sheets_in_two_halves():
    assert len(PLANNER) >= 40
    assert len({c.id for c in PLANNER}) == len(PLANNER)
    halves = list(HALF.values())
    assert min(halves.count("first"), halves.count("second")) >= 15


@pytest.mark.parametrize("case", PLANNER, ids=[f"{HALF[c.id]}-{c.id}" for c in PLANNER])
def test_each_sheet_gives_its_expected_outcome(case):
    found = inspect_actuals(case.data, PCAT, name=case.name, as_of=AS_OF, **case.options)
    assert found.district is None
    if case.stops is not None:
        assert found.actuals is None
        assert {(p.row, p.column, p.code) for p in found.problems} == set(case.stops)
        return
    assert found.problems == (), found.problems
    a = found.actuals
    assert a.indicators == list(case.kept)
    dropped: dict[str, set[str]] = {}
    for p in a.dropped:
        assert p.file.startswith(case.name) and p.row is not None and p.indicator
        dropped.setdefault(p.indicator, set()).add(p.code)
    assert dropped == {k: set(v) for k, v in case.dropped.items()}
    assert {w.code for w in a.warnings} == set(case.warnings), a.warnings
    for (indicator, year, month), value in case.ytd.items():
        panel = build_panel(a, indicator)
        got = panel.ytd[panel.row(year), month - 1]
        assert got == pytest.approx(value, rel=1e-12), (indicator, year, month)
    for (indicator, year, month), value in case.growth.items():
        panel = build_panel(a, indicator)
        got = panel.growth[panel.row(year), month - 1]
        assert got == pytest.approx(value, rel=1e-12), (indicator, year, month)
    for indicator in a.indicators:
        assert np.isfinite(a.frame.loc[a.frame["indicator"] == indicator, "value"]).all()
