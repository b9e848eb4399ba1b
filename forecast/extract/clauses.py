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


_ENDS = "。;!?:；！？："


def unwrap(text: str) -> str:
    """Text copied out of a PDF or a wrapped file breaks its lines at a width, in the middle of
    sentences. When many lines reach about the same, greatest length without ending a
    sentence, each such line is joined to the next (table lines, with |, never are); other
    text comes back unchanged."""
    lines = text.split("\n")
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if len(lengths) < 3:
        return text
    width = lengths[int(0.9 * (len(lengths) - 1))]

    def wrapped(line: str) -> bool:
        s = line.strip()
        return "|" not in s and len(s) >= width - 2 and s[-1] not in _ENDS

    if width < 15 or sum(wrapped(line) for line in lines) < 0.3 * len(lengths):
        return text
    out: list[str] = []
    carry = ""
    for line in lines:
        s = line.strip()
        if not s or "|" in s:
            if carry:
                out.append(carry)
                carry = ""
            out.append(line if s else "")
            continue
        carry += s
        if not wrapped(line):
            out.append(carry)
            carry = ""
    if carry:
        out.append(carry)
    return "\n".join(out)
