"""Projections with known draws, for exact tests of what the app, exports and brief say."""

import numpy as np

from forecast.catalogue import Catalogue, Indicator
from forecast.checks import check
from forecast.projection import Projection
from forecast.targets import Goal, Target

CATALOGUE = Catalogue(
    (
        Indicator("tax_total", "国地两税收入", "National and local tax revenue", "万元"),
        Indicator("fai", "全社会固定资产投资", "Fixed-asset investment", "亿元"),
        Indicator("va_growth", "规模工业增加值增速", "Industrial value added growth", "%"),
        Indicator("output", "规模工业总产值", "Gross industrial output", "亿元"),
        Indicator('=HYPERLINK("x")', '=HYPERLINK("x")', '=HYPERLINK("x")', "万元"),
    )
)
LAST_YEAR = np.array([1143, 1710, 2509, 3380, 4569, 5316, 6012, 6614, 7159, 7931, 8558, 9253.0])


def draws(*value_counts: tuple[float, int]) -> np.ndarray:
    """Year-end draws: each value repeated its count (100 draws in all)."""
    values, counts = zip(*value_counts, strict=True)
    out = np.repeat(np.asarray(values, dtype=float), counts)
    assert out.size == 100
    return out


def level(indicator: str, ytd: float, draws: np.ndarray, as_of: int = 5, last=LAST_YEAR, notes=()):
    months = 12 - as_of
    steps = np.arange(1, months + 1) / months
    paths = ytd + (draws[:, None] - ytd) * steps[None, :]
    this_year = np.full(12, np.nan)
    this_year[as_of - 1] = ytd
    return Projection(
        indicator,
        2020,
        as_of,
        "auto",
        CATALOGUE[indicator].unit,
        "level",
        ytd,
        paths,
        last_year=np.asarray(last, dtype=float),
        this_year=this_year,
        weights=(("share", 0.6), ("yoy", 0.4)),
        notes=tuple(notes),
    )


def growth(indicator: str, ytd: float, draws: np.ndarray, as_of: int = 5):
    months = 12 - as_of
    steps = np.arange(1, months + 1) / months
    paths = ytd + (draws[:, None] - ytd) * steps[None, :]
    return Projection(
        indicator, 2020, as_of, "growth_drift", "%", "growth", ytd, paths, growth_ytd=ytd
    )


def town():
    """Four indicators: tax at risk (78%), FAI on track, growth off track, output no target."""
    projections = {
        "output": level("output", 14.2, np.full(100, 35.5)),
        "tax_total": level(
            "tax_total", 5010, draws((9500, 22), (10100, 27), (10200, 2), (10500, 49))
        ),
        "fai": level("fai", 5.1, draws((11.5, 10), (12.0, 90)), last=LAST_YEAR / 1000),
        "va_growth": growth("va_growth", 13.3, draws((12.0, 70), (13.5, 30))),
    }
    targets = {
        ("tax_total", 2020): Target("tax_total", 2020, Goal("absolute", 10000)),
        ("fai", 2020): Target("fai", 2020, Goal("absolute", 11), Goal("absolute", 5.5)),
        ("va_growth", 2020): Target("va_growth", 2020, Goal("growth", 13)),
    }
    checks = {i: check(p, targets.get((i, 2020))) for i, p in projections.items()}
    return projections, checks, targets
