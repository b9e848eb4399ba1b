"""The checks of whole series run on chunks of whole indicators (forecast.actuals.CHECK_CHUNKS
of a file, for memory): every file of the catalogues gives the same outcome checked an
indicator at a time as checked whole."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest

import forecast.actuals
from file_readers.tables import inspect_actuals
from forecast.catalogue import Catalogue, Indicator
from tests.bad_files import AS_OF, CASES, CAT
from tests.planner_sheets import PLANNER

FILES = [*CASES, *PLANNER]


def _outcome(case) -> tuple:
    found = inspect_actuals(case.data, CAT, name=case.name, as_of=AS_OF, **case.options)
    a = found.actuals
    if a is None:
        return (None, tuple(found.problems))
    frame = a.frame.astype({"indicator": str, "basis": str})
    return (frame, a.dropped, Counter(a.warnings), tuple(a.catalogue))


@pytest.mark.parametrize("case", [c for c in FILES if not c.towns], ids=lambda c: c.id)
def test_checked_an_indicator_at_a_time_as_whole(case, monkeypatch):
    whole = _outcome(case)
    monkeypatch.setattr(forecast.actuals, "CHECK_ROWS_MIN", 1)
    monkeypatch.setattr(forecast.actuals, "CHECK_CHUNKS", 10**9)
    chunked = _outcome(case)
    if whole[0] is None:
        assert chunked == whole
        return
    pd.testing.assert_frame_equal(chunked[0], whole[0])
    assert chunked[1:] == whole[1:]


def test_the_chunks_hold_whole_indicators_in_the_order_first_met():
    frame = pd.DataFrame({"indicator": list("abacbdd"), "year": 2020})
    chunks = list(forecast.actuals._indicator_chunks(frame, 3))
    assert [list(c) for c in chunks] == [[0, 1, 2, 4], [3, 5, 6]]
    assert list(forecast.actuals._indicator_chunks(frame, 7)) == [None]


def test_the_current_year_is_the_whole_files_in_every_chunk(monkeypatch):
    """人数 ends in 2019 with a gap there: a past year's gap (a warning, the series kept),
    though its own chunk holds no 2020."""
    months = [("tax", f"{y}-{m:02d}", 10.0 + m, "month") for y in (2019, 2020) for m in (1, 2)]
    gap = [("n", f"2019-{m:02d}", 5.0, "month") for m in (1, 3)]
    raw = pd.DataFrame([*months, *gap], columns=["indicator", "date", "value", "basis"])
    cat = Catalogue((Indicator("tax", "国税", "Tax", "万元"), Indicator("n", "人数", "N", "人")))
    monkeypatch.setattr(forecast.actuals, "CHECK_ROWS_MIN", 1)
    monkeypatch.setattr(forecast.actuals, "CHECK_CHUNKS", 10**9)
    a = forecast.actuals.validate_actuals(raw, cat, "f.csv")
    assert set(a.frame["indicator"]) == {"tax", "n"}
    assert [(w.indicator, w.code) for w in a.warnings] == [("n", "history_gap")]
