"""The command line and the app ask goal seek the same question through one path
(scenarios.solve.goal_seek): a group shock in the scenario moves the answer in both."""

import json

import pytest

from command_line import main
from file_readers.tables import SAMPLE_ACTUALS, SAMPLE_TARGETS, read_actuals, read_targets
from forecast.projection import project_all
from scenarios.model import GroupShock, Scenario
from scenarios.solve import goal_seek

SAMPLE = ["--actuals", str(SAMPLE_ACTUALS), "--targets", str(SAMPLE_TARGETS)]
SHOCK = GroupShock("investment", 7, 12, -20.0)


def _cli_growth(capsys, *extra: str) -> float:
    capsys.readouterr()
    args = ["scenario", "solve", *SAMPLE, "--indicator", "fai", "--prob", "0.8", "--json", *extra]
    assert main(args) == 0
    return round(json.loads(capsys.readouterr().out)["required_growth"]["value"], 1)


@pytest.fixture(scope="module")
def fai():
    actuals = read_actuals(SAMPLE_ACTUALS)
    targets = read_targets(SAMPLE_TARGETS, actuals.catalogue)
    p = project_all(actuals)["fai"]
    return p, targets[("fai", p.year)].annual


def test_a_group_shock_raises_the_growth_needed_on_the_command_line(tmp_path, capsys, fai):
    plain = _cli_growth(capsys)
    path = tmp_path / "shock.json"
    scenario = {
        "schema_version": 1,
        "name": "下半年投资放缓",
        "group_shocks": [{"group": "investment", "start": 7, "end": 12, "pct": -20}],
    }
    path.write_text(json.dumps(scenario, ensure_ascii=False), encoding="utf-8")
    shocked = _cli_growth(capsys, "--scenario", str(path))
    # the shock cuts July–December by a fifth, so the rest must grow more to make up for it
    assert shocked > plain + 5


def test_the_command_line_prints_what_goal_seek_returns(tmp_path, capsys, fai):
    p, goal = fai
    s = Scenario("s", group_shocks=(SHOCK,))
    shocked = goal_seek(p, s.assumption("fai"), s.shocks_reaching("investment"), goal, 0.8)
    plain = goal_seek(p, s.assumption("fai"), [], goal, 0.8)
    assert shocked.status == plain.status == "solved"
    path = tmp_path / "shock.json"
    path.write_text(
        json.dumps({"schema_version": 1, "name": "s", "group_shocks": [vars(SHOCK)]}),
        encoding="utf-8",
    )
    assert _cli_growth(capsys, "--scenario", str(path)) == round(shocked.growth.value, 1)
    assert _cli_growth(capsys) == round(plain.growth.value, 1)
