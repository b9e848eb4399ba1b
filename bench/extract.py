"""Reading reports: accuracy on the composed corpus (tests/extract_corpus) and speed.

    .venv/bin/python -m bench.extract [--half tune|confirm|all] [--show-misses]

Prints precision and recall of (value, unit, period), the accuracy of growth, share, kind
and approx attachment over the matched figures, per half of the corpus, then the time to read
a 20-page report and the text of a 100-page PDF (documents generated here, in code).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from file_readers.tables import read_catalogue
from forecast.extract import Row, extract

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "extract_corpus"
YEAR = 2021  # --year for texts that name none
FLOORS = {
    "precision": 0.97,
    "recall": 0.97,
    "growth": 0.97,
    "share": 0.97,
    "kind": 0.97,
    "approx": 0.97,
}


@dataclass(frozen=True)
class Expected:
    text: str
    half: str
    phrase: str
    kind: str
    period: str
    value: float | None
    unit: str
    approx: str
    growth_pct: float | None
    target_share_pct: float | None
    target_value: float | None
    target_unit: str
    structure_share_pct: float | None


def _num(cell: str) -> float | None:
    return float(cell) if cell.strip() else None


def no_figures() -> dict[str, str]:
    """Texts written to hold no figure at all (dates, document numbers, percentage points…),
    by id, with their half: every row read there is a false one."""
    with open(CORPUS / "no_figures.csv", encoding="utf-8") as f:
        return {r["text"]: r["half"] for r in csv.DictReader(f)}


def load_corpus() -> tuple[dict[str, str], list[Expected]]:
    """The texts by id and the expected rows."""
    texts = {
        p.stem: p.read_text(encoding="utf-8") for p in sorted((CORPUS / "texts").glob("*.txt"))
    }
    with open(CORPUS / "expected.csv", encoding="utf-8") as f:
        expected = [
            Expected(
                text=r["text"],
                half=r["half"],
                phrase=r["phrase"],
                kind=r["kind"],
                period=r["period"],
                value=_num(r["value"]),
                unit=r["unit"],
                approx=r["approx"],
                growth_pct=_num(r["growth_pct"]),
                target_share_pct=_num(r["target_share_pct"]),
                target_value=_num(r["target_value"]),
                target_unit=r["target_unit"],
                structure_share_pct=_num(r["structure_share_pct"]),
            )
            for r in csv.DictReader(f)
        ]
    return texts, expected


def match_key(r: Row | Expected) -> tuple:
    """What an extracted row is matched to an expected one by: (value, unit, period), a rate
    without a level by its rate (and a share without either by the share)."""
    value = None if r.value is None else round(r.value, 6)
    rest = round(r.growth_pct, 6) if value is None and r.growth_pct is not None else None
    if value is None and rest is None:
        rest = r.structure_share_pct if r.structure_share_pct is not None else r.target_share_pct
    return (value, r.unit if value is not None else "", r.period, rest)


def _same(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-9)


@dataclass
class Score:
    expected: int = 0
    extracted: int = 0
    matched: int = 0
    checks: dict[str, list[bool]] = field(
        default_factory=lambda: {"growth": [], "share": [], "kind": [], "approx": []}
    )
    misses: list[str] = field(default_factory=list)

    def rates(self) -> dict[str, float]:
        out = {
            "precision": self.matched / self.extracted if self.extracted else 1.0,
            "recall": self.matched / self.expected if self.expected else 1.0,
        }
        for name, oks in self.checks.items():
            out[name] = sum(oks) / len(oks) if oks else 1.0
        return out


def score(
    texts: dict[str, str],
    expected: Iterable[Expected],
    catalogue=None,
    empty: Iterable[str] = (),
) -> Score:
    """Match extracted to expected rows text by text on (value, unit, period) — a growth rate
    without a level by its rate — and check what is attached to each matched figure. Texts in
    ``empty`` hold no figure: whatever is read there counts against precision."""
    by_text: dict[str, list[Expected]] = {t: [] for t in empty}
    for e in expected:
        by_text.setdefault(e.text, []).append(e)
    result = Score()
    for tid, wanted in by_text.items():
        got = list(extract(texts[tid], catalogue, year=YEAR).rows)
        result.expected += len(wanted)
        result.extracted += len(got)
        free = list(got)
        for e in wanted:
            hit = next((g for g in free if match_key(g) == match_key(e)), None)
            if hit is None:
                result.misses.append(f"{tid} missed   {match_key(e)} {e.phrase}")
                continue
            free.remove(hit)
            result.matched += 1
            shares = (e.target_share_pct, e.structure_share_pct)
            got_shares = (hit.target_share_pct, hit.structure_share_pct)
            checks = {
                # growth and share: over the figures where either side has one
                "growth": _same(e.growth_pct, hit.growth_pct),
                "share": all(_same(x, y) for x, y in zip(shares, got_shares, strict=True)),
                "kind": e.kind == hit.kind,
                "approx": e.approx == hit.approx,
            }
            relevant = {
                "growth": e.growth_pct is not None or hit.growth_pct is not None,
                "share": any(x is not None for x in (*shares, *got_shares)),
                "kind": True,
                "approx": True,
            }
            for name, ok in checks.items():
                if relevant[name]:
                    result.checks[name].append(ok)
                if not ok:
                    want, got = _attached(e), _attached(hit)
                    result.misses.append(
                        f"{tid} {name:<8} {match_key(e)} {e.phrase}: {want} / {got}"
                    )
        for g in free:
            result.misses.append(f"{tid} extra    {match_key(g)} {g.phrase}")
    return result


def _attached(r) -> str:
    shares = f"s={r.target_share_pct} st={r.structure_share_pct}"
    return f"g={r.growth_pct} {shares} k={r.kind} a={r.approx!r}"


# ---------------------------------------------------------------- speed


def timed(fn, *args) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - start, out


def speed(catalogue) -> dict[str, float]:
    """Seconds to read a 20-page report (text) and a 100-page PDF (text, tables where any)."""
    from file_readers.reports import read_report
    from tests.extract_corpus.documents import long_report, pdf_bytes

    report = long_report(pages=20)
    t_text, _ = timed(extract, report, catalogue, YEAR)
    pages = [long_report(pages=1, seed=i) for i in range(100)]
    pdf = pdf_bytes(pages)

    def read_pdf() -> int:
        return len(extract(read_report(pdf, "report.pdf").text, catalogue, YEAR).rows)

    t_pdf, n = timed(read_pdf)
    return {
        "report_20_pages_s": t_text,
        "pdf_100_pages_s": t_pdf,
        "pdf_rows": float(n),
        "chars_20_pages": float(len(report)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extract", description=__doc__)
    parser.add_argument("--half", choices=("tune", "confirm", "all"), default="all")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args(argv)
    catalogue = read_catalogue()
    texts, expected = load_corpus()
    halves = ("tune", "confirm", "all") if args.half == "all" else (args.half,)
    print(f"corpus: {len(texts)} texts, {len(expected)} figures")
    print(f"{'half':<8} {'texts':>5} {'figs':>5} " + " ".join(f"{k:>9}" for k in FLOORS))
    failed = False
    for half in halves:
        chosen = [e for e in expected if half == "all" or e.half == half]
        empty = [t for t, h in no_figures().items() if half in ("all", h)]
        result = score(texts, chosen, catalogue, empty)
        rates = result.rates()
        failed |= any(rates[k] < floor for k, floor in FLOORS.items())
        n_texts = len({e.text for e in chosen} | set(empty))
        print(
            f"{half:<8} {n_texts:>5} {len(chosen):>5} "
            + " ".join(f"{rates[k]:>9.1%}" for k in FLOORS)
        )
        if args.show_misses and half != "all":
            print("\n".join("  " + m for m in result.misses))
    if not args.no_speed:
        s = speed(catalogue)
        chars, rows = f"{s['chars_20_pages']:.0f}", f"{s['pdf_rows']:.0f}"
        print(f"20-page report ({chars} characters): {s['report_20_pages_s']:.2f} s (limit 2 s)")
        pdf_s = s["pdf_100_pages_s"]
        print(f"100-page PDF, text and figures ({rows} rows): {pdf_s:.2f} s (limit 20 s)")
        failed |= s["report_20_pages_s"] >= 2 or s["pdf_100_pages_s"] >= 20
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
