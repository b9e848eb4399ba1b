"""Command line: ``python -m forecast project|backtest`` (a stable interface other tools call).

Bad input prints every problem (file, row, column) and exits with status 2, no traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from forecast.errors import DataError
from forecast.methods import METHODS

EXIT_BAD_INPUT = 2


def _month(text: str) -> tuple[int, int]:
    from forecast.actuals import parse_month

    found = parse_month(text)
    if found is None:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM, got {text!r}")
    return found


def _cutoffs(text: str) -> tuple[int, ...]:
    try:
        ks = tuple(int(x) for x in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected months like 2,3,5, got {text!r}") from None
    if not all(1 <= k <= 11 for k in ks):
        raise argparse.ArgumentTypeError("cut-off months must be between 1 and 11")
    return ks


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m forecast", description=__doc__)
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("project", help="project every indicator to year-end")
    p.add_argument("--actuals", required=True, type=Path)
    p.add_argument("--targets", type=Path)
    p.add_argument("--catalogue", type=Path)
    p.add_argument("--as-of", type=_month, dest="as_of")
    p.add_argument("--method", default="auto", choices=sorted(METHODS))
    p.add_argument("--draws", type=int, default=2000)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", type=Path, help="FILE.csv or FILE.xlsx")

    b = sub.add_parser("backtest", help="rolling-origin evaluation of every method")
    b.add_argument("--actuals", required=True, type=Path)
    b.add_argument("--catalogue", type=Path)
    b.add_argument("--cutoffs", type=_cutoffs, default=(2, 3, 5, 6, 8, 9, 11))
    b.add_argument("--methods", default="auto,share,yoy,runrate,ets")
    b.add_argument("--out", type=Path)

    from scenarios.cli import add_parser as add_scenario_parser

    add_scenario_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "project":
            return _project(args)
        if args.command == "scenario":
            from scenarios.cli import run

            return run(args)
        return _backtest(args)
    except DataError as e:
        print(e.describe(args.lang), file=sys.stderr)
        return EXIT_BAD_INPUT


def _catalogue(args: argparse.Namespace):
    from forecast.readers import read_catalogue

    return read_catalogue(args.catalogue) if args.catalogue else read_catalogue()


def _progress(items: list):
    if not sys.stderr.isatty() or len(items) < 20:
        return items
    from tqdm import tqdm

    return tqdm(items, unit="indicator", file=sys.stderr)


def _project(args: argparse.Namespace) -> int:
    from forecast.projection import project_all
    from forecast.readers import read_actuals, read_targets
    from forecast.table import checks_for, projection_table

    catalogue = _catalogue(args)
    actuals = read_actuals(args.actuals, catalogue)
    targets = read_targets(args.targets, actuals.catalogue) if args.targets else {}
    projections = project_all(actuals, args.as_of, args.method, args.draws, args.seed, _progress)
    checks = checks_for(projections, targets, actuals.catalogue)
    table = projection_table(projections, checks, actuals.catalogue, args.lang)
    if args.out:
        write_table(table, args.out)
    else:
        print(_readable(table, args.lang))
    return 0


def write_table(table: pd.DataFrame, out: Path) -> None:
    """Write a table as CSV (UTF-8 with BOM, so Excel shows Chinese) or XLSX by suffix."""
    if out.suffix.lower() == ".xlsx":
        table.to_excel(out, index=False)
    else:
        table.to_csv(out, index=False, encoding="utf-8-sig")


def _readable(table: pd.DataFrame, lang: str) -> str:
    from forecast.report import readable_table

    return readable_table(table, lang)


def _backtest(args: argparse.Namespace) -> int:
    from forecast.backtest import evaluate_panel, score
    from forecast.panel import panels
    from forecast.readers import read_actuals

    actuals = read_actuals(args.actuals, _catalogue(args))
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    unknown = [m for m in methods if m not in METHODS]
    if unknown:
        print(f"unknown method(s): {', '.join(unknown)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    level = [p for p in panels(actuals).values() if p.has_levels]
    results = pd.concat(
        [evaluate_panel(p, methods, args.cutoffs) for p in _progress(level)], ignore_index=True
    )
    if results.empty:
        print("no complete year with a prior year to evaluate", file=sys.stderr)
        return 0
    table = score(results)
    if args.out:
        write_table(table, args.out)
    else:
        print(table.to_string(index=False, float_format=lambda x: f"{x:.2f}"))
    return 0
