import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.text import clean_text, optional_text, required_text


def test_markup_is_kept_literally():
    assert clean_text('0.1 <A & B> <img src="x">') == '0.1 <A & B> <img src="x">'


def test_control_and_bidi_override_characters_are_removed():
    assert clean_text("Sam\x00\x07 \u202eBrown\u202c") == "Sam Brown"


def test_zero_width_space_removed_but_joiners_kept():
    family = "\U0001f469\u200d\U0001f467"  # woman ZWJ girl: one emoji
    assert clean_text("An\u200bn " + family) == "Ann " + family


def test_line_breaks_only_when_multiline():
    assert clean_text("one\r\ntwo") == "one two"
    assert clean_text("one\r\ntwo", multiline=True) == "one\ntwo"


def test_text_is_normalised_to_nfc():
    assert clean_text("Zoe\u0301") == "Zo\u00e9"


def test_required_text_refuses_blank_and_too_long():
    with pytest.raises(ValidationError, match="Please type the person's name"):
        required_text(" \u200b ", field="person.name", limit=10)
    with pytest.raises(ValidationError, match="too long: 11 characters, the most is 10"):
        required_text("x" * 11, field="person.name", limit=10)


def test_optional_text_allows_empty():
    assert optional_text(None, field="meeting.place", limit=5) == ""
    assert optional_text("  ", field="meeting.place", limit=5) == ""


def test_non_latin_scripts_kept():
    for text in ("مرحبا", "नमस्ते", "Zażółć gęślą jaźń", "Привет", "你好"):
        assert clean_text(text) == text
