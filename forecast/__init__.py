"""Year-end projections of local-government indicators, with honest uncertainty.

Pure computation: nothing here imports streamlit; files are read only in ``readers``.
"""

from __future__ import annotations

from forecast.actuals import Actuals, validate_actuals
from forecast.catalogue import Catalogue, Indicator
from forecast.checks import Check, check
from forecast.errors import DataError, Problem
from forecast.projection import QUANTILES, Projection, project, project_all
from forecast.targets import Goal, Target

__all__ = [
    "QUANTILES",
    "Actuals",
    "Catalogue",
    "Check",
    "DataError",
    "Goal",
    "Indicator",
    "Problem",
    "Projection",
    "Target",
    "check",
    "project",
    "project_all",
    "validate_actuals",
]
