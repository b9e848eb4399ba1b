"""A district's wide sheets (issue 13, item 1): a 单位名称/乡镇 column with one block of
indicator rows per town, or one sheet per town (the sheet's name is the town's, when the
sheets name no year), read into the district's long form with an ``entity`` column; units
mixed between towns, 其中 rows, and a town with a bad cell (that town's indicator dropped,
exit 3, the other towns projected). Sheets are built with openpyxl."""

import pytest

from file_readers.entities import has_entities, read_district
from file_readers.tables import inspect_actuals
from tests.bad_files import CAT, xlsx

YEARS = {2019: range(2, 13), 2020: range(2, 6)}
HEADER = [f"{y}年1-{m}月" for y, months in YEARS.items() for m in months]


def ytd(base: float, growth: float = 1.0) -> list[float]:
    """Cumulative figures for every header column: ``base`` a month in 2019, ×growth in 2020."""
    out = []
    for y, months in YEARS.items():
        per = base * (growth if y == 2020 else 1.0)
        out += [round(per * m, 2) for m in months]
    return out


TOWNS = {
    # town: [(name as written, unit, figures)]
    "沿滩镇": [("国地两税收入", "万元", ytd(500)), ("全社会固定资产投资", "亿元", ytd(1.0, 1.1))],
    "仙市镇": [("两税", "亿元", ytd(0.03)), ("固投", "万元", ytd(4000, 0.9))],  # other units
    "邓关镇": [
        ("国地两税收入", "万元", ytd(300)),
        ("其中：国税", "万元", ytd(120)),
        ("　　地税", "万元", ytd(180)),
        ("全社会固定资产投资", "亿元", ytd(2.0)),
    ],
}


def town_column_sheet(bad: bool = False) -> bytes:
    rows = [["2019-2020年各镇主要经济指标（示例）"], ["单位名称", "指标", "单位", *HEADER]]
    for town, lines in TOWNS.items():
        for k, (name, unit, figures) in enumerate(lines):
            cells = list(figures)
            if bad and town == "仙市镇" and name == "固投":
                cells[12] = "abc"  # 2020年1-3月
            rows.append([town if k == 0 else None, name, unit, *cells])
    rows.append(["合计", "国地两税收入", "万元", *[None] * len(HEADER)])
    return xlsx(("各镇", rows))


def sheet_per_town(bad: bool = False) -> bytes:
    sheets = []
    for town, lines in TOWNS.items():
        rows = [["指标", "单位", *HEADER]]
        for name, unit, figures in lines:
            cells = list(figures)
            if bad and town == "仙市镇" and name == "固投":
                cells[12] = "abc"
            rows.append([name, unit, *cells])
        sheets.append((town, rows))
    return xlsx(*sheets)


LAYOUTS = {"town_column": town_column_sheet, "sheet_per_town": sheet_per_town}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_inspect_reports_the_towns_and_reads_each(layout):
    found = inspect_actuals(LAYOUTS[layout](), CAT, name="towns.xlsx", as_of=(2020, 5))
    assert found.towns == ("沿滩镇", "仙市镇", "邓关镇")
    assert found.district is not None and found.district.problems == ()
    towns = found.district.towns
    assert sorted(towns) == sorted(TOWNS)
    # units converted per town to the catalogue's: 0.03亿元 a month is 300万元
    tax = towns["仙市镇"].frame.query("indicator == 'tax_total' and year == 2020 and month == 5")
    assert tax["value"].tolist() == [pytest.approx(5 * 300.0)]
    fai = towns["仙市镇"].frame.query("indicator == 'fai' and year == 2019 and month == 12")
    assert fai["value"].tolist() == [pytest.approx(12 * 0.4)]  # 4000万元 = 0.4亿元 a month
    # 其中 and indented rows are children, read as their own indicators, the parent kept
    assert set(towns["邓关镇"].indicators) == {"tax_total", "tax_national", "tax_local", "fai"}
    children = [u for u in found.understood if u.entity == "邓关镇" and u.role == "child"]
    assert [(u.indicator, u.parent) for u in children] == [
        ("tax_national", "tax_total"),
        ("tax_local", "tax_total"),
    ]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_bad_cell_drops_that_towns_indicator_only(layout):
    found = inspect_actuals(LAYOUTS[layout](bad=True), CAT, name="towns.xlsx", as_of=(2020, 5))
    [p] = found.district.problems
    assert (p.code, p.indicator, p.column, p.value) == ("bad_number", "fai", "2020年1-3月", "abc")
    assert "仙市镇" in p.detail
    assert "fai" not in found.district.towns["仙市镇"].indicators
    assert "fai" in found.district.towns["沿滩镇"].indicators


def test_the_district_reader_and_has_entities_take_both_layouts():
    for make in LAYOUTS.values():
        assert has_entities(make(), "towns.xlsx")
        district = read_district(make(), catalogue=CAT, names=("towns.xlsx", None, None))
        assert district.entities == sorted(TOWNS)
    one_town = xlsx(("2020年", [["指标", "1-2月", "1-3月"], ["两税", 100, 160]]))
    assert not has_entities(one_town, "one.xlsx")


def test_sheets_naming_years_or_bases_stay_one_town():
    by_year = [(f"{y}年", [["指标", "1-2月", "1-3月"], ["两税", 100, 160]]) for y in (2019, 2020)]
    found = inspect_actuals(xlsx(*by_year), CAT, name="one.xlsx", as_of=(2020, 5))
    assert found.towns == () and found.actuals is not None
    kinds = [
        (n, [["指标", "2020年1-2月", "2020年1-3月"], ["两税", 100, 160]]) for n in ("累计", "当月")
    ]
    assert inspect_actuals(xlsx(*kinds), CAT, name="one.xlsx", as_of=(2020, 5)).towns == ()


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_command_line_projects_the_good_towns_and_exits_3(layout, tmp_path, capsys):
    from command_line import main

    path = tmp_path / "towns.xlsx"
    path.write_bytes(LAYOUTS[layout](bad=True))
    code = main(["inspect", str(path)])
    out = capsys.readouterr()
    assert code == 3 and "找到3个单位：沿滩镇、仙市镇、邓关镇" in out.out and "abc" in out.err
    out_csv = tmp_path / "out.csv"
    code = main(["project", "--actuals", str(path), "--as-of", "2020-05", "--out", str(out_csv)])
    assert code == 3
    text = out_csv.read_text(encoding="utf-8-sig")
    for town in TOWNS:
        assert town in text


def test_reading_a_districts_sheets_as_one_town_says_it_is_a_districts():
    from file_readers.tables import read_actuals
    from forecast.errors import DataError
    from presentation.problems import describe

    with pytest.raises(DataError) as e:
        read_actuals(town_column_sheet(), CAT, name="towns.xlsx", as_of=(2020, 5))
    [p] = e.value.problems
    assert (p.code, p.value) == ("district_file", "沿滩镇、仙市镇、邓关镇")
    assert "辖区" in describe(p)


def test_inspect_reports_the_towns_of_a_long_table_with_an_entity_column(capsys):
    from command_line import main
    from file_readers.entities import DISTRICT_ACTUALS

    found = inspect_actuals(DISTRICT_ACTUALS, as_of=(2020, 5))
    assert found.district is not None and found.actuals is None
    assert "沿滩镇" in found.towns and len(found.towns) == len(found.district.entities)
    assert main(["inspect", str(DISTRICT_ACTUALS)]) == 0
    assert f"找到{len(found.towns)}个单位" in capsys.readouterr().out
