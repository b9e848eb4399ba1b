"""Figures read out of report prose (统计快报, 工作报告, 工作总结): pure, text in, rows out.

``extract(text, catalogue, year)`` returns an ``Extraction``: one ``Row`` per figure with the
columns of ``COLUMNS``, tied to the clause it came from by character offsets, and notes.
Files are read by ``forecast.io.reports``; nothing here touches them.
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

_PREFIXES = ("全镇", "全区", "全县", "全市", "我镇", "本镇", "全社会")


def indicator_lookup(catalogue: Catalogue | None):
    """A function from a written indicator to its catalogue id ('' when none): the name or
    alias itself, then without 全镇/全区…, then the longest name or alias it contains."""
    if catalogue is None:
        return lambda phrase: ""
    keys = sorted(
        (
            (name_key(written), i.id)
            for i in catalogue.indicators
            for written in (i.id, i.name_zh, *i.aliases)
            if written and len(name_key(written)) >= 2
        ),
        key=lambda kv: -len(kv[0]),
    )

    def lookup(phrase: str) -> str:
        found = catalogue.lookup(phrase)
        if found:
            return found.id
        key = name_key(phrase)
        for prefix in _PREFIXES:
            if key.startswith(prefix) and catalogue.lookup(key[len(prefix) :]):
                return catalogue.lookup(key[len(prefix) :]).id  # type: ignore[union-attr]
        return next((i for k, i in keys if k in key), "")

    return lookup


def extract(text: str, catalogue: Catalogue | None = None, year: int | None = None) -> Extraction:
    """Every figure written in ``text``, in order, each with its clause's offsets.

    ``year`` is used where the text names none. Example::

        >>> rows = extract("1-5月,完成国地两税收入5010万元,同比增长12%。", year=2020).rows
        >>> (rows[0].value, rows[0].unit, rows[0].period, rows[0].growth_pct)
        (5010.0, '万元', '1-5月', 12.0)
    """
    return extract_text(text, indicator_lookup(catalogue), year)
