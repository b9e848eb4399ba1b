"""The command line on planners' real files: ``inspect``, exit 3 when some indicators are left
out (named on stderr, a ``dropped`` row in the CSV), exit 2 for whole-file problems, bad
``--store`` paths, malformed scenario JSON, ``--indicator`` by name, ``--year``."""

import json

import pandas as pd
import pytest

from command_line import EXIT_BAD_INPUT, EXIT_PARTIAL, main
from tests.bad_files import xlsx
from tests.synth import long_frame, monthly_levels


@pytest.fixture
def partial_csv(tmp_path):
    """Three years of tax (good) and investment with a bad cell this year."""
    tax = long_frame("tax_total", monthly_levels(3), 2018, last_month=5)
    fai = long_frame("fai", monthly_levels(3, seed=2) / 1000, 2018, last_month=5)
    fai.loc[len(fai) - 1, "value"] = "abc"
    path = tmp_path / "town.csv"
    pd.concat([tax, fai]).to_csv(path, index=False)
    return path, len(tax) + len(fai) + 1


def test_project_leaves_out_a_bad_indicator_and_exits_3(partial_csv, capsys, tmp_path):
    path, last_row = partial_csv
    assert main(["project", "--actuals", str(path)]) == EXIT_PARTIAL
    captured = capsys.readouterr()
    assert "国地两税收入" in captured.out and "全社会固定资产投资" not in captured.out
    assert f"第{last_row}行" in captured.err and "“value”列" in captured.err
    assert "1 项指标未作预测" in captured.err
    out = tmp_path / "p.csv"
    assert main(["project", "--actuals", str(path), "--out", str(out)]) == EXIT_PARTIAL
    table = pd.read_csv(out, encoding="utf-8-sig")
    assert list(table["indicator"]) == ["tax_total", "fai"]
    dropped = table.set_index("indicator").loc["fai"]
    assert (dropped["status"], dropped["notes"]) == ("dropped", "bad_number")
    assert pd.isna(dropped["point"])


def test_no_indicator_left_is_exit_2(tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text("indicator,date,value,basis\nfai,2020-01,abc,ytd\n", encoding="utf-8")
    assert main(["project", "--actuals", str(path)]) == EXIT_BAD_INPUT
    assert "无法识别的数值“abc”" in capsys.readouterr().err


def test_a_missing_actuals_file_is_one_sentence(tmp_path, capsys):
    assert main(["project", "--actuals", str(tmp_path / "none.csv")]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "找不到文件" in err and "Errno" not in err


def test_inspect_lists_rows_matches_units_children_and_totals(tmp_path, capsys):
    path = tmp_path / "台账.xlsx"
    path.write_bytes(
        xlsx(
            ("填表说明", [["请填写累计数"]]),
            (
                "2020年",
                [
                    ["2020年1-5月主要指标"],
                    ["指标", "单位", "1-2月", "1-5月"],
                    ["两税", "万元", 2000, 5010],
                    ["其中：国税", "万元", 1100, 2441],
                    ["　　地税", "万元", 900, 2569],
                    ["固投", "亿元", 1, 3],
                    ["合计", None, None, None],
                ],
            ),
        )
    )
    assert main(["inspect", str(path)]) == 0
    captured = capsys.readouterr()
    out = captured.out
    assert "2 个工作表" in out and "可以预测：4 项指标" in out
    assert "国地两税收入（tax_total）" in out and "别名" in out
    assert "国地两税收入的分项" in out and "合计行" in out
    assert "工作表“填表说明”中没有数据" in captured.err
    assert main(["--lang", "en", "inspect", str(path)]) == 0
    assert "part of National and local tax revenue" in capsys.readouterr().out


def test_inspect_of_a_file_that_cannot_load_exits_2(tmp_path, capsys):
    path = tmp_path / "w.csv"
    path.write_text("指标,1-2月,1-5月\n两税,2000,5010\n", encoding="utf-8")
    assert main(["inspect", str(path)]) == EXIT_BAD_INPUT
    assert "无法识别的年份" in capsys.readouterr().err
    assert main(["inspect", str(path), "--year", "2020"]) == 0


def test_year_option_reads_a_sheet_without_a_year(tmp_path, capsys):
    path = tmp_path / "w.csv"
    rows = "指标,1-2月,1-3月,1-4月,1-5月\n两税,2000,3000,4000,5010\n"
    path.write_text(rows, encoding="utf-8")
    assert main(["project", "--actuals", str(path), "--year", "2020"]) == 0
    assert "2020 1-5月" in capsys.readouterr().out


@pytest.mark.parametrize("kind", ["folder", "csv"])
def test_a_bad_store_path_is_one_sentence(tmp_path, capsys, kind):
    store = tmp_path / "store"
    if kind == "folder":
        store.mkdir()
    else:
        store = tmp_path / "store.csv"
        store.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["scenario", "--store", str(store), "list"]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "无法打开情景库" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"schema_version": 1, "name": "x", "indicators": []}',
        '{"schema_version": 1, "name": ["x"], "indicators": {"fai": 3}}',
        "null",
        '"text"',
        "{",
    ],
)
def test_malformed_scenario_json_of_any_shape_is_exit_2(tmp_path, capsys, text):
    path = tmp_path / "s.json"
    path.write_text(text, encoding="utf-8")
    from file_readers.tables import SAMPLE_ACTUALS

    code = main(["scenario", "apply", "--actuals", str(SAMPLE_ACTUALS), "--scenario", str(path)])
    assert code == EXIT_BAD_INPUT
    assert "Traceback" not in capsys.readouterr().err


def test_solve_takes_a_name_or_alias_and_suggests_close_names(capsys):
    from file_readers.tables import SAMPLE_ACTUALS, SAMPLE_TARGETS

    sample = ["--actuals", str(SAMPLE_ACTUALS), "--targets", str(SAMPLE_TARGETS)]
    assert main(["scenario", "solve", *sample, "--indicator", "固投"]) == 0
    assert "全社会固定资产投资" in capsys.readouterr().out
    assert main(["scenario", "solve", *sample, "--indicator", "固定资产投资额"]) == 2
    assert "是否为：" in capsys.readouterr().err


def test_scenario_json_still_loads(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"schema_version": 1, "name": "x"}), encoding="utf-8")
    from file_readers.tables import SAMPLE_ACTUALS

    assert (
        main(["scenario", "apply", "--actuals", str(SAMPLE_ACTUALS), "--scenario", str(path)]) == 0
    )


def test_a_scenario_file_may_name_indicators_by_name_or_alias(tmp_path, capsys):
    from file_readers.tables import SAMPLE_ACTUALS

    sample = ["--actuals", str(SAMPLE_ACTUALS)]
    path = tmp_path / "s.json"
    one_off = {"one_offs": [{"month": 9, "amount": 1.0}]}
    path.write_text(
        json.dumps({"schema_version": 1, "name": "x", "indicators": {"固投": one_off}}),
        encoding="utf-8",
    )
    out = tmp_path / "a.csv"
    assert main(["scenario", "apply", *sample, "--scenario", str(path), "--out", str(out)]) == 0
    path.write_text(
        json.dumps({"schema_version": 1, "name": "x", "indicators": {"固定资产投资额": one_off}}),
        encoding="utf-8",
    )
    assert main(["scenario", "apply", *sample, "--scenario", str(path)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "未知的指标“固定资产投资额”" in err and "是否为：" in err
