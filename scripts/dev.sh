#!/usr/bin/env bash
# One entry point for a fresh machine with only Python 3.11 and pip:
#   bash scripts/dev.sh app    set up .venv and start the app on the bundled sample town
#   bash scripts/dev.sh test   set up .venv (and the browser for end-to-end tests) and run all tests
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

setup() {
    if [ ! -x .venv/bin/python ]; then
        "$PY" -m venv .venv
    fi
    # reinstall only when the dependency list changed
    stamp=.venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)
    if [ ! -f "$stamp" ]; then
        .venv/bin/python -m pip install --quiet --upgrade pip
        .venv/bin/python -m pip install --quiet -e ".[dev]"
        rm -f .venv/.installed-* && touch "$stamp"
    fi
}

case "${1:-}" in
    app)
        setup
        if [ -f app.py ]; then
            exec .venv/bin/streamlit run app.py "${@:2}"
        fi
        exec .venv/bin/python -m forecast project --actuals data/sample_town_actuals.csv \
            --targets data/sample_town_targets.csv
        ;;
    test)
        setup
        if [ -x scripts/install_browser.sh ]; then
            bash scripts/install_browser.sh
        fi
        .venv/bin/ruff check .
        .venv/bin/ruff format --check .
        exec .venv/bin/python -m pytest -n 2 "${@:2}"
        ;;
    *)
        echo "usage: bash scripts/dev.sh app|test" >&2
        exit 64
        ;;
esac
