"""What a number is in its sentence: a level of an indicator, a growth rate, a share of a plan
or budget, a share of a whole, a stated target's value, last year's figure, a percentage-point
comparison or 序时进度 (the last four are never figures of their own); and what it attaches to.

Everything works on the normalised text (see ``numbers.normalise``) by offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from forecast.extract.clauses import SEGMENT_END, segment_start
from forecast.extract.numbers import UNIT_RE, Quantity, is_percent_points
from forecast.extract.periods import find_periods

_RATE_UNITS = ("%", "")
_FILLER = r"(?:为|达到|达|是|了|完成|实现|保持|在)"
_APPROX = r"(?:约为|约|近|超过|超|逾|突破|接近|不足)"

# left contexts, anchored at the number
GROWTH = re.compile(
    r"(?P<kw>同口径下降|同口径增长|负增长|同比增长|同比下降|同比减少|比增|增长幅度|增长速度|增长率|"
    r"增速|增幅|涨幅|降幅|增长|增加|上升|上涨|回升|提高|提升|下降|下跌|降低|减少|下滑|回落|持平|同比"
    r"|翻了?[一两二三]番)"
    rf"(?:的?(?:预期)?目标值?|预期)?\s*(?:分别)?\s*{_FILLER}?\s*{_APPROX}?\s*(?P<neg>负)?\s*$"
)
NEGATIVE = (
    "同口径下降", "负增长", "同比下降", "同比减少", "降幅", "下降", "下跌", "降低", "减少", "下滑",
    "回落",
)  # fmt: skip
# 增速回落至5.1%, 增长由…提高到8.2%, 降幅收窄至3.2%: a rate as it stands after a change
RATE_NOW = re.compile(
    r"(?P<kw>增速|增幅|增长率|增长速度|增长|降幅|跌幅)(?:(?:由|较|比)[^,;。]{0,14}?)?"
    # 降幅比上半年收窄3.1个百分点，降至-2.3%: over a clause of points to the rate now
    r"(?:[^,;。]{0,16}?个?百分点\s*,\s*)?[^,;。\d%]{0,6}?"
    r"(?:回落|提高|提升|上升|下降|回升|加快|放缓|收窄|扩大|降|升)(?:至|到)\s*"
    rf"{_APPROX}?\s*(?P<neg>负)?\s*$"
)
_RATE_BEFORE = re.compile(r"由[^,;。%]{0,12}?的?\s*$")
RATE_WORDS = ("增速", "增幅", "增长率", "增长幅度", "增长速度")
# what a share is taken of: 年计划, 全年目标任务, 年初预算, 年度计划投资 (not 一般公共预算收入,
# a whole)
_PLAN = (
    r"(?:(?!一般公共)[^,;:、。的]{0,8}?(?:计划|任务|目标|预算)"
    r"(?:任务|数|值|投资|收入|支出|总额|总量)?"
    r"|(?:全年|年度|半年)(?=\s*的))"  # 完成5720万元，占全年的52%: of the year's task
)
_AMOUNT = rf"[\d.,]+\s*(?:万|亿)?\s*(?:{UNIT_RE})?(?:以上)?"
TARGET_SHARE = re.compile(
    rf"(?:(?P<verb>占|为|完成|达到|达|是)(?P<what>{_PLAN})"
    rf"\s*(?P<t>[(\[]?\s*{_AMOUNT}\s*[)\]]?)?\s*的\s*(?:比例|比重)?"
    rf"|(?P<rate>(?:预算|计划|年度|目标|任务)?(?:完成率|完成进度)))"
    rf"\s*(?:分别)?\s*{_FILLER}?\s*{_APPROX}?\s*$"
)
# 1-6月完成3620万元，完成51.7%: a bare 完成 after a figure is its progress against the plan
DONE_SHARE = re.compile(r"(?<=[,;:、])\s*(?P<verb>完成)了?\s*$")
TARGET_VALUE = re.compile(rf"(?:占|为|完成|达到|达|是){_PLAN}\s*[(\[]?\s*$")
STRUCTURE = re.compile(
    rf"(?:(?P<verb>占)(?P<whole>比|[^,;:、。]{{1,16}}?(?:的\s*)?(?:比重|比例|份额)?)?|(?P<bare>比重|占比))"
    rf"\s*(?:分别)?\s*{_FILLER}?\s*{_APPROX}?\s*$"
)
# what a rate is over when it is not the same period of last year: the month or quarter
# before (环比, 比上月), an average over years (年均, 两年平均); 比年初 of a stock is kept
# as its growth (the corpus reads it so; a stock never reaches the actuals)
_NOT_OVER_LAST_YEAR = re.compile(
    r"(?:环比|年均|平均|(?:比|较)\s*(?:上个?月|上一个?月|前一个?月|上季度?|上一季度|上旬))\s*$"
)
PROGRESS = re.compile(
    r"(?:序时|时间)进度\s*(?:的)?\s*(?:为|是|达|达到)?\s*$"
)  # (完成)序时进度的104.6%
PREVIOUS = re.compile(
    r"(?:比|较|同)?(?:上年|去年|上年同期|去年同期|同期)(?:的)?(?:基数|数值|数)?(?:的|为|是)?\s*$"
)
INCREMENT = re.compile(
    r"(?:比|较)[^,;。]{0,18}?(?:增加|减少|增长|下降|新增|净增|净减|增收|减收|多收|少收|多|少"
    r"|提高|降低|上升|扩大|缩小)[^\d,;。]{0,2}$"
    # …13560元，人均增加1120元: a clause that opens with the change, after the level
    r"|(?:^|[,;])\s*(?:人均|户均|同比|共计|共|累计)?\s*(?:增加|减少|增收|减收|多增|少增|净增|净减)"
    r"了?\s*$"
)

FORECAST = re.compile(
    r"预计|预测|预期(?!目标)|有望|可望|估计"
    r"|将(?!近)(?=[^,;。]{0,6}?(?:完成|实现|达到|达|突破|超过|增长|新增))"
)
TARGET = re.compile(
    r"(?<!完成)(?<!各项)(?:目标|任务|计划)(?![^,;。]{0,4}完成(?:率|进度|情况))"
    r"(?=[为是:\s]|[^,;。的]{0,12}?\d(?![\d.]*\s*个?百分点))"
    r"|计划(?=完成|实现|新增|投资|实施|建设|引进|开工|签约|招引|培育|发展|到|在|于|今年|明年|全年|年内)"
    r"|力争|确保|争取(?=实现|完成|达到|突破|新增|全年|年内|在|到)|努力实现"
    r"|(?<![的过同])努力(?![下])"  # not 经过…的努力, 通过努力, 共同努力下: done
    r"|需要?(?=完成|实现|达到)|(?<![需主重])要(?=完成|实现|达到|新增|突破|引进|确保)"
    r"|(?:必须|务必)(?=完成|实现|达到|新增|突破|确保|在)"
    r"|拟(?=实施|出让|引进|新建|建设|投资|完成|新增)"
)
ACTUAL = re.compile(r"已经|已|目前|截至|截止|实际")
SHARE_PREFIX = re.compile(
    rf"(?:占|为|完成|达到|达|是){_PLAN}\s*(?:[(\[]?\s*{_AMOUNT}\s*[)\]]?)?\s*的"
)

_LEAD = re.compile(
    r"^(?:其中|但|而|的|围绕|(?:上级|(?:区|县|市)上?)?下达(?:给)?|各(?:乡镇|镇|乡|村|部门|单位)|必须|务必|要(?=确保|力争|完成|实现|达到|争取)|(?:还|仍|尚)?需要?(?=完成|实现|达到)|全镇|全区|全县|全市|全省|我镇|本镇|截至目前|截止目前|目前|共计|共有|拥有|共|有|累计|为|是|合计|总计|预计|预测|力争|确保|争取|努力实现|"
    r"上年同期|去年同期|上年|去年|"
    r"努力|目标任务|目标|任务|计划|全年|年内|今年|已经|已|目前|实际|完成了|完成|实现了|实现|"
    r"同比|分别|并|且|和|及|与|另外|此外|其他|以及|达到|达)+"
)
_TAIL = re.compile(
    r"(?:(?:提高|提升|上升|下降|降低|增加|增长)(?:到|至)|完成了|完成|实现了|实现|达到了|达到|达|可达到|可达|有望达到|为|是|共计|共|累计|合计|总计|(?<![签履节预制契条])(?<!(?<!折)合)约为?|"
    r"(?<![最附将接])近|将近|大约|超过|超出|(?<![赶高])超|不少于|不低于|"
    r"逾|突破|不足|接近|分别为|分别|完成率|完成进度|必须|务必|(?<![主重需纲])要|(?<=..)(?<![许认])可|(?<=..)(?:目标任务|目标|任务数)|同比增长|同比下降|同比|比增|增长|下降|比上年同期|比上年|"
    r"比去年同期|上年同期|在|的|现已|已经|已|仅有|仅|只有|控制在|预计|预测|有望|将|力争|确保|争取|全年|年内|当月|本月|累计|由|较)+$"
)
_YEARS = re.compile(
    r"(?:比|较|与)?(?:上年|去年)?同(?:期|月)(?:相比|比较)?|(?:比|较)(?:上年末|上年|去年|年初)"
    r"|(?:比|较|与)?\s*(?:19|20)\d{2}\s*年(?:末|底|初|同期|同月)?(?:相比|比较)?|今年|本年"
)
_SECTION = re.compile(r"^(?:[(\[]?[一二三四五六七八九十\d]{1,3}[)\]、.]|[一二三四五六七八九十]是)+")
_NAMES_A_TARGET = re.compile(r"\s*(?:的\s*(?:目标任务|目标|任务|计划)|目标任务)")
_OVER_PLAN = re.compile(r"超(?:出|过)?(?:年初|年度|全年)?(?:预算|计划|目标|任务)\s*$")
_OF_BEFORE = re.compile(
    r"(?:同期|上年|去年|前年|(?:19|20)\d{2}\s*年)(?:水平)?的\s*$|(?:上年|去年)同期(?:为|是)\s*(?:增长|下降)?\s*$"
)
_THEN_OF = re.compile(r"\s*[)\]]?\s*的")
# 距年度目标还差3.2亿元, 收支缺口达8000万元, 还有1.1亿元的差距: what is left to do or
# missing, never a level
_GAP_BEFORE = re.compile(
    r"(?:[还尚仍相]差|距[^,;。]{0,12}?(?:差|[还尚仍]有)|差距|缺口|差额)"
    r"\s*(?:为|是|有|达到|达|约|近|超过|超)?\s*$"
)
_GAP_AFTER = re.compile(r"\s*(?:的)?\s*(?:差距|缺口|差额)")
# 居全区第2位，较上半年上升3位 / 前移2个位次: a move in a ranking, not a rate
_RANK_MOVE = re.compile(r"\s*个?(?:位次|名次|位|名)(?!额)")
# 是上年的1.3倍, 为去年同期的2倍: up 30%, up 100% over last year
TIMES_OF = re.compile(r"(?P<kw>是|为|相当于|达到)(?:上年|去年)(?:同期)?(?:水平)?的?\s*$")
# 有3个村集体经济收入超过50万元, 12个村超过10万元: the bar of a class counted, not a level
_THRESHOLD = re.compile(
    r"\d\s*(?:个|家|户|名)[^\d,;。]{1,16}?(?:超过|超|突破|高于|低于|不足|不到)\s*$"
)
_THRESHOLD_AT = re.compile(r"\d\s*(?:个|家|户|名)[^\d,;。]{1,16}?(?:达到|达|在)\s*$")
# 税收收入完成52.1%: an amount's progress against its target (not 完成率, 城镇化率…)
_DONE_PCT = re.compile(r"(?P<verb>完成)了?\s*$")
_RATE_NAME = re.compile(r"率|比重|占比|比例|增速|增幅|面|指数|覆盖")
_REVENUE_CHANGE = re.compile(r"(?:减收|多收|少收|超额|超收|短收)\s*(?:约|近|超过?|逾)?\s*$")
_QUALIFIER = re.compile(r"(?<=以上|以下)[\u4e00-\u9fff](?<!的)")
_CJK_NOT_OF = re.compile(r"[\u4e00-\u9fff](?<!的)(?<!大)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PUNCT = re.compile(r"[\s\"'“”‘’《》<>\[\]()*#`•·]+|^[-+]+")


@dataclass
class Event:
    """A number understood: ``role`` is level, growth, share, structure; ``phrase`` the
    indicator written in front of it ('' when it leans on the figure before)."""

    q: Quantity
    role: str
    phrase: str
    value: float
    target_value: float | None = None
    target_unit: str = ""
    group: int | None = None
    group_names: list[str] = field(default_factory=list)


def clean_phrase(text: str) -> str:
    """The indicator as written: without periods, years, section numbers, quotes, brackets,
    lead words (其中, 完成…) and tail words (完成, 达到, 同比增长…)."""
    for p in reversed(find_periods(text, 0, len(text))):
        text = text[: p.start] + " " + text[p.end :]
    text = _YEARS.sub(" ", text)
    text = _SECTION.sub("", text.strip())
    text = _PUNCT.sub("", text)
    text = re.sub(rf"[+-]?\d[\d,.]*\s*(?:万|亿)?(?:{UNIT_RE})?", "", text)
    previous = None
    while previous != text:
        previous = text
        text = _LEAD.sub("", text)
        text = _TAIL.sub("", text)
    return text.strip(SEGMENT_END + " ")


def mask_shares(norm: str, start: int, end: int) -> str:
    """The sentence with every 占…计划…的 / 为预算的 construct blanked, so that 目标, 任务 and
    全年 inside it neither make a figure a target nor set its period."""
    text = norm[start:end]
    return SHARE_PREFIX.sub(lambda m: " " * len(m.group()), text)


def classify(norm: str, sentence_start: int, q: Quantity) -> tuple[str, re.Match[str] | None]:
    """The role of the number ``q`` from what stands left of it (and just right of it)."""
    left = norm[sentence_start : q.start]
    if is_percent_points(norm, q) or (q.unit in _RATE_UNITS and PROGRESS.search(left)):
        return "skip", None
    if q.range_end and q.unit in _RATE_UNITS:
        return "skip", None  # 增长15%-20%: a rate's range is read at its low end
    if _GAP_BEFORE.search(left) or (q.unit and _GAP_AFTER.match(norm, q.end)):
        return "skip", None  # a gap to a target: what is left to do, not a level
    if q.unit in ("", "个") and _RANK_MOVE.match(norm, q.end - len(q.unit)):
        return "skip", None  # 上升3位: places in a ranking
    if not q.unit and norm.startswith("倍", q.end) and (times := TIMES_OF.search(left)):
        return "growth", times  # 是上年的1.3倍: up 30%
    if q.unit not in _RATE_UNITS and PREVIOUS.search(left):
        return "skip", None
    if q.unit == "%" and (_OF_BEFORE.search(left) or _OVER_PLAN.search(left)):
        return "skip", None  # 恢复到2019年同期的96%: a level against another year's
    right = norm[q.end : q.end + 3]
    if q.unit not in ("",) and _THEN_OF.match(right) and TARGET_VALUE.search(left):
        return "target_value", None
    if q.unit and _NAMES_A_TARGET.match(norm, q.end):
        return "target_value", None  # 超额完成区下达的1.2亿元目标任务: a target named in passing
    if q.unit in _RATE_UNITS and _RATE_BEFORE.search(left):
        return "skip", None  # 由1-5月的6.1%提高到8.2%: the rate it changed from
    if q.unit in _RATE_UNITS and (now := RATE_NOW.search(left)):
        return "growth", now  # 增速回落至5.1%, 降幅收窄至3.2%: the rate it is now
    if q.unit in _RATE_UNITS:
        for role, pattern in (
            ("share", TARGET_SHARE),
            ("share", DONE_SHARE),
            ("structure", STRUCTURE),
            ("growth", GROWTH),
        ):
            m = pattern.search(left)
            if m and role == "growth" and _NOT_OVER_LAST_YEAR.search(left, 0, m.start("kw")):
                return "skip", None  # 环比, 年均增长, 比上月: not growth over last year
            if m and (q.unit == "%" or role == "growth" or role == "share"):
                if role == "structure" and m.group("verb") and TARGET_SHARE.search(left + "的"):
                    continue
                return role, m
        if q.unit == "%":
            done = _DONE_PCT.search(left)
            if done and not _RATE_NAME.search(
                left, segment_start(norm, sentence_start, q.start) - sentence_start
            ):
                return "share", done  # 税收收入完成52.1%: of its target, not a level in %
            return "level", None
        # a bare 万/亿 amount (救济资金45万) is a figure; 1.8万头 (an unknown unit) is not
        bare = _has_magnitude(norm, q) and not _CJK.match(norm, q.end)
        return ("level", None) if bare else ("skip", None)
    if (
        INCREMENT.search(left)
        or _QUALIFIER.match(norm, q.end)
        or _REVENUE_CHANGE.search(left)
        or (left.endswith("超") and _CJK_NOT_OF.match(norm, q.end))  # 超5000万元企业18家
        or _THRESHOLD.search(norm, segment_start(norm, sentence_start, q.start), q.start)
        or (
            _THRESHOLD_AT.search(norm, segment_start(norm, sentence_start, q.start), q.start)
            and norm[q.start : q.end].endswith(("以上", "以下"))
        )
    ):
        return "skip", None  # 比年初增加2.1亿元; 5亿元以上项目2个 (a class of projects)
    return "level", None


def _has_magnitude(norm: str, q: Quantity) -> bool:
    return any(c in "万亿" for c in norm[q.num_start : q.end])


def phrase_before(norm: str, sentence_start: int, upto: int, floor: int) -> str:
    """The indicator written in the segment ending at ``upto`` (not before ``floor``; inside
    quotation marks opened in it, from the mark: 人代会提出“全年新增市场主体600户)."""
    start = max(segment_start(norm, sentence_start, upto), floor)
    opened = max(norm.rfind(c, start, upto) for c in "“「『")
    if opened >= 0 and not any(c in norm[opened:upto] for c in "”」』"):
        start = opened + 1
    return clean_phrase(norm[start:upto])


def role_phrase(norm: str, sentence_start: int, q: Quantity, role: str, m, floor: int) -> str:
    """The indicator a growth rate or share names itself ('' when it leans on the figure
    before: ``,同比增长8%``)."""
    if m is None:
        return phrase_before(norm, sentence_start, q.start, floor)
    if role == "growth":
        kw_start = sentence_start + m.start("kw")
        # 降幅比上半年收窄3.1个百分点，降至-2.3%: the points read between are the rate's own
        own = phrase_before(norm, sentence_start, kw_start, floor if floor <= kw_start else 0)
        if own and m.group("kw") in RATE_WORDS:
            return own + m.group("kw")
        return own
    return phrase_before(norm, sentence_start, sentence_start + m.start(), floor)


def growth_value(m: re.Match[str], q: Quantity) -> float:
    if m.group("kw") in NEGATIVE or m.groupdict().get("neg"):
        return -abs(q.value)  # 下降3.2%, 降幅3.2%, 增速为负3.2%
    return q.value


# 围绕年内完成86户251人脱贫任务: a target only up to its 任务
TARGET_SPAN = re.compile(r"围绕[^,;。]{0,40}?(?:任务|目标)")


# 剩余18户45人计划年内全部脱贫: a plan written after its figures
PLAN_AFTER = re.compile(r"[^,;。]{0,8}?(?:计划|力争|确保|争取)在?(?:年内|年底前?|今年内?|全年)")


def kind_at(masked: str, upto: int) -> tuple[str | None, int]:
    """The last forecast/target/actual marker in ``masked[:upto]``: (kind, where it ends)."""
    best: tuple[str | None, int, int] = (None, -1, -1)
    for kind, pattern in (("forecast", FORECAST), ("target", TARGET), ("actual", ACTUAL)):
        for m in pattern.finditer(masked):  # lookaheads may see past upto (目标固投5.5亿元)
            if best[1] < m.start() < upto:
                best = (kind, m.start(), m.end())
    for m in TARGET_SPAN.finditer(masked):
        if best[1] < m.start() < upto <= m.end():
            best = ("target", m.start(), m.start() + 2)
    return best[0], best[2]


def split_names(text: str) -> list[str]:
    """a、b和c → [a, b, c] (names before 分别); 存款、贷款余额 → 存款余额, 贷款余额."""
    names = [clean_phrase(p) for p in re.split(r"、|和|及|与|,", text) if clean_phrase(p)]
    if len(names) > 1 and names[-1].endswith("余额"):
        names = [n if n.endswith("余额") else n + "余额" for n in names]
    return names


LIST_GAP = re.compile(r"^\s*(?:、|和|及|与|,)\s*(?:约|近|超过|超|逾)?\s*$")
