"""Layering: the core never imports streamlit, and page files only lay out widgets."""

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE = ("forecast", "scenarios")
PAGE_FILES = sorted([ROOT / "app.py", *(ROOT / "app_pages").glob("*.py")])
ARITHMETIC = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.MatMult)
# a page's keys carry its stem; the scenarios page edits one scenario: ``scenario_``
KEY_PREFIXES = {"scenarios": "scenario_"}


def core_files() -> list[Path]:
    return sorted(p for pkg in CORE if (ROOT / pkg).is_dir() for p in (ROOT / pkg).rglob("*.py"))


def test_importing_every_core_module_leaves_streamlit_unloaded():
    """Import every module under forecast/ and scenarios/ in a fresh interpreter."""
    script = f"""
import importlib, json, pkgutil, sys
sys.path.insert(0, {str(ROOT)!r})
loaded = []
for pkg in {CORE!r}:
    try:
        root = importlib.import_module(pkg)
    except ModuleNotFoundError:
        continue
    loaded.append(pkg)
    for info in pkgutil.walk_packages(root.__path__, pkg + "."):
        if info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
        loaded.append(info.name)
print(json.dumps({{"loaded": loaded, "ui": sorted(m for m in sys.modules
    if m.split(".")[0] in ("streamlit", "altair_viewer", "tornado"))}}))
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert "forecast.views" in found["loaded"] and "forecast.exporters" in found["loaded"]
    assert found["ui"] == []


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_core_file_imports_streamlit_even_lazily(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        assert not any(n.split(".")[0] == "streamlit" for n in names), (path, node.lineno)


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_pages_hold_no_arithmetic(path):
    """Figures come from forecast/: no arithmetic operator appears in app.py or app_pages/."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ARITHMETIC):
            pytest.fail(f"{path.name}:{node.lineno}: arithmetic in a page file")
        if isinstance(node, ast.AugAssign):
            pytest.fail(f"{path.name}:{node.lineno}: arithmetic in a page file")
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
            assert not {"numpy", "pandas", "scipy"} & {n.split(".")[0] for n in names}, (
                f"{path.name}:{node.lineno}: pages should not compute with {names}"
            )


def test_page_session_keys_are_prefixed():
    """Each page's widget keys carry its own prefix, so pages never collide in session state."""
    for path in (ROOT / "app_pages").glob("*.py"):
        if path.name.startswith("_"):
            continue
        prefix = KEY_PREFIXES.get(path.stem, f"{path.stem}_")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "key":
                value = node.value
                if isinstance(value, ast.JoinedStr):  # f"data_template_{kind}"
                    value = value.values[0]
                assert isinstance(value, ast.Constant), (path.name, node.lineno)
                assert value.value.startswith(prefix), (path.name, value.value)


@pytest.mark.parametrize(
    "module",
    [
        "forecast.views",
        "forecast.sheets",
        "forecast.intake",
        "forecast.brief",
        "forecast.exporters",
        "forecast.charts",
        "forecast.ui_text",
        "scenarios.ui_text",
        "scenarios.workbench",
    ],
)
def test_exported_names_are_the_public_ones(module):
    """``__all__`` lists every public function and class the module defines, and no more."""
    import importlib
    import inspect

    mod = importlib.import_module(module)
    defined = {
        name
        for name, obj in vars(mod).items()
        if not name.startswith("_")
        and (inspect.isfunction(obj) or inspect.isclass(obj))
        and obj.__module__ == module
    }
    assert [n for n in mod.__all__ if not hasattr(mod, n)] == []
    assert defined - set(mod.__all__) == set()
