"""Projection methods, one module each, all keeping the contract of ``base.Method``.

The registry (``registry.py``) lists every method object with its declared abilities;
``METHODS`` holds the user-selectable ones, ``ALL_METHODS`` every one, internal ones included.
"""

from __future__ import annotations

from forecast.methods.base import Abilities, Cut, Method, Simulation, make_cut
from forecast.methods.registry import (
    ALL_METHODS,
    CANDIDATES,
    METHODS,
    for_cut,
    get_method,
    registered,
)

__all__ = [
    "ALL_METHODS",
    "CANDIDATES",
    "METHODS",
    "Abilities",
    "Cut",
    "Method",
    "Simulation",
    "for_cut",
    "get_method",
    "make_cut",
    "registered",
]
