"""Units as planners write them, and conversion between units of one family."""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass

# factor to the family's base unit
_UNITS: dict[str, tuple[str, float]] = {
    "元": ("money", 1.0),
    "万元": ("money", 1e4),
    "亿元": ("money", 1e8),
    "人": ("persons", 1.0),
    "万人": ("persons", 1e4),
    "人次": ("visits", 1.0),
    "万人次": ("visits", 1e4),
    "户": ("households", 1.0),
    "万户": ("households", 1e4),
    "个": ("count", 1.0),
    "%": ("percent", 1.0),
}
UNITS = tuple(_UNITS)
# a magnitude written alone after a number (5010万, 5.1亿): the rest of the unit is the
# indicator's own (``resolve``)
BARE = ("万", "亿")
# each unit's factor to its family's base unit (万元: 1e4): convert(v, a, b) == v * F[a] / F[b]
FACTORS: dict[str, float] = {u: factor for u, (_, factor) in _UNITS.items()}

# longest first so that 万人次 wins over 人次
_SUFFIX = re.compile(r"^(?P<num>[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*(?P<unit>\S*)$")


class UnitError(ValueError):
    """A unit that is unknown or does not convert to the wanted one."""


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str | None


def family(unit: str) -> str:
    """The family of a known unit ('money', 'persons', …); raises UnitError if unknown."""
    try:
        return _UNITS[unit][0]
    except KeyError:
        raise UnitError(unit) from None


def resolve(unit: str, wanted: str) -> str:
    """``unit`` as written after a number of an indicator kept in ``wanted``: a bare magnitude
    takes the rest of the indicator's unit (5010万 of a 万元 or 亿元 indicator is 5010万元, 3.2万
    of a 人次 one 3.2万人次); any other unit, or one that makes no known unit so (万 of a %),
    as it is."""
    if unit not in BARE or not wanted:
        return unit
    rest = wanted[1:] if wanted[:1] in BARE else wanted
    return unit + rest if unit + rest in _UNITS else unit


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert ``value`` between two units of one family (e.g. 亿元 → 万元 multiplies by 1e4);
    a bare magnitude (万, 亿) takes the rest of ``to_unit`` (``resolve``)."""
    from_unit = resolve(from_unit, to_unit)
    if from_unit == to_unit:
        return value
    f_family, f_factor = _UNITS.get(from_unit, (None, 0.0))
    t_family, t_factor = _UNITS.get(to_unit, (None, 0.0))
    if f_family is None:
        raise UnitError(from_unit)
    if f_family != t_family:
        raise UnitError(f"{from_unit} → {to_unit}")
    return value * f_factor / t_factor


# what a cell says when it holds no figure: blank, a dash, NaN (NULL, #N/A and Excel's errors
# are bad numbers, said as written: a long row without its figure is refused naming it)
_MISSING = frozenset({"", "-", "—", "nan", "NaN"})
# a unit is letters or signs after the number, never digits or control characters
_WORD = re.compile(r"^[^\d\x00-\x1f\x7f]+$")

# a number with thousands separators: groups of three digits after the first (5,010, 1,234.5)
_GROUPED = re.compile(r"^[-+(]?\d{1,3}(?:,\d{3})+(?:\.\d*)?(?![\d,])")


def parse_quantity(cell: object) -> Quantity | None:
    """Read a number as planners type it: ``5,010``, ``5010万元``, ``5.1亿元``, ``１２％``, and
    ``5010万`` (a bare magnitude: its unit is completed by the indicator's, see ``resolve``).

    Returns None for an empty cell; raises ValueError for text that is not a number and
    UnitError for a number with an unknown unit.
    """
    if cell is None:
        return None
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return None if cell != cell else Quantity(float(cell), None)
    if isinstance(cell, (datetime.date, datetime.time, datetime.timedelta)):
        raise ValueError(str(cell))  # a date in a value cell is no figure (nor its serial)
    text = unicodedata.normalize("NFKC", str(cell)).strip()
    if text in _MISSING:
        return None
    if "," in text and not _GROUPED.match(text.replace(" ", "")):
        raise ValueError(text)  # 5,1 is a decimal comma or a slip, not 51
    # thousands separators, spaces, and the minus sign (U+2212) typed for a hyphen
    text = text.replace(",", "").replace("，", "").replace(" ", "").replace("\u2212", "-")
    if text[:1] == "(" and text[-1:] == ")" and text[1:-1].replace(".", "", 1).isdigit():
        text = "-" + text[1:-1]  # (3.2): a negative number as accountants write it
    match = _SUFFIX.match(text)
    if not match:
        raise ValueError(text)
    unit = match.group("unit") or None
    if unit is not None and not _WORD.match(unit):
        raise ValueError(text)  # 2020-02-01, 1\x0020, 12.5.3: a number followed by more digits
    if unit is not None and unit[:1] == "(" and unit[-1:] == ")":
        inner = unit[1:-1].strip()  # 5010(万元): the unit in brackets
        if inner not in _UNITS and inner not in BARE:
            raise ValueError(text)  # 5010(…): a remark after the number (an estimate), no unit
        unit = inner
    if unit is not None and unit not in _UNITS and unit not in BARE:
        raise UnitError(unit)
    return Quantity(float(match.group("num")), unit)
