"""The extractor on the patterns of issue 14, one by one, with exact expectations."""

import dataclasses

import pytest

from file_readers.tables import read_catalogue
from forecast.extract import COLUMNS, Row, extract
from forecast.extract.numbers import normalise, quantities

CATALOGUE = read_catalogue()


def rows(text, year=2020):
    return extract(text, CATALOGUE, year=year).rows


def one(text, year=2020):
    found = rows(text, year)
    assert len(found) == 1, found
    return found[0]


def brief(r: Row):
    return (r.value, r.unit, r.period, r.growth_pct, r.kind, r.approx)


def test_the_row_has_exactly_the_issues_columns():
    assert COLUMNS == (
        "phrase", "indicator", "kind", "period", "date", "basis", "value", "unit", "approx",
        "growth_pct", "target_share_pct", "target_value", "target_unit",
        "structure_share_pct", "start", "end", "sentence",
    )  # fmt: skip
    assert tuple(f.name for f in dataclasses.fields(Row)) == COLUMNS


def test_level_with_growth_share_and_the_catalogue_id():
    r = one("1-5月,完成国地两税收入5010万元,同比增长12%,占年计划的48.5%。")
    assert (r.phrase, r.indicator, r.kind, r.period, r.date, r.basis) == (
        "国地两税收入", "tax_total", "actual", "1-5月", "2020-05", "ytd",
    )  # fmt: skip
    assert (r.value, r.unit, r.growth_pct, r.target_share_pct) == (5010, "万元", 12, 48.5)


def test_offsets_point_at_the_clause_verbatim():
    text = "一是经济指标健康增长。1-5月，固投完成5.1亿元；工业增加值4.5亿元。"
    a, b = rows(text)
    assert text[a.start : a.end] == a.sentence == "1-5月，固投完成5.1亿元；"
    assert text[b.start : b.end] == b.sentence == "工业增加值4.5亿元。"
    assert a.indicator == "fai"


@pytest.mark.parametrize(
    "text, growth",
    [
        ("1-5月固投5.1亿元,同比增长8.2%。", 8.2),
        ("1-5月固投5.1亿元，增长8.2%。", 8.2),
        ("1-5月固投5.1亿元,比增8.2%。", 8.2),
        ("1-5月固投5.1亿元,同比+8.2%。", 8.2),
        ("1-5月固投5.1亿元,同比-8.2%。", -8.2),
        ("1-5月固投5.1亿元,同比下降8.2%。", -8.2),
        ("1-5月固投5.1亿元,降幅8.2%。", -8.2),
        ("1-5月固投5.1亿元,同口径下降8.2%。", -8.2),
        ("1-5月固投5.1亿元,同比增长8.2。", 8.2),
        ("1-5月固投5.1亿元,同比增长 8.2 %。", 8.2),
        ("1-5月固投5.1亿元,比上年同期4.7亿元增长8.2%。", 8.2),
        ("１－５月固投５．１亿元，同比增长８．２％。", 8.2),
    ],
)
def test_growth_variants(text, growth):
    r = one(text)
    assert (r.value, r.unit, r.period, r.growth_pct) == (5.1, "亿元", "1-5月", growth)


def test_a_growth_rate_without_a_level_has_no_value():
    r = one("1-5月,规上工业增加值增长13.3%。")
    assert (r.value, r.unit, r.growth_pct, r.basis, r.indicator) == (
        None, "", 13.3, "growth", "industry_va",
    )  # fmt: skip
    r = one("1-5月,工业增加值增速完成13.3%,占半年目标任务13%的102%。")
    assert (r.indicator, r.growth_pct, r.target_share_pct) == ("industry_va_growth", 13.3, 102)
    assert (r.target_value, r.target_unit) == (13, "%")


@pytest.mark.parametrize(
    "text, share, target",
    [
        ("1-9月一般公共预算收入4215万元,为预算的78.3%。", 78.3, None),
        ("1-9月一般公共预算收入4215万元,完成年初预算的78.3%。", 78.3, None),
        ("1-9月一般公共预算收入4215万元,占年初预算5380万元的78.3%。", 78.3, (5380, "万元")),
        ("1-9月一般公共预算收入4215万元,占目标任务5380万元的78.3%。", 78.3, (5380, "万元")),
        ("1-9月一般公共预算收入4215万元,完成率78.3%。", 78.3, None),
        ("1-9月一般公共预算收入4215万元,占全年任务的78.3%。", 78.3, None),
        ("1-9月一般公共预算收入4215万元,占年度目标的78.3%。", 78.3, None),
    ],
)
def test_shares_of_plans_and_budgets(text, share, target):
    r = one(text)
    assert (r.value, r.target_share_pct, r.structure_share_pct, r.kind) == (
        4215, share, None, "actual",
    )  # fmt: skip
    assert ((r.target_value, r.target_unit) if target else None) == target


def test_a_share_of_a_whole_is_structure_never_progress():
    r = one("上半年税收收入3560万元,占一般公共预算收入的比重为84.5%。")
    assert (r.structure_share_pct, r.target_share_pct, r.kind) == (84.5, None, "actual")
    r = one("上半年民营经济增加值占GDP比重为61.2%。")
    assert (r.value, r.structure_share_pct, r.kind) == (None, 61.2, "structure")


def test_stated_targets():
    found = rows("2021年全年目标任务:国地两税收入1.2亿元以上,新增城镇就业300人。")
    assert [(r.kind, r.period, r.basis, r.value, r.unit, r.approx) for r in found] == [
        ("target", "全年", "annual", 1.2, "亿元", ">="),
        ("target", "全年", "annual", 300, "人", ""),
    ]
    assert found[0].date == "2021-12"


def test_progress_and_percentage_points_are_not_figures():
    found = rows(
        "1-10月完成投资10.6亿元,占年度计划的88.3%,超序时进度5个百分点,增速比上年高2.1个百分点。"
    )
    assert [brief(r) for r in found] == [(10.6, "亿元", "1-10月", None, "actual", "")]
    assert one("1-6月,序时进度为50%,完成投资5亿元。").value == 5


def test_fenbie_lists():
    found = rows(
        "1-7月,机械、食品、化工分别实现产值4.2、3.1、2.6亿元,同比分别增长12.5%、8.3%、-4.1%。"
    )
    assert [(r.phrase, r.value, r.unit, r.growth_pct) for r in found] == [
        ("机械", 4.2, "亿元", 12.5),
        ("食品", 3.1, "亿元", 8.3),
        ("化工", 2.6, "亿元", -4.1),
    ]


def test_one_forecast_governs_a_list_until_a_new_period():
    text = (
        "预计全年完成国地两税收入1亿元,地区生产总值增长12%,固定资产投资全年完成11亿元;"
        "城镇居民人均可支配收入完成32155元。1-5月,国税2441万元。"
    )
    found = rows(text)
    assert [(r.kind, r.period, r.value, r.growth_pct) for r in found] == [
        ("forecast", "全年", 1, None),
        ("forecast", "全年", None, 12),
        ("forecast", "全年", 11, None),
        ("forecast", "全年", 32155, None),
        ("actual", "1-5月", 2441, None),
    ]
    found = rows(
        "1-5月固投完成5.1亿元,预计1-6月完成5.84亿元,占目标任务5.5亿元的106%;1-5月工业增加值4.5亿元。"
    )
    assert [(r.kind, r.period, r.value, r.target_share_pct, r.target_value) for r in found] == [
        ("actual", "1-5月", 5.1, None, None),
        ("forecast", "1-6月", 5.84, 106, 5.5),
        ("actual", "1-5月", 4.5, None, None),
    ]
    assert found[1].phrase == "固投"  # a figure with no name of its own leans on the one before


@pytest.mark.parametrize(
    "text, value, unit, approx",
    [
        ("上半年接待游客近3000人次。", 3000, "人次", "<="),
        ("上半年接待游客不足3000人次。", 3000, "人次", "<="),
        ("上半年接待游客约3000人次。", 3000, "人次", "~"),
        ("上半年接待游客超3000人次。", 3000, "人次", ">="),
        ("上半年接待游客逾3000人次。", 3000, "人次", ">="),
        ("上半年接待游客突破3000人次。", 3000, "人次", ">="),
        ("上半年接待游客3000人次以上。", 3000, "人次", ">="),
        ("上半年接待游客3000多人次。", 3000, "人次", ">="),
        ("上半年接待游客3000余人次。", 3000, "人次", ">="),
        ("上半年接待游客1.2万多人次。", 12000, "人次", ">="),
        ("上半年接待游客7万余人。", 70000, "人", ">="),
        ("上半年接待游客1.2万人次。", 1.2, "万人次", ""),
        ("上半年农村房屋签约23户。", 23, "户", ""),
    ],
)
def test_approximate_amounts_and_wan_as_magnitude_or_unit(text, value, unit, approx):
    r = one(text)
    assert (r.value, r.unit, r.approx, r.period) == (value, unit, approx, "1-6月")


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("全年流转土地一千二百亩。", 1200, "亩"),
        ("全年安排资金三千五百万元。", 3500, "万元"),
        ("全年实现产值二十三亿元。", 23, "亿元"),
        ("全年出口1250万美元。", 1250, "万美元"),
        ("全年出口1.2亿美元。", 1.2, "亿美元"),
        ("全年用电量9800万千瓦时。", 9800, "万千瓦时"),
        ("全年用电量1.26亿千瓦时。", 1.26, "亿千瓦时"),
        ("全年清运垃圾2.8万吨。", 2.8, "万吨"),
        ("全年新增企业12家。", 12, "家"),
        ("全年建成站点5个。", 5, "个"),
        ("全年发放救济资金45万。", 450000, ""),
        ("全年完成5,010万元。", 5010, "万元"),
    ],
)
def test_numerals_and_units(text, value, unit):
    r = one(text)
    assert (r.value, r.unit, r.period, r.basis) == (value, unit, "全年", "annual")


@pytest.mark.parametrize(
    "text",
    [
        "根据《通知》(沿府办〔2020〕15号)要求,6月10日召开第3次会议。",
        "第二季度召开会议。一、上半年工作情况(二)真抓实干",
        "建成一个标准化站点,打造一江两岸,推进1+6党群服务中心建设。",
        "省道213、S305和B1-07地块。",
        "1.实施农村危改;2.完成养护楼建设。",
    ],
)
def test_dates_document_numbers_ordinals_and_sections_are_not_figures(text):
    assert rows(text) == ()


@pytest.mark.parametrize(
    "text, period, date, basis",
    [
        ("2021年上半年,固投5.1亿元。", "1-6月", "2021-06", "ytd"),
        ("截至三季度,固投5.1亿元。", "1-9月", "2020-09", "ytd"),
        ("前三季度,固投5.1亿元。", "1-9月", "2020-09", "ytd"),
        ("元至6月,固投5.1亿元。", "1-6月", "2020-06", "ytd"),
        ("一至五月,固投5.1亿元。", "1-5月", "2020-05", "ytd"),
        ("5月当月,固投1.1亿元。", "5月", "2020-05", "month"),
        ("5月份,固投1.1亿元。", "5月", "2020-05", "month"),
        ("截至6月底,各项存款余额32.5亿元。", "6月", "2020-06", "stock"),
    ],
)
def test_periods(text, period, date, basis):
    r = one(text)
    assert (r.period, r.date, r.basis) == (period, date, basis)


def test_a_cut_off_day_is_the_month_to_date_with_a_note():
    found = extract("截至6月10日,全镇完成脱贫户数78户。", CATALOGUE, year=2020)
    assert [(r.period, r.date, r.value) for r in found.rows] == [("1-6月", "2020-06", 78)]
    assert [n.code for n in found.notes] == ["cutoff_day"]
    assert found.notes[0].value == "截至6月10日"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("2019-2020年累计完成固定资产投资3.2亿元。", "2019-2020年"),
        ("2016年至2020年，招商引资到位资金共计12亿元。", "2016年至2020年"),
        ("2019—2020年度共完成造林860亩。", "2019—2020年度"),
        ("“十三五”期间，全镇累计完成固定资产投资32亿元。", "十三五期间"),
        ("十三五以来，累计脱贫1200户。", "十三五以来"),
    ],
)
def test_a_span_of_years_is_never_one_years_figure(text, written):
    found = extract(text + "1-5月，完成国税收入500万元。", CATALOGUE, year=2020)
    span, ytd = found.rows
    assert (span.basis, span.date) == ("span", "")
    assert (ytd.period, ytd.date, ytd.basis, ytd.value) == ("1-5月", "2020-05", "ytd", 500)
    assert [n.code for n in found.notes] == ["multi_year"]
    assert found.notes[0].value == written
    # nothing of the span reaches the actuals a report gives
    assert "2020-12" not in {r.date for r in found.rows}


def test_the_year_comes_from_the_text_else_the_argument():
    assert one("2019年1-5月固投5.1亿元。", year=2020).date == "2019-05"
    assert one("1-5月固投5.1亿元。", year=2020).date == "2020-05"
    assert one("1-5月固投5.1亿元。", year=None).date == ""


def test_a_heading_gives_its_period_to_what_follows():
    found = rows("2021年1-4月统计快报\n全镇固投4.6亿元，增长7.5%。")
    assert [(r.period, r.date, r.growth_pct) for r in found] == [("1-4月", "2021-04", 7.5)]


def test_table_lines():
    text = (
        "指标名称 | 计量单位 | 5月 | 1-5月 | 同比增长%\n"
        "规模以上工业总产值 | 亿元 | 3.8 | 17.6 | 9.8\n"
        "规模以上工业增加值增速 | % | - | 10.1 | -\n"
    )
    found = rows(text)
    assert [(r.indicator, r.period, r.basis, r.value, r.unit, r.growth_pct) for r in found] == [
        ("industry_output", "5月", "month", 3.8, "亿元", None),
        ("industry_output", "1-5月", "ytd", 17.6, "亿元", 9.8),
        ("industry_va_growth", "1-5月", "growth", None, "", 10.1),
    ]
    assert found[0].sentence == "规模以上工业总产值 | 亿元 | 3.8 | 17.6 | 9.8"


def test_a_text_without_figures_gives_no_rows_and_a_note():
    found = extract("坚持稳中求进工作总基调。", CATALOGUE)
    assert found.rows == ()
    assert [n.code for n in found.notes] == ["no_figures"]


def test_numbers_keep_offsets_of_the_text_as_read():
    text = "完成５０１０万元，增长１２．５％"
    norm = normalise(text)
    assert len(norm) == len(text)
    assert [(q.value, q.unit, text[q.start : q.end]) for q in quantities(norm)] == [
        (5010, "万元", "５０１０万元"),
        (12.5, "%", "１２．５％"),
    ]


def test_the_reference_report_reads_its_headline_figures():
    text = (
        "(一)经济实力上新台阶,超额完成各项目标任务\n"
        "一是经济指标健康增长。1-5月,完成国地两税收入5010万元,其中:完成国税 2441万元、地税2569万元;"
        "1-5月全社会固定资产投资完成5.1亿元,预计1-6月完成5.84亿元,占目标任务5.5亿元的106%;"
    )
    found = rows(text)
    assert [(r.indicator, r.value, r.kind, r.period) for r in found] == [
        ("tax_total", 5010, "actual", "1-5月"),
        ("tax_national", 2441, "actual", "1-5月"),
        ("tax_local", 2569, "actual", "1-5月"),
        ("fai", 5.1, "actual", "1-5月"),
        ("fai", 5.84, "forecast", "1-6月"),
    ]


def test_tables_with_the_unit_in_the_name_or_header_and_other_headings():
    text = (
        "2021年1-5月主要指标\n"
        "项目 | 绝对值 | 增长%\n"
        "国税（万元） | 3410 | 6.6%\n"
        "其中：地税（万元） | 3620 | -2.1\n"
        "指标 | 5月（亿元） | 1-5月（亿元） | 同比%\n"
        "固投 | 1.2 | 6.3 | —\n"
    )
    found = rows(text)
    assert [(r.indicator, r.period, r.basis, r.value, r.unit, r.growth_pct) for r in found] == [
        ("tax_national", "1-5月", "ytd", 3410, "万元", 6.6),
        ("tax_local", "1-5月", "ytd", 3620, "万元", -2.1),
        ("fai", "5月", "month", 1.2, "亿元", None),
        ("fai", "1-5月", "ytd", 6.3, "亿元", None),
    ]


@pytest.mark.parametrize(
    "text, growth",
    [
        ("1-5月固投5.1亿元,增长幅度为8.2%。", 8.2),
        ("1-5月固投5.1亿元,增长速度8.2%。", 8.2),
        ("1-5月固投5.1亿元,涨幅8.2%。", 8.2),
        ("1-5月固投5.1亿元,环比增长3.1%。", None),
        ("1-5月固投5.1亿元,同比增长8.2%,环比下降3.1%。", 8.2),
    ],
)
def test_more_growth_words_and_month_on_month_is_not_growth(text, growth):
    r = one(text)
    assert (r.value, r.growth_pct) == (5.1, growth)


def test_a_heading_names_the_kind_of_the_lines_under_it():
    text = "三、明年主要目标\n2022年，全镇地区生产总值增长7%左右，国地两税收入达到1.3亿元。\n"
    text += "四、目标任务完成情况\n1-5月，国税2441万元。"
    found = rows(text)
    assert [(r.kind, r.period, r.value, r.growth_pct) for r in found] == [
        ("target", "全年", None, 7),
        ("target", "全年", 1.3, None),
        ("actual", "1-5月", 2441, None),
    ]


def test_a_tables_growth_columns_follow_their_values_and_a_share_of_plan_column():
    text = (
        "2022年1-8月\n"
        "指标 | 单位 | 本月 | 同比% | 累计 | 同比% | 占年计划%\n"
        "国地两税收入 | 万元 | 980 | 5.1 | 7860 | 8.2 | 65.5\n"
    )
    found = rows(text)
    assert [(r.period, r.value, r.growth_pct, r.target_share_pct) for r in found] == [
        ("8月", 980, 5.1, None),
        ("1-8月", 7860, 8.2, 65.5),
    ]


ALPHABET = "0123456789０１２３.．,，、;；:：%％ \n-—~至月日年季度上下半全预计目标任务占比重的同比增长下降万亿元人户个家亩吨美以上约近超逾多余第〔〕()（）|一二三十百千分别累计当月"


def test_any_text_reads_without_error_and_offsets_hold():
    """Random text of the characters reports are made of: no exception, every row's clause is
    the text between its offsets, every code is a known one."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from forecast.extract import APPROX, BASES, KINDS

    @settings(max_examples=400, deadline=None, database=None)
    @given(st.text(alphabet=ALPHABET, max_size=120))
    def check(text):
        found = extract(text, CATALOGUE, year=2020)
        for r in found.rows:
            assert text[r.start : r.end] == r.sentence
            assert r.kind in KINDS and r.approx in APPROX and r.basis in (*BASES, "")

    check()


@pytest.mark.parametrize(
    "text, value, unit, approx, kind, growth",
    [
        ("上半年接待游客将近3000人次。", 3000, "人次", "<=", "actual", None),
        ("上半年接待游客大约3000人次。", 3000, "人次", "~", "actual", None),
        ("全年投资1亿元上下。", 1, "亿元", "~", "actual", None),
        ("估计全年完成投资12亿元。", 12, "亿元", "", "forecast", None),
        ("可望全年完成投资12亿元。", 12, "亿元", "", "forecast", None),
        ("拟出让土地257亩。", 257, "亩", "", "target", None),
        ("争取全年完成投资12亿元。", 12, "亿元", "", "target", None),
        ("今年来，共争取上级资金3860万元。", 3860, "万元", "", "actual", None),
        ("1-5月价格指数同比上涨2.1%。", None, "", "", "actual", 2.1),
        ("1-5月价格指数同比下跌2.1%。", None, "", "", "actual", -2.1),
        ("1-5月价格指数同比降低2.1%。", None, "", "", "actual", -2.1),
    ],
)
def test_words_for_kinds_approximations_and_rates(text, value, unit, approx, kind, growth):
    r = one(text)
    assert (r.value, r.unit, r.approx, r.kind, r.growth_pct) == (value, unit, approx, kind, growth)


def test_the_whole_reference_report_when_present():
    """The half-year work report of ../shared/reference (read in place): its headline figures,
    the 预计 block of the second half and the targets of the year end come out right."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "shared" / "reference"
    path = path / "town-work-report-2020h1.txt"
    if not path.exists():
        pytest.skip("../shared/reference is absent")
    found = rows(path.read_text(encoding="utf-8"))
    got = {(r.indicator, r.kind, r.period, r.value, r.growth_pct) for r in found if r.indicator}
    assert {
        ("tax_total", "actual", "1-5月", 5010, None),
        ("tax_national", "actual", "1-5月", 2441, None),
        ("fai", "actual", "1-5月", 5.1, None),
        ("fai", "forecast", "1-6月", 5.84, None),
        ("industry_va_growth", "actual", "1-5月", None, 13.3),
        ("tax_total", "forecast", "全年", 1, None),
        ("fai", "forecast", "全年", 11, None),
        ("industry_va", "forecast", "全年", 10.9, None),
        ("tourism_visits", "target", "全年", 15, None),
        ("tourism_revenue", "target", "全年", 1700, None),
        ("employment_new", "actual", "1-6月", 120, None),
    } <= got
    assert not [r for r in found if r.kind == "target" and r.period != "全年"]


def test_a_forecast_then_a_later_period_stays_a_forecast_and_average_growth_is_no_figure():
    found = rows("1-5月固投完成4.8亿元；预计6月份完成1.3亿元，上半年累计完成6.1亿元。")
    assert [(r.kind, r.period, r.value) for r in found] == [
        ("actual", "1-5月", 4.8),
        ("forecast", "6月", 1.3),
        ("forecast", "1-6月", 6.1),
    ]
    found = rows("规上工业总产值由2020年的32亿元增加到2022年的41.5亿元，年均增长13.9%。")
    assert [(r.value, r.growth_pct) for r in found] == [(32, None), (41.5, None)]


def test_markdown_emphasis_bullets_and_headings():
    found = rows(
        "## 一、1-5月主要指标\n- 国地两税收入**5010万元**，同比增长**12%**；\n- 固投5.1亿元。"
    )
    assert [(r.phrase, r.indicator, r.period, r.value, r.growth_pct) for r in found] == [
        ("国地两税收入", "tax_total", "1-5月", 5010, 12),
        ("固投", "fai", "1-5月", 5.1, None),
    ]
    assert found[0].sentence == "- 国地两税收入**5010万元**，同比增长**12%**；"


def test_a_table_with_a_merged_header_cell_and_a_sub_heading_row():
    text = (
        "2021年1-5月主要经济指标\n"
        "指标 | 单位 | 5月 | 1-5月\n"
        "绝对值 | - | - | - | -\n"
        "国税 | 万元 | 520 | 3410 | 6.6\n"
    )
    assert [(r.period, r.value, r.growth_pct) for r in rows(text)] == [
        ("5月", 520, None),
        ("1-5月", 3410, 6.6),
    ]


# ---- rules from the report sentences r73-r112 (each tested on sentences other than those)


@pytest.mark.parametrize(
    ("text", "year", "date", "growth"),
    [
        # a year compared with sets neither the figures' year nor, unless it is last year,
        # their growth
        ("1-8月，全镇实现税收收入6120万元，比2019年同期增长9.8%。", 2021, "2021-08", None),
        ("1-8月，全镇实现税收收入6120万元，较2020年同期增长9.8%。", 2021, "2021-08", 9.8),
        ("1-8月，全镇实现税收收入6120万元，与2019年同期相比增长9.8%。", 2020, "2020-08", 9.8),
        ("1-8月，接待游客8.6万人次，恢复到2019年同期的91%。", 2021, "2021-08", None),
        ("2020年1-8月，全镇实现税收收入6120万元，比2019年同期增长9.8%。", 2022, "2020-08", 9.8),
    ],
)
def test_a_year_compared_with_is_not_the_figures_year(text, year, date, growth):
    found = rows(text, year)
    assert [(r.value, r.date, r.growth_pct) for r in found] == [(found[0].value, date, growth)]


@pytest.mark.parametrize(
    "text",
    [
        "7月份，全镇完成工业投资0.8亿元，比上月增长6.1%。",
        "7月份，全镇完成工业投资0.8亿元，较上季度增长6.1%。",
        "7月份，全镇完成工业投资0.8亿元，环比增长6.1%。",
    ],
)
def test_a_rate_over_the_month_or_quarter_before_is_no_growth(text):
    assert [(r.value, r.growth_pct) for r in rows(text)] == [(0.8, None)]


def test_a_range_whose_ends_differ_in_magnitude():
    found = rows("力争全年招商引资到位资金5000万元至1.2亿元。")
    assert [(r.value, r.unit, r.approx, r.kind) for r in found] == [
        (5000, "万元", ">=", "target"),
        (1.2, "亿元", "<=", "target"),
    ]


def test_a_quarters_rate_never_reads_as_the_year_to_date():
    found = rows("1-9月，全镇规上工业增加值增长7.6%，其中三季度增长10.2%。")
    assert [(r.period, r.basis, r.growth_pct) for r in found] == [
        ("1-9月", "growth", 7.6),
        ("7-9月", "", 10.2),
    ]


def test_work_done_this_year_so_far_is_the_year_to_date():
    found = rows("截至10月底，全镇今年已累计完成植树造林860亩，年内新增就业210人。")
    assert [(r.period, r.date, r.value) for r in found] == [
        ("1-10月", "2020-10", 860),
        ("1-10月", "2020-10", 210),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "去年同期，全镇实现税收收入4930万元；今年1-6月实现5230万元。",
        "上年全镇实现税收收入9860万元；今年1-6月实现5230万元。",
    ],
)
def test_a_sentence_about_last_year_gives_no_figure_of_this_year(text):
    assert [(r.period, r.value) for r in rows(text)] == [("1-6月", 5230)]


def test_a_growth_target_and_a_rate_after_a_rate():
    found = rows("今年一般公共预算收入增长目标为6%。预计全年规上工业增加值增长7%左右，力争8%。")
    assert [(r.kind, r.period, r.value, r.unit, r.growth_pct) for r in found] == [
        ("target", "全年", None, "", 6),
        ("forecast", "全年", None, "", 7),
        ("target", "全年", None, "", 8),
    ]


def test_a_table_pasted_with_tabs_or_spaces_under_a_header():
    text = (
        "指标\t单位\t年度目标\t1-9月\t同比增长%\t完成进度\n"
        "固定资产投资\t亿元\t12\t8.4\t6.5\t70%\n"
        "一般公共预算收入   万元   7000   5320   4.1   76%"
    )
    found = rows(text)
    assert [
        (r.kind, r.period, r.value, r.unit, r.growth_pct, r.target_share_pct) for r in found
    ] == [
        ("target", "全年", 12, "亿元", None, None),
        ("actual", "1-9月", 8.4, "亿元", 6.5, 70),
        ("target", "全年", 7000, "万元", None, None),
        ("actual", "1-9月", 5320, "万元", 4.1, 76),
    ]
    # spaced-out prose and headerless spaced cells are not tables
    assert [r.value for r in rows("国税  2441万元  地税  2569万元")] == [2441, 2569]
    assert rows("国地两税　　万元　　6890　　9.6") == ()


@pytest.mark.parametrize(
    ("text", "growth"),
    [
        ("1-6月，全镇快递业务量达到86万件，农产品网络销售额1.2亿元，同比翻了一番。", 100),
        ("1-6月，全镇农产品网络销售额1.2亿元，比上年同期翻两番。", 300),
        ("1-6月，全镇农产品网络销售额1.2亿元，力争到2025年翻一番。", None),
    ],
)
def test_doubled_over_last_year_is_growth_of_100_percent(text, growth):
    found = [r for r in rows(text) if r.value == 1.2]
    assert [r.growth_pct for r in found] == [growth]


def test_ordinals_after_di_and_a_target_stated_with_its_own_marker():
    assert [r.value for r in rows("1-6月，全镇固投增速居全区第2个，新开工项目6个。")] == [6]
    found = rows("力争全年完成一般公共预算收入7000万元的目标任务。")
    assert [(r.kind, r.period, r.value, r.unit) for r in found] == [
        ("target", "全年", 7000, "万元")
    ]
    # a target named in passing stays the target a share is of
    found = rows("1-6月完成一般公共预算收入3620万元，完成7000万元目标任务的51.7%。")
    assert [(r.value, r.target_share_pct, r.target_value) for r in found] == [(3620, 51.7, 7000)]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("二〇一九年全镇完成固定资产投资9.6亿元。", ["2019-12"]),
        ("二〇二〇年1-5月，全镇完成税收收入4100万元。", ["2020-05"]),
        ("2020年全镇完成固定资产投资10.3亿元，增长7.3%。", ["2020-12"]),
        ("2019年、2020年全镇分别完成固定资产投资9.6亿元、10.3亿元。", ["2019-12", "2020-12"]),
        ("2019年和2020年，全镇税收收入分别为8600万元和9100万元。", ["2019-12", "2020-12"]),
        # three figures for two years: none can be dated for sure
        ("2019年、2020年全镇分别完成固定资产投资9.6亿元、10.3亿元、11亿元。", []),
    ],
)
def test_years_written_every_way_date_their_figures(text, dates):
    assert [r.date for r in rows(text, year=2022)] == dates


def test_last_years_end_is_no_period_and_a_change_lends_its_name():
    found = rows("截至5月末，全镇各项存款余额比上年末增加2.3亿元，达到36.4亿元。")
    assert [(r.phrase, r.period, r.basis, r.value) for r in found] == [
        ("各项存款余额", "5月", "stock", 36.4)
    ]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a whole year read as done before 今年: 今年 is the year after it
        ("2020年全年，全镇实现旅游收入3860万元，今年1-6月实现2650万元。", ["2020-12", "2021-06"]),
        # a year named as a topic, or a forecast of it: 今年 is that year
        ("2020年是关键之年。今年1-6月，全镇实现旅游收入2650万元。", ["2020-06"]),
        ("2020年全年预计实现旅游收入6000万元；今年1-6月实现2650万元。", ["2020-12", "2020-06"]),
    ],
)
def test_this_year_after_a_year_done(text, dates):
    assert [r.date for r in rows(text, year=2019)] == dates


def test_a_share_of_the_whole_years_is_a_share_of_its_task():
    r = one("截至6月底，全镇已完成国地两税收入5720万元，占全年的52%。")
    assert (r.target_share_pct, r.structure_share_pct) == (52, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("前两个月，全镇完成税收收入1800万元。", [("1-2月", "actual", 1800)]),
        ("历时3个多月，全镇完成改造房屋35户。", [("", "actual", 35)]),
        ("全镇开展为期三个星期的专项整治，用时5个工作日整治企业26家。", [("", "actual", 26)]),
        ("经过两个月的努力，全镇完成改造房屋35户。", [("", "actual", 35)]),
        ("通过全镇上下共同努力，完成改造房屋35户。", [("", "actual", 35)]),
        ("下半年，努力完成改造房屋50户。", [("7-12月", "target", 50)]),
    ],
)
def test_durations_are_no_figures_and_efforts_made_are_no_target(text, expected):
    assert [(r.period, r.kind, r.value) for r in rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1-6月，全镇完成税收收入5230万元，上年同期数为4930万元。", [(5230, "万元")]),
        ("1-6月，全镇完成税收收入5230万元，去年同期基数为4930万元。", [(5230, "万元")]),
        ("1-6月，全镇完成税收收入5230万元，去年同期完成4930万元。", [(5230, "万元")]),
        ("1-6月，全镇完成税收收入5230万元，比上年同期的4930万元增加300万元。", [(5230, "万元")]),
        ("上年同期完成4930万元的税收收入，今年1-6月完成5230万元。", [(5230, "万元")]),
        ("1-6月，全镇实现产值6.8个亿，同比增长12%。", [(6.8e8, "")]),
        ("1-6月，全镇完成项目投资3千万元。", [(3000, "万元")]),
    ],
)
def test_last_years_figures_and_amounts_written_loosely(text, expected):
    assert [(r.value, r.unit) for r in rows(text, year=2021)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town's report: the county's, district's or city's figures are not the town's
        (
            "上半年，全县完成固定资产投资86亿元，其中我镇完成5.1亿元，占全县的5.9%。",
            [(5.1, None, 5.9)],
        ),
        ("1-6月，全区规上工业增加值增长6.5%，全镇规上工业增加值增长9.1%。", [(None, 9.1, None)]),
        ("1-6月，全镇固定资产投资增速9.5%，全区平均为7.2%。", [(None, 9.5, None)]),
        ("1-6月，全市地区生产总值增长8%，我镇增长9.2%。", [(None, 9.2, None)]),
        # a district's report reads the district's figures
        ("1-6月，全区完成固定资产投资86亿元，同比增长9%。", [(86, 9, None)]),
    ],
)
def test_figures_of_a_larger_place_are_not_the_reporting_places(text, expected):
    found = rows(text, year=2021)
    assert [(r.value, r.growth_pct, r.structure_share_pct) for r in found] == expected
    assert all(r.phrase for r in found)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("自2018年以来，累计完成投资32亿元。", "自2018年以来"),
        ("2016年以来累计完成投资32亿元。", "2016年以来"),
        ("近三年来累计完成投资32亿元。", "近三年来"),
        ("去年以来，累计引进项目12个。", "去年以来"),
        ("近年来累计引进项目32个。", "近年来"),
        ("建镇以来累计完成投资86亿元。", "建镇以来"),
    ],
)
def test_since_a_year_is_a_span_and_names_no_year(text, span):
    found = rows("1-6月，全镇完成固定资产投资5.1亿元。" + text, year=2021)
    assert [(r.period, r.date, r.basis) for r in found] == [
        ("1-6月", "2021-06", "ytd"),
        (span, "", "span"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "我镇2019年被评为全国重点镇。1-6月，全镇完成固定资产投资5.1亿元。",
            [("1-6月", "2021-06")],
        ),
        (
            "1-6月，全镇完成固定资产投资5.1亿元，其中2019年签约的项目完成投资2.1亿元。",
            [("1-6月", "2021-06"), ("1-6月", "2021-06")],
        ),
        ("2020年，全镇上下迎难而上。1-6月，全镇完成固定资产投资5.1亿元。", [("1-6月", "2020-06")]),
    ],
)
def test_the_year_of_an_event_is_not_the_year_of_the_figures(text, expected):
    assert [(r.period, r.date) for r in rows(text, year=2021)] == expected


def test_since_a_month_and_averages_are_not_the_period_s_totals():
    found = rows("1-6月，全镇完成投资5.1亿元；6月中旬以来新开工项目3个。", year=2021)
    assert [(r.period, r.date, r.basis, r.value) for r in found] == [
        ("1-6月", "2021-06", "ytd", 5.1),
        ("6月中旬以来", "", "", 3),
    ]
    for text in (
        "1-6月，全镇完成税收收入5230万元，月均完成872万元。",
        "1-6月，全镇完成税收收入5230万元，平均每月872万元。",
        "1-6月，全镇完成税收收入5230万元，日均14.5万元。",
        "1-6月，全镇完成税收收入5230万元；将28名学生纳入计划，每人享受750元的补助。",
    ):
        assert [r.value for r in rows(text)] == [5230]


@pytest.mark.parametrize(
    "text",
    [
        "1-6月，全镇新增企业数十家。",
        "1-6月，全镇新增企业几百家。",
        "1-6月，全镇完成投资1 234万元。",
    ],
)
def test_vague_counts_and_numbers_split_by_a_space_are_not_read(text):
    assert rows(text) == ()


def test_what_was_done_after_a_plans_own_figure_is_actual():
    found = rows(
        "1-6月，全镇实施重点项目12个，年度计划投资12亿元，完成投资6.5亿元，占年度计划的54.2%。",
        year=2021,
    )
    assert [(r.kind, r.period, r.value, r.target_share_pct) for r in found] == [
        ("actual", "1-6月", 12, None),
        ("target", "全年", 12, None),
        ("actual", "1-6月", 6.5, 54.2),
    ]
    # a plan that introduces a list (全年任务：完成…) still governs it
    found = rows("全年任务：完成国地两税收入1.15亿元、固定资产投资13亿元。")
    assert [r.kind for r in found] == ["target", "target"]


@pytest.mark.parametrize(
    ("text", "growth"),
    [
        ("1-6月，全镇规上工业增加值增速为负3.2%。", -3.2),
        ("1-6月，全镇规上工业增加值增速回落至5.1%。", 5.1),
        ("1-6月，全镇规上工业增加值增速较1-5月提高至8.2%。", 8.2),
        ("1-6月，全镇规上工业增加值增长由1-5月的6.1%提高到8.2%。", 8.2),
        ("1-6月，全镇税收收入降幅收窄至3.2%。", -3.2),
    ],
)
def test_a_rate_as_it_stands_after_a_change_is_the_periods_growth(text, growth):
    assert [(r.period, r.basis, r.value, r.growth_pct) for r in rows(text)] == [
        ("1-6月", "growth", None, growth)
    ]


def test_a_plans_time_is_not_the_period_of_what_is_done_after_it():
    text = "上半年，全镇工作有序推进。力争年内实施连接线道路。完成防洪堤拆迁27户。"
    assert [(r.kind, r.period) for r in rows(text)] == [("actual", "1-6月")]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("预计1-6月完成固定资产投资5.84亿元，1-5月完成5.1亿元。", ["forecast", "actual"]),
        ("全镇预计全年实现地区生产总值25亿元，1-6月实现12.6亿元。", ["forecast", "actual"]),
        # a later period after the forecast's stays under it
        (
            "1-5月完成固投5.1亿元，预计1-6月完成5.84亿元，全年完成11亿元。",
            ["actual", "forecast", "forecast"],
        ),
    ],
)
def test_a_clause_with_an_earlier_period_of_its_own_is_not_under_the_forecast(text, kinds):
    assert [r.kind for r in rows(text)] == kinds


def test_a_projects_construction_progress_is_no_share_of_a_target():
    text = "项目名称    总投资（亿元）    1-6月完成投资（亿元）    形象进度\n沿滩大道    5.2    1.3    40%"
    found = rows(text)
    assert [(r.period, r.value, r.unit, r.target_share_pct) for r in found] == [
        ("1-6月", 1.3, "亿元", None)
    ]


def test_a_share_of_the_time_schedule_is_no_figure():
    found = rows("1-6月，全镇完成财政收入5230万元，完成预算的52.3%，完成序时进度的104.6%。")
    assert [(r.value, r.target_share_pct) for r in found] == [(5230, 52.3)]


def test_a_task_named_after_its_size_is_a_target_of_the_year():
    # 将432人省级预脱贫任务细化到村 (the reference report): the size of a task, not work done
    done, r = rows(
        "1-6月，全镇完成国税收入500万元。目标任务早部署，将432人省级预脱贫任务，细化到村。"
    )
    assert (done.kind, done.period) == ("actual", "1-6月")
    assert (r.kind, r.period, r.value, r.unit) == ("target", "全年", 432, "人")
    # a name after its number that is no task stays what was done
    [done] = rows("1-6月，完成5户拆迁困难户的签约。")
    assert (done.kind, done.period, done.value) == ("actual", "1-6月", 5)


@pytest.mark.parametrize(
    "text",
    [
        "全年目标12亿元，1-9月完成8.8亿元，距年度目标还差3.2亿元。",
        "1-9月，全县一般公共预算收入完成4.6亿元，收支缺口达8000万元。",
        "1-9月，完成8.8亿元，还有3.2亿元的差距。",
        "1-9月，完成8.8亿元，尚差3.2亿元。",
    ],
)
def test_a_gap_to_a_target_is_no_figure(text):
    # 还差3.2亿元, 缺口8000万元: what is left to do or missing, never a level
    assert [r.value for r in rows(text) if r.value not in (12, 8.8, 4.6)] == []


def test_a_move_in_a_ranking_is_no_growth():
    found = rows("1-9月，规上工业增加值增速9.3%，排名第5，较上半年上升3位，前移2个位次。")
    assert [(r.value, r.growth_pct) for r in found] == [(None, 9.3)]


def test_a_multiple_of_last_years_is_a_growth():
    r = one("全年完成旅游综合收入4860万元，是上年的1.3倍。")
    assert (r.value, r.period, r.growth_pct) == (4860, "全年", 30)
    assert one("1-6月完成工业投资2亿元，为去年同期的2倍。").growth_pct == 100
    # 是2019年的1.3倍, read in 2021: not over last year; a span not known: no growth
    assert one("1-6月完成工业投资2亿元，是2019年同期的1.3倍。", year=2021).growth_pct is None
    assert one("国庆假期实现旅游收入1260万元，是去年同期的1.4倍。").growth_pct is None


@pytest.mark.parametrize(
    "text",
    [
        "1-9月，全镇完成固定资产投资9.6亿元，总量居全区第一；仙市镇同期完成7.8亿元。",
        "1-9月全镇完成固定资产投资9.6亿元，高于永安镇（8.1亿元）。",
        "1-9月全镇完成固定资产投资9.6亿元，兴隆乡增长12.1%。",
    ],
)
def test_another_towns_figure_is_not_the_towns(text):
    assert [(r.value, r.growth_pct) for r in rows(text)] == [(9.6, None)]


def test_the_town_named_in_the_title_with_its_government_or_alone_is_its_own():
    text = "沿滩镇2021年上半年工作总结\n1-6月，沿滩镇完成固定资产投资5.1亿元。"
    assert [r.value for r in rows(text)] == [5.1]
    text = "沿滩镇人民政府关于上半年工作的报告：1-6月，沿滩镇完成固定资产投资5.1亿元。"
    assert [r.value for r in rows(text)] == [5.1]
    # the only town named in a text that never says 全镇/我镇 is the one reporting, and its
    # name is no part of the indicator's
    found = rows("今年以来，沿滩镇紧紧围绕目标任务。1-6月，沿滩镇完成固定资产投资5.1亿元。")
    assert [(r.indicator, r.value) for r in found] == [("fai", 5.1)]
    # words ending in 镇/乡 are no towns (城镇, 返乡, 乡村, 特色小镇)
    found = rows("1-6月，新增城镇就业285人，农民工返乡创业46人，乡村旅游收入380万元。")
    assert [r.value for r in found] == [285, 46, 380]


def test_an_empty_cell_of_a_tabbed_table_shifts_no_figure():
    # a Word table pasted with one tab between cells: the empty 本月 cell is no figure, and
    # 4.1 stays the year to date's (it was read as September's, and 12.3 as 1-9月's 亿元)
    text = (
        "指标名称\t计量单位\t本月\t1-9月累计\t累计增长%\n规上工业总产值\t亿元\t2.3\t19.6\t9.1\n"
        "社会消费品零售总额\t亿元\t\t4.1\t12.3"
    )
    assert [(r.period, r.value, r.growth_pct) for r in rows(text)] == [
        ("9月", 2.3, None),
        ("1-9月", 19.6, 9.1),
        ("1-9月", 4.1, 12.3),
    ]


def test_a_quoted_goal_is_a_target_and_a_list_without_names_pairs_with_it():
    found = rows(
        "年初镇人代会提出“全年新增市场主体600户、引进项目10个”的目标，目前已分别完成418户和7个。"
    )
    assert [(r.phrase, r.kind, r.period, r.value, r.unit) for r in found] == [
        ("新增市场主体", "target", "全年", 600, "户"),
        ("引进项目", "target", "全年", 10, "个"),
        ("新增市场主体", "actual", "", 418, "户"),
        ("引进项目", "actual", "", 7, "个"),
    ]
    # units that do not pair up one by one: no name is borrowed
    found = rows("全年新增市场主体600户、引进项目10个，目前已分别完成7个和418户。")
    assert [r.phrase for r in found][2:] != ["新增市场主体", "引进项目"]


def test_a_task_handed_down_and_a_must_are_not_part_of_the_name():
    found = rows("今年上级下达我镇减贫任务120户。全年固定资产投资目标任务是12亿元。")
    assert [(r.phrase, r.kind) for r in found] == [
        ("减贫任务", "target"),
        ("固定资产投资", "target"),
    ]
    r = one("全年目标：规上工业增加值必须增长8%。")
    assert (r.phrase, r.indicator, r.growth_pct) == ("规上工业增加值", "industry_va", 8)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # the 万 of 一亿二千万 is the number's: 1.2亿元, written in 万元 (12000), never
        # 一亿二千 ten-thousands; 一亿零五百万元 was read as 100000500万元
        ("一亿二千万元", 12000, "万元"),
        ("一亿零五百万元", 10500, "万元"),
        ("五千零一十万元", 5010, "万元"),
        ("1.2千人", 1200, "人"),  # 千 before a unit, as before 万/亿 (3千万元)
        ("3千万元", 3000, "万元"),
        ("1.2千瓦时", 1.2, "千瓦时"),
        # 1亿2千万元 was two figures: 100000000 with no unit, and 2000万元
        ("1亿2千万元", 12000, "万元"),
        ("1亿2000万元", 12000, "万元"),
        ("3千余万元", 3000, "万元"),  # was 3 with no unit
        ("3千多人", 3000, "人"),
    ],
)
def test_chinese_magnitudes_in_a_number(text, value, unit):
    [q] = quantities(normalise(text))
    assert (q.value, q.unit) == (value, unit)


def test_a_line_named_before_its_colon_under_a_heading_of_work_done():
    # the name before the colon is the figure's (it was ''); a 预计 under 主要指标完成情况,
    # below a title of 前三季度, is a forecast of 1-9月, not of the year
    text = (
        "2021年前三季度经济运行情况\n二、主要指标完成情况\n1.地区生产总值：预计完成19.8亿元，增长7.2%。\n"
        "2.固定资产投资：完成8.9亿元，增长10.5%。"
    )
    assert [(r.phrase, r.kind, r.period, r.value) for r in rows(text)] == [
        ("地区生产总值", "forecast", "1-9月", 19.8),
        ("固定资产投资", "actual", "1-9月", 8.9),
    ]
    # under a heading that names no work done, a 预计 with no period is the year's
    text = "2021年前三季度经济运行情况\n三、下步打算\n1.地区生产总值：预计完成26亿元。"
    assert [(r.kind, r.period) for r in rows(text)] == [("forecast", "全年")]


def test_a_change_after_a_level_is_no_figure_of_its_own():
    # 人均增加1120元 was read as a level of 1120元 named 人均增加, taking the 9.0% growth
    r = one("前三季度，全镇实现农村居民人均可支配收入13560元，人均增加1120元，增长9.0%。")
    assert (r.value, r.growth_pct) == (13560, 9.0)
    # 较上年提高3万元 was a level of 3万元 named 提高
    assert one("2021年，全镇亩均工业增加值达到45万元，较上年提高3万元。").value == 45


def test_a_rate_now_after_a_clause_of_points():
    # 降至-2.3% was a level of -2.3% named 降至
    r = one("1-9月，全镇规上工业总产值降幅比上半年收窄3.1个百分点，降至-2.3%。")
    assert (r.phrase, r.value, r.growth_pct) == ("规上工业总产值", None, -2.3)


def test_a_list_item_that_is_only_a_name_names_the_figures_after_it():
    found = rows(
        "一是固定资产投资。1-9月完成9.2亿元，增长12.6%。二是税收收入。1-9月完成7230万元，下降1.2%。"
    )
    assert [(r.indicator, r.value) for r in found] == [("fai", 9.2), ("tax_total", 7230)]


def test_a_share_of_progress_after_a_target_goes_with_what_was_done():
    found = rows("截至9月末，全镇累计完成投资9.6亿元，年度目标12亿元，完成进度80%。")
    assert [(r.kind, r.value, r.target_share_pct) for r in found] == [
        ("actual", 9.6, 80),
        ("target", 12, None),
    ]


def test_another_towns_name_is_never_a_figures_name():
    [r] = rows("仙市镇、邓关镇分别完成12.1亿元和10.3亿元，我镇完成9.6亿元，居第三位。")
    assert (r.value, r.phrase) == (9.6, "")


def test_a_table_with_a_column_per_year():
    text = "2021年主要经济指标\n指标\t2020年\t2021年\t增长%\n地区生产总值（亿元）\t25.3\t28.6\t8.1"
    assert [(r.period, r.date, r.value, r.growth_pct) for r in rows(text)] == [
        ("全年", "2020-12", 25.3, None),
        ("全年", "2021-12", 28.6, 8.1),
    ]
    # under a year to date the years' columns may be its own: nothing is read (the growth
    # was read as 1-9月's, dated by the first year named, 2020-09)
    text = "1-9月主要指标\n指标\t2020年\t2021年\t增长%\n地区生产总值（亿元）\t18.3\t19.6\t7.1"
    assert rows(text) == ()


def test_a_bar_of_a_class_counted_is_no_figure():
    # 有3个村集体经济收入超过50万元: 3 villages, over 50万元 each (50万元 was a level)
    found = rows("1-9月，全镇有3个村集体经济收入超过50万元，12个村超过10万元。")
    assert [(r.value, r.unit) for r in found] == [(3, "个"), (12, "个")]
    found = rows("全镇有5个村集体经济收入达到20万元以上。")
    assert [(r.value, r.unit) for r in found] == [(5, "个")]
    # a total of the units counted stays a figure
    found = rows("全镇23家规上企业实现产值达到12.3亿元。")
    assert [(r.value, r.unit) for r in found] == [(23, "家"), (12.3, "亿元")]


def test_a_rate_after_clauses_of_points_is_the_growth():
    # 达到8.2% was a level of 8.2% beside the 19.6亿元
    r = one(
        "1-9月，全镇实现地区生产总值19.6亿元，增速较一季度提高2.3个百分点，"
        "较上半年提高0.8个百分点，达到8.2%。"
    )
    assert (r.value, r.growth_pct) == (19.6, 8.2)


def test_what_is_left_to_the_target_is_no_figure():
    assert rows("截至9月底，距离年度目标还有2.4亿元，需在四季度完成。") == ()


def test_a_rate_of_another_places_figure_is_not_the_towns():
    # 全县…86亿元，增长7%: the 7% was read as the town's growth (beside its own 12%, or
    # given to the 9.6亿元 after it)
    text = "1-9月，全镇完成固定资产投资9.6亿元，增长12%；全县完成固定资产投资86亿元，增长7%。"
    assert [(r.value, r.growth_pct) for r in rows(text)] == [(9.6, 12)]
    text = "1-9月，全县完成固定资产投资86亿元，增长7%，全镇完成9.6亿元。"
    assert [(r.value, r.growth_pct) for r in rows(text)] == [(9.6, None)]
    text = "1-9月，全县完成固定资产投资86亿元，增长7%，全镇增长12%。"
    assert [(r.value, r.growth_pct) for r in rows(text)] == [(None, 12)]
    text = "全镇1-9月完成税收收入6850万元。邓关镇1-9月完成固定资产投资9.6亿元，增长15.2%。"
    assert [(r.value, r.growth_pct) for r in rows(text)] == [(6850, None)]
    # 各完成: each place's, not a total
    assert rows("沿滩镇、仙市镇要加快项目建设，力争四季度各完成投资3亿元以上。") == ()


def test_a_year_a_figure_is_measured_against_is_not_its_year():
    # 分别相当于2019年的96%和98%: the figures were dated 2019-12 and 96%, 98% read as levels
    found = rows(
        "全年共接待游客56.8万人次，比上年增长22.4%，旅游综合收入4.6亿元，增长25.1%，"
        "分别相当于2019年的96%和98%。",
        year=2021,
    )
    assert [(r.date, r.value, r.growth_pct) for r in found] == [
        ("2021-12", 56.8, 22.4),
        ("2021-12", 4.6, 25.1),
    ]


def test_the_rate_of_a_figure_in_a_unit_not_known_keeps_its_name():
    found = rows("全年粮食总产量1.86万吨，比上年增长2.3%；生猪出栏2.1万头，下降5.6%。")
    assert [(r.phrase, r.value, r.growth_pct) for r in found] == [
        ("粮食总产量", 1.86, 2.3),
        ("生猪出栏", None, -5.6),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the end of a span of years dated the whole text (1-6月 2020-06)
        "“十三五”期间（2016-2020年），全镇经济持续发展。1-6月，全镇完成固定资产投资5.1亿元。",
        # a year named after the first figure, as an attribute, dated the text and the figure
        "1-6月，全镇完成固定资产投资5.1亿元，其中2020年结转项目完成3.1亿元。",
    ],
)
def test_a_year_not_of_the_figures_does_not_date_the_text(text):
    found = rows(text, year=2021)
    assert {(r.period, r.date) for r in found} == {("1-6月", "2021-06")}


def test_town_and_country_incomes_of_a_list_each_keep_their_name():
    found = rows("全年城乡居民人均可支配收入分别达到3.86万元和1.92万元，分别增长7.8%和9.2%。")
    assert [(r.phrase, r.value, r.growth_pct) for r in found] == [
        ("城镇居民人均可支配收入", 3.86, 7.8),
        ("农村居民人均可支配收入", 1.92, 9.2),
    ]


@pytest.mark.parametrize(
    "header",
    [
        "指标 | 单位 | 上年同期累计 | 本年累计 | 累计增长%",
        "指标 | 单位 | 去年1-9月 | 1-9月 | 增长%",
        "指标 | 单位 | 2020年1-9月 | 2021年1-9月 | 增长%",
    ],
)
def test_last_years_column_left_of_this_years_is_no_figure(header):
    # last year's 18.0 was read as this year's, with this year's growth (dated 2020-09 when
    # its header named 2020年)
    found = rows(header + "\n规上工业总产值 | 亿元 | 18.0 | 19.6 | 8.9", year=2021)
    assert [(r.value, r.growth_pct) for r in found] == [(19.6, 8.9)]
    assert found[0].date in ("", "2021-09")


def test_last_years_figure_in_a_clause_with_an_adverb_is_not_this_years():
    # 而去年全年仅完成10.3亿元 was read as this year's 全年 10.3亿元
    found = rows("1-9月，全镇固定资产投资9.6亿元，而去年全年仅完成10.3亿元。")
    assert [(r.period, r.value) for r in found] == [("1-9月", 9.6)]


@pytest.mark.parametrize("period", ["1-3季度", "1—3季度", "一至三季度", "前三季度"])
def test_the_first_three_quarters_written_as_a_range(period):
    # 1-3季度 was the third quarter alone (7-9月)
    r = one(f"{period}，全镇实现税收收入6850万元，增长4.2%。")
    assert (r.period, r.basis, r.value) == ("1-9月", "ytd", 6850)


def test_a_month_reports_title_does_not_make_its_figures_the_months():
    # 2021年9月全镇主要经济指标: 19.6亿元 was read as September's own output (month basis);
    # the title does not say whether a figure is the month's or the year's to it
    text = (
        "2021年9月全镇主要经济指标\n规上工业总产值 19.6亿元 增长8.9%\n"
        "累计完成固定资产投资 9.6亿元 增长12.6%\n当月税收收入860万元"
    )
    assert [(r.period, r.date, r.basis, r.value) for r in rows(text)] == [
        ("", "2021-09", "", 19.6),
        ("1-9月", "2021-09", "ytd", 9.6),
        ("9月", "2021-09", "month", 860),
    ]


def test_a_rate_after_a_bracket_leans_on_the_figure_outside_it():
    # the growth went to 含省市重点项目4.2亿元, and 7.2% (the county's average) was a level of
    # 固定资产投资 in %
    found = rows("1-9月，全镇完成固定资产投资9.6亿元（含省市重点项目4.2亿元），增长12.9%。")
    assert [(r.value, r.growth_pct) for r in found] == [(9.6, 12.9), (4.2, None)]
    found = rows(
        "1-9月，全镇完成固定资产投资9.6亿元，增长12.9%，增速比全县平均水平（7.2%）高5.7个百分点。"
    )
    assert [(r.value, r.unit, r.growth_pct) for r in found] == [(9.6, "亿元", 12.9)]
    # a rate inside the bracket stays with the figure before it, in the bracket
    found = rows("1-9月，全镇完成固定资产投资9.6亿元，其中工业投资3.1亿元（增长22.3%）。")
    assert [(r.value, r.growth_pct) for r in found] == [(9.6, None), (3.1, 22.3)]


def test_next_years_goals_under_a_heading_of_plans_or_an_item_of_goals_are_targets():
    # 二、2022年工作打算 / （一）主要目标。…: they were read as 2022's actual figures
    text = (
        "一、2021年工作总结\n全年实现地区生产总值28.6亿元，增长8.1%。\n二、2022年工作打算\n"
        "（一）主要目标。地区生产总值增长7.5%；固定资产投资14亿元。"
    )
    assert [(r.kind, r.date, r.value, r.growth_pct) for r in rows(text)] == [
        ("actual", "2021-12", 28.6, 8.1),
        ("target", "2022-12", None, 7.5),
        ("target", "2022-12", 14, None),
    ]
    found = rows("（一）主要目标。地区生产总值增长7.5%；固定资产投资14亿元。")
    assert [r.kind for r in found] == ["target", "target"]
    # an item of work done stays actual
    found = rows("一是完成年度目标任务。全年固定资产投资13.2亿元。")
    assert [r.kind for r in found] == ["actual"]


def test_a_must_names_a_target_and_a_task_handed_down_finds_its_indicator():
    # 必须完成…600人的目标 was not read; 要新增…不少于500户 was an actual
    r = one("必须完成全年新增城镇就业600人的目标。")
    assert (r.indicator, r.kind, r.period, r.value) == ("employment_new", "target", "全年", 600)
    r = one("今年各镇要新增市场主体不少于500户。")
    assert (r.kind, r.period, r.value, r.approx) == ("target", "全年", 500, ">=")
    # 上级下达我镇的固定资产投资任务: the name was 的固定资产投资任务, no indicator
    r = one("上级下达我镇的固定资产投资任务为12亿元。")
    assert (r.phrase, r.indicator, r.kind) == ("固定资产投资任务", "fai", "target")


@pytest.mark.parametrize(
    "text",
    [
        # 10月上旬 was read as October's month figure; 去年四季度以来…累计 as 1-12月
        "1-9月，全镇完成税收收入6850万元。10月上旬，全镇完成税收收入320万元。",
        "去年四季度以来，全镇累计完成投资12.5亿元。",
        "三季度以来，全镇新增市场主体120户。",
    ],
)
def test_part_of_a_month_or_since_a_quarter_is_no_month_and_no_year_to_date(text):
    last = rows(text)[-1]
    assert last.basis not in ("month", "ytd") and not last.date


def test_a_rate_of_another_period_after_a_rate_keeps_the_indicator():
    # 其中9月当月增长12.1%, 6月份…1-6月增长10.3%: these rates had no name (no indicator)
    found = rows("1-9月，全镇规上工业总产值同比增长8.9%，其中9月当月增长12.1%。")
    assert [(r.indicator, r.period, r.growth_pct) for r in found] == [
        ("industry_output", "1-9月", 8.9),
        ("industry_output", "9月", 12.1),
    ]


def test_an_amounts_progress_written_as_done_percent_is_a_share():
    # 税收收入完成52.1% was a level of 52.1% (税收收入 in %)
    found = rows("上半年，固定资产投资完成全年目标的55.5%，税收收入完成52.1%。")
    assert [(r.indicator, r.value, r.target_share_pct) for r in found] == [
        ("fai", None, 55.5),
        ("tax_total", None, 52.1),
    ]
    # a rate keeps its level in %
    assert one("1-6月，全镇城镇化率完成52.1%。").value == 52.1
    # 目标任务完成率 is what was done, not a target
    assert one("全年目标任务完成率达到103%。").kind == "actual"
    found = rows("1-6月，固定资产投资、税收收入完成率分别为55.5%和52.1%。")
    assert [r.indicator for r in found] == ["fai", "tax_total"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an empty header cell over the units: 19.6亿元 was read as a growth of 19.6%
        (
            "指标\t\t1-9月\t同比增长\n地区生产总值\t亿元\t19.6\t8.2%",
            [("地区生产总值", "1-9月", 19.6, "亿元", 8.2)],
        ),
        # a 序号 column: the rows were named 1 and 2
        (
            "序号\t指标\t单位\t1-9月\t增长%\n1\t地区生产总值\t亿元\t19.6\t8.2",
            [("地区生产总值", "1-9月", 19.6, "亿元", 8.2)],
        ),
        # 其中： before a row's name: the row was not read
        (
            "指标\t单位\t1-9月\t增长%\n地区生产总值\t亿元\t19.6\t8.2\n其中：第二产业增加值\t亿元\t10.3\t9.1",
            [
                ("地区生产总值", "1-9月", 19.6, "亿元", 8.2),
                ("第二产业增加值", "1-9月", 10.3, "亿元", 9.1),
            ],
        ),
    ],
)
def test_word_tables_pasted_with_tabs(text, expected):
    assert [(r.phrase, r.period, r.value, r.unit, r.growth_pct) for r in rows(text)] == expected


def test_a_done_column_is_the_figure_done():
    found = rows("指标\t单位\t目标\t完成\t完成率\n固定资产投资\t亿元\t12\t9.2\t76.7%")
    assert [(r.kind, r.value, r.target_share_pct) for r in found] == [
        ("target", 12, None),
        ("actual", 9.2, 76.7),
    ]


def test_a_table_row_in_percent_is_a_growth_only_where_its_name_says_so():
    text = (
        "指标 | 单位 | 1-9月 | 增长%\n规上工业增加值增速 | % | - | 9.3\n"
        "城镇登记失业率 | % | 3.1 | -"
    )
    # the 增速 row was read with no number at all; 失业率 3.1% was read as a growth of 3.1%
    assert [(r.phrase, r.value, r.unit, r.growth_pct) for r in rows(text)] == [
        ("规上工业增加值增速", None, "", 9.3),
        ("城镇登记失业率", 3.1, "%", None),
    ]
