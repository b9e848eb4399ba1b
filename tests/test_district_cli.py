"""``python -m forecast project`` on a district: an entity column, the totals' rows, the
workbook, a town's problems (exit 3), the Dask options; single-town files unchanged."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from command_line import main

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FEW = ("沿滩镇", "示例甲镇", "示例乙镇")


@pytest.fixture(scope="module")
def few(tmp_path_factory) -> Path:
    raw = pd.read_csv(DATA / "district_actuals.csv", dtype=str, keep_default_na=False)
    path = tmp_path_factory.mktemp("district") / "few.csv"
    raw[raw["entity"].isin(FEW)].to_csv(path, index=False)
    return path


def test_project_writes_an_entity_column_and_the_totals_rows(few, tmp_path, capsys):
    out = tmp_path / "d.csv"
    args = ["project", "--actuals", str(few), "--targets", str(DATA / "district_targets.csv")]
    assert main([*args, "--draws", "200", "--out", str(out)]) == 3  # other towns' targets
    table = pd.read_csv(out, encoding="utf-8-sig")
    assert list(table.columns[:3]) == ["entity", "indicator", "name"]
    assert set(table["entity"]) == {*FEW, "全部"}
    total = table[(table["entity"] == "全部") & (table["indicator"] == "tax_total")]
    towns = table[(table["entity"] != "全部") & (table["indicator"] == "tax_total")]
    assert total["ytd"].iloc[0] == pytest.approx(towns["ytd"].sum())
    assert total["method"].iloc[0] == "sum"
    assert "示例丙镇" in capsys.readouterr().err  # named once, the others went on


def test_a_hierarchy_and_the_workbook(few, tmp_path):
    out = tmp_path / "d.xlsx"
    args = ["project", "--actuals", str(few), "--hierarchy", str(DATA / "district_hierarchy.csv")]
    status = main([*args, "--draws", "200", "--out", str(out)])
    assert status == 3  # the hierarchy names ten towns this file lacks
    book = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))
    assert book.sheetnames[:2] == ["排名", "示例县"] and set(FEW) <= set(book.sheetnames)


def test_the_terminal_shows_each_town_and_total(few, capsys):
    assert main(["--lang", "en", "project", "--actuals", str(few), "--draws", "200"]) == 0
    shown = capsys.readouterr().out
    assert "== 沿滩镇 ==" in shown and "== All ==" in shown


def test_workers_give_the_same_table(few, tmp_path):
    here, there = tmp_path / "here.csv", tmp_path / "there.csv"
    base = ["project", "--actuals", str(few), "--draws", "100"]
    assert main([*base, "--out", str(here)]) == 0
    assert main([*base, "--workers", "2", "--out", str(there)]) == 0
    assert here.read_bytes() == there.read_bytes()


def test_an_unreachable_scheduler_is_one_line(few, capsys):
    dask = pytest.importorskip("dask")
    args = ["project", "--actuals", str(few), "--draws", "50"]
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        assert main([*args, "--scheduler", "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("无法连接 Dask 调度器") and "\n" not in err
