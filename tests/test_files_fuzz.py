"""Fuzzing every reader: random bytes, random cells, random headers never give a traceback
(only DataError, or data), and values that are read come out exactly as written (up to 15
significant digits, what a workbook holds)."""

import contextlib
import io
import json
import math

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from file_readers.reports import read_report
from file_readers.tables import inspect_actuals, read_actuals, read_catalogue, read_targets
from forecast.errors import DataError
from forecast.extract import extract
from forecast.panel import build_panel
from scenarios.files import read_scenario_text
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


# ---------------------------------------------------------------- targets, scenarios, reports
TARGET_NAMES = {"fai": "fai", "固投": "fai", "全社会固定资产投资": "fai", "两税": "tax_total"}
TARGET_KINDS = {"absolute": "absolute", "growth": "growth", "绝对值": "absolute", "增速": "growth"}
TARGET_HEADERS = ("indicator,year,kind,value", "指标,年份,类型,目标值")
FIGURE = st.floats(-1e9, 1e9, allow_nan=False).map(lambda v: round(v, 4))


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.sampled_from(sorted(TARGET_NAMES)),
            st.integers(2018, 2022),
            st.sampled_from(sorted(TARGET_KINDS)),
            FIGURE,
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from(TARGET_HEADERS),
    st.sampled_from(("utf-8", "utf-8-sig", "gb18030", "utf-16")),
)
def test_targets_come_out_exactly_as_written_or_are_refused_naming_why(rows, header, encoding):
    """A targets CSV in any header language and encoding: each value read as written, or the
    file refused for exactly the rows that are wrong (two rows for one indicator and year, a
    negative absolute target, a growth of -100% or less), never a traceback."""
    text = header + "\n" + "".join(f"{n},{y},{k},{v!r}\n" for n, y, k, v in rows)
    expected, wrong, seen = {}, set(), set()
    for n, y, k, v in rows:
        key = (TARGET_NAMES[n], y)
        if TARGET_KINDS[k] == "absolute" and v < 0:
            wrong.add("negative_target")
        if TARGET_KINDS[k] == "growth" and v <= -100:
            wrong.add("target_growth_low")
        if key in seen:
            wrong.add("duplicate_target")
        seen.add(key)
        expected.setdefault(key, (TARGET_KINDS[k], v))
    try:
        found = read_targets(text.encode(encoding), CAT, name="t.csv")
    except DataError as e:
        assert {p.code for p in e.problems} == wrong
        return
    assert not wrong
    assert {key: (t.annual.kind, t.annual.value) for key, t in found.items()} == expected


@SETTINGS
@given(st.lists(st.lists(CELL, max_size=6), max_size=6))
def test_random_cells_under_a_targets_header(rows):
    data = workbook([["indicator", "year", "kind", "value", "half_kind", "half_value"], *rows])
    try:
        found = read_targets(data, CAT, name="t.xlsx")
    except DataError:
        return
    for target in found.values():
        for goal in (target.annual, target.half):
            assert goal is None or math.isfinite(goal.value)


JSON = st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
SCENARIO_KEYS = st.sampled_from(
    ["growth", "growth_by_month", "one_offs", "shocks", "profile", "fixed", "quantile", "method"]
)


@SETTINGS
@given(
    st.dictionaries(
        st.sampled_from(["fai", "固投", "两税", "x"]), st.dictionaries(SCENARIO_KEYS, JSON)
    )
)
def test_random_scenario_files_are_read_or_refused(indicators):
    """Any JSON shape under a scenario's fields, NaN and infinities included: a scenario or
    a DataError naming the file, never a traceback."""
    text = json.dumps({"schema_version": 1, "name": "a", "indicators": indicators})
    try:
        read_scenario_text(text, "s.json", CAT)
    except DataError as e:
        assert all(p.file == "s.json" for p in e.problems)


@SETTINGS
@given(st.text(max_size=200))
def test_random_text_as_a_scenario_file(text):
    with contextlib.suppress(DataError):
        read_scenario_text(text, "s.json", CAT)


@SETTINGS
@given(
    st.floats(-99.99, 1e6, allow_nan=False).map(lambda v: round(v, 4)),  # -100% or less: refused
    st.sampled_from(["fai", "固投", "全社会固定资产投资"]),
)
def test_a_scenario_growth_comes_out_as_written(growth, name):
    text = json.dumps({"schema_version": 1, "name": "a", "indicators": {name: {"growth": growth}}})
    assert read_scenario_text(text, "s.json", CAT).indicators["fai"].growth == growth


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from(("r.txt", "r.md", "r.docx", "r.pdf")))
def test_random_bytes_as_a_report(data, name):
    with contextlib.suppress(DataError):
        report = read_report(data, name=name)
        extract(report.text, CAT, year=2020)


@SETTINGS
@given(st.floats(0, 1e9, allow_nan=False).map(lambda v: round(v, 4)), st.text(max_size=40))
def test_a_reports_figure_comes_out_as_written(value, noise):
    """A figure in a report's sentence is read as written, whatever text stands before it."""
    # words without figures or markup of their own (control characters make a binary file,
    # a | a Markdown table row, digits and units figures)
    noise = "".join(c for c in noise if (c.isalpha() or c == " ") and c not in "万亿元")
    text = f"{noise}。1-5月，完成国地两税收入{value!r}万元，同比增长12.5%。"
    report = read_report(text.encode(), name="r.txt")
    rows = [r for r in extract(report.text, CAT, year=2020).rows if r.indicator == "tax_total"]
    assert [(r.value, r.unit) for r in rows] == [(value, "万元")]
