"""The 数据 page's 从报告读取 and the ``extract`` verb, in words and tables (pure): the extract
table with ids as column names (CSV and XLSX bytes), the review table the page edits, the text
with each figure's clause highlighted, and the confirmed rows turned into long actuals and
targets rows merged with the session's data.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from forecast.extract import COLUMNS, Note, Row
from forecast.targets import Target
from presentation.files import excel_bytes, safe_csv_text
from presentation.sheets import Sheet
from presentation.text import t

__all__ = [
    "REVIEW_COLUMNS",
    "column_labels",
    "confirmed_actuals",
    "confirmed_targets",
    "extract_bytes",
    "extract_frame",
    "highlight_html",
    "merged_actuals",
    "merged_targets",
    "note_texts",
    "review_table",
    "skipped_note",
]

NUMBER_COLUMNS = (
    "value",
    "growth_pct",
    "target_share_pct",
    "target_value",
    "structure_share_pct",
)
REVIEW_COLUMNS = ("keep", "no", *(c for c in COLUMNS if c not in ("start", "end")))
_WHOLE_YEAR = ("全年", "")  # the periods of a target for the year (none said: the year's)
_ANNUAL_PLAN = re.compile(r"(?:全年|年度|年初|本年|年)(?:目标|计划|任务|预算)")
_LABEL_KEYS = {
    "keep": "extract_col_keep",
    "no": "extract_col_no",
    "phrase": "extract_col_phrase",
    "indicator": "extract_col_indicator",
    "kind": "extract_col_kind",
    "period": "extract_col_period",
    "date": "extract_col_date",
    "basis": "extract_col_basis",
    "value": "extract_col_value",
    "unit": "extract_col_unit",
    "approx": "extract_col_approx",
    "growth_pct": "extract_col_growth_pct",
    "target_share_pct": "extract_col_target_share_pct",
    "target_value": "extract_col_target_value",
    "target_unit": "extract_col_target_unit",
    "structure_share_pct": "extract_col_structure_share_pct",
    "start": "extract_col_start",
    "end": "extract_col_end",
    "sentence": "extract_col_sentence",
}


def extract_frame(rows: Iterable[Row]) -> pd.DataFrame:
    """The extract table: the issue's columns, ids as names whatever the language; numbers at
    full precision (empty = not stated)."""
    frame = pd.DataFrame([r.as_dict() for r in rows], columns=list(COLUMNS))
    for column in NUMBER_COLUMNS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype(float)
    for column in ("start", "end"):
        frame[column] = frame[column].astype("Int64")
    return frame


def extract_bytes(rows: Iterable[Row], suffix: str) -> bytes:
    """The extract table as a file: ``.xlsx`` (one sheet, numbers as numbers, text that looks
    like a formula kept as text) or CSV (UTF-8 with BOM; numbers as written, 5010 not 5010.0,
    -3.2 as a number; a text cell that would start a formula gets a leading ')."""
    frame = extract_frame(rows)
    if suffix.lower() == ".xlsx":
        return excel_bytes({"extract": Sheet(frame.astype(object).where(frame.notna(), None))})
    shown = frame.astype(object)
    for column in shown.columns:
        if column in NUMBER_COLUMNS or column in ("start", "end"):
            shown[column] = [_plain(v) if pd.notna(v) else "" for v in frame[column]]
        else:
            shown[column] = [safe_csv_text(str(v)) for v in frame[column]]
    return shown.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def column_labels(lang: str = "zh") -> dict[str, str]:
    """Column id → its label in ``lang`` (the page's headers)."""
    return {column: t(key, lang) for column, key in _LABEL_KEYS.items()}


def note_texts(notes: Sequence[Note], lang: str = "zh") -> list[str]:
    """The notes of an extraction, in words."""
    out = []
    for note in notes:
        if note.code in ("cutoff_day", "multi_year"):
            out.append(t(f"extract_note_{note.code}", lang, value=note.value))
        elif note.code == "no_figures":
            out.append(t("extract_note_no_figures", lang))
    return out


def review_table(rows: Iterable[Row]) -> pd.DataFrame:
    """The rows as the page shows them for review: a keep box and a number, every column but
    the offsets (the clause stays, read-only on the page)."""
    frame = extract_frame(rows).drop(columns=["start", "end"])
    frame.insert(0, "no", range(1, len(frame) + 1))
    frame.insert(0, "keep", True)
    return frame[list(REVIEW_COLUMNS)]


def highlight_html(text: str, rows: Iterable[Row]) -> str:
    """The text as HTML, each figure's clause marked and numbered like the review table."""
    spans: dict[tuple[int, int], list[int]] = {}
    for n, r in enumerate(rows, start=1):
        spans.setdefault((r.start, r.end), []).append(n)
    out, pos = [], 0
    for (start, end), numbers in sorted(spans.items()):
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        tags = ",".join(str(n) for n in numbers)
        out.append(
            f'<mark style="background:#fde9b6">{html.escape(text[start:end])}'
            f"<sup><b>[{tags}]</b></sup></mark>"
        )
        pos = end
    out.append(html.escape(text[pos:]))
    body = "".join(out).replace("\n", "<br>")
    return f'<div style="line-height:1.9;max-height:24em;overflow-y:auto">{body}</div>'


# ---------------------------------------------------------------- confirmed rows → data


def _kept(review: pd.DataFrame) -> pd.DataFrame:
    keep = review["keep"].astype(object).where(review["keep"].notna(), False).astype(bool)
    kept = review[keep].copy()
    for column in kept.columns:
        if column not in NUMBER_COLUMNS and column != "keep":  # an emptied cell reads ''
            kept[column] = kept[column].astype(object).where(kept[column].notna(), "")
    return kept


def _number(value: object) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def confirmed_actuals(review: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """The kept actual figures of the year to date or a month as long actuals rows
    (``indicator, date, value, basis, unit``): a level, and its growth as ``ytd_yoy`` or
    ``month_yoy``; a rate without a level as the rate. Returns the rows and how many kept
    actual rows could not go in (no indicator id or date, a stock, a whole year)."""
    out, skipped = [], 0
    for r in _kept(review).to_dict("records"):
        if r["kind"] != "actual":
            continue
        indicator, date = str(r["indicator"]).strip(), str(r["date"]).strip()
        flow = (
            "month"
            if r["basis"] == "month"
            or (r["basis"] == "growth" and "-" not in str(r["period"]) and r["period"] != "1月")
            else "ytd"
        )
        value, growth = _number(r["value"]), _number(r["growth_pct"])
        if not indicator or not date or r["basis"] not in ("ytd", "month", "growth"):
            skipped += 1
            continue
        if value is not None and r["basis"] != "growth":
            out.append((indicator, date, value, flow, str(r["unit"]).strip()))
        if growth is not None:
            out.append((indicator, date, growth, f"{flow}_yoy", "%"))
    frame = pd.DataFrame(out, columns=["indicator", "date", "value", "basis", "unit"])
    return frame, skipped


def confirmed_targets(review: pd.DataFrame, year: int) -> tuple[pd.DataFrame, int]:
    """The kept targets as target rows (``indicator, year, kind, value, half_kind,
    half_value``): stated targets of the whole year or the half (a level, else a growth rate),
    and the target a share was taken of (占年计划1.1亿元的…; 半年目标, or a 1-6月 figure's
    target with no 年 said → the half-year's; 13% → a growth target).
    Values carry their unit (``1.1亿元``). Returns the rows and how many kept target rows
    could not go in (no indicator id, or a target of another period: 下半年, 三季度, 1-9月)."""
    found: dict[tuple[str, int], dict[str, object]] = {}
    skipped = 0
    for r in _kept(review).to_dict("records"):
        indicator = str(r["indicator"]).strip()
        date = str(r["date"]).strip()
        when = int(date[:4]) if date[:4].isdigit() else year
        goals = []
        if r["kind"] == "target":
            half = r["period"] == "1-6月"
            value, growth = _number(r["value"]), _number(r["growth_pct"])
            stated = value is not None or growth is not None
            if stated and not half and r["period"] not in _WHOLE_YEAR:
                # 下半年/三季度/1-9月 targets: a target row holds the year's and the half's only
                skipped += 1
            elif value is not None:
                goals.append((half, "absolute", f"{_plain(value)}{r['unit']}"))
            elif growth is not None:
                goals.append((half, "growth", _plain(growth)))
        target = _number(r["target_value"])
        if target is not None:
            sentence = str(r.get("sentence", ""))
            # 占半年目标任务…的; 1-6月…占目标任务5.5亿元的 (no 年 said): the half-year's
            half = "半年" in sentence or (
                r["period"] == "1-6月" and not _ANNUAL_PLAN.search(sentence)
            )
            if r["target_unit"] == "%":  # 占半年目标任务13%的: a growth target
                goals.append((half, "growth", _plain(target)))
            else:
                goals.append((half, "absolute", f"{_plain(target)}{r['target_unit']}"))
        if not goals:
            continue
        if not indicator:
            skipped += 1
            continue
        entry = found.setdefault((indicator, when), {"indicator": indicator, "year": when})
        for half, kind, value in goals:
            prefix = "half_" if half else ""
            entry[f"{prefix}kind"], entry[f"{prefix}value"] = kind, value
    columns = ["indicator", "year", "kind", "value", "half_kind", "half_value"]
    return _blanks(pd.DataFrame(list(found.values()), columns=columns)), skipped


def skipped_note(skipped_actuals: int, skipped_targets: int, lang: str = "zh") -> str:
    """How many kept rows cannot go into the data ('' when none)."""
    n = skipped_actuals + skipped_targets
    return t("extract_skipped", lang, n=n) if n else ""


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def merged_actuals(existing: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """The session's validated actuals (``Actuals.frame``) with the new long rows: a new row
    replaces an old one of the same indicator, month and basis."""
    old = pd.DataFrame(
        {
            "indicator": existing["indicator"],
            "date": [
                f"{y:04d}-{m:02d}" for y, m in zip(existing["year"], existing["month"], strict=True)
            ],
            "value": existing["value"],
            "basis": existing["basis"],
            "unit": "",
        }
    )
    key = ["indicator", "date", "basis"]
    both = pd.concat([old, new[old.columns]], ignore_index=True)
    return both.drop_duplicates(subset=key, keep="last").reset_index(drop=True)


def merged_targets(existing: Mapping[tuple[str, int], Target], new: pd.DataFrame) -> pd.DataFrame:
    """The session's targets with the new rows: a new annual or half-year goal replaces the
    old one of the same indicator and year, the other is kept."""
    rows: dict[tuple[str, int], dict[str, object]] = {}
    for (indicator, year), target in existing.items():
        entry: dict[str, object] = {"indicator": indicator, "year": year}
        for prefix, goal in (("", target.annual), ("half_", target.half)):
            if goal is not None:
                entry[f"{prefix}kind"], entry[f"{prefix}value"] = goal.kind, _plain(goal.value)
        rows[(indicator, year)] = entry
    for r in new.to_dict("records"):
        entry = rows.setdefault((r["indicator"], int(r["year"])), {})
        entry.update({k: v for k, v in r.items() if v != ""})
    columns = ["indicator", "year", "kind", "value", "half_kind", "half_value"]
    return _blanks(pd.DataFrame(list(rows.values()), columns=columns))


def _blanks(frame: pd.DataFrame) -> pd.DataFrame:
    """Empty cells as '' (a targets file's empty half-year columns)."""
    return frame.astype(object).where(frame.notna(), "")
