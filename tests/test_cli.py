"""The command line: a stable interface other tools call."""

import json
import re
import subprocess
import sys

import pandas as pd
import pytest

from command_line import main
from forecast.readers import SAMPLE_ACTUALS, SAMPLE_TARGETS
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


def test_project_prints_the_town_in_chinese(capsys):
    assert main(["project", *SAMPLE]) == 0
    out = capsys.readouterr().out
    assert "全社会固定资产投资" in out and "1-6月" in out and "亿元" in out
    fai = next(line for line in out.splitlines() if "全社会固定资产投资" in line)
    assert re.search(r"\d+\.\d{2}–\d+\.\d{2}亿元", fai), "the 80% band carries its unit"


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
    out = tmp_path / "p.xlsx"
    assert main(["project", *SAMPLE, "--as-of", "2020-03", "--out", str(out)]) == 0
    table = pd.read_excel(out).set_index("indicator")
    assert set(table["as_of"]) == {"2020-03"}


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
    assert "cover80" in out and "mdape" in out and "runrate" in out


def test_scenario_apply_and_solve(tmp_path, capsys):
    s = tmp_path / "s.json"
    s.write_text(
        json.dumps(
            {
                "schema_version": 1,
                "name": "项目落地",
                "indicators": {"fai": {"one_offs": [{"month": 9, "amount": 1.0}]}},
            }
        ),
        encoding="utf-8",
    )
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
    assert "required_growth" in capsys.readouterr().out


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
    main(["scenario", *db, "list"])
    assert "乐观一点" not in capsys.readouterr().out
    main(["scenario", *db, "restore", "乐观一点"])
    exported = tmp_path / "e.json"
    assert main(["scenario", *db, "export", "乐观一点", "--out", str(exported)]) == 0
    assert json.loads(exported.read_text())["indicators"]["fai"]["growth"] == 12
    assert main(["scenario", *db, "show", "missing"]) == 2
