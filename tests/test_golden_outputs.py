"""Nothing a user sees changes by accident: the sample's outputs against golden files.

The golden files (tests/golden/outputs/) were written before the three-layer refactor by
``python -m tests.golden_outputs --write``. Text must match exactly; numbers (long floats in
the CSV and workbook) within a relative 1e-9, since moving code may reorder a sum.
"""

import math
import re

import pytest

from tests.golden_outputs import GOLDEN, outputs

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?")


def _same(expected: str, found: str) -> bool:
    if _NUMBER.sub("#", expected) != _NUMBER.sub("#", found):
        return False
    pairs = zip(_NUMBER.findall(expected), _NUMBER.findall(found), strict=True)
    return all(math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12) for a, b in pairs)


@pytest.fixture(scope="module")
def found() -> dict[str, str]:
    return outputs()


def test_every_golden_file_is_produced(found):
    assert sorted(found) == sorted(p.name for p in GOLDEN.iterdir())


@pytest.mark.parametrize("name", sorted(p.name for p in GOLDEN.iterdir()))
def test_output_equals_golden(found, name):
    expected = (GOLDEN / name).read_text(encoding="utf-8").splitlines()
    lines = found[name].splitlines()
    assert len(lines) == len(expected), name
    for n, (a, b) in enumerate(zip(expected, lines, strict=True), start=1):
        assert _same(a, b), f"{name} line {n}:\n  golden: {a}\n  now:    {b}"


def test_comparison_notices_a_changed_figure():
    assert _same("P=0.800 11.0%", "P=0.800 11.0%")
    assert not _same("P=0.800 11.0%", "P=0.801 11.0%")
    assert not _same("正常", "有风险")
