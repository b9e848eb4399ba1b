"""Names as planners write them: an id, the Chinese or English name, or an alias, with
full-width characters and indenting spaces; an id beats a name beats an alias."""

import pytest

from file_readers.tables import read_catalogue
from forecast.catalogue import Catalogue, Indicator, Match


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return read_catalogue()


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("tax_total", Match("tax_total", "id")),
        ("国地两税收入", Match("tax_total", "name")),
        ("两税", Match("tax_total", "alias")),
        ("　　国地两税", Match("tax_total", "alias")),
        ("固投", Match("fai", "alias")),
        ("固定资产投资", Match("fai", "alias")),
        ("Fixed-asset investment", Match("fai", "name")),
        ("fixed-asset  investment", Match("fai", "name")),
        ("规上工业增加值", Match("industry_va", "alias")),
        ("ＦＡＩ", Match("fai", "id")),
    ],
)
def test_lookup(catalogue, written, expected):
    assert catalogue.lookup(written) == expected


def test_unknown_names_stay_as_written(catalogue):
    assert catalogue.lookup("招商引资") is None
    assert catalogue.resolve(" 招商引资 ") == "招商引资"


def test_an_id_wins_over_another_indicators_alias():
    cat = Catalogue(
        (
            Indicator("a", "甲", "A", "万元", aliases=("b",)),
            Indicator("b", "乙", "B", "万元"),
        )
    )
    assert cat.lookup("b") == Match("b", "id")


def test_aliases_are_read_from_the_catalogue_file(catalogue):
    assert "两税" in catalogue["tax_total"].aliases
