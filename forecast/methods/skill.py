"""Rolling-origin skill on an indicator's own past. The folds themselves live in ``folds.py``
(re-exported here, where other modules have always found them)."""

from __future__ import annotations

from forecast.methods.folds import (
    PRIOR_WEIGHT,
    Center,
    fold_errors,
    folds,
    own_spread,
    past_cuts,
    t_spread,
)

__all__ = ["PRIOR_WEIGHT", "Center", "fold_errors", "folds", "own_spread", "past_cuts", "t_spread"]
