"""A scenario file's text as the user wrote it: indicators keyed by an id, a Chinese or
English name or an alias of the catalogue. The command line (``--scenario F.json``,
``scenario save``) and the app's upload on the 情景 page both read scenario files here: one
path, one set of errors."""

from __future__ import annotations

import difflib
from typing import Any

from forecast.catalogue import Catalogue
from forecast.errors import DataError, Problem
from scenarios.model import Scenario, from_dict, parse_json

__all__ = ["read_scenario_text", "scenario_ids"]


def read_scenario_text(
    text: str, source: str = "scenario.json", catalogue: Catalogue | None = None
) -> Scenario:
    """The scenario in ``text``; with a ``catalogue`` its indicator keys may be names or
    aliases (turned into ids; a name the catalogue lacks is an error suggesting close names).
    JSON of any wrong shape, nested too deep included, is a DataError naming ``source``."""
    text = text.removeprefix("\ufeff")  # a BOM Notepad wrote before the JSON
    try:
        data = parse_json(text, source)  # parsed once: names turned into ids on the data
        if catalogue is not None:
            data = scenario_ids(data, catalogue, source)
        return from_dict(data, source)
    except DataError:
        raise
    except RecursionError as e:  # nested deeper than the checks can walk
        raise DataError([Problem(source, None, None, "scenario_schema", detail="too_deep")]) from e
    except (TypeError, AttributeError, ValueError) as e:  # a value of a shape not foreseen
        raise DataError([Problem(source, None, None, "scenario_schema", detail="bad_shape")]) from e


def scenario_ids(data: Any, catalogue: Catalogue, source: str) -> Any:
    """A scenario file's JSON data with each indicator key written as a name or alias turned
    into its id; a key the catalogue does not know is an error suggesting close names. Data
    that is no object with an ``indicators`` object is returned as it is (``from_dict`` says
    why)."""
    if not isinstance(data, dict) or not isinstance(data.get("indicators"), dict):
        return data
    ids, problems = {}, []
    written: dict[str, str] = {}  # id -> the key it was first written as
    for key, value in data["indicators"].items():
        found = catalogue.lookup(key)
        if found is None:
            names = [n for i in catalogue.indicators for n in (i.id, i.name_zh, *i.aliases)]
            close = "|".join(difflib.get_close_matches(key, names, n=3, cutoff=0.4))
            problems.append(Problem(source, None, "indicators", "unknown_indicator", key, close))
            continue
        if found.id in written:  # fai and 固投 both: the second silently replaced the first
            where = f"indicators.{key}"
            first = written[found.id]
            problems.append(
                Problem(source, None, where, "scenario_schema", first, "same_indicator")
            )
            continue
        written[found.id] = key
        ids[found.id] = value
    if problems:
        raise DataError(problems)
    return {**data, "indicators": ids}
