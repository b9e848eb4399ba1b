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


def test_format_as_planners_write():
    assert fmt.quantity(5.8412, "亿元") == "5.84亿元"
    assert fmt.quantity(5010.4, "万元") == "5,010万元"
    assert fmt.quantity(13.333, "%") == "13.3%"
    assert fmt.percent(1.0618) == "106.2%"
    assert fmt.period(5) == "1-5月"
    assert fmt.period(5, "en") == "Jan–May"
