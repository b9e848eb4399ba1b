"""Everything a planner downloads, assembled in one place for the app and the command line:
the workbook (a summary sheet per scenario, then the notes), the CSV and the brief (Markdown
and Word) of the active scenario. Pure: bytes out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import InitVar, dataclass, field

import pandas as pd

from forecast.catalogue import Catalogue
from forecast.checks import Check
from forecast.projection import Projection
from presentation import brief, files, fmt, sheets
from presentation.overview import thresholds_text
from presentation.scenario_text import assumption_lines, assumptions_by_indicator
from presentation.text import has, t
from scenarios.model import Scenario, from_json, to_json

__all__ = [
    "ExportFiles",
    "ExportNotes",
    "Named",
    "as_of_label",
    "export_files",
    "notes_sheet",
    "row_notes",
    "summary_sheets",
    "usual_as_of",
    "warning_words",
]

# a scenario's label, its projections and checks
Named = tuple[str, Mapping[str, Projection], Mapping[str, Check]]


@dataclass(frozen=True)
class ExportNotes:
    """Where the figures come from: as-of month and data as labels, the active scenario's
    label, the other scenarios exported (label, description), whether it is the sample; the
    active scenario itself (its assumptions are stated in words; None = the baseline) and the
    plausibility warnings of the data as (indicator, code) pairs."""

    as_of: str
    data: str
    scenario: str
    others: tuple[tuple[str, str], ...] = ()
    sample: bool = False
    assumptions: InitVar[Scenario | None] = None
    warnings: tuple[tuple[str, str], ...] = ()
    # the scenario as its JSON text: the app's cache hashes these notes field by field, and a
    # Scenario's read-only mappings cannot be copied or pickled
    scenario_json: str | None = field(default=None, init=False)

    def __post_init__(self, assumptions: Scenario | None) -> None:
        if assumptions is not None:
            object.__setattr__(self, "scenario_json", to_json(assumptions))

    def assumed(self) -> Scenario | None:
        """The active scenario (None: the baseline)."""
        return None if self.scenario_json is None else from_json(self.scenario_json, "notes")


@dataclass(frozen=True)
class ExportFiles:
    """The downloads: workbook, CSV, brief as Markdown and Word, and the table as shown."""

    xlsx: bytes
    csv: bytes
    markdown: str
    docx: bytes
    preview: pd.DataFrame


def as_of_label(projections: Mapping[str, Projection], lang: str = "zh") -> str:
    """The as-of month most indicators share, as a label (``2020年1-5月``): what the notes and
    the brief say when each indicator is cut at its own last month (the command line)."""
    month = brief.usual_month(dict(projections))
    years = [p.year for p in projections.values() if p.as_of == month]
    year = max(years) if years else max((p.year for p in projections.values()), default=0)
    return fmt.as_of((year, month), lang)


def usual_as_of(projections: Mapping[str, Projection]) -> tuple[int, int]:
    """The (year, month) most indicators are cut at (the later one on a tie)."""
    found = Counter((p.year, p.as_of) for p in projections.values())
    return max(found, key=lambda ym: (found[ym], ym)) if found else (0, 12)


def warning_words(code: str, lang: str = "zh") -> str:
    """A plausibility warning in words (``数据疑有单位错误…``); a code without words as it is."""
    return t(f"warn_{code}", lang) if has(f"warn_{code}") else code


def row_notes(
    projections: Mapping[str, Projection],
    catalogue: Catalogue,
    notes: ExportNotes,
    lang: str = "zh",
    for_brief: bool = False,
) -> dict[str, list[str]]:
    """What applies to each indicator, in words, for the 说明 column and the brief: the
    scenario's assumptions touching it, that it is a growth rate (compared in percentage
    points), its plausibility warnings, and a last month earlier than most indicators'. The
    brief (``for_brief``) states the scenario and the growth rates elsewhere: only the rest."""
    usual = usual_as_of(projections)
    scenario = notes.assumed()
    assumed = (
        assumptions_by_indicator(scenario, catalogue, list(projections), lang) if scenario else {}
    )
    warned: dict[str, list[str]] = {}
    for indicator, code in notes.warnings:
        warned.setdefault(indicator, []).append(code)
    out: dict[str, list[str]] = {}
    for i, p in projections.items():
        phrases = []
        if i in assumed and not for_brief:
            phrases.append(t("row_note_scenario", lang, words=assumed[i]))
        if p.kind == "growth" and not for_brief:
            phrases.append(t("row_note_growth", lang))
        phrases += [warning_words(c, lang) for c in dict.fromkeys(warned.get(i, ()))]
        if (p.year, p.as_of) < usual:
            phrases.append(
                t(
                    "row_note_earlier",
                    lang,
                    month=fmt.year_month((p.year, p.as_of), lang),
                    usual=fmt.year_month(usual, lang),
                )
            )
        if phrases:
            out[i] = phrases
    return out


def summary_sheets(
    named: Sequence[Named],
    catalogue: Catalogue,
    lang: str = "zh",
    notes: ExportNotes | None = None,
) -> dict[str, sheets.Sheet]:
    """One summary sheet per scenario, named ``汇总-<scenario>``, in the order given; the
    first (the active scenario) with what applies to each row in its 说明 column."""
    out = {}
    for n, (label, projections, checks) in enumerate(named):
        extra = row_notes(projections, catalogue, notes, lang) if notes and n == 0 else None
        sheet = sheets.export_sheet(dict(projections), dict(checks), catalogue, lang, extra)
        out[f"{t('sheet_summary', lang)}-{label}"] = sheet
    return out


def notes_sheet(
    notes: ExportNotes,
    lang: str = "zh",
    catalogue: Catalogue | None = None,
    projections: Mapping[str, Projection] | None = None,
) -> sheets.Sheet:
    """The notes sheet: as-of month (and the indicators cut at another month, each with its
    own), data, the scenario and its assumptions in words, other scenarios, status
    thresholds, method."""
    scenario = notes.assumed()
    assumptions = (
        assumption_lines(scenario, catalogue, lang)
        if scenario is not None and catalogue is not None
        else []
    ) or [t("brief_scenario_none", lang)]
    each = []
    if projections and len({(p.year, p.as_of) for p in projections.values()}) > 1:
        usual = usual_as_of(projections)
        each = [
            (
                t("notes_as_of_each", lang),
                t(
                    "assumption_line",
                    lang,
                    name=catalogue.get_or_default(i).name(lang) if catalogue else i,
                    words=fmt.as_of((p.year, p.as_of), lang),
                ),
            )
            for i, p in projections.items()
            if (p.year, p.as_of) != usual
        ]
    return sheets.notes_sheet(
        [
            (t("notes_as_of", lang), notes.as_of),
            *each,
            (t("notes_data", lang), notes.data),
            (t("notes_scenario", lang), notes.scenario),
            *[(t("notes_assumptions", lang), line) for line in assumptions],
            *[
                (
                    t("notes_scenario_other", lang),
                    t("assumption_line", lang, name=label, words=description)
                    if description
                    else label,
                )
                for label, description in notes.others
            ],
            (t("notes_thresholds", lang), thresholds_text(lang)),
            (t("notes_method", lang), t("notes_method_text", lang)),
            *([("", t("brief_sample", lang))] if notes.sample else []),
        ],
        lang,
    )


def export_files(
    named: Sequence[Named], catalogue: Catalogue, notes: ExportNotes, lang: str = "zh"
) -> ExportFiles:
    """The downloads for ``named`` scenarios, the active one first (its CSV and brief)."""
    _, projections, checks = named[0]
    extra = row_notes(projections, catalogue, notes, lang)
    summary = sheets.export_sheet(dict(projections), dict(checks), catalogue, lang, extra)
    workbook = {
        **summary_sheets(named, catalogue, lang, notes),
        t("sheet_notes", lang): notes_sheet(notes, lang, catalogue, projections),
    }
    scenario = notes.assumed()
    lines = tuple(assumption_lines(scenario, catalogue, lang)) if scenario is not None else ()
    context = brief.BriefContext(
        notes.as_of,
        notes.scenario,
        notes.data,
        sample=notes.sample,
        assumptions=lines,
        named_scenario=scenario is not None and not scenario.is_baseline,
        row_notes={
            i: tuple(v)
            for i, v in row_notes(projections, catalogue, notes, lang, for_brief=True).items()
        },
    )
    text = brief.draft(dict(projections), dict(checks), catalogue, context, lang)
    return ExportFiles(
        files.excel_bytes(workbook),
        files.csv_bytes(summary),
        text,
        files.docx_bytes(text),
        files.shown_frame(summary),
    )
