"""Every method object, in one list: adding a method is one module and one line here.

Each entry declares its :class:`~forecast.methods.base.Abilities`. The user-selectable ones
make :data:`METHODS` (the CLI's and the app's choices, in this order); the internal ones are
chosen by the code (``remaining`` where nothing is reported yet, ``growth_drift`` for growth
indicators, see :func:`for_cut`) or serve as ``auto``'s candidates. Names are unique.
"""

from __future__ import annotations

from types import MappingProxyType

from forecast.methods.auto import Auto
from forecast.methods.base import Cut, Kind, Method, is_net
from forecast.methods.ets import ETS
from forecast.methods.growth import GrowthDrift
from forecast.methods.holtwinters import HoltWinters
from forecast.methods.lastyear import LastYear
from forecast.methods.level import SeasonalLevel
from forecast.methods.remaining import RemainingAmount
from forecast.methods.runrate import RunRate
from forecast.methods.share import SeasonalShare
from forecast.methods.yoy import YearOnYear

SHARE = SeasonalShare()
YOY = YearOnYear()
LASTYEAR = LastYear()
HW = HoltWinters()
LEVEL_FAST = SeasonalLevel(0.7, "level_fast", selectable=False)
LEVEL_SLOW = SeasonalLevel(0.9, "level_slow", selectable=False)
REMAINING = RemainingAmount()
GROWTH_DRIFT = GrowthDrift()

# auto's candidates pair methods whose errors differ (see auto.py); they are registered too
CANDIDATES = (SHARE, YOY, LASTYEAR, LEVEL_FAST, LEVEL_SLOW, HW)

AUTO = Auto(CANDIDATES)
NET_FALLBACK = AUTO  # projects a net flow for a method that cannot

REGISTERED: tuple[Method, ...] = (
    AUTO,
    SHARE,
    YOY,
    SeasonalLevel(),
    LASTYEAR,
    ETS(),
    HW,
    RunRate(),
    LEVEL_FAST,
    LEVEL_SLOW,
    REMAINING,
    GROWTH_DRIFT,
)

ALL_METHODS = MappingProxyType({m.name: m for m in REGISTERED})
METHODS = MappingProxyType({m.name: m for m in REGISTERED if m.abilities.selectable})

if len(ALL_METHODS) != len(REGISTERED):  # pragma: no cover - caught at import, in every test
    raise ImportError("two registered methods share a name")


def registered() -> tuple[Method, ...]:
    """Every registered method: the selectable ones first, then the internal ones."""
    return REGISTERED


def get_method(name: str) -> Method:
    """The user-selectable method ``name``; raises KeyError listing the known names."""
    try:
        return METHODS[name]
    except KeyError:
        raise KeyError(f"unknown method {name!r}; known: {', '.join(METHODS)}") from None


def for_cut(name: str, cut: Cut, kind: Kind = "level") -> Method:
    """The method that projects ``cut`` when the user asked for ``name``.

    A growth indicator has one method (the growth drift). A net flow (a month or the
    year-to-date below zero, :func:`~forecast.methods.base.is_net`) needs a method that
    declares ``negative_months``: one that does not is replaced by ``auto``, which does. A
    level with nothing reported yet (ytd = 0) would be projected as zero by any multiple of the
    year-to-date, so the remaining amount itself is projected. Otherwise the method asked for.
    """
    if kind == "growth":
        return GROWTH_DRIFT
    chosen = get_method(name)  # an unknown name fails even where it would not be used
    if is_net(cut):
        return chosen if chosen.abilities.negative_months else NET_FALLBACK
    return REMAINING if cut.ytd <= 0 else chosen
