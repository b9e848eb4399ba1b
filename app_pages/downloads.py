"""What the session downloads: the export files of the active scenario (and the others
ticked), their file names, and the blank templates. Built by ``presentation``, cached in
``cached``."""

from __future__ import annotations

from collections.abc import Sequence

from app_pages import cached
from app_pages.figures import Results, active_label
from app_pages.sources import Other
from app_pages.state import Session
from forecast.plausibility import against_targets
from forecast.table import warned
from presentation.exports import ExportFiles, ExportNotes
from presentation.text import t


def export_files(s: Session, r: Results, others: Sequence[Other] = ()) -> ExportFiles:
    """The workbook (one summary sheet per scenario, the active one first), CSV and brief of
    the active scenario. A scenario that does not fit the data was shown, and is exported, as
    the baseline."""
    active = active_label(s, r)
    notes = ExportNotes(
        s.as_of_label,
        s.data_name,
        active,
        others=tuple((o.label, o.description) for o in others),
        sample=s.actuals_upload.sample,
        assumptions=None if r.problems else s.scenario,
        warnings=tuple((i, c) for i, codes in _warned(s).items() for c in codes),
    )
    named = [
        (active, r.projections, r.checks),
        *[(o.label, o.results.projections, o.results.checks) for o in others],
    ]
    keys = ("baseline" if r.problems else s.scenario_key, *(o.key for o in others))
    return cached.export_files(
        s.actuals_key, s.targets_key, s.as_of, s.lang, keys, notes, named, s.actuals.catalogue
    )


def _warned(s: Session) -> dict[str, tuple[str, ...]]:
    """The data's plausibility warnings by indicator, the year to date against its target
    included (as the command line says them)."""
    found = against_targets(s.actuals.frame, s.targets, s.actuals.source)
    return warned([*s.actuals.warnings, *found])


def file_name(s: Session, stem_key: str, suffix: str) -> str:
    """``年末预测_2020-05.xlsx``: the stem in the session's language, the as-of month."""
    return f"{t(stem_key, s.lang)}_{s.as_of[0]}-{s.as_of[1]:02d}{suffix}"


def templates(s: Session, year: int) -> list[cached.Template]:
    """Blank long, wide and targets templates for ``year`` (CSV and Excel, built in memory)."""
    return cached.templates(s.actuals_key, int(year), s.lang, s.actuals.catalogue)
