import pytest

from forecast.units import UnitError, convert, parse_quantity
from presentation import fmt


@pytest.mark.parametrize(
    ("cell", "value", "unit"),
    [
        ("5,010", 5010.0, None),
        ("5010万元", 5010.0, "万元"),
        ("5.1亿元", 5.1, "亿元"),
        ("１２.５％", 12.5, "%"),
        (" 7万人次 ", 7.0, "万人次"),
        ("5010万", 5010.0, "万"),
        (3.5, 3.5, None),
    ],
)
def test_parse_quantity_reads_cells_as_planners_type_them(cell, value, unit):
    q = parse_quantity(cell)
    assert q.value == pytest.approx(value)
    assert q.unit == unit


def test_parse_quantity_rejects_text_and_unknown_units():
    with pytest.raises(ValueError):
        parse_quantity("约五千")
    with pytest.raises(UnitError):
        parse_quantity("5010美元")
    assert parse_quantity("") is None


def test_convert_within_family_and_refuse_across():
    assert convert(5.1, "亿元", "万元") == pytest.approx(51000)
    assert convert(70000, "人次", "万人次") == pytest.approx(7)
    with pytest.raises(UnitError):
        convert(1, "万元", "人次")


def test_a_bare_magnitude_takes_the_rest_of_the_indicators_unit():
    # 5010万 of a 万元 indicator is 5010万元; 0.5亿 of it 5000万元; 3.2万 of 人次 32,000人次
    assert convert(5010, "万", "万元") == 5010
    assert convert(0.5, "亿", "万元") == pytest.approx(5000)
    assert convert(3.2, "万", "人次") == pytest.approx(32000)
    assert convert(2, "亿", "亿元") == 2
    for wanted in ("%", "个", ""):  # no unit it could complete: refused, never guessed
        with pytest.raises(UnitError):
            convert(1, "万", wanted)


def test_a_bare_magnitude_in_a_file_is_read_in_the_indicators_unit():
    from file_readers.tables import inspect_actuals

    rows = [f"国地两税收入,2019-{m:02d},{400 * m}万,ytd" for m in range(1, 13)]
    rows += [f"国地两税收入,2020-{m:02d},{0.04 * m:.2f}亿,ytd" for m in range(1, 6)]
    rows += [f"新指标,2020-{m:02d},{m}万,ytd" for m in range(1, 6)]
    text = "indicator,date,value,basis\n" + "\n".join(rows) + "\n"
    found = inspect_actuals(text.encode(), name="a.csv").actuals
    tax = found.frame[found.frame["indicator"] == "tax_total"].set_index(["year", "month"])
    assert tax.loc[(2019, 12), "value"] == 4800 and tax.loc[(2020, 5), "value"] == 2000
    # an indicator the catalogue lacks has no unit for 万 to complete: dropped, named
    assert {(p.code, p.value, p.row) for p in found.dropped} == {
        ("unknown_unit", "万", row) for row in range(19, 24)
    }


def test_format_as_planners_write():
    assert fmt.quantity(5.8412, "亿元") == "5.84亿元"
    assert fmt.quantity(5010.4, "万元") == "5,010万元"
    assert fmt.quantity(13.333, "%") == "13.3%"
    assert fmt.percent(1.0618) == "106.2%"
    assert fmt.period(5) == "1-5月"
    assert fmt.period(5, "en") == "Jan–May"
