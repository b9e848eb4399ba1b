"""The app edge's own rules, checked on the source: pages only lay out widgets (no arithmetic,
no numeric libraries), each page's widget keys carry its prefix, the session's own keys carry
their owner's, and the shared modules stay small, one job each."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP_FILES = sorted([ROOT / "app.py", *(ROOT / "app_pages").glob("*.py")])
ARITHMETIC = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.MatMult)
NUMERIC = {"numpy", "pandas", "scipy"}
# a page's keys carry its stem; the scenarios page edits one scenario: ``scenario_``
KEY_PREFIXES = {"scenarios": "scenario_"}
OWNERS = ("app_", "data_", "indicator_", "scenario_", "export_")
MAX_LINES = 300


def pages() -> list[Path]:
    """The files app.py routes to (``st.Page("app_pages/….py", …)``)."""
    tree = ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))
    found = [
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "Page"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]
    return [ROOT / p for p in found]


def shared_modules() -> list[Path]:
    routed = set(pages())
    return [p for p in sorted((ROOT / "app_pages").glob("*.py")) if p not in routed]


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_app_routes_every_page_and_nothing_else():
    assert [p.stem for p in pages()] == [
        "overview",
        "indicator",
        "scenarios",
        "data",
        "export",
        "district",
    ]
    assert all(p.exists() for p in pages())
    assert not (ROOT / "app_pages" / "_shared.py").exists()


@pytest.mark.parametrize("path", APP_FILES, ids=[rel(p) for p in APP_FILES])
def test_the_edge_holds_no_arithmetic(path):
    """Figures come from the domain and presentation: no arithmetic operator in the edge."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ARITHMETIC):
            pytest.fail(f"{rel(path)}:{node.lineno}: arithmetic in the app")
        if isinstance(node, ast.AugAssign):
            pytest.fail(f"{rel(path)}:{node.lineno}: arithmetic in the app")
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        assert not NUMERIC & {n.split(".")[0] for n in names}, f"{rel(path)}:{node.lineno}"


@pytest.mark.parametrize("path", pages(), ids=[rel(p) for p in pages()])
def test_page_widget_keys_carry_the_page_prefix(path):
    prefix = KEY_PREFIXES.get(path.stem, f"{path.stem}_")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "key":
            value = node.value
            if isinstance(value, ast.JoinedStr):  # f"data_template_{kind}"
                value = value.values[0]
            assert isinstance(value, ast.Constant), (rel(path), node.lineno)
            assert value.value.startswith(prefix), (rel(path), value.value)


def test_session_keys_carry_their_owner():
    """The session's keys (``*_KEY``, ``*_FLASH`` in state.py) start with their owner's prefix."""
    tree = ast.parse((ROOT / "app_pages" / "state.py").read_text(encoding="utf-8"))
    keys = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name) and target.id.endswith(("_KEY", "_FLASH"))
    }
    assert len(keys) >= 10
    assert [k for k, v in keys.items() if not str(v).startswith(OWNERS)] == []
    assert len(set(keys.values())) == len(keys)


@pytest.mark.parametrize("path", shared_modules(), ids=[rel(p) for p in shared_modules()])
def test_shared_modules_stay_small(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{rel(path)}: {lines} lines"


def test_only_the_cache_module_caches():
    """Every st.cache_data / st.cache_resource lives in app_pages/cached.py."""
    for path in APP_FILES:
        source = path.read_text(encoding="utf-8")
        if path.name != "cached.py":
            assert "cache_data" not in source and "cache_resource" not in source, rel(path)
