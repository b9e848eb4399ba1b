"""Tables as the readers render them: one line per row, cells joined by `` | ``, '-' for an
empty cell; a header names the columns (指标 | 单位 | 当月 | 累计 | 同比%). Without a header
the columns are taken in that order."""

from __future__ import annotations

import re
from collections.abc import Callable

from forecast.extract.clauses import Span
from forecast.extract.numbers import UNIT_RE, UNITS
from forecast.extract.periods import find_periods, ytd
from forecast.extract.rows import Row

_NUMBER = re.compile(r"^[+-]?\d+(?:,\d{3})*(?:\.\d+)?%?$")
_EMPTY = ("", "-", "--", "—", "/", "…")
_ROLES = (
    ("unit", re.compile(r"单位")),
    (
        "share",
        re.compile(
            r"占.{0,4}(?:计划|目标|任务|预算)|完成率|计划完成|目标完成|(?<!形象)(?<!工程)进度"
        ),
    ),
    ("target", re.compile(r"^(?:全年|年度|半年|年)?(?:目标|计划|任务)(?:数|值|任务)?$")),
    ("growth", re.compile(r"同比|增长|增速|增幅|±|%")),
    (
        "ytd",
        re.compile(
            r"累计|1\s*-\s*\d{1,2}\s*月|^1-|绝对值|完成数|完成值|^数值|^本年|^(?:实际|已)?完成$"
        ),
    ),
    ("month", re.compile(r"当月|本月|^\d{1,2}\s*月")),
    ("indicator", re.compile(r"指标|项目|名称")),
    ("serial", re.compile(r"^(?:序号|编号|序)$")),
)
DEFAULT = ("indicator", "unit", "month", "ytd", "growth")


# a table pasted as text (from a sheet or a Word table): cells apart by tabs or 2+ spaces
_GAP = re.compile(r"\t+\s*|\s{2,}")
_PROSE = re.compile(r"[，。；：,;:!?！？]")
_FIGURE_IN_WORDS = re.compile(rf"\d\s*(?:万|亿)?\s*(?:{UNIT_RE.replace('|%', '')})")


def is_table_line(norm: str, para: Span) -> bool:
    """A line of cells: at least three, joined by | (as the readers render tables), or by tabs
    or runs of spaces with no sentence punctuation and no figure written with its unit in a
    cell (国税  2441万元  地税 is prose spaced out, not a table)."""
    if norm.count("|", para.start, para.end) >= 2:
        return True
    line = _LEAD.sub("", norm[para.start : para.end].strip())  # 其中：第二产业增加值 | …
    cells = _GAP.split(line)
    return (
        len(cells) >= 3
        and not _PROSE.search(line)
        and all(len(c) <= 30 and not _FIGURE_IN_WORDS.search(c) for c in cells)
    )


def _cells(norm: str, para: Span, tabs: int | None = None) -> list[str]:
    """The cells of a table line; a line of ``tabs`` cells one tab apart (as a Word table is
    pasted) keeps its empty cells where they stand (规上工业总产值\t亿元\t\t4.1: no month
    figure), where runs of tabs and spaces would shift the figures after them."""
    if tabs is not None:
        by_tab = norm[para.start : para.end].strip(" \r").split("\t")
        if len(by_tab) == tabs and "|" not in norm[para.start : para.end]:
            return [c.strip() for c in by_tab]
    line = norm[para.start : para.end].strip()
    if "|" not in line:
        return [c.strip() for c in _GAP.split(line)]
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [c.strip() for c in line.split("|")]


def _number(cell: str) -> float | None:
    cell = cell.replace(" ", "")
    if cell in _EMPTY or not _NUMBER.match(cell):
        return None
    return float(cell.replace(",", "").rstrip("%"))


_GROWTH_NAME = re.compile(r"增速|增长|增幅|速度|涨幅|降幅")
_LAST_YEAR = re.compile(r"上年|去年|上一年|同期(?!增)")
_YEAR_IN = re.compile(r"((?:19|20)\d{2})\s*年")
_YEAR_COLUMN = re.compile(r"((?:19|20)\d{2})年(?:度)?(?:完成|实绩|实际)?")
_UNIT_IN_NAME = re.compile(r"\s*[(（]\s*([^()（）]{1,5})\s*[)）]\s*$")
_LEAD = re.compile(r"^(?:其中\s*[:：]?|\s|[　])+")


def _header(cells: list[str]) -> tuple[list[str], int | None, int, int | None] | None:
    """The role of each column, the month a header names (5月, 1-5月), the last month of a
    target column (12 for 全年目标, 6 for 半年目标) and the year the value columns name
    (2021年1-9月), or None when the line holds figures. A value column of last year
    (上年同期累计, 去年1-9月, 2020年1-9月 beside 2021年1-9月) is ``previous``: no figure."""
    if any(_number(c) is not None for c in cells[1:]):
        return None
    roles, month, target_last = [], None, 12
    named_years: dict[int, int] = {}
    for i, c in enumerate(cells):
        role = next((r for r, p in _ROLES if p.search(c.replace(" ", ""))), "")
        if (named := _YEAR_COLUMN.fullmatch(c.replace(" ", ""))) is not None:
            role = f"year{named.group(1)}"  # 指标 | 2020年 | 2021年 | 增长%
        if role in ("ytd", "month") and _LAST_YEAR.search(c):
            role = "previous"
        if role in ("ytd", "month"):
            found = [p for p in find_periods(c, 0, len(c)) if p.last]
            month = found[-1].last if found else month
            if (y := _YEAR_IN.search(c)) is not None:
                named_years[i] = int(y.group(1))
        if role == "target" and "半年" in c:
            target_last = 6
        roles.append(role)
    latest = max(named_years.values(), default=None)
    for i, y in named_years.items():
        if y != latest:
            roles[i] = "previous"  # 2020年1-9月 | 2021年1-9月: the earlier year's
    if roles and not roles[0]:
        roles[0] = "indicator"
    return roles, month, target_last, latest


def table_rows(
    norm: str,
    text: str,
    lines: list[Span],
    lookup: Callable[[str], str],
    year: int | None,
    last: int | None,
) -> list[Row]:
    """The figures of a block of table lines: a month figure (当月) and a year-to-date one
    (累计) per row, each growth column attached to the figure left of it (else to the year to
    date), a share-of-plan column to the year to date."""
    roles, rows, header_unit, target_last, headed = list(DEFAULT), [], "", 12, False
    tabs: int | None = None  # the header's cells one tab apart
    counts = {len(norm[p.start : p.end].strip(" \r").split("\t")) for p in lines}
    if len(counts) == 1 and all("\t" in norm[p.start : p.end] for p in lines):
        tabs = counts.pop()  # every line as many cells one tab apart: empty cells kept
    for para in lines:
        cells = _cells(norm, para, tabs)
        if set("".join(cells)) <= set("-: "):
            continue  # a Markdown rule |---|---|
        if all(c.replace(" ", "") in _EMPTY for c in cells[1:]):
            continue  # a sub-heading row (绝对值 | - | -) or an empty one
        head = _header(cells)
        if head is None and not headed and "|" not in norm[para.start : para.end]:
            continue  # cells apart by spaces, with no header naming them: not known columns
        if head is not None:
            headed = True
            line = norm[para.start : para.end]
            tabs = len(line.strip(" \r").split("\t")) if "\t" in line else None
            roles, last, target_last = head[0], head[1] or last, head[2]
            year = head[3] or year
            units = [m.group(1) for c in cells if (m := _UNIT_IN_NAME.search(c))]
            header_unit = next((u for u in units if u in UNITS), "")  # 1-5月（万元）
            continue
        if len(cells) > len(roles):  # a merged header cell: the usual order for the rest
            roles = roles + list(DEFAULT[len(roles) : len(cells)])
        by_role: dict[str, list[str]] = {}
        for role, cell in zip(roles, cells, strict=False):
            by_role.setdefault(role, []).append(cell)
        names = [c for c in by_role.get("indicator", []) if c and _number(c) is None]
        name = (names or [cells[0]])[0]
        unit = (by_role.get("unit") or [""])[0].strip("()（） ")
        if not unit and "unit" not in roles:  # 指标 | (no header) | 1-9月: 亿元 in a cell
            unit = next((c for r, c in zip(roles, cells, strict=False) if not r and c in UNITS), "")
        written = _UNIT_IN_NAME.search(name)  # 国税（万元）
        if written and written.group(1) in UNITS:
            name, unit = name[: written.start()].strip(), unit or written.group(1)
        name = _LEAD.sub("", name).strip() or name
        unit = unit if unit in UNITS else header_unit
        month_v = _number((by_role.get("month") or [""])[0])
        ytd_v = _number((by_role.get("ytd") or [""])[0])
        # a growth column belongs to the value column before it (本月 | 同比% | 累计 | 同比%),
        # else to the year to date; a share-of-plan column to the year to date
        growth = {"month": None, "ytd": None}
        owner = "ytd"
        for role, cell in zip(roles, cells, strict=False):
            if role in ("month", "ytd"):
                owner = role
            elif role == "growth" and growth[owner] is None:
                growth[owner] = _number(cell)
        share = _number((by_role.get("share") or [""])[0])
        target = _number((by_role.get("target") or [""])[0])
        if target is not None and unit != "%":
            rows.append(
                _target_row(name, lookup(name), target, unit, year, target_last, text, para)
            )
        dated = [
            (month_v, f"{last}月" if last else "", "month", growth["month"], None, year, last),
            (ytd_v, ytd(last) if last else "", "ytd", growth["ytd"], share, year, last),
        ]
        if any(r.startswith("year") for r in roles):
            # the growth column is the latest year's, never a growth of the period in force
            dated = [dated[0], (ytd_v, *dated[1][1:3], None, *dated[1][4:])]
            dated += _year_columns(roles, cells, growth["ytd"], last)
        for value, period, basis, g, s, y, m in dated:
            if value is None and (basis == "month" or g is None):
                continue
            # a row in % is a growth where its name is one (增速, 增长); a level else (失业率)
            rate = unit == "%" and bool(_GROWTH_NAME.search(name))
            if rate and value is None:
                value, g = g, None  # 增加值增速 | % | - | 9.3: the rate is in the growth column
            if value is None and g is None:
                continue
            rows.append(
                Row(
                    phrase=name,
                    indicator=lookup(name),
                    kind="actual",
                    period=period,
                    date=f"{y:04d}-{m:02d}" if y and m else "",
                    basis="growth" if rate or value is None else basis,
                    value=None if rate else value,
                    unit="" if rate else unit,
                    approx="",
                    growth_pct=value if rate else g,
                    target_share_pct=s,
                    target_value=target if s is not None and unit != "%" else None,
                    target_unit=unit if s is not None and target is not None else "",
                    structure_share_pct=None,
                    start=para.start,
                    end=para.end,
                    sentence=text[para.start : para.end],
                )
            )
    return rows


def _year_columns(
    roles: list[str], cells: list[str], growth: float | None, last: int | None
) -> list[tuple]:
    """Columns named by a year (指标 | 2020年 | 2021年 | 增长%): each year's figure of the
    whole year, the growth with the latest year's. Read only where no year to date or month
    is in force (under 1-9月… a year's column may be its 1-9月: not read)."""
    years = [(int(r[4:]), c) for r, c in zip(roles, cells, strict=False) if r.startswith("year")]
    if not years or (last is not None and last != 12) or "ytd" in roles or "month" in roles:
        return []
    latest = max(y for y, _ in years)
    return [
        (_number(c), "全年", "annual", growth if y == latest else None, None, y, 12)
        for y, c in years
        if _number(c) is not None
    ]


def _target_row(
    name: str,
    indicator: str,
    value: float,
    unit: str,
    year: int | None,
    last: int,
    text: str,
    para: Span,
) -> Row:
    """A target column's cell (全年目标 | 28): the stated target of the year (or the half)."""
    return Row(
        phrase=name,
        indicator=indicator,
        kind="target",
        period=ytd(last) if last < 12 else "全年",
        date=f"{year:04d}-{last:02d}" if year else "",
        basis="ytd" if last < 12 else "annual",
        value=value,
        unit=unit,
        approx="",
        growth_pct=None,
        target_share_pct=None,
        target_value=None,
        target_unit="",
        structure_share_pct=None,
        start=para.start,
        end=para.end,
        sentence=text[para.start : para.end],
    )
