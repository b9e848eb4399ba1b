"""Everything a planner downloads, assembled in one place for the app and the command line:
the workbook (a summary sheet per scenario, then the notes), the CSV and the brief (Markdown
and Word) of the active scenario. Pure: bytes out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from forecast.catalogue import Catalogue
from forecast.checks import Check
from forecast.projection import Projection
from presentation import brief, files, fmt, sheets
from presentation.overview import thresholds_text
from presentation.text import t

__all__ = [
    "ExportFiles",
    "ExportNotes",
    "Named",
    "as_of_label",
    "export_files",
    "notes_sheet",
    "summary_sheets",
]

# a scenario's label, its projections and checks
Named = tuple[str, Mapping[str, Projection], Mapping[str, Check]]


@dataclass(frozen=True)
class ExportNotes:
    """Where the figures come from: as-of month and data as labels, the active scenario's
    label, the other scenarios exported (label, description), and whether it is the sample."""

    as_of: str
    data: str
    scenario: str
    others: tuple[tuple[str, str], ...] = ()
    sample: bool = False


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


def summary_sheets(
    named: Sequence[Named], catalogue: Catalogue, lang: str = "zh"
) -> dict[str, sheets.Sheet]:
    """One summary sheet per scenario, named ``汇总-<scenario>``, in the order given."""
    out = {}
    for label, projections, checks in named:
        sheet = sheets.export_sheet(dict(projections), dict(checks), catalogue, lang)
        out[f"{t('sheet_summary', lang)}-{label}"] = sheet
    return out


def notes_sheet(notes: ExportNotes, lang: str = "zh") -> sheets.Sheet:
    """The notes sheet: as-of month, data, scenarios, status thresholds, method."""
    return sheets.notes_sheet(
        [
            (t("notes_as_of", lang), notes.as_of),
            (t("notes_data", lang), notes.data),
            (t("notes_scenario", lang), notes.scenario),
            *[
                (t("notes_scenario_other", lang), f"{label}: {description}".rstrip(": "))
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
    summary = sheets.export_sheet(dict(projections), dict(checks), catalogue, lang)
    workbook = {
        **summary_sheets(named, catalogue, lang),
        t("sheet_notes", lang): notes_sheet(notes, lang),
    }
    context = brief.BriefContext(notes.as_of, notes.scenario, notes.data, sample=notes.sample)
    text = brief.draft(dict(projections), dict(checks), catalogue, context, lang)
    return ExportFiles(
        files.excel_bytes(workbook),
        files.csv_bytes(summary),
        text,
        files.docx_bytes(text),
        files.shown_frame(summary),
    )
