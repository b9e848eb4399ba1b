"""Numbers and months as planners write them: 亿元 with two decimals, percentages with one,
units always shown; probabilities in whole percents (``不足1%``, ``62%``, ``超过99%``);
ranges (``9,673–10,527万元``, ``−13.2%至−1.4%``) and gaps in percentage points
(``差1.2个百分点``); ``1-5月`` / ``Jan–May``; the one home of the English month names."""

from __future__ import annotations

import math
from datetime import datetime

from presentation.text import t

__all__ = [
    "MONTHS_EN",
    "as_of",
    "decimals",
    "gap_pp",
    "local_time",
    "month",
    "months",
    "number",
    "percent",
    "period",
    "probability",
    "quantity",
    "range_text",
    "signed",
    "year_month",
]

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

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


def _missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def number(value: float, unit: str) -> str:
    """The number alone, with thousands separators: ``5,010`` (万元), ``5.84`` (亿元)."""
    if _missing(value):
        return "—"
    return f"{value:,.{decimals(unit)}f}"


def quantity(value: float, unit: str) -> str:
    """The number with its unit: ``5.84亿元``, ``5,010万元``, ``13.3%``."""
    text = number(value, unit)
    return text if text == "—" else f"{text}{unit}"


def percent(fraction: float) -> str:
    """A fraction as a percentage with one decimal: 1.0618 → ``106.2%``."""
    if _missing(fraction):
        return "—"
    return f"{fraction * 100:.1f}%"


def signed(value: float, unit: str, plus: bool = False) -> str:
    """A number with a true minus sign (``−13.2``), ``+`` in front of gains when ``plus``."""
    text = number(value, unit)
    if text.startswith("-"):
        return "−" + text[1:]
    if plus and text != "—" and float(value) != 0:
        return "+" + text
    return text


def range_text(low: float, high: float, unit: str, lang: str = "zh", with_unit: bool = True) -> str:
    """A range, the one way every table and sentence writes it: ``9,673–10,527万元``; with a
    negative end each end is written out with a true minus so it reads at a glance:
    ``−13.2%至−1.4%`` / ``−13.2% to −1.4%`` (never ``-13.2–-1.4%``). ``with_unit=False`` leaves
    the unit to a label: ``9.01–9.87``, ``−13.2至−1.4``."""
    tail = unit if with_unit else ""
    if (not _missing(low) and low < 0) or (not _missing(high) and high < 0):
        return t("range_signed", lang, low=signed(low, unit) + tail, high=signed(high, unit) + tail)
    return f"{number(low, unit)}–{number(high, unit)}{tail}"


def gap_pp(gap: float, lang: str = "zh") -> str:
    """A growth rate against its target, in percentage points (``gap`` = projected − target):
    ``超出0.6个百分点`` / ``0.6 pp above``, ``差1.2个百分点`` / ``1.2 pp short``."""
    if _missing(gap):
        return "—"
    points = f"{abs(gap):.1f}"
    if points == "0.0":
        return t("gap_pp_even", lang)
    return t("gap_pp_above" if gap > 0 else "gap_pp_short", lang, value=points)


def probability(p: float, lang: str = "zh", about: bool = False) -> str:
    """A probability as people read it, everywhere: ``不足1%`` below 1%, ``超过99%`` above 99%,
    otherwise whole percents: ``62%`` in tables, ``约62%`` in sentences (``about``)."""
    if _missing(p):
        return "—"
    if p < 0.01:
        return t("chance_low", lang)
    if p > 0.99:
        return t("chance_high", lang)
    whole = round(p * 100)
    return t("chance_about", lang, p=whole) if about else f"{whole}%"


def month(m: int, lang: str = "zh") -> str:
    """One month: ``9月`` / ``Sep``."""
    return MONTHS_EN[m - 1] if lang == "en" else f"{m}月"


def months(start: int, end: int, lang: str = "zh") -> str:
    """A span of months: ``6-12月`` / ``Jun–Dec``; one month alone as ``12月``."""
    if start == end:
        return month(start, lang)
    if lang == "en":
        return f"{MONTHS_EN[start - 1]}–{MONTHS_EN[end - 1]}"
    return f"{start}-{end}月"


def period(m: int, lang: str = "zh") -> str:
    """The cumulative period label: 5 → ``1-5月`` (``Jan–May``); 1 → ``1月``."""
    return months(1, m, lang)


def year_month(ym: tuple[int, int], lang: str = "zh") -> str:
    """One month of one year: ``2020年5月`` / ``May 2020``."""
    year, m = ym
    return f"{MONTHS_EN[m - 1]} {year}" if lang == "en" else f"{year}年{m}月"


def as_of(ym: tuple[int, int], lang: str = "zh") -> str:
    """The cumulative period of a year: ``2020年1-5月`` / ``Jan–May 2020``."""
    year, m = ym
    return f"{period(m, lang)} {year}" if lang == "en" else f"{year}年{period(m, lang)}"


def local_time(iso: str, lang: str = "zh") -> str:
    """An ISO-8601 time (the store's, in UTC) in this machine's local zone, as people write
    it: ``2026年11月30日 13:05`` / ``30 Nov 2026 13:05``; text that is not a time as it is."""
    try:
        when = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return str(iso)
    local = when.astimezone()
    clock = f"{local.hour:02d}:{local.minute:02d}"
    if lang == "en":
        return f"{local.day} {MONTHS_EN[local.month - 1]} {local.year} {clock}"
    return f"{local.year}年{local.month}月{local.day}日 {clock}"
