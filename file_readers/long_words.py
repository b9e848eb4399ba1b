"""The Chinese words a long table's header and basis column may be written in: 指标名称 | 时间 |
数值 | 口径 for ``indicator | date | value | basis``, and 当月 / 累计 / 累计增速 / 当月增速 for
``month`` / ``ytd`` / ``ytd_yoy`` / ``month_yoy``. Headers are compared as ``layout._key``
gives them (spaces out, lower case)."""

from __future__ import annotations

LONG_HEADERS: dict[str, str] = {
    **dict.fromkeys(("指标", "指标名称", "名称", "项目", "项目名称", "指标项目"), "indicator"),
    **dict.fromkeys(("日期", "时间", "月份", "年月", "期间", "统计时间", "统计月份"), "date"),
    **dict.fromkeys(("数值", "值", "数据", "指标值", "本期数"), "value"),
    **dict.fromkeys(("口径", "类型", "数据类型", "统计口径", "类别"), "basis"),
    **dict.fromkeys(("单位", "计量单位"), "unit"),
}

LONG_BASES: dict[str, str] = {
    **dict.fromkeys(("当月", "本月", "当月值", "本月数", "当月数"), "month"),
    **dict.fromkeys(("累计", "累计值", "本年累计", "累计数", "本月止累计"), "ytd"),
    **dict.fromkeys(
        ("累计增速", "累计增长", "累计增长%", "累计同比", "累计同比增长%", "累计增速%"), "ytd_yoy"
    ),
    **dict.fromkeys(
        ("当月增速", "当月增长", "当月增长%", "当月同比", "当月同比增长%", "当月增速%"),
        "month_yoy",
    ),
}


def long_header(key: str) -> str:
    """The long table's column a header (as ``_key`` gives it) stands for, or the key itself."""
    return LONG_HEADERS.get(key, key)


def long_basis(cell: object) -> object:
    """``month``, ``ytd``, ``ytd_yoy`` or ``month_yoy`` for a basis written in Chinese, else
    the cell as written (checked, and refused if unknown, with the rest)."""
    if isinstance(cell, str):
        return LONG_BASES.get("".join(cell.split()).replace("％", "%"), cell)
    return cell
