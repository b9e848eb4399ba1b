"""Numbers as reports write them: half- and full-width digits, thousands commas, Chinese
numerals (via cn2an), 万/亿 as magnitudes or as part of a unit, and approximation markers.

Everything here works on the *normalised* text (``normalise``), which has exactly the length of
the original, so offsets found here are offsets in the text as read.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

import cn2an

# full-width ASCII (！…～) to half-width, the ideographic space to a space, dashes to '-':
# one character for one, so offsets never move
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_WIDTH.update({0x3000: 0x20, 0x2014: 0x2D, 0x2013: 0x2D, 0x2212: 0x2D, 0xA0: 0x20})
_WIDTH.update({0x3014: 0x5B, 0x3015: 0x5D, 0x3010: 0x5B, 0x3011: 0x5D})  # 〔〕【】 → []
_WIDTH.update({ord("*"): 0x20, ord("`"): 0x20, 0xFF0A: 0x20})  # Markdown emphasis: spaces


def normalise(text: str) -> str:
    """The text with full-width digits and punctuation made half-width, length kept."""
    return text.translate(_WIDTH)


# units the reader knows: base units with their 万/亿 forms (longest first where one is a
# prefix of another: 人次 before 人, 千瓦时 before everything)
# (not 公里, 平方米, 项…: the composed corpus reads figures in those as not figures)
BASE_UNITS = ("千瓦时", "美元", "人次", "元", "人", "户", "个", "家", "亩", "吨", "%")
UNITS = frozenset(BASE_UNITS) | {m + u for m in "万亿" for u in BASE_UNITS if u != "%"}
_BASE = "|".join(re.escape(u) for u in BASE_UNITS)
UNIT_RE = _BASE  # the base units as a regex alternation, for the patterns that name units

CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
_ARABIC = (
    r"(?<![A-Za-z0-9_.#/第])(?<![A-Za-z0-9]-)(?<!\d )(?P<sign>[+-])?"  # not 1 234: a split number
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.]*[A-Za-z#])"
)
# (not after 数/几: 数十家, 几百人 say no number)
_CHINESE = rf"(?<![第数几])(?P<cn>[{CN_DIGITS}]+(?:点[{CN_DIGITS[:12]}]+)?)"
_PERCENT_CN = rf"百分之(?P<pct>[{CN_DIGITS[:13]}]+(?:点[{CN_DIGITS[:12]}]+)?)"
NUMBER = re.compile(rf"{_PERCENT_CN}|{_ARABIC}|{_CHINESE}")
# after the digits: 多/余, a magnitude or the first character of a unit, 多/余, a unit, and
# 以上/左右…
_AFTER = re.compile(
    rf"\s*(?P<pre>[多余])?(?:个(?=[万亿]))?(?P<k>[千百](?=[多余]?[万亿]|[多余]?\s*(?:{_BASE})))?"
    r"(?P<kmid>(?<=[千百])[多余])?(?P<mag>[万亿])?(?P<mid>[多余])?"
    rf"\s*(?P<unit>{_BASE})?"
    r"(?P<post>以上|以下|以内|多|余|左右|上下)?"
)
_APPROX_BEFORE = re.compile(
    r"(接近|将近|不足|不到|不少于|不低于|不超过|超过|超出|突破|大约|(?<![签履节预制特契条违邀公])"
    r"(?<!(?<!折)合)约为?|(?<![最附将接])近|(?<![赶高])超|逾)\s*$"
)
_APPROX_CODE = {
    "接近": "<=",
    "不足": "<=",
    "不到": "<=",
    "将近": "<=",
    "大约": "~",
    "上下": "~",
    "不超过": "<=",
    "近": "<=",
    "以下": "<=",
    "以内": "<=",
    "约": "~",
    "约为": "~",
    "左右": "~",
}
_DURATIONS = ("月", "星期", "礼拜", "工作日", "小时", "季度", "年头", "半月")  # 历时3个月
# 同比翻了一番 / 比上年翻两番: doubled (up 100%), quadrupled (up 300%) over last year; not
# 到2025年翻一番, a goal over several years
DOUBLED = re.compile(
    r"(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)\s*(?:增长)?\s*翻了?(?P<n>[一两二三])番"
)
_TIMES = {"一": 1, "两": 2, "二": 2, "三": 3}
PERCENT_POINTS = re.compile(r"\s*个?\s*百分点")
# 与上年同期持平 / 同比持平: a growth of 0%, written without a number (not 基本持平, roughly
# flat, nor 与上年持平, which may compare with last year's whole)
_LEVEL_WITH = re.compile(r"(?:同比|同期)(?:水平)?\s*(?P<kw>持平)")


@dataclass(frozen=True)
class Quantity:
    """A number as written: where it stands (``start``/``end`` cover digits, magnitude and
    unit), its value (magnitude applied), unit, sign as written and approximation."""

    start: int
    end: int
    value: float
    unit: str
    approx: str
    chinese: bool
    signed: str = ""  # '+' or '-' when written before the digits
    num_start: int = 0
    range_end: bool = False  # the upper end of a range (10-12亿元, 1500万元至2000万元)


def approx_code(marker: str) -> str:
    return _APPROX_CODE.get(marker, ">=") if marker else ""


def _chinese_value(text: str) -> float | None:
    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError, IndexError):
        return None


def quantities(norm: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number between ``start`` and ``end`` of the normalised text, with what follows
    it read as magnitude, unit and approximation. Chinese numerals count only with a unit
    after them (never a lone 一: 一个标准 is not a figure)."""
    found = []
    stop = len(norm) if end is None else end
    if _RANGE_DASH.search(norm, start, stop):  # 10-12亿元: the dash is no minus (same length)
        norm = norm[:start] + _RANGE_DASH.sub("~", norm[start:stop]) + norm[stop:]
    for m in NUMBER.finditer(norm, start, stop):
        if m.group("pct") is not None:  # 百分之九点二
            value = _chinese_value(m.group("pct"))
            if value is not None:
                found.append(Quantity(m.start(), m.end(), value, "%", "", True, "", m.start("pct")))
            continue
        chinese = m.group("cn") is not None
        digits = m.group("cn") if chinese else m.group("num")
        d_start, d_end = m.start("cn" if chinese else "num"), m.end()
        if chinese:
            # 三千五百万元: the trailing 万 belongs to the unit when a base unit follows
            tail = re.match(rf"\s*(?:{_BASE})", norm[d_end:stop])
            whole = digits
            if digits[-1] in "万亿" and len(digits) > 1 and tail:
                digits, d_end = digits[:-1], d_end - 1
            if digits in ("一", "零", "〇") or not re.match(
                rf"\s*[多余]?[万亿]?[多余]?\s*(?:{_BASE})", norm[d_end:stop]
            ):
                continue
            value = _chinese_value(digits)
            if whole[-1] == "万" and "亿" in digits:
                # 一亿二千万元, 一亿零五百万元: the 万 is the number's (1.2亿), kept for the
                # unit 万元 as written (12000万元), never 一亿二千 ten-thousands
                full = _chinese_value(whole)
                value = full / 1e4 if full is not None else None
            if value is None:
                continue
        else:
            value = float(digits.replace(",", ""))
        after = _AFTER.match(norm, d_end, stop)
        assert after is not None  # every group is optional
        pre, mag, mid, unit, post = (
            after.group(k) or "" for k in ("pre", "mag", "mid", "unit", "post")
        )
        if (
            (unit in ("家", "户", "个") and norm.startswith("次", after.end()))
            or (unit == "吨" and norm.startswith(("标准煤", "标煤", "油当量"), after.end()))
            or (unit == "个" and norm.startswith(_DURATIONS, after.end()))
        ):
            unit, post = "", ""  # 320家次, 1.6万吨标准煤: units we do not know; 3个月: a time
        if after.group("k"):  # 3千万元: 3000万元
            value *= 1000 if after.group("k") == "千" else 100
        if mag and unit and not mid and unit != "%":
            unit = mag + unit
        elif mag:
            value *= 1e4 if mag == "万" else 1e8
        if unit == "%" and mag:
            unit = ""
        marker = pre or (after.group("kmid") or "") or mid or post
        before = _APPROX_BEFORE.search(norm, max(0, m.start() - 3), m.start())
        if before and before.end() == m.start():
            marker = marker or before.group(1)
        q_end = after.end() if (unit or mag or marker) else d_end
        sign = "" if chinese else (m.group("sign") or "")
        found.append(
            Quantity(
                start=m.start(),
                end=q_end,
                value=-value if sign == "-" else value,
                unit=unit,
                approx=approx_code(marker),
                chinese=chinese,
                signed=sign,
                num_start=d_start,
            )
        )
    for m in _LEVEL_WITH.finditer(norm, start, stop):  # read as 持平0% (0 wide, after 持平)
        found.append(Quantity(m.end(), m.end(), 0.0, "%", "", False, "", m.end()))
    for m in DOUBLED.finditer(norm, start, stop):  # 翻了一番: up 100% (0 wide, after it)
        pct = 100.0 * (2 ** _TIMES[m.group("n")] - 1)
        found.append(Quantity(m.end(), m.end(), pct, "%", "", False, "", m.end()))
    if len(found) > 1:
        found = _ranges(norm, _joined(norm, sorted(found, key=lambda q: q.start)))
    return found


def _joined(norm: str, found: list[Quantity]) -> list[Quantity]:
    """1亿2千万元, 1亿2000万元: one amount, 12000万元 (the 1亿 alone was a figure of
    100000000 with no unit, and 2千万元 another)."""
    out: list[Quantity] = []
    for q in found:
        a = out[-1] if out else None
        if (
            a is not None
            and not a.unit
            and not a.chinese
            and not q.chinese
            and norm[a.num_start : a.end].rstrip().endswith("亿")
            and q.start == a.end
            and q.unit.startswith("万")
            and not q.signed
        ):
            out[-1] = dataclasses.replace(
                q, start=a.start, value=a.value / 1e4 + q.value, num_start=a.num_start
            )
            continue
        out.append(q)
    return out


_RANGE_DASH = re.compile(rf"(?<=\d)-(?=\d+(?:\.\d+)?\s*[多余]?[万亿]?[多余]?\s*(?:{_BASE}))")
_RANGE_MARK = re.compile(r"\s*(?:-|~|～|至|到)\s*")


def _ranges(norm: str, found: list[Quantity]) -> list[Quantity]:
    """A range, 10-12亿元 / 300—350人 / 1500万元至2000万元 / 15%-20%: the low end at least
    (``>=``, taking the unit written after the high end), the high end at most (``<=``, its
    dash not a minus sign, marked ``range_end``)."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        gap = norm[a.end : b.start]
        dash = b.signed == "-" and not gap.strip()
        if not b.unit or not (dash or (gap and _RANGE_MARK.fullmatch(gap))):
            continue
        if a.unit not in ("", b.unit) and _base(a.unit) != _base(b.unit):
            continue  # 8000万元-1亿元 is a range; 3人-5户 is not
        if a.range_end or a.signed or b.value == 0:
            continue
        if is_percent_points(norm, b) or a.chinese != b.chinese:
            continue
        high = abs(b.value)
        scale = 1.0
        if not a.unit and high and "万" in norm[b.num_start : b.end] and b.unit[:1] not in "万亿":
            scale = 1e4  # 3-5万人 read as 万人 already; 3-5万 with no unit after: as written
        low = a.value * scale
        if low * _magnitude(a.unit or b.unit) >= high * _magnitude(b.unit):
            continue
        unit = a.unit or b.unit  # each end in the unit written with it
        out[i] = dataclasses.replace(a, value=low, unit=unit, approx=a.approx or ">=")
        out[i + 1] = dataclasses.replace(
            b, value=high, signed="", approx=b.approx or "<=", range_end=True
        )
    return out


def _base(unit: str) -> str:
    """万元 → 元, 亿元 → 元, 人 → 人."""
    return unit[1:] if len(unit) > 1 and unit[0] in "万亿" else unit


def _magnitude(unit: str) -> float:
    return {"万": 1e4, "亿": 1e8}.get(unit[:1], 1.0) if len(unit) > 1 else 1.0


def is_percent_points(norm: str, q: Quantity) -> bool:
    """``3.2个百分点``: a difference of rates, never a figure of its own."""
    return bool(PERCENT_POINTS.match(norm, q.end)) or (
        q.unit == "个" and norm.startswith("百分点", q.end)
    )
