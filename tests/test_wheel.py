"""The wheel carries everything the command line needs: the catalogue, the sample town and the
text table travel inside the packages, so an installed tool runs without the checkout.

Built offline (``--no-build-isolation``, the venv's own setuptools) from a copy of the source,
installed with ``--no-deps`` into a fresh venv made with ``--system-site-packages``; the
dependencies already installed here are reached through a .pth file, so nothing is downloaded.
"""

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (
    "forecast",
    "scenarios",
    "presentation",
    "file_readers",
    "data",
    "command_line.py",
    "pyproject.toml",
)
GOLDEN = ROOT / "tests" / "golden" / "outputs" / "cli_table_zh.txt"


def _run(*args: str, cwd: Path) -> str:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in (*SOURCES, "README.md"):
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(
                path, src / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(path, src / name)
    dist = tmp / "dist"
    pip = (sys.executable, "-m", "pip")
    _run(*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), ".", cwd=src)
    (wheel,) = dist.glob("town_forecast-*.whl")
    venv = tmp / "venv"
    _run(sys.executable, "-m", "venv", "--system-site-packages", str(venv), cwd=tmp)
    python = venv / "bin" / "python"
    site = _run(
        str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp
    )
    # numpy, pandas… as installed here (the .pth adds the path only: no editable finder)
    Path(site.strip(), "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel), cwd=tmp)
    return python


def test_the_installed_package_is_not_the_checkout(installed):
    where = _run(
        str(installed),
        "-c",
        "import forecast, presentation, file_readers, command_line; print(forecast.__file__);"
        "print(file_readers.__file__);"
        "print(presentation.__file__); print(command_line.__file__)",
        cwd=installed.parent.parent,
    )
    for line in where.split():
        assert str(ROOT) not in line and "site-packages" in line, line


def test_project_runs_on_the_bundled_sample(installed):
    tmp = installed.parent.parent
    paths = _run(
        str(installed),
        "-c",
        "from file_readers.tables import SAMPLE_ACTUALS, SAMPLE_TARGETS, CATALOGUE;"
        "print(SAMPLE_ACTUALS); print(SAMPLE_TARGETS); print(CATALOGUE)",
        cwd=tmp,
    ).split()
    assert all("site-packages" in p and Path(p).is_file() for p in paths), paths
    out = _run(
        str(installed),
        "-m",
        "forecast",
        "project",
        "--actuals",
        paths[0],
        "--targets",
        paths[1],
        cwd=tmp,
    )
    assert out == GOLDEN.read_text(encoding="utf-8")
