"""The rule for punctuation in Chinese text (used by tests/test_typography.py).

Chinese text takes full-width ，：；（）！？. A half-width ``, : ; ( ) ! ?`` is wrong when

- a Chinese character or full-width punctuation is its nearest neighbour on either side
  (spaces and Markdown's ``*``/``_``/`` ` `` looked through): ``情景:基准``, ``增长8%,比``;
- it sits in a run of text without spaces that holds Chinese (``13.0%,1-5月``,
  ``截至 5月,比``), unless it joins two ASCII letters or digits: a thousands separator
  (``5,010``), a time (``13:05``), a field list (``entity,parent``, ``basis:ytd``);
- it is one of a pair of parentheses that encloses Chinese or whose partner is full-width
  (``(难完成)``, ``(80%)`` after ``概率``), in which case both are reported.

Allowed: numbers and units (``1-5月``, ``13.3%``, ``5.1亿元``, ``5,010万元``), ranges
(``−13.2%至−1.4%``), times (``13:05``), ASCII ids and paths, and English text beside a
Chinese word separated by spaces (``--as-of 月份``).
"""

from __future__ import annotations

import ast
import re

HALF = ",:;()!?"
FULL = dict(zip(HALF, "，：；（）！？", strict=True))
_SEE_THROUGH = " *_`\n"
_JOINED = re.compile(r"[0-9A-Za-z][,:][0-9A-Za-z]")


def is_cjk(ch: str) -> bool:
    """A Chinese character, CJK punctuation, a full-width form or Chinese quotes."""
    if not ch:
        return False
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or ch in "“”‘’…"


def _neighbour(text: str, i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(text) and text[j] in _SEE_THROUGH:
        j += step
    return text[j] if 0 <= j < len(text) else ""


def _token(text: str, i: int) -> str:
    start, end = i, i + 1
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _pairs(text: str) -> dict[int, int]:
    stack: list[int] = []
    out: dict[int, int] = {}
    for i, ch in enumerate(text):
        if ch in "(（":
            stack.append(i)
        elif ch in ")）" and stack:
            j = stack.pop()
            out[i], out[j] = j, i
    return out


def offenders(text: str) -> list[int]:
    """Positions of the half-width punctuation marks that break the rule in ``text``."""
    pairs = _pairs(text)
    found: set[int] = set()
    for i, ch in enumerate(text):
        if ch not in HALF:
            continue
        beside = is_cjk(_neighbour(text, i, -1)) or is_cjk(_neighbour(text, i, 1))
        joined = _JOINED.fullmatch(text[max(i - 1, 0) : i + 2]) is not None
        if beside or (any(is_cjk(c) for c in _token(text, i)) and not joined):
            found.add(i)
        if ch in "()" and i in pairs:
            a, b = sorted((i, pairs[i]))
            if text[pairs[i]] in "（）" or any(is_cjk(c) for c in text[a + 1 : b]):
                found.add(i)
    for i in list(found):
        if text[i] in "()" and i in pairs and text[pairs[i]] in "()":
            found.add(pairs[i])
    return sorted(found)


def complaints(text: str, where: str) -> list[str]:
    """One line per offending mark: where, the mark and its surroundings."""
    return [f"{where}: {text[i]!r} in …{text[max(i - 12, 0) : i + 12]}…" for i in offenders(text)]


def fixed(text: str) -> str:
    """``text`` with each offending mark made full-width, spaces beside it dropped."""
    while True:
        marks = set(offenders(text))
        if not marks:
            return text
        text = "".join(FULL[c] if i in marks else c for i, c in enumerate(text))
        text = re.sub(r" +([，：；）！？])", r"\1", text)
        text = re.sub(r"([，：；（！？]) +", r"\1", text)


REGEX_CALLS = {"compile", "match", "search", "fullmatch", "sub", "split", "findall", "finditer"}


def not_shown(tree: ast.AST) -> set[int]:
    """The ``id`` of every node in ``tree`` that no user reads: docstrings and the patterns
    of ``re`` calls (and everything inside them). Used by the code scans of this rule and of
    tests/test_layering.py's display-text check."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skip.add(id(body[0].value))  # a docstring
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr in REGEX_CALLS
            and node.args
        ):
            skip |= {id(n) for n in ast.walk(node.args[0])}
    return skip
