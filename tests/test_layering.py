"""Three layers, checked on the source (AST, every import, lazy ones too, nothing skipped):

- the domain, ``forecast/`` and ``scenarios/``: numbers, ids and codes; ``forecast`` never
  imports ``scenarios``; neither imports presentation, the edge, the file readers, any UI
  library or any office-file library (openpyxl, calamine, python-docx, pdfplumber); it holds
  no Chinese display text (string constants outside docstrings, regexes and an allow-list of
  matching data: units, target kinds, district headers, the report reader's patterns);
- ``file_readers/``: the one door for file formats, libraries imported inside the functions
  that read;
- ``presentation/``: pure, used by the edge; never imports streamlit, the edge or the file
  readers (the edge reads a file and hands presentation its table), never opens files;
- the edge: ``app.py`` + ``app_pages/`` (the only streamlit users) and ``command_line.py``.
  ``forecast/__main__.py`` is the one shim from the domain to the command line.
"""

import ast
import importlib
import inspect
import re
import sys
from pathlib import Path

import pytest

from tests.typography import not_shown

ROOT = Path(__file__).resolve().parent.parent
EDGE = {"app", "app_pages", "command_line"}
FILE_READERS = "file_readers"
UI = {"streamlit", "altair", "altair_viewer", "tornado", "vega_datasets"}
FILE_FORMATS = {"openpyxl", "python_calamine", "docx", "pdfplumber", "xlrd", "pypdf"}
WRITERS = {"openpyxl", "docx"}  # writing workbooks and documents is presentation
READERS = ("file_readers/",)  # the one door for file formats
SHIM = "forecast/__main__.py"
NO_FILE_SYSTEM = {"os", "shutil", "sqlite3", "tempfile", "glob"}
STDLIB = set(sys.stdlib_module_names)


def files(*packages: str) -> list[Path]:
    found = [p for pkg in packages for p in sorted((ROOT / pkg).rglob("*.py"))]
    assert found, packages  # a layer that vanished is a failure, not a skip
    return found


def imports(path: Path) -> list[tuple[str, int, bool]]:
    """(top-level module, line, at module level) of every import in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(n) for n in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        else:
            continue
        found += [(n.split(".")[0], node.lineno, id(node) in top) for n in names]
    return found


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def ids(paths: list[Path]) -> list[str]:
    return [rel(p) for p in paths]


@pytest.mark.parametrize(
    "path", files("forecast", "scenarios"), ids=ids(files("forecast", "scenarios"))
)
def test_domain_imports_no_presentation_edge_or_ui(path):
    name = rel(path)
    for module, line, _ in imports(path):
        where = f"{name}:{line} imports {module}"
        if name == SHIM and module == "command_line":
            continue
        assert module not in EDGE | UI | FILE_FORMATS | {"presentation", FILE_READERS}, where
        if name.startswith("forecast/"):
            assert module != "scenarios", where


@pytest.mark.parametrize("path", files(FILE_READERS), ids=ids(files(FILE_READERS)))
def test_file_formats_are_imported_inside_the_readers_functions(path):
    for module, line, at_top in imports(path):
        where = f"{rel(path)}:{line} imports {module}"
        assert module not in EDGE | UI, where
        if module in FILE_FORMATS:
            assert not at_top, f"{where}: inside the function that reads"


@pytest.mark.parametrize("path", files("presentation"), ids=ids(files("presentation")))
def test_presentation_is_pure(path):
    name = rel(path)
    for module, line, _ in imports(path):
        where = f"{name}:{line} imports {module}"
        assert module not in EDGE | {"streamlit", FILE_READERS} | NO_FILE_SYSTEM, where
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id != "open", f"{name}:{node.lineno} opens a file"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            assert node.func.attr not in ("write_text", "write_bytes", "mkdir", "unlink"), (
                f"{name}:{node.lineno} touches the file system"
            )


def test_only_the_app_imports_streamlit_and_writers_live_in_presentation():
    everything = [
        p
        for p in ROOT.rglob("*.py")
        if not {".venv", "tests", "bench", "scripts", ".git"} & set(p.relative_to(ROOT).parts)
    ]
    for path in everything:
        name = rel(path)
        for module, line, _ in imports(path):
            if module == "streamlit":
                assert name == "app.py" or name.startswith("app_pages/"), f"{name}:{line}"
            if module in WRITERS and not name.startswith(READERS):
                assert name.startswith("presentation/"), f"{name}:{line} writes files"


def test_domain_modules_stay_third_party_light():
    """The domain depends on the numeric stack and the standard library only (plus the store's
    platformdirs)."""
    allowed = {"forecast", "scenarios", "numpy", "pandas", "scipy", "statsmodels", "platformdirs"}
    allowed |= {"cn2an", "dask", "distributed"}  # numerals in report prose; distributed runs
    allowed |= {"command_line"}
    for path in files("forecast", "scenarios"):
        for module, line, _ in imports(path):
            assert module in STDLIB or module in allowed, f"{rel(path)}:{line} imports {module}"


def test_the_checker_sees_a_forbidden_import(tmp_path):
    bad = tmp_path / "x.py"
    bad.write_text("def f():\n    import streamlit\n", encoding="utf-8")
    assert ("streamlit", 2, False) in imports(bad)


PUBLIC_MODULES = [
    f"presentation.{p.stem}"
    for p in sorted((ROOT / "presentation").glob("*.py"))
    if not p.stem.startswith("_")
]


@pytest.mark.parametrize("module", PUBLIC_MODULES)
def test_exported_names_are_the_public_ones(module):
    """``__all__`` lists every public function and class the module defines, and no more."""
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


# ---------------------------------------------------------------- no display text in the domain

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
# Chinese in the domain is matching data only: words read from planners' files, never shown
CJK_MATCHING_PACKAGES = {
    # the report reader: patterns, numerals, period words and alias prefixes found in prose
    "forecast/extract/",
}
CJK_MATCHING = {
    # units as files write them (the catalogue's units are these strings)
    "forecast/units.py": {
        "元",
        "万元",
        "亿元",
        "人",
        "万人",
        "人次",
        "万人次",
        "户",
        "万户",
        "个",
        "，",
        # a magnitude typed alone after a number (5010万), completed by the indicator's unit
        "万",
        "亿",
    },
    # a target's kind as a targets file writes it
    "forecast/targets.py": {"绝对值", "总量", "增速", "增长", "增长率", "增幅"},
    # a district file's headers, and the total every town rolls up into (an id)
    "forecast/district/model.py": {
        "全部",
        "单位名称",
        "乡镇",
        "乡镇(街道)",
        "镇街",
        "单位代码",
        "区划代码",
        "上级",
        "上级单位",
        "上级代码",
        "名称",
    },
}


def cjk_constants(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every string constant with Chinese in the file (f-string parts too),
    docstrings and regular expressions (the pattern of a ``re`` call) left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = not_shown(tree)
    return sorted(
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and CJK.search(node.value)
    )


def display_text(path: Path) -> list[str]:
    """The Chinese constants of a domain file outside its allow-list of matching data."""
    name = rel(path)
    if name.startswith(tuple(CJK_MATCHING_PACKAGES)):
        return []
    allowed = CJK_MATCHING.get(name, set())
    return [f"{name}:{line}: {text!r}" for line, text in cjk_constants(path) if text not in allowed]


@pytest.mark.parametrize(
    "path", files("forecast", "scenarios"), ids=ids(files("forecast", "scenarios"))
)
def test_the_domain_holds_no_chinese_display_text(path):
    """Names, sentences and labels live in presentation/strings.toml, worded by id."""
    assert display_text(path) == []


def test_the_matching_allow_list_is_still_used():
    for name, allowed in CJK_MATCHING.items():
        found = {text for _, text in cjk_constants(ROOT / name)}
        assert allowed - found == set(), name


def test_the_text_check_sees_a_display_string(tmp_path):
    bad = tmp_path / "x.py"
    source = (
        '"""模块说明。"""\n'
        "import re\n"
        'PATTERN = re.compile(r"(\\d+)月")\n'
        'BASELINE = ("基准", "模型预测，不加任何假设。")\n'
        "def f(n):\n"
        '    """函数说明。"""\n'
        '    return f"第{n}行有误"\n'
    )
    bad.write_text(source, encoding="utf-8")
    found = [(4, "基准"), (4, "模型预测，不加任何假设。"), (7, "第"), (7, "行有误")]
    assert cjk_constants(bad) == found  # docstrings and the regex left out
