"""Projecting a whole file where one bad series never stops the rest.

``project_each`` runs ``projection.project_all`` once; an indicator a method fails on (a
series no method can take) is left out with a ``method_failed`` problem naming it, and the
rest are projected together (parents reconciled with their children as usual). Draws are
seeded by indicator, so the figures of the others are the same whichever were left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from forecast.actuals import Actuals
from forecast.errors import Problem
from forecast.projection import N_DRAWS, Projection, project_all
from forecast.table import warned

__all__ = ["DROPPED", "Batch", "dropped_rows", "project_each"]

DROPPED = "dropped"  # the status of an indicator left out, in the stable table


@dataclass(frozen=True)
class Batch:
    """The projections, and the problems of every indicator left out (from reading the file,
    ``Actuals.dropped``, or from projecting it), each naming its indicator; ``warnings`` what
    was read but looks doubtful (``Actuals.warnings``), see :attr:`flags`."""

    projections: dict[str, Projection]
    dropped: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()

    @property
    def flags(self) -> dict[str, tuple[str, ...]]:
        """{indicator id: its plausibility warning codes} for each projected indicator a
        warning doubts (``implausible_scale``, ``implausible_growth``, ``implausible_share``,
        ``implausible_month``; each once, in the order found): the rows exports flag. Warnings
        against targets (``plausibility.against_targets``) are added with :meth:`warned_by`."""
        return {i: c for i, c in warned(self.warnings).items() if i in self.projections}

    def warned_by(self, more: Iterable[Problem]) -> Batch:
        """This batch with ``more`` warnings (those against the targets, say)."""
        return replace(self, warnings=self.warnings + tuple(more))

    @property
    def dropped_indicators(self) -> list[str]:
        return list(dict.fromkeys(p.indicator for p in self.dropped if p.indicator))

    @property
    def partial(self) -> bool:
        """True when some indicator was left out (the command line's exit status 3)."""
        return bool(self.dropped)


def project_each(
    actuals: Actuals,
    as_of: tuple[int, int] | None = None,
    method: str = "auto",
    n: int = N_DRAWS,
    seed: int = 0,
    progress: Callable[[Iterable], Iterable] | None = None,
) -> Batch:
    """Every indicator projected that can be; see the module's docstring."""
    failed: dict[str, Problem] = {}

    def left_out(indicator: str, error: Exception) -> None:
        failed[indicator] = _failed(actuals, indicator, f"{type(error).__name__}: {error}"[:200])

    found = project_all(actuals, as_of, method, n, seed, progress, on_error=left_out)
    actuals = actuals.without(set(failed), tuple(failed.values()))
    # a draw that is not a number is never shown as a figure
    broken = {i: p for i, p in found.items() if not np.isfinite(p.paths).all()}
    if broken:
        problems = tuple(_failed(actuals, i, "non-finite draws") for i in broken)
        actuals = actuals.without(set(broken), problems)
        found = {i: p for i, p in found.items() if i not in broken}
    return Batch(found, actuals.dropped, actuals.warnings)


def _failed(actuals: Actuals, indicator: str, detail: str) -> Problem:
    rows = actuals.frame.loc[actuals.frame["indicator"] == indicator, "row"]
    row = int(rows.max()) if len(rows) else None
    return Problem(actuals.source, row, None, "method_failed", indicator, detail, indicator)


def dropped_rows(
    table: pd.DataFrame, dropped: Iterable[Problem], names: dict[str, str]
) -> pd.DataFrame:
    """The stable table with a row for each indicator left out: its id, name, status
    ``dropped`` and the codes of its problems in ``notes``; its figures empty."""
    codes: dict[str, list[str]] = {}
    for p in dropped:
        if p.indicator:
            codes.setdefault(p.indicator, [])
            if p.code not in codes[p.indicator]:
                codes[p.indicator].append(p.code)
    rows = [
        {"indicator": i, "name": names.get(i, i), "status": DROPPED, "notes": ";".join(c)}
        for i, c in codes.items()
        if i not in set(table.get("indicator", ()))
    ]
    if not rows:
        return table
    extra = pd.DataFrame(rows).reindex(columns=table.columns)
    return pd.concat([table, extra], ignore_index=True) if len(table) else extra
