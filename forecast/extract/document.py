"""Reading a whole text: paragraphs, sentences, the figures in each, and what carries from one
sentence to the next (the period, the year, one 预计 governing a list of clauses)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from forecast.extract import patterns as pt
from forecast.extract.clauses import Span, paragraphs, segment_start, sentences
from forecast.extract.numbers import Quantity, is_percent_points, normalise, quantities
from forecast.extract.periods import Period, compared_years, find_periods, years, ytd
from forecast.extract.rows import Extraction, Note, Row
from forecast.extract.tables import is_table_line, table_rows

_GENERIC = re.compile(r"(?:总量|总额|总计|合计|规模|金额|总数|数额)?")  # or no name at all
_COMPARED = re.compile(r"(?:比|较|高于|低于|快于|慢于)\s*(?:上年|去年|前年|上月|同期)?\s*$")
_STOCK = re.compile(r"余额|存量|保有量|户籍|常住|总人口|在册|年末|月末")
_ENUMERATOR = re.compile(
    r"\s*(?:[(\[]?[一二三四五六七八九十\d]{1,2}[)\]、.]|[一二三四五六七八九十]是)\s*"
)
_LIMIT = re.compile(r"控制在\s*$")
_NOW = re.compile(r"目前|现已|已经|已|截至|截止")
# a sentence about last year (上年同期，…; 去年全镇…; not 去年以来, since then)
_LAST_YEAR = re.compile(r"\s*(?:上年|去年)(?!\s*(?:以来|[底末]以来|同期(?:相比|比较)))")
_LAST_YEAR_CLAUSE = re.compile(
    r"\s*(?:而|但|其中)?\s*(?:上年|去年)(?:同期|全年)?(?:全镇)?(?:仅|只|才|共计|累计|也)?"
    r"(?:完成|实现|为|是|共|达到|达)"
)
_STARTS_ANEW = re.compile(
    r"^\s*(?:[(\[]?[一二三四五六七八九十\d]+[)\]、.])?\s*(?:截至|截止|已|目前)"
)

Lookup = Callable[[str], str]


@dataclass
class _Context:
    year: int | None
    period: Period | None
    kind: str | None = None  # a 预计/目标 governing the next sentence (after a ；)
    kind_period: Period | None = None  # the period of the figures it governed
    heading_kind: str | None = None  # the kind the heading above the paragraph names
    heading_done: bool = False  # the heading above names what was done (主要指标完成情况)
    local: bool = False  # the period was written in this paragraph
    others: re.Pattern[str] | None = None  # 全县/全市…: larger places than the one reporting
    own: frozenset[str] = frozenset()  # the names the reporting place goes by (沿滩镇)
    last_name: str = ""  # the name of figures not read (last year's) in a sentence before
    label: str = ""  # 一是固定资产投资。: the name a list item gives the figures after it
    label_count: int = -1  # how many figures the paragraph held when the label was read


@dataclass
class _Draft:
    """A row being built (mutable until the sentence is read)."""

    phrase: str
    kind: str
    period: Period | None
    year: int | None
    value: float | None
    unit: str
    approx: str
    sentence: Span
    growth: float | None = None
    share: float | None = None
    target_value: float | None = None
    target_unit: str = ""
    structure: float | None = None
    standalone: str = ""  # growth, share, structure: a row with no level of its own
    at: int = -1  # where its number stands (a level's)


def extract_text(text: str, lookup: Lookup, year: int | None = None) -> Extraction:
    """Every figure of ``text`` as rows, in the order written."""
    norm = normalise(text)
    # the year of the text: one named before its first figure (其中2020年结转项目… after
    # the first figure does not date the text), else the year given
    first = next((q for q in quantities(norm, 0, len(norm)) if q.unit), None)
    found = years(norm, 0, first.start if first else len(norm))
    doc_year = found[0][1] if found else year
    doc_period: Period | None = None
    doc_kind: str | None = None  # 三、明年主要目标: what the lines under a heading are
    doc_done = False  # 二、主要指标完成情况: the lines under it are the period's, done
    others = _larger_places(norm)
    own = _own_names(norm)
    rows: list[Row] = []
    notes: list[Note] = []
    block: list[Span] = []
    in_force: Period | None = None  # the last year-to-date or month period read: a table's
    for para in [*paragraphs(norm), None]:
        if para is not None and is_table_line(norm, para):
            block.append(para)
            continue
        if block:  # a table ends: its rows are figures of the period in force
            last = in_force.last if in_force else None
            rows += table_rows(norm, text, block, lookup, doc_year, last)
            block = []
        if para is None:
            break
        ctx = _Context(doc_year, doc_period, heading_kind=doc_kind, others=others, own=own)
        ctx.heading_done = doc_done
        drafts: list[_Draft] = []
        for sent in sentences(norm, para.start, para.end):
            drafts += _sentence(norm, sent, ctx, drafts)
        if not drafts and _is_heading(norm[para.start : para.end]):
            # a heading: its period holds for what follows (2020年1-5月经济运行情况)
            heads = find_periods(norm, para.start, para.end)
            if heads and heads[-1].last:
                doc_period = heads[-1]
                if doc_period.basis == "month" and not doc_period.month_end:
                    # 2021年9月全镇主要经济指标: a month report's title names the month it is
                    # of, not whether the figures below are the month's or the year's to it
                    doc_period = dataclasses.replace(doc_period, text="", basis="")
            ys = years(norm, para.start, para.end)
            doc_year = ys[-1][1] if ys else doc_year
            doc_kind = _heading_kind(norm[para.start : para.end])
            doc_done = doc_kind is None and bool(_HEADING_DONE.search(norm[para.start : para.end]))
        dated = [d.period for d in drafts if d.period and d.period.basis in ("ytd", "month")]
        if dated or (not drafts and find_periods(norm, para.start, para.end)):
            in_force = dated[-1] if dated else doc_period
        for d in drafts:
            rows.append(_row(d, text, lookup))
            if d.period is not None and d.period.basis == "span":
                span = d.period
                written = re.sub('[“”"]', "", text[span.start : span.end])
                notes.append(Note("multi_year", span.start, span.end, written))
            if d.period is not None and d.period.day:
                notes.append(
                    Note(
                        "cutoff_day",
                        d.period.start,
                        d.period.end,
                        text[d.period.start : d.period.end],
                    )
                )
    if not rows:
        notes.append(Note("no_figures"))
    return Extraction(tuple(rows), tuple(dict.fromkeys(notes)), text)


def _is_heading(line: str) -> bool:
    """A short line that does not end a sentence (一、1-5月主要指标; 2021年1-4月统计快报)."""
    return len(line.strip()) <= 40 and line.rstrip()[-1:] not in "。;!?"


_HEADING_FORECAST = re.compile(r"预计|预测")
_HEADING_TARGET = re.compile(r"目标|任务|计划|打算")
_HEADING_DONE = re.compile(r"完成|实现|超额|情况|进度|成效")  # 超额完成各项目标任务: done


def _heading_kind(line: str) -> str | None:
    """三、明年主要目标 → target; 二、全年预计完成情况 → forecast; 一、目标任务完成情况 → none."""
    if _HEADING_FORECAST.search(line):
        return "forecast"
    if _HEADING_TARGET.search(line) and not _HEADING_DONE.search(line):
        return "target"
    return None


def _date(year: int | None, last: int | None) -> str:
    return f"{year:04d}-{last:02d}" if year and last else ""


Group = tuple[int, list[str], int, list[int]]


def _groups(norm: str, sent: Span, qs: list[Quantity]) -> dict[int, Group]:
    """分别 lists: index of each quantity in a list → (group id, names written before 分别,
    its size, the years named before 分别: 2019年、2020年分别完成…); a unit written once at
    the end of the list is given to every member."""
    groups: dict[int, Group] = {}
    for m in re.finditer("分别", norm[sent.start : sent.end]):
        at = sent.start + m.start()
        first = next((i for i, q in enumerate(qs) if q.start > at), None)
        if first is None or first in groups:
            continue
        members = [first]
        while members[-1] + 1 < len(qs) and pt.LIST_GAP.match(
            norm[qs[members[-1]].end : qs[members[-1] + 1].start]
        ):
            members.append(members[-1] + 1)
        lead = norm[sent.start : at]
        cut = max(lead.rfind(c) for c in ",;:")
        before = [q.end for q in qs if q.end <= at]
        start = max(cut + 1, (before[-1] - sent.start) if before else 0)
        names = pt.split_names(lead[start:])
        if len(members) == 2 and len(names) == 1 and names[0].startswith("城乡居民"):
            # 城乡居民人均可支配收入分别达到3.86万元和1.92万元: town, then country
            rest = names[0][len("城乡居民") :]
            names = ["城镇居民" + rest, "农村居民" + rest]
        named = [y for p, y in years(norm, sent.start, at) if not _SINCE.match(norm, p + 5)]
        unit = qs[members[-1]].unit
        for i in members:
            if not qs[i].unit and unit:
                qs[i] = dataclasses.replace(qs[i], unit=unit)
            groups[i] = (first, names, len(members), named if len(named) > 1 else [])
    return groups


def _sentence(norm: str, sent: Span, ctx: _Context, before: list[_Draft]) -> list[_Draft]:
    qs = quantities(norm, sent.start, sent.end)
    masked = pt.mask_shares(norm, sent.start, sent.end)
    periods = [
        dataclasses.replace(p, start=p.start + sent.start, end=p.end + sent.start)
        for p in find_periods(masked, 0, len(masked))
        # 增速比上半年回落…, 增长由1-5月的6.1%提高到…: not the period in force
        if not _COMPARED.search(masked, 0, p.start)
        and not (p.basis in ("ytd", "month") and masked[: p.start].rstrip().endswith("由"))
    ]
    ys = years(norm, sent.start, sent.end)
    qs = [q for q in qs if not any(p.start <= q.num_start < p.end for p in periods)]
    # a governing 预计/目标 stops at a sentence that opens with a year to date or a month
    # (1-5月…, 三是5月份…) or with 截至/已/目前; 全年 goes on with it
    carried = ctx.kind
    first_text = norm[sent.start : sent.end]
    lead = _ENUMERATOR.match(first_text)
    opening = sent.start + (lead.end() if lead else 0)
    opens = periods and periods[0].start - opening < 3 and periods[0].basis in ("ytd", "month")
    if opens or _STARTS_ANEW.match(first_text):
        carried = None
    # 上年同期，全镇完成固定资产投资4.7亿元: last year's figures, up to where this year's
    # begin (…，今年1-6月完成5.1亿元); in a clause, 去年同期完成4930万元
    last_year_until = sent.start
    if _LAST_YEAR.match(norm, opening):
        back = _LAST_YEAR.match(norm, opening).end()
        now = [p.start for p in periods if p.start >= back]
        now += [m.start() for m in _THIS_YEAR.finditer(norm, back, sent.end)]
        now += [at for at, _ in ys if at >= back]
        last_year_until = min(now, default=sent.end)
    groups = _groups(norm, sent, qs)
    drafts: list[_Draft] = []
    pending_target: tuple[float, str] | None = None
    group_roles: dict[int, tuple[str, re.Match[str] | None]] = {}
    floor = sent.start
    skipped_name = ""  # the name of a change or a comparison read before any figure
    last_end = sent.start  # where the last figure read (not skipped) ends
    orphan = False  # a figure of another place was skipped: rates leaning on it are its
    unread: str | None = None  # the name of a figure in a unit not known, skipped
    for i, q in enumerate(qs):
        group = groups.get(i)
        if group is not None and group[0] != i:
            role, m = group_roles.get(group[0], ("skip", None))
        else:
            role, m = pt.classify(norm, sent.start, q)
            members = [qs[j] for j, g in groups.items() if g[0] == i]
            if any(is_percent_points(norm, x) for x in members):
                role, m = "skip", None  # 分别提高2.3和3.1个百分点
            if group is not None:
                group_roles[i] = (role, m)
        clause = segment_start(norm, sent.start, q.start)
        if q.start < last_year_until or (q.unit and _LAST_YEAR_CLAUSE.match(norm, clause)):
            role = "skip"
        opening = _with_bracket(norm, sent.start, clause)
        if role in ("level", "growth") and ctx.others and ctx.others.search(norm, opening, q.start):
            orphan = orphan or role == "level"
            role = "skip"  # 全县完成固定资产投资86亿元, in a town's report: the county's figure
        if role != "skip" and _peer_before(norm, sent.start, clause, q.start, ctx.own):
            orphan = orphan or role == "level"
            floor = q.end  # 仙市镇同期完成7.8亿元, 低于永安镇（8120万元）: another town's
            continue
        if role in ("growth", "share", "structure") and orphan:
            own = pt.role_phrase(norm, sent.start, q, role, m, floor)
            if not own and not _own_place(norm, clause, q.start, ctx):
                floor = q.end  # 全县完成86亿元，增长7%: the rate of the other place's figure
                continue
        if role == "level" and _AVERAGE.search(norm, clause, q.start):
            role = "skip"  # 月均完成872万元, 日均接待2870人次: an average, not the period's total
        if role == "skip" and not q.unit and _UNKNOWN_UNIT.match(norm, q.end):
            # 生猪出栏2.1万头，下降5.6%: the rate stands alone, under the figure's name
            unread = pt.phrase_before(norm, sent.start, q.start, floor)
        if role == "skip":
            if q.unit and not drafts:  # 贷款余额较上年末增加1.6亿元，达到19.8亿元: its name
                name = pt.phrase_before(norm, sent.start, q.start, floor)
                skipped_name = _CHANGE_WORD.sub("", name) or skipped_name
            floor = q.end if q.unit else floor
            continue
        kind, marked = pt.kind_at(masked, q.start - sent.start)
        if role == "target_value" and not (
            kind == "target"
            and segment_start(norm, sent.start, q.start) <= sent.start + marked
            and not _THEN_SHARE.match(norm, q.end)
        ):
            pending_target = (q.value, q.unit)
            floor = q.end
            continue
        # 确保完成12亿元的目标任务: the target stated, a figure of its own (not one in passing)
        role = "level" if role == "target_value" else role
        period = _period_at(periods, q.start, kind or carried or ctx.heading_kind or "", ctx)
        if (
            kind == "actual"
            and period in periods
            and period.basis == "annual"
            and _NOW.search(masked, period.end - sent.start, q.start - sent.start)
        ):
            period = ctx.period  # 全年计划…，目前已完成造林860亩: not the plan's 全年
        kind = kind or carried or ctx.heading_kind or "actual"
        if kind != "target" and _in_quoted_goal(norm, sent, q):
            # 人代会提出“全年新增市场主体600户、引进项目10个”的目标: the goal quoted
            kind, period = "target", _period_at(periods, q.start, "target", ctx)
        if kind == "forecast" and _earlier_period_of_its_own(
            periods, period, sent.start + marked, clause
        ):
            kind = "actual"  # 预计全年实现25亿元，1-6月实现12.6亿元: what is done to date
        if (
            kind == "target"
            and masked[max(0, marked - 2) : marked] in ("计划", "目标", "任务")
            and sent.start + marked < clause
            and re.search(r"\d", norm[sent.start + marked : clause])  # the plan's own figure
            and _DONE.match(norm, clause)
        ):
            # 年度计划投资12亿元，完成投资6.5亿元: the plan is a figure of its own clause;
            # 完成 in the next one is what was done (in the period to date, not the plan's)
            kind = "actual"
            if period is not None and period.basis == "annual":
                period = _to_date(periods, period, ctx)
        if (
            kind == "actual"
            and period in periods
            and _SO_FAR.fullmatch(norm, period.start, period.end)
            and segment_start(norm, sent.start, q.start) <= period.start
        ):
            # 截至8月底，…年内累计完成245户: done this year so far, not the whole year
            period = _to_date(periods, period, ctx) or period
        if kind == "actual" and pt.PLAN_AFTER.match(norm, q.end):
            kind, period = "target", Period(q.start, q.start, "全年", 12, "annual")
        if (
            kind == "target"
            and period in periods
            and period.basis in ("ytd", "month")
            and period.start - sent.start > marked + 2
        ):
            kind = "actual"  # 全年计划投资12亿元，1-5月完成5.1亿元: a period after the plan
        year = next((y for at, y in reversed(ys) if at < q.start), ctx.year)
        now = [m.start() for m in _THIS_YEAR.finditer(norm, sent.start, q.start)]
        if now and not any(now[-1] < at < q.start for at, _ in ys):
            year = _this_year(year, [*before, *drafts])
        if group is not None and group[3]:  # 2019年、2020年分别完成9.6亿元、10.3亿元
            if len(group[3]) != group[2]:
                floor = q.end
                continue  # years and figures that do not pair up: no year known for sure
            year = group[3][i - group[0]]
        if role == "growth" and m is not None and m.re is pt.TIMES_OF and not period:
            floor = q.end
            continue  # 国庆假期…是去年同期的1.3倍: a multiple of a span not known
        if role == "growth" and _over_another_year(norm, floor, q.start, year):
            floor = q.end
            continue  # 比2019年同期增长15%, read in 2021: not the growth over last year
        names = group[1] if group else []
        position = (i - group[0]) if group else 0
        if (
            role == "level"
            and q.unit == "%"
            and drafts
            and drafts[-1].standalone == "growth"
            and not pt.phrase_before(norm, sent.start, q.start, floor)
        ):
            role, m = "growth", None  # 增长8.5%左右，力争达到9%: a rate, not a level in %
        if (
            role == "level"
            and q.unit == "%"
            and drafts
            and not drafts[-1].standalone
            and drafts[-1].growth is None
            and _RATE_WORD.search(norm, last_end, q.start)
            and not pt.phrase_before(norm, sent.start, q.start, floor)
        ):
            # 19.6亿元，增速较一季度提高2.3个百分点，…，达到8.2%: the rate, not a level in %
            role, m = "growth", None
        if role == "level":
            phrase = pt.phrase_before(norm, sent.start, q.start, floor)
            if group and len(names) > position:
                phrase = names[position]
            elif group and not names and not phrase:
                # 新增市场主体600户、引进项目10个…，目前已分别完成418户和7个: each figure of
                # a list with no names of its own is of the figure at its place before it
                phrase = _paired_name(qs, group, i, [*before, *drafts]) or phrase
            if q.range_end and drafts and drafts[-1].value is not None:
                phrase = drafts[-1].phrase  # 1500万元至2000万元: the high end of the same figure
            if not phrase:
                # the figure before in this sentence; else a name written after the number
                # (完成5户拆迁困难户的签约); else the figure of the sentence before
                after = "" if drafts or skipped_name else _after(norm, q, sent)
                label = "" if drafts else _label(norm, sent, q.start)
                phrase = drafts[-1].phrase if drafts else (label or skipped_name or after)
                if after and kind == "actual" and _TASK_NAME.search(after):
                    # 将432人省级预脱贫任务细化到村: the size of a task, not work done
                    kind, period = "target", _period_at(periods, q.start, "target", ctx)
                if not phrase and ctx.label and ctx.label_count == len(before):
                    phrase = ctx.label  # 二是税收收入。1-9月完成7230万元
                phrase = phrase or (before[-1].phrase if before else ctx.last_name)
            phrase = _without_own(phrase, ctx.own)
            if drafts and drafts[-1].phrase == phrase and _LIMIT.search(norm, floor, q.start):
                kind = "target"  # 失业率2.8%，控制在4%以内: the limit the figure is kept under
            drafts.append(
                _Draft(phrase, kind, period, year, q.value, q.unit, q.approx, sent, at=q.start)
            )
            orphan, unread = False, None
        else:
            phrase = pt.role_phrase(norm, sent.start, q, role, m, floor)
            if role == "growth" and m is None:
                phrase = phrase or drafts[-1].phrase  # the rate before's indicator
            if group and len(names) > position and len(names) > 1:
                phrase = names[position]
            value = pt.growth_value(m, q) if role == "growth" and m else q.value
            if role == "growth" and not q.unit and norm.startswith("倍", q.end):
                # 增长1.5倍: up 150%; 是上年的1.3倍: up 30%
                value = round((value - 1) * 100, 9) if m and m.re is pt.TIMES_OF else value * 100
            target = pending_target if role == "share" else None
            pending_target = None if role == "share" else pending_target
            phrase = _without_own(phrase, ctx.own)
            if unread is not None and role == "growth" and not phrase:
                phrase, owner = unread, None
            else:
                owner = _owner(drafts, before, phrase, role, group, position)
                if not phrase and role in ("growth", "share") and drafts:
                    owner = _outside_brackets(norm, drafts, q.start, role) or owner
            unread = None
            if owner is None:
                # 全市地区生产总值增长8%，我镇增长9.2%: the name of the place's figure skipped
                phrase = phrase or ("" if drafts else _label(norm, sent, q.start) or skipped_name)
                if not phrase and drafts and any(last_end <= p.start < q.start for p in periods):
                    # …增长8.9%，其中9月当月增长12.1%: the same indicator, another period
                    phrase = drafts[-1].phrase
                owner = _Draft(
                    phrase,
                    "structure" if role == "structure" else kind,
                    period,
                    year,
                    None,
                    "",
                    "",
                    sent,
                    standalone=role,
                )
                drafts.append(owner)
            _attach(owner, role, value, target)
        floor = last_end = q.end
    drafts = _merge_growth_before_level(drafts)
    # what governs the next sentence: a 预计/目标 that governs this one from before its first
    # figure (预计全年完成…；…), in a sentence closed by ；or ：— not one that comes after an
    # actual figure (1-8月完成8.3亿元，预计1-9月完成9.4亿元；…)
    last_kind, _ = pt.kind_at(masked, len(masked))
    governing = last_kind or carried
    if drafts and drafts[0].kind != governing:
        governing = None
    ctx.kind = governing if sent.ends_with in (";", ":") and governing != "actual" else None
    ctx.kind_period = drafts[0].period if ctx.kind and drafts else ctx.kind_period
    # the period in force for the sentences after: one this sentence's actual figures used,
    # one that opens it, or a year to date named where there is no figure (not 预计9月开工, a
    # month in passing; not the period of a forecast)
    used = [
        d.period
        for d in drafts
        if d.kind == "actual" and d.period in periods and d.period.basis not in ("", "span")
    ]
    usable = used or [
        p
        for p in periods
        if p.last
        and p.basis
        and (p.start - sent.start < 3 or (p.basis == "ytd" and not drafts))
        # not the 年内 of 力争年内实施…: a plan's time is not the period of what is done
        and pt.kind_at(masked, p.start - sent.start + 1)[0] not in ("target", "forecast")
    ]
    if usable:
        ctx.period, ctx.local = usable[-1], True
    if skipped_name and not drafts:
        ctx.last_name = skipped_name
    if not qs and (label := _item_label(first_text)):
        ctx.label, ctx.label_count = label, len(before)
        if _heading_kind(first_text) == "target":
            ctx.heading_kind = "target"  # （一）主要目标。地区生产总值增长7.5%；…
    if ys:
        ctx.year = ys[-1][1]
    now = [m.start() for m in _THIS_YEAR.finditer(norm, sent.start, sent.end)]
    if now and (not ys or now[-1] > ys[-1][0]):
        ctx.year = _this_year(ctx.year, [*before, *drafts])
    return drafts


_THIS_YEAR = re.compile(r"今年|本年")


# places by size: a report is about the one it calls 全X/我X/本X most often; figures of a
# larger one it names (全区平均增长7.2%, 全县完成86亿元) are that place's, not its own
_PLACES = ("村", "镇|乡|街道", "区|县", "市|州", "省", "国")


def _larger_places(norm: str) -> re.Pattern[str] | None:
    """A pattern of the places larger than the one reporting (None when none is named)."""
    counts = [
        sum(len(re.findall(rf"(?:全|我|本)(?:{names})", norm)) for names in [level])
        for level in _PLACES
    ]
    best = max(counts)
    if best == 0:
        return None
    # the smallest place named about as often as any (a town's report names the county
    # now and then; a county's hardly ever says 全镇)
    own = next(i for i, n in enumerate(counts) if n and 4 * n >= best)
    larger = "|".join(_PLACES[own + 1 :])
    return re.compile(rf"全(?:{larger})|(?:{larger})(?:平均|均值)") if larger else None


# a town or township named (邓关镇, 永安乡, 东城街道): the two characters before 镇/乡/街道,
# not a word that ends in them (城镇, 乡镇, 集镇, 全镇, 我镇, 特色小镇, 重点镇…)
_NAMED_PLACE = re.compile(
    r"([\u4e00-\u9fff]{2})(?:镇(?![村级域内外区])|乡(?![村镇土亲贤愁风情里间下民])|街道)"
)
_NOT_A_NAME = set("全我本该各两一每个乡城集村重小名强制点心范大色级月年季度返回下家故老异他同")
_OWN_MARK = re.compile(r"\s*(?:人民政府|党委|政府|人大|党政|纪委)")


def _place_names(norm: str, start: int, end: int) -> list[re.Match[str]]:
    return [
        m
        for m in _NAMED_PLACE.finditer(norm, start, end)
        if m.group(1)[-1] not in _NOT_A_NAME and not set(m.group(1)) & set("月年季度")
    ]


def _own_names(norm: str) -> frozenset[str]:
    """The names the reporting place goes by: one named with its 人民政府/党委, in the
    text's first line (its title), or the only town a text names that never says 全镇/我镇."""
    lines = norm.split("\n", 1)
    title = len(lines) > 1 and len(lines[0].strip()) <= 40 and not re.search("[,;。]", lines[0])
    first = lines[0] if title else ""
    names = {m.group() for m in _place_names(norm, 0, len(first))}
    found = _place_names(norm, 0, len(norm))
    names |= {m.group() for m in found if _OWN_MARK.match(norm, m.end())}
    if len({m.group() for m in found}) == 1 and not _SELF.search(norm):
        names.add(found[0].group())  # 沿滩镇完成…, the only town named, never 全镇/我镇
    return frozenset(names)


def _with_bracket(norm: str, sent_start: int, clause: int) -> int:
    """Where to look for what a figure is of: its clause, or just before the bracket it opens
    (比全县平均水平（7.2%）, 低于永安镇（8120万元）)."""
    return (
        max(sent_start, clause - 9) if clause > sent_start and norm[clause - 1] in "([" else clause
    )


def _in_closed_bracket(norm: str, at: int, upto: int) -> bool:
    """The number at ``at`` stands inside brackets closed before ``upto``."""
    opened = max(norm.rfind("(", 0, at), norm.rfind("[", 0, at))
    if opened < 0 or ")" in norm[opened:at] or "]" in norm[opened:at]:
        return False
    return ")" in norm[at:upto] or "]" in norm[at:upto]


def _outside_brackets(norm: str, drafts: list[_Draft], at: int, role: str) -> _Draft | None:
    """9.6亿元（含省市重点项目4.2亿元），增长12.9%: a rate after a bracket leans on the figure
    outside it, not on one inside."""
    if drafts[-1].standalone or not _in_closed_bracket(norm, drafts[-1].at, at):
        return None
    outside = [
        d
        for d in drafts
        if not d.standalone and d.at >= 0 and not _in_closed_bracket(norm, d.at, at)
    ]
    return outside[-1] if outside and getattr(outside[-1], role) is None else None


def _without_own(phrase: str, own: frozenset[str]) -> str:
    """沿滩镇完成固定资产投资 → 固定资产投资: the reporting place's name is no indicator's."""
    for name in own:
        if phrase.startswith(name) and len(phrase) > len(name):
            return pt.clean_phrase(phrase[len(name) :])
    return phrase


_SELF = re.compile(r"(?:全|我|本)(?:镇|乡|街道)")


def _peer_before(norm: str, sent_start: int, clause: int, at: int, own: frozenset[str]) -> bool:
    """Another town is named in the figure's clause before it (仙市镇同期完成7.8亿元), or
    just before the bracket the figure stands in (低于永安镇（8120万元）)."""
    start = _with_bracket(norm, sent_start, clause)
    return any(m.group() not in own for m in _place_names(norm, start, at))


_OPEN_QUOTE, _CLOSE_QUOTE = "“「『", "”」』"
_GOAL_AFTER = re.compile(r"\s*(?:的)?\s*(?:奋斗目标|目标任务|目标|任务|计划|要求)")


def _in_quoted_goal(norm: str, sent: Span, q: Quantity) -> bool:
    """The figure stands inside quotation marks closed by 的目标/任务/计划 (a goal quoted
    from 人代会 or a plan)."""
    before = norm[sent.start : q.start]
    opened = max(before.rfind(c) for c in _OPEN_QUOTE)
    if opened < 0 or any(c in before[opened:] for c in _CLOSE_QUOTE):
        return False
    close = min(
        (at for c in _CLOSE_QUOTE if (at := norm.find(c, q.end, sent.end)) >= 0), default=-1
    )
    return close >= 0 and bool(_GOAL_AFTER.match(norm, close + 1))


def _paired_name(qs: list[Quantity], group: Group, i: int, read: list[_Draft]) -> str:
    """The name of the figure at the same place among as many figures read before a 分别
    list, where their units pair up one by one ('' when they do not)."""
    first, _, size, _ = group
    done = i - first  # the list's figures read already: the last drafts
    levels = [d for d in read[: len(read) - done] if not d.standalone and d.value is not None]
    if len(levels) < size:
        return ""
    paired = levels[len(levels) - size :]
    units = [qs[first + k].unit for k in range(size)]
    if any(_unit_base(d.unit) != _unit_base(u) for d, u in zip(paired, units, strict=True)):
        return ""
    return paired[done].phrase


def _unit_base(unit: str) -> str:
    return unit[1:] if len(unit) > 1 and unit[0] in "万亿" else unit


def _this_year(year: int | None, read: list[_Draft]) -> int | None:
    """The year 今年 names: the year in force, unless a figure of that whole year was read
    as done before it (2020年全年实现…；今年1-6月…): then the year after."""
    done = any(
        d.kind == "actual" and d.year == year and d.period and d.period.basis == "annual"
        for d in read
    )
    return year + 1 if done and year is not None else year


_DONE = re.compile(r"\s*(?:其中)?\s*(?:已|累计|共|实际)?(?:完成|实现)")
_AVERAGE = re.compile(
    r"[月日周季年]均|平均每个?[月天日周年]|每[月天日周年]平均|每(?:人|户|亩|名|个|家)"
    r"|各(?:完成|实现|达到|新增)"  # 力争四季度各完成投资3亿元: each
)
_SO_FAR = re.compile(r"年内|今年")
_CHANGE_WORD = re.compile(r"(?:增加|减少|新增|净增|净减|增收|减收|多收|少收|多|少)$")
_SINCE = re.compile(r"\s*(?:以来|起|开始|至今)")  # 2018年以来: where a span starts
_THEN_SHARE = re.compile(r"[^,;。]{0,8}?的\s*\d")  # …12亿元目标任务的52%: a share follows


def _earlier_period_of_its_own(
    periods: list[Period], period: Period | None, marker_end: int, clause: int
) -> bool:
    """The figure's clause opens with a year to date or month of its own, earlier than the
    period the 预计 before it (in an earlier clause) is about."""
    if period is None or period not in periods or period.basis not in ("ytd", "month"):
        return False
    if not clause <= period.start <= clause + 4 or marker_end >= clause:
        return False
    governed = [p for p in periods if marker_end - 1 <= p.start < clause and p.last]
    return bool(governed) and period.last is not None and period.last < governed[0].last


def _to_date(periods: list[Period], so_far: Period, ctx: _Context) -> Period | None:
    """The year to date a 年内/今年 of done work stands for: the one named before it in the
    sentence, else the one in force (None when neither)."""
    earlier = [p for p in periods if p.start < so_far.start and p.basis == "ytd" and p.last]
    if earlier:
        return earlier[-1]
    if ctx.period is not None and ctx.period.basis == "ytd" and ctx.period.last:
        return ctx.period
    return None


def _over_another_year(norm: str, start: int, at: int, year: int | None) -> bool:
    """A rate between ``start`` and ``at`` compared with a year named (比2019年同期) other
    than the year before the figure's."""
    base = compared_years(norm, start, at)
    return bool(base) and year is not None and base[-1][1] != year - 1


def _merge_growth_before_level(drafts: list[_Draft]) -> list[_Draft]:
    """旅游收入同比增长28.9%，…旅游收入…达到2860万元: a rate written before its level, under
    the same name in the same sentence, goes with the level."""
    out = list(drafts)
    for rate in [d for d in drafts if d.standalone == "growth"]:
        after = out[out.index(rate) + 1 :]
        level = next(
            (d for d in after if not d.standalone and d.phrase == rate.phrase and d.growth is None),
            None,
        )
        if level is None and after and not after[0].standalone and after[0].growth is None:
            # 规上工业总产值同比增长6.9%，总量达到7.8亿元: the next figure, named generically
            level = after[0] if _GENERIC.fullmatch(after[0].phrase) else None
            if level is not None:
                level.phrase = rate.phrase
        if level is not None:
            level.growth = rate.growth
            out.remove(rate)
    return out


def _owner(
    drafts: list[_Draft],
    before: list[_Draft],
    phrase: str,
    role: str,
    group: Group | None,
    position: int,
) -> _Draft | None:
    """The figure a growth rate or share leans on: the one before it in the sentence (for a
    分别 list without names, the one at its place among as many figures before it), or none
    when it names an indicator of its own."""
    if group is not None and not phrase:
        size = group[2]
        levels = [d for d in [*before, *drafts] if not d.standalone]
        if len(levels) >= size:
            return levels[len(levels) - size + position]
    candidates = drafts or before[-1:]
    if phrase:  # a name of its own: the figure written under that name, if any
        same = [d for d in candidates if d.phrase == phrase and getattr(d, role) is None]
        if same and not same[-1].standalone:
            return same[-1]
        if group is not None:  # 二、三产业增加值…分别为48.6%和39.9%: the list before, in order
            levels = [d for d in [*before, *drafts] if not d.standalone]
            if len(levels) >= group[2] and position < group[2]:
                return levels[len(levels) - group[2] + position]
        return None
    if not candidates or getattr(candidates[-1], role) is not None:
        return None
    if role == "share" and candidates[-1].kind == "target":
        # 累计完成投资9.6亿元，年度目标12亿元，完成进度80%: the share is of what was done
        done = [d for d in candidates if d.kind != "target" and not d.standalone]
        if done and done[-1].share is None:
            return done[-1]
    return candidates[-1]


def _attach(draft: _Draft, role: str, value: float, target: tuple[float, str] | None) -> None:
    setattr(draft, role, value)
    if target is not None:
        draft.target_value, draft.target_unit = target


def _period_at(periods: list[Period], at: int, kind: str, ctx: _Context) -> Period | None:
    """The period written last before ``at`` in the sentence, else the one carried (a
    target without one is for the whole year)."""
    here = [p for p in periods if p.start < at]
    if here:
        p = here[-1]
        if p.last is None and len(here) > 1 and here[-2].basis == "span":
            p = here[-2]  # 2019-2020年累计…: 累计 over the span
        if p.basis == "span" or (p.last is None and p.text):
            return p  # several years together, not a year; 6月以来, to a day not known
        if p.last is None:  # 当月/累计: the month, or the year to it, of the period in force
            prior = next((x for x in reversed(here[:-1]) if x.last), None) or ctx.period
            if p.basis == "ytd":  # 1-5月累计, 全年累计: the period named; 本月…累计: to it
                if prior is None or prior.last is None or prior.basis in ("ytd", "annual"):
                    # 本月…；累计… with no month named anywhere: a period not known
                    known = prior if prior is not None and prior.last else None
                    return known or dataclasses.replace(p, basis="")
                return dataclasses.replace(p, text=ytd(prior.last), last=prior.last)
            last = prior.last if prior else None
            return dataclasses.replace(p, text=f"{last}月" if last else "", last=last)
        return p
    if kind in ("target", "forecast") and ctx.kind == kind and ctx.kind_period:
        return ctx.kind_period  # 预计全年完成…；城镇居民人均可支配收入完成32155元
    done_to_date = ctx.heading_done and ctx.period is not None and ctx.period.basis == "ytd"
    if kind == "forecast" and not ctx.local and done_to_date:
        return ctx.period  # 前三季度…完成情况: 1.地区生产总值：预计完成19.8亿元 (1-9月)
    if kind == "target" or (kind == "forecast" and not ctx.local):
        return Period(at, at, "全年", 12, "annual")
    return ctx.period


_LABEL = re.compile(r"([^,;:、。()\[\]\d]{2,20}):")


def _label(norm: str, sent: Span, at: int) -> str:
    """The name a line opens with before a colon (1.地区生产总值：完成19.8亿元), or ''."""
    lead = _ENUMERATOR.match(norm, sent.start, at)
    m = _LABEL.match(norm, lead.end() if lead else sent.start, at)
    return pt.clean_phrase(m.group(1)) if m else ""


def _item_label(sentence: str) -> str:
    """一是固定资产投资。/（二）税收收入。: a list item that is only a short name ('' else)."""
    lead = _ENUMERATOR.match(sentence)
    if lead is None:
        return ""
    rest = sentence[lead.end() :].rstrip("。.;:")
    if not rest or len(rest) > 10 or re.search(r"[\d,、]", rest):
        return ""
    return pt.clean_phrase(rest)


# a unit not known after a number (头, 公里, 平方米, 项), not points, times or places
_UNKNOWN_UNIT = re.compile(r"\s*(?!个?百分点|倍|位|名|个月|年|月|日|季)[\u4e00-\u9fff]")
_OWN_PLACE = re.compile(r"(?:全|我|本)(?:镇|乡|街道|区|县|市|村)")


def _own_place(norm: str, start: int, end: int, ctx: _Context) -> bool:
    """The clause names the reporting place (全镇增长12%), not a larger one."""
    found = _OWN_PLACE.search(norm, start, end)
    return bool(found) and not (ctx.others and ctx.others.match(norm, found.start()))


_RATE_WORD = re.compile(r"增速|增幅|增长率|增长速度")
_TASK_NAME = re.compile(r"(?:任务|目标|计划)(?:数)?$")


def _after(norm: str, q: Quantity, sent: Span) -> str:
    """The indicator written after its number (完成5户拆迁困难户的签约): up to 的 or a mark."""
    m = re.match(r"[^,;:、。的]{1,12}", norm[q.end : sent.end])
    return pt.clean_phrase(m.group()) if m else ""


def _row(d: _Draft, text: str, lookup: Lookup) -> Row:
    period = d.period
    label, basis, last = (period.text, period.basis, period.last) if period else ("", "", None)
    if d.standalone == "growth" and not (label and basis in ("", "span")):
        basis = "growth"  # a quarter's rate (二季度增长9.1%) keeps its basis: not to date
    elif _STOCK.search(d.phrase) or (
        period is not None and period.month_end and _STOCK.search(d.phrase + "末")
    ):
        if last:
            label, basis = f"{last}月", "stock"
    elif period is not None and period.month_end and basis == "month" and last:
        label, basis = ytd(last), "ytd"
    if basis == "month" and label == "1月":
        basis = "month"
    return Row(
        phrase=d.phrase,
        indicator=lookup(d.phrase) if d.phrase else "",
        kind=d.kind,
        period=label,
        date=_date(d.year, last),
        basis=basis,
        value=d.value,
        unit=d.unit,
        approx=d.approx,
        growth_pct=d.growth,
        target_share_pct=d.share,
        target_value=d.target_value,
        target_unit=d.target_unit,
        structure_share_pct=d.structure,
        start=d.sentence.start,
        end=d.sentence.end,
        sentence=text[d.sentence.start : d.sentence.end],
    )
