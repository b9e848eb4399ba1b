"""Periods as reports write them, normalised: ``1-5月`` (year to date), ``5月`` (the month),
``全年``; ``上半年`` = 1-6月, 前三季度 / 截至三季度 = 1-9月, 元至6月 = 1-6月, 截至6月10日 =
1-6月 (with a note), and the year they belong to. Dates (6月10日) are not periods; a span of
years (2019-2020年, “十三五”期间) is its own basis, never one year's figure."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN_MONTH = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}
_CN_MONTH.update({"十": 10, "十一": 11, "十二": 12, "两": 2})
_M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_M_COUNT = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二两三四五六七八九])"  # 前两个月
_Q = r"[一二三四1-4]"
_Y = r"(?:(?:19|20)\d{2}|[一二][〇零○一二三四五六七八九]{3})"  # 2020, 二〇二〇
_NOT_IN_A_NUMBER = r"(?<![\d\[〇零○一二三四五六七八九])"
_YEAR = re.compile(rf"{_NOT_IN_A_NUMBER}({_Y})\s*年")
_CN_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")

# 2019年被评为…, 2019年签约的项目: when something happened, not the year of the figures
_EVENT = (
    r"\s*(?:被|获|先后|相继|成功|首次|正式)?\s*(?:结转|续建|签约|开工|建成|引进|实施|立项|获批|批准|启动|竣工|"
    r"投产|落户|注册|设立|成立|认定|评为|列为|列入|创建|入选|获评|荣获|授予|命名)"
)
_EVENT_AFTER = re.compile(_EVENT)

_PATTERNS = (
    # 2019-2020年, 2016年至2020年, “十三五”期间: several years together, no one year's figure
    (
        "span",
        re.compile(
            r"(?<![\d])(?:19|20)\d{2}\s*年?\s*(?:-|—|–|~|至|到)\s*(?:19|20)\d{2}\s*年(?:度)?"
            r"|[“\"]?十[一二三四五六七八九]?五[”\"]?\s*(?:期间|时期|以来)"
            # 2018年以来, 近三年来, 去年以来, 建镇以来: since then, several years (not 今年以来)
            rf"|(?:自|从)?{_NOT_IN_A_NUMBER}{_Y}\s*年\s*(?:以来|起|至今)"
            r"|近\s*[两二三四五六七八九十\d]{1,2}\s*(?:个)?年(?:来|以来)?"
            r"|近年来|近些年|多年来|历年来?|(?:去年|上年)以来|建(?:镇|乡|区|县|市)以来"
        ),
    ),
    (
        "range",
        re.compile(
            rf"(?:[1一元]\s*月?\s*(?:份)?\s*(?:-|~|至|到)\s*)(?P<m>{_M})\s*月(?:份)?(?P<e>底|末)?"
        ),
    ),
    # 截至6月10日 / 截止到6月底 / 截至6月末
    (
        "cutoff",
        re.compile(
            rf"(?:截至|截止到?|至|到)\s*(?:今年|本年|(?:19|20)\d{{2}}\s*年)?\s*(?P<m>{_M})\s*月\s*(?:份)?(?:(?P<d>\d{{1,2}})\s*日|(?P<e>底|末))?"
        ),
    ),
    # 6月以来, 6月中旬以来: from a month to now, an end not known (not the month itself)
    (
        "since_month",
        re.compile(
            rf"(?P<m>{_M})\s*月\s*(?:份)?\s*(?:上旬|中旬|下旬|初|中|底|末)?\s*(?:以来|至今)"
        ),
    ),
    # 去年四季度以来, 三季度至今; 10月上旬: from a quarter to now, or part of a month (not
    # the quarter or the month itself)
    (
        "since_month",
        re.compile(
            rf"(?:去年|上年|今年)?\s*(?:第)?{_Q}\s*季度\s*(?:末|初)?\s*(?:以来|至今)"
            rf"|(?<![\d-])(?:{_M})\s*月\s*(?:份)?\s*(?:上旬|中旬|下旬)"
        ),
    ),
    ("first_months", re.compile(rf"前\s*(?P<m>{_M_COUNT})\s*个?月")),
    ("half", re.compile(r"(?<!下)(?:上)?半年(?:度)?")),
    ("second_half", re.compile(r"下半年")),
    (
        "quarters",
        re.compile(
            rf"(?P<ctx>截至|截止到?|至|到|前|[1一]\s*(?:-|~|～))?\s*(?:第)?(?P<q>{_Q})\s*季度"
            r"(?P<e>末|累计)?"
        ),
    ),
    # (not 上年末, 去年底, 上年度: last year's end, a point compared with)
    ("year", re.compile(r"全年|(?<![上去前])(?:年度|年底前?|年末)|年内|今年全年")),
    # 2022年，全镇完成…: a year named alone is the whole year (not 2022年1-5月, 2022年以来)
    (
        "year_whole",
        re.compile(
            rf"{_NOT_IN_A_NUMBER}{_Y}\s*年(?:度)?"
            r"(?!\s*(?:以来|同期|全年|[\d一二两三四五六七八九十元上下前第底末初]|年))"
            rf"(?!{_EVENT})"
        ),
    ),
    (
        "month",
        re.compile(
            rf"(?<![\d-])(?P<m>{_M})\s*月(?:份)?(?:(?P<e>底|末)前?)?(?!\s*\d{{1,2}}\s*日)(?![\d])"
        ),
    ),
    ("this_month", re.compile(r"当月|本月")),
    ("to_date", re.compile(r"累计")),  # 本月…；累计…: the year to that month
)


@dataclass(frozen=True)
class Period:
    """A period found in the text: where, its normalised text, its last month (None for
    ``当月`` until the context names it), the basis it implies and whether it named a day or
    the end of a month."""

    start: int
    end: int
    text: str
    last: int | None
    basis: str  # ytd, month, annual, quarter, "" for 当月
    day: bool = False
    month_end: bool = False


def _month(token: str) -> int:
    return int(token) if token.isdigit() else _CN_MONTH[token]


def _quarter(token: str) -> int:
    return int(token) if token.isdigit() else "一二三四".index(token) + 1


def ytd(last: int) -> str:
    return f"1-{last}月" if last > 1 else "1月"


def find_periods(norm: str, start: int, end: int) -> list[Period]:
    """Every period between ``start`` and ``end``, in order, none overlapping (the longest
    reading of a place wins: 1-5月 over 5月)."""
    taken: list[tuple[int, int]] = []
    found: list[Period] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(norm, start, end):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            period = _period(kind, m)
            if period is not None:
                taken.append((m.start(), m.end()))
                found.append(period)
    return sorted(found, key=lambda p: p.start)


def _period(kind: str, m: re.Match[str]) -> Period | None:
    s, e = m.start(), m.end()
    if kind == "span":
        return Period(s, e, m.group(), None, "span")
    if kind == "cutoff":
        last = _month(m.group("m"))
        return Period(s, e, ytd(last), last, "ytd", day=bool(m.group("d")), month_end=True)
    if kind == "range":
        last = _month(m.group("m"))
        return Period(s, e, ytd(last), last, "ytd", month_end=bool(m.group("e")))
    if kind == "since_month":
        return Period(s, e, m.group(), None, "")
    if kind == "first_months":
        last = _month(m.group("m"))
        return Period(s, e, ytd(last), last, "ytd")
    if kind == "half":
        return Period(s, e, "1-6月", 6, "ytd")
    if kind == "second_half":
        return Period(s, e, "7-12月", 12, "")
    if kind == "quarters":
        q = _quarter(m.group("q"))
        if q == 1 or m.group("ctx") or m.group("e") or _front(m):
            return Period(s, e, ytd(3 * q), 3 * q, "ytd")
        return Period(s, e, f"{3 * q - 2}-{3 * q}月", 3 * q, "")  # a quarter by its name
    if kind in ("year", "year_whole"):
        return Period(s, e, "全年", 12, "annual", month_end=m.group().startswith("年"))
    if kind == "month":
        last = _month(m.group("m"))
        return Period(s, e, f"{last}月", last, "month", month_end=bool(m.group("e")))
    if kind == "to_date":
        return Period(s, e, "", None, "ytd")
    if kind == "this_month":
        return Period(s, e, "", None, "month")
    return None


def _front(m: re.Match[str]) -> bool:
    """前三季度: the 前 stands just before the match's own context group."""
    return m.string[max(0, m.start() - 1) : m.start()] == "前"


# 比2019年同期, 较2020年, 与2019年相比, 恢复到2019年同期的: a year compared with, not the
# year of the figures
_COMPARED_BEFORE = re.compile(
    r"(?:比|较|与|同|相比|对比|高于|低于|快于|慢于|恢复到|恢复至|相当于)\s*$"
)
# or a start; 2019年的96%, 2019年的1.3倍: a year a figure is measured against
_COMPARED_AFTER = re.compile(
    r"\s*(?:同期|同月|同季|水平|相比|比较|以来|起|至今|的\s*[\d.]+\s*(?:%|倍)"
    r"|(?:-|—|–|~|至|到)\s*(?:19|20)\d{2})"  # 2016年至2020年: a span of years
)
_SPAN_END = re.compile(r"(?:19|20)\d{2}\s*年?\s*(?:-|—|–|~|至|到)\s*$")  # 2016-2020年


def years(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """(offset, year) of every ``2020年`` between start and end that names the year of what
    is written (not a year compared with: 比2019年同期增长)."""
    return [
        (m.start(), _year(m.group(1)))
        for m in _YEAR.finditer(norm, start, end)
        if not is_compared(norm, m)
    ]


def compared_years(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """(offset, year) of every year compared with (比2019年同期, 较2020年) in start..end."""
    return [
        (m.start(), int(m.group(1)))
        for m in _YEAR.finditer(norm, start, end)
        if is_compared(norm, m)
    ]


def _year(written: str) -> int:
    """2020 or 二〇二〇 → 2020."""
    return int(written.translate(_CN_YEAR_DIGITS))


def is_compared(norm: str, m: re.Match[str]) -> bool:
    """A year compared with, where a span starts, or when an event happened: not the year
    of the figures written."""
    return bool(
        _COMPARED_BEFORE.search(norm, max(0, m.start() - 4), m.start())
        or _SPAN_END.search(norm, max(0, m.start() - 8), m.start())
        or _COMPARED_AFTER.match(norm, m.end())
        or _EVENT_AFTER.match(norm, m.end())
    )
