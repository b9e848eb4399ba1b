"""The 情景 (scenarios) page's labels and sentences, and the app's store labels (data versions,
export of several scenarios), in Chinese and English.

Registered with ``forecast.i18n`` like every other user-facing string; importing this module
is enough. Pure: no streamlit here.
"""

from __future__ import annotations

import forecast.ui_text  # noqa: F401  (the app's labels this module builds on)
from forecast.i18n import register

__all__: list[str] = []  # nothing to import: the strings are reached through forecast.i18n.t

register(
    {
        # names
        "page_scenarios": ("情景", "Scenarios"),
        "scenario_title": (
            "情景:假设、目标求解与对比",
            "Scenarios: assumptions, goal seek, comparison",
        ),
        "scenario_optimistic": ("乐观", "optimistic"),
        "scenario_pessimistic": ("悲观", "pessimistic"),
        "scenario_draft_name": ("未命名情景", "untitled scenario"),
        "scenario_draft_label": ("草稿({name})", "draft ({name})"),
        "scenario_intro": (
            "在草稿上设定假设,右侧即时显示预测和完成概率的变化。草稿只属于本浏览器会话,"
            "保存后才会留存;设为当前情景后,总览、指标和导出页按它显示。",
            "Set assumptions on the draft and see the projection and the chance of meeting the "
            "target change at once. The draft belongs to this browser session until you save "
            "it; once made the active scenario, the overview, indicator and export pages "
            "follow it.",
        ),
        "scenario_tab_work": ("调整假设", "Assumptions"),
        "scenario_tab_store": ("保存、载入与当前情景", "Save, load, activate"),
        "scenario_tab_compare": ("情景对比", "Compare"),
        # one indicator's assumptions
        "scenario_assumptions": ("本指标的假设", "Assumptions on this indicator"),
        "scenario_no_months": (
            "全年数据已报齐,没有后续月份可设假设。",
            "The whole year is reported: no months are left to assume anything about.",
        ),
        "scenario_growth": (
            "后续月份增速(%,较上年同月)",
            "Growth of the remaining months (% over last year's same months)",
        ),
        "scenario_growth_kind": (
            "后续各月当月增速(%,较上年同月)",
            "Each remaining month's own growth (% over last year's same month)",
        ),
        "scenario_growth_help": (
            "{months}每月按上年同月的数乘以(1+增速)推算,模型的波动保留。",
            "Each month of {months} becomes last year's same month times (1 + growth); the "
            "model's spread is kept.",
        ),
        "scenario_growth_placeholder": (
            "留空=按模型(约{value})",
            "empty = the model (about {value})",
        ),
        "scenario_growth_placeholder_plain": ("留空=按模型", "empty = the model"),
        "scenario_by_month": ("分月设定增速", "Growth month by month"),
        "scenario_by_month_caption": (
            "留空的月份按上面的统一增速(未填则按模型)。",
            "Empty months take the single rate above (or the model, if it is empty).",
        ),
        "scenario_amounts": ("一次性金额与固定值", "One-off amounts and fixed months"),
        "scenario_amounts_caption": (
            "一次性金额在模型之外另加(如某项目当月入库);“该月定为”直接取代该月的数,不再有"
            "不确定性。单位:{unit}。",
            "A one-off lands on top of the model (a project paying in that month); 'set month "
            "to' replaces the month's amount and removes its uncertainty. Unit: {unit}.",
        ),
        "scenario_shock": ("冲击", "Shock"),
        "scenario_shock_months": ("冲击月份", "Months hit"),
        "scenario_shock_pct": ("冲击幅度(%)", "Size of the shock (%)"),
        "scenario_shock_none": ("无", "none"),
        "scenario_shock_help": (
            "-10 表示这些月份比模型低10%;留空=无冲击。",
            "-10 means these months come in 10% below the model; empty = no shock.",
        ),
        "scenario_profile": ("剩余月份的季节分布", "Seasonal profile of the remaining months"),
        "scenario_profile_help": (
            "剩余总量不变,只改变它在各月之间的分配。",
            "The remaining total stays; only its split across the months changes.",
        ),
        "profile_model": ("按模型", "the model's"),
        "profile_last_year": ("同上年", "as last year"),
        "profile_average": ("近几年平均", "average of recent years"),
        "profile_custom": ("自定义", "custom"),
        "scenario_profile_years": ("平均年数", "Years averaged"),
        "scenario_shares_caption": (
            "按占全年的百分比填写(预填上年的分布);合计不必等于剩余比例,按比例换算。",
            "Shares of the year in % (last year's prefilled); they need not add up to anything: "
            "they are rescaled.",
        ),
        "scenario_quantile": ("后续月份取模型的", "Remaining months at the model's"),
        "quantile_none": ("中位数(不调整)", "median (no change)"),
        "quantile_value": ("{q}分位", "{q} quantile"),
        "quantile_high": ("80%区间上沿(90%分位)", "top of the 80% band (90th percentile)"),
        "quantile_low": ("80%区间下沿(10%分位)", "bottom of the 80% band (10th percentile)"),
        "scenario_growth_only": (
            "增速类指标只能设增速和方法。",
            "A growth-rate indicator takes only a growth rate and the method.",
        ),
        "scenario_clear": ("清除本指标假设", "Clear this indicator's assumptions"),
        "scenario_new": ("清空草稿", "Empty the draft"),
        "col_month": ("月份", "month"),
        "col_growth_pct": ("增速(%)", "growth (%)"),
        "col_one_off": ("一次性金额({unit})", "one-off ({unit})"),
        "col_fixed": ("该月定为({unit})", "set month to ({unit})"),
        "col_share": ("占全年(%)", "share of year (%)"),
        # group shocks
        "scenario_groups_title": (
            "分组冲击:全部指标或某类指标",
            "Group shocks: all indicators, or one group",
        ),
        "scenario_groups_caption": (
            "每行一类;填了幅度才生效(-10 表示这些月份下降10%)。增速类指标不受影响。",
            "One row per group; a row counts once it has a size (-10 = these months 10% "
            "lower). Growth-rate indicators are not affected.",
        ),
        "col_group": ("范围", "applies to"),
        "col_start": ("起始月", "from"),
        "col_end": ("结束月", "to"),
        "col_pct": ("幅度(%)", "size (%)"),
        "group_all": ("全部指标", "all indicators"),
        "group_taxes": ("税收类", "taxes"),
        "group_investment": ("投资类", "investment"),
        "group_industry": ("工业类", "industry"),
        "group_consumption": ("消费类", "consumption"),
        "group_tourism": ("旅游类", "tourism"),
        "group_society": ("社会民生类", "society"),
        "group_poverty": ("脱贫攻坚类", "poverty"),
        # results
        "scenario_result_title": ("草稿对比基准:{name}", "Draft against the baseline: {name}"),
        "delta_same": ("与基准相同", "same as the baseline"),
        "delta_none": ("不变", "no change"),
        "metric_band_unit": ("80%区间({unit})", "80% band ({unit})"),
        "delta_base": ("基准 {value}", "baseline {value}"),
        "delta_change": ("{value}(基准 {base})", "{value} (baseline {base})"),
        "delta_pp": ("{value}个百分点", "{value} pp"),
        "scenario_chart_caption": (
            "草稿情景下:灰线为往年,粗线为今年实际;蓝色区域为预测区间(深到浅:50%、80%、90%),"
            "橙色虚线为完成目标所需的路径。",
            "Under the draft. Grey: past years; bold: this year so far; blue bands: projection "
            "(dark to light 50%, 80%, 90%); orange dotted: the path needed to reach the target.",
        ),
        "scenario_invalid": (
            "草稿不适用于当前数据(可清除相关假设或清空草稿):\n\n{error}",
            "The draft does not fit the current data (clear those assumptions or empty the "
            "draft):\n\n{error}",
        ),
        "scenario_not_applied": (
            "情景“{name}”不适用于当前数据,以下按基准显示:{error}",
            "The scenario '{name}' does not fit the current data; the baseline is shown: {error}",
        ),
        # goal seek
        "goal_title": (
            "后续月份需增长多少才能完成目标?",
            "How much must the remaining months grow to meet the target?",
        ),
        "goal_prob": ("把握程度", "With a chance of"),
        "goal_choice": ("{p}把握", "{p}"),
        "goal_choice_custom": ("其他", "other"),
        "goal_custom": ("把握程度(任选)", "Chance (any value)"),
        "goal_no_target": (
            "本指标没有全年目标,无需求解。",
            "This indicator has no annual target to solve for.",
        ),
        "goal_no_months": (
            "全年数据已报齐,没有后续月份可求解。",
            "The whole year is reported: there are no months left to solve for.",
        ),
        "goal_solved": (
            "要有{p}的把握完成全年目标{target}:{growth}{monthly}。",
            "To meet the annual target of {target} with a {p} chance, {growth}{monthly}.",
        ),
        "goal_grow_at_least": (
            "{months}各月需比上年同期增长至少{g}",
            "{months} must grow at least {g} over last year's same months",
        ),
        "goal_fall_at_most": (
            "{months}各月比上年同期下降不超过{g}即可",
            "{months} may fall up to {g} below last year's same months",
        ),
        "goal_grow_at_most": (
            "{months}各月比上年同期增长不超过{g}",
            "{months} must grow no more than {g} over last year's same months",
        ),
        "goal_fall_at_least": (
            "{months}各月需比上年同期下降至少{g}",
            "{months} must fall at least {g} below last year's same months",
        ),
        "goal_no_growth_base": (
            "上年同月数据不全,无法按增速计算",
            "last year's same months are incomplete, so no growth rate can be given",
        ),
        "goal_monthly_at_least": (
            ",平均每月需完成{amount}",
            ", about {amount} a month on average",
        ),
        "goal_monthly_at_most": (
            ",平均每月不超过{amount}",
            ", at most about {amount} a month on average",
        ),
        "goal_already_met": (
            "全年目标{target}已有保障:无论{months}增减多少,完成的把握都不低于{p}。",
            "The annual target of {target} is already secured: whatever {months} bring, the "
            "chance of meeting it stays at or above {p}.",
        ),
        "goal_unreachable": (
            "按目前进度,要有{p}的把握完成全年目标{target}已不现实:即使{months}各月比上年同期"
            "{change},完成的概率也只有{chance}。",
            "At this pace a {p} chance of meeting the annual target of {target} is out of "
            "reach: even if {months} {change} against last year's same months, the chance is "
            "only {chance}.",
        ),
        "goal_unreachable_monthly": (
            "按目前进度,要有{p}的把握完成全年目标{target}已不现实:即使每月完成{amount},"
            "完成的概率也只有{chance}。",
            "At this pace a {p} chance of meeting the annual target of {target} is out of "
            "reach: even at {amount} a month the chance is only {chance}.",
        ),
        "goal_now": (
            "按当前草稿,完成全年目标的概率为{p}。",
            "Under the draft as it stands, the chance of meeting the annual target is {p}.",
        ),
        "change_up": ("增长{g}", "grow {g}"),
        "change_down": ("下降{g}", "fall {g}"),
        # the draft in words
        "scenario_draft_title": ("草稿中的全部假设", "Everything in the draft"),
        "scenario_draft_empty": (
            "草稿还没有任何假设,与基准相同。",
            "The draft holds no assumption yet: it is the baseline.",
        ),
        "col_assumption": ("假设", "assumptions"),
        "desc_growth": ("后续月份增长{g}", "remaining months grow {g}"),
        "desc_by_month": ("{month}增长{g}", "{month} grows {g}"),
        "desc_one_off": ("{month}一次性{amount}", "{month} one-off {amount}"),
        "desc_fixed": ("{month}定为{amount}", "{month} set to {amount}"),
        "desc_shock": ("{months}冲击{pct}", "{months} shock {pct}"),
        "desc_profile": ("季节分布{kind}", "seasonal profile {kind}"),
        "desc_profile_average": ("近{years}年平均", "average of {years} years"),
        "desc_method": ("方法:{method}", "method: {method}"),
        "desc_quantile": ("取模型{q}分位", "at the model's {q} quantile"),
        "desc_sep": (";", "; "),
        # the store: scenarios
        "store_save_title": ("保存草稿", "Save the draft"),
        "store_name": ("名称", "Name"),
        "store_description": ("说明", "Description"),
        "store_save": ("保存为新版本", "Save as a new version"),
        "store_saved": (
            "已保存“{name}”第{version}版({saved_at})",
            "Saved '{name}' version {version} ({saved_at})",
        ),
        "store_name_empty": ("请先填写名称。", "Give the scenario a name first."),
        "store_name_builtin": (
            "“{name}”是内置情景的名称,请换一个。",
            "'{name}' is a built-in scenario's name; choose another.",
        ),
        "store_failed": ("存储出错:{error}", "The store failed: {error}"),
        "store_load_title": ("载入情景到草稿", "Load a scenario into the draft"),
        "store_source": ("情景", "Scenario"),
        "store_builtin_tag": ("{name}(内置)", "{name} (built-in)"),
        "store_version": ("版本", "Version"),
        "store_version_label": ("第{version}版 · {saved_at}", "version {version} · {saved_at}"),
        "store_load": ("载入到草稿", "Load into the draft"),
        "store_loaded": ("已把“{name}”载入草稿。", "Loaded '{name}' into the draft."),
        "store_delete": ("删除这个情景", "Delete this scenario"),
        "store_deleted": ("已删除“{name}”(可以恢复)。", "Deleted '{name}' (it can be restored)."),
        "store_restore_pick": ("已删除的情景", "Deleted scenarios"),
        "store_restore": ("恢复", "Restore"),
        "store_restored": ("已恢复“{name}”。", "Restored '{name}'."),
        "store_versions_title": ("已保存的情景", "Saved scenarios"),
        "store_none": ("还没有保存的情景。", "No saved scenario yet."),
        "store_where": ("保存在 {path}", "Stored in {path}"),
        "col_scenario": ("情景", "scenario"),
        "col_version": ("版本", "version"),
        "col_saved_at": ("保存时间", "saved at"),
        "col_description": ("说明", "description"),
        "active_title": ("当前情景", "Active scenario"),
        "active_text": (
            "当前情景:**{name}**。总览、指标和导出页按此情景显示。",
            "Active scenario: **{name}**. The overview, indicator and export pages follow it.",
        ),
        "active_use": ("把草稿设为当前情景", "Make the draft the active scenario"),
        "active_baseline": ("恢复为基准", "Back to the baseline"),
        "active_set": ("“{name}”已设为当前情景。", "'{name}' is now the active scenario."),
        "active_cleared": ("已恢复为基准。", "Back to the baseline."),
        # compare
        "compare_pick": ("参与对比的情景", "Scenarios to compare"),
        "pick_scenarios": ("选择情景", "Choose scenarios"),
        "compare_caption": (
            "每个情景:预计全年(中位数)、80%区间、完成目标的概率、与目标的差(预计减目标)。",
            "For each scenario: the year-end (median), its 80% band, the chance of meeting the "
            "target, and the gap to the target (projection minus target).",
        ),
        "compare_point": ("预计全年", "year-end"),
        "compare_band": ("80%区间", "80% band"),
        "compare_p": ("完成概率", "P(meet)"),
        "compare_gap": ("与目标差", "gap to target"),
        "compare_failed": (
            "“{name}”不适用于当前数据,未列入:{error}",
            "'{name}' does not fit the current data and is left out: {error}",
        ),
        "diff_title": ("两个情景之差", "Difference of two scenarios"),
        "diff_a": ("情景A", "Scenario A"),
        "diff_b": ("情景B", "Scenario B"),
        "diff_point_change": ("预计全年变化(B−A)", "year-end change (B − A)"),
        "diff_p_change": ("完成概率变化(B−A)", "change in P(meet) (B − A)"),
        "compare_need_two": (
            "选两个以上情景才能看差异。",
            "Pick at least two scenarios to see a difference.",
        ),
        # the data page's versions
        "dataset_title": ("数据版本", "Saved data versions"),
        "dataset_caption": (
            "保存的是当前实际数文件的原始内容和文件名,每次保存为一个新版本;载入时重新校验。",
            "Saves the current actuals file exactly as uploaded (bytes and file name), each "
            "save a new version; loading checks it again.",
        ),
        "dataset_save": ("把当前数据保存为新版本", "Save the current data as a new version"),
        "dataset_saved": (
            "已保存数据“{name}”第{version}版({file},{saved_at})。",
            "Saved data '{name}' version {version} ({file}, {saved_at}).",
        ),
        "dataset_pick": ("已保存的数据", "Saved data"),
        "dataset_version_label": (
            "{name} · 第{version}版 · {file} · {saved_at}",
            "{name} · version {version} · {file} · {saved_at}",
        ),
        "dataset_load": ("载入此版本", "Load this version"),
        "dataset_loaded": (
            "已载入数据“{name}”第{version}版。",
            "Loaded data '{name}' version {version}.",
        ),
        "dataset_none": ("还没有保存的数据版本。", "No saved data version yet."),
        "dataset_sample_name": ("示例镇", "sample town"),
        # export
        "export_scenarios": (
            "另外导出的情景(每个情景一张汇总表)",
            "Also export these scenarios (one summary sheet each)",
        ),
        "notes_scenario_other": ("其他情景", "other scenario"),
    }
)
