"""Warnings that name a doubtful figure without stopping the load: a value about 10⁴ or 10⁸
times its own history or its target (元, 万元 and 亿元 mixed up), a growth rate beyond ±100%,
a percentage about 100 times its own history or target (13.3% typed or stored as 0.133), and
a month far outside its history.

Each check returns problems with codes in WARNING_CODES; nothing is changed or dropped. Every
code starts with ``implausible_``, so ``forecast.table.warned`` carries it to the indicator's
row in the exports.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

import numpy as np
import pandas as pd

from forecast.errors import Problem
from forecast.targets import Target

__all__ = [
    "MONTH_FACTOR",
    "MONTH_Z",
    "SCALE",
    "SHARE",
    "against_targets",
    "in_history",
    "month_outliers",
    "share_slips",
]

SCALE = 3000.0  # a factor this far off is a unit slip (10⁴, 10⁸), not an economy
SHARE = (30.0, 300.0)  # a percentage this many times off was written as a fraction (×100)
SHARE_SMALL = 1.5  # ... and is itself this small (0.133 for 13.3%), in %
MONTH_Z = 9.0  # a month this many robust spreads off its indicator's usual pattern …
MONTH_FACTOR = 8.0  # … and this many times more or less than that pattern expects (bench.plausible)
MONTH_MIN_YEARS = 3  # the pattern needs this many years of months
GROWTH_BASES = ("ytd_yoy", "month_yoy")


def in_history(frame: pd.DataFrame, files: pd.Series | Mapping[int, str] | str) -> list[Problem]:
    """Rows of a validated actuals frame (with its ``row`` column) that are about 10⁴ or more
    off the same indicator's other values, and growth rates beyond ±100%. ``files`` names each
    row's file: one name, a Series aligned with ``frame`` or a mapping by row number."""
    out: list[Problem] = []
    by_index = isinstance(files, pd.Series)

    def file_of(row: int, index: object = None) -> str:
        if isinstance(files, str):
            return files
        if by_index:
            return str(files.loc[index])
        return files.get(row, "")

    growth = frame[frame["basis"].isin(("ytd_yoy", "month_yoy"))]
    for r in growth[growth["value"].abs() > 100].itertuples():
        out.append(
            Problem(
                file_of(r.row, r.Index),
                r.row,
                "value",
                "implausible_growth",
                f"{r.value:g}",
                "",
                r.indicator,
            )
        )
    levels = frame[frame["basis"].isin(("ytd", "month"))]
    if levels.empty:
        return out
    abs_value = levels["value"].abs()
    group = abs_value.groupby([levels["indicator"], levels["basis"], levels["month"]])
    size = group.transform("size")
    # the typical value of the same month in the other years: the other one of two, else the
    # median (one slip cannot move the median of three or more)
    typical = (group.transform("sum") - abs_value).where(size == 2, group.transform("median"))
    ratio = abs_value / typical.where(typical > 0)
    odd = (size >= 2) & (abs_value > 0) & ((ratio > SCALE) | (ratio < 1 / SCALE))
    for r, t in zip(levels[odd].itertuples(), typical[odd], strict=True):
        out.append(
            Problem(
                file_of(r.row, r.Index),
                r.row,
                "value",
                "implausible_scale",
                f"{r.value:g}",
                f"{t:g}",
                r.indicator,
            )
        )
    return out


def against_targets(
    frame: pd.DataFrame, targets: Mapping[tuple[str, int], Target], source: str
) -> list[Problem]:
    """The latest cumulative value of each indicator with an absolute annual target that is
    about 10⁴ times more or less than that target, and the latest cumulative growth rate
    about 100 times below a growth target (a percentage written as a fraction)."""
    out: list[Problem] = []
    for indicator, last, goal in _latest_against(frame, "ytd_yoy", "growth", targets):
        value = abs(float(last["value"]))
        if goal != 0 and 0 < value <= SHARE_SMALL and SHARE[0] <= abs(goal) / value <= SHARE[1]:
            # 8% growth wanted, 0.08 written
            out.append(_latest_problem(source, last, "implausible_share", goal, indicator))
    for indicator, last, goal in _latest_against(frame, "ytd", "absolute", targets):
        value = abs(float(last["value"]))
        if (
            goal != 0
            and value != 0
            and (
                value / abs(goal) > SCALE or abs(goal) / value > SCALE * 12  # one month: 1/12
            )
        ):
            out.append(_latest_problem(source, last, "implausible_scale", goal, indicator))
    return out


def _latest_against(
    frame: pd.DataFrame, basis: str, kind: str, targets: Mapping[tuple[str, int], Target]
):
    """(indicator, its latest row of ``basis``, the annual target's value) for each indicator
    whose latest year has an annual target of ``kind``."""
    rows = frame[frame["basis"] == basis].sort_values(["year", "month"])
    for indicator, group in rows.groupby("indicator", sort=False):
        last = group.iloc[-1]
        target = targets.get((indicator, int(last["year"])))
        if target is not None and target.annual is not None and target.annual.kind == kind:
            yield indicator, last, target.annual.value


def _latest_problem(source: str, last: pd.Series, code: str, goal: float, indicator) -> Problem:
    return Problem(
        source,
        int(last["row"]),
        "value",
        code,
        f"{abs(float(last['value'])):g}",
        f"{goal:g}",
        indicator,
    )


def _file_of(files: pd.Series | Mapping[int, str] | str, row: int, index: object) -> str:
    if isinstance(files, str):
        return files
    if isinstance(files, pd.Series):
        return str(files.loc[index])
    return files.get(row, "")


def share_slips(frame: pd.DataFrame, files: pd.Series | Mapping[int, str] | str) -> list[Problem]:
    """Years of a growth series (bases ytd_yoy, month_yoy, in %) whose figures are all small
    (|v| ≤ SHARE_SMALL) and about 100 times (SHARE) below the same series' other years: a
    percent cell read as a fraction (13.3% as 0.133). One warning per indicator and year, at
    its first row; ``detail`` is the other years' typical figure."""
    out: list[Problem] = []
    growth = frame[frame["basis"].isin(GROWTH_BASES)]
    if growth.empty:
        return out
    size = growth["value"].abs()
    keys = [growth["indicator"], growth["basis"]]
    for (indicator, _basis), part in size.groupby(keys, sort=False):
        years = growth.loc[part.index, "year"]
        if years.nunique() < 2:
            continue
        for year, this in part.groupby(years, sort=False):
            others = part[years != year]
            typical, here = float(others.median()), float(this.median())
            if this.max() > SHARE_SMALL or here <= 0 or typical <= 0:
                continue
            if SHARE[0] <= typical / here <= SHARE[1]:
                first = growth.loc[this.index].sort_values("month").iloc[0]
                out.append(
                    Problem(
                        _file_of(files, int(first["row"]), first.name),
                        int(first["row"]),
                        "value",
                        "implausible_share",
                        f"{first['value']:g}",
                        f"{typical:g}",
                        str(indicator),
                    )
                )
    return out


def monthly_amounts(frame: pd.DataFrame) -> pd.DataFrame:
    """Each indicator's monthly amounts: the month rows as written, and for months reported
    only as a cumulative value the change of the ytd over the month (January's ytd itself);
    columns indicator (categorical), year, month, value and ``at`` (the frame's index of the
    row that holds the amount, to name it). Column by column: a million rows cost a few
    arrays of numbers, not copies of the frame."""
    return _table(_monthly(frame))


def _table(amounts: tuple) -> pd.DataFrame:
    codes, names, year, month, value, at = amounts
    return pd.DataFrame(
        {
            "indicator": pd.Categorical.from_codes(codes, categories=names),
            "year": year,
            "month": month,
            "value": value,
            "at": at,
        }
    )


def _monthly(frame: pd.DataFrame) -> tuple:
    """``monthly_amounts`` as arrays: the indicator's code (int32) and the distinct names,
    year (int16), month (int8), amount and ``at``."""
    codes, names = pd.factorize(frame["indicator"])
    codes = codes.astype(np.int32)
    is_month = (frame["basis"] == "month").to_numpy(dtype=bool)  # no Python str per row
    is_ytd = (frame["basis"] == "ytd").to_numpy(dtype=bool)
    year = frame["year"].to_numpy(dtype=np.int64)
    month = frame["month"].to_numpy(dtype=np.int64)
    value = frame["value"].to_numpy(dtype=np.float64)
    written = np.flatnonzero(is_month)
    ytd = np.flatnonzero(is_ytd)
    del is_month, is_ytd
    if len(ytd):
        key = (codes.astype(np.int64) * 10_000 + year) * 16 + month  # one per indicator-month
        order = ytd[np.argsort(key[ytd], kind="stable")]
        sorted_keys = key[order]
        at = np.minimum(np.searchsorted(sorted_keys, key[ytd] - 1), len(order) - 1)
        found = sorted_keys[at] == key[ytd] - 1
        before = np.where(month[ytd] == 1, 0.0, np.where(found, value[order[at]], np.nan))
        derived = ~np.isnan(before) & ~np.isin(key[ytd], key[written])
        del key, order, sorted_keys, at, found
        rows = np.concatenate([written, ytd[derived]])
        amounts = np.concatenate([value[written], (value[ytd] - before)[derived]])
    else:
        rows, amounts = written, value[written]
    index = frame.index
    plain = isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1
    return (
        codes[rows],
        pd.Index(names),
        year[rows].astype(np.int16),
        month[rows].astype(np.int8),
        amounts,
        rows.astype(np.int64) if plain else index.to_numpy()[rows],
    )


def _january_february(amounts: pd.DataFrame) -> pd.DataFrame:
    """January and February as one amount at February (the Spring Festival moves between the
    two, so planners and the statistics bureau report 1-2月 together); a January or February
    without its partner is left out. Named by February's row."""
    names = amounts["indicator"].cat.categories
    codes = amounts["indicator"].cat.codes.to_numpy()
    columns = (amounts[c].to_numpy() for c in ("year", "month", "value", "at"))
    return _table(_paired((codes, names, *columns)))


def _paired(amounts: tuple) -> tuple:
    """``_january_february`` on the arrays of ``_monthly``."""
    codes, names, year, month, value, at = amounts
    pair = codes.astype(np.int64) * 10_000 + year
    jan, feb = np.flatnonzero(month == 1), np.flatnonzero(month == 2)
    order = jan[np.argsort(pair[jan], kind="stable")]
    found = np.minimum(np.searchsorted(pair[order], pair[feb]), max(len(order) - 1, 0))
    both = (pair[order][found] == pair[feb]) if len(order) else np.zeros(len(feb), dtype=bool)
    del pair
    rows = np.concatenate([np.flatnonzero(month > 2), feb[both]])
    summed = value[rows]
    summed[len(rows) - int(both.sum()) :] += value[order[found[both]]]
    return codes[rows], names, year[rows], month[rows], summed, at[rows]


def _nanmedian(a: np.ndarray, axis: int) -> np.ndarray:
    """``np.nanmedian(a, axis)`` (NaN where a slice is all NaN, without a warning) for the
    short slices of the month check, with one sorted copy of ``a`` instead of the several a
    masked median makes: the middle value, or the mean of the two middle ones."""
    ordered = np.sort(a, axis=axis)  # NaNs last
    count = np.expand_dims(np.count_nonzero(~np.isnan(a), axis=axis), axis)
    low = np.take_along_axis(ordered, np.maximum(count - 1, 0) // 2, axis)
    high = np.take_along_axis(ordered, count // 2 - (count == 0), axis)
    middle = np.where(count % 2 == 1, low, (low + high) / 2)
    return np.squeeze(middle, axis=axis)


def month_outliers(
    frame: pd.DataFrame,
    files: pd.Series | Mapping[int, str] | str,
    flows: Collection[str] = (),
) -> list[Problem]:
    """Months far outside their indicator's pattern: on the log scale, each indicator's
    positive monthly amounts (``monthly_amounts``) are split by a median polish into a level
    per year, a seasonal effect per calendar month and a residual; a month whose residual is
    more than MONTH_Z robust spreads (1.4826 × the median absolute residual, at least 5%) and
    more than a factor MONTH_FACTOR off is warned about (``detail``: the amount the pattern
    expects). Medians, so one wrong month cannot hide itself; a whole year up or down (a new
    factory, 2020) moves that year's level, not its months. January and February are taken
    together (the Spring Festival moves between them). Indicators with fewer than
    MONTH_MIN_YEARS years of months are left alone, and so are ``flows`` (indicators whose
    months may be negative) that have a month of zero or below: near zero a log means
    nothing."""
    if frame.empty:
        return []
    codes, names, year, month, value, where = _paired(_monthly(frame))
    flow_codes = np.flatnonzero(names.isin(list(flows)))
    crossing = np.unique(codes[(value <= 0) & np.isin(codes, flow_codes)])
    keep = (value > 0) & ~np.isin(codes, crossing)
    if not keep.all():
        codes, value, year, month, where = (x[keep] for x in (codes, value, year, month, where))
    if not len(codes):
        return []
    # the years each indicator has months in: its first, and how many
    pairs = np.unique(codes.astype(np.int64) * 65_536 + (year.astype(np.int64) - year.min()))
    pair_codes = pairs // 65_536
    with_code, first_at, counts = np.unique(pair_codes, return_index=True, return_counts=True)
    enough = with_code[counts >= MONTH_MIN_YEARS]
    first_year = np.zeros(len(names), dtype=np.int64)
    first_year[with_code] = pairs[first_at] % 65_536 + year.min()
    del pairs, pair_codes
    keep = np.isin(codes, enough)
    if not keep.any():
        return []
    if not keep.all():
        codes, value, year, month, where = (x[keep] for x in (codes, value, year, month, where))
    del keep
    slot_of = np.full(len(names), -1, dtype=np.int32)
    slot_of[enough] = np.arange(len(enough), dtype=np.int32)
    slot = slot_of[codes]
    year_at = (year - first_year[codes]).astype(np.int32)
    month_at = month.astype(np.int32) - 1
    del year
    cube = np.full((len(enough), int(year_at.max()) + 1, 12), np.nan)
    cube[slot, year_at, month_at] = np.log(value)
    # a month seen in one year only carries no pattern (its residual is 0 by construction)
    seen = np.isfinite(cube).sum(axis=1) >= 2
    resid = cube  # the cube is not needed any more: polished in place
    del cube
    for _ in range(4):
        resid -= np.nan_to_num(_nanmedian(resid, axis=2)[:, :, None])
        resid -= np.nan_to_num(_nanmedian(resid, axis=1)[:, None, :])
    spread = 1.4826 * _nanmedian(np.abs(resid).reshape(len(resid), -1), axis=1)
    spread = np.maximum(np.nan_to_num(spread), 0.05)
    found = resid[slot, year_at, month_at]
    limit = np.maximum(MONTH_Z * spread[slot], np.log(MONTH_FACTOR))
    odd = (np.abs(found) > limit) & seen[slot, month_at]
    out = []
    for k in np.flatnonzero(odd):
        r = frame.loc[where[k]]
        expected = float(value[k]) / float(np.exp(found[k]))
        out.append(
            Problem(
                _file_of(files, int(r["row"]), where[k]),
                int(r["row"]),
                "value",
                "implausible_month",
                f"{r['value']:g}",
                f"{expected:.4g}",
                str(r["indicator"]),
            )
        )
    return out
