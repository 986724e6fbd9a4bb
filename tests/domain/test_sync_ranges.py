"""Which part of an arriving package applies now: in order, re-sent, replayed, or after a gap;
held packages follow once the gap is filled; the gaps an acknowledgement asks for."""
import random

import pytest

from desktop.domain.sync_ranges import (SeqRange, Verdict, decide, merged, missing_ranges,
                                        next_applicable)


def test_the_next_range_applies_whole():
    d = decide(10, SeqRange(11, 20))
    assert d.verdict == Verdict.APPLY and d.apply_from == 11


def test_a_resend_overlapping_the_watermark_applies_only_what_is_new():
    d = decide(15, SeqRange(11, 20))
    assert d.verdict == Verdict.APPLY and d.apply_from == 16


def test_a_replay_applies_nothing():
    assert decide(20, SeqRange(11, 20)).verdict == Verdict.ALREADY
    assert decide(25, SeqRange(1, 3)).verdict == Verdict.ALREADY


def test_a_gap_holds_the_package_and_names_the_missing_range():
    d = decide(10, SeqRange(15, 20))
    assert d.verdict == Verdict.HOLD and d.missing == SeqRange(11, 14)


def test_held_ranges_follow_once_the_gap_is_filled():
    held = [SeqRange(21, 30), SeqRange(15, 20), SeqRange(31, 31)]
    assert next_applicable(10, held) is None
    assert next_applicable(14, held) == SeqRange(15, 20)
    assert next_applicable(20, held) == SeqRange(21, 30)
    assert next_applicable(31, held) is None


def test_missing_ranges_and_merging():
    held = [SeqRange(21, 30), SeqRange(15, 18), SeqRange(31, 40)]
    assert missing_ranges(10, held) == [SeqRange(11, 14), SeqRange(19, 20)]
    assert missing_ranges(40, []) == []
    assert merged(held) == [SeqRange(15, 18), SeqRange(21, 40)]


def test_bad_ranges_are_refused():
    with pytest.raises(ValueError):
        SeqRange(0, 3)
    with pytest.raises(ValueError):
        SeqRange(5, 4)


def test_any_arrival_order_ends_at_the_same_watermark():
    """Packages shuffled: applying what applies and holding the rest always reaches the end."""
    packages = [SeqRange(1 + 10 * i, 10 * (i + 1)) for i in range(12)]
    for seed in range(50):
        order = packages[:]
        random.Random(seed).shuffle(order)
        watermark, held = 0, []
        for p in order:
            d = decide(watermark, p)
            if d.verdict == Verdict.APPLY:
                watermark = p.last
                while (ready := next_applicable(watermark, held)) is not None:
                    held.remove(ready)
                    watermark = ready.last
            elif d.verdict == Verdict.HOLD:
                held.append(p)
        assert watermark == 120 and held == []
