"""Numbers as planners write them: 亿元 with two decimals, percentages with one, units shown."""

from __future__ import annotations

import math

_DECIMALS = {
    "亿元": 2,
    "万元": 0,
    "元": 0,
    "万人次": 2,
    "人次": 0,
    "户": 0,
    "人": 0,
    "万人": 2,
    "个": 0,
}


def decimals(unit: str) -> int:
    """Decimals a value in ``unit`` is written with (亿元: 2, 万元: 0, %: 1)."""
    return 1 if unit == "%" else _DECIMALS.get(unit, 2)


def number(value: float, unit: str) -> str:
    """The number alone, with thousands separators: ``5,010`` (万元), ``5.84`` (亿元)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{value:,.{decimals(unit)}f}"


def quantity(value: float, unit: str) -> str:
    """The number with its unit: ``5.84亿元``, ``5,010万元``, ``13.3%``."""
    text = number(value, unit)
    return text if text == "—" else f"{text}{unit}"


def percent(fraction: float) -> str:
    """A fraction as a percentage with one decimal: 1.0618 → ``106.2%``."""
    if fraction is None or (isinstance(fraction, float) and math.isnan(fraction)):
        return "—"
    return f"{fraction * 100:.1f}%"


def period(month: int, lang: str = "zh") -> str:
    """The cumulative period label: 5 → ``1-5月`` (``Jan–May``); 1 → ``1月``."""
    if lang == "en":
        names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return names[0] if month == 1 else f"Jan–{names[month - 1]}"
    return "1月" if month == 1 else f"1-{month}月"
