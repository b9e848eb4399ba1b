"""Figures read out of report prose (统计快报, 工作报告, 工作总结): pure, text in, rows out.

``extract(text, catalogue, year)`` returns an ``Extraction``: one ``Row`` per figure with the
columns of ``COLUMNS``, tied to the clause it came from by character offsets, and notes.
Files are read by ``file_readers.reports``; nothing here touches them.
"""

from __future__ import annotations

from forecast.catalogue import Catalogue, name_key
from forecast.extract.document import extract_text
from forecast.extract.rows import APPROX, BASES, COLUMNS, KINDS, NOTES, Extraction, Note, Row

__all__ = [
    "APPROX",
    "BASES",
    "COLUMNS",
    "KINDS",
    "NOTES",
    "Extraction",
    "Note",
    "Row",
    "extract",
    "indicator_lookup",
]

_PREFIXES = ("全镇", "全区", "全县", "全市", "我镇", "本镇", "全社会", "累计", "实现", "完成")
_SUFFIXES = ("任务", "计划")  # 固定资产投资任务为12亿元: the indicator's task


def indicator_lookup(catalogue: Catalogue | None):
    """A function from a written indicator to its catalogue id ('' when none): the name or
    alias itself (without a trailing 任务/计划: 固定资产投资任务), else without a leading
    全镇/全区/累计/完成… (never a guess by a part of the name: 规下工业总产值 is not
    规上工业总产值)."""
    if catalogue is None:
        return lambda phrase: ""

    def lookup(phrase: str) -> str:
        key = name_key(phrase)
        found = by_prefixes(key)
        for suffix in _SUFFIXES:
            if not found and key.endswith(suffix) and len(key) > len(suffix) + 1:
                found = by_prefixes(key[: -len(suffix)])
        return found

    def by_prefixes(key: str) -> str:
        while key:
            found = catalogue.lookup(key)
            if found:
                return found.id
            prefix = next((p for p in _PREFIXES if key.startswith(p)), None)
            if prefix is None:
                return ""
            key = key[len(prefix) :]
        return ""

    return lookup


def extract(text: str, catalogue: Catalogue | None = None, year: int | None = None) -> Extraction:
    """Every figure written in ``text``, in order, each with its clause's offsets.

    ``year`` is used where the text names none. Example::

        >>> rows = extract("1-5月,完成国地两税收入5010万元,同比增长12%。", year=2020).rows
        >>> (rows[0].value, rows[0].unit, rows[0].period, rows[0].growth_pct)
        (5010.0, '万元', '1-5月', 12.0)
    """
    return extract_text(text, indicator_lookup(catalogue), year)
