"""Every text the code can ask for exists in Chinese and English.

Keys come two ways: written out (``t("col_name", lang)``), found by reading the source; and
built from ids (``t(f"status_{code}")``), whose families are listed here from the domain's
own tuples of codes. A new f-string family fails ``test_every_built_key_is_a_known_family``
until it is added below.
"""

import ast
import csv
import tomllib
from pathlib import Path

import pytest

from forecast.actuals import BASES
from forecast.checks import STATUSES
from forecast.errors import PROBLEM_CODES, UNREADABLE_DETAILS, WARNING_CODES, Problem
from forecast.extract import NOTES as EXTRACT_NOTES
from forecast.methods import METHODS
from forecast.projection import NOTES
from forecast.table import PLAUSIBILITY_PREFIX
from presentation import text
from presentation.terminal import BACKTEST_COLUMNS
from presentation.text import t
from scenarios.builtins import BUILTIN_IDS
from scenarios.model import ASSUMPTION_KINDS, PROFILE_KINDS, SCHEMA_DETAILS

ROOT = Path(__file__).resolve().parent.parent
CODE = [
    ROOT / "app.py",
    ROOT / "command_line.py",
    *sorted((ROOT / "app_pages").rglob("*.py")),
    *sorted((ROOT / "presentation").rglob("*.py")),
]
TEXT_FUNCTIONS = {"t", "label", "has"}


def _groups() -> set[str]:
    with open(ROOT / "data" / "catalogue.csv", encoding="utf-8") as f:
        return {row["group"] for row in csv.DictReader(f) if row["group"]}


def _method_names() -> set[str]:
    from forecast.methods import registry

    return {m.name for m in registry.registered()}


FAMILIES: dict[str, set[str]] = {
    "status_": set(STATUSES),
    "metric_": set(STATUSES),
    "method_": set(METHODS) | {"growth_drift", "remaining"},
    "explain_": (set(METHODS) - {"auto"}) | {"growth_drift", "remaining"},
    "note_": set(NOTES),
    "problem_": set(PROBLEM_CODES),
    "basis_": set(BASES),
    "group_": _groups(),
    "profile_": set(PROFILE_KINDS) | {"model"},
    "desc_": set(ASSUMPTION_KINDS),
    "template_": {"long_csv", "long_xlsx", "wide_csv", "wide_xlsx", "targets_csv"},
    "warn_": {c for c in WARNING_CODES if c.startswith(PLAUSIBILITY_PREFIX)},
    "solve_status_": {"solved", "already_met", "unreachable", "no_target", "no_months"},
    "bt_": set(BACKTEST_COLUMNS),
    "scenario_": set(BUILTIN_IDS),
    "scenario_about_": set(BUILTIN_IDS),
    "schema_detail_": set(SCHEMA_DETAILS),
    "store_miss_": {"unknown", "unknown_version", "deleted", "not_deleted"},
    "extract_note_": set(EXTRACT_NOTES),
    "unreadable_": set(UNREADABLE_DETAILS),
}


def _calls(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        f = node.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
        if name in TEXT_FUNCTIONS:
            yield path, node.lineno, node.args[0]


def literal_keys() -> set[tuple[str, str]]:
    return {
        (f"{p.relative_to(ROOT)}:{line}", arg.value)
        for p in CODE
        for p, line, arg in _calls(p)
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
    }


def built_prefixes() -> set[tuple[str, str]]:
    return {
        (f"{p.relative_to(ROOT)}:{line}", arg.values[0].value)
        for p in CODE
        for p, line, arg in _calls(p)
        if isinstance(arg, ast.JoinedStr) and isinstance(arg.values[0], ast.Constant)
    }


def test_the_text_file_has_zh_and_en_for_every_key():
    raw = tomllib.loads((ROOT / "presentation" / "strings.toml").read_text(encoding="utf-8"))
    for key, entry in raw.items():
        assert set(entry) == {"zh", "en"}, key
        assert entry["zh"].strip() or key == "sentence_sep", key
        assert entry["en"].strip() or key == "sentence_sep", key


def test_every_written_key_exists():
    missing = sorted((where, key) for where, key in literal_keys() if not text.has(key))
    assert missing == []


def test_the_scan_finds_the_keys_the_code_uses():
    keys = {k for _, k in literal_keys()}
    assert {"col_name", "brief_title", "where_row"} <= keys


def test_every_built_key_is_a_known_family():
    unknown = sorted((w, p) for w, p in built_prefixes() if p not in FAMILIES)
    assert unknown == []


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_key_of_a_family_exists_in_both_languages(family):
    assert FAMILIES[family], family
    for code in sorted(FAMILIES[family]):
        for lang in ("zh", "en"):
            assert t(f"{family}{code}", lang), (family, code, lang)


def test_every_registered_method_has_a_name():
    for name in _method_names():
        assert text.has(f"method_{name}"), name


def test_a_missing_key_raises_rather_than_showing_an_id():
    with pytest.raises(KeyError):
        t("no_such_key_anywhere")


def test_a_problem_needs_a_known_code():
    with pytest.raises(ValueError):
        Problem("f.csv", 2, "value", "not_a_code")
