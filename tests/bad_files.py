"""A catalogue of bad and odd actuals files, made in code, each with the exact outcome expected.

Each :class:`Case` holds a file's bytes and name and what reading it must give: the whole file
stopped (``stops``: the exact (row, column, code) of every problem), or the indicators kept,
the ones dropped with their problem codes, the warnings, and values that must come out exact
(cumulative ``ytd`` or growth, by indicator, year and month). Sheets are written with openpyxl.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable
from dataclasses import dataclass, field

import openpyxl

from forecast.catalogue import Catalogue, Indicator

CAT = Catalogue(
    (
        Indicator("tax_total", "国地两税收入", "Tax", "万元", aliases=("两税", "国地两税")),
        Indicator("tax_national", "国税", "National tax", "万元", parent="tax_total"),
        Indicator("tax_local", "地税", "Local tax", "万元", parent="tax_total"),
        Indicator("fai", "全社会固定资产投资", "FAI", "亿元", aliases=("固投", "固定资产投资")),
        Indicator("va_growth", "规上工业增加值增速", "VA growth", "%"),
        Indicator("flow", "净融资", "Net financing", "亿元", allow_negative=True),
        Indicator("jobs", "新增就业", "New jobs", "人"),
    )
)
AS_OF = (2020, 12)


@dataclass(frozen=True)
class Case:
    id: str
    name: str
    data: bytes
    stops: frozenset[tuple] | None = None  # (row, column, code) of every whole-file problem
    kept: tuple[str, ...] = ()  # indicators read, in catalogue order
    dropped: dict[str, frozenset[str]] = field(default_factory=dict)  # id -> problem codes
    warnings: frozenset[str] = frozenset()  # warning codes
    ytd: dict[tuple[str, int, int], float] = field(default_factory=dict)
    growth: dict[tuple[str, int, int], float] = field(default_factory=dict)
    options: dict = field(default_factory=dict)  # year=, basis=, max_bytes=, max_rows=
    towns: tuple[str, ...] = ()  # a district's sheets: the towns found, as first met
    town_problems: frozenset[tuple] = frozenset()  # (town, indicator, code) of each problem


CASES: list[Case] = []


def case(**kw) -> None:
    CASES.append(Case(**kw))


def xlsx(*sheets: tuple[str, list[list]], fmt: Callable | None = None) -> bytes:
    """A workbook of ``(name, rows)`` sheets; ``fmt(workbook)`` may style cells."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    if fmt is not None:
        fmt(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def csv_text(rows: list[list], sep: str = ",") -> str:
    return "".join(sep.join(str(c) for c in r) + "\n" for r in rows)


def stop(*items: tuple) -> frozenset[tuple]:
    return frozenset(items)


LONG = [
    ["indicator", "date", "value", "basis"],
    ["tax_total", "2020-01", "100", "month"],
    ["tax_total", "2020-02", "120", "month"],
    ["fai", "2020-02", "1.5", "ytd"],
    ["fai", "2020-03", "2.5", "ytd"],
]
LONG_OK = dict(
    kept=("tax_total", "fai"), ytd={("tax_total", 2020, 2): 220.0, ("fai", 2020, 3): 2.5}
)

# ---------------------------------------------------------------- encodings and containers
for enc, data in (
    ("utf8", csv_text(LONG).encode("utf-8")),
    ("utf8_bom", b"\xef\xbb\xbf" + csv_text(LONG).encode("utf-8")),
    ("gb18030", csv_text(LONG).replace("tax_total", "两税").encode("gb18030")),
    ("utf16_bom", csv_text(LONG).encode("utf-16")),
    ("utf16le_nobom", csv_text(LONG).encode("utf-16-le")),
    ("utf16be_nobom", csv_text(LONG).encode("utf-16-be")),
    ("crlf", csv_text(LONG).replace("\n", "\r\n").encode()),
    ("tabs", csv_text(LONG, "\t").encode()),
    ("semicolons", csv_text(LONG, ";").encode()),
    ("no_final_newline", csv_text(LONG).rstrip("\n").encode()),
):
    case(id=f"long_{enc}", name="f.csv", data=data, **LONG_OK)
case(id="csv_text_named_xlsx", name="f.xlsx", data=csv_text(LONG).encode(), **LONG_OK)
case(id="long_xlsx", name="f.xlsx", data=xlsx(("Sheet1", LONG)), **LONG_OK)
case(id="long_xlsm_name", name="f.xlsm", data=xlsx(("Sheet1", LONG)), **LONG_OK)
case(id="xlsx_named_csv", name="f.csv", data=xlsx(("Sheet1", LONG)), **LONG_OK)
GB = "指标,日期,数值\n国税,2020-01,5\n".encode("gb18030")
case(id="empty_file", name="f.csv", data=b"", stops=stop((None, None, "empty")))
case(id="only_bom", name="f.csv", data=b"\xef\xbb\xbf", stops=stop((None, None, "empty")))
case(
    id="binary_garbage",
    name="f.csv",
    data=bytes(range(256)) * 4,
    stops=stop((None, None, "unreadable")),
)
case(
    id="zip_not_xlsx",
    name="f.xlsx",
    data=b"PK\x03\x04" + b"\x00" * 64,
    stops=stop((None, None, "unreadable")),
)
case(
    id="ole_not_xls",
    name="f.xls",
    data=b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
    stops=stop((None, None, "unreadable")),
)
case(
    id="truncated_xlsx",
    name="f.xlsx",
    data=xlsx(("Sheet1", LONG))[:300],
    stops=stop((None, None, "unreadable")),
)
case(
    id="header_only",
    name="f.csv",
    data=b"indicator,date,value,basis\n",
    stops=stop((None, None, "empty")),
)
case(id="blank_lines_only", name="f.csv", data=b"\n\n\n", stops=stop((None, None, "empty")))
case(
    id="too_large",
    name="f.csv",
    data=csv_text(LONG).encode(),
    options={"max_bytes": 50},
    stops=stop((None, None, "too_large")),
)
case(
    id="too_many_rows",
    name="f.csv",
    data=csv_text(LONG).encode(),
    options={"max_rows": 3},
    stops=stop((None, None, "too_many_rows")),
)
case(
    id="too_many_rows_xlsx",
    name="f.xlsx",
    data=xlsx(("S", LONG)),
    options={"max_rows": 3},
    stops=stop((None, None, "too_many_rows")),
)
case(
    id="missing_value_column",
    name="f.csv",
    data=b"indicator,date,basis\ntax_total,2020-01,month\n",
    stops=stop((1, None, "missing_column")),
)
case(
    id="no_header_numbers",
    name="f.csv",
    data=b"1,2,3\n4,5,6\n",
    stops=stop((None, None, "no_header")),
)
case(
    id="text_only_sheet",
    name="f.csv",
    data="说明\n请填写\n".encode(),
    stops=stop((None, None, "empty")),
)

# ---------------------------------------------------------------- long files: dates, rows, cells
for tag, date in (
    ("dash", "2020-02"),
    ("slash", "2020/2"),
    ("dot", "2020.02"),
    ("chinese", "2020年2月"),
    ("compact", "202002"),
    ("full_date", "2020-02-29"),
    ("fullwidth", "２０２０－０２"),
    ("slash_day", "2020/02/29"),
):
    rows = [["indicator", "date", "value", "basis"], ["tax_total", date, "300", "ytd"]]
    case(
        id=f"date_{tag}",
        name="f.csv",
        data=csv_text(rows).encode(),
        kept=("tax_total",),
        ytd={("tax_total", 2020, 2): 300.0},
    )
for tag, date in (
    ("month_13", "2020-13"),
    ("text", "二月"),
    ("empty_date", ""),
    ("month_0", "2020-00"),
):
    rows = [*LONG, ["tax_total", date, "5", "month"]]
    case(
        id=f"bad_date_{tag}",
        name="f.csv",
        data=csv_text(rows).encode(),
        kept=("fai",),
        dropped={"tax_total": frozenset({"bad_date"})},
    )
case(
    id="excel_float_date_refused",
    name="f.xlsx",
    data=xlsx(
        (
            "S",
            [
                ["indicator", "date", "value", "basis"],
                ["tax_total", 2020.1, 5, "ytd"],
                ["fai", "2020-01", 1, "ytd"],
            ],
        )
    ),
    kept=("fai",),
    dropped={"tax_total": frozenset({"bad_date"})},
)
case(
    id="blank_lines_counted",
    name="f.csv",
    data=b"indicator,date,value,basis\n\ntax_total,2020-01,5,month\n\n\nfai,2020-01,abc,ytd\n",
    kept=("tax_total",),
    dropped={"fai": frozenset({"bad_number"})},
)
case(
    id="quoted_line_break",
    name="f.csv",
    data=b'indicator,date,value,basis\n"tax_total",2020-01,"1,000",month\nfai,2020-01,x,ytd\n',
    kept=("tax_total",),
    dropped={"fai": frozenset({"bad_number"})},
    ytd={("tax_total", 2020, 1): 1000.0},
)
case(
    id="row_without_name",
    name="f.csv",
    data=b"indicator,date,value,basis\ntax_total,2020-01,5,month\n,2020-02,6,month\n",
    stops=stop((3, "indicator", "no_name")),
)
case(
    id="huge_number",
    name="f.csv",
    data=csv_text([*LONG, ["tax_total", "2020-03", "1e400", "month"]]).encode(),
    kept=("fai",),
    dropped={"tax_total": frozenset({"not_finite"})},
)
case(
    id="nan_text",
    name="f.csv",
    data=csv_text([*LONG, ["tax_total", "2020-03", "inf", "month"]]).encode(),
    kept=("fai",),
    dropped={"tax_total": frozenset({"bad_number"})},
)
case(
    id="negative_tax_month",
    name="f.csv",
    data=csv_text([*LONG, ["tax_total", "2020-03", "-5", "month"]]).encode(),
    kept=("fai",),
    dropped={"tax_total": frozenset({"negative"})},
)
case(
    id="negative_flow_month",
    name="f.csv",
    data=csv_text(
        [
            ["indicator", "date", "value", "basis"],
            ["flow", "2020-01", "10", "month"],
            ["flow", "2020-02", "-658", "month"],
        ]
    ).encode(),
    kept=("flow",),
    ytd={("flow", 2020, 2): -648.0},
)
case(
    id="negative_unknown_indicator",
    name="f.csv",
    data=csv_text(
        [
            ["indicator", "date", "value", "basis"],
            ["社融", "2020-01", "10", "month"],
            ["社融", "2020-02", "-20", "month"],
        ]
    ).encode(),
    kept=("社融",),
    warnings=frozenset({"new_indicator"}),
    ytd={("社融", 2020, 2): -10.0},
)
case(
    id="flow_ytd_falls_ok",
    name="f.csv",
    data=csv_text(
        [
            ["indicator", "date", "value", "basis"],
            ["flow", "2020-02", "10", "ytd"],
            ["flow", "2020-03", "4", "ytd"],
        ]
    ).encode(),
    kept=("flow",),
    ytd={("flow", 2020, 3): 4.0},
)
case(
    id="tax_ytd_falls",
    name="f.csv",
    data=csv_text(
        [*LONG, ["tax_total", "2020-03", "200", "ytd"], ["tax_total", "2020-04", "150", "ytd"]]
    ).encode(),
    kept=("fai",),
    dropped={"tax_total": frozenset({"ytd_falls"})},
)
case(
    id="duplicate_month",
    name="f.csv",
    data=csv_text([*LONG, ["tax_total", "2020-01", "100", "month"]]).encode(),
    kept=("fai",),
    dropped={"tax_total": frozenset({"duplicate"})},
)
case(
    id="month_clashes_with_ytd",
    name="f.csv",
    data=csv_text([*LONG, ["fai", "2020-03", "5", "month"]]).encode(),
    kept=("tax_total",),
    dropped={"fai": frozenset({"month_clash"})},
)
case(
    id="month_agrees_with_ytd",
    name="f.csv",
    data=csv_text([*LONG, ["fai", "2020-03", "1.0", "month"]]).encode(),
    **LONG_OK,
)
case(
    id="missing_month_this_year",
    name="f.csv",
    data=csv_text([*LONG, ["tax_total", "2020-04", "5", "month"]]).encode(),
    kept=("fai",),
    dropped={"tax_total": frozenset({"missing_month"})},
)
case(
    id="gap_in_past_year",
    name="f.csv",
    data=csv_text(
        [
            ["indicator", "date", "value", "basis"],
            *[["jobs", f"2019-{m:02d}", "10", "month"] for m in (1, 2, 3, 5, 6)],
            ["jobs", "2020-01", "12", "month"],
        ]
    ).encode(),
    kept=("jobs",),
    warnings=frozenset({"history_gap"}),
    ytd={("jobs", 2019, 3): 30.0, ("jobs", 2020, 1): 12.0},
)
case(
    id="future_month",
    name="f.csv",
    data=csv_text([*LONG, ["tax_total", "2099-01", "5", "month"]]).encode(),
    kept=("fai",),
    dropped={"tax_total": frozenset({"future"})},
)
case(
    id="bad_basis",
    name="f.csv",
    data=csv_text([*LONG, ["tax_total", "2020-03", "5", "weekly"]]).encode(),
    kept=("fai",),
    dropped={"tax_total": frozenset({"bad_basis"})},
)
case(
    id="unit_in_cell_converts",
    name="f.csv",
    data=csv_text(
        [["indicator", "date", "value", "basis"], ["fai", "2020-02", "15000万元", "ytd"]]
    ).encode(),
    kept=("fai",),
    ytd={("fai", 2020, 2): 1.5},
)
case(
    id="unit_column_converts",
    name="f.csv",
    data=csv_text(
        [
            ["indicator", "date", "value", "basis", "unit"],
            ["fai", "2020-02", "15000", "ytd", "万元"],
        ]
    ).encode(),
    kept=("fai",),
    ytd={("fai", 2020, 2): 1.5},
)
case(
    id="wrong_unit_family",
    name="f.csv",
    data=csv_text([*LONG, ["fai", "2020-04", "5人", "ytd"]]).encode(),
    kept=("tax_total",),
    dropped={"fai": frozenset({"bad_unit"})},
)
case(
    id="unknown_unit",
    name="f.csv",
    data=csv_text([*LONG, ["fai", "2020-04", "5斤", "ytd"]]).encode(),
    kept=("tax_total",),
    dropped={"fai": frozenset({"unknown_unit"})},
)
case(
    id="mixed_units_new_indicator",
    name="f.csv",
    data=csv_text(
        [
            ["indicator", "date", "value", "basis"],
            ["x", "2020-01", "5万元", "month"],
            ["x", "2020-02", "5人", "month"],
            ["fai", "2020-02", "1", "ytd"],
        ]
    ).encode(),
    kept=("fai",),
    dropped={"x": frozenset({"mixed_units"})},
)
case(
    id="alias_and_name_in_long",
    name="f.csv",
    data=csv_text(
        [
            ["indicator", "date", "value", "basis"],
            ["两税", "2020-02", "300", "ytd"],
            ["全社会固定资产投资", "2020-02", "1", "ytd"],
        ]
    ).encode(),
    kept=("tax_total", "fai"),
    ytd={("tax_total", 2020, 2): 300.0},
)
case(
    id="unknown_name_warns",
    name="f.csv",
    data=csv_text(
        [["indicator", "date", "value", "basis"], ["固定资产投资额", "2020-02", "1", "ytd"]]
    ).encode(),
    kept=("固定资产投资额",),
    warnings=frozenset({"new_indicator"}),
)
case(
    id="long_with_title_row",
    name="f.xlsx",
    data=xlsx(("S", [["2020年台账"], *LONG])),
    **LONG_OK,
)
case(
    id="long_percent_cells",
    name="f.xlsx",
    data=xlsx(
        (
            "S",
            [["indicator", "date", "value", "basis"], ["va_growth", "2020-02", 0.085, "ytd_yoy"]],
        ),
        fmt=lambda wb: setattr(wb["S"]["C2"], "number_format", "0.0%"),
    ),
    kept=("va_growth",),
    growth={("va_growth", 2020, 2): 8.5},
)
case(
    id="long_formula_without_value",
    name="f.xlsx",
    data=xlsx(("S", [*LONG, ["tax_total", "2020-03", "=C2+C3", "month"]])),
    kept=("fai",),
    dropped={"tax_total": frozenset({"formula_no_value"})},
)
for tag, mark in (("dash", "-"), ("emdash", "—"), ("slash", "/"), ("blank", "")):
    case(
        id=f"long_missing_mark_{tag}",
        name="f.csv",
        data=csv_text([*LONG, ["fai", "2020-04", mark, "ytd"]]).encode(),
        kept=("tax_total",),
        dropped={"fai": frozenset({"bad_number"})},
    )

# ---------------------------------------------------------------- wide sheets
HEAD = ["指标", "单位", "1-2月", "1-3月", "1-4月", "1-5月"]
TAX = ["国地两税收入", "万元", 2000, 3000, 4000, 5010]
FAI = ["全社会固定资产投资", "亿元", 1.0, 1.5, 2.2, 3.0]
WIDE_OK = dict(
    kept=("tax_total", "fai"), ytd={("tax_total", 2020, 5): 5010.0, ("fai", 2020, 2): 1.0}
)

case(
    id="wide_year_in_sheet_name",
    name="f.xlsx",
    data=xlsx(("2020年累计", [HEAD, TAX, FAI])),
    **WIDE_OK,
)
case(
    id="wide_year_in_title_row",
    name="f.xlsx",
    data=xlsx(("Sheet1", [["2020年1-5月主要指标完成情况"], HEAD, TAX, FAI])),
    **WIDE_OK,
)
case(
    id="wide_two_title_rows",
    name="f.xlsx",
    data=xlsx(
        ("Sheet1", [["2020年主要指标"], ["单位：万元、亿元", None, "填报：经发办"], HEAD, TAX, FAI])
    ),
    **WIDE_OK,
)
case(
    id="wide_year_in_first_header",
    name="f.csv",
    data=csv_text([["指标", "单位", "2020年1-2月", "1-3月", "1-4月", "1-5月"], TAX, FAI]).encode(),
    **WIDE_OK,
)
case(
    id="wide_year_option",
    name="f.csv",
    data=csv_text([HEAD, TAX, FAI]).encode(),
    options={"year": 2020},
    **WIDE_OK,
)
case(
    id="wide_no_year",
    name="f.csv",
    data=csv_text([HEAD, TAX, FAI]).encode(),
    stops=stop((1, "1-2月", "bad_year")),
)
case(
    id="wide_two_years_side_by_side",
    name="f.xlsx",
    data=xlsx(
        (
            "台账",
            [
                ["指标", "2019年1-2月", "2019年1-5月", "2020年1-2月", "2020年1-5月"],
                ["国地两税收入", 1800, 4500, 2000, 5010],
            ],
        )
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2019, 5): 4500.0, ("tax_total", 2020, 5): 5010.0},
)
case(
    id="wide_year_row_above_headers",
    name="f.xlsx",
    data=xlsx(
        (
            "台账",
            [
                [None, "2019年", None, "2020年", None],
                ["指标", "1-2月", "1-5月", "1-2月", "1-5月"],
                ["国地两税收入", 1800, 4500, 2000, 5010],
            ],
        )
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2019, 5): 4500.0, ("tax_total", 2020, 2): 2000.0},
)
case(
    id="wide_one_sheet_per_year",
    name="f.xlsx",
    data=xlsx(
        ("2019", [["指标", "1-2月", "1-12月"], ["国地两税收入", 1800, 11000]]),
        ("2020", [["指标", "1-2月", "1-5月"], ["国地两税收入", 2000, 5010]]),
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2019, 12): 11000.0, ("tax_total", 2020, 5): 5010.0},
)
case(
    id="wide_instructions_sheet_first",
    name="f.xlsx",
    data=xlsx(("填表说明", [["请按月填写累计数"], ["单位：万元"]]), ("2020年", [HEAD, TAX, FAI])),
    warnings=frozenset({"sheet_skipped"}),
    **WIDE_OK,
)
case(
    id="wide_empty_sheet_between",
    name="f.xlsx",
    data=xlsx(("2020年", [HEAD, TAX, FAI]), ("Sheet2", [])),
    warnings=frozenset({"sheet_skipped"}),
    **WIDE_OK,
)
case(
    id="wide_unit_in_header",
    name="f.xlsx",
    data=xlsx(
        ("2020年", [["指标", "1-2月(万元)", "1-5月(万元)"], ["全社会固定资产投资", 10000, 30000]])
    ),
    kept=("fai",),
    ytd={("fai", 2020, 5): 3.0},
)
case(
    id="wide_unit_in_fullwidth_parens",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [["指标", "1-2月（万元）", "1-5月（万元）"], ["全社会固定资产投资", 10000, 30000]],
        )
    ),
    kept=("fai",),
    ytd={("fai", 2020, 5): 3.0},
)
case(
    id="wide_unit_in_title",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [["单位：万元"], ["指标", "1-2月", "1-5月"], ["全社会固定资产投资", 10000, 30000]],
        )
    ),
    kept=("fai",),
    ytd={("fai", 2020, 5): 3.0},
)
case(
    id="wide_unit_in_name",
    name="f.xlsx",
    data=xlsx(
        ("2020年", [["指标", "1-2月", "1-5月"], ["全社会固定资产投资（万元）", 10000, 30000]])
    ),
    kept=("fai",),
    ytd={("fai", 2020, 5): 3.0},
)
case(
    id="wide_unit_column_converts",
    name="f.xlsx",
    data=xlsx(("2020年", [["指标", "计量单位", "1-2月", "1-5月"], ["固投", "万元", 10000, 30000]])),
    kept=("fai",),
    ytd={("fai", 2020, 5): 3.0},
)
case(
    id="wide_wrong_unit_drops_row",
    name="f.xlsx",
    data=xlsx(("2020年", [HEAD, TAX, ["全社会固定资产投资", "人", 1, 2, 3, 4]])),
    kept=("tax_total",),
    dropped={"fai": frozenset({"bad_unit"})},
)
case(
    id="wide_notes_and_serial_columns",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [
                ["序号", "指标", "1-2月", "1-5月", "备注", "责任单位"],
                [1, "国地两税收入", 2000, 5010, "含退税", "财政所"],
            ],
        )
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 5): 5010.0},
)
for tag, mark in (
    ("dash", "-"),
    ("emdash", "—"),
    ("double_emdash", "——"),
    ("slash", "/"),
    ("blank", None),
    ("fullwidth_dash", "－"),
):
    case(
        id=f"wide_missing_{tag}",
        name="f.xlsx",
        data=xlsx(("2020年", [HEAD, ["国地两税收入", "万元", 2000, mark, 4000, 5010]])),
        kept=("tax_total",),
        ytd={("tax_total", 2020, 4): 4000.0, ("tax_total", 2020, 5): 5010.0},
    )
case(
    id="wide_fullwidth_digits",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [HEAD, ["国地两税收入", "万元", "２０００", "３，０００", "４０００．５", "5,010"]],
        )
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 3): 3000.0, ("tax_total", 2020, 4): 4000.5},
)
case(
    id="wide_percent_cells",
    name="f.xlsx",
    data=xlsx(
        ("2020年", [["指标", "单位", "1-2月", "1-5月"], ["规上工业增加值增速", "%", 0.085, 0.133]]),
        fmt=lambda wb: [setattr(c, "number_format", "0.0%") for c in wb["2020年"][2][2:]],
    ),
    kept=("va_growth",),
    growth={("va_growth", 2020, 2): 8.5, ("va_growth", 2020, 5): 13.3},
)
case(
    id="wide_percent_typed_as_number",
    name="f.xlsx",
    data=xlsx(
        ("2020年", [["指标", "单位", "1-2月", "1-5月"], ["规上工业增加值增速", "%", 8.5, 13.3]])
    ),
    kept=("va_growth",),
    growth={("va_growth", 2020, 5): 13.3},
)
case(
    id="wide_percent_cell_on_a_level",
    name="f.xlsx",
    data=xlsx(
        ("2020年", [HEAD, TAX, FAI]),
        fmt=lambda wb: setattr(wb["2020年"]["C3"], "number_format", "0%"),
    ),
    kept=("tax_total",),
    dropped={"fai": frozenset({"bad_unit"})},
)
case(
    id="wide_growth_column",
    name="f.xlsx",
    data=xlsx(("2020年", [["指标", "1-5月", "1-5月增速"], ["国地两税收入", 5010, 8.2]])),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 5): 5010.0},
    growth={("tax_total", 2020, 5): 8.2},
)
case(
    id="wide_formula_with_cached_value",
    name="f.xlsx",
    data=xlsx(("2020年", [HEAD, TAX, FAI])),  # openpyxl writes no formulas here: values stand
    **WIDE_OK,
)
case(
    id="wide_formula_without_value",
    name="f.xlsx",
    data=xlsx(("2020年", [HEAD, TAX, ["全社会固定资产投资", "亿元", 1.0, 1.5, "=C3+D3", 3.0]])),
    kept=("tax_total",),
    dropped={"fai": frozenset({"formula_no_value"})},
)
case(
    id="wide_total_row_checked_and_dropped",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [
                ["指标", "单位", "1-2月", "1-5月"],
                ["国税", "万元", 1100, 2441],
                ["地税", "万元", 900, 2569],
                ["合计", "万元", 2000, 5010],
            ],
        )
    ),
    kept=("tax_national", "tax_local"),
    ytd={("tax_national", 2020, 5): 2441.0},
)
case(
    id="wide_total_row_mismatch_warns",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [
                ["指标", "单位", "1-2月", "1-5月"],
                ["国税", "万元", 1100, 2441],
                ["地税", "万元", 900, 2569],
                ["小计", "万元", 2000, 5000],
            ],
        )
    ),
    kept=("tax_national", "tax_local"),
    warnings=frozenset({"subtotal_mismatch"}),
)
case(
    id="wide_children_qizhong",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [
                ["指标", "单位", "1-2月", "1-5月"],
                ["两税", "万元", 2000, 5010],
                ["其中：国税", "万元", 1100, 2441],
                ["地税", "万元", 900, 2569],
            ],
        )
    ),
    kept=("tax_total", "tax_national", "tax_local"),
    ytd={
        ("tax_total", 2020, 5): 5010.0,
        ("tax_national", 2020, 5): 2441.0,
        ("tax_local", 2020, 5): 2569.0,
    },
)
case(
    id="wide_children_indented",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [
                ["指标", "单位", "1-2月", "1-5月"],
                ["国地两税", "万元", 2000, 5010],
                ["　　国税", "万元", 1100, 2441],
                ["　　地税", "万元", 900, 2569],
            ],
        )
    ),
    kept=("tax_total", "tax_national", "tax_local"),
    ytd={("tax_total", 2020, 5): 5010.0, ("tax_local", 2020, 5): 2569.0},
)
case(
    id="wide_enumerated_names",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [["项目", "1-2月", "1-5月"], ["一、国地两税收入", 2000, 5010], ["（1）固投", 1, 3]],
        )
    ),
    kept=("tax_total", "fai"),
    ytd={("fai", 2020, 5): 3.0},
)
case(
    id="wide_notes_row_below",
    name="f.xlsx",
    data=xlsx(("2020年", [HEAD, TAX, FAI, ["注：数据为快报数"], ["填表人：张三"]])),
    **WIDE_OK,
)
case(
    id="wide_monthly_basis_in_sheet",
    name="f.xlsx",
    data=xlsx(("2020年当月", [["指标", "1月", "2月", "3月"], ["新增就业", 10, 20, 30]])),
    kept=("jobs",),
    ytd={("jobs", 2020, 3): 60.0},
)
case(
    id="wide_monthly_basis_in_header",
    name="f.xlsx",
    data=xlsx(("2020年", [["指标", "1月当月", "2月当月"], ["新增就业", 10, 20]])),
    kept=("jobs",),
    ytd={("jobs", 2020, 2): 30.0},
)
case(
    id="wide_monthly_basis_option",
    name="f.csv",
    data=csv_text([["指标", "1月", "2月"], ["新增就业", 10, 20]]).encode(),
    options={"year": 2020, "basis": "month"},
    kept=("jobs",),
    ytd={("jobs", 2020, 2): 30.0},
)
case(
    id="wide_monthly_no_basis",
    name="f.csv",
    data=csv_text([["指标", "1月", "2月"], ["新增就业", 10, 20]]).encode(),
    options={"year": 2020},
    stops=stop((1, "1月", "no_basis")),
)
case(
    id="wide_quarter_header_refused",
    name="f.xlsx",
    data=xlsx(("2020年", [["指标", "1-3月", "4-6月"], ["国地两税收入", 3000, 3000]])),
    stops=stop((1, "4-6月", "bad_header")),
)
case(
    id="wide_month_13_refused",
    name="f.xlsx",
    data=xlsx(("2020年", [["指标", "1-2月", "1-13月"], ["国地两税收入", 3000, 3000]])),
    stops=stop((1, "1-13月", "bad_header")),
)
case(
    id="wide_text_in_cell",
    name="f.xlsx",
    data=xlsx(("2020年", [HEAD, TAX, ["全社会固定资产投资", "亿元", 1.0, "约1.5", 2.2, 3.0]])),
    kept=("tax_total",),
    dropped={"fai": frozenset({"bad_number"})},
)
case(
    id="wide_figures_without_name",
    name="f.xlsx",
    data=xlsx(("2020年", [HEAD, TAX, [None, "亿元", 1.0, 1.5, 2.2, 3.0]])),
    stops=stop((3, "indicator", "no_name")),
)
case(
    id="wide_unknown_name_is_new",
    name="f.xlsx",
    data=xlsx(("2020年", [HEAD, TAX, ["招商引资到位资金", "亿元", 1.0, 1.5, 2.2, 3.0]])),
    kept=("tax_total", "招商引资到位资金"),
    warnings=frozenset({"new_indicator"}),
    ytd={("招商引资到位资金", 2020, 5): 3.0},
)
case(
    id="wide_same_indicator_twice",
    name="f.xlsx",
    data=xlsx(("2020年", [HEAD, TAX, FAI, ["两税", "万元", 1, 2, 3, 4]])),
    kept=("fai",),
    dropped={"tax_total": frozenset({"duplicate"})},
)
case(
    id="wide_ytd_falls",
    name="f.xlsx",
    data=xlsx(("2020年", [HEAD, ["国地两税收入", "万元", 2000, 3000, 2500, 5010], FAI])),
    kept=("fai",),
    dropped={"tax_total": frozenset({"ytd_falls"})},
)
case(
    id="wide_negative_investment",
    name="f.xlsx",
    data=xlsx(("2020年", [HEAD, TAX, ["全社会固定资产投资", "亿元", -1.0, 1.5, 2.2, 3.0]])),
    kept=("tax_total",),
    dropped={"fai": frozenset({"negative"})},
)
case(
    id="wide_csv_gb18030_title",
    name="台账.csv",
    data=csv_text([["2020年1-5月经济指标"], HEAD, TAX, FAI]).encode("gb18030"),
    **WIDE_OK,
)
case(
    id="wide_csv_utf16",
    name="台账.csv",
    data=csv_text([["2020年"], HEAD, TAX, FAI], "\t").encode("utf-16"),
    **WIDE_OK,
)
case(
    id="wide_header_row_with_spaces",
    name="f.xlsx",
    data=xlsx(
        ("2020年", [["指 标", "单 位", "1 - 2 月", "1-5 月"], ["国地两税收入", "万元", 2000, 5010]])
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 5): 5010.0},
)
case(
    id="wide_month_cells_as_numbers_header",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [["指标", "2020年1-2月", "2020年1-5月"], ["国地两税收入", "5010万元", "0.6亿元"]],
        )
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 2): 5010.0, ("tax_total", 2020, 5): 6000.0},
)
case(
    id="wide_future_month",
    name="f.xlsx",
    data=xlsx(
        ("2099年", [["指标", "1-2月"], ["国地两税收入", 5010]]),
        ("2020年", [["指标", "1-2月"], ["全社会固定资产投资", 1]]),
    ),
    kept=("fai",),
    dropped={"tax_total": frozenset({"future"})},
)


# ---------------------------------------------------------------- added with the memory work,
# the last plausibility warnings, .xls percent cells, Excel indents and a district's sheets


def xls(rows: list[list], percent: frozenset = frozenset(), name: str = "2020年") -> bytes:
    """An old .xls of one sheet (xlwt); cells at ``percent`` (row, column) formatted 0.0%."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet(name)
    pct = xlwt.easyxf(num_format_str="0.0%")
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is not None:
                sheet.write(r, c, cell, pct) if (r, c) in percent else sheet.write(r, c, cell)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def _growth_rows(year: int, values: list[float]) -> list[list]:
    return [["va_growth", f"{year}-{m:02d}", str(v), "ytd_yoy"] for m, v in enumerate(values, 2)]


case(
    id="long_share_written_as_fraction",
    name="f.csv",
    data=csv_text(
        [
            ["indicator", "date", "value", "basis"],
            *_growth_rows(2018, [12.1, 11.8, 12.5]),
            *_growth_rows(2019, [13.3, 12.9, 13.1]),
            *_growth_rows(2020, [0.133, 0.125, 0.128]),
        ]
    ).encode(),
    kept=("va_growth",),
    warnings=frozenset({"implausible_share"}),
    growth={("va_growth", 2020, 2): 0.133, ("va_growth", 2019, 2): 13.3},
)

_SEASON = [1.4, 0.6, 1.0, 1.0, 1.1, 1.2, 0.9, 0.9, 1.0, 1.1, 1.0, 1.3]
_MONTHS = [
    ["tax_national", f"{y}-{m:02d}", f"{100 * _SEASON[m - 1] * 1.05 ** (y - 2016):.2f}", "month"]
    for y in range(2016, 2021)
    for m in range(1, 13 if y < 2020 else 6)
]
_SLIPPED = [list(r) for r in _MONTHS]
_SLIPPED[42][2] = f"{float(_SLIPPED[42][2]) * 10:.2f}"  # 2019-07 typed ten times over
case(
    id="long_month_ten_times_its_pattern",
    name="f.csv",
    data=csv_text([["indicator", "date", "value", "basis"], *_SLIPPED]).encode(),
    kept=("tax_national",),
    warnings=frozenset({"implausible_month"}),
    ytd={("tax_national", 2019, 7): sum(float(r[2]) for r in _SLIPPED[36:43])},
)
case(
    id="long_month_pattern_with_spring_festival_shift",
    name="f.csv",
    data=csv_text(
        [
            ["indicator", "date", "value", "basis"],
            *[
                [r[0], r[1], {"2018-01": "40", "2018-02": "200"}.get(r[1], r[2]), r[3]]
                for r in _MONTHS
            ],
        ]
    ).encode(),
    kept=("tax_national",),
    ytd={("tax_national", 2018, 2): 240.0},
)

_XLS_GROWTH = [
    ["指标", "1-3月", "1-4月", "1-3月增速", "1-4月增速"],
    ["两税", 300, 410, 0.133, 0.121],
    ["规上工业增加值增速", None, None, 0.085, -0.012],
]
case(
    id="xls_percent_cells_read_as_percent",
    name="f.xls",
    data=xls(_XLS_GROWTH, frozenset({(1, 3), (1, 4), (2, 3), (2, 4)})),
    kept=("tax_total", "va_growth"),
    warnings=frozenset({"percent_assumed"}),
    ytd={("tax_total", 2020, 4): 410.0},
    growth={("tax_total", 2020, 3): 13.3, ("va_growth", 2020, 4): -1.2},
)
case(
    id="xls_growth_already_in_percent",
    name="f.xls",
    data=xls([_XLS_GROWTH[0], ["两税", 300, 410, 13.3, 0.5]]),
    kept=("tax_total",),
    growth={("tax_total", 2020, 3): 13.3, ("tax_total", 2020, 4): 0.5},
)
case(
    id="xls_long_table",
    name="f.xls",
    data=xls(LONG, name="data"),
    kept=("tax_total", "fai"),
    ytd={("tax_total", 2020, 2): 220.0, ("fai", 2020, 3): 2.5},
)


def _indent(wb) -> None:
    from openpyxl.styles import Alignment

    for cell in ("A3", "A4"):
        wb["2020年"][cell].alignment = Alignment(indent=1)


case(
    id="xlsx_children_by_alignment_indent",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [
                ["指标", "1-2月", "1-3月"],
                ["国地两税收入", 300, 450],
                ["国税", 120, 180],
                ["地税", 180, 270],
            ],
        ),
        fmt=_indent,
    ),
    kept=("tax_total", "tax_national", "tax_local"),
    ytd={("tax_total", 2020, 3): 450.0, ("tax_local", 2020, 3): 270.0},
)
case(
    id="xlsx_plain_long_with_title_by_calamine",
    name="f.xlsx",
    data=xlsx(("data", [["2020年各指标"], [], *LONG])),
    kept=("tax_total", "fai"),
    ytd={("tax_total", 2020, 2): 220.0, ("fai", 2020, 3): 2.5},
)
case(
    id="xlsx_plain_long_bad_cell_row_number",
    name="f.xlsx",
    data=xlsx(
        (
            "data",
            [["2020年各指标"], [], *LONG[:2], ["tax_total", "2020-02", "x", "month"], *LONG[3:]],
        )
    ),
    kept=("fai",),
    dropped={"tax_total": frozenset({"bad_number"})},
)


def _long_percent(wb) -> None:
    wb["data"]["C2"].number_format = "0.0%"


case(
    id="xlsx_long_percent_value_cell",
    name="f.xlsx",
    data=xlsx(
        (
            "data",
            [["indicator", "date", "value", "basis"], ["va_growth", "2020-03", 0.085, "ytd_yoy"]],
        ),
        fmt=_long_percent,
    ),
    kept=("va_growth",),
    growth={("va_growth", 2020, 3): 8.5},
)
case(
    id="long_csv_old_mac_line_ends",
    name="f.csv",
    data="\r".join(",".join(r) for r in [*LONG[:2], [], *LONG[2:]]).encode(),
    kept=("tax_total", "fai"),
    ytd={("tax_total", 2020, 2): 220.0},
)
case(
    id="long_csv_quoted_line_break_keeps_numbering",
    name="f.csv",
    data=(
        b"indicator,date,value,basis,note\n"
        b'tax_total,2020-01,100,month,"two\nlines"\n'
        b"tax_total,2020-02,120,month,\n"
        b"fai,2020-02,1.5,ytd,\n"
        b"fai,2020-13,2.5,ytd,\n"
    ),
    kept=("tax_total",),
    dropped={"fai": frozenset({"bad_date"})},
)
case(
    id="long_csv_million_style_plain_numbers",
    name="f.csv",
    data=csv_text(
        [["indicator", "date", "value", "basis"]]
        + [["tax_total", f"2020-{m:02d}", f"{m * 1.25:.2f}", "month"] for m in range(1, 6)]
        + [["fai", f"2020-{m:02d}", f"{m}.0", "ytd"] for m in range(1, 6)]
    ).encode(),
    kept=("tax_total", "fai"),
    ytd={("tax_total", 2020, 5): 18.75, ("fai", 2020, 5): 5.0},
)

# a district's sheets: towns found, each validated on its own
_TOWN_HEAD = ["单位名称", "指标", "单位", "1-2月", "1-3月"]
case(
    id="towns_in_a_column_blocks",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [
                _TOWN_HEAD,
                ["沿滩镇", "两税", "万元", 200, 300],
                [None, "其中：国税", "万元", 80, 120],
                ["仙市镇", "两税", "亿元", 0.02, 0.03],
                ["合计", "两税", "万元", 400, 600],
            ],
        )
    ),
    towns=("沿滩镇", "仙市镇"),
)
case(
    id="towns_in_a_column_one_bad_cell",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [
                _TOWN_HEAD,
                ["沿滩镇", "两税", "万元", 200, 300],
                ["沿滩镇", "固投", "亿元", 1, "一点五"],
                ["仙市镇", "两税", "万元", 150, 250],
            ],
        )
    ),
    towns=("沿滩镇", "仙市镇"),
    town_problems=frozenset({("沿滩镇", "fai", "bad_number")}),
)
case(
    id="towns_one_sheet_each",
    name="f.xlsx",
    data=xlsx(
        *[
            (
                town,
                [
                    ["指标", "单位", "2020年1-2月", "2020年1-3月"],
                    ["两税", "万元", v, 2 * v],
                    ["固投", "亿元", 1, 2],
                ],
            )
            for town, v in (("沿滩镇", 100), ("仙市镇", 120), ("邓关镇", 90))
        ]
    ),
    towns=("沿滩镇", "仙市镇", "邓关镇"),
)
case(
    id="towns_one_sheet_each_a_town_without_figures",
    name="f.xlsx",
    data=xlsx(
        ("沿滩镇", [["指标", "2020年1-2月", "2020年1-3月"], ["两税", 100, 200], ["固投", 1, 2]]),
        (
            "仙市镇",
            [["指标", "2020年1-2月", "2020年1-3月"], ["两税", "—", "—"], ["固投", "—", "—"]],
        ),
    ),
    towns=("沿滩镇", "仙市镇"),
    town_problems=frozenset({("仙市镇", None, "entity_no_data")}),
)
case(
    id="sheets_named_by_basis_stay_one_town",
    name="f.xlsx",
    data=xlsx(
        ("累计", [["指标", "2020年1-2月", "2020年1-3月"], ["两税", 200, 300]]),
        ("当月", [["指标", "2020年3月"], ["固投", 1.0]]),
    ),
    # 固投's March alone gives no year to date: dropped, named (it was kept, then left out of
    # the projection without a word)
    kept=("tax_total",),
    dropped={"fai": frozenset({"missing_month"})},
    ytd={("tax_total", 2020, 3): 300.0},
)
# a quarter that does not start in January (二季度 in a 累计 sheet: 4-6月) cannot be placed:
# refused naming its header, never ignored
case(
    id="second_quarter_header",
    name="f.xlsx",
    data=xlsx(("2020年累计", [["指标", "1-5月", "二季度"], ["两税", 5010, 3000]])),
    stops=stop((1, "二季度", "bad_header")),
)
# a header naming a period the reader cannot place (累计完成额度, no month beside it or in a
# title): refused naming the header, not skipped as a note would be
case(
    id="unplaced_ytd_header",
    name="f.xlsx",
    data=xlsx(("2020年", [["指标", "1-5月", "上年累计完成额度"], ["两税", 5010, 4500]])),
    stops=stop((1, "上年累计完成额度", "bad_header")),
)
# a cover sheet before the figures (a title and a date, no figure): skipped and said so
case(
    id="cover_sheet_with_a_date",
    name="f.xlsx",
    data=xlsx(
        ("封面", [["某镇统计月报"], ["2020年5月"]]),
        ("2020年", [["指标", "1-5月"], ["两税", 5010]]),
    ),
    kept=("tax_total",),
    warnings=frozenset({"sheet_skipped"}),
    ytd={("tax_total", 2020, 5): 5010.0},
)
# a 当月 sheet starting in April: this year's months before it are missing, the year to date
# is not known; dropped naming its row (it was kept, then left out of the projection silently)
case(
    id="this_year_months_from_april",
    name="f.xlsx",
    data=xlsx(
        ("2020年当月", [["指标", "4月", "5月"], ["两税", 1000, 1010]]),
        ("2020年累计", [["指标", "1-5月"], ["固投", 5.1]]),
    ),
    kept=("fai",),
    dropped={"tax_total": frozenset({"missing_month"})},
)
# 5,1 is a decimal comma or a slip, not 51 (the comma was dropped as a thousands separator):
# that indicator dropped naming its cell; 5,010 still reads
case(
    id="decimal_comma_not_thousands",
    name="f.xlsx",
    data=xlsx(("2020年", [["指标", "1-5月"], ["两税", "5,010"], ["固投", "5,1"]])),
    kept=("tax_total",),
    dropped={"fai": frozenset({"bad_number"})},
    ytd={("tax_total", 2020, 5): 5010.0},
)
# a title alone in its row that reads like a month (2020年5月) is no header: the 当月 | 累计
# header under it takes its month (it was refused with no_basis and missing_column)
case(
    id="title_alone_like_a_month",
    name="f.xlsx",
    data=xlsx(("Sheet1", [["2020年5月"], ["指标", "当月", "累计"], ["两税", 1010, 5010]])),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 5): 5010.0},
)
# a sheet's name and its title naming different years or months to date (a copied sheet not
# renamed, a title not updated): refused naming the title row (the name's year or month was
# taken without a word)
case(
    id="sheet_year_against_title",
    name="f.xlsx",
    data=xlsx(("2019年", [["2020年1-5月主要指标"], ["指标", "1-5月"], ["两税", 5010]])),
    stops=stop((1, None, "period_conflict")),
)
case(
    id="sheet_month_against_title",
    name="f.xlsx",
    data=xlsx(
        ("1-4月", [["2020年1-5月主要指标"], ["指标", "本年累计", "同比%"], ["两税", 5010, 11.3]])
    ),
    stops=stop((1, None, "period_conflict")),
)
# a second table under a sheet named by year is dated by its own title (2019年同期), not the
# sheet's name (its figures were dated 2020)
case(
    id="second_table_own_year_under_year_sheet",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [
                ["指标", "1-5月"],
                ["固投", 5.1],
                [],
                ["2019年同期"],
                ["指标", "1-5月"],
                ["两税", 4500],
            ],
        )
    ),
    kept=("tax_total", "fai"),
    ytd={("tax_total", 2019, 5): 4500.0, ("fai", 2020, 5): 5.1},
)
# a template's months not yet reported, typed 0 through 12月: read as not reported and warned
# (a 当月 row's zeros made its year to date the whole year's, 5,010 for 2020 at exit 0; a 累计
# row's made the year to date fall)
_M12 = [f"{m}月" for m in range(1, 13)]
case(
    id="template_zeros_to_december_month",
    name="f.xlsx",
    data=xlsx(("2020年当月", [["指标", *_M12], ["两税", 1000, 1000, 1000, 1000, 1010, *[0] * 7]])),
    kept=("tax_total",),
    warnings=frozenset({"zeros_unreported"}),
    ytd={("tax_total", 2020, 5): 5010.0},
)
case(
    id="template_zeros_to_december_ytd",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年累计",
            [
                ["指标", *[f"1-{m}月" for m in range(2, 13)]],
                ["两税", 2000, 3000, 4000, 5010, *[0] * 7],
            ],
        )
    ),
    kept=("tax_total",),
    warnings=frozenset({"zeros_unreported"}),
    ytd={("tax_total", 2020, 5): 5010.0},
)
# a 0 that stops before 12月 is a figure
case(
    id="zero_month_before_december_is_a_figure",
    name="f.xlsx",
    data=xlsx(("2020年当月", [["指标", "1月", "2月", "3月"], ["新增就业", 10, 20, 0]])),
    kept=("jobs",),
    ytd={("jobs", 2020, 3): 30.0},
)
# a column of 当月 | 累计 | 增长% words left of the months, the name written once (merged) over
# its rows: each row read with its basis (was refused with no_basis, or the second row's
# figures taken as duplicates of the first's)
case(
    id="basis_column_name_merged",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [
                ["指标", "类别", "1月", "2月", "3月"],
                ["两税", "当月", 1000, 1000, 1000],
                [None, "累计", 1000, 2000, 3000],
                ["固投", "累计", 1.0, 2.0, 3.0],
            ],
        ),
        fmt=lambda wb: wb.worksheets[0].merge_cells("A2:A3"),
    ),
    kept=("tax_total", "fai"),
    ytd={("tax_total", 2020, 3): 3000.0, ("fai", 2020, 2): 2.0},
)
case(
    id="basis_column_growth_rows",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [
                ["指标", "口径", "1-4月", "1-5月"],
                ["两税", "累计", 4000, 5010],
                ["两税", "增长%", 10.0, 11.3],
            ],
        )
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 5): 5010.0},
    growth={("tax_total", 2020, 5): 11.3},
)
# a change that is no year-on-year growth in % is not read as growth: against last month
# (环比, 比上月), an amount (增减额, 比上年增减（万元）) or points (个百分点) (each was read as the
# year's growth in %, 0.3 for 0.3%)
for _i, _head in enumerate(
    ("环比增长%", "比上月增长%", "增减额", "比上年增减（万元）", "同比增减（个百分点）")
):
    case(
        id=f"change_not_yoy_{_i}",
        name="f.xlsx",
        data=xlsx(("2020年", [["指标", "1-5月", _head, "同比增长%"], ["两税", 5010, 0.3, 11.3]])),
        kept=("tax_total",),
        ytd={("tax_total", 2020, 5): 5010.0},
        growth={("tax_total", 2020, 5): 11.3},
    )


# month headers typed 2020年1月 that Excel made dates (a date cell shown 2020年1月): read as
# those months (the sheet was refused with no_header)
def _date_headers(wb):
    for cell in wb.worksheets[0][1][1:]:
        cell.number_format = 'yyyy"年"m"月"'


case(
    id="month_headers_as_excel_dates",
    name="f.xlsx",
    data=xlsx(
        (
            "当月",
            [
                ["指标", *(datetime.datetime(2020, m, 1) for m in (1, 2, 3))],
                ["两税", 1000, 1000, 1000],
            ],
        ),
        fmt=_date_headers,
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 3): 3000.0},
)


# ---- probes after the planners' sheets p89-p118 (each a silent misreading or a wrong refusal
# before its fix)
# a hidden sheet (an old version, 旧2020年) beside the live one: not read, and said so (its
# figures disagreed with the live sheet's and dropped 两税 as a duplicate without a word on why)
def _hide_sheet(name: str):
    def fmt(wb):
        wb[name].sheet_state = "hidden"

    return fmt


case(
    id="hidden_old_sheet_not_read",
    name="f.xlsx",
    data=xlsx(
        ("2020年", [["指标", "1-4月", "1-5月"], ["两税", 4000, 5010], ["固投", 4.0, 5.1]]),
        ("旧2020年", [["指标", "1-4月", "1-5月"], ["两税", 3900, 4800], ["固投", 4.0, 5.0]]),
        fmt=_hide_sheet("旧2020年"),
    ),
    kept=("tax_total", "fai"),
    warnings=frozenset({"sheet_hidden"}),
    ytd={("tax_total", 2020, 5): 5010.0, ("fai", 2020, 5): 5.1},
)
# a 增长点 column (growth points: new firms, a count or a note) is no growth in % (3 was read as
# a growth of 3%; a note in it dropped 两税 as a bad number)
case(
    id="growth_point_column_not_growth",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [["指标", "1-5月", "新增长点", "主要增长点"], ["两税", 5010, 3, "新入库企业"]],
        )
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 5): 5010.0},
)
# a row of units under the header (| 亿元 | 亿元): each column's unit (the sheet was refused with
# no_name for the units' row)
case(
    id="unit_row_under_header",
    name="f.xlsx",
    data=xlsx(
        ("2020年", [["指标", "1-4月", "1-5月"], [None, "亿元", "亿元"], ["两税", 0.4, 0.501]])
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 4): 4000.0, ("tax_total", 2020, 5): 5010.0},
)
# 5月底 of a flow is the year to date (was refused no_basis); 20年1-5月 | 19年1-5月 headers are
# 2020 and 2019 (the sheet had no header)
case(
    id="month_end_di_headers",
    name="f.xlsx",
    data=xlsx(("2020年", [["指标", "4月底", "5月底"], ["两税", 4000, 5010]])),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 4): 4000.0, ("tax_total", 2020, 5): 5010.0},
)
case(
    id="two_digit_year_headers",
    name="f.xlsx",
    data=xlsx(("Sheet1", [["指标", "20年1-5月", "19年1-5月"], ["两税", 5010, 4500]])),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 5): 5010.0, ("tax_total", 2019, 5): 4500.0},
)
# 本期 under a title naming one month (2020年5月): the month's own or the year to date cannot be
# told, refused naming the header (never guessed)
case(
    id="benqi_single_month_title_refused",
    name="f.xlsx",
    data=xlsx(("Sheet1", [["2020年5月主要指标"], ["指标", "本期", "同期"], ["两税", 1010, 900]])),
    stops=stop((2, "本期", "bad_header")),
)


def _xls_with_hidden_sheet() -> bytes:
    import xlwt

    book = xlwt.Workbook()
    for name, rows, hidden in (
        ("2020年", [["指标", "1-4月", "1-5月"], ["两税", 4000, 5010]], False),
        ("旧2020年", [["指标", "1-4月", "1-5月"], ["两税", 3900, 4800]], True),
    ):
        sheet = book.add_sheet(name)
        sheet.visibility = int(hidden)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                sheet.write(r, c, cell)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


case(
    id="hidden_old_sheet_not_read_xls",
    name="f.xls",
    data=_xls_with_hidden_sheet(),
    kept=("tax_total",),
    warnings=frozenset({"sheet_hidden"}),
    ytd={("tax_total", 2020, 5): 5010.0},
)
# 1月 | 2月 | 3月 | 季度合计 where the 合计 is the last month's figure: the months are to date, not
# each month's own; nothing is assumed (refused no_basis, naming the first month's header)
case(
    id="quarter_total_is_last_month_no_basis",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年一季度",
            [["指标", "1月", "2月", "3月", "季度合计"], ["两税", 1000, 2000, 3000, 3000]],
        )
    ),
    stops=stop((1, "1月", "no_basis")),
)
# towns side by side over different months (沿滩镇 1-4月 | 1-5月, 仙市镇 1-5月): still two towns
# (read as one town, 仙市镇's 1-5月 was a duplicate of 沿滩镇's)
case(
    id="towns_side_by_side_different_months",
    name="f.xlsx",
    data=xlsx(
        (
            "Sheet1",
            [
                ["2020年各镇主要指标"],
                ["指标", "沿滩镇", None, "仙市镇"],
                [None, "1-4月", "1-5月", "1-5月"],
                ["两税", 4000, 5010, 3600],
            ],
        )
    ),
    towns=("沿滩镇", "仙市镇"),
)
# 单位：亿元、万元 in the title says the rows differ without saying which is which: no title unit
# (两税's 5010 was read as 5010亿元, 50,100,000万元, silently); each row in its own unit
case(
    id="title_lists_two_units",
    name="f.xlsx",
    data=xlsx(("2020年", [["单位：亿元、万元"], ["指标", "1-5月"], ["两税", 5010], ["固投", 5.1]])),
    kept=("tax_total", "fai"),
    ytd={("tax_total", 2020, 5): 5010.0, ("fai", 2020, 5): 5.1},
)
# a rate's row (增速, %) with a 同比 column beside its own: that column is the change in points,
# not the rate (the two made a duplicate and dropped the indicator)
case(
    id="rate_row_with_points_column",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [
                ["指标", "单位", "1-5月", "同比"],
                ["规上工业增加值增速", "%", 13.3, 2.1],
                ["两税", "万元", 5010, 11.3],
            ],
        )
    ),
    kept=("tax_total", "va_growth"),
    growth={("va_growth", 2020, 5): 13.3, ("tax_total", 2020, 5): 11.3},
)
# 近20年1-5月 in a title is a span of years, not 2020 (was read as 2020): no year, refused
case(
    id="span_of_years_is_no_year",
    name="f.xlsx",
    data=xlsx(("Sheet1", [["近20年1-5月两税对比"], ["指标", "1-5月"], ["两税", 5010]])),
    stops=stop((2, "1-5月", "bad_year")),
)
# 本年 | 上年 under a title's 1-5月, 今年1-5月 | 去年1-5月, 元月: this year's to date, last year's,
# January (the first two sheets had no header; 元月 was left out and January missing)
case(
    id="benian_shangnian_columns",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [["1-5月主要指标"], ["指标", "本年", "上年", "增长%"], ["两税", 5010, 4500, 11.3]],
        )
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 5): 5010.0, ("tax_total", 2019, 5): 4500.0},
    growth={("tax_total", 2020, 5): 11.3},
)
case(
    id="jinnian_qunian_headers",
    name="f.xlsx",
    data=xlsx(("2020年", [["指标", "今年1-5月", "去年1-5月"], ["两税", 5010, 4500]])),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 5): 5010.0, ("tax_total", 2019, 5): 4500.0},
)
case(
    id="yuanyue_is_january",
    name="f.xlsx",
    data=xlsx(("2020年当月", [["指标", "元月", "2月", "3月"], ["两税", 1000, 1000, 1000]])),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 3): 3000.0},
)
# tables side by side, each with its own 指标 column: 1月-3月 at the left, 4月-5月 at the right
# with the names in another order (the right table's figures were given to the left one's names
# on the same rows: 两税's April 1.0, 固投's 1000, silently); and a 当月 table beside a 累计 one
case(
    id="tables_side_by_side_own_names",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年当月",
            [
                ["指标", "1月", "2月", "3月", None, "指标", "4月", "5月"],
                ["两税", 1000, 1000, 1000, None, "固投", 1.0, 1.1],
                ["固投", 1.0, 1.0, 1.0, None, "两税", 1000, 1010],
            ],
        )
    ),
    kept=("tax_total", "fai"),
    ytd={("tax_total", 2020, 4): 4000.0, ("tax_total", 2020, 5): 5010.0, ("fai", 2020, 5): 5.1},
)
case(
    id="month_and_ytd_tables_side_by_side",
    name="f.xlsx",
    data=xlsx(
        (
            "Sheet1",
            [
                ["2020年主要指标"],
                ["当月数", None, None, None, "累计数"],
                ["指标", "1月", "2月", None, "指标", "1月", "2月"],
                ["两税", 1000, 1000, None, "两税", 1000, 2000],
            ],
        )
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 2): 2000.0},
)
# the same, the right table's names under a blank header (were ignored, the figures given to
# the left table's names)
case(
    id="tables_side_by_side_names_unheaded",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年当月",
            [
                ["指标", "1月", "2月", "3月", None, None, "4月", "5月"],
                ["两税", 1000, 1000, 1000, None, "固投", 1.0, 1.1],
                ["固投", 1.0, 1.0, 1.0, None, "两税", 1000, 1010],
            ],
        )
    ),
    kept=("tax_total", "fai"),
    ytd={("tax_total", 2020, 5): 5010.0, ("fai", 2020, 4): 4.0},
)
# a title naming two years (2019-2020年…对比, 2019年、2020年1-5月) does not say which the months
# are: refused, naming the header (was read as 2019, the first named); a year compared with
# (较2019年同期) is no year of the figures (was read as 2019)
for _id, _title in (
    ("title_two_years_range", "2019-2020年主要指标对比"),
    ("title_two_years_listed", "2019年、2020年1-5月主要指标"),
    ("title_compared_year_only", "全镇主要指标（较2019年同期）"),
):
    case(
        id=_id,
        name="f.xlsx",
        data=xlsx(("Sheet1", [[_title], ["指标", "1-5月"], ["两税", 5010]])),
        stops=stop((2, "1-5月", "bad_year")),
    )
case(
    id="title_year_and_compared_year",
    name="f.xlsx",
    data=xlsx(
        ("Sheet1", [["2020年1-5月主要指标（较2019年同期）"], ["指标", "1-5月"], ["两税", 5010]])
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 5): 5010.0},
)
# a date in a title (6月10日报送) is no period: 本年累计 under it was dated June
case(
    id="title_date_is_no_period",
    name="f.xlsx",
    data=xlsx(
        ("Sheet1", [["2020年主要指标（6月10日报送）"], ["指标", "本年累计"], ["两税", 5010]])
    ),
    stops=stop((2, "本年累计", "bad_header")),
)
case(
    id="title_date_then_period",
    name="f.xlsx",
    data=xlsx(
        ("Sheet1", [["6月10日报送：2020年1-5月主要指标"], ["指标", "本年累计"], ["两税", 5010]])
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 5): 5010.0},
)
# a title naming two months (2020年4月、5月) does not say which one 本月 is: refused (本月 was
# dated April, the first named)
case(
    id="title_two_months_refused",
    name="f.xlsx",
    data=xlsx(
        ("Sheet1", [["2020年4月、5月主要指标"], ["指标", "本月", "本年累计"], ["两税", 1010, 5010]])
    ),
    stops=stop((2, "本月", "bad_header")),
)
# a long file's value 5010（预计）: a remark in brackets after the number is a bad number, not an
# unknown unit '(预计)'; a unit in brackets (5010（万元）) is that unit
case(
    id="long_value_remark_in_brackets",
    name="f.csv",
    data=csv_text(
        [
            ["indicator", "date", "value", "basis"],
            ["tax_total", "2020-01", "1000（万元）", "month"],
            ["tax_total", "2020-02", "1000", "month"],
            ["fai", "2020-02", "5.1（预计）", "ytd"],
        ]
    ).encode(),
    kept=("tax_total",),
    dropped={"fai": frozenset({"bad_number"})},
    ytd={("tax_total", 2020, 2): 2000.0},
)
# a basis written after a known name: 两税（当月） | 两税（累计） rows, 两税增速 under 两税 (the sheet was
# refused no_basis; 两税增速 was a new indicator)
case(
    id="basis_after_name_in_brackets",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [
                ["指标", "1月", "2月", "3月"],
                ["两税（当月）", 1000, 1000, 1000],
                ["两税（累计）", 1000, 2000, 3000],
            ],
        )
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 3): 3000.0},
)
case(
    id="growth_after_name",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年累计",
            [["指标", "1月", "2月", "3月"], ["两税", 1000, 2000, 3000], ["两税增速", 10, 11, 12]],
        )
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 3): 3000.0},
    growth={("tax_total", 2020, 3): 12.0},
)
# 上年同期增速 / 去年同期增长% is last year's growth (was read as this year's); 比上年同期增减 without a
# % is as often an amount as a rate: not read (510 was read as a growth of 510%)
case(
    id="last_years_growth_column",
    name="f.xlsx",
    data=xlsx(("2020年", [["指标", "1-5月", "增长%", "去年同期增长%"], ["两税", 5010, 11.3, 8.2]])),
    kept=("tax_total",),
    growth={("tax_total", 2020, 5): 11.3, ("tax_total", 2019, 5): 8.2},
)
case(
    id="change_without_percent_not_growth",
    name="f.xlsx",
    data=xlsx(
        ("2020年", [["指标", "1-5月", "上年同期", "比上年同期增减"], ["两税", 5010, 4500, 510]])
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 5): 5010.0, ("tax_total", 2019, 5): 4500.0},
)
# a growth column that is no actual year-on-year growth: an average over years, a rank, a
# target's or an estimate's (each was read as this year's growth, silently)
for _n, _head in enumerate(
    ("年均增长%", "增速排名", "目标增速%", "增速目标", "预计增长%", "增长%（预计）")
):
    case(
        id=f"growth_header_not_actual_{_n}",
        name="f.xlsx",
        data=xlsx(("2020年", [["指标", "1-5月", _head], ["两税", 5010, 7.5]])),
        kept=("tax_total",),
        ytd={("tax_total", 2020, 5): 5010.0},
    )
# last year's months written after them or with 同期 before: 1-5月同期, 1-5月上年同期, 1-5月（上年）,
# 同期1-5月 (read as this year's and a duplicate, or refused bad_header)
for _n, _head in enumerate(
    ("1-5月同期", "1-5月上年同期", "1-5月（上年）", "同期1-5月", "1-5月去年")
):
    case(
        id=f"last_year_months_written_after_{_n}",
        name="f.xlsx",
        data=xlsx(("2020年", [["指标", "1-5月", _head], ["两税", 5010, 4500]])),
        kept=("tax_total",),
        ytd={("tax_total", 2020, 5): 5010.0, ("tax_total", 2019, 5): 4500.0},
    )
# a month column that holds no actual figure: what should be done (应完成, 序时进度), an appraisal
# figure (考核数), a monthly average (月均, 平均): not read (应完成, 考核数 and the averages were read
# as the year to date, silently; 序时进度 refused the sheet)
for _n, _head in enumerate(
    ("1-5月应完成", "1-5月序时进度", "1-5月考核数", "1-5月月均", "1-5月平均")
):
    case(
        id=f"month_header_not_actual_{_n}",
        name="f.xlsx",
        data=xlsx(("2020年", [["指标", _head, "1-4月"], ["两税", 5000, 4000]])),
        kept=("tax_total",),
        ytd={("tax_total", 2020, 4): 4000.0},
    )
# 本月预计, 累计月均, 本月计划, 累计排名 beside 本月 | 累计: no actual figure, not read (本月预计 and
# 累计月均 refused the sheet with bad_header)
case(
    id="relative_headers_not_actual",
    name="f.xlsx",
    data=xlsx(
        (
            "Sheet1",
            [
                ["2020年1-5月"],
                ["指标", "本月", "累计", "本月预计", "累计月均", "累计排名"],
                ["两税", 1010, 5010, 1100, 1002, 3],
            ],
        )
    ),
    kept=("tax_total",),
    ytd={("tax_total", 2020, 5): 5010.0},
)
# 单位：亿元 over a sheet holds for its money rows, not for 新增就业's persons (dropped with
# bad_unit '亿元'); a row's own unit is still checked
case(
    id="title_unit_only_for_rows_it_fits",
    name="f.xlsx",
    data=xlsx(("2020年", [["单位：亿元"], ["指标", "1-5月"], ["两税", 0.501], ["新增就业", 120]])),
    kept=("tax_total", "jobs"),
    ytd={("tax_total", 2020, 5): 5010.0, ("jobs", 2020, 5): 120.0},
)
# 城镇 | 乡村 over the months split one indicator, they are no towns (read as a district of two
# "towns"): the columns repeat, refused as duplicates naming the row
case(
    id="urban_rural_split_is_no_towns",
    name="f.xlsx",
    data=xlsx(
        (
            "2020年",
            [
                ["指标", "城镇", None, "乡村", None],
                [None, "1-4月", "1-5月", "1-4月", "1-5月"],
                ["两税", 40, 50, 20, 25],
            ],
        )
    ),
    stops=stop((3, "date", "duplicate")),
)
