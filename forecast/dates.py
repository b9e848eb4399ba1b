"""Months written as planners' and statisticians' programs write them, beyond the plain forms
``forecast.actuals.parse_month`` reads: ``2020M05`` (statistical offices), ``May-20`` and
``May 2020`` (Excel's mmm-yy), ``20年5月`` (a two-digit year before 年), ``2020年5月份``,
``5/2020`` (month before a four-digit year), ``2020-05-01 00:00:00`` (a date and time as text),
and Excel's serial day number (43952 is 2020-05-01) where a date cell's format was lost (a CSV
saved from it). ``1/5/2020`` stays unread: January 5th or May 1st.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for name in names
}
_STAT = re.compile(r"^(\d{4})\s*[mM]\s*(\d{1,2})$")  # 2020M05
_NAMED = re.compile(r"^([A-Za-z]{3,9})\.?[\s\-/']*(\d{2}|\d{4})$")  # May-20, May 2020
_SHORT_YEAR = re.compile(r"^(\d{2})\s*年\s*(\d{1,2})\s*月?$")  # 20年5月
_MONTH_WORD = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月份$")  # 2020年5月份
_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{4})$")  # 5/2020, 05-2020
# a date and time as a program writes it (2020-05-01 00:00:00): its month
_TIMESTAMP = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.]\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$"
)
# Excel's serial days of 1990-01-01 … 2099-12-31: five digits, which no year-month form has
_SERIAL = re.compile(r"^(\d{5})(?:\.0+)?$")
_FIRST_SERIAL, _LAST_SERIAL = 32874, 73050
_EXCEL_EPOCH = datetime.date(1899, 12, 30)


def other_month(text: object) -> tuple[int, int] | None:
    """(year, month) from ``2020M05``, ``May-20``, ``May 2020``, ``20年5月``, ``2020年5月份``,
    ``5/2020``, ``2020-05-01 00:00:00`` or an Excel serial day (an int, or its digits); None for
    anything else. A two-digit year is 2000 + it."""
    if isinstance(text, bool):
        return None
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    written = unicodedata.normalize("NFKC", str(text)).strip()
    found = _read(written)
    if found is None:
        return None
    year, month = found
    return (year, month) if 1 <= month <= 12 and 1900 <= year <= 2100 else None


def _read(written: str) -> tuple[int, int] | None:
    if m := _STAT.match(written):
        return int(m.group(1)), int(m.group(2))
    if m := _NAMED.match(written):
        month = _MONTHS.get(m.group(1).lower())
        digits = m.group(2)
        if month is None:
            return None
        return (2000 + int(digits) if len(digits) == 2 else int(digits)), month
    if m := _SHORT_YEAR.match(written):
        return 2000 + int(m.group(1)), int(m.group(2))
    if m := _MONTH_WORD.match(written) or _TIMESTAMP.match(written):
        return int(m.group(1)), int(m.group(2))
    if m := _MONTH_YEAR.match(written):
        return int(m.group(2)), int(m.group(1))
    if m := _SERIAL.match(written):
        serial = int(m.group(1))
        if not _FIRST_SERIAL <= serial <= _LAST_SERIAL:
            return None
        day = _EXCEL_EPOCH + datetime.timedelta(days=serial)
        return day.year, day.month
    return None
