"""What the tool prints and writes for the bundled sample, as text files to compare against.

``python -m tests.golden_outputs --write`` (re)writes tests/golden/outputs/; the test
``test_golden_outputs`` rebuilds every output and compares: text exactly, numbers within 1e-9.
The files were first written before the three-layer refactor (issue 8), so a refactor that
changes any figure a user sees fails here.
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "outputs"
ACTUALS = ROOT / "data" / "sample_town_actuals.csv"
TARGETS = ROOT / "data" / "sample_town_targets.csv"


def _cli(*args: str) -> str:
    from command_line import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(args))
    assert code == 0, args
    return out.getvalue()


def _cells(data: bytes) -> str:
    """Every sheet's cell values (and number formats) as tab-separated text."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    lines = []
    for ws in book.worksheets:
        lines.append(f"## {ws.title}")
        for row in ws.iter_rows():
            lines.append(
                "\t".join("" if c.value is None else f"{c.value!r}|{c.number_format}" for c in row)
            )
    return "\n".join(lines) + "\n"


def _app_outputs(lang: str) -> dict[str, str]:
    """The app's workbook cells, brief and overview table for the sample (baseline)."""
    from file_readers.tables import read_actuals, read_targets
    from forecast.checks import checks_for
    from forecast.projection import project_all
    from presentation import exports, fmt, overview
    from presentation.scenario_text import scenario_label
    from presentation.text import t

    actuals = read_actuals(ACTUALS)
    targets = read_targets(TARGETS, actuals.catalogue)
    projections = project_all(actuals, (2020, 5))
    checks = checks_for(projections, targets, actuals.catalogue)
    scenario = scenario_label("基准", lang)
    notes = exports.ExportNotes(
        fmt.as_of((2020, 5), lang), t("data_sample_name", lang), scenario, sample=True
    )
    found = exports.export_files([(scenario, projections, checks)], actuals.catalogue, notes, lang)
    table = overview.overview_table(projections, checks, actuals.catalogue, lang)
    return {
        f"workbook_{lang}.tsv": _cells(found.xlsx),
        f"brief_{lang}.md": found.markdown,
        f"overview_{lang}.csv": table.to_csv(index=False, lineterminator="\n"),
    }


def outputs() -> dict[str, str]:
    """Every golden output's file name and text."""
    found: dict[str, str] = {}
    sample = ["--actuals", str(ACTUALS), "--targets", str(TARGETS)]
    for lang in ("zh", "en"):
        found[f"cli_table_{lang}.txt"] = _cli("--lang", lang, "project", *sample)
        found.update(_app_outputs(lang))
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "out.csv"
        _cli("project", *sample, "--out", str(csv))
        found["project.csv"] = csv.read_text(encoding="utf-8-sig")
    found["solve_fai.txt"] = _cli(
        "scenario", "solve", *sample, "--indicator", "fai", "--prob", "0.8"
    )
    return found


if __name__ == "__main__":
    if "--write" not in sys.argv:
        sys.exit("usage: python -m tests.golden_outputs --write")
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name, text in outputs().items():
        (GOLDEN / name).write_text(text, encoding="utf-8")
        print(f"wrote {GOLDEN / name}")
