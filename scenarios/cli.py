"""``python -m forecast scenario …``: apply, solve, and the store's list/show/save/export/
delete/restore. Bad scenario files name the offending field and exit with status 2."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from forecast.errors import DataError, Problem

EXIT_BAD_INPUT = 2


def add_parser(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("scenario", help="scenarios: apply, goal seek, and the store")
    ssub = s.add_subparsers(dest="action", required=True)
    s.add_argument("--store", type=Path, help="SQLite file (default: the user's data directory)")

    a = ssub.add_parser("apply", help="project every indicator under a scenario")
    a.add_argument("--actuals", required=True, type=Path)
    a.add_argument("--targets", type=Path)
    a.add_argument("--scenario", required=True, help="a JSON file, or the name of a saved scenario")
    a.add_argument("--as-of", dest="as_of")
    a.add_argument("--out", type=Path)

    v = ssub.add_parser("solve", help="remaining-month growth needed to meet a target")
    v.add_argument("--actuals", required=True, type=Path)
    v.add_argument("--targets", required=True, type=Path)
    v.add_argument("--indicator", required=True)
    v.add_argument("--prob", type=float, default=0.5)
    v.add_argument("--scenario", help="solve on top of this scenario's other assumptions")

    ssub.add_parser("list", help="saved scenarios").add_argument("--all", action="store_true")
    sh = ssub.add_parser("show", help="print a saved scenario as JSON")
    sh.add_argument("name")
    sh.add_argument("--version", type=int)
    sv = ssub.add_parser("save", help="save a scenario file as a new version")
    sv.add_argument("file", type=Path)
    ex = ssub.add_parser("export", help="write a saved scenario to a JSON file")
    ex.add_argument("name")
    ex.add_argument("--version", type=int)
    ex.add_argument("--out", type=Path, required=True)
    for action in ("delete", "restore"):
        ssub.add_parser(action, help=f"{action} a saved scenario").add_argument("name")


def run(args: argparse.Namespace) -> int:
    from scenarios.store import Store

    lang = args.lang
    try:
        if args.action in ("apply", "solve"):
            return _apply(args) if args.action == "apply" else _solve(args)
        store = Store(args.store)
        if args.action == "list":
            for v in store.versions(include_deleted=args.all):
                flag = " (deleted)" if v.deleted else ""
                print(f"{v.name}\tv{v.version}\t{v.saved_at}{flag}")
        elif args.action == "show":
            from scenarios.model import to_json

            print(to_json(store.load_scenario(args.name, args.version)))
        elif args.action == "save":
            v = store.save_scenario(_read_scenario(args.file))
            print(f"saved {v.name} v{v.version} at {v.saved_at}")
        elif args.action == "export":
            from scenarios.model import to_json

            args.out.write_text(
                to_json(store.load_scenario(args.name, args.version)) + "\n", encoding="utf-8"
            )
        elif args.action == "delete":
            store.delete(args.name)
        elif args.action == "restore":
            store.restore(args.name)
        return 0
    except DataError as e:
        print(e.describe(lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyError as e:
        print(e.args[0], file=sys.stderr)
        return EXIT_BAD_INPUT


def _read_scenario(ref: str | Path, store_path: Path | None = None):
    from scenarios.model import from_json

    path = Path(ref)
    if path.suffix.lower() == ".json" or path.exists():
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as e:
            raise DataError([Problem(str(path), None, None, "unreadable", detail=str(e))]) from e
        return from_json(text, str(path))
    from scenarios.store import Store

    return Store(store_path).load_scenario(str(ref))


def _load(args: argparse.Namespace):
    from forecast.actuals import parse_month
    from forecast.readers import read_actuals, read_targets

    actuals = read_actuals(args.actuals)
    targets = read_targets(args.targets, actuals.catalogue) if args.targets else {}
    as_of = parse_month(args.as_of) if getattr(args, "as_of", None) else None
    return actuals, targets, as_of


def _apply(args: argparse.Namespace) -> int:
    from forecast.cli import write_table
    from forecast.report import readable_table
    from forecast.table import projection_table
    from scenarios.apply import apply_scenario

    actuals, targets, as_of = _load(args)
    scenario = _read_scenario(args.scenario, args.store)
    result = apply_scenario(scenario, actuals, targets, as_of=as_of, source=str(args.scenario))
    table = projection_table(
        dict(result.projections), dict(result.checks), actuals.catalogue, args.lang
    )
    table.insert(0, "scenario", scenario.name)
    if args.out:
        write_table(table, args.out)
    else:
        print(readable_table(table, args.lang))
    return 0


def _solve(args: argparse.Namespace) -> int:
    from forecast import fmt
    from forecast.projection import project_all
    from scenarios.model import Scenario
    from scenarios.solve import solve_growth, solve_monthly

    actuals, targets, _ = _load(args)
    if args.indicator not in actuals.catalogue:
        raise DataError(
            [Problem(str(args.actuals), None, "indicator", "unknown_indicator", args.indicator)]
        )
    if not 0 < args.prob < 1:
        print("--prob must lie between 0 and 1", file=sys.stderr)
        return EXIT_BAD_INPUT
    scenario = _read_scenario(args.scenario, args.store) if args.scenario else Scenario("基准")
    p = project_all(actuals)[args.indicator]
    target = targets.get((args.indicator, p.year))
    if target is None or target.annual is None:
        raise DataError(
            [
                Problem(
                    str(args.targets),
                    None,
                    "indicator",
                    "unknown_indicator",
                    f"{args.indicator} {p.year}",
                )
            ]
        )
    info = actuals.catalogue[args.indicator]
    assumption = scenario.assumption(args.indicator)
    growth = solve_growth(p, target.annual, args.prob, assumption, info.higher_is_better)
    print(f"{info.name(args.lang)} {p.year}: P={args.prob:.0%}")
    print(f"required_growth\t{growth.value:.1f}%\t{growth.status}\tP={growth.probability:.3f}")
    if p.kind == "level":
        monthly = solve_monthly(p, target.annual, args.prob, assumption, info.higher_is_better)
        print(
            f"required_monthly\t{fmt.quantity(monthly.value, p.unit)}\t{monthly.status}"
            f"\tP={monthly.probability:.3f}"
        )
    return 0
