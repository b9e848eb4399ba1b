"""Projection methods, one module each, all keeping the contract of ``base.Method``."""

from __future__ import annotations

from forecast.methods.auto import Auto
from forecast.methods.base import Cut, Method, make_cut
from forecast.methods.ets import ETS
from forecast.methods.holtwinters import HoltWinters
from forecast.methods.lastyear import LastYear
from forecast.methods.level import SeasonalLevel
from forecast.methods.runrate import RunRate
from forecast.methods.share import SeasonalShare
from forecast.methods.yoy import YearOnYear

METHODS: dict[str, Method] = {
    m.name: m
    for m in (
        Auto(),
        SeasonalShare(),
        YearOnYear(),
        SeasonalLevel(),
        LastYear(),
        ETS(),
        HoltWinters(),
        RunRate(),
    )
}

__all__ = ["METHODS", "Cut", "Method", "make_cut"]


def get_method(name: str) -> Method:
    """The method registered as ``name``; raises KeyError listing the known names."""
    try:
        return METHODS[name]
    except KeyError:
        raise KeyError(f"unknown method {name!r}; known: {', '.join(METHODS)}") from None
