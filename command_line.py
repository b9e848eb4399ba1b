"""Command line: ``python -m forecast project|backtest|scenario …`` (a stable interface other
tools call). The edge: it reads files through the domain's readers, computes with the domain
and writes through the presentation package.

Bad input prints every problem (file, row, column) in the user's language and exits with
status 2, no traceback.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from forecast.errors import DataError, Problem
from forecast.methods import METHODS
from presentation.problems import describe_all
from presentation.text import LANGS, t
from scenarios.store import StoreMiss

EXIT_BAD_INPUT = 2
EXIT_PARTIAL = 3  # some indicators were left out (each named on stderr); the others projected
TABLE_SUFFIXES = (".csv", ".xlsx")
BRIEF_SUFFIXES = (".docx", ".md")


class Refused(Exception):
    """A one-line reason, in the user's language, why a command cannot run (exit 2)."""


def _month(text: str) -> tuple[int, int]:
    from forecast.actuals import parse_month

    found = parse_month(text)
    if found is None:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM, got {text!r}")
    return found


def _positive(kind: type) -> Callable[[str], float]:
    """An argparse type: a number of ``kind`` above zero (--draws 0 ended in a traceback)."""

    def read(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a number above 0, got {text!r}") from None
        if not value > 0 or value != value or value == float("inf"):
            raise argparse.ArgumentTypeError(f"expected a number above 0, got {text!r}")
        return value

    read.__name__ = kind.__name__
    return read


# argparse's own sentences (English) and ours, turned into the user's language: (pattern,
# key of presentation's words); the rest are shown as argparse says them, in a sentence of ours
_ARG_ERRORS = (
    (re.compile(r"the following arguments are required: (?P<what>.+)"), "cli_arg_required"),
    (
        re.compile(
            r"argument (?P<what>\S+): invalid choice: (?P<value>.+?)"
            r" \(choose from (?P<choices>.+)\)"
        ),
        "cli_arg_choice",
    ),
    (re.compile(r"argument (?P<what>\S+): expected one argument"), "cli_arg_missing_value"),
    (re.compile(r"unrecognized arguments: (?P<what>.+)"), "cli_arg_unknown"),
    (re.compile(r"argument (?P<what>\S+): expected YYYY-MM, got (?P<value>.+)"), "cli_arg_month"),
    (
        re.compile(r"argument (?P<what>\S+): expected a number above 0, got (?P<value>.+)"),
        "cli_arg_positive",
    ),
    (re.compile(r"argument (?P<what>\S+): invalid \w+ value: (?P<value>.+)"), "cli_arg_number"),
)


def _said(message: str, lang: str) -> str:
    """An argparse error as one sentence in ``lang`` (``--help`` shows the usage)."""
    for pattern, key in _ARG_ERRORS:
        m = pattern.fullmatch(message.strip())
        if m:
            return t(key, lang, **m.groupdict())
    return t("cli_arg_other", lang, what=message.strip())


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose refusals are one sentence in the user's language (status 2),
    not the usage and an English line."""

    lang = "zh"

    def error(self, message: str):  # argparse's hook for every refusal
        print(_said(message, _Parser.lang), file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def _cutoffs(text: str) -> tuple[int, ...]:
    try:
        ks = tuple(int(x) for x in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected months like 2,3,5, got {text!r}") from None
    if not all(1 <= k <= 11 for k in ks):
        raise argparse.ArgumentTypeError("cut-off months must be between 1 and 11")
    return ks


def build_parser() -> argparse.ArgumentParser:
    """Every verb: project, backtest, brief, and scenario apply|solve|list|show|save|export|
    delete|restore."""
    parser = _Parser(prog="python -m forecast", description=__doc__)
    parser.add_argument("--lang", choices=LANGS, default="zh", help="zh (default) or en")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("project", help="project every indicator to year-end")
    p.add_argument("--actuals", required=True, type=Path)
    p.add_argument("--targets", type=Path)
    p.add_argument("--catalogue", type=Path)
    p.add_argument("--as-of", type=_month, dest="as_of")
    p.add_argument("--method", default="auto", choices=sorted(METHODS))
    p.add_argument("--draws", type=_positive(int), default=2000)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--hierarchy", type=Path, help="entity,parent (actuals with an entity column)")
    p.add_argument(
        "--workers", type=_positive(int), help="run on a Dask LocalCluster of N processes"
    )
    p.add_argument("--scheduler", help="run on an existing Dask cluster: tcp://HOST:8786")
    p.add_argument(
        "--out",
        type=Path,
        help="FILE.csv (the stable table) or FILE.xlsx (the app's workbook)",
    )

    b = sub.add_parser("backtest", help="rolling-origin evaluation of every method")
    b.add_argument("--actuals", required=True, type=Path)
    b.add_argument("--catalogue", type=Path)
    b.add_argument("--cutoffs", type=_cutoffs, default=(2, 3, 5, 6, 8, 9, 11))
    b.add_argument("--methods", default="auto,share,yoy,runrate,ets")
    b.add_argument("--out", type=Path, help="FILE.csv or FILE.xlsx")

    r = sub.add_parser("brief", help="the one-page brief the app downloads (Word or Markdown)")
    r.add_argument("--actuals", required=True, type=Path)
    r.add_argument("--targets", type=Path)
    r.add_argument("--scenario", help="a JSON file, or the name of a saved scenario")
    r.add_argument("--store", type=Path, help="SQLite file of saved scenarios")
    r.add_argument("--as-of", type=_month, dest="as_of")
    r.add_argument("--out", type=Path, required=True, help="FILE.docx or FILE.md")

    x = sub.add_parser("extract", help="figures read out of a report (.txt, .md, .docx, .pdf)")
    x.add_argument("report", type=Path)
    x.add_argument("--year", type=int, help="the year, where the report names none")
    x.add_argument("--out", type=Path, help="FILE.csv or FILE.xlsx (else CSV on stdout)")

    i = sub.add_parser("inspect", help="what a file was understood to hold, row by row")
    i.add_argument("file", type=Path)
    i.add_argument("--catalogue", type=Path)
    i.add_argument("--sheet", help="read only this sheet")

    _add_scenario_parser(sub)
    _add_file_options(parser)
    _global_options_after_the_verb(parser)
    return parser


def _add_file_options(parser: argparse.ArgumentParser) -> None:
    """Every verb that reads actuals takes how to read them: ``--year``/``--basis`` where the
    file says neither, a user's ``--aliases`` file, and the limits (raised for district jobs)."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for verb in dict.fromkeys(action.choices.values()):
            options = {o for a in verb._actions for o in a.option_strings}
            if "--actuals" in options or verb.prog.endswith(" inspect"):
                verb.add_argument("--year", type=int, help="the year, where the file says none")
                verb.add_argument("--basis", choices=("ytd", "month"), help="累计 or 当月")
                verb.add_argument("--aliases", type=Path, help="CSV of alias,indicator")
                verb.add_argument("--max-mb", type=_positive(float), default=100.0, dest="max_mb")
                verb.add_argument(
                    "--max-rows", type=_positive(int), default=2_000_000, dest="max_rows"
                )
            _add_file_options(verb)


def _global_options_after_the_verb(parser: argparse.ArgumentParser) -> None:
    """``--lang`` is accepted after any verb too (``project --lang en``). The verbs' copies
    have no default of their own, so a ``--lang`` before the verb (or none: zh) stands unless
    one after it is given."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for verb in dict.fromkeys(action.choices.values()):
                verb.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS)
                _global_options_after_the_verb(verb)


def _add_scenario_parser(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("scenario", help="scenarios: apply, goal seek, and the store")
    ssub = s.add_subparsers(dest="action", required=True)
    s.add_argument("--store", type=Path, help="SQLite file (default: the user's data directory)")

    a = ssub.add_parser("apply", help="project every indicator under a scenario")
    a.add_argument("--actuals", required=True, type=Path)
    a.add_argument("--targets", type=Path)
    a.add_argument("--scenario", required=True, help="a JSON file, or the name of a saved scenario")
    a.add_argument("--as-of", type=_month, dest="as_of")
    a.add_argument("--out", type=Path, help="FILE.csv or FILE.xlsx")

    v = ssub.add_parser("solve", help="remaining-month growth needed to meet a target")
    v.add_argument("--actuals", required=True, type=Path)
    v.add_argument("--targets", required=True, type=Path)
    v.add_argument("--indicator", required=True)
    v.add_argument("--prob", type=float, default=0.5)
    v.add_argument("--scenario", help="solve on top of this scenario's other assumptions")
    v.add_argument(
        "--json",
        action="store_true",
        help="print the answer as JSON with ids and codes (for scripts), whatever --lang",
    )

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


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status (0 done, 2 bad input, 3 some indicators left
    out). Output piped into a reader that stops early (``| head``) ends quietly."""
    try:
        status = _main(argv)
        sys.stdout.flush()  # inside the try: a reader gone while the last lines wait here too
        return status
    except BrokenPipeError:
        # the reader went away: nothing more can be written, and Python would complain about
        # the unflushed stdout at exit; point it at devnull and stop quietly
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    # the language of argparse's refusals, before it has read --lang (it may come after)
    _Parser.lang = next(
        (given[i + 1] for i, a in enumerate(given[:-1]) if a == "--lang" and given[i + 1] in LANGS),
        next((a.split("=", 1)[1] for a in given if a in ("--lang=zh", "--lang=en")), "zh"),
    )
    args = build_parser().parse_args(given)
    verbs = {
        "project": _project,
        "backtest": _backtest,
        "brief": _brief,
        "scenario": _scenario,
        "inspect": _inspect,
    }
    verbs["extract"] = _extract
    try:
        return verbs[args.command](args)
    except DataError as e:
        print(describe_all(e, args.lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        raise  # the reader of stdout went away: main() ends quietly
    except (sqlite3.Error, OSError) as e:  # a --store that is a folder, a CSV, unwritable
        store = getattr(args, "store", None)
        reason = t(_why_not(e, store), args.lang)  # in words, never the library's text
        if store is None and isinstance(e, OSError) and e.filename:  # a file, not the store
            where = t("where_said", args.lang, where=str(e.filename), message=reason)
            print(where, file=sys.stderr)
        else:
            print(t("cli_store_failed", args.lang, path=store, reason=reason), file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreMiss as e:  # an unknown or deleted saved scenario, or version
        from presentation.scenario_text import store_problem

        print(store_problem(e, args.lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    except Refused as e:
        print(e.args[0], file=sys.stderr)
        return EXIT_BAD_INPUT


def _json_text(data: bytes, source: str) -> str:
    """A scenario file's text: UTF-8 with or without a BOM, else GB18030 (Notepad on Chinese
    Windows); other bytes are a file that is no text."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DataError([Problem(source, None, None, "unreadable", detail="not_text")])


def _why_not(e: Exception, path: str | None) -> str:
    """The words' key for a file or store that cannot be opened: a folder, no permission, a
    file that is no scenario store, else the file damaged or unreadable."""
    if (path is not None and Path(path).is_dir()) or isinstance(e, IsADirectoryError):
        return "unreadable_is_folder"
    if isinstance(e, PermissionError):
        return "unreadable_no_access"
    if isinstance(e, FileNotFoundError):
        return "unreadable_missing"
    if isinstance(e, sqlite3.DatabaseError) and "not a database" in str(e):
        return "store_not_a_store"
    return "unreadable_damaged"


# ---------------------------------------------------------------- output files


def checked_out(out: Path | None, suffixes: Sequence[str], lang: str) -> Path | None:
    """``out`` if it can be written as one of ``suffixes``; otherwise Refused, before any work
    (a folder, an unknown file type, a folder that does not exist)."""
    if out is None:
        return None
    if out.is_dir():
        raise Refused(t("cli_out_is_folder", lang, path=str(out)))
    if out.suffix.lower() not in suffixes:
        raise Refused(t("cli_out_suffix", lang, name=out.name, allowed=" / ".join(suffixes)))
    if not out.parent.is_dir():
        raise Refused(t("cli_out_no_folder", lang, folder=str(out.parent)))
    return out


def write_bytes(out: Path, data: bytes, lang: str) -> None:
    """Write a file; a failure (permissions, a full disk) is one line, not a traceback."""
    try:
        out.write_bytes(data)
    except OSError as e:  # worded by its kind, never the system's English
        reason = t(_why_not_written(e), lang)
        raise Refused(t("cli_out_unwritable", lang, path=str(out), reason=reason)) from e


def _why_not_written(e: OSError) -> str:
    """The words' key for a file that cannot be written."""
    import errno

    if isinstance(e, IsADirectoryError):
        return "unreadable_is_folder"
    if isinstance(e, PermissionError):
        return "write_no_access"
    if e.errno == errno.ENOSPC:
        return "write_disk_full"
    if isinstance(e, FileNotFoundError):
        return "write_no_place"
    return "write_other"


# ---------------------------------------------------------------- the as-of month


def checked_as_of(actuals, as_of: tuple[int, int] | None, lang: str) -> None:
    """Refuse an as-of month no indicator has data for; without one, say on stderr which
    indicators stop earlier than the month most of them reach (each is projected from its own
    last month, or left out if that is in an earlier year)."""
    from forecast.actuals import default_as_of
    from presentation import fmt

    frame = actuals.frame
    if as_of is not None:
        year, month = as_of
        if not ((frame["year"] == year) & (frame["month"] == month)).any():
            last = frame.sort_values(["year", "month"]).iloc[-1]
            raise Refused(
                t(
                    "cli_as_of_no_data",
                    lang,
                    month=fmt.year_month(as_of, lang),
                    last=fmt.year_month((int(last["year"]), int(last["month"])), lang),
                )
            )
        return
    if frame.empty:
        return
    usual = default_as_of(actuals)
    early = [
        (i, actuals.last_month(i)) for i in actuals.indicators if actuals.last_month(i) < usual
    ]
    if early:
        names = t("list_sep", lang).join(
            t(
                "cli_stops_item",
                lang,
                name=actuals.catalogue.get_or_default(i).name(lang),
                month=fmt.year_month(last, lang),
            )
            for i, last in early
        )
        print(
            t("cli_stops_earlier", lang, names=names, usual=fmt.year_month(usual, lang)),
            file=sys.stderr,
        )


# ---------------------------------------------------------------- project, backtest


def _catalogue(args: argparse.Namespace):
    from file_readers.tables import read_aliases, read_catalogue

    found = read_catalogue(args.catalogue) if getattr(args, "catalogue", None) else read_catalogue()
    if getattr(args, "aliases", None):
        found = read_aliases(args.aliases, found)
    return found


def _read_actuals(args: argparse.Namespace, path: Path | None = None):
    """The actuals as the options say to read them; their warnings said on stderr."""
    from file_readers.tables import read_actuals

    actuals = read_actuals(path or args.actuals, _catalogue(args), **_reading(args))
    if actuals.warnings:
        print(t("cli_warnings", args.lang, n=len(actuals.warnings)), file=sys.stderr)
        print(describe_all(actuals.warnings, args.lang), file=sys.stderr)
    return actuals


def _target_warnings(args: argparse.Namespace, actuals, targets) -> dict[str, tuple[str, ...]]:
    """A year to date about 10⁴ times its target (a unit slip), said on stderr; returns every
    plausibility warning of the data by indicator (``forecast.table.warned``), for the CSV's
    notes and the workbook's and brief's words."""
    from forecast.plausibility import against_targets
    from forecast.table import warned

    found = against_targets(actuals.frame, targets, actuals.source)
    if found:
        print(t("cli_warnings", args.lang, n=len(found)), file=sys.stderr)
        print(describe_all(found, args.lang), file=sys.stderr)
    return warned([*actuals.warnings, *found])


def _reading(args: argparse.Namespace) -> dict:
    return {
        "year": getattr(args, "year", None),
        "basis": getattr(args, "basis", None),
        "max_bytes": int(getattr(args, "max_mb", 100.0) * 1e6),
        "max_rows": getattr(args, "max_rows", 2_000_000),
    }


def _partial(args: argparse.Namespace, dropped) -> int:
    """0, or EXIT_PARTIAL after naming every indicator left out and why on stderr."""
    if not dropped:
        return 0
    print(describe_all(dropped, args.lang), file=sys.stderr)
    n = len({p.indicator for p in dropped})
    print(t("cli_partial", args.lang, n=n), file=sys.stderr)
    return EXIT_PARTIAL


def _each(args: argparse.Namespace, actuals, as_of, **kw):
    """Every indicator projected that can be (forecast.batch); none left is a whole-file
    problem (exit 2)."""
    from forecast.batch import project_each

    found = project_each(actuals, as_of, progress=_progress, **kw)
    if not found.projections and found.dropped:
        raise DataError(list(found.dropped))
    return found


def _inspect(args: argparse.Namespace) -> int:
    """How the file was understood, row by row; then its problems. Exit 0, 3 (some indicators
    would be left out) or 2 (the file cannot be loaded)."""
    from file_readers.tables import inspect_actuals
    from presentation.intake import inspection_table

    sheet = args.sheet
    found = inspect_actuals(args.file, _catalogue(args), sheet=sheet, **_reading(args))
    table = inspection_table(found, args.lang)
    print(
        t("inspect_title", args.lang, file=found.label, sheets=len(found.sheets), rows=len(table))
    )
    if len(table):
        from presentation.terminal import aligned

        rows = table.astype(object).where(table.notna(), "").astype(str).values.tolist()
        print(aligned([str(c) for c in table.columns], rows, left=set(range(table.shape[1]))))
    if found.district is not None:  # a district's sheets: the towns found, each on its own
        district = found.district
        print(t("inspect_towns", args.lang, n=len(found.towns), towns="、".join(found.towns)))
        if district.problems:
            print(describe_all(district.problems, args.lang), file=sys.stderr)
        return EXIT_PARTIAL if district.problems else 0
    if found.actuals is None:
        print(t("inspect_stopped", args.lang), file=sys.stderr)
        print(describe_all(found.problems, args.lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    print(t("inspect_ok", args.lang, n=len(found.actuals.indicators)))
    if found.actuals.warnings:
        print(t("cli_warnings", args.lang, n=len(found.actuals.warnings)), file=sys.stderr)
        print(describe_all(found.actuals.warnings, args.lang), file=sys.stderr)
    return _partial(args, found.actuals.dropped)


def _progress(items: list):
    if not sys.stderr.isatty() or len(items) < 20:
        return items
    from tqdm import tqdm

    return tqdm(items, unit="indicator", file=sys.stderr)


def _project(args: argparse.Namespace) -> int:
    from file_readers.tables import read_targets
    from forecast.checks import checks_for

    out = checked_out(args.out, TABLE_SUFFIXES, args.lang)
    if _is_district(args.actuals):
        return _project_district(args, out, _catalogue(args))
    actuals = _read_actuals(args)
    targets = read_targets(args.targets, actuals.catalogue) if args.targets else {}
    warnings = _target_warnings(args, actuals, targets)
    checked_as_of(actuals, args.as_of, args.lang)
    found = _each(args, actuals, args.as_of, method=args.method, n=args.draws, seed=args.seed)
    checks = checks_for(found.projections, targets, actuals.catalogue)
    _show_or_write(
        args, out, "baseline", found.projections, checks, actuals.catalogue, found.dropped, warnings
    )
    return _partial(args, found.dropped)


def _is_district(path: Path) -> bool:
    """Whether the actuals have an entity column; a file that cannot be read is left to the
    one-town reader, which says why."""
    from file_readers.entities import has_entities

    try:
        return has_entities(path)
    except DataError:
        return False


def _town_progress(total: int):
    """A progress bar over towns on a terminal (tqdm), as a callback; None elsewhere."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bar = tqdm(total=total, unit="town", file=sys.stderr)

    def advance(n: int) -> None:
        bar.update(n)
        if bar.n >= total:
            bar.close()

    return advance


def _project_district(args: argparse.Namespace, out: Path | None, catalogue) -> int:
    """Actuals with an entity column: every town and every total above them (the CSV gains an
    ``entity`` column; .xlsx is the district workbook). A town's problems drop that town
    only: they are printed and the exit status is 3."""
    from file_readers.entities import read_district
    from forecast.district import run_district
    from forecast.district.runner import cluster_map, district_client
    from forecast.table import COLUMNS
    from presentation.district import district_files, entity_name

    try:
        with district_client(args.workers, args.scheduler) as client:
            mapper = cluster_map(client) if client is not None else None
            district = read_district(
                args.actuals, args.targets, args.hierarchy, catalogue, args.as_of, mapper=mapper
            )
            result = run_district(
                district,
                args.method,
                args.draws,
                args.seed,
                client=client,
                keep=out is not None and out.suffix.lower() == ".xlsx",
                progress=_town_progress(len(district.towns)),
            )
    except OSError as e:  # a scheduler that cannot be reached
        raise Refused(t("cli_scheduler_unreachable", args.lang, reason=str(e))) from e
    if result.problems:
        print(describe_all(result.problems, args.lang), file=sys.stderr)
    table = result.table[["entity", *COLUMNS]].copy()
    names = result.catalogue
    table["name"] = [names.get_or_default(i).name(args.lang) for i in table["indicator"]]
    if out is not None and out.suffix.lower() == ".xlsx":
        write_bytes(out, district_files(result, args.actuals.name, args.lang).xlsx, args.lang)
    elif out is not None:
        write_table(table, out, args.lang)
    else:
        from presentation.terminal import readable_table

        for entity, part in table.groupby("entity", sort=False):
            print(f"\n== {entity_name(str(entity), args.lang)} ==")
            print(readable_table(part.drop(columns="entity").reset_index(drop=True), args.lang))
    return EXIT_PARTIAL if result.problems else 0


def write_table(table: pd.DataFrame, out: Path, lang: str = "zh") -> None:
    """Write a table as CSV (UTF-8 with BOM, so Excel shows Chinese; full precision; text that
    looks like a formula made inert) or XLSX by suffix."""
    from presentation.files import table_bytes, table_csv_bytes

    if out.suffix.lower() == ".xlsx":
        write_bytes(out, table_bytes(table, out.name), lang)
    else:
        write_bytes(out, table_csv_bytes(table), lang)


def _is_sample(path: Path) -> bool:
    from file_readers.tables import SAMPLE_ACTUALS

    try:
        return path.resolve() == Path(SAMPLE_ACTUALS).resolve()
    except OSError:
        return False


def _export_files(args, scenario, projections, checks, catalogue, warnings=None):
    """The app's downloads (workbook, CSV, brief) for these figures; the notes name the usual
    as-of month, the actuals file and the scenario (its assumptions in words), and carry the
    plausibility ``warnings`` ({indicator: codes})."""
    from presentation import exports, fmt
    from presentation.scenario_text import scenario_label

    label = scenario_label(scenario, args.lang)
    as_of = getattr(args, "as_of", None)
    notes = exports.ExportNotes(
        fmt.as_of(as_of, args.lang) if as_of else exports.as_of_label(projections, args.lang),
        args.actuals.name,
        label,
        sample=_is_sample(args.actuals),
        assumptions=None if isinstance(scenario, str) else scenario,
        warnings=tuple((i, c) for i, codes in (warnings or {}).items() for c in codes),
    )
    return exports.export_files([(label, projections, checks)], catalogue, notes, args.lang)


def _show_or_write(
    args, out: Path | None, scenario, projections, checks, catalogue, dropped=(), warnings=None
) -> None:
    """The terminal table, or ``out``: the stable CSV table (with a ``dropped`` row for each
    indicator left out), or the app's workbook (.xlsx)."""
    from forecast.batch import dropped_rows
    from forecast.table import projection_table
    from presentation.scenario_text import scenario_label
    from presentation.terminal import readable_table

    if out is not None and out.suffix.lower() == ".xlsx":
        found = _export_files(args, scenario, projections, checks, catalogue, warnings)
        write_bytes(out, found.xlsx, args.lang)
        return
    table = projection_table(projections, checks, catalogue, args.lang, warnings)
    if not isinstance(scenario, str):
        # the CSV names a built-in in Chinese whatever --lang, as scripts have always read it
        lang = "zh" if out is not None else args.lang
        table.insert(0, "scenario", scenario_label(scenario, lang))
    if out is not None:
        names = {i: catalogue.get_or_default(i).name(args.lang) for i in catalogue}
        table = dropped_rows(table, dropped, names)
        if "scenario" in table.columns:
            table["scenario"] = table["scenario"].fillna(table["scenario"].iloc[0])
        write_table(table, out, args.lang)
    else:
        print(readable_table(table, args.lang))


def _backtest(args: argparse.Namespace) -> int:
    from forecast.backtest import evaluate_panel, score
    from forecast.panel import panels

    out = checked_out(args.out, TABLE_SUFFIXES, args.lang)
    actuals = _read_actuals(args)
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    unknown = [m for m in methods if m not in METHODS]
    if unknown:
        sep = t("list_sep", args.lang)
        known = sep.join(sorted(METHODS))
        print(
            t("cli_unknown_methods", args.lang, methods=sep.join(unknown), known=known),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    level = [p for p in panels(actuals).values() if p.has_levels]
    results = pd.concat(
        [evaluate_panel(p, methods, args.cutoffs) for p in _progress(level)], ignore_index=True
    )
    if results.empty:
        print(t("cli_backtest_empty", args.lang), file=sys.stderr)
        return 0
    table = score(results)
    if out is not None:
        write_table(table, out, args.lang)
    else:
        from presentation.terminal import backtest_table

        print(backtest_table(table, args.lang))
    return 0


def _brief(args: argparse.Namespace) -> int:
    """The brief the app's 导出 page downloads, as Word (.docx) or Markdown (.md)."""
    out = checked_out(args.out, BRIEF_SUFFIXES, args.lang)
    actuals, targets, as_of = _load(args)
    scenario = (
        _read_scenario(args.scenario, args.store, actuals.catalogue, actuals.indicators)
        if args.scenario
        else None
    )
    found = _each(args, actuals, as_of)
    scenario, projections, checks = _under_scenario(scenario, args, actuals, targets, as_of, found)
    files = _export_files(args, scenario, projections, checks, actuals.catalogue, args.warned)
    if out.suffix.lower() == ".docx":
        write_bytes(out, files.docx, args.lang)
    else:
        write_bytes(out, files.markdown.encode("utf-8"), args.lang)
    return _partial(args, found.dropped)


def _extract(args: argparse.Namespace) -> int:
    """Figures read out of a report (.txt/.md, .docx, .pdf): one row per figure with the
    columns of ``forecast.extract.COLUMNS`` (ids whatever --lang), to --out (CSV with a BOM,
    or XLSX) or as CSV on stdout; the notes and how many figures on stderr."""
    from file_readers.reports import read_report
    from file_readers.tables import read_catalogue
    from forecast.extract import extract
    from presentation.report_reader import extract_bytes, note_texts

    out = checked_out(args.out, TABLE_SUFFIXES, args.lang)
    report = read_report(args.report)
    found = extract(report.text, read_catalogue(), year=args.year)
    for line in note_texts(found.notes, args.lang):
        print(line, file=sys.stderr)
    name = args.report.name
    print(t("extract_cli_read", args.lang, n=len(found.rows), name=name), file=sys.stderr)
    if out is None:
        sys.stdout.write(extract_bytes(found.rows, ".csv").decode("utf-8-sig"))
    else:
        write_bytes(out, extract_bytes(found.rows, out.suffix), args.lang)
    return 0


# ---------------------------------------------------------------- scenario


def _scenario(args: argparse.Namespace) -> int:
    from scenarios.model import to_json
    from scenarios.store import Store

    if args.action == "apply":
        return _apply(args)
    if args.action == "solve":
        return _solve(args)
    from presentation import fmt

    lang = args.lang
    store = Store(args.store)
    if args.action == "list":
        versions = store.versions(include_deleted=args.all)
        if not versions:
            print(t("cli_store_empty", lang))
        for v in versions:
            key = "cli_store_row_deleted" if v.deleted else "cli_store_row"
            when = fmt.local_time(v.saved_at, lang)
            print(t(key, lang, name=v.name, version=v.version, saved_at=when))
    elif args.action == "show":
        print(to_json(store.load_scenario(args.name, args.version)))
    elif args.action == "save":
        v = store.save_scenario(_read_scenario(args.file))
        when = fmt.local_time(v.saved_at, lang)
        print(t("cli_store_saved", lang, name=v.name, version=v.version, saved_at=when))
    elif args.action == "export":
        text = to_json(store.load_scenario(args.name, args.version))
        write_bytes(args.out, (text + "\n").encode("utf-8"), lang)
        print(t("cli_store_exported", lang, name=args.name, path=str(args.out)))
    elif args.action == "delete":
        store.delete(args.name)
        print(t("cli_store_deleted", lang, name=args.name))
    elif args.action == "restore":
        store.restore(args.name)
        print(t("cli_store_restored", lang, name=args.name))
    return 0


def _builtin(ref: str, indicators) -> object | None:
    """The built-in scenario ``ref`` names (its id, or 基准/乐观/悲观 in either language, any
    case), or None."""
    from presentation.scenario_text import builtin_id
    from scenarios.builtins import builtin_scenarios

    wanted = builtin_id(ref)
    return next((b for b in builtin_scenarios(indicators or ()) if b.name == wanted), None)


def _read_scenario(
    ref: str | Path, store_path: Path | None = None, catalogue=None, indicators=None
):
    """A scenario file (its indicators written as ids, names or aliases of ``catalogue``), a
    built-in scenario by name (基准/乐观/悲观, for ``indicators``), or a saved scenario by
    name (refused while deleted)."""
    from scenarios.files import read_scenario_text
    from scenarios.store import Store

    path = Path(ref)
    if not path.exists() and path.suffix.lower() != ".json":
        found = _builtin(str(ref), indicators)
        if found is not None:
            return found
    if path.suffix.lower() == ".json" or path.exists():
        try:
            data = path.read_bytes()
        except OSError as e:  # a folder, no permission: worded by its kind
            kind = _why_not(e, None).removeprefix("unreadable_")
            raise DataError([Problem(str(path), None, None, "unreadable", str(e), kind)]) from e
        return read_scenario_text(_json_text(data, str(path)), str(path), catalogue)
    return Store(store_path).load_scenario(str(ref))


def _load(args: argparse.Namespace, projecting: bool = True):
    """Actuals, targets and the as-of month (checked, with a word on early stops, when every
    indicator is projected)."""
    from file_readers.tables import read_targets

    actuals = _read_actuals(args)
    targets = read_targets(args.targets, actuals.catalogue) if args.targets else {}
    args.warned = _target_warnings(args, actuals, targets)
    as_of = getattr(args, "as_of", None)
    if projecting:
        checked_as_of(actuals, as_of, args.lang)
    return actuals, targets, as_of


def _under_scenario(scenario, args: argparse.Namespace, actuals, targets, as_of, found):
    """(scenario, projections, checks): ``scenario`` (read from ``--scenario``) applied to the
    baseline projections in ``found``, or the baseline itself (scenario "baseline") for None."""
    from forecast.checks import checks_for
    from scenarios.apply import apply_scenario

    if scenario is None:
        return (
            "baseline",
            found.projections,
            checks_for(found.projections, targets, actuals.catalogue),
        )
    result = apply_scenario(
        scenario,
        actuals,
        targets,
        baseline=found.projections,
        as_of=as_of,
        source=str(args.scenario),
    )
    return scenario, dict(result.projections), dict(result.checks)


def _apply(args: argparse.Namespace) -> int:
    out = checked_out(args.out, TABLE_SUFFIXES, args.lang)
    actuals, targets, as_of = _load(args)
    scenario = _read_scenario(args.scenario, args.store, actuals.catalogue, actuals.indicators)
    found = _each(args, actuals, as_of)
    scenario, projections, checks = _under_scenario(scenario, args, actuals, targets, as_of, found)
    _show_or_write(
        args, out, scenario, projections, checks, actuals.catalogue, found.dropped, args.warned
    )
    return _partial(args, found.dropped)


def _indicator_arg(written: str, actuals, source: str) -> str:
    """The indicator a command-line argument names (id, name or alias, in the actuals)."""
    import difflib

    found = actuals.catalogue.lookup(written)
    if found is not None and found.id in actuals.indicators:
        return found.id
    names = [
        n
        for i in actuals.indicators
        for n in (i, actuals.catalogue[i].name_zh, *actuals.catalogue[i].aliases)
    ]
    close = "|".join(difflib.get_close_matches(written, names, n=3, cutoff=0.4))
    raise DataError([Problem(source, None, "indicator", "unknown_indicator", written, close)])


def _solve(args: argparse.Namespace) -> int:
    from forecast.panel import build_panel
    from forecast.projection import project, project_all
    from scenarios.model import Scenario
    from scenarios.solve import goal_seek

    actuals, targets, _ = _load(args, projecting=False)
    # an id, a name or an alias; else "did you mean …"
    args.indicator = _indicator_arg(args.indicator, actuals, str(args.actuals))
    if not 0 < args.prob < 1:
        print(t("cli_prob_range", args.lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    scenario = (
        _read_scenario(args.scenario, args.store, actuals.catalogue, actuals.indicators)
        if args.scenario
        else Scenario("baseline")
    )
    p = project_all(actuals)[args.indicator]
    info = actuals.catalogue[args.indicator]
    assumption = scenario.assumption(args.indicator)
    if assumption.method is not None and assumption.method != p.method:
        # the app's goal seek starts from the scenario's method too
        p = project(build_panel(actuals, p.indicator), info, p.year, p.as_of, assumption.method)
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
    found = goal_seek(
        p,
        assumption,
        scenario.shocks_reaching(info.group),
        target.annual,
        args.prob,
        info.higher_is_better,
    )
    if args.json:
        print(json.dumps(_solve_json(found, args.indicator, p, args.prob), ensure_ascii=False))
        return 0
    from presentation.terminal import solve_text

    print(solve_text(found, info.name(args.lang), p, args.prob, args.lang))
    return 0


def _solve_json(found, indicator: str, p, prob: float) -> dict:
    """What goal seek found, machine-readable: ids, codes and full-precision numbers (growth
    in %, the monthly amount in the indicator's unit)."""

    def answer(a) -> dict | None:
        if a is None:
            return None
        return {"value": a.value, "status": a.status, "probability": a.probability}

    return {
        "indicator": indicator,
        "year": p.year,
        "as_of": f"{p.year}-{p.as_of:02d}",
        "unit": p.unit,
        "prob": prob,
        "status": found.status,
        "required_growth": answer(found.growth),
        "required_monthly": answer(found.monthly),
    }
