"""Tables as the readers render them: one line per row, cells joined by `` | ``, '-' for an
empty cell; a header names the columns (指标 | 单位 | 当月 | 累计 | 同比%). Without a header
the columns are taken in that order."""

from __future__ import annotations

import re
from collections.abc import Callable

from forecast.extract.clauses import Span
from forecast.extract.numbers import UNITS
from forecast.extract.periods import find_periods, ytd
from forecast.extract.rows import Row

_NUMBER = re.compile(r"^[+-]?\d+(?:,\d{3})*(?:\.\d+)?%?$")
_EMPTY = ("", "-", "--", "—", "/", "…")
_ROLES = (
    ("unit", re.compile(r"单位")),
    ("share", re.compile(r"占.{0,4}(?:计划|目标|任务|预算)|完成率|计划完成|目标完成|进度")),
    ("growth", re.compile(r"同比|增长|增速|增幅|±|%")),
    ("ytd", re.compile(r"累计|1\s*-\s*\d{1,2}\s*月|^1-|绝对值|完成数|完成值|^数值|^本年")),
    ("month", re.compile(r"当月|本月|^\d{1,2}\s*月")),
    ("indicator", re.compile(r"指标|项目|名称")),
)
DEFAULT = ("indicator", "unit", "month", "ytd", "growth")


def is_table_line(norm: str, para: Span) -> bool:
    """A line of cells: at least three, joined by |."""
    return norm.count("|", para.start, para.end) >= 2


def _cells(norm: str, para: Span) -> list[str]:
    line = norm[para.start : para.end].strip()
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


_UNIT_IN_NAME = re.compile(r"\s*[(（]\s*([^()（）]{1,5})\s*[)）]\s*$")
_LEAD = re.compile(r"^(?:其中\s*[:：]?|\s|[　])+")


def _header(cells: list[str]) -> tuple[list[str], int | None] | None:
    """The role of each column, and the month a header names (5月, 1-5月), or None when the
    line holds figures."""
    if any(_number(c) is not None for c in cells[1:]):
        return None
    roles, month = [], None
    for c in cells:
        role = next((r for r, p in _ROLES if p.search(c)), "")
        if role in ("ytd", "month"):
            found = [p for p in find_periods(c, 0, len(c)) if p.last]
            month = found[-1].last if found else month
        roles.append(role)
    if roles and not roles[0]:
        roles[0] = "indicator"
    return roles, month


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
    roles, rows, header_unit = list(DEFAULT), [], ""
    for para in lines:
        cells = _cells(norm, para)
        if set("".join(cells)) <= set("-: "):
            continue  # a Markdown rule |---|---|
        if all(c.replace(" ", "") in _EMPTY for c in cells[1:]):
            continue  # a sub-heading row (绝对值 | - | -) or an empty one
        head = _header(cells)
        if head is not None:
            roles, last = head[0], head[1] or last
            units = [m.group(1) for c in cells if (m := _UNIT_IN_NAME.search(c))]
            header_unit = next((u for u in units if u in UNITS), "")  # 1-5月（万元）
            continue
        if len(cells) > len(roles):  # a merged header cell: the usual order for the rest
            roles = roles + list(DEFAULT[len(roles) : len(cells)])
        by_role: dict[str, list[str]] = {}
        for role, cell in zip(roles, cells, strict=False):
            by_role.setdefault(role, []).append(cell)
        name = (by_role.get("indicator") or [cells[0]])[0]
        unit = (by_role.get("unit") or [""])[0].strip("()（） ")
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
        for value, period, basis, g, s in (
            (month_v, f"{last}月" if last else "", "month", growth["month"], None),
            (ytd_v, ytd(last) if last else "", "ytd", growth["ytd"], share),
        ):
            if value is None and (basis == "month" or g is None):
                continue
            if value is None and (basis == "month" or growth is None):
                continue
            rate = unit == "%"
            rows.append(
                Row(
                    phrase=name,
                    indicator=lookup(name),
                    kind="actual",
                    period=period,
                    date=f"{year:04d}-{last:02d}" if year and last else "",
                    basis="growth" if rate or value is None else basis,
                    value=None if rate else value,
                    unit="" if rate else unit,
                    approx="",
                    growth_pct=value if rate else g,
                    target_share_pct=s,
                    target_value=None,
                    target_unit="",
                    structure_share_pct=None,
                    start=para.start,
                    end=para.end,
                    sentence=text[para.start : para.end],
                )
            )
    return rows
