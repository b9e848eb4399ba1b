"""Every user-facing text in Chinese (default) and English, from one data file.

``strings.toml`` holds one table per key with a ``zh`` and an ``en`` text; it is read once, on
first use. Nothing registers text at import time: a key is either in the file or it is not,
and ``tests/test_text.py`` checks that every key the code can ask for is there in both
languages.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files

LANGS = ("zh", "en")

__all__ = ["LANGS", "has", "label", "strings", "t"]


@cache
def strings() -> dict[str, dict[str, str]]:
    """The whole text table: key → {'zh': …, 'en': …}."""
    data = files("presentation").joinpath("strings.toml").read_bytes()
    return tomllib.loads(data.decode("utf-8"))


def t(key: str, lang: str = "zh", /, **params: object) -> str:
    """The text ``key`` in ``lang`` ('zh' or 'en'), its ``{fields}`` filled from ``params``.

    Raises KeyError for a key the table lacks: a missing text is a bug, never shown raw.
    """
    entry = strings()[key]
    text = entry["en" if lang == "en" else "zh"]
    return text.format(**params) if params else text


def has(key: str) -> bool:
    """Whether ``key`` has a text."""
    return key in strings()


def label(key: str, lang: str = "zh") -> str:
    """A column or field label: the text ``key``, capitalised in English ("To date")."""
    text = t(key, lang)
    return text[:1].upper() + text[1:]
