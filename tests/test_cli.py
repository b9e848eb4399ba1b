"""The command line: a stable interface other tools call."""

import json
import re
import subprocess
import sys

import pandas as pd
import pytest

from command_line import main
from file_readers.tables import SAMPLE_ACTUALS, SAMPLE_TARGETS
from tests.synth import long_frame, monthly_levels

REQUIRED = [
    "indicator",
    "year",
    "as_of",
    "method",
    "ytd",
    "point",
    "q05",
    "q10",
    "q25",
    "q50",
    "q75",
    "q90",
    "q95",
    "target",
    "p_meet",
    "required_monthly",
    "required_growth",
    "time_progress",
    "task_progress",
]
SAMPLE = ["--actuals", str(SAMPLE_ACTUALS), "--targets", str(SAMPLE_TARGETS)]
PROJECT_SCENARIO = json.dumps(
    {
        "schema_version": 1,
        "name": "项目落地",
        "indicators": {"fai": {"one_offs": [{"month": 9, "amount": 1.0}]}},
    }
)


def test_project_prints_the_town_in_chinese(capsys):
    assert main(["project", *SAMPLE]) == 0
    out = capsys.readouterr().out
    assert "全社会固定资产投资" in out and "1-6月" in out and "亿元" in out
    fai = next(line for line in out.splitlines() if "全社会固定资产投资" in line)
    assert re.search(r"\d+\.\d{2}–\d+\.\d{2}亿元", fai), "the 80% band carries its unit"
    visits = next(line for line in out.splitlines() if "旅游人次" in line)
    # P(meet) in whole percents, or 不足1% / 超过99% at the ends (tourism's band widened in the
    # 2020 shock year, so its chance is no longer below 1%)
    assert re.search(r" (不足1%|超过99%|\d{1,2}%) ", visits) and re.search(r" \d{1,2}% ", fai)


def test_project_writes_the_stable_columns(tmp_path):
    out = tmp_path / "p.csv"
    assert main(["project", *SAMPLE, "--out", str(out)]) == 0
    table = pd.read_csv(out, encoding="utf-8-sig")
    assert all(c in table.columns for c in REQUIRED)
    fai = table.set_index("indicator").loc["fai"]
    assert fai["ytd"] == pytest.approx(5.84) and fai["as_of"] == "2020-06"
    assert fai["time_progress"] == pytest.approx(0.5)
    assert fai["q05"] <= fai["q50"] <= fai["q95"]
    assert fai["required_monthly"] == pytest.approx((11 - 5.84) / 6)


def test_project_as_of_cuts_the_data(tmp_path):
    out = tmp_path / "p.csv"
    assert main(["project", *SAMPLE, "--as-of", "2020-03", "--out", str(out)]) == 0
    table = pd.read_csv(out, encoding="utf-8-sig").set_index("indicator")
    assert set(table["as_of"]) == {"2020-03"}


def _app_workbook(lang: str, scenario=None) -> bytes:
    """The app's Excel download for the sample, as the app's export page builds it."""
    from file_readers.tables import read_actuals, read_targets
    from forecast.checks import checks_for
    from forecast.projection import project_all
    from presentation import exports, fmt
    from presentation.scenario_text import scenario_label
    from scenarios.apply import apply_scenario

    actuals = read_actuals(SAMPLE_ACTUALS)
    targets = read_targets(SAMPLE_TARGETS, actuals.catalogue)
    if scenario is None:
        projections = project_all(actuals)
        checks = checks_for(projections, targets, actuals.catalogue)
        label = scenario_label("基准", lang)
    else:
        result = apply_scenario(scenario, actuals, targets)
        projections, checks = dict(result.projections), dict(result.checks)
        label = scenario.name
    month = max(p.as_of for p in projections.values() if p.indicator != "fai")
    notes = exports.ExportNotes(
        fmt.as_of((2020, month), lang),
        SAMPLE_ACTUALS.name,
        label,
        sample=True,
        assumptions=scenario,
    )
    return exports.export_files([(label, projections, checks)], actuals.catalogue, notes, lang).xlsx


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_project_xlsx_is_the_apps_workbook(tmp_path, lang):
    import openpyxl

    from tests.golden_outputs import _cells

    out = tmp_path / "p.xlsx"
    assert main(["--lang", lang, "project", *SAMPLE, "--out", str(out)]) == 0
    written = out.read_bytes()
    assert _cells(written) == _cells(_app_workbook(lang))
    book = openpyxl.load_workbook(out)
    summary, notes = book.worksheets
    assert summary.title == ("汇总-基准" if lang == "zh" else "Summary-baseline")
    assert summary["A1"].value == ("指标" if lang == "zh" else "Indicator")
    header = [c.value for c in summary[1]]
    column = header.index("状态" if lang == "zh" else "Status") + 1
    statuses = {summary.cell(r, column).value for r in range(2, summary.max_row + 1)}
    assert ("有风险" if lang == "zh" else "at risk") in statuses, statuses
    values = [c.value for row in notes.iter_rows() for c in row]
    assert ("2020年1-5月" if lang == "zh" else "Jan–May 2020") in values
    assert SAMPLE_ACTUALS.name in values


def test_scenario_apply_xlsx_is_the_apps_workbook(tmp_path):
    from scenarios.model import from_json
    from tests.golden_outputs import _cells

    s = tmp_path / "s.json"
    s.write_text(PROJECT_SCENARIO, encoding="utf-8")
    out = tmp_path / "r.xlsx"
    assert main(["scenario", "apply", *SAMPLE, "--scenario", str(s), "--out", str(out)]) == 0
    expected = _app_workbook("zh", from_json(PROJECT_SCENARIO, "s.json"))
    assert _cells(out.read_bytes()) == _cells(expected)
    assert "## 汇总-项目落地" in _cells(out.read_bytes())


@pytest.mark.parametrize(
    ("lang", "name", "said"),
    [
        ("zh", "x.xls", "不能写出 x.xls：--out 的文件名须以 .csv / .xlsx 结尾。"),
        ("en", "x.json", "Cannot write x.json: the --out file name must end in .csv / .xlsx."),
        ("en", "x", "Cannot write x: the --out file name must end in .csv / .xlsx."),
    ],
)
def test_unknown_output_types_are_refused(tmp_path, capsys, lang, name, said):
    out = tmp_path / name
    for verb in (["project", *SAMPLE], ["scenario", "apply", *SAMPLE, "--scenario", "x.json"]):
        assert main(["--lang", lang, *verb, "--out", str(out)]) == 2
        assert capsys.readouterr().err.strip() == said
        assert not out.exists()


def test_out_into_a_missing_folder_or_onto_a_folder_is_one_line(tmp_path):
    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "forecast", *args], capture_output=True, text=True
        )

    missing = run("--lang", "en", "project", *SAMPLE, "--out", str(tmp_path / "no" / "p.xlsx"))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert missing.stderr.strip() == f"The folder {tmp_path / 'no'} for --out does not exist."
    folder = tmp_path / "d.csv"
    folder.mkdir()
    onto = run("project", *SAMPLE, "--out", str(folder))
    assert onto.returncode == 2 and "Traceback" not in onto.stderr
    assert onto.stderr.strip().startswith(f"--out 给的 {folder} 是一个文件夹")


def test_bad_input_exits_2_naming_row_and_column_without_traceback(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "indicator,date,value,basis\nfai,2020-02,abc,ytd\nfai,2020-03,1,ytd\n", encoding="utf-8"
    )
    run = subprocess.run(
        [sys.executable, "-m", "forecast", "--lang", "en", "project", "--actuals", str(bad)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert "bad.csv, row 2, column 'value'" in run.stderr
    assert "Traceback" not in run.stderr


def test_backtest_prints_a_table_by_method_and_cutoff(tmp_path, capsys):
    f = tmp_path / "a.csv"
    long_frame("x", monthly_levels(5)).to_csv(f, index=False)
    assert (
        main(["backtest", "--actuals", str(f), "--cutoffs", "3,6", "--methods", "auto,runrate"])
        == 0
    )
    out = capsys.readouterr().out
    assert "80%区间覆盖率" in out and "误差中位数" in out and "平均进度法" in out  # runrate
    assert "runrate" not in out and "cover80" not in out


def test_scenario_apply_and_solve(tmp_path, capsys):
    s = tmp_path / "s.json"
    s.write_text(PROJECT_SCENARIO, encoding="utf-8")
    out = tmp_path / "r.csv"
    assert main(["scenario", "apply", *SAMPLE, "--scenario", str(s), "--out", str(out)]) == 0
    base = tmp_path / "b.csv"
    main(["project", *SAMPLE, "--out", str(base)])
    with_project = pd.read_csv(out, encoding="utf-8-sig").set_index("indicator")
    baseline = pd.read_csv(base, encoding="utf-8-sig").set_index("indicator")
    assert with_project.loc["fai", "point"] == pytest.approx(
        baseline.loc["fai", "point"] + 1.0, rel=1e-6
    )
    assert with_project.loc["fai", "scenario"] == "项目落地"
    capsys.readouterr()
    assert main(["scenario", "solve", *SAMPLE, "--indicator", "fai", "--prob", "0.8"]) == 0
    said = capsys.readouterr().out
    assert "后续月份需同比增长" in said and "已求得" in said and "required_growth" not in said


def test_bad_scenario_file_names_the_field(tmp_path, capsys):
    s = tmp_path / "s.json"
    s.write_text(
        json.dumps(
            {
                "schema_version": 1,
                "name": "x",
                "indicators": {"fai": {"shocks": [{"start": 3, "end": 9, "pct": -10}]}},
            }
        )
    )
    assert main(["--lang", "en", "scenario", "apply", *SAMPLE, "--scenario", str(s)]) == 2
    err = capsys.readouterr().err
    assert "indicators.fai.shocks[0].start" in err and "already reported" in err


def test_store_commands(tmp_path, capsys):
    db = ["--store", str(tmp_path / "db.sqlite3")]
    s = tmp_path / "s.json"
    s.write_text(
        json.dumps({"schema_version": 1, "name": "乐观一点", "indicators": {"fai": {"growth": 12}}})
    )
    assert main(["scenario", *db, "save", str(s)]) == 0
    assert main(["scenario", *db, "save", str(s)]) == 0
    capsys.readouterr()
    main(["scenario", *db, "list"])
    assert capsys.readouterr().out.count("乐观一点") == 2
    main(["scenario", *db, "delete", "乐观一点"])
    assert "已删除情景“乐观一点”" in capsys.readouterr().out
    main(["scenario", *db, "list"])
    assert "乐观一点" not in capsys.readouterr().out
    main(["scenario", *db, "restore", "乐观一点"])
    exported = tmp_path / "e.json"
    assert main(["scenario", *db, "export", "乐观一点", "--out", str(exported)]) == 0
    assert json.loads(exported.read_text())["indicators"]["fai"]["growth"] == 12
    assert main(["scenario", *db, "show", "missing"]) == 2


def test_csv_text_that_looks_like_a_formula_is_inert(tmp_path):
    actuals = tmp_path / "a.csv"
    rows = [f"=1+1,{y}-{m:02d},1,month" for y in (2019, 2020) for m in range(1, 13)]
    actuals.write_text("indicator,date,value,basis\n" + "\n".join(rows[:15]) + "\n")
    s = tmp_path / "s.json"
    s.write_text(json.dumps({"schema_version": 1, "name": "@evil", "indicators": {}}))
    out = tmp_path / "p.csv"
    assert main(["--lang", "en", "project", "--actuals", str(actuals), "--out", str(out)]) == 0
    row = pd.read_csv(out, encoding="utf-8-sig").iloc[0]
    assert row["indicator"] == "'=1+1" and row["name"] == "'=1+1"
    assert row["ytd"] == 3.0 and row["time_progress"] == 0.25
    apply = ["scenario", "apply", "--actuals", str(actuals), "--scenario", str(s)]
    assert main([*apply, "--out", str(out)]) == 0
    assert pd.read_csv(out, encoding="utf-8-sig").iloc[0]["scenario"] == "'@evil"


def test_csv_columns_are_documented_in_the_readme():
    from pathlib import Path

    from forecast.table import COLUMNS, QUANTILE_COLUMNS

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(\w+)` \|", readme, flags=re.MULTILINE))
    assert f"| `{QUANTILE_COLUMNS[0]}` … `{QUANTILE_COLUMNS[-1]}` |" in readme
    assert set(COLUMNS) - set(QUANTILE_COLUMNS) | {"scenario"} <= documented


def _app_brief(lang: str, as_of=(2020, 5), scenario=None):
    """The app's brief download for the sample at ``as_of``."""
    from file_readers.tables import read_actuals, read_targets
    from forecast.checks import checks_for
    from forecast.projection import project_all
    from presentation import exports, fmt
    from presentation.scenario_text import scenario_label
    from scenarios.apply import apply_scenario

    actuals = read_actuals(SAMPLE_ACTUALS)
    targets = read_targets(SAMPLE_TARGETS, actuals.catalogue)
    if scenario is None:
        projections = project_all(actuals, as_of)
        checks = checks_for(projections, targets, actuals.catalogue)
        label = scenario_label("基准", lang)
    else:
        result = apply_scenario(scenario, actuals, targets, as_of=as_of)
        projections, checks = dict(result.projections), dict(result.checks)
        label = scenario.name
    notes = exports.ExportNotes(
        fmt.as_of(as_of, lang), SAMPLE_ACTUALS.name, label, sample=True, assumptions=scenario
    )
    return exports.export_files([(label, projections, checks)], actuals.catalogue, notes, lang)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_brief_verb_writes_the_apps_brief(tmp_path, lang):
    import docx

    md, word = tmp_path / "brief.md", tmp_path / "brief.docx"
    for out in (md, word):
        args = ["--lang", lang, "brief", *SAMPLE, "--as-of", "2020-05", "--out", str(out)]
        assert main(args) == 0
    expected = _app_brief(lang)
    assert md.read_text(encoding="utf-8") == expected.markdown
    title = docx.Document(str(word)).paragraphs[0].text
    assert title == ("主要经济指标年末预测简报" if lang == "zh" else "Year-end projection brief")
    body = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert (
        "规模工业增加值增速：全年目标13.0%" if lang == "zh" else "target 13.0% for the year"
    ) in body


def test_brief_verb_under_a_scenario_and_without_as_of(tmp_path):
    from scenarios.model import from_json

    s = tmp_path / "s.json"
    s.write_text(PROJECT_SCENARIO, encoding="utf-8")
    out = tmp_path / "b.md"
    args = ["brief", *SAMPLE, "--scenario", str(s), "--as-of", "2020-05", "--out", str(out)]
    assert main(args) == 0
    expected = _app_brief("zh", scenario=from_json(PROJECT_SCENARIO, "s.json"))
    assert out.read_text(encoding="utf-8") == expected.markdown
    assert "情景：项目落地" in expected.markdown
    assert main(["brief", *SAMPLE, "--out", str(out)]) == 0
    assert "截至2020年1-5月 · 情景：基准 · 数据：sample_town_actuals.csv" in out.read_text()


def test_brief_verb_refuses_other_file_types(tmp_path, capsys):
    out = tmp_path / "brief.pdf"
    assert main(["--lang", "en", "brief", *SAMPLE, "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip() == (
        "Cannot write brief.pdf: the --out file name must end in .docx / .md."
    )
    assert not out.exists()


def test_terminal_table_lines_up_by_display_width_with_method_names(capsys):
    from presentation.files import text_width
    from presentation.indicator import method_name

    for lang in ("zh", "en"):
        assert main(["--lang", lang, "project", *SAMPLE]) == 0
        lines = capsys.readouterr().out.splitlines()
        names = [method_name(m, lang) for m in ("auto", "growth_drift")]
        header = "方法" if lang == "zh" else "Method"
        starts = {text_width(lines[0][: lines[0].rindex(header)])}
        for line in lines[1:]:
            name = next(n for n in names if line.endswith(n))
            starts.add(text_width(line[: -len(name)]))
        assert len(starts) == 1, starts  # the last column starts at one display offset
        assert not any(line.endswith((" auto", "growth_drift")) for line in lines)


def test_aligned_counts_chinese_characters_twice():
    from presentation.terminal import aligned

    text = aligned(["指标", "value"], [["两税", "1"], ["tax", "10,000"]], left={0})
    assert text.splitlines() == ["指标   value", "两税       1", "tax   10,000"]


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang", "en", "project", *SAMPLE],
        ["project", *SAMPLE, "--lang", "en"],
        ["project", "--lang", "en", *SAMPLE],
        ["--lang", "zh", "project", *SAMPLE, "--lang", "en"],
    ],
)
def test_lang_before_or_after_the_verb(argv, capsys):
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith("Indicator") and "at risk" in out and "有风险" not in out


def test_lang_after_scenario_actions_and_zh_by_default(tmp_path, capsys):
    s = tmp_path / "s.json"
    s.write_text(PROJECT_SCENARIO, encoding="utf-8")
    assert main(["scenario", "apply", *SAMPLE, "--scenario", str(s), "--lang", "en"]) == 0
    assert "at risk" in capsys.readouterr().out
    assert main(["scenario", "apply", *SAMPLE, "--scenario", str(s)]) == 0
    assert "有风险" in capsys.readouterr().out
    out = tmp_path / "b.pdf"
    assert main(["brief", *SAMPLE, "--out", str(out), "--lang", "en"]) == 2
    assert capsys.readouterr().err.startswith("Cannot write b.pdf")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("zh", "2021年3月没有任何指标的数据（数据截至2020年6月），请换一个 --as-of 月份。"),
        (
            "en",
            "No indicator has data for Mar 2021 (the data end in Jun 2020); choose another --as-of month.",
        ),
    ],
)
def test_as_of_without_data_is_one_sentence(tmp_path, capsys, lang, said):
    s = tmp_path / "s.json"
    s.write_text(PROJECT_SCENARIO, encoding="utf-8")
    for verb in (
        ["project", *SAMPLE],
        ["scenario", "apply", *SAMPLE, "--scenario", str(s)],
        ["brief", *SAMPLE, "--out", str(tmp_path / "b.md")],
    ):
        assert main(["--lang", lang, *verb, "--as-of", "2021-03"]) == 2
        found = capsys.readouterr()
        assert found.err.strip() == said and found.out == ""
    assert not (tmp_path / "b.md").exists()


def test_indicators_that_stop_earlier_are_named_on_stderr(tmp_path, capsys):
    frame = pd.read_csv(SAMPLE_ACTUALS)
    cut = (frame["indicator"] == "tourism_revenue") & (frame["date"] > "2020-03")
    cut |= (frame["indicator"] == "employment_new") & (frame["date"] >= "2020-01")
    early = tmp_path / "a.csv"
    frame[~cut].to_csv(early, index=False)
    assert main(["--lang", "en", "project", "--actuals", str(early)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "These indicators stop earlier than the rest (most run to May 2020): "
        "Tourism revenue (Mar 2020), New urban jobs (Dec 2019)."
    ]
    assert main(["project", "--actuals", str(early), "--as-of", "2020-05"]) == 0
    assert capsys.readouterr().err == ""  # an as-of month given: nothing to say
    assert main(["project", *SAMPLE]) == 0
    assert capsys.readouterr().err == ""  # 固投's 1-6月 is later, not earlier


# ---------------------------------------------------------------- issue 10: outputs upward


def _cells_of(path) -> dict[str, list[list]]:
    import openpyxl

    book = openpyxl.load_workbook(path)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in book}


def _row(sheet: list[list], name: str) -> dict:
    header = sheet[0]
    return next(dict(zip(header, r, strict=True)) for r in sheet[1:] if r[0] == name)


def test_plausibility_warnings_reach_the_csv_workbook_and_brief(tmp_path, capsys):
    targets = pd.read_csv(SAMPLE_TARGETS)
    targets.loc[targets["indicator"] == "fai", "value"] = 1_100_000  # 亿元 typed as 元
    slipped = tmp_path / "t.csv"
    targets.to_csv(slipped, index=False)
    args = ["--actuals", str(SAMPLE_ACTUALS), "--targets", str(slipped), "--as-of", "2020-05"]
    csv, book, md = tmp_path / "p.csv", tmp_path / "p.xlsx", tmp_path / "b.md"
    assert main(["project", *args, "--out", str(csv)]) == 0
    notes = pd.read_csv(csv, encoding="utf-8-sig").set_index("indicator")["notes"]
    assert notes["fai"] == "implausible_scale"  # a code, machine-readable
    assert notes.drop("fai").isna().all()
    assert main(["project", *args, "--out", str(book)]) == 0
    fai = _row(_cells_of(book)["汇总-基准"], "全社会固定资产投资")
    assert "数据疑有单位错误" in fai["说明"]
    assert main(["brief", *args, "--out", str(md)]) == 0
    assert "全社会固定资产投资：数据疑有单位错误" in md.read_text(encoding="utf-8")
    assert "implausible_scale" not in md.read_text(encoding="utf-8")


def test_notes_column_says_what_applies_to_each_row(tmp_path):
    actuals = pd.read_csv(SAMPLE_ACTUALS)
    early = actuals[~((actuals["indicator"] == "tourism_revenue") & (actuals["date"] == "2020-05"))]
    path = tmp_path / "a.csv"
    early.to_csv(path, index=False)
    s = tmp_path / "s.json"
    s.write_text(PROJECT_SCENARIO, encoding="utf-8")
    out = tmp_path / "r.xlsx"
    args = ["--actuals", str(path), "--targets", str(SAMPLE_TARGETS), "--scenario", str(s)]
    assert main(["scenario", "apply", *args, "--out", str(out)]) == 0
    cells = _cells_of(out)
    summary = cells["汇总-项目落地"]
    assert _row(summary, "全社会固定资产投资")["说明"] == "情景假设：9月一次性+1.00亿元"
    growth = _row(summary, "规模工业增加值增速")
    assert "增速指标" in growth["说明"] and growth["任务进度"] is None
    assert _row(summary, "旅游收入")["说明"] == "数据截至2020年4月，早于多数指标（2020年5月）"
    assert _row(summary, "国地两税收入")["说明"] is None
    notes = {tuple(r) for r in cells["说明"]}
    assert ("情景假设", "全社会固定资产投资：9月一次性+1.00亿元") in notes
    assert ("各指标截至月份", "旅游收入：2020年1-4月") in notes


def test_growth_rates_show_a_gap_in_percentage_points_not_task_progress(capsys):
    assert main(["project", *SAMPLE, "--as-of", "2020-05"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "规模工业增加值增速" in x)
    assert "超出目标0.6个百分点" in line and "102.3%" not in line
    assert main(["--lang", "en", "project", *SAMPLE, "--as-of", "2020-05"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "value added growth" in x)
    assert "0.6 pp above the target" in line


@pytest.mark.parametrize("name", ["乐观", "optimistic", "Optimistic"])
def test_builtin_scenarios_by_name(tmp_path, name):
    base, out = tmp_path / "b.csv", tmp_path / "o.csv"
    assert main(["project", *SAMPLE, "--out", str(base)]) == 0
    assert main(["scenario", "apply", *SAMPLE, "--scenario", name, "--out", str(out)]) == 0
    high = pd.read_csv(out, encoding="utf-8-sig").set_index("indicator")
    low = pd.read_csv(base, encoding="utf-8-sig").set_index("indicator")
    assert set(high["scenario"]) == {"乐观"}
    assert high.loc["tax_total", "point"] > low.loc["tax_total", "point"]


def test_a_deleted_scenario_is_refused_until_restored(tmp_path, capsys):
    db = ["--store", str(tmp_path / "db.sqlite3")]
    s = tmp_path / "s.json"
    s.write_text(PROJECT_SCENARIO, encoding="utf-8")
    out = tmp_path / "r.csv"
    apply = ["scenario", *db, "apply", *SAMPLE, "--scenario", "项目落地", "--out", str(out)]
    assert main(["scenario", *db, "save", str(s)]) == 0
    assert main(apply) == 0
    assert main(["scenario", *db, "delete", "项目落地"]) == 0
    capsys.readouterr()
    assert main(apply) == 2
    assert "情景“项目落地”已删除，请先恢复" in capsys.readouterr().err
    brief = ["brief", *SAMPLE, "--scenario", "项目落地", *db, "--out", str(tmp_path / "b.md")]
    assert main(brief) == 2
    assert main(["scenario", *db, "restore", "项目落地"]) == 0
    assert main(apply) == 0 and main(brief) == 0
    assert main(["--lang", "en", "scenario", *db, "restore", "项目落地"]) == 2
    assert "is not deleted" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "pattern"),
    [
        ("zh", r"^项目落地  第1版  \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$"),
        ("en", r"^项目落地  version 1  \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}$"),
    ],
)
def test_store_messages_in_the_chosen_language_with_local_times(tmp_path, capsys, lang, pattern):
    db = ["--store", str(tmp_path / "db.sqlite3")]
    s = tmp_path / "s.json"
    s.write_text(PROJECT_SCENARIO, encoding="utf-8")
    assert main(["--lang", lang, "scenario", *db, "save", str(s)]) == 0
    saved = capsys.readouterr().out
    assert ("已保存情景“项目落地”第1版" if lang == "zh" else "Saved scenario '项目落地'") in saved
    assert "T" not in saved.split("（" if lang == "zh" else "(")[1]  # no ISO time
    assert main(["scenario", *db, "list", "--lang", lang]) == 0
    assert re.match(pattern, capsys.readouterr().out.strip())


def test_local_time_is_this_machines_zone(monkeypatch):
    import time

    from presentation import fmt

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        assert fmt.local_time("2026-11-30T05:05:00+00:00") == "2026年11月30日 13:05"
        assert fmt.local_time("2026-11-30T05:05:00+00:00", "en") == "30 Nov 2026 13:05"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_solve_speaks_the_chosen_language(capsys):
    args = ["scenario", "solve", *SAMPLE, "--indicator", "fai", "--prob", "0.8"]
    assert main(["--lang", "en", *args]) == 0
    said = capsys.readouterr().out
    assert "required growth of the remaining months" in said and "solved" in said
    assert "required_growth" not in said and "P=" not in said


def test_backtest_table_lines_up_by_display_width(tmp_path, capsys):
    from presentation.files import text_width

    assert main(["backtest", "--actuals", str(SAMPLE_ACTUALS), "--cutoffs", "3,5"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 11 and lines[0].startswith("方法")
    assert len({text_width(line) for line in lines}) == 1  # the last column flush right
    assert "季节占比法" in "\n".join(lines) and "share" not in "\n".join(lines)


def test_piping_into_head_exits_quietly(tmp_path):
    command = (
        f"{sys.executable} -m forecast project --actuals {SAMPLE_ACTUALS} "
        f"--targets {SAMPLE_TARGETS} | head -1"
    )
    run = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("指标") and run.stdout.count("\n") == 1
    assert "Traceback" not in run.stderr and "BrokenPipe" not in run.stderr
    # a reader gone before anything is written: the write itself fails (EPIPE)
    proc = subprocess.Popen(
        [sys.executable, "-m", "forecast", "backtest", "--actuals", str(SAMPLE_ACTUALS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    proc.stdout.close()
    with proc.stderr:
        err = proc.stderr.read()
    assert proc.wait(timeout=300) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err and "Broken pipe" not in err


def test_solve_json_stays_machine_readable_whatever_the_language(capsys):
    args = ["scenario", "solve", *SAMPLE, "--indicator", "固定资产投资", "--prob", "0.8", "--json"]
    assert main(["--lang", "zh", *args]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["indicator"] == "fai" and found["status"] == "solved" and found["unit"] == "亿元"
    assert found["required_growth"]["status"] == "solved"
    assert found["required_growth"]["probability"] == pytest.approx(0.8, abs=0.02)
    assert set(found["required_monthly"]) == {"value", "status", "probability"}
    assert main(["--lang", "en", *args]) == 0
    assert json.loads(capsys.readouterr().out) == found
