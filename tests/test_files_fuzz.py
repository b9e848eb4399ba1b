"""Fuzzing every reader: random bytes, random cells, random headers never give a traceback
(only DataError, or data), and values that are read come out exactly as written (up to 15
significant digits, what a workbook holds)."""

import contextlib
import io
import math

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from file_readers.tables import inspect_actuals, read_actuals, read_catalogue, read_targets
from forecast.errors import DataError
from forecast.panel import build_panel
from tests.bad_files import AS_OF, CAT

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAMES = ("f.csv", "f.xlsx", "f.xls", "f.txt")
CELL = st.one_of(
    st.none(),
    st.text(max_size=12).map(lambda s: ILLEGAL_CHARACTERS_RE.sub("", s)),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        ["—", "-", "/", "1-5月", "2020年", "合计", "其中：国税", "１２", "5万元", "=A1"]
    ),
)


def workbook(rows: list[list]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(
            [
                c if not (isinstance(c, str) and c.startswith("=") and len(c) < 2) else None
                for c in row
            ]
        )
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from(NAMES))
def test_random_bytes_never_raise_anything_but_data_error(data, name):
    found = inspect_actuals(data, CAT, name=name, as_of=AS_OF)
    assert (found.actuals is None) == bool(found.problems)
    with pytest.raises(DataError) if found.actuals is None else _nothing():
        read_actuals(data, CAT, name=name, as_of=AS_OF)
    with contextlib.suppress(DataError):
        read_targets(data, CAT, name=name)


@SETTINGS
@given(st.lists(st.lists(CELL, max_size=7), max_size=8))
def test_random_cells_in_a_sheet(rows):
    data = workbook(rows)
    found = inspect_actuals(data, CAT, name="f.xlsx", as_of=AS_OF, year=2020)
    assert (found.actuals is None) == bool(found.problems)
    if found.actuals is not None:
        assert found.actuals.frame["value"].map(math.isfinite).all()
    with contextlib.suppress(DataError):
        read_targets(data, CAT, name="f.xlsx")


@SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [
                "指标",
                "单位",
                "1-2月",
                "1-5月",
                "2019年1-2月",
                "备注",
                "5月",
                "x",
                "",
                "indicator",
                "date",
                "value",
                "basis",
                "unit",
            ]
        ),
        max_size=7,
    ),
    st.lists(st.lists(CELL, max_size=7), max_size=5),
)
def test_random_headers_in_a_csv(header, rows):
    text = "\n".join(
        ",".join("" if c is None else str(c).replace(",", "") for c in r) for r in [header, *rows]
    )
    for encoding in ("utf-8", "gb18030", "utf-16"):
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue
        found = inspect_actuals(data, CAT, name="f.csv", as_of=AS_OF, year=2020, basis="ytd")
        assert (found.actuals is None) == bool(found.problems)


@SETTINGS
@given(
    st.lists(st.floats(0, 1e9, allow_nan=False).map(lambda v: round(v, 4)), min_size=1, max_size=11)
)
def test_values_come_out_exactly_as_written_long_and_wide(values):
    cumulative = []
    total = 0.0
    for v in values:
        total += v
        cumulative.append(total)
    months = range(2, 2 + len(values))
    long = "indicator,date,value,basis\n" + "".join(
        f"tax_total,2020-{m:02d},{c!r},ytd\n" for m, c in zip(months, cumulative, strict=True)
    )
    wide = workbook([["指标", *[f"1-{m}月" for m in months]], ["国地两税收入", *cumulative]])
    a = read_actuals(long.encode(), CAT, name="f.csv", as_of=AS_OF)
    assert [build_panel(a, "tax_total").ytd[0, m - 1] for m in months] == cumulative
    b = read_actuals(wide, CAT, name="f.xlsx", as_of=AS_OF, year=2020)
    read = [build_panel(b, "tax_total").ytd[0, m - 1] for m in months]
    assert read == pytest.approx(cumulative, rel=1e-15, abs=0)


@SETTINGS
@given(st.binary(max_size=1000))
def test_the_catalogue_reader_only_raises_data_error(data):
    with contextlib.suppress(DataError):
        read_catalogue(data)


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
