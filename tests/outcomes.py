"""The one check of a single town's file against its expected outcome, shared by the
bad-files catalogue (tests/bad_files.py) and the planners' sheets (tests/planner_sheets.py):
the whole file refused with these problems (row, column, code), or these indicators kept with
these year-to-date and growth values, these dropped with these codes, and these warnings."""

import numpy as np
import pytest

from forecast.panel import build_panel


def assert_town_outcome(case, found) -> None:
    """Fail unless ``found`` (an ``inspect_actuals`` result) is exactly ``case``'s outcome."""
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
    for basis, values in (("ytd", case.ytd), ("growth", case.growth)):
        for (indicator, year, month), value in values.items():
            panel = build_panel(a, indicator)
            got = getattr(panel, basis)[panel.row(year), month - 1]
            assert got == pytest.approx(value, rel=1e-12), (indicator, year, month, basis)
    for indicator in a.indicators:
        assert np.isfinite(a.frame.loc[a.frame["indicator"] == indicator, "value"]).all()
