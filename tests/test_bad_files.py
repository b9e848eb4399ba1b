"""Every file of the catalogue (tests/bad_files.py) gives exactly its expected outcome: the whole
file stopped with these problems, or these indicators kept with these values, and these left
out with these reasons. Never a traceback, never a silent change of a value."""

import pytest

from file_readers.tables import inspect_actuals
from tests.bad_files import AS_OF, CASES, CAT
from tests.outcomes import assert_town_outcome


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
    assert_town_outcome(case, found)
