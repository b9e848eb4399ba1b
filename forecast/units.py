"""Units as planners write them, and conversion between units of one family."""

from __future__ import annotations

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


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert ``value`` between two units of one family (e.g. 亿元 → 万元 multiplies by 1e4)."""
    if from_unit == to_unit:
        return value
    f_family, f_factor = _UNITS.get(from_unit, (None, 0.0))
    t_family, t_factor = _UNITS.get(to_unit, (None, 0.0))
    if f_family is None:
        raise UnitError(from_unit)
    if f_family != t_family:
        raise UnitError(f"{from_unit} → {to_unit}")
    return value * f_factor / t_factor


# a number with thousands separators: groups of three digits after the first (5,010, 1,234.5)
_GROUPED = re.compile(r"^[-+(]?\d{1,3}(?:,\d{3})+(?:\.\d*)?(?![\d,])")


def parse_quantity(cell: object) -> Quantity | None:
    """Read a number as planners type it: ``5,010``, ``5010万元``, ``5.1亿元``, ``１２％``.

    Returns None for an empty cell; raises ValueError for text that is not a number and
    UnitError for a number with an unknown unit.
    """
    if cell is None:
        return None
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return None if cell != cell else Quantity(float(cell), None)
    text = unicodedata.normalize("NFKC", str(cell)).strip()
    if text in ("", "-", "—", "nan", "NaN"):
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
    if unit is not None and unit not in _UNITS:
        raise UnitError(unit)
    return Quantity(float(match.group("num")), unit)
