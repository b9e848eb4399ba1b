"""The composed corpus (tests/extract_corpus): at least 40 texts and 300 figures, split in
halves — rules tuned on one, confirmed on the other — each scored as bench/extract.py scores
it, floors 97%. And the speed of a 20-page report."""

import time

import pytest

from bench.extract import FLOORS, YEAR, load_corpus, no_figures, score
from file_readers.tables import read_catalogue
from forecast.extract import extract
from tests.extract_corpus.documents import long_report

CATALOGUE = read_catalogue()
TEXTS, EXPECTED = load_corpus()
EMPTY = no_figures()


def test_the_corpus_is_large_enough_and_split_in_halves():
    assert len(TEXTS) >= 40
    assert len(EXPECTED) >= 300
    assert {e.text for e in EXPECTED} | set(EMPTY) == set(TEXTS)
    assert not {e.text for e in EXPECTED} & set(EMPTY)
    halves = {e.half for e in EXPECTED}
    assert halves == {"tune", "confirm"}
    for half in halves:
        assert sum(e.half == half for e in EXPECTED) >= 140, half


@pytest.mark.parametrize("half", ["tune", "confirm"])
def test_accuracy_floors(half):
    empty = [t for t, h in EMPTY.items() if h == half]
    result = score(TEXTS, [e for e in EXPECTED if e.half == half], CATALOGUE, empty)
    rates = result.rates()
    assert {k: rates[k] >= floor for k, floor in FLOORS.items()} == dict.fromkeys(FLOORS, True), (
        rates,
        result.misses,
    )


def test_the_scorer_sees_a_wrong_figure():
    wrong = [e for e in EXPECTED if e.text == "01"]
    wrong[0] = type(wrong[0])(**{**wrong[0].__dict__, "value": 1.0, "kind": "target"})
    rates = score(TEXTS, wrong, CATALOGUE).rates()
    assert rates["recall"] < 1 and rates["precision"] < 1


def test_a_twenty_page_report_reads_in_under_two_seconds():
    report = long_report(pages=20)
    assert len(report) > 20 * 1200
    extract(report[:2000], CATALOGUE, YEAR)  # warm the caches (regexes, cn2an)
    start = time.perf_counter()
    rows = extract(report, CATALOGUE, YEAR).rows
    assert time.perf_counter() - start < 2
    assert len(rows) > 20 * 8 * 2
