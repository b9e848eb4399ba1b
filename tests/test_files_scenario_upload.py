"""A scenario file uploaded on the 情景 page is read as the command line reads ``--scenario``:
indicators keyed by ids, Chinese or English names or aliases (one code path,
``scenarios.files.read_scenario_text``); an unknown name is an error suggesting close names,
and malformed JSON one sentence, never a traceback."""

import json
from types import SimpleNamespace

import pytest

from app_pages import callbacks
from app_pages.state import DRAFT_KEY, SCENARIO_FLASH, Upload
from command_line import _read_scenario
from file_readers.tables import read_catalogue
from scenarios.model import Scenario

CAT = read_catalogue()

BY_NAMES = {
    "schema_version": 1,
    "name": "按名称",
    "indicators": {
        "两税": {"growth": 6.0},  # an alias of 国地两税收入
        "全社会固定资产投资": {"shocks": [{"start": 7, "end": 9, "pct": -10.0}]},  # a name
        "tax_national": {"growth": 3.0},  # an id
    },
}


def upload(data: dict | str, name: str = "s.json") -> Upload:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return Upload(name, text.encode("utf-8"))


def test_names_and_aliases_become_ids_as_on_the_command_line(tmp_path):
    found = callbacks.scenario_upload(upload(BY_NAMES), CAT)
    assert isinstance(found, Scenario)
    assert set(found.indicators) == {"tax_total", "fai", "tax_national"}
    assert found.assumption("tax_total").growth == 6.0
    path = tmp_path / "s.json"
    path.write_text(json.dumps(BY_NAMES, ensure_ascii=False), encoding="utf-8")
    assert _read_scenario(path, catalogue=CAT) == callbacks.scenario_upload(
        upload(BY_NAMES, str(path)), CAT
    )


def test_an_unknown_name_is_a_problem_suggesting_close_names():
    data = {**BY_NAMES, "indicators": {"固定资产投": {"growth": 1.0}}}
    [p] = callbacks.scenario_upload(upload(data), CAT)
    assert (p.file, p.column, p.code, p.value) == (
        "s.json",
        "indicators",
        "unknown_indicator",
        "固定资产投",
    )
    assert "固定资产投资" in p.detail


@pytest.mark.parametrize(
    "text, code",
    [
        ("{not json", "scenario_schema"),
        ("[" * 100_000, "scenario_schema"),
        ('{"schema_version": 1, "indicators": []}', "scenario_schema"),
        (b"\xff\xfe\x00".decode("latin-1"), "scenario_schema"),
    ],
)
def test_malformed_files_are_one_problem(text, code):
    found = callbacks.scenario_upload(upload(text), CAT)
    assert isinstance(found, list) and found[0].code == code


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        '{\n  "name": "a",\n  "indicators": {x}\n}',
        "[" * 100_000,
        '{"a": ' * 5_000 + "1" + "}" * 5_000,
        '{"schema_version": 1, "indicators": []}',
        '{"schema_version": 1, "name": "a", "indicators": {"tax_total": null}}',
        '{"schema_version": 1, "name": "a", "indicators": {"tax_total": {"growth": [1]}}}',
        '{"schema_version": 1, "name": "a", "indicators": {"tax_total": {"shock": "x"}}}',
        '{"schema_version": 1, "name": "a", "indicators": {"tax_total": {"one_offs": [7]}}}',
        '{"schema_version": 1, "name": ["a"], "indicators": {}}',
        "null",
        '"text"',
        "[]",
    ],
)
def test_a_malformed_file_is_said_in_the_users_language(text):
    from presentation.problems import describe
    from scenarios.model import SCHEMA_DETAILS

    found = callbacks.scenario_upload(upload(text), CAT)
    assert isinstance(found, list) and found
    for p in found:
        if p.code in ("scenario_schema", "scenario_profile"):
            assert p.detail in SCHEMA_DETAILS  # a code, worded by presentation
        zh = describe(p, "zh")
        # no Python exception text (Expecting, TypeError, ...) reaches the user
        assert not any(w in zh for w in ("Error", "Expecting", "object", "line ")), zh


def test_the_line_and_character_of_bad_json_are_named():
    [p] = callbacks.scenario_upload(upload('{\n  "name": "a",\n  "indicators": {x}\n}'), CAT)
    assert (p.row, p.detail, p.value) == (3, "not_json", "18")


def test_not_utf8_is_unreadable():
    [p] = callbacks.scenario_upload(Upload("s.json", b"\xff\xfe\xfa"), CAT)
    assert p.code == "unreadable"


def test_the_upload_callback_sets_the_draft_or_says_the_problem(monkeypatch):
    state: dict = {}
    monkeypatch.setattr(callbacks.st, "session_state", state)
    session = SimpleNamespace(lang="zh", actuals=SimpleNamespace(catalogue=CAT))
    file = SimpleNamespace(name="s.json", getvalue=lambda: upload(BY_NAMES).data)
    state["scenario_upload"] = file
    callbacks.on_scenario_upload(session, "scenario_upload")
    assert set(state[DRAFT_KEY].indicators) == {"tax_total", "fai", "tax_national"}
    assert state[SCENARIO_FLASH][0] == "success"
    bad = {**BY_NAMES, "indicators": {"不存在的指标": {}, "也不存在": {}}}
    state["scenario_upload"] = SimpleNamespace(name="b.json", getvalue=lambda: upload(bad).data)
    callbacks.on_scenario_upload(session, "scenario_upload")
    kind, text = state[SCENARIO_FLASH]
    assert kind == "error" and "b.json" in text and "不存在的指标" in text and "另有1处" in text
    assert set(state[DRAFT_KEY].indicators) == {"tax_total", "fai", "tax_national"}  # kept
