"""A one-page brief drafted from the figures, as Markdown (pure: no files, no streamlit).

Written the way a town's work report states its numbers: "预计全年完成国地两税收入10,200万元，
为目标任务的102%，完成目标的概率约78%". Every amount in its indicator's own unit, as in the
tables; a growth rate against its target in percentage points; every indicator at risk or off
track is listed under 需要重点关注. Laid out as an official document: a title (``#``), then
sections numbered 一、二、三、 (``##``, ``1.`` ``2.`` in English) and sub-sections （一）（二）
(``###``); ``files.docx_bytes`` turns the same Markdown into the Word file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from forecast.catalogue import Catalogue
from forecast.checks import ON_TRACK, STATUSES, Check
from forecast.projection import Projection
from presentation import fmt
from presentation.overview import ordered_ids, thresholds_text
from presentation.text import t

__all__ = ["BriefContext", "draft", "for_preview", "section_number", "usual_month"]

_CN_DIGITS = "零一二三四五六七八九"


@dataclass(frozen=True)
class BriefContext:
    """What the brief says about where its figures come from: the as-of label, the scenario's
    label, the data; the scenario's assumptions in words (one line each) and whether it is a
    scenario of its own (not the baseline); what applies to each indicator, in words
    (``presentation.exports.row_notes``)."""

    as_of: str  # e.g. 2020年1-5月
    scenario: str  # e.g. 基准
    data: str  # e.g. the file name
    sample: bool = False
    assumptions: tuple[str, ...] = ()
    named_scenario: bool = False
    row_notes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def _chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (up to 99)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones or not head else "")


def section_number(n: int, lang: str = "zh", level: int = 1) -> str:
    """The number of a section as an official document writes it: level 1 ``一、`` (``1.``),
    level 2 ``（一）`` (``(a)``)."""
    if level == 1:
        return f"{_chinese_number(n)}、" if lang != "en" else f"{n}. "
    return (
        f"（{_chinese_number(n)}）" if lang != "en" else f"({'abcdefghijklmnopqrstuvwxyz'[n - 1]}) "
    )


def usual_month(projections: dict[str, Projection]) -> int:
    """The as-of month most indicators share (the later one on a tie; 12 if none)."""
    found = Counter(p.as_of for p in projections.values())
    return max(found, key=lambda m: (found[m], m)) if found else 12


def for_preview(markdown: str) -> str:
    """The brief with smaller headings, to sit inside a page that has its own title."""
    lines = []
    for line in markdown.splitlines():
        if line.startswith("#"):
            line = f"###{line}"
        lines.append(line)
    return "\n".join(lines)


def _ratio(value: float, of: float) -> str:
    return f"{value / of * 100:.0f}%" if of else "—"


def _target_line(name: str, p: Projection, c: Check, lang: str) -> list[str]:
    status = t(f"status_{c.status}", lang)
    if p.kind == "growth":
        lines = [
            t(
                "brief_growth",
                lang,
                name=name,
                point=fmt.quantity(p.point, "%"),
                target=fmt.quantity(c.target, "%"),
                gap=fmt.gap_pp(p.point - c.target, lang),
                chance=fmt.probability(c.p_meet, lang, about=True),
                status=status,
            ),
            t(
                "brief_progress_growth",
                lang,
                period=fmt.period(p.as_of, lang),
                ytd=fmt.quantity(p.ytd, "%"),
            ),
        ]
    else:
        lines = [
            t(
                "brief_level",
                lang,
                name=name,
                point=fmt.quantity(p.point, p.unit),
                ratio=_ratio(p.point, c.target),
                chance=fmt.probability(c.p_meet, lang, about=True),
                status=status,
            ),
            t(
                "brief_progress",
                lang,
                period=fmt.period(p.as_of, lang),
                ytd=fmt.quantity(p.ytd, p.unit),
                task=fmt.percent(c.task_progress),
                pace=t("brief_ahead" if c.double_half else "brief_behind", lang),
            ),
        ]
    if np.isfinite(c.half_target):
        half = fmt.quantity(c.half_target, p.unit)
        if p.as_of >= 6 and np.isfinite(c.half_task_progress):
            done = fmt.quantity(p.this_year[5], p.unit)
            lines.append(
                t(
                    "brief_half_done",
                    lang,
                    done=done,
                    target=half,
                    ratio=fmt.percent(c.half_task_progress),
                )
            )
        elif np.isfinite(c.half_p_meet):
            lines.append(
                t(
                    "brief_half_ahead",
                    lang,
                    target=half,
                    chance=fmt.probability(c.half_p_meet, lang, about=True),
                )
            )
    sep = t("sentence_sep", lang)
    return [sep.join(lines)]


def _watch_line(name: str, p: Projection, c: Check, lang: str) -> str:
    """What an indicator at risk or off track needs: the remaining months' average (levels),
    or the target against the growth so far and the projection (growth rates)."""
    if np.isfinite(c.required_monthly):
        growth = ""
        if np.isfinite(c.required_growth):
            key = "brief_required_growth" if c.required_growth >= 0 else "brief_required_fall"
            growth = t(key, lang, growth=f"{abs(c.required_growth):.1f}%")
        return t(
            "brief_required",
            lang,
            name=name,
            left=12 - p.as_of,
            monthly=fmt.quantity(c.required_monthly, p.unit),
            growth=growth,
        )
    unit = "%" if p.kind == "growth" else p.unit
    return t(
        "brief_watch_growth" if p.kind == "growth" else "brief_watch_level",
        lang,
        name=name,
        target=fmt.quantity(c.target, unit),
        period=fmt.period(p.as_of, lang),
        ytd=fmt.quantity(p.ytd, unit),
        point=fmt.quantity(p.point, unit),
        chance=fmt.probability(c.p_meet, lang, about=True),
    )


def draft(
    projections: dict[str, Projection],
    checks: dict[str, Check],
    catalogue: Catalogue,
    context: BriefContext,
    lang: str = "zh",
) -> str:
    """The brief as Markdown: overall picture, the scenario's assumptions, each target (by
    status), what needs attention, the other indicators, notes."""
    order = ordered_ids(projections, checks)
    with_target = [i for i in order if checks[i].status != "no_target"]
    others = [i for i in order if checks[i].status == "no_target"]
    month = usual_month(projections)
    period = fmt.period(month, lang)
    time = fmt.percent(month / 12)
    sections: list[tuple[str, list[str]]] = []

    if with_target:
        counts = {s: sum(checks[i].status == s for i in with_target) for s in STATUSES}
        overall = t(
            "brief_overall_text",
            lang,
            period=period,
            time=time,
            n=len(with_target),
            on=counts["on_track"],
            hi=round(ON_TRACK * 100),
            risk=counts["at_risk"],
            off=counts["off_track"],
        )
    else:
        overall = t("brief_no_targets", lang, period=period, time=time)
    sections.append((t("brief_overall", lang), [overall, ""]))

    if context.named_scenario and context.assumptions:
        lead = t("brief_scenario_named", lang, name=context.scenario)
        body = [lead, "", *[f"- {line}" for line in context.assumptions], ""]
    else:
        body = [t("brief_scenario_none", lang), ""]
    sections.append((t("brief_scenario", lang), body))

    if with_target:
        body = []
        groups = [
            (t("status_off_track", lang), "off_track"),
            (t("status_at_risk", lang), "at_risk"),
            (t("brief_on_track", lang), "on_track"),
        ]
        sub = 0
        for title, status in groups:
            ids = [i for i in with_target if checks[i].status == status]
            if not ids:
                continue
            sub += 1
            body += [f"### {section_number(sub, lang, 2)}{title[:1].upper()}{title[1:]}", ""]
            for i in ids:
                name = catalogue.get_or_default(i).name(lang)
                body += [
                    f"- {line}" for line in _target_line(name, projections[i], checks[i], lang)
                ]
            body.append("")
        sections.append((t("brief_targets", lang), body))

    watch = [i for i in with_target if checks[i].status in ("off_track", "at_risk")]
    if watch:
        body = []
        for i in watch:
            name = catalogue.get_or_default(i).name(lang)
            body.append(f"- {_watch_line(name, projections[i], checks[i], lang)}")
        sections.append((t("brief_watch", lang), [*body, ""]))

    if others:
        body = []
        for i in others:
            p = projections[i]
            q10, q90 = p.quantiles((0.10, 0.90))
            body.append(
                "- "
                + t(
                    "brief_other",
                    lang,
                    name=catalogue.get_or_default(i).name(lang),
                    point=fmt.quantity(p.point, p.unit),
                    band=fmt.range_text(q10, q90, p.unit, lang),
                )
            )
        sections.append((t("brief_others", lang), [*body, ""]))

    notes = [thresholds_text(lang), t("brief_method", lang)]
    if context.sample:
        notes.append(t("brief_sample", lang))
    body = [f"- {n}" for n in notes]
    noted = [i for i in order if context.row_notes.get(i)]
    if noted:
        sep = t("row_note_sep", lang)
        body += ["", f"### {section_number(1, lang, 2)}{t('brief_indicator_notes', lang)}", ""]
        for i in noted:
            name = catalogue.get_or_default(i).name(lang)
            words = sep.join(context.row_notes[i])
            body.append(f"- {t('assumption_line', lang, name=name, words=words)}")
    sections.append((t("brief_notes", lang), body))

    out = [f"# {t('brief_title', lang)}", ""]
    out += [
        t(
            "brief_subtitle",
            lang,
            as_of=context.as_of,
            scenario=context.scenario,
            data=context.data,
        ),
        "",
    ]
    for n, (title, body) in enumerate(sections, start=1):
        out += [f"## {section_number(n, lang)}{title}", "", *body]
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"
