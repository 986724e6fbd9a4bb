"""Which part of an arriving package can be applied now (pure: no files, no clock).

Changes travel in the sender's own sequence (a unit's outbox `seq`, or the upper office's
per-unit down sequence). The receiver keeps a watermark — every number up to it is applied —
and the packages it could not apply yet because an earlier range is missing ("held"). A
package carries one contiguous range [first, last]:

* all of it at or below the watermark: a replay or a re-send, nothing to apply (its contents
  must match what was applied: that is checked where the contents are);
* it starts at or below watermark + 1 and reaches past it: the part above the watermark is
  applied (a re-send overlaps what an earlier package already brought);
* it starts above watermark + 1: a gap; it is held until the missing range arrives.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Verdict(str, Enum):
    APPLY = "apply"  # apply [apply_from, last]
    ALREADY = "already"  # nothing new: replayed or re-sent
    HOLD = "hold"  # a gap before it: keep it until the gap is filled


@dataclass(frozen=True)
class SeqRange:
    first: int
    last: int

    def __post_init__(self):
        if self.first < 1 or self.last < self.first:
            raise ValueError(f"not a sequence range: {self.first}..{self.last}")


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    apply_from: int | None = None  # first number to apply (APPLY)
    missing: SeqRange | None = None  # the gap before a held package (HOLD)


def decide(watermark: int, incoming: SeqRange) -> Decision:
    if incoming.last <= watermark:
        return Decision(Verdict.ALREADY)
    if incoming.first <= watermark + 1:
        return Decision(Verdict.APPLY, apply_from=max(incoming.first, watermark + 1))
    return Decision(Verdict.HOLD, missing=SeqRange(watermark + 1, incoming.first - 1))


def next_applicable(watermark: int, held: list[SeqRange]) -> SeqRange | None:
    """Of the held ranges, the one that follows the watermark now (the longest reach first),
    or None while the gap is still open."""
    ready = [r for r in held if r.first <= watermark + 1 and r.last > watermark]
    return max(ready, key=lambda r: r.last) if ready else None


def missing_ranges(watermark: int, held: list[SeqRange]) -> list[SeqRange]:
    """The gaps the receiver asks for: between the watermark and the held ranges, and between
    held ranges; nothing past the last held one (the sender knows what it sent since)."""
    gaps, reached = [], watermark
    for r in sorted(held, key=lambda r: r.first):
        if r.first > reached + 1:
            gaps.append(SeqRange(reached + 1, r.first - 1))
        reached = max(reached, r.last)
    return gaps


def merged(ranges: list[SeqRange]) -> list[SeqRange]:
    """Ranges joined where they touch or overlap, in order (the held ranges an ack reports)."""
    out: list[SeqRange] = []
    for r in sorted(ranges, key=lambda r: r.first):
        if out and r.first <= out[-1].last + 1:
            out[-1] = SeqRange(out[-1].first, max(out[-1].last, r.last))
        else:
            out.append(r)
    return out
