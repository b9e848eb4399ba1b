"""Report sentences written the way other towns' half-year reports and 统计快报 put figures
(实现/完成/达到/累计/共计; 同比增长/增幅/比上年同期增加/下降/持平/减少; 亿元/万元/万人次/户/人;
完成年度目标任务的52.3%, 占全年任务的; numbers in Chinese characters and full-width digits),
each with the rows ``forecast.extract`` must read, scored as bench/extract.py scores the
composed corpus. Written after the extractor, by another hand than tests/extract_corpus.

``HALF``: each text's half by a seeded rule (``half_of``): rules were fixed on ``first``, then
``second`` was run as it stood (r01-r46). r47-r56 were probes (ranges, 本月…累计 with no month)
fixed before they were written down here; r57-r72 a fresh batch, scored once before any fix.

r73-r112: a fresh batch of 40 (分别 lists, amounts of change, percentage points, 环比, shares of
the county, rankings, two-year averages, quarters, stocks, 预计/确保/力争, ranges, Chinese
numerals, a document number, a heading, tables pasted as text, years named earlier or compared
with, last year's figures, 1-5月 with 5月当月, 任务数/目标数), written before the extractor was
run on it. First score (scored as bench/extract.py scores, per half):

    first  (18 texts, 28 figures): precision 74.1%, recall 71.4%, growth 91.7%, share, kind
           and approx 100.0%
    second (22 texts, 37 figures): precision 87.9%, recall 78.4%, growth 81.8%, share 100.0%,
           kind 100.0%, approx 96.6%
    dates/bases said in the text (MUST_CARRY): 8 of 9 (r95 dated 2019-06); a quarter's rate
    that could reach the actuals as the year to date: 1 (r83)

After the fixes: 100.0% on every measure in both halves, with three rows of the second half
marked as known misses ({"miss": …}: 公里, 万平方米, 项 — units the composed corpus rules out;
recall 34 of 37 counting them). r113-r124: a probe written after those fixes, scored once
before any fix for it: first half (7 texts, 10 figures) 100.0% throughout; second half (5
texts, 8 figures) precision and recall 75.0% (growth, share, kind, approx 100.0%); its
dates/bases 3 of 7 (r115 a stock read as 全年, r117 no period, r123 and r124 the wrong year);
all read right after. r125-r136: a second probe (the reference report's style, target lists,
shares of a whole, 截至目前, 比2019年同期 beside 同比, 预计…分别, 全年累计, 下半年力争, 约),
scored once before any fix for it: both halves (10 texts and 17 figures; 2 texts and 6
figures) 100.0% on every measure. r137-r152: a third, harder probe (headings over sub-headings,
今年 after a year named, 占全年的, rates before levels, 多增), scored once before any fix: first
half (8 texts, 15 figures) 100.0% throughout; second half (8 texts, 14 figures) 100.0% but
share 66.7% (r140: 占全年的52% read as a share of a whole); dates 3 of 4 (r143: 今年1-6月
after 2020年全年 dated 2020-06); both read right after. r153-r168: a fourth probe (periods and
units written other ways, lines with no figure, 分别 shares, 年均), scored once before any fix:
first half (7 texts, 7 figures) precision 75.0%, recall 85.7% (r153: 前两个月 not a period, its
两个 read as a figure of 2 个), the rest 100.0%; second half (9 texts, 17 figures) 100.0%
throughout; read right after.

r169-r208: a fifth batch of 40 (统计公报, 前三季度, 年终总结, a county head's speech with
targets and gaps 还差/缺口, 一是…二是…, 持平, 亿元 and 万元 together, 人均/亩均, rankings,
一亿二千万元/1.2千人/万户, 降幅收窄至, tasks handed down, 完成率/完成进度, 人代会 targets, tab
tables with an empty cell, a heading under a title, other towns' figures, 是上年的1.3倍), written
before the extractor was run on it. First score (per half):

    first  (19 texts, 44 figures): precision 93.3%, recall 95.5%, growth 94.4%, share, kind
           and approx 100.0%
    second (21 texts, 42 figures): precision 79.6%, recall 92.9%, growth 100.0%, share
           100.0%, kind 94.9%, approx 100.0%
    dates/bases said in the text: 11 of 12 (r199: 年末 read as the year's flow, not a stock);
    no quarter's figure reached the actuals. Silent wrong figures among them: gaps read as
    levels (r174, r176, r200, r201), other towns' figures read as the town's (r195, r196), a
    ranking's move read as a growth of 3% (r183), an empty table cell shifting the row's
    figures (r193: 4.1亿元 as September's, 12.3 as 1-9月's 亿元), 人代会 targets read as actuals
    (r191), a 1-9月 forecast under a title read as the year's (r194).

After the fixes (gaps, rankings, other towns, tab cells, quoted goals, 分别 lists without
names, 一亿二千万元 and 1.2千人, 是上年的1.3倍, names before a colon, forecasts under a heading
of work done): first half 100.0% on every measure; second half 100.0% but r199, a known miss
(KNOWN_MISSES: 年末…42家 read as 全年, the corpus's reading; with it, precision and recall
41 of 42, 97.6%); dates/bases 11 of 11 outside it. r209-r224: a probe of the same styles
written other ways after those fixes, scored once before any fix for it: both halves (7
texts and 10 figures; 9 texts and 14 figures) 100.0% on every measure, dates 2 of 2.
r225-r240: probes beyond the batch, in its styles, that found more silent wrong figures,
written down after they were fixed (read by the extractor as it stood before r169's fixes:
first half precision 50.0%, recall 63.6%, growth 0.0%; second half precision 52.9%, recall
75.0%, growth 71.4%; dates 0 of 6): the county's growth taken for the town's (r225, r226), a
year compared with dating the text (r227), a change after a level read as a level (r228), a
rate after clauses of points read as a level in % (r229), the bars of a class counted read as
levels (r230), last year's table column read as this year's (r231), last year's 全年 read as
this year's (r232), 1-3季度 read as the third quarter (r233), a month report's title making
its figures the month's own (r234), a share of progress given to the target (r235), a span's
end year or a year named after the first figure dating the text (r236, r237), 1亿2千万元
read as two figures (r240). All read right.
"""

from __future__ import annotations

import hashlib

from bench.extract import Expected

# a row marked {"miss": reason} is a right reading out of reach for now: left out of the
# scored rows and pinned as missed by tests/test_report_sentences.py
_UNKNOWN_UNIT = (
    "a unit outside numbers.BASE_UNITS (公里, 万平方米, 项) is not read, the composed corpus's"
    " rule: its texts 46, 136, 213, 222, 235, 306, 351, 405 expect no row for them"
)

# id: (text, rows); a row: (phrase, kind, period, value, unit, approx, growth, share,
# target value, target unit, structure share)
_CASES: dict[str, tuple[str, list[tuple]]] = {
    "r01": (
        "1-6月，全镇实现地区生产总值12.6亿元，同比增长8.2%。",
        [("地区生产总值", "actual", "1-6月", 12.6, "亿元", "", 8.2, None, None, "", None)],
    ),
    "r02": (
        "上半年，全镇完成固定资产投资5.84亿元，完成年度目标任务的52.3%。",
        [("固定资产投资", "actual", "1-6月", 5.84, "亿元", "", None, 52.3, None, "", None)],
    ),
    "r03": (
        "1-5月，累计完成国地两税收入5010万元，占全年任务的50.1%，比上年同期增加6.8%。",
        [("国地两税收入", "actual", "1-5月", 5010, "万元", "", 6.8, 50.1, None, "", None)],
    ),
    "r04": (
        "1-8月，全镇接待游客32.5万人次，同比下降12.4%；实现旅游综合收入1.46亿元，同比下降9.8%。",
        [
            ("接待游客", "actual", "1-8月", 32.5, "万人次", "", -12.4, None, None, "", None),
            ("旅游综合收入", "actual", "1-8月", 1.46, "亿元", "", -9.8, None, None, "", None),
        ],
    ),
    "r05": (
        "截至6月底，全镇新增城镇就业285人，完成全年目标任务的57%。",
        [("新增城镇就业", "actual", "1-6月", 285, "人", "", None, 57, None, "", None)],
    ),
    "r06": (
        "1-9月，全镇社会消费品零售总额完成3.2亿元，与上年同期持平。",
        [("社会消费品零售总额", "actual", "1-9月", 3.2, "亿元", "", 0, None, None, "", None)],
    ),
    "r07": (
        "1-6月，共计帮扶贫困户脱贫78户238人。",
        [
            ("贫困户脱贫", "actual", "1-6月", 78, "户", "", None, None, None, "", None),
            ("贫困户脱贫", "actual", "1-6月", 238, "人", "", None, None, None, "", None),
        ],
    ),
    "r08": (
        "1-5月，全镇完成国税收入五千零一十万元。",
        [("国税收入", "actual", "1-5月", 5010, "万元", "", None, None, None, "", None)],
    ),
    "r09": (
        "１－５月，全镇完成全社会固定资产投资５．１亿元，同比增长１２．３％。",
        [("全社会固定资产投资", "actual", "1-5月", 5.1, "亿元", "", 12.3, None, None, "", None)],
    ),
    "r10": (
        "预计全年完成国地两税收入1.05亿元，同比增长8%。",
        [("国地两税收入", "forecast", "全年", 1.05, "亿元", "", 8, None, None, "", None)],
    ),
    "r11": (
        "力争全年实现旅游收入2000万元以上。",
        [("旅游收入", "target", "全年", 2000, "万元", ">=", None, None, None, "", None)],
    ),
    "r12": (
        "全年目标：全社会固定资产投资达到11亿元。",
        [("全社会固定资产投资", "target", "全年", 11, "亿元", "", None, None, None, "", None)],
    ),
    "r13": (
        "1-7月，全镇规模以上工业总产值达到21.3亿元，增幅为7.5%。",
        [("规模以上工业总产值", "actual", "1-7月", 21.3, "亿元", "", 7.5, None, None, "", None)],
    ),
    "r14": (
        "前三季度，全镇实现财政总收入8650万元，较上年同期增长5.6%，完成年度预算的76.2%。",
        [("财政总收入", "actual", "1-9月", 8650, "万元", "", 5.6, 76.2, None, "", None)],
    ),
    "r15": (
        "1-10月，新增市场主体612户，同比增加15.2%。",
        [("新增市场主体", "actual", "1-10月", 612, "户", "", 15.2, None, None, "", None)],
    ),
    "r16": (
        "1-6月，全镇农村居民人均可支配收入达到9860元，比上年同期增长7.1%。",
        [("农村居民人均可支配收入", "actual", "1-6月", 9860, "元", "", 7.1, None, None, "", None)],
    ),
    "r17": (
        "截至5月末，全镇各项存款余额达到28.6亿元，同比增长4.3%。",
        [("各项存款余额", "actual", "5月", 28.6, "亿元", "", 4.3, None, None, "", None)],
    ),
    "r18": (
        "1-4月，全镇完成招商引资到位资金3.2亿元，占年度目标任务5亿元的64%。",
        [("招商引资到位资金", "actual", "1-4月", 3.2, "亿元", "", None, 64, 5, "亿元", None)],
    ),
    "r19": (
        "上半年，全镇共接待游客约12万人次。",
        [("接待游客", "actual", "1-6月", 12, "万人次", "~", None, None, None, "", None)],
    ),
    "r20": (
        "1-6月，全镇实现限额以上社会消费品零售额1.26亿元，同比下降3.2%。",
        [
            (
                "限额以上社会消费品零售额",
                "actual",
                "1-6月",
                1.26,
                "亿元",
                "",
                -3.2,
                None,
                None,
                "",
                None,
            )
        ],
    ),
    "r21": (
        "1—6月，全镇完成工业投资2.3亿元，同比增长−4.5%。",
        [("工业投资", "actual", "1-6月", 2.3, "亿元", "", -4.5, None, None, "", None)],
    ),
    "r22": (
        "1-8月，全镇累计实现税收收入6800万元，同比增长10.5%，增幅比上月提高1.2个百分点。",
        [("税收收入", "actual", "1-8月", 6800, "万元", "", 10.5, None, None, "", None)],
    ),
    "r23": (
        "1-11月，全镇新增城镇就业320人，完成年度任务的106.7%，提前完成全年任务。",
        [("新增城镇就业", "actual", "1-11月", 320, "人", "", None, 106.7, None, "", None)],
    ),
    "r24": (
        "1-6月，全镇完成农业总产值3.58亿元，同比增长3.6%；其中，种植业产值2.12亿元，畜牧业产值1.05亿元。",
        [
            ("农业总产值", "actual", "1-6月", 3.58, "亿元", "", 3.6, None, None, "", None),
            ("种植业产值", "actual", "1-6月", 2.12, "亿元", "", None, None, None, "", None),
            ("畜牧业产值", "actual", "1-6月", 1.05, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r25": (
        "上半年全镇完成规上工业增加值4.5亿元、增长13.3%，占半年目标任务的102%。",
        [("规上工业增加值", "actual", "1-6月", 4.5, "亿元", "", 13.3, 102, None, "", None)],
    ),
    "r26": (
        "1-9月全镇实现一般公共预算收入4260万元，同比增长2.5%，为年初预算的71%。",
        [("一般公共预算收入", "actual", "1-9月", 4260, "万元", "", 2.5, 71, None, "", None)],
    ),
    "r27": (
        "1-6月，全镇接待游客7万余人次，实现旅游收入200万元。",
        [
            # 7万余人次: 余 splits 万 from 人次, read as 70000 人次 (the corpus's rule, text 09)
            ("接待游客", "actual", "1-6月", 70000, "人次", ">=", None, None, None, "", None),
            ("旅游收入", "actual", "1-6月", 200, "万元", "", None, None, None, "", None),
        ],
    ),
    "r28": (
        "6月当月，全镇完成国地两税收入860万元，同比增长9.4%。",
        [("国地两税收入", "actual", "6月", 860, "万元", "", 9.4, None, None, "", None)],
    ),
    "r29": (
        "1-6月，全镇完成固定资产投资5.1亿元，同比增长9.5%，其中工业投资2.2亿元，占43.1%。",
        [
            ("固定资产投资", "actual", "1-6月", 5.1, "亿元", "", 9.5, None, None, "", None),
            ("工业投资", "actual", "1-6月", 2.2, "亿元", "", None, None, None, "", 43.1),
        ],
    ),
    "r30": (
        "1-5月，累计完成固定资产投资五点一亿元。",
        [("固定资产投资", "actual", "1-5月", 5.1, "亿元", "", None, None, None, "", None)],
    ),
    "r31": (
        "全社会固定资产投资预计1-6月完成5.84亿元，占目标任务5.5亿元的106%。",
        [
            (
                "全社会固定资产投资",
                "forecast",
                "1-6月",
                5.84,
                "亿元",
                "",
                None,
                106,
                5.5,
                "亿元",
                None,
            )
        ],
    ),
    "r32": (
        "2021年1-6月，全镇实现旅游综合收入一千二百万元，同比增长百分之十五。",
        [("旅游综合收入", "actual", "1-6月", 1200, "万元", "", 15, None, None, "", None)],
    ),
    "r33": (
        "1-6月，全镇完成国地两税收入6,230万元，同比增长14.2%。",
        [("国地两税收入", "actual", "1-6月", 6230, "万元", "", 14.2, None, None, "", None)],
    ),
    "r34": (
        "1-3月，全镇新签约项目5个，协议投资额12.5亿元。",
        [
            ("新签约项目", "actual", "1-3月", 5, "个", "", None, None, None, "", None),
            ("协议投资额", "actual", "1-3月", 12.5, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r35": (
        "下半年，力争全年完成规上工业总产值30亿元以上。",
        [("规上工业总产值", "target", "全年", 30, "亿元", ">=", None, None, None, "", None)],
    ),
    "r36": (
        "1-6月，城镇居民人均可支配收入18650元，增长6.9%；农村居民人均可支配收入9860元，增长8.1%。",
        [
            (
                "城镇居民人均可支配收入",
                "actual",
                "1-6月",
                18650,
                "元",
                "",
                6.9,
                None,
                None,
                "",
                None,
            ),
            (
                "农村居民人均可支配收入",
                "actual",
                "1-6月",
                9860,
                "元",
                "",
                8.1,
                None,
                None,
                "",
                None,
            ),
        ],
    ),
    "r37": (
        "1-9月，全镇实现外贸进出口总额1.8亿元，同比减少6.3%。",
        [("外贸进出口总额", "actual", "1-9月", 1.8, "亿元", "", -6.3, None, None, "", None)],
    ),
    "r38": (
        "1-6月，全镇共计完成项目投资4.2亿元，达到年度计划的60%。",
        [("项目投资", "actual", "1-6月", 4.2, "亿元", "", None, 60, None, "", None)],
    ),
    "r39": (
        "上半年，全镇完成土地出让收入8000万元，增速比上年同期回落21.5个百分点。",
        [("土地出让收入", "actual", "1-6月", 8000, "万元", "", None, None, None, "", None)],
    ),
    "r40": (
        "1-7月，全镇规模以上工业增加值同比增长11.2%。",
        [("规模以上工业增加值", "actual", "1-7月", None, "", "", 11.2, None, None, "", None)],
    ),
    "r41": (
        "1-6月，全镇实现社会消费品零售总额2.6亿元，同比增长15.3%，增速居全区第二位。",
        [("社会消费品零售总额", "actual", "1-6月", 2.6, "亿元", "", 15.3, None, None, "", None)],
    ),
    "r42": (
        "截至9月底，累计发放创业担保贷款1280万元，扶持创业215人。",
        [
            ("创业担保贷款", "actual", "1-9月", 1280, "万元", "", None, None, None, "", None),
            ("扶持创业", "actual", "1-9月", 215, "人", "", None, None, None, "", None),
        ],
    ),
    "r43": (
        "1-5月全镇地方一般公共预算收入完成2,456.8万元，同比增长12.6%，占全年目标的48.2%。",
        [
            (
                "地方一般公共预算收入",
                "actual",
                "1-5月",
                2456.8,
                "万元",
                "",
                12.6,
                48.2,
                None,
                "",
                None,
            )
        ],
    ),
    "r44": (
        "1-4月，全镇规上工业企业实现利润总额6500万元，同比增长1.5倍。",
        [("利润总额", "actual", "1-4月", 6500, "万元", "", 150, None, None, "", None)],
    ),
    "r45": (
        "7月份，全镇完成税收收入920万元，环比增长3.2%，同比增长8.8%。",
        [("税收收入", "actual", "7月", 920, "万元", "", 8.8, None, None, "", None)],
    ),
    "r46": (
        "1-8月，全镇共计完成固定资产投资７．２亿元，占全年任务的６５．５％。",
        [("固定资产投资", "actual", "1-8月", 7.2, "亿元", "", None, 65.5, None, "", None)],
    ),
    "r47": (
        "预计全年固定资产投资可达10-12亿元。",
        [
            ("固定资产投资", "forecast", "全年", 10, "亿元", ">=", None, None, None, "", None),
            ("固定资产投资", "forecast", "全年", 12, "亿元", "<=", None, None, None, "", None),
        ],
    ),
    "r48": (
        "全年旅游收入力争达到1500万元至2000万元。",
        [
            ("旅游收入", "target", "全年", 1500, "万元", ">=", None, None, None, "", None),
            ("旅游收入", "target", "全年", 2000, "万元", "<=", None, None, None, "", None),
        ],
    ),
    "r49": (
        "1-6月，全镇实现旅游收入1200万元，同比增长15%—20%。",
        [
            ("旅游收入", "actual", "1-6月", 1200, "万元", "", 15, None, None, "", None),
        ],
    ),
    "r50": (
        "预计全年新增城镇就业300—350人。",
        [
            ("新增城镇就业", "forecast", "全年", 300, "人", ">=", None, None, None, "", None),
            ("新增城镇就业", "forecast", "全年", 350, "人", "<=", None, None, None, "", None),
        ],
    ),
    "r51": (
        "5月，全镇完成税收收入910万元；累计完成5010万元，同比增长14.2%。",
        [
            ("税收收入", "actual", "5月", 910, "万元", "", None, None, None, "", None),
            ("税收收入", "actual", "1-5月", 5010, "万元", "", 14.2, None, None, "", None),
        ],
    ),
    "r52": (
        "本月全镇完成税收收入910万元；累计完成5010万元。",
        [
            ("税收收入", "actual", "", 910, "万元", "", None, None, None, "", None),
            ("税收收入", "actual", "", 5010, "万元", "", None, None, None, "", None),
        ],
    ),
    "r53": (
        "1-6月，全镇新增个体工商户两百三十户，新增企业四十五家。",
        [
            ("新增个体工商户", "actual", "1-6月", 230, "户", "", None, None, None, "", None),
            ("新增企业", "actual", "1-6月", 45, "家", "", None, None, None, "", None),
        ],
    ),
    "r54": (
        "截至6月底，全镇累计完成招商引资签约金额15.6亿元，完成年度目标任务（30亿元）的52%。",
        [
            ("招商引资签约金额", "actual", "1-6月", 15.6, "亿元", "", None, 52, 30, "亿元", None),
        ],
    ),
    "r55": (
        "1-6月，全镇完成国税收入2441万元、地税收入2569万元，分别增长10.2%和8.9%。",
        [
            ("国税收入", "actual", "1-6月", 2441, "万元", "", 10.2, None, None, "", None),
            ("地税收入", "actual", "1-6月", 2569, "万元", "", 8.9, None, None, "", None),
        ],
    ),
    "r56": (
        "1-9月，全镇累计接待游客达五十六万人次，旅游收入达到三千二百万元。",
        [
            ("接待游客", "actual", "1-9月", 56, "万人次", "", None, None, None, "", None),
            ("旅游收入", "actual", "1-9月", 3200, "万元", "", None, None, None, "", None),
        ],
    ),
    "r57": (
        "1-6月，全镇完成规上工业总产值14.2亿元，同比增长13.3%，完成全年目标任务28亿元的50.7%。",
        [
            ("规上工业总产值", "actual", "1-6月", 14.2, "亿元", "", 13.3, 50.7, 28, "亿元", None),
        ],
    ),
    "r58": (
        "全镇上半年实现地方财政收入3456万元，同比增收286万元，增长9.0%。",
        [
            ("地方财政收入", "actual", "1-6月", 3456, "万元", "", 9.0, None, None, "", None),
        ],
    ),
    "r59": (
        "一季度，全镇完成固定资产投资2.1亿元，同比增长8.6%。",
        [
            ("固定资产投资", "actual", "1-3月", 2.1, "亿元", "", 8.6, None, None, "", None),
        ],
    ),
    "r60": (
        "1至7月，全镇新增市场主体412户，其中企业86户，个体工商户326户。",
        [
            ("新增市场主体", "actual", "1-7月", 412, "户", "", None, None, None, "", None),
            ("企业", "actual", "1-7月", 86, "户", "", None, None, None, "", None),
            ("个体工商户", "actual", "1-7月", 326, "户", "", None, None, None, "", None),
        ],
    ),
    "r61": (
        "前5个月，全镇完成国地两税收入5010万元，占年度目标任务1亿元的50.1%。",
        [
            ("国地两税收入", "actual", "1-5月", 5010, "万元", "", None, 50.1, 1, "亿元", None),
        ],
    ),
    "r62": (
        "全年目标：国地两税收入1亿元，同比增长10%；固定资产投资11亿元。",
        [
            ("国地两税收入", "target", "全年", 1, "亿元", "", 10, None, None, "", None),
            ("固定资产投资", "target", "全年", 11, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r63": (
        "1-6月，全镇实现农村居民人均可支配收入一万零五百元，同比增长8.1%。",
        [
            (
                "农村居民人均可支配收入",
                "actual",
                "1-6月",
                10500,
                "元",
                "",
                8.1,
                None,
                None,
                "",
                None,
            ),
        ],
    ),
    "r64": (
        "1-6月，全镇接待游客15.2万人次，同比增长23.5%；实现旅游综合收入1856万元，同比增长19.7%，分别完成年度目标的55.6%和52.8%。",
        [
            ("接待游客", "actual", "1-6月", 15.2, "万人次", "", 23.5, 55.6, None, "", None),
            ("旅游综合收入", "actual", "1-6月", 1856, "万元", "", 19.7, 52.8, None, "", None),
        ],
    ),
    "r65": (
        "1-5月，全镇规上工业企业用电量0.86亿千瓦时，同比下降2.1%。",
        [
            (
                "规上工业企业用电量",
                "actual",
                "1-5月",
                0.86,
                "亿千瓦时",
                "",
                -2.1,
                None,
                None,
                "",
                None,
            ),
        ],
    ),
    "r66": (
        "截至5月底，全镇各项贷款余额15.3亿元，较年初增加1.2亿元，同比增长6.6%。",
        [
            ("各项贷款余额", "actual", "5月", 15.3, "亿元", "", 6.6, None, None, "", None),
        ],
    ),
    "r67": (
        "1-6月，全镇实现招商引资到位资金6.151亿元，占全年目标任务的72.3%。",
        [
            ("招商引资到位资金", "actual", "1-6月", 6.151, "亿元", "", None, 72.3, None, "", None),
        ],
    ),
    "r68": (
        "上半年，全镇累计发放各类补助资金共计33.28万元，精准扶持264户774人。",
        [
            ("补助资金", "actual", "1-6月", 33.28, "万元", "", None, None, None, "", None),
            ("精准扶持", "actual", "1-6月", 264, "户", "", None, None, None, "", None),
            ("精准扶持", "actual", "1-6月", 774, "人", "", None, None, None, "", None),
        ],
    ),
    "r69": (
        "预计1-6月，全镇完成固定资产投资5.84亿元，同比增长12%左右。",
        [
            ("固定资产投资", "forecast", "1-6月", 5.84, "亿元", "", 12, None, None, "", None),
        ],
    ),
    "r70": (
        "1-6月，全镇税收收入同比下降3.5%，降幅较1-5月收窄1.2个百分点。",
        [
            ("税收收入", "actual", "1-6月", None, "", "", -3.5, None, None, "", None),
        ],
    ),
    "r71": (
        "1-8月，全镇完成工业投资３.６亿元、增长１８.２％。",
        [
            ("工业投资", "actual", "1-8月", 3.6, "亿元", "", 18.2, None, None, "", None),
        ],
    ),
    "r72": (
        "全年力争新增城镇就业不少于500人，脱贫人口全部清零。",
        [
            ("新增城镇就业", "target", "全年", 500, "人", ">=", None, None, None, "", None),
        ],
    ),
    # ---- r73-r112: a fresh batch, written before running the extractor on it. A 12th
    # element, where present, holds fields the match must also carry (date, basis).
    "r73": (
        "1-6月，全镇国税收入、地税收入分别为2441万元、2569万元，同比分别增长10.2%、8.9%。",
        [
            ("国税收入", "actual", "1-6月", 2441, "万元", "", 10.2, None, None, "", None),
            ("地税收入", "actual", "1-6月", 2569, "万元", "", 8.9, None, None, "", None),
        ],
    ),
    "r74": (
        # 增加420万元 is an amount of change, not a level
        "1-6月，全镇完成一般公共预算收入3860万元，比去年同期增加420万元。",
        [("一般公共预算收入", "actual", "1-6月", 3860, "万元", "", None, None, None, "", None)],
    ),
    "r75": (
        "上半年，全镇税收收入较上年同期减少320万元，下降6.4%。",
        [("税收收入", "actual", "1-6月", None, "", "", -6.4, None, None, "", None)],
    ),
    "r76": (
        # 一季度 is the point of comparison of the percentage points, not the period
        "1-6月，全镇规上工业增加值同比增长9.6%，增速较一季度回落2.3个百分点，高于全市平均水平1.5个百分点。",
        [("规上工业增加值", "actual", "1-6月", None, "", "", 9.6, None, None, "", None)],
    ),
    "r77": (
        "5月份，全镇实现社会消费品零售额1.05亿元，环比增长4.6%。",
        [("社会消费品零售额", "actual", "5月", 1.05, "亿元", "", None, None, None, "", None)],
    ),
    "r78": (
        # 占全县的: a share of the county's whole, not of a target
        "1-6月，全镇规上工业总产值完成14.2亿元，占全县的18.6%，同比增长11.3%。",
        [("规上工业总产值", "actual", "1-6月", 14.2, "亿元", "", 11.3, None, None, "", 18.6)],
    ),
    "r79": (
        "1-9月，全镇固定资产投资增速达到15.8%，排名全区第3位，较上月前移2位。",
        [("固定资产投资", "actual", "1-9月", None, "", "", 15.8, None, None, "", None)],
    ),
    "r80": (
        "1-6月，全镇实现社会消费品零售总额2.86亿元，同比增长21.3%，两年平均增长6.2%。",
        [("社会消费品零售总额", "actual", "1-6月", 2.86, "亿元", "", 21.3, None, None, "", None)],
    ),
    "r81": (
        # a two-year average is not the growth over last year: nothing to read
        "2021年上半年，全镇规上工业增加值两年平均增长7.8%。",
        [],
    ),
    "r82": (
        # the quarter's own figure: April to June, not the year to date
        "二季度当季，全镇实现地区生产总值6.8亿元，同比增长7.2%。",
        [("地区生产总值", "actual", "4-6月", 6.8, "亿元", "", 7.2, None, None, "", None)],
    ),
    "r83": (
        "上半年，全镇实现地区生产总值12.6亿元，同比增长8.2%，其中二季度增长9.1%。",
        [
            ("地区生产总值", "actual", "1-6月", 12.6, "亿元", "", 8.2, None, None, "", None),
            ("地区生产总值", "actual", "4-6月", None, "", "", 9.1, None, None, "", None),
        ],
    ),
    "r84": (
        "截至9月底，全镇城乡居民储蓄存款余额达42.3亿元，较年初新增3.6亿元。",
        [
            (
                "城乡居民储蓄存款余额",
                "actual",
                "9月",
                42.3,
                "亿元",
                "",
                None,
                None,
                None,
                "",
                None,
                {"basis": "stock"},
            ),
        ],
    ),
    "r85": (
        "预计全年完成固定资产投资11.5亿元，确保完成12亿元的目标任务，力争达到13亿元。",
        [
            ("固定资产投资", "forecast", "全年", 11.5, "亿元", "", None, None, None, "", None),
            ("固定资产投资", "target", "全年", 12, "亿元", "", None, None, None, "", None),
            ("固定资产投资", "target", "全年", 13, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r86": (
        "今年全镇地区生产总值增长目标为8%—10%。",
        [("地区生产总值", "target", "全年", None, "", "", 8, None, None, "", None)],
    ),
    "r87": (
        "1-6月，全镇完成农作物播种面积三万二千亩，其中粮食作物一万八千五百亩。",
        [
            ("农作物播种面积", "actual", "1-6月", 32000, "亩", "", None, None, None, "", None),
            ("粮食作物", "actual", "1-6月", 18500, "亩", "", None, None, None, "", None),
        ],
    ),
    "r88": (
        "上半年，全镇新增绿化面积3.2万平方米，完成造林1200亩。",
        [
            (
                "新增绿化面积",
                "actual",
                "1-6月",
                3.2,
                "万平方米",
                "",
                None,
                None,
                None,
                "",
                None,
                {"miss": _UNKNOWN_UNIT},
            ),
            ("造林", "actual", "1-6月", 1200, "亩", "", None, None, None, "", None),
        ],
    ),
    "r89": (
        "1-6月，全镇发放农业补贴一百二十万元，惠及农户三千四百户。",
        [
            ("农业补贴", "actual", "1-6月", 120, "万元", "", None, None, None, "", None),
            ("惠及农户", "actual", "1-6月", 3400, "户", "", None, None, None, "", None),
        ],
    ),
    "r90": (
        # a document's title and number, a date, an ordinal: no figure
        "根据《关于下达2021年目标任务的通知》（沿府发〔2021〕12号）要求，镇党委于3月15日召开第5次专题会议。",
        [],
    ),
    "r91": (
        # a heading names the year and the period of the lines under it
        "2020年1-5月全镇经济运行简况\n1.国地两税收入：4820万元，增长12.1%。\n2.固定资产投资：4.6亿元，增长9.8%。",
        [
            (
                "国地两税收入",
                "actual",
                "1-5月",
                4820,
                "万元",
                "",
                12.1,
                None,
                None,
                "",
                None,
                {"date": "2020-05"},
            ),
            (
                "固定资产投资",
                "actual",
                "1-5月",
                4.6,
                "亿元",
                "",
                9.8,
                None,
                None,
                "",
                None,
                {"date": "2020-05"},
            ),
        ],
    ),
    "r92": (
        "指标名称\t单位\t1-6月\t同比增长（%）\n地区生产总值\t亿元\t12.6\t8.2\n"
        "固定资产投资\t亿元\t5.84\t12.0\n国地两税收入\t万元\t6230\t14.2",
        [
            ("地区生产总值", "actual", "1-6月", 12.6, "亿元", "", 8.2, None, None, "", None),
            ("固定资产投资", "actual", "1-6月", 5.84, "亿元", "", 12.0, None, None, "", None),
            ("国地两税收入", "actual", "1-6月", 6230, "万元", "", 14.2, None, None, "", None),
        ],
    ),
    "r93": (
        "指标  全年目标  1-6月完成  完成进度\n规上工业总产值（亿元）  28  14.2  50.7%\n"
        "社会消费品零售总额（亿元）  5.6  2.86  51.1%",
        [
            ("规上工业总产值", "target", "全年", 28, "亿元", "", None, None, None, "", None),
            ("规上工业总产值", "actual", "1-6月", 14.2, "亿元", "", None, 50.7, 28, "亿元", None),
            ("社会消费品零售总额", "target", "全年", 5.6, "亿元", "", None, None, None, "", None),
            (
                "社会消费品零售总额",
                "actual",
                "1-6月",
                2.86,
                "亿元",
                "",
                None,
                51.1,
                5.6,
                "亿元",
                None,
            ),
        ],
    ),
    "r94": (
        # the year named earlier in the paragraph is the figure's year
        "2020年，面对疫情冲击，全镇上下迎难而上。1-6月，全镇完成固定资产投资5.1亿元，同比下降3.2%。",
        [
            (
                "固定资产投资",
                "actual",
                "1-6月",
                5.1,
                "亿元",
                "",
                -3.2,
                None,
                None,
                "",
                None,
                {"date": "2020-06"},
            ),
        ],
    ),
    "r95": (
        # read in 2021: growth over 2019 is not growth over last year; the figure is 2021's
        "1-6月，全镇实现旅游综合收入1860万元，比2019年同期增长15.2%。",
        [
            (
                "旅游综合收入",
                "actual",
                "1-6月",
                1860,
                "万元",
                "",
                None,
                None,
                None,
                "",
                None,
                {"date": "2021-06"},
            ),
        ],
    ),
    "r96": (
        # 上年同期…4.7亿元 is last year's: not this year's figure
        "上年同期，全镇完成固定资产投资4.7亿元；今年1-6月完成5.1亿元，同比增长8.5%。",
        [
            (
                "固定资产投资",
                "actual",
                "1-6月",
                5.1,
                "亿元",
                "",
                8.5,
                None,
                None,
                "",
                None,
                {"date": "2021-06"},
            ),
        ],
    ),
    "r97": (
        "2019年全年，全镇完成国地两税收入9860万元；2020年1-6月，完成5230万元，同比增长6.1%。",
        [
            (
                "国地两税收入",
                "actual",
                "全年",
                9860,
                "万元",
                "",
                None,
                None,
                None,
                "",
                None,
                {"date": "2019-12"},
            ),
            (
                "国地两税收入",
                "actual",
                "1-6月",
                5230,
                "万元",
                "",
                6.1,
                None,
                None,
                "",
                None,
                {"date": "2020-06"},
            ),
        ],
    ),
    "r98": (
        "1-5月，全镇完成税收收入4860万元，同比增长7.3%，其中5月当月完成1020万元，同比增长11.6%。",
        [
            ("税收收入", "actual", "1-5月", 4860, "万元", "", 7.3, None, None, "", None),
            ("税收收入", "actual", "5月", 1020, "万元", "", 11.6, None, None, "", None),
        ],
    ),
    "r99": (
        "二季度，全镇完成固定资产投资3.2亿元，上半年累计完成5.3亿元，同比增长9.2%。",
        [
            ("固定资产投资", "actual", "4-6月", 3.2, "亿元", "", None, None, None, "", None),
            ("固定资产投资", "actual", "1-6月", 5.3, "亿元", "", 9.2, None, None, "", None),
        ],
    ),
    "r100": (
        "全年固定资产投资任务数为11亿元，1-6月完成5.72亿元，完成任务数的52%。",
        [
            ("固定资产投资", "target", "全年", 11, "亿元", "", None, None, None, "", None),
            ("固定资产投资", "actual", "1-6月", 5.72, "亿元", "", None, 52, 11, "亿元", None),
        ],
    ),
    "r101": (
        "国地两税收入：目标数1亿元，1-6月完成5230万元，占目标数的52.3%，同比增长6.1%。",
        [
            ("国地两税收入", "target", "全年", 1, "亿元", "", None, None, None, "", None),
            ("国地两税收入", "actual", "1-6月", 5230, "万元", "", 6.1, 52.3, 1, "亿元", None),
        ],
    ),
    "r102": (
        "1-6月，全镇第一、二、三产业增加值分别为1.2亿元、6.8亿元和4.6亿元，分别占地区生产总值的9.5%、54.0%和36.5%。",
        [
            ("第一产业增加值", "actual", "1-6月", 1.2, "亿元", "", None, None, None, "", 9.5),
            ("第二产业增加值", "actual", "1-6月", 6.8, "亿元", "", None, None, None, "", 54.0),
            ("第三产业增加值", "actual", "1-6月", 4.6, "亿元", "", None, None, None, "", 36.5),
        ],
    ),
    "r103": (
        "上半年，全镇新建农村公路12.6公里，改造危房35户，实施项目8项，培训农民工1260人次，完成高标准农田建设3000亩。",
        [
            (
                "新建农村公路",
                "actual",
                "1-6月",
                12.6,
                "公里",
                "",
                None,
                None,
                None,
                "",
                None,
                {"miss": _UNKNOWN_UNIT},
            ),
            ("改造危房", "actual", "1-6月", 35, "户", "", None, None, None, "", None),
            (
                "实施项目",
                "actual",
                "1-6月",
                8,
                "项",
                "",
                None,
                None,
                None,
                "",
                None,
                {"miss": _UNKNOWN_UNIT},
            ),
            ("培训农民工", "actual", "1-6月", 1260, "人次", "", None, None, None, "", None),
            ("高标准农田建设", "actual", "1-6月", 3000, "亩", "", None, None, None, "", None),
        ],
    ),
    "r104": (
        "预计全年全镇地区生产总值增长8.5%左右，力争达到9%。",
        [
            ("地区生产总值", "forecast", "全年", None, "", "", 8.5, None, None, "", None),
            ("地区生产总值", "target", "全年", None, "", "", 9, None, None, "", None),
        ],
    ),
    "r105": (
        "预计全年实现旅游综合收入8000万元—1亿元。",
        [
            ("旅游综合收入", "forecast", "全年", 8000, "万元", ">=", None, None, None, "", None),
            ("旅游综合收入", "forecast", "全年", 1, "亿元", "<=", None, None, None, "", None),
        ],
    ),
    "r106": (
        # 上年同期为4930万元 is last year's; 增加300万元 an amount of change
        "1-6月，全镇完成国地两税收入5230万元，上年同期为4930万元，同比增加300万元，增长6.1%。",
        [("国地两税收入", "actual", "1-6月", 5230, "万元", "", 6.1, None, None, "", None)],
    ),
    "r107": (
        "截至8月底，全镇已完成土地征收1260亩，年内累计完成房屋拆迁245户。",
        [
            ("土地征收", "actual", "1-8月", 1260, "亩", "", None, None, None, "", None),
            ("房屋拆迁", "actual", "1-8月", 245, "户", "", None, None, None, "", None),
        ],
    ),
    "r108": (
        "1-6月，全镇城镇登记失业率为2.8%，比上年同期下降0.3个百分点。",
        [("城镇登记失业率", "actual", "1-6月", 2.8, "%", "", None, None, None, "", None)],
    ),
    "r109": (
        "6月份，全镇规上工业总产值2.6亿元，比上月增长5.2%，比上年同月增长10.4%。",
        [("规上工业总产值", "actual", "6月", 2.6, "亿元", "", 10.4, None, None, "", None)],
    ),
    "r110": (
        "1-6月，全镇实现网络零售额逾1.5亿元，同比翻了一番。",
        [("网络零售额", "actual", "1-6月", 1.5, "亿元", ">=", 100, None, None, "", None)],
    ),
    "r111": (
        "2021年1-6月，全镇完成工业投资2.6亿元，较2020年同期增长23.5%。",
        [
            (
                "工业投资",
                "actual",
                "1-6月",
                2.6,
                "亿元",
                "",
                23.5,
                None,
                None,
                "",
                None,
                {"date": "2021-06"},
            ),
        ],
    ),
    "r112": (
        "截至6月30日，全镇完成固定资产投资5.9亿元，超序时进度3.6个百分点。",
        [("固定资产投资", "actual", "1-6月", 5.9, "亿元", "", None, None, None, "", None)],
    ),
    # ---- r113-r124: a probe after r73-r112's fixes, written before running it
    "r113": (
        "2021年一季度，全镇实现地区生产总值5.6亿元，同比增长18.2%，两年平均增长5.9%。",
        [
            (
                "地区生产总值",
                "actual",
                "1-3月",
                5.6,
                "亿元",
                "",
                18.2,
                None,
                None,
                "",
                None,
                {"date": "2021-03"},
            ),
        ],
    ),
    "r114": (
        "1-4月，全镇完成工业用电量3260万千瓦时，同比增长12.4%，其中4月份用电量920万千瓦时。",
        [
            ("工业用电量", "actual", "1-4月", 3260, "万千瓦时", "", 12.4, None, None, "", None),
            ("用电量", "actual", "4月", 920, "万千瓦时", "", None, None, None, "", None),
        ],
    ),
    "r115": (
        "截至4月末，全镇贷款余额较上年末增加1.6亿元，达到19.8亿元。",
        [
            (
                "贷款余额",
                "actual",
                "4月",
                19.8,
                "亿元",
                "",
                None,
                None,
                None,
                "",
                None,
                {"basis": "stock"},
            ),
        ],
    ),
    "r116": (
        "上半年，全镇共接待游客9.8万人次、实现旅游收入860万元，分别比上年同期下降35.2%和41.6%。",
        [
            ("接待游客", "actual", "1-6月", 9.8, "万人次", "", -35.2, None, None, "", None),
            ("旅游收入", "actual", "1-6月", 860, "万元", "", -41.6, None, None, "", None),
        ],
    ),
    "r117": (
        "2020年全镇地区生产总值完成24.6亿元，增长3.1%；2021年预期目标为增长7.5%。",
        [
            (
                "地区生产总值",
                "actual",
                "全年",
                24.6,
                "亿元",
                "",
                3.1,
                None,
                None,
                "",
                None,
                {"date": "2020-12"},
            ),
            (
                "地区生产总值",
                "target",
                "全年",
                None,
                "",
                "",
                7.5,
                None,
                None,
                "",
                None,
                {"date": "2021-12"},
            ),
        ],
    ),
    "r118": (
        "1-7月，全镇规上工业企业实现营业收入18.6亿元，同比增长14.5%，较1-6月加快1.3个百分点；"
        "实现利润总额1.02亿元，同比下降6.8%。",
        [
            ("营业收入", "actual", "1-7月", 18.6, "亿元", "", 14.5, None, None, "", None),
            ("利润总额", "actual", "1-7月", 1.02, "亿元", "", -6.8, None, None, "", None),
        ],
    ),
    "r119": (
        "三季度当季，全镇完成固定资产投资2.7亿元，环比增长12.5%。",
        [("固定资产投资", "actual", "7-9月", 2.7, "亿元", "", None, None, None, "", None)],
    ),
    "r120": (
        # 多2家 is an amount of change
        "1-6月，全镇新增规上工业企业3家，较上年同期多2家。",
        [("新增规上工业企业", "actual", "1-6月", 3, "家", "", None, None, None, "", None)],
    ),
    "r121": (
        "全年预计完成国地两税收入1.1亿元，较上年增长8.2%，完成年度目标任务的110%。",
        [("国地两税收入", "forecast", "全年", 1.1, "亿元", "", 8.2, 110, None, "", None)],
    ),
    "r122": (
        "据统计，5月份全镇规上工业总产值完成2.46亿元，同比增长9.3%；1-5月累计完成11.2亿元，同比增长10.1%。",
        [
            ("规上工业总产值", "actual", "5月", 2.46, "亿元", "", 9.3, None, None, "", None),
            ("规上工业总产值", "actual", "1-5月", 11.2, "亿元", "", 10.1, None, None, "", None),
        ],
    ),
    "r123": (
        "2019年、2020年全镇分别完成固定资产投资9.6亿元、10.3亿元。",
        [
            (
                "固定资产投资",
                "actual",
                "全年",
                9.6,
                "亿元",
                "",
                None,
                None,
                None,
                "",
                None,
                {"date": "2019-12"},
            ),
            (
                "固定资产投资",
                "actual",
                "全年",
                10.3,
                "亿元",
                "",
                None,
                None,
                None,
                "",
                None,
                {"date": "2020-12"},
            ),
        ],
    ),
    "r124": (
        "二〇二〇年上半年，全镇城镇新增就业一百八十六人，完成全年目标的62%。",
        [
            (
                "城镇新增就业",
                "actual",
                "1-6月",
                186,
                "人",
                "",
                None,
                62,
                None,
                "",
                None,
                {"date": "2020-06"},
            ),
        ],
    ),
    # ---- r125-r136: a second probe, written before running it
    "r125": (
        "一是经济指标稳中有进。1-5月，完成国地两税收入5010万元，其中：完成国税 2441万元、地税2569万元；"
        "1-5月全社会固定资产投资完成5.1亿元。",
        [
            ("国地两税收入", "actual", "1-5月", 5010, "万元", "", None, None, None, "", None),
            ("国税", "actual", "1-5月", 2441, "万元", "", None, None, None, "", None),
            ("地税", "actual", "1-5月", 2569, "万元", "", None, None, None, "", None),
            ("全社会固定资产投资", "actual", "1-5月", 5.1, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r126": (
        "全年目标任务：新增城镇就业600人、农村劳动力转移就业1500人。",
        [
            ("新增城镇就业", "target", "全年", 600, "人", "", None, None, None, "", None),
            ("农村劳动力转移就业", "target", "全年", 1500, "人", "", None, None, None, "", None),
        ],
    ),
    "r127": (
        "1-6月，全镇一般公共预算支出完成1.86亿元，同比下降4.3%，其中民生支出1.42亿元，占一般公共预算支出的76.3%。",
        [
            ("一般公共预算支出", "actual", "1-6月", 1.86, "亿元", "", -4.3, None, None, "", None),
            ("民生支出", "actual", "1-6月", 1.42, "亿元", "", None, None, None, "", 76.3),
        ],
    ),
    "r128": (
        "截至目前，全镇共有家庭农场86家、农民专业合作社124家。",
        [
            ("家庭农场", "actual", "", 86, "家", "", None, None, None, "", None),
            ("农民专业合作社", "actual", "", 124, "家", "", None, None, None, "", None),
        ],
    ),
    "r129": (
        "1-6月，全镇规上工业增加值增速为-2.3%，低于全区平均水平1.5个百分点。",
        [("规上工业增加值", "actual", "1-6月", None, "", "", -2.3, None, None, "", None)],
    ),
    "r130": (
        "2021年1-9月，全镇实现地区生产总值19.2亿元，同比增长11.6%，比2019年同期增长13.8%，两年平均增长6.7%。",
        [
            (
                "地区生产总值",
                "actual",
                "1-9月",
                19.2,
                "亿元",
                "",
                11.6,
                None,
                None,
                "",
                None,
                {"date": "2021-09"},
            ),
        ],
    ),
    "r131": (
        "预计1-9月全镇完成固定资产投资8.6亿元，全年完成12亿元，同比分别增长9%和10%。",
        [
            ("固定资产投资", "forecast", "1-9月", 8.6, "亿元", "", 9, None, None, "", None),
            ("固定资产投资", "forecast", "全年", 12, "亿元", "", 10, None, None, "", None),
        ],
    ),
    "r132": (
        "1-6月，全镇共发放各类贷款3.2亿元，其中涉农贷款1.1亿元，小微企业贷款0.9亿元，分别占34.4%和28.1%。",
        [
            ("贷款", "actual", "1-6月", 3.2, "亿元", "", None, None, None, "", None),
            ("涉农贷款", "actual", "1-6月", 1.1, "亿元", "", None, None, None, "", 34.4),
            ("小微企业贷款", "actual", "1-6月", 0.9, "亿元", "", None, None, None, "", 28.1),
        ],
    ),
    "r133": (
        "全镇上半年完成税收收入5230万元，为年初预算的52.3%，同比增收310万元。",
        [("税收收入", "actual", "1-6月", 5230, "万元", "", None, 52.3, None, "", None)],
    ),
    "r134": (
        "12月当月，全镇完成工业投资1.1亿元；全年累计完成工业投资10.6亿元，增长8.9%。",
        [
            ("工业投资", "actual", "12月", 1.1, "亿元", "", None, None, None, "", None),
            ("工业投资", "actual", "全年", 10.6, "亿元", "", 8.9, None, None, "", None),
        ],
    ),
    "r135": (
        "上半年，全镇完成农业增加值1.26亿元，同比增长3.2%；下半年力争完成1.4亿元。",
        [
            ("农业增加值", "actual", "1-6月", 1.26, "亿元", "", 3.2, None, None, "", None),
            ("农业增加值", "target", "7-12月", 1.4, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r136": (
        "据初步统计，1-11月全镇社会消费品零售总额约6.3亿元，同比增长约12%。",
        [("社会消费品零售总额", "actual", "1-11月", 6.3, "亿元", "~", 12, None, None, "", None)],
    ),
    # ---- r137-r152: a third probe, harder (paragraphs, carried context), written before running
    "r137": (
        "2020年1-6月主要经济指标\n一、财政收入\n全镇完成一般公共预算收入3620万元，增长5.1%。\n"
        "二、投资\n完成固定资产投资5.3亿元，增长9.2%。",
        [
            (
                "一般公共预算收入",
                "actual",
                "1-6月",
                3620,
                "万元",
                "",
                5.1,
                None,
                None,
                "",
                None,
                {"date": "2020-06"},
            ),
            (
                "固定资产投资",
                "actual",
                "1-6月",
                5.3,
                "亿元",
                "",
                9.2,
                None,
                None,
                "",
                None,
                {"date": "2020-06"},
            ),
        ],
    ),
    "r138": (
        "今年以来，全镇累计接待游客26万人次。其中，5月份接待游客8.2万人次，同比增长35%。",
        [
            ("接待游客", "actual", "", 26, "万人次", "", None, None, None, "", None),
            ("接待游客", "actual", "5月", 8.2, "万人次", "", 35, None, None, "", None),
        ],
    ),
    "r139": (
        "1-6月，全镇实现工业总产值12.3亿元。全年预计完成26亿元，比上年增长10%。",
        [
            ("工业总产值", "actual", "1-6月", 12.3, "亿元", "", None, None, None, "", None),
            ("工业总产值", "forecast", "全年", 26, "亿元", "", 10, None, None, "", None),
        ],
    ),
    "r140": (
        "按照年初确定的目标，全镇今年要完成国地两税收入1.1亿元；截至6月底，已完成5720万元，占全年的52%。",
        [
            ("国地两税收入", "target", "全年", 1.1, "亿元", "", None, None, None, "", None),
            ("国地两税收入", "actual", "1-6月", 5720, "万元", "", None, 52, None, "", None),
        ],
    ),
    "r141": (
        "上半年，全镇完成粮食播种面积2.3万亩，比上年增加0.2万亩。",
        [("粮食播种面积", "actual", "1-6月", 2.3, "万亩", "", None, None, None, "", None)],
    ),
    "r142": (
        "1-6月，全镇社会消费品零售总额增长18.6%，高于全区2.1个百分点，总量达到2.9亿元。",
        [("社会消费品零售总额", "actual", "1-6月", 2.9, "亿元", "", 18.6, None, None, "", None)],
    ),
    "r143": (
        # read in 2021: 今年 is 2021, whatever year was named before
        "2020年全年，全镇实现旅游收入3860万元，下降21.5%；今年1-6月实现旅游收入2650万元，增长38.2%，恢复到2019年同期的92%。",
        [
            (
                "旅游收入",
                "actual",
                "全年",
                3860,
                "万元",
                "",
                -21.5,
                None,
                None,
                "",
                None,
                {"date": "2020-12"},
            ),
            (
                "旅游收入",
                "actual",
                "1-6月",
                2650,
                "万元",
                "",
                38.2,
                None,
                None,
                "",
                None,
                {"date": "2021-06"},
            ),
        ],
    ),
    "r144": (
        "全镇现有规上工业企业38家，1-6月新增4家，实现产值14.6亿元。",
        [
            ("规上工业企业", "actual", "", 38, "家", "", None, None, None, "", None),
            ("新增", "actual", "1-6月", 4, "家", "", None, None, None, "", None),
            ("产值", "actual", "1-6月", 14.6, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r145": (
        "1-6月，全镇城镇居民人均可支配收入、农村居民人均可支配收入分别达到21560元和11230元，"
        "分别增长6.8%、8.2%，城乡收入差距进一步缩小。",
        [
            (
                "城镇居民人均可支配收入",
                "actual",
                "1-6月",
                21560,
                "元",
                "",
                6.8,
                None,
                None,
                "",
                None,
            ),
            (
                "农村居民人均可支配收入",
                "actual",
                "1-6月",
                11230,
                "元",
                "",
                8.2,
                None,
                None,
                "",
                None,
            ),
        ],
    ),
    "r146": (
        "预计1-6月，全镇地区生产总值增长8%，规上工业增加值增长9%，固定资产投资增长12%。",
        [
            ("地区生产总值", "forecast", "1-6月", None, "", "", 8, None, None, "", None),
            ("规上工业增加值", "forecast", "1-6月", None, "", "", 9, None, None, "", None),
            ("固定资产投资", "forecast", "1-6月", None, "", "", 12, None, None, "", None),
        ],
    ),
    "r147": (
        "全镇计划全年完成植树造林1200亩，目前已完成860亩，完成率71.7%。",
        [
            ("植树造林", "target", "全年", 1200, "亩", "", None, None, None, "", None),
            ("植树造林", "actual", "", 860, "亩", "", None, 71.7, None, "", None),
        ],
    ),
    "r148": (
        "1-6月，全镇规上工业总产值14.2亿元，为全年目标28亿元的50.7%，较去年同期增长13.3%。",
        [("规上工业总产值", "actual", "1-6月", 14.2, "亿元", "", 13.3, 50.7, 28, "亿元", None)],
    ),
    "r149": (
        "一、1-6月经济运行情况\n（一）工业经济。规上工业增加值增长9.1%。\n（二）固定资产投资。完成5.6亿元，同比增长8.8%。",
        [
            ("规上工业增加值", "actual", "1-6月", None, "", "", 9.1, None, None, "", None),
            ("固定资产投资", "actual", "1-6月", 5.6, "亿元", "", 8.8, None, None, "", None),
        ],
    ),
    "r150": (
        "截至6月底，全镇累计完成投资4.3亿元，占年度计划的53.8%，其中6月份完成0.9亿元。",
        [
            ("投资", "actual", "1-6月", 4.3, "亿元", "", None, 53.8, None, "", None),
            ("投资", "actual", "6月", 0.9, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r151": (
        "上半年，全镇税收收入同比下降12.6%，降幅比一季度收窄5.3个百分点，主要受疫情影响。",
        [("税收收入", "actual", "1-6月", None, "", "", -12.6, None, None, "", None)],
    ),
    "r152": (
        # 多增0.8亿元 is an amount of change
        "1-6月，全镇新增贷款2.6亿元，同比多增0.8亿元。",
        [("新增贷款", "actual", "1-6月", 2.6, "亿元", "", None, None, None, "", None)],
    ),
    # ---- r153-r168: a fourth probe (periods and units written other ways, no-figure lines,
    # 分别 shares, 年均), written before running it
    "r153": (
        "前两个月，全镇完成规上工业总产值4.1亿元，同比增长32.5%。",
        [
            ("规上工业总产值", "actual", "1-2月", 4.1, "亿元", "", 32.5, None, None, "", None),
        ],
    ),
    "r154": (
        "一至六月份，全镇实现外贸出口1200万美元，增长15.6%。",
        [
            ("外贸出口", "actual", "1-6月", 1200, "万美元", "", 15.6, None, None, "", None),
        ],
    ),
    "r155": (
        "截至2020年6月底，全镇各项存款余额32.6亿元，比上年同期增长7.7%。",
        [
            (
                "各项存款余额",
                "actual",
                "6月",
                32.6,
                "亿元",
                "",
                7.7,
                None,
                None,
                "",
                None,
                {"date": "2020-06", "basis": "stock"},
            ),
        ],
    ),
    "r156": (
        "一季度末，全镇各项贷款余额16.2亿元。",
        [
            (
                "各项贷款余额",
                "actual",
                "3月",
                16.2,
                "亿元",
                "",
                None,
                None,
                None,
                "",
                None,
                {"basis": "stock"},
            ),
        ],
    ),
    "r157": (
        "1-6月，全镇完成工业投资2.1亿元，增长0.5倍。",
        [
            ("工业投资", "actual", "1-6月", 2.1, "亿元", "", 50, None, None, "", None),
        ],
    ),
    "r158": (
        "沿滩镇人民政府\n2021年7月10日",
        [],
    ),
    "r159": (
        "联系人：张三，联系电话：0813-5201234，邮编643000。",
        [],
    ),
    "r160": (
        "1-6月，全镇固定资产投资、税收收入、旅游收入分别完成年度目标的52%、48%和60%。",
        [
            ("固定资产投资", "actual", "1-6月", None, "", "", None, 52, None, "", None),
            ("税收收入", "actual", "1-6月", None, "", "", None, 48, None, "", None),
            ("旅游收入", "actual", "1-6月", None, "", "", None, 60, None, "", None),
        ],
    ),
    "r161": (
        "预计6月底，全镇完成固定资产投资5.84亿元。",
        [
            ("固定资产投资", "forecast", "1-6月", 5.84, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r162": (
        "力争到2025年，全镇地区生产总值达到50亿元，年均增长8%以上。",
        [
            (
                "地区生产总值",
                "target",
                "全年",
                50,
                "亿元",
                "",
                None,
                None,
                None,
                "",
                None,
                {"date": "2025-12"},
            ),
        ],
    ),
    "r163": (
        "全镇1-6月完成固定资产投资5.1亿元，其中：工业投资2.3亿元、增长15.2%，基础设施投资1.6亿元、下降4.1%。",
        [
            ("固定资产投资", "actual", "1-6月", 5.1, "亿元", "", None, None, None, "", None),
            ("工业投资", "actual", "1-6月", 2.3, "亿元", "", 15.2, None, None, "", None),
            ("基础设施投资", "actual", "1-6月", 1.6, "亿元", "", -4.1, None, None, "", None),
        ],
    ),
    "r164": (
        "1-6月，全镇共出让土地126亩，成交金额1.26亿元，较上年同期减少0.4亿元。",
        [
            ("出让土地", "actual", "1-6月", 126, "亩", "", None, None, None, "", None),
            ("成交金额", "actual", "1-6月", 1.26, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r165": (
        "5月，全镇完成税收收入860万元，1-5月累计4930万元，分别增长8.1%和6.3%。",
        [
            ("税收收入", "actual", "5月", 860, "万元", "", 8.1, None, None, "", None),
            ("税收收入", "actual", "1-5月", 4930, "万元", "", 6.3, None, None, "", None),
        ],
    ),
    "r166": (
        "全年新增城镇就业目标为600人，上半年已完成352人，完成目标任务的58.7%，较上年同期多58人。",
        [
            ("新增城镇就业", "target", "全年", 600, "人", "", None, None, None, "", None),
            ("新增城镇就业", "actual", "1-6月", 352, "人", "", None, 58.7, None, "", None),
        ],
    ),
    "r167": (
        "6月份，全镇规上工业增加值同比增长12.1%，1-6月增长10.3%。",
        [
            ("规上工业增加值", "actual", "6月", None, "", "", 12.1, None, None, "", None),
            ("规上工业增加值", "actual", "1-6月", None, "", "", 10.3, None, None, "", None),
        ],
    ),
    "r168": (
        "截至6月30日，全镇累计发放创业担保贷款1260万元，扶持创业236人，带动就业710人。",
        [
            ("创业担保贷款", "actual", "1-6月", 1260, "万元", "", None, None, None, "", None),
            ("扶持创业", "actual", "1-6月", 236, "人", "", None, None, None, "", None),
            ("带动就业", "actual", "1-6月", 710, "人", "", None, None, None, "", None),
        ],
    ),
    # ---- r169-r208: a fifth batch (统计公报, 前三季度, 年终总结, a county head's speech with
    # targets and gaps, 一是…二是…, 持平, 亿元 and 万元 together, 人均/亩均, rankings, Chinese and
    # 千/万 numbers, 降幅收窄至, tasks handed down, 完成率/进度, 人代会 targets, tab tables, a
    # heading over lines, other towns' figures), written before running the extractor on it
    "r169": (
        # 人均地区生产总值 is per head: a figure, never the total's
        "全年实现地区生产总值26.8亿元，按可比价格计算，比上年增长7.6%；按常住人口计算，人均地区生产总值5.9万元。",
        [
            ("地区生产总值", "actual", "全年", 26.8, "亿元", "", 7.6, None, None, "", None),
            (
                "人均地区生产总值",
                "actual",
                "全年",
                5.9,
                "万元",
                "",
                None,
                None,
                None,
                "",
                None,
                {"indicator": ""},
            ),
        ],
    ),
    "r170": (
        "2020年全镇实现地区生产总值25.3亿元，按可比价格计算，比上年增长3.8%。其中，第一产业增加值3.1亿元，"
        "增长2.9%；第二产业增加值13.6亿元，增长4.2%；第三产业增加值8.6亿元，增长3.5%。",
        [
            (
                "地区生产总值",
                "actual",
                "全年",
                25.3,
                "亿元",
                "",
                3.8,
                None,
                None,
                "",
                None,
                {"date": "2020-12"},
            ),
            ("第一产业增加值", "actual", "全年", 3.1, "亿元", "", 2.9, None, None, "", None),
            ("第二产业增加值", "actual", "全年", 13.6, "亿元", "", 4.2, None, None, "", None),
            (
                "第三产业增加值",
                "actual",
                "全年",
                8.6,
                "亿元",
                "",
                3.5,
                None,
                None,
                "",
                None,
                {"date": "2020-12"},
            ),
        ],
    ),
    "r171": (
        # a ratio of three shares with no name for each: no figure
        "三次产业结构由上年的12.6:52.1:35.3调整为12.3:53.8:33.9。",
        [],
    ),
    "r172": (
        "前三季度，全镇完成规上工业总产值21.6亿元，同比增长9.8%，完成年度目标任务的75.3%，高出时序进度0.3个百分点。",
        [("规上工业总产值", "actual", "1-9月", 21.6, "亿元", "", 9.8, 75.3, None, "", None)],
    ),
    "r173": (
        # 三季度 is July to September, not the year to date
        "1-9月，全镇实现社会消费品零售总额4.26亿元，同比增长11.2%，增速较上半年回落1.6个百分点；其中三季度实现1.52亿元。",
        [
            ("社会消费品零售总额", "actual", "1-9月", 4.26, "亿元", "", 11.2, None, None, "", None),
            ("社会消费品零售总额", "actual", "7-9月", 1.52, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r174": (
        # 还差3.2亿元 is a gap to the target, not a level
        "全年固定资产投资目标任务是12亿元，前三季度完成8.8亿元，距年度目标还差3.2亿元。",
        [
            ("固定资产投资", "target", "全年", 12, "亿元", "", None, None, None, "", None),
            ("固定资产投资", "actual", "1-9月", 8.8, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r175": (
        "同志们，四季度时间紧、任务重，各乡镇要紧盯全年目标，确保全年地区生产总值增长7%，力争达到7.5%；规上工业增加值必须增长8%。",
        [
            ("地区生产总值", "target", "全年", None, "", "", 7, None, None, "", None),
            ("地区生产总值", "target", "全年", None, "", "", 7.5, None, None, "", None),
            ("规上工业增加值", "target", "全年", None, "", "", 8, None, None, "", None),
        ],
    ),
    "r176": (
        # no period is written; 缺口 is a gap, not a level
        "从目前进度看，全县一般公共预算收入完成4.6亿元，仅完成预算的71.2%，比序时进度慢3.8个百分点，收支缺口达8000万元。",
        [("一般公共预算收入", "actual", "", 4.6, "亿元", "", None, 71.2, None, "", None)],
    ),
    "r177": (
        # the items of one list share the period named in the first
        "一是工业经济稳步回升。1-9月，规上工业增加值同比增长8.3%，较一季度提高2.1个百分点。二是投资持续发力。"
        "固定资产投资完成9.2亿元，同比增长12.6%。三是消费加快恢复。社会消费品零售总额3.9亿元，增长15.1%。",
        [
            ("规上工业增加值", "actual", "1-9月", None, "", "", 8.3, None, None, "", None),
            ("固定资产投资", "actual", "1-9月", 9.2, "亿元", "", 12.6, None, None, "", None),
            ("社会消费品零售总额", "actual", "1-9月", 3.9, "亿元", "", 15.1, None, None, "", None),
        ],
    ),
    "r178": (
        # 基本持平 is roughly flat, not a growth of exactly 0
        "1-9月，全镇规上工业企业用电量1.36亿千瓦时，同比持平；新增市场主体528户，与去年同期基本持平。",
        [
            (
                "规上工业企业用电量",
                "actual",
                "1-9月",
                1.36,
                "亿千瓦时",
                "",
                0,
                None,
                None,
                "",
                None,
            ),
            ("新增市场主体", "actual", "1-9月", 528, "户", "", None, None, None, "", None),
        ],
    ),
    "r179": (
        "1-9月，全镇完成全社会固定资产投资8.6亿元、国地两税收入7230万元，同比分别增长10.2%和6.5%。",
        [
            ("全社会固定资产投资", "actual", "1-9月", 8.6, "亿元", "", 10.2, None, None, "", None),
            ("国地两税收入", "actual", "1-9月", 7230, "万元", "", 6.5, None, None, "", None),
        ],
    ),
    "r180": (
        "前三季度全镇实现旅游综合收入1.2亿元，接待游客46.8万人次，农产品电商销售额3560万元。",
        [
            ("旅游综合收入", "actual", "1-9月", 1.2, "亿元", "", None, None, None, "", None),
            ("接待游客", "actual", "1-9月", 46.8, "万人次", "", None, None, None, "", None),
            ("农产品电商销售额", "actual", "1-9月", 3560, "万元", "", None, None, None, "", None),
        ],
    ),
    "r181": (
        # per mu and per head: figures, never the tax total's
        "2021年全年，全镇规上工业企业亩均税收12.5万元，同比增长6.2%；人均税收3860元。",
        [
            (
                "亩均税收",
                "actual",
                "全年",
                12.5,
                "万元",
                "",
                6.2,
                None,
                None,
                "",
                None,
                {"indicator": ""},
            ),
            (
                "人均税收",
                "actual",
                "全年",
                3860,
                "元",
                "",
                None,
                None,
                None,
                "",
                None,
                {"indicator": ""},
            ),
        ],
    ),
    "r182": (
        "全年农村居民人均可支配收入达到18620元，比上年增长9.1%，高于全县平均水平0.6个百分点；人均消费支出13260元，增长11.3%。",
        [
            (
                "农村居民人均可支配收入",
                "actual",
                "全年",
                18620,
                "元",
                "",
                9.1,
                None,
                None,
                "",
                None,
            ),
            ("人均消费支出", "actual", "全年", 13260, "元", "", 11.3, None, None, "", None),
        ],
    ),
    "r183": (
        "1-9月，全镇固定资产投资增速12.6%，居全区第2位；规上工业增加值增速9.3%，排名第5，较上半年上升3位。",
        [
            ("固定资产投资", "actual", "1-9月", None, "", "", 12.6, None, None, "", None),
            ("规上工业增加值", "actual", "1-9月", None, "", "", 9.3, None, None, "", None),
        ],
    ),
    "r184": (
        "全年累计完成招商引资到位资金一亿二千万元，新增就业1.2千人，惠及农户3.5万户。",
        [
            ("招商引资到位资金", "actual", "全年", 12000, "万元", "", None, None, None, "", None),
            ("新增就业", "actual", "全年", 1200, "人", "", None, None, None, "", None),
            ("惠及农户", "actual", "全年", 3.5, "万户", "", None, None, None, "", None),
        ],
    ),
    "r185": (
        "1-9月，全镇开展职业技能培训两千余人次，转移农村劳动力一万三千人。",
        [
            ("职业技能培训", "actual", "1-9月", 2000, "人次", ">=", None, None, None, "", None),
            ("转移农村劳动力", "actual", "1-9月", 13000, "人", "", None, None, None, "", None),
        ],
    ),
    "r186": (
        # 降幅收窄至3.2%: the decline is now 3.2%, a growth of -3.2%
        "1-9月，全镇税收收入降幅收窄至3.2%，比上半年收窄4.5个百分点。",
        [("税收收入", "actual", "1-9月", None, "", "", -3.2, None, None, "", None)],
    ),
    "r187": (
        # one row: the decline now (3.2%), not the half year's it narrowed from
        "1-9月，全镇规上工业总产值完成18.3亿元，降幅由上半年的8.6%收窄至3.2%。",
        [("规上工业总产值", "actual", "1-9月", 18.3, "亿元", "", -3.2, None, None, "", None)],
    ),
    "r188": (
        # the task handed down is the year's target (上级 is no name)
        "今年上级下达我镇减贫任务120户350人，截至9月底已脱贫126户368人，分别完成任务的105%和105.1%。",
        [
            ("减贫任务", "target", "全年", 120, "户", "", None, None, None, "", None),
            ("减贫任务", "target", "全年", 350, "人", "", None, None, None, "", None),
            ("脱贫", "actual", "1-9月", 126, "户", "", None, 105, None, "", None),
            ("脱贫", "actual", "1-9月", 368, "人", "", None, 105.1, None, "", None),
        ],
    ),
    "r189": (
        # 完成率 is the share of the year's target done
        "上半年，全镇固定资产投资完成6.1亿元，完成率达55.5%，实现了“时间过半、任务过半”。",
        [("固定资产投资", "actual", "1-6月", 6.1, "亿元", "", None, 55.5, None, "", None)],
    ),
    "r190": (
        "镇十八届人大五次会议确定的2021年目标是：地区生产总值增长8%，一般公共预算收入达到5200万元，固定资产投资完成12亿元。",
        [
            (
                "地区生产总值",
                "target",
                "全年",
                None,
                "",
                "",
                8,
                None,
                None,
                "",
                None,
                {"date": "2021-12"},
            ),
            ("一般公共预算收入", "target", "全年", 5200, "万元", "", None, None, None, "", None),
            ("固定资产投资", "target", "全年", 12, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r191": (
        "年初镇人代会提出“全年新增市场主体600户、引进项目10个”的目标，目前已分别完成418户和7个。",
        [
            ("新增市场主体", "target", "全年", 600, "户", "", None, None, None, "", None),
            ("引进项目", "target", "全年", 10, "个", "", None, None, None, "", None),
            ("新增市场主体", "actual", "", 418, "户", "", None, None, None, "", None),
            ("引进项目", "actual", "", 7, "个", "", None, None, None, "", None),
        ],
    ),
    "r192": (
        "指标\t单位\t1-9月\t同比±%\t全年目标\t完成进度%\n国地两税收入\t万元\t7650\t8.3\t10000\t76.5\n"
        "全社会固定资产投资\t亿元\t9.1\t-2.4\t12\t75.8",
        [
            ("国地两税收入", "target", "全年", 10000, "万元", "", None, None, None, "", None),
            ("国地两税收入", "actual", "1-9月", 7650, "万元", "", 8.3, 76.5, 10000, "万元", None),
            ("全社会固定资产投资", "target", "全年", 12, "亿元", "", None, None, None, "", None),
            (
                "全社会固定资产投资",
                "actual",
                "1-9月",
                9.1,
                "亿元",
                "",
                -2.4,
                75.8,
                12,
                "亿元",
                None,
            ),
        ],
    ),
    "r193": (
        # 本月 beside 1-9月累计 is September; an empty cell is no figure
        "指标名称\t计量单位\t本月\t1-9月累计\t累计增长%\n规上工业总产值\t亿元\t2.3\t19.6\t9.1\n"
        "社会消费品零售总额\t亿元\t\t4.1\t12.3",
        [
            (
                "规上工业总产值",
                "actual",
                "9月",
                2.3,
                "亿元",
                "",
                None,
                None,
                None,
                "",
                None,
                {"basis": "month"},
            ),
            ("规上工业总产值", "actual", "1-9月", 19.6, "亿元", "", 9.1, None, None, "", None),
            ("社会消费品零售总额", "actual", "1-9月", 4.1, "亿元", "", 12.3, None, None, "", None),
        ],
    ),
    "r194": (
        # the title's period governs the heading's lines
        "2021年前三季度经济运行情况\n二、主要指标完成情况\n1.地区生产总值：预计完成19.8亿元，增长7.2%。\n"
        "2.固定资产投资：完成8.9亿元，增长10.5%，完成年度目标的74.2%。\n3.国地两税收入：完成7230万元，下降1.5%。",
        [
            ("地区生产总值", "forecast", "1-9月", 19.8, "亿元", "", 7.2, None, None, "", None),
            (
                "固定资产投资",
                "actual",
                "1-9月",
                8.9,
                "亿元",
                "",
                10.5,
                74.2,
                None,
                "",
                None,
                {"date": "2021-09"},
            ),
            ("国地两税收入", "actual", "1-9月", 7230, "万元", "", -1.5, None, None, "", None),
        ],
    ),
    "r195": (
        # another town's figure is not the town's: only 9.6
        "1-9月，全镇完成固定资产投资9.6亿元，比邓关镇多1.2亿元，总量居全区第一；仙市镇同期完成7.8亿元。",
        [("固定资产投资", "actual", "1-9月", 9.6, "亿元", "", None, None, None, "", None)],
    ),
    "r196": (
        "1-9月全镇国地两税收入7650万元，低于永安镇（8120万元），高于兴隆镇（6980万元）。",
        [("国地两税收入", "actual", "1-9月", 7650, "万元", "", None, None, None, "", None)],
    ),
    "r197": (
        "2021年，在县委、县政府的坚强领导下，镇党委、政府团结带领全镇干部群众，全年实现地区生产总值28.6亿元，增长8.1%；"
        "完成一般公共预算收入5360万元，为年度预算的103.1%；新增城镇就业620人，完成目标任务的103.3%。",
        [
            (
                "地区生产总值",
                "actual",
                "全年",
                28.6,
                "亿元",
                "",
                8.1,
                None,
                None,
                "",
                None,
                {"date": "2021-12"},
            ),
            ("一般公共预算收入", "actual", "全年", 5360, "万元", "", None, 103.1, None, "", None),
            ("新增城镇就业", "actual", "全年", 620, "人", "", None, 103.3, None, "", None),
        ],
    ),
    "r198": (
        # 突破1亿元: more than 1亿元
        "预计全年完成固定资产投资13.2亿元，同比增长10.1%，超额完成年度目标任务；全年税收收入预计突破1亿元。",
        [
            ("固定资产投资", "forecast", "全年", 13.2, "亿元", "", 10.1, None, None, "", None),
            ("税收收入", "forecast", "全年", 1, "亿元", ">=", None, None, None, "", None),
        ],
    ),
    "r199": (
        # 年末: the stock at the end of December
        "年末全镇规上工业企业达到42家，比上年末净增5家；全年新建高标准农田1.2万亩。",
        [
            (
                "规上工业企业",
                "actual",
                "12月",
                42,
                "家",
                "",
                None,
                None,
                None,
                "",
                None,
                {"basis": "stock"},
            ),
            ("新建高标准农田", "actual", "全年", 1.2, "万亩", "", None, None, None, "", None),
        ],
    ),
    "r200": (
        "全县要确保全年招商引资到位资金达到50亿元，目前仅完成38.6亿元，缺口11.4亿元，各乡镇务必在11月底前完成任务。",
        [
            ("招商引资到位资金", "target", "全年", 50, "亿元", "", None, None, None, "", None),
            ("招商引资到位资金", "actual", "", 38.6, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r201": (
        # gaps to the targets only: no level
        "对照年度目标，规上工业总产值还差6.2亿元，社会消费品零售总额还有1.1亿元的差距。",
        [],
    ),
    "r202": (
        "9月当月，全镇实现规上工业总产值2.5亿元，同比增长6.4%，环比增长3.1%；1-9月累计20.1亿元，同比增长9.5%。",
        [
            ("规上工业总产值", "actual", "9月", 2.5, "亿元", "", 6.4, None, None, "", None),
            ("规上工业总产值", "actual", "1-9月", 20.1, "亿元", "", 9.5, None, None, "", None),
        ],
    ),
    "r203": (
        "前三季度，全镇完成一般公共预算收入4120万元，同比增长5.3%；一般公共预算支出1.32亿元，同比下降2.7%，"
        "其中民生支出1.05亿元，占比79.5%。",
        [
            ("一般公共预算收入", "actual", "1-9月", 4120, "万元", "", 5.3, None, None, "", None),
            ("一般公共预算支出", "actual", "1-9月", 1.32, "亿元", "", -2.7, None, None, "", None),
            ("民生支出", "actual", "1-9月", 1.05, "亿元", "", None, None, None, "", 79.5),
        ],
    ),
    "r204": (
        "三季度，全镇实现地区生产总值7.1亿元，增长8.8%；前三季度累计实现19.6亿元，增长8.2%，比上半年提高0.6个百分点。",
        [
            ("地区生产总值", "actual", "7-9月", 7.1, "亿元", "", 8.8, None, None, "", None),
            ("地区生产总值", "actual", "1-9月", 19.6, "亿元", "", 8.2, None, None, "", None),
        ],
    ),
    "r205": (
        # 是上年的1.3倍 is a growth of 30%; 增加9万人次 an amount of change
        "全年完成旅游综合收入4860万元，是上年的1.3倍；接待游客38万人次，比上年增加9万人次。",
        [
            ("旅游综合收入", "actual", "全年", 4860, "万元", "", 30, None, None, "", None),
            ("接待游客", "actual", "全年", 38, "万人次", "", None, None, None, "", None),
        ],
    ),
    "r206": (
        # a contribution to the county's growth is no share of a whole
        "1-9月，全镇规上工业增加值占全县的23.6%，对全县工业增长的贡献率达31.2%。",
        [("规上工业增加值", "structure", "1-9月", None, "", "", None, None, None, "", 23.6)],
    ),
    "r207": (
        "2022年工作目标：一是地区生产总值增长7.5%；二是一般公共预算收入增长6%，达到5680万元；三是新增城镇就业不少于600人。",
        [
            (
                "地区生产总值",
                "target",
                "全年",
                None,
                "",
                "",
                7.5,
                None,
                None,
                "",
                None,
                {"date": "2022-12"},
            ),
            ("一般公共预算收入", "target", "全年", 5680, "万元", "", 6, None, None, "", None),
            (
                "新增城镇就业",
                "target",
                "全年",
                600,
                "人",
                ">=",
                None,
                None,
                None,
                "",
                None,
                {"date": "2022-12"},
            ),
        ],
    ),
    "r208": (
        # 完成进度 with no level: the share of the target only
        "截至6月底，全镇国地两税收入完成进度为51.2%，规上工业总产值完成进度为49.6%，基本实现“时间过半、任务过半”。",
        [
            ("国地两税收入", "actual", "1-6月", None, "", "", None, 51.2, None, "", None),
            ("规上工业总产值", "actual", "1-6月", None, "", "", None, 49.6, None, "", None),
        ],
    ),
    # ---- r209-r224: a probe after r169-r208's fixes (the same styles written other ways),
    # written before running it
    "r209": (
        "截至9月底，全镇固定资产投资完成年度目标的72.5%，距全年目标尚有3.3亿元缺口。",
        [("固定资产投资", "actual", "1-9月", None, "", "", None, 72.5, None, "", None)],
    ),
    "r210": (
        "前三季度，我镇完成税收收入6850万元，同比增长4.2%，增速比邓关镇高2.3个百分点，总量比仙市镇少420万元。",
        [("税收收入", "actual", "1-9月", 6850, "万元", "", 4.2, None, None, "", None)],
    ),
    "r211": (
        "1-9月，全镇规上工业总产值完成18.6亿元，增长8.9%；其中，永兴村工业园区完成12.3亿元。",
        [
            ("规上工业总产值", "actual", "1-9月", 18.6, "亿元", "", 8.9, None, None, "", None),
            ("永兴村工业园区", "actual", "1-9月", 12.3, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r212": (
        "全镇人均可支配收入达到2.1万元，其中城镇居民人均可支配收入3.2万元、农村居民人均可支配收入1.6万元。",
        [
            ("人均可支配收入", "actual", "", 2.1, "万元", "", None, None, None, "", None),
            ("城镇居民人均可支配收入", "actual", "", 3.2, "万元", "", None, None, None, "", None),
            ("农村居民人均可支配收入", "actual", "", 1.6, "万元", "", None, None, None, "", None),
        ],
    ),
    "r213": (
        "1-9月，全镇粮食亩均产量485公斤，规上工业亩均税收8.6万元。",
        [
            (
                "粮食亩均产量",
                "actual",
                "1-9月",
                485,
                "公斤",
                "",
                None,
                None,
                None,
                "",
                None,
                {"miss": _UNKNOWN_UNIT},
            ),
            (
                "规上工业亩均税收",
                "actual",
                "1-9月",
                8.6,
                "万元",
                "",
                None,
                None,
                None,
                "",
                None,
                {"indicator": ""},
            ),
        ],
    ),
    "r214": (
        "县长强调，全县四季度要完成固定资产投资45亿元以上，确保全年完成150亿元目标。",
        [
            ("固定资产投资", "target", "10-12月", 45, "亿元", ">=", None, None, None, "", None),
            ("固定资产投资", "target", "全年", 150, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r215": (
        "目前，全镇规上工业总产值距离年度目标仍有5.6亿元差距，完成进度落后序时进度4.2个百分点。",
        [],
    ),
    "r216": (
        "2021年全镇实现地区生产总值28.9亿元，增长8.3%，总量和增速分别居全区第3位和第1位。",
        [("地区生产总值", "actual", "全年", 28.9, "亿元", "", 8.3, None, None, "", None)],
    ),
    "r217": (
        # read in 2021: 去年 is 2020; 2019年同期的85% is no growth over last year
        "前三季度，全镇实现旅游收入2860万元，恢复到2019年同期的85%，是去年同期的1.6倍。",
        [("旅游收入", "actual", "1-9月", 2860, "万元", "", 60, None, None, "", None)],
    ),
    "r218": (
        "1-9月，全镇社会消费品零售总额4.1亿元，与上年同期持平，其中限额以上零售额1.2亿元，同比下降1.2%。",
        [
            ("社会消费品零售总额", "actual", "1-9月", 4.1, "亿元", "", 0, None, None, "", None),
            ("限额以上零售额", "actual", "1-9月", 1.2, "亿元", "", -1.2, None, None, "", None),
        ],
    ),
    "r219": (
        "指标\t单位\t1-9月\t增长%\n地区生产总值\t亿元\t19.6\t\n固定资产投资\t亿元\t9.2\t12.6",
        [
            ("地区生产总值", "actual", "1-9月", 19.6, "亿元", "", None, None, None, "", None),
            ("固定资产投资", "actual", "1-9月", 9.2, "亿元", "", 12.6, None, None, "", None),
        ],
    ),
    "r220": (
        "全年计划新建农村公路25公里，改造危房120户；截至9月底，已完成危房改造96户，完成率80%。",
        [
            (
                "新建农村公路",
                "target",
                "全年",
                25,
                "公里",
                "",
                None,
                None,
                None,
                "",
                None,
                {"miss": _UNKNOWN_UNIT},
            ),
            ("改造危房", "target", "全年", 120, "户", "", None, None, None, "", None),
            ("危房改造", "actual", "1-9月", 96, "户", "", None, 80, None, "", None),
        ],
    ),
    "r221": (
        "2021年前三季度，全镇完成一般公共预算收入四千一百二十万元，增长百分之五点三。",
        [
            (
                "一般公共预算收入",
                "actual",
                "1-9月",
                4120,
                "万元",
                "",
                5.3,
                None,
                None,
                "",
                None,
                {"date": "2021-09"},
            ),
        ],
    ),
    "r222": (
        "全镇新增市场主体1.2千户，其中新增企业320户。",
        [
            ("新增市场主体", "actual", "", 1200, "户", "", None, None, None, "", None),
            ("新增企业", "actual", "", 320, "户", "", None, None, None, "", None),
        ],
    ),
    "r223": (
        "二、下半年主要目标\n1.固定资产投资：全年完成12亿元；\n2.国地两税收入：全年完成1.1亿元。",
        [
            ("固定资产投资", "target", "全年", 12, "亿元", "", None, None, None, "", None),
            ("国地两税收入", "target", "全年", 1.1, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r224": (
        "今年以来，全镇累计完成招商引资到位资金一亿五千万元，完成全年任务的75%。",
        [("招商引资到位资金", "actual", "", 15000, "万元", "", None, 75, None, "", None)],
    ),
    # ---- r225-r240: probes beyond the batch that found silent wrong figures (other places'
    # rates, years compared with, changes after a level, bars of a class, last year's table
    # column, 1-3季度, a month report's title…), fixed before they were written down here
    "r225": (
        "1-9月，全镇完成固定资产投资9.6亿元，增长12%；全县完成固定资产投资86亿元，增长7%。",
        [("固定资产投资", "actual", "1-9月", 9.6, "亿元", "", 12, None, None, "", None)],
    ),
    "r226": (
        "1-9月，全县完成固定资产投资86亿元，增长7%，全镇完成9.6亿元。",
        [("固定资产投资", "actual", "1-9月", 9.6, "亿元", "", None, None, None, "", None)],
    ),
    "r227": (
        "全年共接待游客56.8万人次，比上年增长22.4%，旅游综合收入4.6亿元，增长25.1%，"
        "分别相当于2019年的96%和98%。",
        [
            (
                "接待游客",
                "actual",
                "全年",
                56.8,
                "万人次",
                "",
                22.4,
                None,
                None,
                "",
                None,
                {"date": "2021-12"},
            ),
            ("旅游综合收入", "actual", "全年", 4.6, "亿元", "", 25.1, None, None, "", None),
        ],
    ),
    "r228": (
        "前三季度，全镇实现农村居民人均可支配收入13560元，人均增加1120元，增长9.0%。",
        [("农村居民人均可支配收入", "actual", "1-9月", 13560, "元", "", 9.0, None, None, "", None)],
    ),
    "r229": (
        "1-9月，全镇实现地区生产总值19.6亿元，增速较一季度提高2.3个百分点，"
        "较上半年提高0.8个百分点，达到8.2%。",
        [("地区生产总值", "actual", "1-9月", 19.6, "亿元", "", 8.2, None, None, "", None)],
    ),
    "r230": (
        # 50万元 and 10万元 are the bars of the villages counted
        "1-9月，全镇有3个村集体经济收入超过50万元，12个村超过10万元。",
        [
            ("村", "actual", "1-9月", 3, "个", "", None, None, None, "", None),
            ("村", "actual", "1-9月", 12, "个", "", None, None, None, "", None),
        ],
    ),
    "r231": (
        "指标\t单位\t上年同期累计\t本年累计\t累计增长%\n规上工业总产值\t亿元\t18.0\t19.6\t8.9",
        [("规上工业总产值", "actual", "", 19.6, "亿元", "", 8.9, None, None, "", None)],
    ),
    "r232": (
        "1-9月，全镇固定资产投资9.6亿元，而去年全年仅完成10.3亿元。",
        [("固定资产投资", "actual", "1-9月", 9.6, "亿元", "", None, None, None, "", None)],
    ),
    "r233": (
        "1-3季度，全镇实现税收收入6850万元，增长4.2%。",
        [("税收收入", "actual", "1-9月", 6850, "万元", "", 4.2, None, None, "", None)],
    ),
    "r234": (
        # the title dates the lines; it does not say 19.6亿元 is September's own
        "2021年9月全镇主要经济指标\n规上工业总产值 19.6亿元 增长8.9%\n当月税收收入860万元",
        [
            (
                "规上工业总产值",
                "actual",
                "",
                19.6,
                "亿元",
                "",
                8.9,
                None,
                None,
                "",
                None,
                {"date": "2021-09", "basis": ""},
            ),
            ("税收收入", "actual", "9月", 860, "万元", "", None, None, None, "", None),
        ],
    ),
    "r235": (
        "截至9月末，全镇累计完成投资9.6亿元，年度目标12亿元，完成进度80%。",
        [
            ("投资", "actual", "1-9月", 9.6, "亿元", "", None, 80, None, "", None),
            ("投资", "target", "全年", 12, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r236": (
        "“十三五”期间（2016-2020年），全镇经济持续发展。1-6月，全镇完成固定资产投资5.1亿元。",
        [
            (
                "固定资产投资",
                "actual",
                "1-6月",
                5.1,
                "亿元",
                "",
                None,
                None,
                None,
                "",
                None,
                {"date": "2021-06"},
            ),
        ],
    ),
    "r237": (
        "1-9月，全镇完成固定资产投资9.6亿元，其中2020年结转项目完成3.1亿元。",
        [
            (
                "固定资产投资",
                "actual",
                "1-9月",
                9.6,
                "亿元",
                "",
                None,
                None,
                None,
                "",
                None,
                {"date": "2021-09"},
            ),
            ("结转项目", "actual", "1-9月", 3.1, "亿元", "", None, None, None, "", None),
        ],
    ),
    "r238": (
        # 万吨 is read (吨 is a unit known); 万头 is not, its rate stands alone
        "全年粮食总产量1.86万吨，比上年增长2.3%；生猪出栏2.1万头，下降5.6%。",
        [
            ("粮食总产量", "actual", "全年", 1.86, "万吨", "", 2.3, None, None, "", None),
            ("生猪出栏", "actual", "全年", None, "", "", -5.6, None, None, "", None),
        ],
    ),
    "r239": (
        "2021年主要经济指标\n指标\t2020年\t2021年\t增长%\n地区生产总值（亿元）\t25.3\t28.6\t8.1",
        [
            (
                "地区生产总值",
                "actual",
                "全年",
                25.3,
                "亿元",
                "",
                None,
                None,
                None,
                "",
                None,
                {"date": "2020-12"},
            ),
            (
                "地区生产总值",
                "actual",
                "全年",
                28.6,
                "亿元",
                "",
                8.1,
                None,
                None,
                "",
                None,
                {"date": "2021-12"},
            ),
        ],
    ),
    "r240": (
        "全年累计完成招商引资到位资金1亿2千万元。",
        [("招商引资到位资金", "actual", "全年", 12000, "万元", "", None, None, None, "", None)],
    ),
}


def half_of(text_id: str) -> str:
    """'first' or 'second': the first byte of sha256('report-3:' + id), even or odd."""
    digest = hashlib.sha256(f"report-3:{text_id}".encode()).digest()
    return "first" if digest[0] % 2 == 0 else "second"


TEXTS = {tid: text for tid, (text, _) in _CASES.items()}
HALF = {tid: half_of(tid) for tid in _CASES}


def _expected(tid: str, row: tuple) -> Expected:
    return Expected(tid, HALF[tid], *row[:11])


def _extra(row: tuple) -> dict:
    return row[11] if len(row) > 11 else {}


EXPECTED = [
    _expected(tid, row)
    for tid, (_, rows) in _CASES.items()
    for row in rows
    if "miss" not in _extra(row)
]
# rows a careful reader reads that the extractor is known to miss, with why (not in EXPECTED)
MISSED_ROWS = {
    (tid, _expected(tid, row)): _extra(row)["miss"]
    for tid, (_, rows) in _CASES.items()
    for row in rows
    if "miss" in _extra(row)
}
# texts written to hold no figure: whatever is read there is a false figure
EMPTY = [tid for tid, (_, rows) in _CASES.items() if not rows]
# fields besides the scored ones a matched row must carry: (text id, expected row) -> fields
MUST_CARRY = {
    (tid, _expected(tid, row)): _extra(row)
    for tid, (_, rows) in _CASES.items()
    for row in rows
    if _extra(row) and "miss" not in _extra(row)
}
# texts whose right reading is out of reach for now, with why: scored apart, and pinned as
# misses by tests/test_report_sentences.py (what is read there instead is a drop, not a
# wrong figure, unless the reason says otherwise)
KNOWN_MISSES: dict[str, str] = {
    "r199": (
        "年末…规上工业企业达到42家 is the stock at the end of December (12月, stock); it is read"
        " as 全年 (value and unit right), the composed corpus's reading of a year-end count"
        " (text 280: 截至2022年末，全镇共有规上工业企业52家 → 全年), which a 12月 reading would break"
    ),
}
