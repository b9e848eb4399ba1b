"""The app's own labels (pages, sidebar, buttons), in Chinese and English.

Registered with ``forecast.i18n`` like every other user-facing string; importing this module
is enough. Pure: no streamlit here.
"""

from __future__ import annotations

import forecast.brief
import forecast.views  # noqa: F401  (registers the views' strings)
from forecast.i18n import register

__all__: list[str] = []  # nothing to import: the strings are reached through forecast.i18n.t

register(
    {
        # app and navigation
        "app_title": ("镇域经济指标年末预测", "Town indicators: year-end forecasts"),
        "page_overview": ("总览", "Overview"),
        "page_indicator": ("指标", "Indicator"),
        "page_data": ("数据", "Data"),
        "page_export": ("导出", "Export"),
        "lang_label": ("语言 / Language", "语言 / Language"),
        "side_as_of": ("截至", "As of"),
        "side_scenario": ("情景", "Scenario"),
        "side_data": ("数据", "Data"),
        "scenario_baseline": ("基准", "baseline"),
        "data_sample_name": ("示例镇(示意数据)", "sample town (illustrative)"),
        "header_line": (
            "截至 **{as_of}** · 情景:**{scenario}** · 数据:{data}",
            "As of **{as_of}** · scenario: **{scenario}** · data: {data}",
        ),
        "projection_failed": ("无法完成预测:{error}", "The projection failed: {error}"),
        "no_projection": (
            "截至所选月份没有可预测的指标,请在“数据”页选择其他月份。",
            "No indicator can be projected at the chosen month; pick another on the Data page.",
        ),
        # overview
        "overview_title": ("总览:全年目标完成情况", "Overview: annual targets"),
        "overview_caption": (
            "所有指标一览,风险高的排在前面。进度条:时间进度、任务进度和完成全年目标的概率。",
            "Every indicator at a glance, the riskiest first. Bars: time progress, task "
            "progress and the chance of meeting the annual target.",
        ),
        "metric_on_track": ("正常", "On track"),
        "metric_at_risk": ("有风险", "At risk"),
        "metric_off_track": ("难完成", "Off track"),
        "metric_no_target": ("无目标", "No target"),
        "metric_count": ("{n}项", "{n}"),
        "col_point_median": ("预计全年(中位数)", "year-end (median)"),
        "sample_note": (
            "示例数据:往年的月度数据为示意(按固定随机种子生成),仅2020年与镇上半年工作总结一致的"
            "数字为实际数。请在“数据”页上传本镇数据。",
            "Sample data: the monthly history is illustrative (generated from a fixed seed); "
            "only the 2020 figures quoted in the town's half-year report are real. Upload your "
            "town's data on the Data page.",
        ),
        # indicator
        "indicator_title": ("指标详情", "Indicator detail"),
        "pick_indicator": ("选择指标", "Indicator"),
        "pick_method": ("预测方法", "Method"),
        "metric_ytd": ("累计完成", "To date"),
        "metric_point": ("预计全年", "Projected year-end"),
        "metric_band": ("80%区间", "80% band"),
        "metric_target": ("全年目标", "Annual target"),
        "metric_p_meet": ("完成目标概率", "Chance of meeting target"),
        "chart_title": ("累计走势与预测区间", "Cumulative path and projection bands"),
        "chart_caption": (
            "灰线为往年,粗线为今年实际;蓝色区域为预测区间(深到浅:50%、80%、90%),"
            "橙色虚线为完成目标所需的路径。",
            "Grey: past years; bold: this year so far; blue bands: projection (dark to light "
            "50%, 80%, 90%); orange dotted: the path needed to reach the target.",
        ),
        "explain_title": ("怎么算的、有多大把握", "How it is projected and how sure it is"),
        "methods_title": (
            "各方法在本截至月的预测与回测",
            "Each method at this cut-off, with backtest",
        ),
        "methods_running": (
            "正在用往年数据回测各方法……",
            "Backtesting each method on past years…",
        ),
        "methods_caption": (
            "回测:对往年每一年,只用当年截至同月的数据和更早的年份预测全年,再与实际全年比较;"
            "典型误差为均方根误差。各方法单独计算,分项未按总数调整。",
            "Backtest: each past year is projected from the same month using only what was "
            "known then, and compared with its actual year-end; the typical error is the root "
            "mean square. Methods run on this indicator alone (parts not scaled to totals).",
        ),
        # data
        "data_title": ("数据:上传、校验与截至月份", "Data: upload, check, as-of month"),
        "data_current": (
            "当前数据:**{name}** · {indicators}项指标 · {rows}行 · {first}至{last}",
            "Current data: **{name}** · {indicators} indicators · {rows} rows · {first} to {last}",
        ),
        "data_targets_current": (
            "当前目标:**{name}** · {n}项",
            "Current targets: **{name}** · {n}",
        ),
        "data_targets_none": ("当前没有目标", "No targets loaded"),
        "data_targets_sample": ("示例目标", "sample targets"),
        "upload_actuals": (
            "上传实际数(CSV 或 Excel:长表 indicator/date/value/basis,或按月份的宽表)",
            "Upload actuals (CSV or Excel: long indicator/date/value/basis, or the wide sheet)",
        ),
        "upload_targets": (
            "上传目标(CSV 或 Excel:indicator/year/kind/value)",
            "Upload targets (CSV or Excel: indicator/year/kind/value)",
        ),
        "upload_ok": ("已载入 {name}", "Loaded {name}"),
        "upload_problems": (
            "{name} 有 {n} 处问题,未载入。请修改后重新校验:",
            "{name} has {n} problem(s) and was not loaded. Fix them and check again:",
        ),
        "fix_title": ("在表格中修改", "Fix the values here"),
        "fix_caption": (
            "行号与原文件一致(表头为第1行)。修改后点“重新校验”。",
            "Row numbers are the file's (header = row 1). Edit, then press Check again.",
        ),
        "fix_revalidate": ("重新校验", "Check again"),
        "fix_discard": ("放弃此文件", "Discard this file"),
        "reset_sample": ("恢复示例数据", "Back to the sample data"),
        "as_of_title": ("截至月份", "As-of month"),
        "as_of_help": (
            "每项指标按该月及以前的数据预测;某指标没有该月数据时用它最近一个月。",
            "Each indicator is projected from data up to this month (or its latest month "
            "before it).",
        ),
        "templates_title": ("下载空白模板", "Blank templates"),
        "templates_year": ("模板年份", "Template year"),
        "template_long_csv": ("长表 CSV", "Long CSV"),
        "template_long_xlsx": ("长表 Excel", "Long Excel"),
        "template_wide_csv": ("宽表 CSV", "Wide CSV"),
        "template_wide_xlsx": ("宽表 Excel", "Wide Excel"),
        "template_targets_csv": ("目标 CSV", "Targets CSV"),
        "templates_caption": (
            "长表每行一个指标一个月(basis:ytd 累计值,month 当月值,ytd_yoy 累计增速);"
            "宽表每行一个指标,每列一个累计月份(1-2月合并报送)。数值可带单位,如 5.1亿元。",
            "Long: one row per indicator and month (basis: ytd cumulative, month monthly, "
            "ytd_yoy cumulative growth). Wide: one row per indicator, one cumulative column per "
            "month (1-2月 together). Values may carry units, e.g. 5.1亿元.",
        ),
        "data_preview": ("查看当前数据", "Show the current data"),
        # export
        "export_title": ("导出:表格与简报", "Export: tables and brief"),
        "export_excel": ("下载 Excel", "Download Excel"),
        "export_csv": ("下载 CSV", "Download CSV"),
        "export_md": ("下载简报 Markdown", "Download brief (Markdown)"),
        "export_docx": ("下载简报 Word", "Download brief (Word)"),
        "export_caption": (
            "Excel 含当前情景的汇总表、上面勾选的每个情景各一张汇总表,以及说明表;数值保留单位"
            "格式(亿元两位小数、万元千分位、百分比一位小数)。CSV 和简报按当前情景。",
            "The Excel workbook holds a summary sheet for the active scenario and one for each "
            "scenario ticked above, and a notes sheet; numbers keep their formats (亿元 two "
            "decimals, 万元 thousands, % one decimal). The CSV and the brief follow the active "
            "scenario.",
        ),
        "export_brief_title": ("简报预览", "Brief preview"),
        "export_table_title": ("汇总表预览", "Summary preview"),
        "sheet_summary": ("汇总", "Summary"),
        "sheet_notes": ("说明", "Notes"),
        "file_stem": ("年末预测", "year-end-forecast"),
        "file_brief": ("预测简报", "forecast-brief"),
        "file_template_long": ("实际数模板_长表", "actuals-template-long"),
        "file_template_wide": ("实际数模板_宽表", "actuals-template-wide"),
        "file_template_targets": ("目标模板", "targets-template"),
        "sheet_wide": ("{year}年累计", "{year}年累计"),
    }
)
