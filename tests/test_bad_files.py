"""Every file of the catalogue (tests/bad_files.py) gives exactly its expected outcome: the whole
file stopped with these problems, or these indicators kept with these values, and these left
out with these reasons. Never a traceback, never a silent change of a value."""

import numpy as np
import pytest

from file_readers.tables import inspect_actuals
from forecast.panel import build_panel
from tests.bad_files import AS_OF, CASES, CAT


def test_the_catalogue_holds_at_least_100_files():
    assert len(CASES) >= 100
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_each_file_gives_its_expected_outcome(case):
    found = inspect_actuals(case.data, CAT, name=case.name, as_of=AS_OF, **case.options)
    if case.towns:  # a district's sheets: each town validated on its own
        assert found.district is not None, found.problems
        assert found.towns == case.towns
        named = {
            (
                p.value if p.code.startswith("entity_") else p.detail.rsplit("[", 1)[-1][:-1],
                p.indicator,
                p.code,
            )
            for p in found.district.problems
        }
        assert named == set(case.town_problems)
        return
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
    assert {w.code for w in a.warnings} == set(case.warnings)
    for (indicator, year, month), value in case.ytd.items():
        panel = build_panel(a, indicator)
        assert panel.ytd[panel.row(year), month - 1] == pytest.approx(value, rel=1e-12), (
            indicator,
            year,
            month,
        )
    for (indicator, year, month), value in case.growth.items():
        panel = build_panel(a, indicator)
        assert panel.growth[panel.row(year), month - 1] == pytest.approx(value, rel=1e-12)
    for indicator in a.indicators:
        assert np.isfinite(a.frame.loc[a.frame["indicator"] == indicator, "value"]).all()
