"""What a sheet holds: the long table (indicator, date, value, basis) or the planners' wide
sheet, turned into raw long rows that keep each cell's file, row and column.

A wide sheet may have title rows above its header (``2020年1-5月主要经济指标``, ``单位：万元``),
a year row above the month headers (merged ``2019年`` cells), month headers with a year or a
unit (``2019年1-5月``, ``1-5月(万元)``, ``5月当月``, ``1-5月增速``), a 单位 column, notes columns
(ignored), ``—``/``-``/``/`` for a missing month, 其中 and indented rows (children of the row
above, read as their own indicators; Excel's alignment indent counts as indented) and 合计/小计
rows (checked against the rows above them, then dropped). Every row is described in
:class:`Understood` for ``inspect``.

A district's sheets carry the town: a 单位名称/乡镇/镇街 column (one block of rows per town) or
one sheet per town (``town_sheets``); a long table's ``entity`` column likewise. In an .xls,
whose cells come without number formats, a row of growth figures all strictly between -1 and
1 is read as percent cells (``_fractions``, warned as ``percent_assumed``).

Rows are kept in :class:`Records`, column by column, so a file of a million rows costs tens of
MB, not a tuple per row.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import math
import operator
import re
import sys
import unicodedata
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, replace

import numpy as np
import pandas as pd

from file_readers.long_words import long_basis, long_header
from file_readers.sheets import Formula, Percent, Sheet, WalkedRows
from forecast.catalogue import Catalogue
from forecast.district.model import ENTITY_HEADERS
from forecast.errors import Problem
from forecast.units import UNITS, UnitError, family, parse_quantity

__all__ = [
    "LONG_COLUMNS",
    "RECORD_COLUMNS",
    "Layout",
    "Records",
    "Understood",
    "lay_out",
    "town_sheets",
    "towns_without_figures",
    "wide_towns",
]

LONG_COLUMNS = ("indicator", "date", "value", "basis")
# a raw long row as a tuple (a dict per row would cost a file's size several times over)
RECORD_COLUMNS = (
    "indicator",
    "date",
    "value",
    "basis",
    "unit",
    "_row",
    "_column",
    "_file",
    "entity",  # the town a wide sheet's row belongs to (None for one town's file)
)
_INDICATOR_HEADERS = {"indicator", "指标", "指标名称", "项目", "名称", "项目名称", "指标项目"}
_UNIT_HEADERS = {"unit", "单位", "计量单位"}
_MISSING = {"", "-", "—", "——", "--", "/", "－", "…", "...", "nan", "none", "null", "n/a", "na"}
_TOTAL_NAMES = {"合计", "小计", "总计", "全部合计", "总合计"}
# a town column's header (forecast.district's ENTITY_HEADERS, compared as _key compares)
_ENTITY_KEYS = {"".join(unicodedata.normalize("NFKC", h).split()).lower() for h in ENTITY_HEADERS}
_ENTITY_TOTALS = _TOTAL_NAMES | {"全区", "全县", "全市", "全镇", "全部", "合计数"}
_NOTE_NAMES = ("注", "备注", "说明", "填表", "制表", "审核", "负责人", "联系", "数据来源", "来源")
_MONTH_HEADER = re.compile(
    r"^(?:(?P<year>(?:19|20)\d{2})\s*(?:年|[-/.])?\s*)?"
    r"(?:(?P<first>\d{1,2})\s*(?:月)?\s*[-—–~～至到]\s*)?(?P<month>\d{1,2})\s*月份?(?P<rest>.*)$"
)
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?")
_ONLY_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*年?(?:度)?\s*$")
_ENUM = re.compile(
    r"^(?:[(（]?[0-9一二三四五六七八九十]{1,3}[)）]|[0-9一二三四五六七八九十]{1,3}[、.．])\s*"
)
_CHILD = re.compile(r"^其中\s*[:：,，]?\s*")
_UNIT_IN_NAME = re.compile(r"^(?P<name>.+?)\s*[(（\[【](?P<unit>[^()（）\[\]【】]+)[)）\]】]\s*$")
# last year's column written as 上年1-5月 / 去年同期1-5月
_LAST_YEAR_PREFIX = re.compile(r"^(?:上年|去年)(?:同期)?\s*")
# … or after the months: 1-5月同期, 1-5月上年同期, 1-5月（上年）, and 同期1-5月 before them
_LAST_YEAR_SUFFIX = re.compile(r"\s*[(（]?(?:(?:上年|去年)(?:同期)?|同期)[)）]?\s*$")
_SAME_PERIOD_PREFIX = re.compile(r"^同期\s*(?=[\d一二三四五六七八九十])")
# a total of the whole town: 全镇合计, 以上合计
_TOTAL_PREFIXES = ("全镇", "全区", "全县", "全市", "全乡", "本镇", "全部", "以上", "总")
_GROWTH_WORDS = ("增速", "增长", "同比", "增幅", "%")
# a header without a month of its own: this month, the year to date, last year's same period,
# growth (resolved against the month of the sheet's title or the column to its left)
_THIS_MONTH = re.compile(r"^(?:本月|当月)(?:实际)?(?:完成)?(?:数|值|额)?(?:[(（].*[)）])?$")
# (本年 or 今年 alone, beside 上年, is this year's to date too)
_YEAR_TO_DATE = re.compile(
    r"^(?:(?:本年|本期|年初至今|自年初|本月止|截至本月|截止本月|年初至本月|本年截至本月)?累计"
    r"|本年|今年)(?:实际)?(?:完成)?(?:数|值|额)?(?:[(（].*[)）])?$"
)
# 本期: the period the title names, read only where that is a range from January (1-5月)
_THIS_PERIOD = re.compile(r"^本期(?:实际)?(?:完成)?(?:累计)?(?:数|值|额)?(?:[(（].*[)）])?$")
_LAST_YEAR = re.compile(
    r"^(?:去年|上年|上年同期|去年同期|同期)(?:同期)?(?:累计)?(?:数|值)?(?:[(（].*[)）])?$"
)
# a header saying a period this reader did not place (本年累计完成额度, 当月实绩): refused, not
# ignored as a note would be; targets and shares of them are no months
_UNPLACED = re.compile(
    r"^(?!.*(?:目标|计划|任务|进度|占|比重|备注|说明|预计|预测|预估|估计|估算|预算|测算|应完成|考核|均|排名|位次))"
    r".*(?:累计|本月|当月|本期)"
)
# a change that is no year-on-year growth in %: against last month (环比, 比上月), in points
# (个百分点) or an amount (增减额, 增加量, 比上年增减（万元）): such a column is not read
# (nor an average over years, a rank of growth, a target's or an estimate's growth)
_NOT_YOY = re.compile(
    r"环比|上月|百分点|额|量|绝对|增长点|点数|拉动|贡献|年均|排名|位次|排位|名次"
    r"|目标|计划|任务|预计|预测|预期|预估"
)
_GROWTH_HEADER = re.compile(r"增长|增速|增幅|增减|同比|±|比上年|比去年")
# this year's months written 今年1-5月 / 本年1-5月: the year of the sheet
_THIS_YEAR_PREFIX = re.compile(r"^\s*(?:今年|本年)\s*(?=[\d一二三四五六七八九十])")
# a header counting up to a month's end: 截至5月末, 截止5月, 至5月 (the year to date)
_UP_TO = re.compile(r"^(?:截至|截止到?|至)\s*")
# a month column that holds no actual figure: a plan, a target, an estimate (1-5月计划, 1-6月预计)
_NOT_ACTUAL = re.compile(
    r"计划|目标|任务|预计|预测|预估|估计|估算|预算(?!执行)|测算|应完成|考核|序时|时序|均"
)  # (…均: an average, 1-5月月均 is the year to date over 5)
# a figure typed as an estimate or approximation (5010（预计）, 约5000, 5000左右): no actual figure
_ESTIMATE = re.compile(r"预计|预测|预估|估计|估算|约|左右|大概|大约|暂估")
# a column adding up the months to its left (季度合计, 合计): the months are each month's own
_TOTAL_COLUMN = re.compile(r"^(?:全年|季度|本季|本季度|上半年|下半年|年度)?(?:合计|总计|小计)数?$")
# a year-long header naming a plan (2020年目标, 2020年计划): the year of the months beside it
_PLAN_YEAR = re.compile(r"^((?:19|20)\d{2})\s*年(?:度)?(?:全年)?(?:目标|计划|任务|预算)")
# a year written with two digits before a month (20年1-5月): the 2000s
# the same at the start of a header (20年1-5月 | 19年1-5月)
_SHORT_YEAR_START = re.compile(r"^(\d{2})\s*年\s*(?=\d{1,2}\s*(?:[-—–~～至到]|月))")
# (at the start or after a space or a mark only: 近20年, 前20年 are spans of years)
_SHORT_YEAR = re.compile(
    r"(?:^|(?<=[\s,，、:：;；(（\[【'’\"“]))(\d{2})\s*年\s*"
    r"(?=(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:[-—–~～至到]|月))"
)
# (a day after the month, 6月10日报送, makes it a date, no period)
_PERIOD_IN_TEXT = re.compile(
    r"(?:(\d{1,2})\s*[-—–~～至到]\s*)?(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])"
)
# footnote marks typed after a name: 国税*, 固投①, 新增就业（注1）, 国税注2
_FOOTNOTE = re.compile(
    r"(?:\s*(?:[*＊※†‡]+|[①-⑳⑴-⒇❶-❿]|[¹²³⁴-⁹⁰]+|[(（]\s*注\s*\d{0,2}\s*[)）]|注\s*(?:\d{1,2}|[①-⑳⑴-⒇❶-❿])))+\s*$"
)
# growth typed in words: 下降3.2%, 增长11.3%, 持平
_GROWTH_TEXT = re.compile(
    r"^(?P<word>下降|减少|降低|回落|下滑|负增长|增长|增加|上升|提高)\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<pct>%?)$"
)
# months written in Chinese numerals in a header: 一至五月累计, 十二月
_CN_NUMBERS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
_CN_MONTH = re.compile(
    r"(十[一二]|[一二三四五六七八九十])(?=\s*(?:月|[-—–~～至到]\s*(?:十[一二]|[一二三四五六七八九十])\s*月))"
)
_HEADER_WORDS = re.compile(
    r"[(（][^()（）]*[)）]|累计|当月|本月|增速|增长|同比|增幅|完成|实际|数|值|额|止|末|底|份|%|[:：\s]"
)


# a quarter or half year as the months it spans: 一季度 is 1-3月, 上半年 1-6月, 前三季度 1-9月
# (二季度 is 4-6月, refused as a header: it starts after January)
_PERIOD_WORDS = re.compile(
    r"(前三季度?|一至三季度|1\s*[-—–~～至到]\s*3\s*季度|第?[一二三四1234]\s*季度?|[上下]半年)"
)
_PERIOD_MONTHS = {"一": "1-3", "二": "4-6", "三": "7-9", "四": "10-12", "上": "1-6", "下": "7-12"}


def _period_as_months(found: re.Match) -> str:
    word = found.group(1)
    if word.startswith("前") or re.match(r"(?:一|1)\s*[-—–~～至到]", word):
        return "1-9月"
    key = word.lstrip("第")[0]
    return _PERIOD_MONTHS["一二三四"[int(key) - 1] if key.isdigit() else key] + "月"


def _month_header(text: str) -> re.Match | None:
    """A month column's header (``1-5月``, ``2019年5月当月``, ``1-5月(万元)``, ``一季度`` as
    1-3月), not a title that happens to start with a period (``2020年1-5月主要经济指标``)."""
    if not text.isascii():
        text = _THIS_YEAR_PREFIX.sub("", text.replace("元月", "1月"))  # 今年1-5月; 元月 is January
        text = _CN_MONTH.sub(lambda n: str(_CN_NUMBERS.index(n.group(1)) + 1), text)
        if "季" in text or "半年" in text:
            text = _PERIOD_WORDS.sub(_period_as_months, text)
    text = _UP_TO.sub("", "".join(text.split()) if "\n" in text else text)
    m = _MONTH_HEADER.match(_SHORT_YEAR_START.sub(r"20\1年", text))
    if m is None or len(_HEADER_WORDS.sub("", m.group("rest"))) > 2:
        return None
    return m


@dataclass(frozen=True, slots=True)  # one per row of a sheet: no __dict__ each
class Understood:
    """How one row of a sheet was read (``inspect`` lists these).

    ``role``: ``indicator``, ``child`` (其中 or indented, under ``parent``), ``total`` (合计,
    checked and dropped), ``skipped`` (``why``: a code).
    """

    sheet: str
    row: int
    written: str
    indicator: str = ""
    how: str = ""  # id, name, alias, new
    unit: str = ""
    unit_from: str = ""  # cell, column, header, name, title, catalogue
    periods: str = ""  # 2019-02…2020-05
    role: str = "indicator"
    parent: str = ""
    why: str = ""
    entity: str = ""  # the town the row belongs to (a district's sheets)


_TEXT_FIELDS = tuple(f.name for f in fields(Understood) if f.name != "row")


class Lines:
    """``Understood`` lines kept compactly while a file is read: a large workbook has a line
    per sheet row, and they are held through its validation. Each field but the row number
    is a code into the distinct values met (11 × 4 bytes a line, where an object took some
    130); iterating makes the lines again."""

    __slots__ = ("_codes", "_distinct", "_rows", "_values")

    def __init__(self) -> None:
        self._values: dict[object, int] = {}
        self._distinct: list[object] = []
        self._codes = array("i")
        self._rows = array("q")  # -1: a line without a row

    def append(self, line: Understood) -> None:
        self._rows.append(-1 if line.row is None else line.row)
        for name in _TEXT_FIELDS:
            value = getattr(line, name)
            code = self._values.get(value)
            if code is None:
                code = self._values[value] = len(self._distinct)
                self._distinct.append(value)
            self._codes.append(code)

    def extend(self, lines: Iterable[Understood]) -> None:
        for line in lines:
            self.append(line)

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, k: int) -> Understood:
        if not -len(self) <= k < len(self):
            raise IndexError(k)
        return next(itertools.islice(iter(self), k % len(self), None))

    def __iter__(self) -> Iterator[Understood]:
        width, distinct = len(_TEXT_FIELDS), self._distinct
        for k, row in enumerate(self._rows):
            values = (distinct[c] for c in self._codes[k * width : (k + 1) * width])
            fields_of = dict(zip(_TEXT_FIELDS, values, strict=True))
            yield Understood(row=None if row < 0 else row, **fields_of)  # type: ignore[arg-type]


_KEYED = (0, 3, 4, 7, 8)  # indicator, basis, unit, file, entity: repeat together


class Records:
    """Raw long rows (tuples of RECORD_COLUMNS) kept column by column, compactly: the text that
    repeats together (name, basis, unit, file, town) as one 4-byte code into the list of
    distinct combinations, the date and the cell's column (a wide sheet's header) each as a
    code into its distinct values, row numbers as 8-byte integers, and values as written,
    except that a plain non-negative number written as text is kept as its float (what it
    reads as anyway). A million rows take tens of MB instead of a tuple and its cells each."""

    def __init__(self) -> None:
        self._keys: dict[tuple, int] = {}
        self._key_codes = array("i")
        self._dates: dict[object, int] = {}
        self._date_codes = array("i")
        self._columns: dict[object, int] = {}  # a wide sheet's headers (one per month column)
        self._column_codes = array("i")
        self._numbers = array("d")  # plain numbers; NaN where the cell is in _written
        self._written: dict[int, object] = {}  # by position: cells that are no plain number
        self._rows = array("i")  # row numbers: 4 bytes (2^31 rows are refused long before)
        self._split: dict[int, tuple[np.ndarray, list]] = {}
        self._file = ""

    def __len__(self) -> int:
        return len(self._rows)

    def append(self, record: tuple) -> None:
        """Add one row (a tuple of RECORD_COLUMNS), its cells as validation reads them."""
        entity = record[8] if len(record) > 8 else None
        self._add(
            (False, record[0], record[3], record[4], record[7], entity),
            record[1],
            record[2],
            record[5],
            record[6],
        )

    def append_long(
        self,
        row: int,
        name: object,
        date: object,
        value: object,
        basis: object,
        unit: object,
        entity: object = None,
    ) -> None:
        """Add a long table's row with its cells as written (names, dates, bases and units
        are cleaned once per distinct value, see ``_cell_value``); ``file`` is the last one
        given to :meth:`long_file`; ``entity`` the town (a district's table)."""
        town = (_text(entity) or None) if entity is not None else None
        key = (True, name, basis, unit, self._file, town)
        self._add(key, date, _cell_value(value), row, None)

    def long_file(self, file: str) -> None:
        self._file = file

    @property
    def entities(self) -> list[str]:
        """The towns named (wide sheets with a 单位名称/乡镇 column, or a sheet per town)."""
        return [str(e) for e in self._by_key(8)[1]]

    def _add(self, key: tuple, date: object, value: object, row: int, column: object) -> None:
        code = self._keys.get(key)
        if code is None:
            code = self._keys[key] = len(self._keys)
            self._split.clear()  # a distinct value more: the codes worked out are stale (a
            # second long sheet's new dates indexed past the first sheet's: IndexError)
        self._key_codes.append(code)
        code = self._dates.get(date)
        if code is None:
            code = self._dates[date] = len(self._dates)
            self._split.clear()
        self._date_codes.append(code)
        code = self._columns.get(column)
        if code is None:
            code = self._columns[column] = len(self._columns)
            self._split.clear()
        self._column_codes.append(code)
        number = None
        if type(value) is float and value == value:
            number = value
        elif type(value) is int and 0 <= value <= 2**53:  # a negative is reported as written
            number = float(value)
        elif type(value) is str and value[:1] not in ("-", "\u2212", ""):
            number = _plain_number(value)
        if number is None:
            self._written[len(self._numbers)] = value
            number = math.nan
        self._numbers.append(number)
        self._rows.append(row)

    def _by_key(self, i: int) -> tuple[np.ndarray, list]:
        """For column ``i`` of RECORD_COLUMNS: the code of each distinct combination's (or
        date's) value (-1 for a blank), and the distinct values."""
        if i not in self._split:
            seen: dict[object, int] = {}
            if i == 1:
                cells = [_clean(d) for d in self._dates]
            elif i == 6:
                cells = list(self._columns)
            else:
                at = _KEYED.index(i) + 1
                cells = [_clean(k[at]) if k[0] and i in (0, 3, 4) else k[at] for k in self._keys]
            codes = np.empty(len(cells), dtype=np.int32)
            for k, cell in enumerate(cells):
                if cell is None or cell != cell:  # None or NaN: blank
                    codes[k] = -1
                    continue
                codes[k] = seen.setdefault(cell, len(seen))
            self._split[i] = (codes, list(seen))
        return self._split[i]

    def by_key(self, i: int) -> tuple[np.ndarray, list]:
        """For column ``i``: the code of each distinct combination's value (-1 for a blank),
        and the distinct values (see :meth:`column`)."""
        return self._by_key(i)

    def key_spans(
        self, start: int, date_rank: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For each distinct combination of the repeated columns, over its rows from ``start``
        on: the position of its first one (counted from ``start``; ``len(self) - start`` for a
        combination without rows there), and the lowest and highest ``date_rank`` of its
        rows' dates (``date_rank``: one per distinct cleaned date, -1 for a date not counted;
        -1 where none counts). Four bytes a row for a moment, not a table of the rows."""
        n = len(self) - start
        count = len(self._keys)
        keys = np.array(self._key_codes[start:], dtype=np.int32)
        first = np.full(count, n, dtype=np.int64)
        np.minimum.at(first, keys, np.arange(n, dtype=np.int64))
        per_date, _ = self._by_key(1)
        rank = np.where(per_date >= 0, np.append(date_rank, -1)[per_date], -1).astype(np.int32)
        ranks = rank[np.array(self._date_codes[start:], dtype=np.int32)]
        high = np.full(count, -1, dtype=np.int32)
        np.maximum.at(high, keys, ranks)
        ranks[ranks < 0] = np.iinfo(np.int32).max
        low = np.full(count, np.iinfo(np.int32).max, dtype=np.int32)
        np.minimum.at(low, keys, ranks)
        return first, np.where(high >= 0, low, -1), high

    def row_at(self, position: int) -> int:
        """The file's row number of the row at ``position``."""
        return int(self._rows[position])

    def column(self, i: int, start: int = 0) -> np.ndarray:
        """Codes of a repeated column (-1 for a blank) from row ``start`` on."""
        per_key, _ = self._by_key(i)
        codes = {1: self._date_codes, 6: self._column_codes}.get(i, self._key_codes)
        # a view of the codes (freed at once), looked up into 4 bytes a row
        return per_key[np.frombuffer(codes, dtype=np.int32)[start:]]

    def distinct(self, i: int) -> list:
        """The distinct values of a repeated column, in code order."""
        return self._by_key(i)[1]

    def rows(self, start: int = 0) -> np.ndarray:
        return np.array(self._rows[start:], dtype=np.int64)

    def _values(self) -> np.ndarray:
        """The values column: float64 where every cell is a plain number (a clean file: 8
        bytes a row), else objects (the cells as written where they are no plain number)."""
        numbers = np.frombuffer(self._numbers, dtype=np.float64)  # a view: not copied
        self._numbers = array("d")
        if not self._written:
            return numbers
        values = numbers.astype(object)
        for pos, cell in self._written.items():
            values[pos] = cell
        self._written = {}
        return values

    def frame(self) -> pd.DataFrame:
        """The rows as a raw long table (repeated columns as categoricals), emptying this."""
        columns: dict[str, object] = {}
        for i, name in enumerate(RECORD_COLUMNS):
            if i == 8 and not self.entities:
                continue  # one town's file: no entity column
            if i == 2:
                columns[name] = self._values()
            elif i == 5:  # a view of the row numbers: not copied
                columns[name] = np.frombuffer(self._rows, dtype=np.int32)
            else:
                categories = pd.Index(self.distinct(i), dtype=object)
                columns[name] = pd.Categorical.from_codes(self.column(i), categories=categories)
        self.__init__()  # type: ignore[misc]  # emptied: the frame holds the rows now
        return pd.DataFrame(columns, copy=False)


def _clean(cell: object) -> object:
    """A long table's cell as validation reads it (a blank cell as '')."""
    return "" if cell is None else _cell_value(cell)


def _plain_number(text: str) -> float | None:
    """A plain number as ``parse_quantity`` reads it (what ``float`` reads, without ``_``,
    finite and not huge), else None (read later, cell by cell)."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if 0 <= value < 1e290 and "_" not in text else None


@dataclass(frozen=True)
class Layout:
    """Raw long rows (``records``), problems found while laying out (some confined to one
    indicator), and how each row was understood."""

    records: Records
    problems: list[Problem]
    understood: Lines
    long: bool = False


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime.date):  # a header typed 2020年1月 that Excel made a date
        return f"{cell.year}年{cell.month}月"
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return unicodedata.normalize("NFKC", str(cell)).strip()


def _key(cell: object) -> str:
    return "".join(_text(cell).split()).lower()


def lay_out(
    sheets: list[Sheet],
    catalogue: Catalogue,
    label: str,
    year: int | None = None,
    basis: str | None = None,
) -> Layout:
    """Every sheet's rows as raw long records; see the module's docstring."""
    records = Records()
    problems: list[Problem] = []
    understood = Lines()
    named = len([s for s in sheets if s.rows]) > 1
    any_long = False
    # a hidden sheet (旧2020年, a scratch sheet) is said, not read (unless it is all there is)
    if any(not s.hidden for s in sheets):
        for sheet in (s for s in sheets if s.hidden):
            problems.append(
                Problem(f"{label}:{sheet.name}", None, None, "sheet_hidden", sheet.name)
            )
        sheets = [s for s in sheets if not s.hidden]
    towns = town_sheets(sheets)
    for sheet in sheets:
        file = f"{label}:{sheet.name}" if named else label
        sheet = _transposed(sheet) or sheet
        header = _find_header(sheet)
        if header is not None and named and sheet.name not in towns and not _has_figures(sheet):
            header = None  # a cover sheet (某某镇统计月报 / 2020年5月): no figures at all
        if header is None:
            if _has_figures(sheet):
                problems.append(Problem(file, None, None, "no_header", sheet.name or label))
            elif sheet.name:  # a workbook's sheet of notes; a CSV without figures is empty
                problems.append(Problem(file, None, None, "sheet_skipped", sheet.name))
            continue
        kind, at = header
        if kind == "long":
            any_long = True
            start = len(records)
            _long(sheet, at, catalogue, file, records, problems)
            understood.extend(_long_understood(sheet.name, records, start, catalogue))
        else:
            town = sheet.name if sheet.name in towns else None
            parts = _side_by_side(sheet, at, catalogue)
            titles = " ".join(_text(c) for _, cells in sheet.rows[:at] for c in cells if c)
            for part in parts or [sheet]:
                outer = titles if parts else ""  # the sheet's titles date each table beside
                _wide(
                    part,
                    at,
                    catalogue,
                    file,
                    year,
                    basis,
                    records,
                    problems,
                    understood,
                    town,
                    outer=outer,
                )
    return Layout(records, problems, understood, any_long)


def _names_below(sheet: Sheet, at: int, j: int, catalogue: Catalogue) -> bool:
    """True if column ``j`` under a blank header holds names (text that is no number or
    missing mark) on at least half of its filled cells, one of them an indicator the
    catalogue knows: the names of a table beside (not a column of notes)."""
    filled = names = known = 0
    for _, cells in sheet.rows[at + 1 : at + 201]:
        cell = cells[j] if j < len(cells) else None
        if not _text(_cell_value(cell)):
            continue
        filled += 1
        if isinstance(cell, str) and _number(cell) is None:
            names += 1
            known += catalogue.lookup(_ENUM.sub("", _CHILD.sub("", _text(cell)))) is not None
    return known > 0 and 2 * names >= filled


def _side_by_side(sheet: Sheet, at: int, catalogue: Catalogue) -> list[Sheet] | None:
    """Tables side by side on one sheet, each with its own 指标 column and months (指标 | 1月 |
    2月 | 3月 ‖ 指标 | 4月 | 5月, or a 当月 table beside a 累计 one): the sheet cut into one per
    table, each cell keeping its row number, else None. Read as one table, the right one's
    figures were given to the left one's names on the same rows."""
    header = sheet.rows[at][1]
    months = [i for i, c in enumerate(header) if isinstance(c, str) and _month_header(_text(c))]
    if not months:
        return None
    cuts = [
        j
        for j, c in enumerate(header)
        if j > months[0]
        and any(m > j for m in months)
        and (
            _key(c) in _INDICATOR_HEADERS
            or (not _text(c) and _names_below(sheet, at, j, catalogue))
        )
    ]
    if not cuts:
        return None
    bounds = [0, *cuts, None]
    return [
        Sheet(
            sheet.name,
            tuple((n, tuple(cells[a:b])) for n, cells in sheet.rows),
            sheet.formats,
            sheet.hidden,
        )
        for a, b in itertools.pairwise(bounds)
    ]


def towns_without_figures(layout: Layout, label: str) -> list[Problem]:
    """An ``entity_no_data`` problem for each town whose rows were read but hold no figure
    (every month '—' or blank), naming the latest year of the file. Call before
    ``Records.frame`` empties the records."""
    with_figures = set(layout.records.entities)
    towns = dict.fromkeys(u.entity for u in layout.understood if u.entity)
    years = [int(str(d)[:4]) for d in layout.records.distinct(1) if str(d)[:4].isdigit()]
    year = str(max(years)) if years else ""
    return [
        Problem(label, None, "entity", "entity_no_data", town, year)
        for town in towns
        if town not in with_figures
    ]


def wide_towns(sheets: list[Sheet]) -> bool | None:
    """None if no sheet is a wide sheet; else whether the wide sheets name towns (a
    单位名称/乡镇 column, towns side by side over their months, or a sheet per town, see
    ``town_sheets``)."""
    found = False
    for sheet in sheets:
        header = _find_header(sheet)
        if header is None or header[0] != "wide":
            continue
        found = True
        if any(_key(c) in _ENTITY_KEYS for c in sheet.rows[header[1]][1]):
            return True
        if header[1] > 0 and _towns_across(sheet.rows[header[1] - 1][1], sheet.rows[header[1]][1]):
            return True  # towns side by side, each over its months
    if not found:
        return None
    return bool(town_sheets(sheets))


_SHEET_NAMES = re.compile(r"^(?:sheet|工作表)\s*\d*$", re.IGNORECASE)


def town_sheets(sheets: list[Sheet]) -> set[str]:
    """The names of the sheets that are each one town's (sheet name = town name): two or more
    wide sheets, none naming a year, a basis (累计, 当月) or left with a default name (Sheet2),
    without a 单位名称/乡镇 column, and holding the same indicators (their names, two or more
    in common). Read as one town they would be duplicates of each other."""
    wide: dict[str, set[str]] = {}
    for sheet in sheets:
        found = _find_header(sheet)
        if found is None or found[0] != "wide":
            continue
        name = unicodedata.normalize("NFKC", sheet.name).strip()
        if not name or _YEAR.search(name) or _SHEET_NAMES.match(name):
            return set()
        if any(w in name for w in ("累计", "当月", "本月")) or _PERIOD_IN_TEXT.search(name):
            return set()  # a sheet per month (1-5月) is no town
        header = sheet.rows[found[1]][1]
        if any(_key(c) in _ENTITY_KEYS for c in header):
            return set()
        names = set()
        for _, cells in sheet.rows[found[1] + 1 : found[1] + 200]:
            for c in cells[:3]:
                key = _key(_CHILD.sub("", _text(c)))
                if key and _number(c) is None and not key.isdigit():
                    names.add(key)
        wide[sheet.name] = names
    if len(wide) < 2:
        return set()
    sets = list(wide.values())
    shared = set.intersection(*sets)
    return set(wide) if len(shared) >= 2 else set()


def _find_header(sheet: Sheet) -> tuple[str, int] | None:
    """('long' or 'wide', position in ``sheet.rows``) of the header row, looking at the
    first rows only (titles above it)."""
    for pos, (_, cells) in enumerate(sheet.rows[:30]):
        keys = {_key(c) for c in cells}
        named = {long_header(k) for k in keys}  # 指标名称 | 时间 | 数值 | 口径 too
        if "indicator" in named and len(named & {"date", "value", "basis"}) >= 2:
            return "long", pos
        if sum(1 for c in cells if _text(c)) < 2:
            continue  # a title alone in its row (2020年5月) is no header
        if any(_month_header(_text(c)) for c in cells if isinstance(c, (str, datetime.date))):
            return "wide", pos
        if keys & _INDICATOR_HEADERS and any(
            _THIS_MONTH.match(k) or _YEAR_TO_DATE.match(k) or _THIS_PERIOD.match(k)
            for k in keys
            if k
        ):
            return "wide", pos
    return None


def _transposed(sheet: Sheet) -> Sheet | None:
    """A sheet with the months down its first column (``1-2月``, ``1-3月`` …) and the
    indicators across the row above them, turned to the usual layout (a row per indicator;
    its row number is the names' row, the column the month as written); else None."""
    found = _find_header(sheet)
    if found is None or found[0] != "wide" or found[1] == 0:
        return None
    at = found[1]
    head_number, head = sheet.rows[at - 1]
    block = []
    for _, cells in sheet.rows[at : at + 400]:
        first = cells[0] if cells else None
        if not (isinstance(first, str) and _month_header(_text(first))):
            break
        if any(isinstance(c, str) and _month_header(_text(c)) for c in cells[1:]):
            return None
        block.append(cells)
    if at >= 2 and _units_only(head):  # a row of units under the names: each name takes its unit
        head_number, names_row = sheet.rows[at - 2]
        head = tuple(
            f"{_text(name)}（{_unit_of(head[j])}）" if j and _text(name) and j < len(head) else name
            for j, name in enumerate(names_row)
        )
        at -= 1
        sheet = Sheet(sheet.name, (*sheet.rows[:at], *sheet.rows[at + 1 :]), sheet.formats)
    names = [c for c in head[1:] if _text(c) and _number(c) is None]
    if len(block) < 2 or not names or _month_header(_text(head[0])):
        return None
    if at >= 2 and _bases_only(head):  # names merged over 当月 | 累计 pairs: a table per basis
        return _transposed_pairs(sheet, at, block)
    rows: list = list(sheet.rows[: at - 1])
    rows.append((head_number, ("指标", *(cells[0] for cells in block))))
    for j, name in enumerate(head):
        if j and _text(name):
            rows.append((head_number, (name, *(c[j] if j < len(c) else None for c in block))))
    return Sheet(sheet.name, tuple(rows), sheet.formats)


def _unit_of(cell: object) -> str:
    """A unit written alone in a cell (``万元``, ``（万元）``, ``单位：万元``), else ''."""
    bare = re.sub(r"^单位[:：]?|[()（）\[\]【】\s]", "", _text(cell))
    return bare if bare in UNITS else ""


def _units_only(head: tuple) -> bool:
    """True for a row of units under a header or the indicators' names (``| 万元 | 亿元 |
    万人次``, its first cell blank or 单位)."""
    units = [c for c in head[1:] if _text(c)]
    first = not head or not _text(head[0]) or _key(head[0]) in _UNIT_HEADERS
    return first and bool(units) and all(_unit_of(c) for c in units)


def _bases_only(head: tuple) -> bool:
    """True for a row of 当月 | 累计 | 增长% words under the indicators' names."""
    words = [_key(c) for c in head[1:] if _text(c)]
    return (
        not _text(head[0])
        and bool(words)
        and all(
            _THIS_MONTH.match(w) or _YEAR_TO_DATE.match(w) or _GROWTH_HEADER.search(w)
            for w in words
        )
    )


def _transposed_pairs(sheet: Sheet, at: int, block: list) -> Sheet:
    """Months down the side under two header rows, each name merged over its 当月 | 累计
    columns: turned to one table per basis word, stacked (``指标 | 1月当月 | 2月当月 …``, then
    ``指标 | 1月累计 …``), each row numbered as the names' row."""
    names_number, names = sheet.rows[at - 2]
    _, head = sheet.rows[at - 1]
    carried, name_of = "", {}
    for j in range(1, len(head)):
        written = names[j] if j < len(names) else None
        if _text(written):
            carried = written
        if _text(head[j]) and carried:
            name_of[j] = carried
    rows: list = list(sheet.rows[: at - 2])
    for word in dict.fromkeys(_text(head[j]) for j in name_of):
        months = (f"{_text(cells[0])}{word}" for cells in block)
        rows.append((names_number, ("指标", *months)))
        for j, name in name_of.items():
            if _text(head[j]) == word:
                values = (c[j] if j < len(c) else None for c in block)
                rows.append((names_number, (name, *values)))
    return Sheet(sheet.name, tuple(rows), sheet.formats)


def _has_figures(sheet: Sheet) -> bool:
    """True if any cell holds a number (text that reads as one counts)."""
    for _, cells in sheet.rows:
        for c in cells:
            if isinstance(c, (int, float, Percent)) and not isinstance(c, bool):
                return True
            if isinstance(c, str) and _number(c) is not None:
                return True
    return False


def _cell_value(cell: object) -> object:
    """A cell as the reader of values takes it: a percentage with its %, missing marks as
    blank."""
    if type(cell) is str:
        if len(cell) <= 12 and not ("0" <= cell[:1] <= "9") and _is_missing(cell):
            return ""
        return cell
    if isinstance(cell, Percent):
        return f"{cell.value:.12g}%"
    if isinstance(cell, str) and len(cell) <= 12 and _is_missing(cell):
        return ""
    return cell


@functools.lru_cache(maxsize=4096)
def _is_missing(text: str) -> bool:
    """``—``, ``-``, ``/``, ``n/a`` … (short text, looked up once per distinct text)."""
    bare = text.strip()
    return bare in _MISSING or (len(bare) <= 4 and _key(bare) in _MISSING)


def _long(
    sheet: Sheet,
    at: int,
    catalogue: Catalogue,
    file: str,
    records: Records,
    problems: list[Problem],
) -> None:
    header_row, header = sheet.rows[at]
    names = [long_header(_key(c)) for c in header]
    index = {n: i for i, n in reversed(list(enumerate(names))) if n}
    missing = [c for c in LONG_COLUMNS if c not in index]
    if missing:
        problems.append(Problem(file, header_row, None, "missing_column", "", ", ".join(missing)))
        return
    town = next((i for n, i in index.items() if n in _ENTITY_KEYS), -1)  # a district's table
    wanted = (*LONG_COLUMNS, "unit")
    at_column = [index.get(c, -1) for c in wanted]  # no unit column: blank
    width_needed = max(at_column) + 1
    take = operator.itemgetter(*(i for i in at_column if i >= 0))
    no_unit = at_column[4] < 0
    text_only = isinstance(sheet.rows, WalkedRows)  # CSV or calamine: no formula cells
    records.long_file(file)
    header_name, header_date = header[index["indicator"]], header[index["date"]]
    for number, cells in sheet.rows[at + 1 :]:
        if len(cells) >= width_needed:
            got = (*take(cells), None) if no_unit else take(cells)
        else:
            got = tuple(cells[i] if 0 <= i < len(cells) else None for i in at_column)
        if not text_only:
            formula = next((k for k, c in enumerate(got) if isinstance(c, Formula)), None)
            if formula is not None:
                cell, written = got[formula], got[0]
                indicator = catalogue.resolve(written) if _text(written) else None
                where = f"{cell.address} {cell.text}"
                problems.append(
                    Problem(file, number, wanted[formula], "formula_no_value", where, "", indicator)
                )
                continue
        name, date, value, basis, unit = got
        if date is None or date == "":
            if (value is None or value == "") and (basis is None or basis == ""):
                continue  # a note, a title or a footer (注：…): no figure in it
            if _key(name) in _TOTAL_NAMES:
                continue  # a 合计 line under a long table: a sum of unlike indicators
        elif date == header_date and name == header_name:
            continue  # the header repeated (two tables pasted one under the other)
        basis = long_basis(basis)  # 当月, 累计, 累计增速 …
        entity = cells[town] if 0 <= town < len(cells) else None
        records.append_long(number, name, date, "" if value is None else value, basis, unit, entity)


def _long_understood(
    sheet: str, records: Records, start: int, catalogue: Catalogue
) -> list[Understood]:
    """One line per indicator written in a long table (its rows from ``start`` on): its first
    row, what it matched, its unit as written and the months found. Worked out per distinct
    combination of name, basis and unit (a few arrays of one number each), not per row."""
    if len(records) <= start:
        return []
    names, units, dates = records.distinct(0), records.distinct(4), records.distinct(1)
    date_text = [_text(d) for d in dates]
    rank = np.argsort(np.argsort(np.array(date_text, dtype=object), kind="stable"), kind="stable")
    by_rank = {int(r): t for r, t in zip(rank, date_text, strict=True)}
    dated = np.array([bool(t) for t in date_text] or [False])
    first, low, high = records.key_spans(start, np.where(dated, rank, -1) if len(rank) else rank)
    name_of, _ = records.by_key(0)
    unit_of, _ = records.by_key(4)
    per_name: dict[int, list] = {}  # name code: [first position, lowest rank, highest, units]
    for k in np.flatnonzero((first < len(records) - start) & (name_of >= 0)):
        code = int(name_of[k])
        found = per_name.setdefault(code, [int(first[k]), -1, -1, set()])
        found[0] = min(found[0], int(first[k]))
        if high[k] >= 0:
            found[1] = int(low[k]) if found[1] < 0 else min(found[1], int(low[k]))
            found[2] = max(found[2], int(high[k]))
        if unit_of[k] >= 0:
            found[3].add(_text(units[unit_of[k]]))
    out = []
    for code, (at, lowest, highest, written_units) in sorted(
        per_name.items(), key=lambda item: item[1][0]
    ):
        written = _text(names[code])
        if not written:
            continue
        found = catalogue.lookup(written)
        entry = catalogue.get(found.id) if found else None
        shown = written_units - {""}
        period = f"{by_rank[lowest]}…{by_rank[highest]}" if highest >= 0 else ""
        out.append(
            Understood(
                sheet,
                records.row_at(start + at),
                written,
                found.id if found else written,
                found.how if found else "new",
                "/".join(sorted(shown)) or (entry.unit if entry else ""),
                "column" if shown else "catalogue",
                period,
            )
        )
    return out


@dataclass(frozen=True)
class _Column:
    position: int
    header: str
    year: int | None
    month: int
    basis: str | None
    unit: str
    growth: bool
    entity: str | None = None  # the town heading this column (towns side by side)


def _context_month(text: str) -> int | None:
    """The month a sheet name or titles name (``1-5月``, ``2020年5月``), else None; None too
    where one text names two (``2020年4月、5月``: which one 本月 is, is not said)."""
    found = {
        int(m.group(2))
        for m in _PERIOD_IN_TEXT.finditer(text)
        if m.group(1) in (None, "1") and 1 <= int(m.group(2)) <= 12
    }
    return found.pop() if len(found) == 1 else None


# a year a title compares with (较2019年, 与2019年同期相比): no year of the figures
_REFERENCE_YEAR = re.compile(r"(?:较|比|与|同|相比|相较|对比)\s*((?:19|20)\d{2})")


def _context_year(pieces: list[str]) -> tuple[int | None, bool]:
    """The year of a sheet's figures from its name and titles (``pieces``, the first that
    names one wins), and whether a piece named several (2019-2020年, 2019年、2020年: which
    one the months are is not said, so none is taken). A year compared with (较2019年) and a
    span (近20年) are no year of the figures; a short year (20年1-5月) is this century's."""
    for piece in pieces:
        refs = {m.start(1) for m in _REFERENCE_YEAR.finditer(piece)}
        years = {int(m.group(1)) for m in _YEAR.finditer(piece) if m.start(1) not in refs}
        if not years:
            years = {2000 + int(m.group(1)) for m in _SHORT_YEAR.finditer(piece)}
        if len(years) > 1:
            return None, True
        if years:
            return years.pop(), False
    return None, False


def _context_range(text: str) -> int | None:
    """The last month of a range from January that a sheet name or title names (``1-5月``),
    else None (``5月`` alone may be the month's own)."""
    for m in _PERIOD_IN_TEXT.finditer(text):
        if m.group(1) == "1" and 1 <= int(m.group(2)) <= 12:
            return int(m.group(2))
    return None


def _context(text: str) -> tuple[int | None, str | None, str]:
    """Year, basis and unit said in a sheet name or title rows."""
    found = _YEAR.search(text)
    year = int(found.group(1)) if found else None
    short = _SHORT_YEAR.search(text) if year is None else None
    if short is not None:  # 20年1-5月: a planner's short year is this century's
        year = 2000 + int(short.group(1))
    basis = "ytd" if "累计" in text else "month" if "当月" in text else None
    unit = ""
    one = "|".join(map(re.escape, [*_units_longest(), "%"]))
    m = re.search(rf"单位\s*[:：]?\s*((?:{one})(?:\s*[、，,/和及]\s*(?:{one}))*)", text)
    if m:
        listed = {u for u in re.findall(one, m.group(1)) if u != "%"}
        # 单位：亿元、万元 says the rows differ without saying which is which: no unit taken
        unit = listed.pop() if len(listed) == 1 else ""
    return year, basis, unit


def _period_conflict(sheet: Sheet, at: int) -> tuple[int, str] | None:
    """(row, title) of a title row naming a year or a month to date the sheet's name does not
    (a sheet 2019年 titled 2020年1-5月…, a sheet 1-4月 titled …1-5月…: a copied sheet not
    renamed, or a title not updated), else None. Only where both name a year, or a month."""
    name = unicodedata.normalize("NFKC", sheet.name)
    found = _YEAR.search(name)
    n_year = int(found.group(1)) if found else None
    n_month = _context_month(name)
    if n_year is None and n_month is None:
        return None
    years: set[int] = set()
    months: set[int] = set()
    first: tuple[int, str] | None = None
    for number, cells in sheet.rows[:at]:
        text = unicodedata.normalize("NFKC", " ".join(_text(c) for c in cells if _text(c)))
        row_years = {int(y) for y in _YEAR.findall(text)}
        row_months = {
            int(m.group(2))
            for m in _PERIOD_IN_TEXT.finditer(text)
            if m.group(1) in (None, "1") and 1 <= int(m.group(2)) <= 12
        }
        if (row_years or row_months) and first is None:
            first = (number, text)
        years |= row_years
        months |= row_months
    if first is None:
        return None
    if (n_year is not None and years and n_year not in years) or (
        n_month is not None and months and n_month not in months
    ):
        return first
    return None


def _units_longest() -> list[str]:
    return sorted((u for u in UNITS if u != "%"), key=len, reverse=True)


def _unit_in(text: str) -> str:
    """A unit written in parentheses in a header or name: ``1-5月(万元)``."""
    m = re.search(
        r"[(（]\s*(" + "|".join(map(re.escape, [*_units_longest(), "%"])) + r")\s*[)）]", text
    )
    return m.group(1) if m else ""


def _sub_header(header: tuple, below: tuple | None) -> tuple | None:
    """A header of two rows: months over 累计 | 增长% pairs (the month merged over both). The
    header as one row (``1-5月累计``, ``1-5月增长%``) when the row below holds no figure and
    names a basis or growth under a month, else None."""
    if not below or any(_number(c) is not None for c in below if c is not None):
        return None
    merged: list[object] = []
    month = group = ""
    found = False
    for i in range(max(len(header), len(below))):
        top = _text(header[i]) if i < len(header) else ""
        under = _text(below[i]) if i < len(below) else ""
        if top:
            month = top if _month_header(top) else ""
            relative = _THIS_MONTH.match(_key(top)) or _YEAR_TO_DATE.match(_key(top))
            group = top if relative else ""
        if group and under and _month_header(under):  # 本月 merged over 2020年5月 | 2019年5月
            merged.append(f"{under}{group}")
            found = True
            continue
        label = top or month
        words = under and (
            _THIS_MONTH.match(_key(under))
            or _YEAR_TO_DATE.match(_key(under))
            or _GROWTH_HEADER.search(under)
        )
        if label and month and words:
            merged.append(f"{label}{under}")
            found = True
        else:
            merged.append(header[i] if i < len(header) else None)
    return tuple(merged) if found else None


def _relative(
    header: tuple,
    positions: list[int],
    months: list[_Column],
    month: int | None,
    year: int | None,
    through: int | None = None,
) -> tuple[list[_Column], list[int]]:
    """Columns headed without a month of their own: 本月/当月 and 本年累计 (the month of the
    sheet's title, or the one month the headers name), 去年同期/上年同期 (last year, as the
    column to its left), 增长%/同比±%/比上年同期增长 (growth of the column to its left). The
    month columns with these added, by position, and the positions left over. ``through``: the
    last month of a range from January the title names (本期 is the year to that month)."""
    named = {c.month for c in months}
    month = month or (next(iter(named)) if len(named) == 1 else None)
    by_position = {c.position: c for c in months}
    out: list[_Column] = []
    left: list[int] = []
    anchor: _Column | None = None
    grown: set[int] = set()  # anchors that have their growth column
    for i in sorted({*by_position, *positions}):
        if i in by_position:
            out.append(by_position[i])
            if by_position[i].growth:
                grown.add(anchor.position if anchor is not None else -1)
            elif not (_earlier_same(by_position[i], anchor) and anchor.position not in grown):
                anchor = by_position[i]
            continue
        text = _text(header[i]) if i < len(header) else ""
        key = _key(text)
        column = None
        if _GROWTH_HEADER.search(key) and _not_yoy(text):
            pass  # a change against last month, in points or an amount: not read
        elif _GROWTH_HEADER.search(key) and anchor is not None:
            # 上年同期增速: last year's growth, not this year's
            earlier = int(bool(_LAST_YEAR_PREFIX.match(text)))
            if earlier and anchor.year is None:
                left.append(i)
                continue
            column = _Column(
                i,
                text,
                anchor.year - earlier if earlier else anchor.year,
                anchor.month,
                anchor.basis,
                "",
                True,
                anchor.entity,
            )
            if not earlier:
                grown.add(anchor.position)
        elif _LAST_YEAR.match(key) and anchor is not None and anchor.year is not None:
            column = _Column(
                i,
                text,
                anchor.year - 1,
                anchor.month,
                anchor.basis,
                anchor.unit,
                False,
                anchor.entity,
            )
        elif _THIS_PERIOD.match(key) and through is not None and year is not None:
            column = _Column(i, text, year, through, "ytd", _unit_in(text), False)
            anchor = column
        elif (_THIS_MONTH.match(key) or _YEAR_TO_DATE.match(key)) and month is not None:
            b = "month" if _THIS_MONTH.match(key) else "ytd"
            column = _Column(i, text, year, month, b, _unit_in(text), False)
            anchor = column
        if column is None:
            left.append(i)
        else:
            out.append(column)
    return out, left


def _not_yoy(text: str) -> bool:
    """True for a change header that is no year-on-year growth in % (see ``_NOT_YOY``), or
    that does not say it is one: 增减 without % (比上年同期增减: an amount as often as a rate)."""
    unit = _unit_in(text)
    unsaid = "增减" in text and not re.search(r"[%％]|率|幅|速|百分比|增长", text)
    return bool(_NOT_YOY.search(text)) or (unit != "" and unit != "%") or unsaid


def _earlier_same(column: _Column, anchor: _Column | None) -> bool:
    """True for last year's column beside this year's (2019年1-5月 right of 2020年1-5月): a
    growth column after both is this year's growth."""
    return (
        anchor is not None
        and (column.month, column.basis) == (anchor.month, anchor.basis)
        and column.year is not None
        and anchor.year is not None
        and column.year < anchor.year
    )


def _columns(
    sheet: Sheet,
    at: int,
    file: str,
    year: int | None,
    basis: str | None,
    problems: list[Problem],
    first: bool = True,
    outer: str = "",
    catalogue: Catalogue | None = None,
) -> tuple[list[_Column], int | None, int | None, int | None, str, int]:
    """Month columns, the indicator, unit and entity (单位名称, 乡镇) columns, the sheet's
    unit, and how many header rows follow the first (a second row of 累计 | 增长%).
    ``first``: the sheet's first table, whose titles must agree with the sheet's name; a
    table below it (``first`` False) is dated by its own titles before the sheet's name, then by
    ``outer``, the titles above the sheet's first table (its year and unit, not its basis)."""
    header_row, header = sheet.rows[at]
    below = sheet.rows[at + 1][1] if len(sheet.rows) > at + 1 else None
    merged = _sub_header(header, below)
    if merged is not None:
        header = merged
    # a row of units under the header (| 万元 | 万元 | %): each column's unit
    at_units = at + 1 + int(merged is not None)
    col_units: dict[int, str] = {}
    if len(sheet.rows) > at_units and _units_only(sheet.rows[at_units][1]):
        col_units = {i: _unit_of(c) for i, c in enumerate(sheet.rows[at_units][1]) if _unit_of(c)}
    titles = " ".join(_text(c) for _, cells in sheet.rows[:at] for c in cells if c is not None)
    written = f"{sheet.name} {titles}" if first else f"{titles} {sheet.name}"
    context = unicodedata.normalize("NFKC", written)
    conflict = _period_conflict(sheet, at) if first else None
    if conflict is not None:
        problems.append(
            Problem(file, conflict[0], None, "period_conflict", sheet.name, conflict[1])
        )
    t_year, t_basis, t_unit = _context(context)
    pieces = [sheet.name, titles] if first else [titles, sheet.name]
    t_year, mixed = _context_year([unicodedata.normalize("NFKC", p) for p in pieces])
    t_month = next(
        (m for m in (_context_month(unicodedata.normalize("NFKC", p)) for p in pieces) if m), None
    )
    t_range = _context_range(context)
    if outer and (t_year is None or not t_unit):  # a table below: the sheet's titles above all
        _, _, o_unit = _context(unicodedata.normalize("NFKC", outer))
        o_year, _ = _context_year([unicodedata.normalize("NFKC", outer)])
        t_year, t_unit = t_year or (None if mixed else o_year), t_unit or o_unit
    plan_year = next(
        (int(p.group(1)) for p in (_PLAN_YEAR.match(_key(c)) for c in header) if p), None
    )
    above: dict[int, int] = {}
    if at > 0:  # a year row above the month headers (merged cells: the year fills rightwards)
        current = None
        for i, c in enumerate(sheet.rows[at - 1][1]):
            m = _ONLY_YEAR.match(_text(c)) if c is not None else None
            if m:
                current = int(m.group(1))
            elif c is not None and _text(c):
                current = None
            if current is not None:
                above[i] = current
    across = _towns_across(sheet.rows[at - 1][1], header) if at > 0 else {}
    months: list[_Column] = []
    carried: int | None = None
    ranges = False  # a 1-5月 header: a 5月 beside it, with no basis word, is the month's own
    indicator_col = unit_col = entity_col = None
    ignored = []
    for i, cell in enumerate(header):
        text = _text(cell)
        key = _key(cell)
        prior = _LAST_YEAR_PREFIX.match(text) or _SAME_PERIOD_PREFIX.match(text)
        after = None if prior else _LAST_YEAR_SUFFIX.search(text)
        if after is not None and after.start() == 0:
            after = None  # 上年同期 alone: the column to its left's last year (_relative)
        m = _month_header(
            text[prior.end() :] if prior else text[: after.start()] if after else text
        )
        prior = prior or after
        if m and (m.group("first") in (None, "1")) and 1 <= int(m.group("month")) <= 12:
            rest = m.group("rest")
            if m.group("year") and not prior:  # a year in a header holds for the months right
                carried = int(m.group("year"))
            col_year = (
                int(m.group("year"))
                if m.group("year")
                else above.get(i) or carried or t_year or year or plan_year
            )
            if prior and col_year is not None and not m.group("year"):
                col_year -= 1  # 上年1-5月: the year before the sheet's
            if _key(across.get(i, "")) in _ENTITY_TOTALS:
                continue  # the towns' total beside them (合计 over its months): not a town
            if _NOT_ACTUAL.search(rest):
                ignored.append(i)  # 1-5月计划, 1-6月预计: a plan or an estimate, no figure
                continue
            ranges = ranges or bool(m.group("first"))
            to_date = (
                bool(_UP_TO.match(text)) or "末" in rest or "底" in rest
            )  # 截至5月末: the year to date
            if m.group("first") or to_date:
                col_basis: str | None = "ytd"
            elif "累计" in rest:
                col_basis = "ytd"
            elif "当月" in rest or "本月" in rest:
                col_basis = "month"
            else:
                col_basis = t_basis or basis
            growth = any(w in rest for w in _GROWTH_WORDS)
            if (growth or "增减" in rest) and _not_yoy(rest):
                ignored.append(i)  # 1-5月环比增长%, 1-5月增减额: not read
                continue
            unit = _unit_in(rest)
            months.append(
                _Column(
                    i, text, col_year, int(m.group("month")), col_basis, unit, growth, across.get(i)
                )
            )
        elif (m or (key and "月" in key and re.search(r"\d", key))) and not _NOT_ACTUAL.search(key):
            problems.append(Problem(file, header_row, text, "bad_header", text))
        elif key in _INDICATOR_HEADERS and indicator_col is None:
            indicator_col = i
        elif key in _UNIT_HEADERS and unit_col is None:
            unit_col = i
        elif key in _ENTITY_KEYS and entity_col is None:
            entity_col = i
        else:
            ignored.append(i)
    if ranges and not (t_basis or basis):
        months = [
            replace(c, basis="month") if c.basis is None and not c.growth else c for c in months
        ]
    if not (ranges or t_basis or basis) and months:
        last = max(c.position for c in months)
        totals = [i for i in ignored if i > last and _TOTAL_COLUMN.match(_key(header[i]))]
        below_at = at + 1 + int(merged is not None) + int(bool(col_units))
        if totals and _adds_up(sheet.rows[below_at : below_at + 400], months, totals[0]):
            months = [  # 1月 | 2月 | 3月 | 季度合计: months that add up are each month's own
                replace(c, basis="month") if c.basis is None and not c.growth else c for c in months
            ]
    months, ignored = _relative(
        header, ignored, months, t_month, t_year or year or plan_year, t_range
    )
    if col_units:
        months = [
            c if c.unit or c.growth else replace(c, unit=col_units.get(c.position, ""))
            for c in months
        ]
    first_month = min((c.position for c in months), default=0)
    if indicator_col is None:  # the first column left of the months that is not a number
        candidates = [
            i for i in ignored if i < first_month and _key(header[i]) not in ("序号", "no", "no.")
        ]
        indicator_col = candidates[0] if candidates else (0 if first_month > 0 else None)
    start = at + 1 + int(merged is not None) + int(bool(col_units))
    basis_col = _basis_column(
        sheet, start, [i for i in ignored if i < first_month and i != indicator_col]
    )
    for i in ignored:
        key = _key(header[i])
        if i == basis_col:
            continue
        if (_THIS_MONTH.match(key) or _YEAR_TO_DATE.match(key) or _UNPLACED.search(key)) and key:
            problems.append(Problem(file, header_row, _text(header[i]), "bad_header", key))
            break
    for c in months:
        if c.year is None:
            problems.append(Problem(file, header_row, c.header, "bad_year", sheet.name))
            break
    unsaid = [c for c in months if c.basis is None and not c.growth]
    if (
        unsaid
        and basis_col is None
        and not _names_say_basis(sheet, start, indicator_col, catalogue)
    ):
        problems.append(Problem(file, header_row, unsaid[0].header, "no_basis"))
    extra = int(merged is not None) + int(bool(col_units))
    return months, indicator_col, unit_col, entity_col, t_unit, extra, basis_col


def _adds_up(rows: Iterable, months: list[_Column], total: int) -> bool:
    """True if, on every row with figures, the ``total`` column (合计) is the sum of the month
    columns (rounding aside), checked on one row at least: the months are each month's own.
    Where it is the last month's figure instead, they are to date, and nothing is assumed."""
    checked = False
    for _, cells in rows:
        parts = [_number(cells[c.position]) for c in months if c.position < len(cells)]
        found = _number(cells[total]) if total < len(cells) else None
        parts = [p for p in parts if p is not None]
        if found is None or not parts:
            continue
        if abs(sum(parts) - found) > 1e-3 * abs(found) + 1e-6:
            return False
        checked = True
    return checked


_TOWN_SUFFIXES = ("镇", "乡", "街道", "街办", "办事处", "社区", "村", "开发区", "园区", "管委会")


def _town_like(label: str) -> bool:
    """A town's name (沿滩镇, 仙市镇, 某某街道): a name and a suffix, not a split of one town's
    figures (城镇 | 乡村, 农村)."""
    key = _key(label)
    return (
        len(key) >= 3
        and key.endswith(_TOWN_SUFFIXES)
        and not key.endswith(("城镇", "乡村", "农村"))
    )


def _towns_across(above: tuple, header: tuple) -> dict[int, str]:
    """Towns side by side: each town's name over its month columns (merged, or written once
    and blank to its right), two or more towns (names ending 镇, 乡, 街道 …); a 合计/全区 over
    its months beside them is kept as written (its columns are skipped). The town (or total)
    of each month column, else empty."""
    labels: dict[int, str] = {}
    current = ""
    for i, cell in enumerate(header):
        written = _text(above[i]) if i < len(above) else ""
        if written:
            current = written
        if current and isinstance(cell, str) and _month_header(_text(cell)):
            labels[i] = current
    groups: dict[str, list[str]] = {}
    for i, label in labels.items():
        groups.setdefault(label, []).append(_key(header[i]))
    towns = [t for t in groups if _key(t) not in _ENTITY_TOTALS]
    if len(towns) < 2 or not all(_town_like(t) for t in towns):
        return {}
    return labels


def _row_basis(cell: object) -> str | None:
    """'month', 'ytd', 'last_ytd' or 'growth' for a row's 当月/本月, 累计, 上年同期累计 or
    增长%/同比 cell, else None (上年同期 alone does not say which of last year's figures)."""
    key = _key(cell)
    if not key:
        return None
    if _THIS_MONTH.match(key):
        return "month"
    if _YEAR_TO_DATE.match(key):
        return "ytd"
    if _LAST_YEAR.match(key) and "累计" in key:
        return "last_ytd"
    short = len(key) <= 8 and not re.search(r"\d", key)  # 增长%, 同比±%; not a note's text
    return "growth" if short and _GROWTH_HEADER.search(key) and not _not_yoy(key) else None


def _basis_column(sheet: Sheet, start: int, candidates: list[int]) -> int | None:
    """A column left of the months whose every filled cell below the header says 当月, 累计
    or 增长% (a row per basis under each name, the name written once or merged), else None."""
    for j in candidates:
        words = [
            cells[j]
            for _, cells in sheet.rows[start : start + 400]
            if j < len(cells) and _text(cells[j])
        ]
        if words and all(_row_basis(w) for w in words):
            return j
    return None


def _wide(
    sheet: Sheet,
    at: int,
    catalogue: Catalogue,
    file: str,
    year: int | None,
    basis: str | None,
    records: Records,
    problems: list[Problem],
    understood: Lines,
    town: str | None = None,
    first: bool = True,
    outer: str = "",
) -> None:
    """A wide sheet's rows as records (``first``: its first table, ``outer``: the titles above
    the sheet's first table, see ``_columns``).
    ``town``: the sheet is that town's; else a 单位名称/乡镇 column names each row's town (a
    blank cell continues the town above: one block of rows per town, the name written once
    or merged); a row whose town cell is 合计/全区 … is a total of the towns, skipped."""
    before = len(problems)
    months, indicator_col, unit_col, entity_col, t_unit, extra, basis_col = _columns(
        sheet, at, file, year, basis, problems, first, outer, catalogue
    )
    if first and not outer:
        outer = " ".join(_text(c) for _, cells in sheet.rows[:at] for c in cells if c is not None)
    if len(problems) > before or indicator_col is None:
        if indicator_col is None:
            problems.append(Problem(file, sheet.rows[at][0], None, "missing_column", "", "指标"))
        return
    block = _Block()  # the rows since the last total
    parent = ""
    entity = town
    pending: tuple[int, dict[int, object]] | None = None  # a total written above its parts
    quiet: list = []  # the rows since the last one with figures (a next table's titles)
    below: Sheet | None = None  # a second table under this one, from its titles on
    below_at = 0
    skipping = False  # in a second table without months
    last_name: object = None  # the last row's name (rows per basis under a name written once)
    for pos, (number, cells) in enumerate(sheet.rows[at + 1 + extra :], start=at + 1 + extra):
        if entity_col is not None:
            written_entity = _text(cells[entity_col]) if entity_col < len(cells) else ""
            if written_entity and _key(written_entity) in _ENTITY_TOTALS:
                understood.append(Understood(sheet.name, number, written_entity, role="total"))
                entity = None  # rows below a total of the towns name their own town again
                continue
            if written_entity and written_entity != entity:
                entity, parent, block = written_entity, "", _Block()  # the next town's block
        raw_name = cells[indicator_col] if indicator_col < len(cells) else None
        row_basis = None
        if basis_col is not None and basis_col < len(cells):
            row_basis = _row_basis(cells[basis_col])
            if row_basis and not _text(raw_name):
                raw_name = last_name  # the name written once (or merged) over its bases' rows
        written = _text(raw_name)
        figures = {c.position: cells[c.position] for c in months if c.position < len(cells)}
        filled = {
            p: v for p, v in figures.items() if _text(_cell_value(v)) or isinstance(v, Formula)
        }
        indented = isinstance(raw_name, str) and raw_name[:1] in (" ", "\u3000", "\t")
        child = indented or bool(_CHILD.match(written))
        name = _ENUM.sub("", _CHILD.sub("", _text(_without_marks(raw_name)))).strip()
        name_unit = ""
        m = _UNIT_IN_NAME.match(name)
        if m and (m.group("unit") in UNITS):
            name, name_unit = m.group("name"), m.group("unit")
        key = "".join(name.split())
        if _key(key) in _INDICATOR_HEADERS and any(
            isinstance(c, (str, datetime.date)) and _month_header(_text(c)) for c in cells
        ):  # a second table's header: that table is read with its own header and titles
            below = Sheet(sheet.name, (*quiet, *sheet.rows[pos:]), sheet.formats)
            below_at = len(quiet)
            break
        if _key(key) in _INDICATOR_HEADERS and _periodless_header(cells, indicator_col):
            # a second table without months (年度目标 | 完成 | 完成进度%): its rows are no
            # monthly figures; they are skipped up to a next table's header with months
            skipping = True
        if skipping:
            understood.append(
                Understood(sheet.name, number, written, role="skipped", why="no_months")
            )
            continue
        quiet = [] if filled else [*quiet[-4:], (number, cells)]
        if not key:
            if filled:
                records.append(("", "", "x", "", "", number, None, file, entity))
            continue
        if key in _TOTAL_NAMES or (key.endswith(("合计", "总计")) and key[:-2] in _TOTAL_PREFIXES):
            if pending is not None:
                _check_total(block, *pending, months, file, problems)
            pending = None if block else (number, filled)
            _check_total(block, number, filled, months, file, problems)
            understood.append(
                Understood(sheet.name, number, written, role="total", entity=entity or "")
            )
            block = _Block()
            continue
        if not filled and key.startswith(_NOTE_NAMES):
            understood.append(Understood(sheet.name, number, written, role="skipped", why="note"))
            continue
        found = catalogue.lookup(name)
        if found is None and key.endswith(("合计", "总计", "小计")) and len(key) > 2:
            found = catalogue.lookup(key[:-2])  # 两税合计: the indicator 两税, its parts above
        if (
            found is None and row_basis is None
        ):  # 两税（当月）, 两税累计, 两税增速: a basis in the name
            found, row_basis = _qualified(key, catalogue)
        indicator = found.id if found else name
        unit_cell = _text(cells[unit_col]) if unit_col is not None and unit_col < len(cells) else ""
        unit_from = "column" if unit_cell else "name" if name_unit else ""
        row_unit = unit_cell or name_unit
        row_growth = row_unit == "%" or any(w in name for w in ("增速", "增长率", "同比"))
        row_growth = row_growth or row_basis == "growth"
        last_name = raw_name
        if not sheet.formats:  # .xls: a percent cell's format is lost, see _fractions
            fractions = _fractions(figures, months, row_growth)
            if fractions:
                figures = {**figures, **{p: Percent(float(figures[p]) * 100) for p in fractions}}
                header = next(c.header for c in months if c.position in fractions)
                problems.append(
                    Problem(file, number, header, "percent_assumed", written, "", indicator)
                )
        periods = []
        kept_in = catalogue.get(indicator).unit if found else ""  # the catalogue's unit
        # a growth row (增速, %): the months whose own column holds its rate
        rated = {
            (c.year, c.month)
            for c in months
            if row_growth and not c.growth and _text(_cell_value(figures.get(c.position)))
        }
        unreported = set() if row_growth else _zeros_after(figures, months)
        if unreported:
            first_zero = min((c for c in months if c.position in unreported), key=_order)
            problems.append(
                Problem(file, number, first_zero.header, "zeros_unreported", written, "", indicator)
            )
        for c in months:
            cell = figures.get(c.position)
            if c.position in unreported:
                continue
            if row_growth and c.growth and (c.year, c.month) in rated:
                continue  # a rate's 同比 column beside it: the change in points, not the rate
            if isinstance(cell, Formula):
                problems.append(
                    Problem(
                        file,
                        number,
                        c.header,
                        "formula_no_value",
                        f"{cell.address} {cell.text}",
                        "",
                        indicator,
                    )
                )
                continue
            value = _cell_value(cell)
            if not _text(value):
                continue
            if type(value) is str and _ESTIMATE.search(value):  # 5010（预计）, 约5000: no figure
                problems.append(Problem(file, number, c.header, "bad_number", value, "", indicator))
                continue
            growth = c.growth or row_growth
            if growth and type(value) is str:
                value = _growth_in_words(value)
            # a 上年同期累计 row: last year's year to date of the same month
            shift = int(row_basis == "last_ytd" and c.basis is None)
            own = "ytd" if row_basis == "last_ytd" else row_basis
            column_basis = c.basis or (own if own != "growth" else None)
            b = column_basis or "ytd"
            if growth:
                b = "month_yoy" if column_basis == "month" else "ytd_yoy"
            # a sheet's or column's unit holds for the rows it fits (单位：亿元 is no unit of
            # 新增就业's persons); a row's own unit always
            shared = c.unit if _fits(c.unit, kept_in) else ""
            shared = shared or (t_unit if _fits(t_unit, kept_in) else "")
            unit = "" if growth else (row_unit or shared)
            date = f"{c.year - shift if shift else c.year}-{c.month:02d}"
            town_of = c.entity or entity
            records.append((indicator, date, value, b, unit, number, c.header, file, town_of))
            periods.append((town_of or "", date))
        if not unit_from:
            unit_from = (
                "header" if any(c.unit for c in months) else "title" if t_unit else "catalogue"
            )
        entry = catalogue.get(indicator) if found else None
        shown_unit = row_unit or next((c.unit for c in months if c.unit), "") or t_unit
        # a line per town where towns stand side by side, else one for the row
        for own in dict.fromkeys(c.entity for c in months if c.entity) or [entity or ""]:
            dates = [d for t, d in periods if t == own]
            understood.append(
                Understood(
                    sheet.name,
                    number,
                    written,
                    indicator,
                    found.how if found else "new",
                    shown_unit or (entry.unit if entry else ""),
                    unit_from,
                    # one string for the many rows of the same span: a line per row is kept
                    sys.intern(f"{min(dates)}…{max(dates)}") if dates else "",
                    "child" if child and parent else "indicator",
                    parent if child else "",
                    entity=own,
                )
            )
        if not child:
            parent = indicator
            block.add(row_unit, {p: _number(v) for p, v in filled.items()})
    if pending is not None:
        _check_total(block, *pending, months, file, problems)
    if below is not None:
        _wide(
            below,
            below_at,
            catalogue,
            file,
            year,
            basis,
            records,
            problems,
            understood,
            town,
            False,
            outer,
        )


# a basis written after an indicator's name: 两税（当月）, 两税累计, 两税增速, 固投同比增长(%)
_QUALIFIER = re.compile(
    r"^(?P<stem>.+?)[(（]?(?P<word>当月|本月|本年累计|累计|同比增长|同比增速|增速|增长|增幅|同比)"
    r"(?:[(（]?%[)）]?)?[)）]?$"
)


def _names_say_basis(
    sheet: Sheet, start: int, indicator_col: int | None, catalogue: Catalogue | None
) -> bool:
    """True if every named row below the header says its basis in its name (两税（当月）,
    两税累计) or is a rate (its own name or a name with 增速 after it), one row at least."""
    if catalogue is None or indicator_col is None:
        return False
    said = False
    for _, cells in sheet.rows[start : start + 400]:
        written = _text(cells[indicator_col]) if indicator_col < len(cells) else ""
        if not written:
            continue
        key = "".join(_ENUM.sub("", _CHILD.sub("", _text(_without_marks(written)))).split())
        found = catalogue.lookup(key)
        if found is not None and catalogue.get(found.id).is_growth:
            continue
        if _qualified(key, catalogue)[1] is None:
            return False
        said = True
    return said


def _qualified(key: str, catalogue: Catalogue) -> tuple[object, str | None]:
    """(the catalogue's match, the row's basis) for a name that is a known indicator's with a
    basis after it (两税（当月） is 两税's months, 两税增速 its growth), else (None, None). An
    indicator that is itself a rate (…增速, %) keeps its own name."""
    m = _QUALIFIER.match(key)
    if m is None:
        return None, None
    found = catalogue.lookup(m.group("stem"))
    entry = catalogue.get(found.id) if found else None
    if entry is None or entry.is_growth:
        return None, None
    word = m.group("word")
    basis = "month" if word in ("当月", "本月") else "ytd" if "累计" in word else "growth"
    return found, basis


def _fits(unit: str, kept_in: str) -> bool:
    """True if a sheet's or column's ``unit`` can be the unit of an indicator kept in
    ``kept_in`` (one family: 亿元 and 万元; any unit for a new indicator), else False."""
    if not unit or not kept_in:
        return True
    try:
        return family(unit) == family(kept_in)
    except UnitError:
        return True  # an unknown unit is said as such where the value is read


def _order(column: _Column) -> tuple[int, int, int]:
    return (column.year or 0, column.month, column.position)


def _zeros_after(figures: dict[int, object], months: list[_Column]) -> set[int]:
    """Positions of the 0s that end a row's latest year, through 12月, after a figure that is
    not 0 (a template's months not yet reported: 6月…12月 typed 0 beside 1-5月's figures),
    else empty. Read as figures they would complete the year (a 当月 row's year to date taken
    as the whole year's) or make a year to date fall to 0. A 0 that stops before 12月 is a
    figure."""
    amounts = [c for c in months if not c.growth and c.year is not None]
    if not amounts:
        return set()
    latest = max(c.year for c in amounts)
    run: list[int] = []
    for c in sorted((c for c in amounts if c.year == latest), key=_order, reverse=True):
        value = _number(_cell_value(figures.get(c.position)))
        if value is None:
            continue
        if value != 0:
            return set(run)
        if not run and c.month != 12:
            return set()
        run.append(c.position)
    return set()  # all 0 or blank: nothing reported to follow


def _periodless_header(cells: tuple, indicator_col: int) -> bool:
    """True for a header row of a table without months under the first (指标 | 年度目标 |
    完成 | 完成进度%): every other cell filled is text that is no number, and none names a
    month or a period relative to the title's (本月, 累计, 上年同期)."""
    others = [_text(c) for i, c in enumerate(cells) if i != indicator_col and _text(c)]
    if not others or any(not isinstance(c, str) for i, c in enumerate(cells) if c is not None):
        return False
    for text in others:
        key = _key(text)
        if _number(text) is not None or _month_header(text):
            return False
        if _THIS_MONTH.match(key) or _YEAR_TO_DATE.match(key) or _LAST_YEAR.match(key):
            return False
    return True


def _without_marks(cell: object) -> object:
    """A name without the footnote marks typed after it (国税*, 固投①, 新增就业（注1）)."""
    if not isinstance(cell, str):
        return cell
    bare = _FOOTNOTE.sub("", cell)
    return bare if bare.strip() else cell


def _growth_in_words(text: str) -> str:
    """Growth typed in words as a number: 下降3.2% is -3.2%, 增长11.3% is 11.3%, 持平 is 0;
    other text as written."""
    bare = "".join(unicodedata.normalize("NFKC", text).split())
    if bare in ("持平", "持平%", "0持平"):
        return "0"
    m = _GROWTH_TEXT.match(bare)
    if m is None:
        return text
    sign = "" if m.group("word") in ("增长", "增加", "上升", "提高") else "-"
    return f"{sign}{m.group('num')}{m.group('pct')}"


def _fractions(figures: dict[int, object], months: list[_Column], row_growth: bool) -> set[int]:
    """In a sheet without number formats (.xls, read by calamine), the positions of a row's
    growth cells (the column's header or the row's name or unit says 增速/同比/%) to read as
    percent cells: those holding plain numbers, when every one of them lies strictly between
    -1 and 1 and one is not 0. Excel stores 13.3% as 0.133; a row of growth rates all below 1%
    is rarer than a percent-formatted row, and the reader says what it assumed
    (``percent_assumed``)."""
    growth = [c.position for c in months if (c.growth or row_growth) and c.position in figures]
    plain = {
        p: figures[p]
        for p in growth
        if isinstance(figures[p], (int, float)) and not isinstance(figures[p], bool)
    }
    if not plain or any(not -1 < float(v) < 1 for v in plain.values()):
        return set()
    return set(plain) if any(float(v) != 0 for v in plain.values()) else set()


def _number(cell: object) -> float | None:
    try:
        q = parse_quantity(_cell_value(cell))
    except ValueError:
        return None
    return q.value if q is not None and q.unit is None else None


class _Block:
    """The rows since the last total as a total's check needs them: how many, their units,
    and per column the running sum of their numbers and how many rows have one (not the rows
    themselves: a sheet of thousands of rows kept a dict a row until its end)."""

    __slots__ = ("counts", "rows", "sums", "units")

    def __init__(self) -> None:
        self.rows = 0
        self.units: set[str] = set()
        self.sums: dict[int, float] = {}
        self.counts: dict[int, int] = {}

    def __len__(self) -> int:
        return self.rows

    def add(self, unit: str, numbers: dict[int, float | None]) -> None:
        """One row: its unit and its numbers by column position (None: not a plain one)."""
        self.rows += 1
        self.units.add(unit)
        for position, value in numbers.items():
            if value is not None:
                self.sums[position] = self.sums.get(position, 0) + value
                self.counts[position] = self.counts.get(position, 0) + 1


def _check_total(
    block: _Block,
    number: int,
    filled: dict[int, object],
    months: list[_Column],
    file: str,
    problems: list[Problem],
) -> None:
    """A 合计 row against the sum of the rows above it (same unit, plain numbers only)."""
    if not block or len(block.units) > 1:
        return
    for c in months:
        total = _number(filled.get(c.position))
        if total is None or block.counts.get(c.position, 0) < len(block):
            continue
        found = block.sums[c.position]
        if abs(found - total) > 1e-3 * abs(total) + 1e-6:  # more than rounding
            problems.append(
                Problem(file, number, c.header, "subtotal_mismatch", f"{total:g}", f"{found:g}")
            )
