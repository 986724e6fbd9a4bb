"""Risk grading of petitions for stability (信访风险评估预警), DOMAIN.md §4.5.

The levels are the office's own [M — three levels high/medium/low, or red/orange/yellow, are
common; not verified]: an ordered list, highest first, whose first level is the one that must
stand out on the dashboard. The triggers that led to a grading are recorded with it.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

__all__ = ["Trigger", "DEFAULT_LEVELS", "RiskLevels", "suggested_level", "parse_triggers",
           "join_triggers"]


class Trigger(str, Enum):  # stored, comma-separated, in petitions.risk_triggers
    REPEAT_VISITS = "repeat_visits"  # 重复访
    COLLECTIVE = "collective"  # 集体访
    HIGHER_LEVEL = "higher_level"  # 越级访 (visits to higher levels)
    THREATS = "threats"  # 扬言极端行为
    MEDIA = "media"  # 媒体炒作 / 网络舆情


DEFAULT_LEVELS = ("high", "medium", "low")  # 高 / 中 / 低
_MAX_LEVELS = 6


@dataclass(frozen=True)
class RiskLevels:
    """Level codes, highest risk first. The default codes are translated by the UI; an
    office's own levels (e.g. 红, 橙, 黄) are shown as written."""

    codes: tuple[str, ...] = DEFAULT_LEVELS

    def __post_init__(self) -> None:
        codes = tuple(c.strip() for c in self.codes)
        if not 2 <= len(codes) <= _MAX_LEVELS:
            raise ValueError(f"give from 2 to {_MAX_LEVELS} risk levels")
        if any(not c or "," in c or len(c) > 16 for c in codes):
            raise ValueError("a risk level is a short name without commas")
        if len(set(codes)) != len(codes):
            raise ValueError("risk levels must differ from each other")
        object.__setattr__(self, "codes", codes)

    @property
    def highest(self) -> str:
        return self.codes[0]

    @property
    def lowest(self) -> str:
        return self.codes[-1]

    def is_high(self, level: str) -> bool:
        """True for the level that must stand out (the first)."""
        return level == self.codes[0]

    def rank(self, level: str) -> int:
        """0 for the highest; a level no longer configured ranks below every known one."""
        return self.codes.index(level) if level in self.codes else len(self.codes)


def parse_triggers(text: str) -> tuple[Trigger, ...]:
    """'collective,threats' → (Trigger.COLLECTIVE, Trigger.THREATS); unknown codes (from a newer
    program) are dropped rather than failing the read."""
    known = {t.value: t for t in Trigger}
    return tuple(known[c] for c in (text or "").split(",") if c in known)


def join_triggers(triggers) -> str:
    """Stored form: each trigger once, in the enum's order."""
    chosen = {Trigger(t) for t in triggers}
    return ",".join(t.value for t in Trigger if t in chosen)


def suggested_level(triggers, levels: RiskLevels = RiskLevels()) -> str:
    """The level the registration dialog proposes [M, a default the officer overrides]:
    threats of extreme acts, or two or more triggers, make the highest level; one trigger the
    next; none the lowest."""
    chosen = {Trigger(t) for t in triggers}
    if Trigger.THREATS in chosen or len(chosen) >= 2:
        return levels.highest
    if chosen:
        return levels.codes[1] if len(levels.codes) > 2 else levels.highest
    return levels.lowest
