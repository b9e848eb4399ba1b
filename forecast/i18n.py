"""User-facing strings in Chinese (default) and English.

Every label shown by the command line, the app, the exports and the brief lives here, so a
translation is one dictionary and nothing else.
"""

from __future__ import annotations

LANGS = ("zh", "en")

_STRINGS: dict[str, tuple[str, str]] = {
    # where
    "where_row": ("第{row}行", "row {row}"),
    "where_column": ("“{column}”列", "column '{column}'"),
    # validation problems
    "problem_missing_column": ("缺少必需的列 {detail}", "required column {detail} is missing"),
    "problem_bad_number": ("无法识别的数值“{value}”", "cannot read the number '{value}'"),
    "problem_bad_date": (
        "无法识别的月份“{value}”(应为 YYYY-MM)",
        "cannot read the month '{value}' (expected YYYY-MM)",
    ),
    "problem_bad_basis": (
        "未知的口径“{value}”(应为 month、ytd、ytd_yoy 或 month_yoy)",
        "unknown basis '{value}' (expected month, ytd, ytd_yoy or month_yoy)",
    ),
    "problem_duplicate": ("重复的月份“{value}”{detail}", "duplicate month '{value}'{detail}"),
    "problem_ytd_falls": (
        "累计值“{value}”低于上月累计 {detail}",
        "cumulative value '{value}' is below the previous month's {detail}",
    ),
    "problem_future": (
        "月份“{value}”晚于截至月份 {detail}",
        "month '{value}' is after the as-of month {detail}",
    ),
    "problem_bad_unit": (
        "单位“{value}”与指标单位 {detail} 不符",
        "unit '{value}' does not fit {detail}",
    ),
    "problem_unknown_unit": ("未知的单位“{value}”", "unknown unit '{value}'"),
    "problem_mixed_units": ("同一指标混用单位:{detail}", "one indicator mixes units: {detail}"),
    "problem_negative": ("不可能为负数:“{value}”", "cannot be negative: '{value}'"),
    "problem_missing_month": (
        "缺少月份 {value} 的当月值,无法计算累计",
        "month {value} is missing, so the cumulative value cannot be computed",
    ),
    "problem_empty": ("文件中没有数据", "the file holds no data"),
    "problem_unreadable": ("无法读取文件:{detail}", "cannot read the file: {detail}"),
    "problem_bad_header": (
        "无法识别的月份表头“{value}”(应为 1-2月、1-3月… 或 1月、2月…)",
        "cannot read the month header '{value}' (expected 1-2月, 1-3月… or 1月, 2月…)",
    ),
    "problem_bad_target_kind": (
        "未知的目标类型“{value}”(应为 absolute 或 growth)",
        "unknown target kind '{value}' (expected absolute or growth)",
    ),
    "problem_bad_year": ("无法识别的年份“{value}”", "cannot read the year '{value}'"),
    "problem_unknown_indicator": ("未知的指标“{value}”", "unknown indicator '{value}'"),
    "problem_no_basis": (
        "无法判断是累计还是当月数据:请在表头或工作表名中注明“累计”或“当月”",
        "cannot tell cumulative from monthly: write 累计 or 当月 in a header or the sheet name",
    ),
}


def t(key: str, lang: str = "zh", /, **params: object) -> str:
    """Return the string ``key`` in ``lang`` ('zh' or 'en'), formatted with ``params``."""
    zh, en = _STRINGS[key]
    text = en if lang == "en" else zh
    return text.format(**params) if params else text


def register(strings: dict[str, tuple[str, str]]) -> None:
    """Add strings for another module (the app, the brief) to the one table."""
    clash = set(strings) & set(_STRINGS)
    if clash:
        raise KeyError(f"strings defined twice: {sorted(clash)}")
    _STRINGS.update(strings)
