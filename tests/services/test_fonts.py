"""The font chain: every script gets a font that really has its glyphs; user text stays data."""

import os
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from coprod_desktop.services import fonts

SAMPLES = {
    "polish": "Zażółć gęślą jaźń",
    "welsh": "Gŵyl y ŷd",
    "greek": "Ελληνικά",
    "cyrillic": "Привет",
    "devanagari": "नमस्ते",
    "arabic": "مرحبا",
}


def _glyph_font(ch: str, font: str) -> bool:
    """True when the registered font *font* has a real glyph (not .notdef) for *ch*."""
    return ord(ch) in pdfmetrics.getFont(font).face.charToGlyph


def test_register_fonts_returns_the_atkinson_faces_once():
    first = fonts.register_fonts()
    regular = pdfmetrics.getFont(fonts.REGULAR)
    assert fonts.register_fonts() == first == (fonts.REGULAR, fonts.BOLD)
    assert pdfmetrics.getFont(fonts.REGULAR) is regular  # not registered again
    assert regular.face.name == b"AtkinsonHyperlegible-Regular"
    assert pdfmetrics.getFont(fonts.BOLD).face.name == b"AtkinsonHyperlegible-Bold"


def test_plain_english_is_one_run_in_atkinson():
    assert fonts.font_runs("Sam said: I like the garden, 100%!") == [
        (fonts.REGULAR, "Sam said: I like the garden, 100%!")
    ]
    assert fonts.font_runs("Star", bold=True) == [(fonts.BOLD, "Star")]


@pytest.mark.parametrize("name", list(SAMPLES))
@pytest.mark.parametrize("bold", [False, True])
def test_every_character_gets_a_font_with_its_glyph(name, bold):
    text = SAMPLES[name]
    runs = fonts.font_runs(text, bold=bold)
    assert "".join(chunk for _, chunk in runs) == text  # nothing lost, nothing reordered
    for font, chunk in runs:
        for ch in chunk:
            assert _glyph_font(ch, font), f"{ch!r} drawn in {font}, which has no glyph for it"


def test_scripts_atkinson_lacks_use_a_noto_fallback():
    for name in ("greek", "cyrillic", "devanagari", "arabic"):
        (font, _), *rest = fonts.font_runs(SAMPLES[name])
        assert not rest, name  # one run for a one-script word
        assert font not in (fonts.REGULAR, fonts.BOLD)
        assert "Noto" in font
    assert "Arabic" in fonts.font_runs(SAMPLES["arabic"])[0][0]


def test_polish_stays_in_atkinson_and_welsh_borrows_only_the_missing_letters():
    assert fonts.font_runs(SAMPLES["polish"]) == [(fonts.REGULAR, SAMPLES["polish"])]
    runs = fonts.font_runs("Gŵyl")
    assert runs[0] == (fonts.REGULAR, "G") and runs[-1] == (fonts.REGULAR, "yl")
    assert runs[1][1] == "ŵ" and runs[1][0] != fonts.REGULAR


def test_spaces_and_marks_stay_with_the_run_they_are_in():
    assert len(fonts.font_runs("Привет, мир!")) == 1
    # A combining accent stays with its letter rather than switching font mid-letter.
    assert len(fonts.font_runs("Ελληνικά\u0301")) == 1


def test_a_character_no_font_has_is_kept_without_crashing():
    text = "Thanks 😀 \U000e01ef"
    runs = fonts.font_runs(text)
    assert "".join(chunk for _, chunk in runs) == text
    assert fonts.font_for_char("\U000e01ef") is None


def test_fallback_fonts_are_registered_once_and_reported():
    fonts.font_runs(SAMPLES["greek"])
    name = fonts.font_for_char("Ω")
    registered = pdfmetrics.getFont(name)
    fonts.font_runs("Ωμέγα")
    assert pdfmetrics.getFont(name) is registered
    assert name in fonts.fonts_in_use()


@pytest.mark.skipif(
    not Path("/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf").is_file() and not os.environ.get("CI"),
    reason="system Noto fonts (fonts-noto-core) not installed; on CI this must run, so it is never skipped there",
)
def test_system_noto_fonts_cover_scripts_the_shipped_fonts_lack():
    font = fonts.font_for_char("ש")
    assert font is not None and "Hebrew" in font
    assert _glyph_font("ש", font)


@pytest.mark.parametrize(
    "text",
    [
        "<b>Sam</b>",
        '0.1 <A & B> <img src="x">',
        "</font><font name='Nope'>",
        "<para>unclosed <i>",
        "&amp; &lt; &#x41; &nosuch;",
        "Ελληνικά <b>",
    ],
)
def test_markup_in_user_text_is_escaped_and_prints_literally(text):
    markup = fonts.para_markup(text)
    style = ParagraphStyle("t", fontName=fonts.primary_font(), fontSize=16)
    paragraph = Paragraph(markup, style)  # must not raise
    paragraph.wrap(400, 800)
    shown = "".join(word for line in paragraph.blPara.lines for word in _words(line))
    assert shown.replace(" ", "") == text.replace(" ", "")


def _words(line) -> list[str]:
    """The text of one laid-out Paragraph line, whichever form reportlab used for it."""
    if isinstance(line, tuple):  # simple paragraphs: (width, [words])
        return line[1]
    return [frag.text for frag in line.words]


def test_line_breaks_become_paragraph_breaks():
    assert fonts.para_markup("one\ntwo") == "one<br/>two"
    assert fonts.para_markup("a & b", bold=True) == "a &amp; b"
