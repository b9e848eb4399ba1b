"""Splitting a text into paragraphs and sentences by character offsets, never re-punctuating.

A *sentence* ends at 。；！？ (or their half-width forms) or a line break; it is the clause a
figure is tied to (``start``/``end``/``sentence`` of a row). Inside a sentence, *segments* end
at ，、：（） and their half-width forms: a segment is where an indicator's name is looked for.
All offsets are offsets in the text as read (the normalised text has the same length).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"[。;!?]|\n")  # on the normalised text: ；！？ are half-width there
SEGMENT_END = ",、:()[]"
_TRAILING = " \t\r"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    ends_with: str  # the character that closed it ('' at the end of the text, '\n' at a line)


def paragraphs(norm: str) -> list[Span]:
    """Lines that hold something, by offsets (the line break not included)."""
    found, pos = [], 0
    for line in norm.split("\n"):
        end = pos + len(line)
        if line.strip():
            found.append(Span(pos, end, "\n"))
        pos = end + 1
    return found


def sentences(norm: str, start: int, end: int) -> list[Span]:
    """The sentences of ``norm[start:end]``: each from its first non-space character up to and
    including its closing mark."""
    found, pos = [], start
    for m in _SENTENCE_END.finditer(norm, start, end):
        found.append(_trimmed(norm, pos, m.end() if m.group() != "\n" else m.start(), m.group()))
        pos = m.end()
    if pos < end:
        found.append(_trimmed(norm, pos, end, ""))
    return [s for s in found if s.end > s.start]


def _trimmed(norm: str, start: int, end: int, mark: str) -> Span:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1] in _TRAILING:
        end -= 1
    return Span(start, end, mark)


def segment_start(norm: str, sentence_start: int, pos: int) -> int:
    """Where the segment holding ``pos`` begins: just after the last ，、：（） before it."""
    i = pos
    while i > sentence_start and norm[i - 1] not in SEGMENT_END:
        i -= 1
    return i
