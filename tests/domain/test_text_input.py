"""Typed text: stored as typed, or refused for a reason (domain/text_input)."""
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.text_input import text_problem


def test_ordinary_text_sql_and_emoji_are_fine():
    for text in ("张三", "O'Brien; DROP TABLE x; --", "%_\\*", "👨‍👩‍👧", "欧阳·娜娜", " "):
        assert text_problem(text, max_length=64) is None


def test_control_characters_bidi_overrides_and_surrogates_are_named():
    assert text_problem("ab\x00", max_length=64).code == "control"
    p = text_problem("a\x1bb", max_length=64)
    assert (p.code, p.position, p.character) == ("control", 2, "U+001B")
    assert text_problem("\u202e张三", max_length=64).code == "control"
    assert text_problem("a\ud800", max_length=64).code == "invalid"
    assert text_problem("line\nbreak", max_length=64).code == "control"
    assert text_problem("line\nbreak\tand tab", max_length=64, multiline=True) is None


def test_length_is_counted_in_characters():
    assert text_problem("张" * 64, max_length=64) is None
    p = text_problem("张" * 65, max_length=64)
    assert (p.code, p.length, p.maximum) == ("too_long", 65, 64)


@given(st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs")), max_size=64))
def test_printable_text_up_to_the_limit_always_passes(text):
    if not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in text):
        assert text_problem(text, max_length=64) is None


@given(st.text(max_size=100))
def test_a_problem_is_always_explained(text):
    p = text_problem(text, max_length=50)
    if p is not None:
        assert p.code in ("control", "invalid", "too_long")
        assert (p.position >= 1 and p.character.startswith("U+")) or p.code == "too_long"
