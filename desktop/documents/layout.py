"""Line breaking for Chinese official text on a fixed grid (GB/T 9704: 28 characters a line).

Pure: the caller passes a width function (reportlab's stringWidth for the chosen font). Runs of
Latin letters and digits stay together ("2026", "A3201012026110001"); the rules of 避头尾 keep
closing punctuation off the start of a line and opening punctuation off its end, by carrying
characters down to the next line (the short line is then spread to the full width)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

NO_LINE_START = set("，。、；：？！）》」』”’〕】…—·%．,.;:?!)]}")
NO_LINE_END = set("（《「『“‘〔【([{")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-_/%:]*|.", re.S)


@dataclass(frozen=True)
class Line:
    text: str
    width: float  # natural width with the standard tracking
    last: bool  # the paragraph's last line: not spread


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def break_lines(text: str, width: Callable[[str], float], first: float, rest: float
                ) -> list[Line]:
    """Break `text` into lines no wider than `first` (the first line) and `rest` (the others),
    measured with `width` (which includes the tracking of every character)."""
    toks = tokens(text)
    out: list[Line] = []
    i, limit = 0, first
    while i < len(toks):
        line: list[str] = []
        used = 0.0
        while i < len(toks):
            w = width(toks[i])
            if used + w > limit + 0.01:
                if not line and len(toks[i]) > 1:  # a run longer than the line: split it
                    head, tail = _split_run(toks[i], width, limit)
                    toks[i:i + 1] = [head, tail]
                    continue
                if not line:
                    line.append(toks[i]); used += w; i += 1
                break
            line.append(toks[i]); used += w; i += 1
        # 避头尾: carry characters down while the next line would start badly, or this one
        # would end with an opening bracket; keep at least two tokens on the line
        while i < len(toks) and len(line) > 2 and (
                toks[i][0] in NO_LINE_START or line[-1][-1] in NO_LINE_END):
            i -= 1
            used -= width(line.pop())
        out.append(Line("".join(line), used, i >= len(toks)))
        limit = rest
    if not out:
        out.append(Line("", 0.0, True))
    return out


def _split_run(run: str, width: Callable[[str], float], limit: float) -> tuple[str, str]:
    for n in range(len(run) - 1, 0, -1):
        if width(run[:n]) <= limit + 0.01:
            return run[:n], run[n:]
    return run[:1], run[1:]
