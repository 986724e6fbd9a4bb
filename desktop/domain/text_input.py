"""Free text typed by an officer (names, case numbers, notes): what can be stored exactly as
typed and what must be refused with a clear message (DOMAIN §9; issue 6, bad input).

Stored as typed: any printable text, SQL meta-characters included (every query binds
parameters), emoji and joiners. Refused:
* "invalid" — a lone surrogate (U+D800–DFFF): not text, cannot be written as UTF-8;
* "control" — control characters (Cc: NUL, ESC, DEL, C1…) and the bidirectional overrides
  (U+202A–202E, U+2066–2069) that make a name display as something else; line breaks and
  tabs only in multi-line fields (notes, summaries);
* "too_long" — longer than the column holds (PostgreSQL enforces VARCHAR lengths; SQLite
  would keep it and the upper office then refuses the row).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

MULTILINE_MAX = 20_000  # a note or summary: pages of text, never a pasted file
_MULTILINE_OK = frozenset("\n\r\t")
_BIDI = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))


@dataclass(frozen=True)
class TextProblem:
    code: str  # "invalid" | "control" | "too_long"
    position: int = 0  # 1-based, of the first offending character
    character: str = ""  # as U+XXXX
    length: int = 0
    maximum: int = 0


def text_problem(value: str, *, max_length: int, multiline: bool = False) -> TextProblem | None:
    """The first reason `value` cannot be stored as typed, or None."""
    for i, ch in enumerate(value):
        category = unicodedata.category(ch)
        if category == "Cs":
            return TextProblem("invalid", i + 1, f"U+{ord(ch):04X}")
        if (category == "Cc" and not (multiline and ch in _MULTILINE_OK)) or ch in _BIDI:
            return TextProblem("control", i + 1, f"U+{ord(ch):04X}")
    if len(value) > max_length:
        return TextProblem("too_long", length=len(value), maximum=max_length)
    return None
