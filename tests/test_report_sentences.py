"""The report sentences of tests/report_sentences.py, each half scored as bench/extract.py
scores the composed corpus: every figure found with its value, unit and period, and what is
attached to it (growth, share, kind, approx) right."""

import pytest

from bench.extract import score
from file_readers.tables import read_catalogue
from tests.report_sentences import EXPECTED, HALF, TEXTS

CATALOGUE = read_catalogue()


def test_at_least_40_sentences_in_two_halves():
    assert len(TEXTS) >= 40
    halves = list(HALF.values())
    assert min(halves.count("first"), halves.count("second")) >= 15


@pytest.mark.parametrize("half", ["first", "second"])
def test_every_figure_is_read_exactly(half):
    wanted = [e for e in EXPECTED if e.half == half]
    texts = {t: TEXTS[t] for t in {e.text for e in wanted}}
    result = score(texts, wanted, CATALOGUE)
    rates = result.rates()
    assert rates == dict.fromkeys(rates, 1.0), (rates, result.misses)
