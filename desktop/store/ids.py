"""UUIDv7 record ids: time-ordered, so new rows append to the primary-key index, and unique
across every unit, so the upper office can hold all units' rows in one table (DESIGN §3)."""
from __future__ import annotations

import os
import time
import uuid

_last_ms = 0
_counter = 0


def uuid7() -> str:
    """A UUIDv7 (RFC 9562) as text; monotonic within this process."""
    global _last_ms, _counter
    ms = time.time_ns() // 1_000_000
    if ms <= _last_ms:
        ms = _last_ms
        _counter = (_counter + 1) & 0xFFF
        if _counter == 0:  # 4096 ids in one millisecond: borrow the next millisecond
            ms += 1
    else:
        _counter = int.from_bytes(os.urandom(2), "big") & 0x7FF
    _last_ms = ms
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= _counter << 64
    value |= 0b10 << 62
    value |= rand
    return str(uuid.UUID(int=value))
