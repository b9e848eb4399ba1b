"""Chinese text uses full-width punctuation: every Chinese string the code can emit is scanned.

The rule (``tests/typography.py``): a half-width ``, : ; ( ) ! ?`` beside or inside Chinese
text is wrong; numbers, units, ranges, times and ASCII ids are not Chinese text. Scanned:
every ``zh`` text of ``presentation/strings.toml`` with its fields filled, every Chinese string
literal in the code that can reach users (app.py, app_pages/, command_line.py, presentation/;
f-strings with their fields filled), and what the tool
writes on the sample data (baseline and a scenario): the brief (Markdown and Word), the
workbook's cells, the terminal tables and the command line's messages.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import string
from pathlib import Path

import pytest

from command_line import main
from file_readers.tables import SAMPLE_ACTUALS, SAMPLE_TARGETS
from presentation import text
from tests.typography import complaints, fixed, is_cjk, not_shown, offenders

SAMPLE = ["--actuals", str(SAMPLE_ACTUALS), "--targets", str(SAMPLE_TARGETS)]
SCENARIO = {
    "schema_version": 1,
    "name": "项目落地",
    "indicators": {
        "tax_total": {"growth": 8.0, "shocks": [{"start": 7, "end": 9, "pct": -10.0}]},
        "fai": {"one_offs": [{"month": 9, "amount": 1.0}], "method": "share"},
    },
    "group_shocks": [{"group": "tourism", "start": 7, "end": 9, "pct": -10.0}],
}


# ---------------------------------------------------------------- the rule itself


@pytest.mark.parametrize(
    "bad",
    [
        "情景:基准",  # a colon after Chinese
        "(难完成)",  # parentheses around Chinese
        "完成概率约10%(难完成)",
        "概率(80%)",  # after Chinese, around a number
        "增长8%,比上年",  # a comma between a figure and Chinese
        "全年目标13.0%,1-5月累计增长",  # a clause break between two figures
        "请核对!",
        "要增长多少?",
        "正常 ≥80%;有风险",
        "**旅游人次**: 难完成",  # through Markdown and a space
        "长表（basis: ytd）",  # inside full-width parentheses
    ],
)
def test_the_rule_catches_half_width_marks_in_chinese_text(bad):
    assert offenders(bad), bad
    assert not offenders(fixed(bad)), fixed(bad)


@pytest.mark.parametrize(
    "good",
    [
        "1-5月累计完成5,010万元",  # thousands separator
        "增长13.3%，为5.1亿元",
        "−13.2%至−1.4%",
        "2026年11月30日 13:05",  # a time
        "请换一个 --as-of 月份",  # an option beside Chinese, spaced
        "层级表两列 entity,parent（可选）",  # a field list
        "Ratio (ETS): 1,000",  # English
        "国地两税收入：剩余7个月需月均完成713万元。",
    ],
)
def test_the_rule_leaves_numbers_times_and_ids_alone(good):
    assert offenders(good) == [], good


class _Field:
    """A format field's representative value: a number where the field formats one, else
    Chinese text (so a mark beside the field counts as beside Chinese)."""

    def __format__(self, spec: str) -> str:
        return format(12.5, spec) if spec else "示例"


def _filled(template: str) -> str:
    names = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    return template.format_map({n: _Field() for n in names})


def zh_complaints(table: dict[str, dict[str, str]]) -> list[str]:
    """Every offending mark in the zh texts of a strings table, fields filled."""
    found = []
    for key, entry in table.items():
        found += complaints(_filled(entry["zh"]), f"strings.toml [{key}]")
    return found


def test_a_planted_string_fails_the_scan():
    table = {"ok": {"zh": "已保存“{name}”第{version}版（{saved_at}）。"}}
    assert zh_complaints(table) == []
    table["planted"] = {"zh": "已保存“{name}”第{version}版({saved_at})"}
    table["beside_a_field"] = {"zh": "{name}: {value}"}
    found = zh_complaints(table)
    assert [c.split(":")[0] for c in found] == [
        "strings.toml [planted]",
        "strings.toml [planted]",
        "strings.toml [beside_a_field]",
    ]


def test_every_chinese_text_in_strings_toml_uses_full_width_punctuation():
    found = zh_complaints(text.strings())
    assert found == [], "\n".join(found)


# ---------------------------------------------------------------- Chinese written in the code

ROOT = Path(__file__).resolve().parent.parent
CODE = [
    ROOT / "app.py",
    ROOT / "command_line.py",
    *sorted((ROOT / "app_pages").rglob("*.py")),
    *sorted((ROOT / "presentation").rglob("*.py")),
]


def _chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def code_texts(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every Chinese string literal in a Python file that can reach users:
    plain constants, and f-strings with their fields filled by Chinese (a mark beside a field
    counts as beside Chinese; format specs left out). Docstrings, comments and the patterns
    of ``re`` calls are not shown to anyone and are left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = not_shown(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            skip |= {id(v) for v in node.values}  # read as a whole below
        if isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            skip |= {id(n) for n in ast.walk(node.format_spec)}
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.JoinedStr):
            parts = [v.value if isinstance(v, ast.Constant) else "示例" for v in node.values]
            if any(_chinese(v.value) for v in node.values if isinstance(v, ast.Constant)):
                found.append((node.lineno, "".join(parts)))
        elif (
            isinstance(node, ast.Constant) and isinstance(node.value, str) and _chinese(node.value)
        ):
            found.append((node.lineno, node.value))
    return sorted(found)


def code_complaints(paths: list[Path]) -> list[str]:
    """One line per offending mark in the Chinese literals of ``paths``."""

    def where(path: Path, line: int) -> str:
        name = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
        return f"{name}:{line}"

    return [
        c
        for path in paths
        for line, written in code_texts(path)
        for c in complaints(written, where(path, line))
    ]


def test_the_code_scan_reads_the_chinese_in_the_code():
    """Not vacuous: the code does write Chinese directly (numbers' words, the brief's
    numbering, the month names of the edge), and the scan sees it."""
    found = [written for path in CODE for _, written in code_texts(path)]
    assert len(found) >= 20 and all(any(is_cjk(c) for c in w) for w in found)


def test_a_planted_literal_fails_the_code_scan(tmp_path):
    planted = tmp_path / "page.py"
    planted.write_text(
        '"""说明:不显示。"""\n'
        "import re\n"
        'PATTERN = re.compile(r"(?:全年|年度)(?:目标)")\n'
        'OK = "已保存（第2版）。"\n'
        'BAD = "(难完成)"\n'
        "def label(name, v):\n"
        '    """说明(不显示)。"""\n'
        '    return f"情景:{name}，{v:,.1f}亿元"\n'
        "def field(name):\n"
        '    return f"{name}: 难完成"\n',
        encoding="utf-8",
    )
    found = code_complaints([planted])
    assert [c.split(":")[1] for c in found] == ["5", "5", "8", "10"], found


def test_every_chinese_literal_in_the_code_uses_full_width_punctuation():
    found = code_complaints(CODE)
    assert found == [], "\n".join(found)


# ---------------------------------------------------------------- what the tool writes


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, str]:
    """Everything the command line writes in Chinese on the sample, by where it came from."""
    import docx
    import openpyxl

    from presentation.files import _shown as shown

    tmp = tmp_path_factory.mktemp("typography")
    scenario = tmp / "s.json"
    scenario.write_text(json.dumps(SCENARIO, ensure_ascii=False), encoding="utf-8")
    store = ["--store", str(tmp / "store.sqlite3")]
    found: dict[str, str] = {}

    def run(*args: str) -> str:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main(list(args))
        return out.getvalue() + err.getvalue()

    for label, extra in (("baseline", []), ("scenario", ["--scenario", str(scenario)])):
        for suffix in (".md", ".docx"):
            out = tmp / f"brief_{label}{suffix}"
            found[f"cli brief {label}"] = run("brief", *SAMPLE, *extra, "--out", str(out))
        found[f"brief {label} md"] = (tmp / f"brief_{label}.md").read_text(encoding="utf-8")
        document = docx.Document(str(tmp / f"brief_{label}.docx"))
        found[f"brief {label} docx"] = "\n".join(p.text for p in document.paragraphs)
        verb = ["project"] if label == "baseline" else ["scenario", "apply"]
        book = tmp / f"book_{label}.xlsx"
        found[f"cli workbook {label}"] = run(*verb, *SAMPLE, *extra, "--out", str(book))
        cells = []
        for sheet in openpyxl.load_workbook(book).worksheets:
            cells.append(sheet.title)
            for row in sheet.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str):
                        cells.append(cell.value)
                    if '"' in cell.number_format:  # words shown by the format (与目标差)
                        cells += [shown(v, cell.number_format) for v in (1.5, -1.5, 0.0)]
        found[f"workbook {label}"] = "\n".join(cells)
        found[f"terminal table {label}"] = run(*verb, *SAMPLE, *extra)
    found["terminal table as-of"] = run("project", *SAMPLE, "--as-of", "2020-03")
    found["as-of without data"] = run("project", *SAMPLE, "--as-of", "2021-03")
    found["unknown output type"] = run("project", *SAMPLE, "--out", str(tmp / "x.xls"))
    found["solve"] = run("scenario", "solve", *SAMPLE, "--indicator", "fai", "--prob", "0.8")
    found["backtest"] = run("backtest", "--actuals", str(SAMPLE_ACTUALS), "--cutoffs", "5")
    found["store"] = "\n".join(
        run("scenario", *store, *verb)
        for verb in (
            ["save", str(scenario)],
            ["list"],
            ["delete", "项目落地"],
            ["list", "--all"],
            ["show", "项目落地"],
            ["restore", "项目落地"],
            ["restore", "项目落地"],
            ["show", "没有这个"],
        )
    )
    found["deleted scenario refused"] = run("scenario", *store, "delete", "项目落地") + run(
        "brief", *SAMPLE, "--scenario", "项目落地", *store, "--out", str(tmp / "b.md")
    )
    bad = tmp / "bad.csv"
    bad.write_text("indicator,date,value,basis\ntax,2020-01,abc,month\n", encoding="utf-8")
    found["bad input"] = run("project", "--actuals", str(bad))
    found["inspect"] = run("inspect", str(SAMPLE_ACTUALS))
    return found


def test_the_outputs_were_produced(outputs):
    """The scan below reads real text: each output holds Chinese."""
    for where, written in outputs.items():
        if not where.startswith("cli "):  # a command that went well may say nothing
            assert any("\u4e00" <= ch <= "\u9fff" for ch in written), where
    assert "情景假设" in outputs["brief scenario md"] and "一、" in outputs["brief scenario docx"]
    assert "已删除，请先恢复" in outputs["deleted scenario refused"]


def test_everything_written_in_chinese_uses_full_width_punctuation(outputs):
    found = [c for where, written in outputs.items() for c in complaints(written, where)]
    assert found == [], "\n".join(found)


def test_a_planted_mark_in_an_output_fails_the_scan(monkeypatch):
    """The output scan can fail: a half-width mark planted in one text shows in the brief."""
    from presentation.brief import BriefContext, draft
    from tests.app_fakes import CATALOGUE, town

    projections, checks, _ = town()
    context = BriefContext("2020年1-5月", "基准", "x")
    assert complaints(draft(projections, checks, CATALOGUE, context, "zh"), "brief") == []
    monkeypatch.setitem(text.strings()["brief_watch"], "zh", "需要重点关注(风险)")
    found = complaints(draft(projections, checks, CATALOGUE, context, "zh"), "brief")
    assert len(found) == 2 and "需要重点关注(风险)" in found[0]
