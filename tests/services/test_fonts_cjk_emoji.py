"""Chinese, Japanese, Korean and emoji print with real glyphs, from fonts embedded in the PDF.

Noto Emoji ships in assets/fonts/noto-emoji, so its tests always run. The CJK faces come from
Debian packages (fonts-morisawa-bizud-gothic, fonts-nanum, fonts-lxgw-wenkai, in the README's list):
without them on a laptop those tests are skipped; on CI they must run, so they are never skipped there.
"""

import os
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from coprod_desktop.services import fonts
from coprod_desktop.services.easy_read.pdf import write_document_pdf
from coprod_desktop.services.easy_read.take_home_sheet import build_take_home
from coprod_desktop.services.easy_read.text import name_missing_glyphs
from coprod_desktop.services.pdf_drawing import draw_text
from coprod_desktop.services.pdf_rtl import missing_glyphs
from coprod_desktop.services.summary_pdf import write_summary

NAME = "李雷"
JAPANESE = "日本語で話しました"
KOREAN = "한국어 좋아요"
CHINESE = "这是我们的花园"  # simplified-only characters: not in the Japanese face
EMOJI = "😀👍"
WORDS = f"{JAPANESE} {KOREAN} {CHINESE} {EMOJI}"

has_cjk = all(regular.is_file() for regular, _ in fonts.SYSTEM_CJK_FILES)
needs_cjk = pytest.mark.skipif(
    not has_cjk and not os.environ.get("CI"),
    reason="CJK fonts (fonts-morisawa-bizud-gothic fonts-nanum fonts-lxgw-wenkai) not installed; "
    "on CI this must run, so it is never skipped there",
)


def _has_glyph(font: str, ch: str) -> bool:
    return pdfmetrics.getFont(font).face.charToGlyph.get(ord(ch), 0) != 0


def _embedded_fonts(path: Path) -> dict[str, bool]:
    """Font name without the subset prefix → embedded as a TrueType font file (FontFile2)."""
    found = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            name = str(font["/BaseFont"]).split("+")[-1]
            found[name] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    return found


def _pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_emoji_have_an_outline_glyph_in_noto_emoji():
    for ch in EMOJI:
        font = fonts.font_for_char(ch)
        assert font is not None and "NotoEmoji" in font, (ch, font)
        assert _has_glyph(font, ch)
    assert missing_glyphs(EMOJI) == []


def test_emoji_print_as_glyphs_skin_tones_dropped_flags_and_unknowns_named():
    printed = name_missing_glyphs("Great 😀 👍🏽 🇬🇧 \U000e01ef")
    assert "😀" in printed and "👍" in printed
    assert "\U0001f3fd" not in printed  # reportlab cannot join a skin tone: it would print as a swatch
    assert "[flag GB]" in printed
    assert "[variation selector-256]" in printed  # what no font has is still named
    assert "[grinning face]" not in printed


@needs_cjk
@pytest.mark.parametrize("bold", [False, True])
def test_every_cjk_character_gets_a_font_with_its_glyph(bold):
    text = f"{NAME} {WORDS}"
    runs = fonts.font_runs(text, bold=bold)
    assert "".join(chunk for _, chunk in runs) == text
    for font, chunk in runs:
        for ch in chunk:
            assert ch.isspace() or _has_glyph(font, ch), f"{ch!r} drawn in {font}, which has no glyph for it"
    used = {font for font, _ in runs}
    assert any("BIZUD" in font for font in used), used  # kana and kanji in the easy-reading face
    assert any("Nanum" in font for font in used), used
    assert any("WenKai" in font for font in used), used
    assert missing_glyphs(text, bold=bold) == []


@needs_cjk
def test_summary_and_take_home_embed_the_cjk_and_emoji_fonts_and_read_back(store, catalogue, tmp_path):
    m = store.meetings.create("花园 planning", "2026-11-26", "Oak Room")
    li = store.people.add_attendee(m.id, NAME, "full_name")
    prompt = store.prompts.add(m.id, "What is good about the garden?", "feeling-good")
    store.contributions.add(m.id, li.person_id, WORDS, ["feeling-good"], prompt.id)

    summary = write_summary(store, m.id, tmp_path / "summary.pdf", catalogue)
    sheet = write_document_pdf(build_take_home(store, m.id, li.person_id, catalogue), tmp_path / "take-home.pdf")
    for path in (summary, sheet):
        embedded = _embedded_fonts(path)
        for family in ("BIZUDPGothic", "NanumGothic", "LXGWWenKai", "NotoEmoji"):
            names = [name for name in embedded if name.startswith(family)]
            assert names and all(embedded[name] for name in names), (path.name, family, embedded)
        text = _pdftotext(path)
        for words in (NAME, JAPANESE, KOREAN, CHINESE, EMOJI):
            assert words in text, (path.name, words)
        assert "[" not in text.replace("[b]", "")  # nothing fell back to a name in words
        assert "\ufffd" not in text
        # Subsetting keeps the files small: a 15 MB face contributes only the glyphs used.
        assert path.stat().st_size < 1_500_000, path.stat().st_size


def _render(tmp_path: Path, name: str, draw) -> list[int]:
    """The grey values of a small page drawn by *draw(canvas)*, rendered by poppler."""
    pdf = tmp_path / f"{name}.pdf"
    canvas = Canvas(str(pdf), pagesize=(400, 50))
    draw(canvas)
    canvas.save()
    subprocess.run(["pdftoppm", "-png", "-r", "72", "-gray", "-singlefile", str(pdf), str(tmp_path / name)], check=True)
    return list(Image.open(tmp_path / f"{name}.png").convert("L").tobytes())


@needs_cjk
@pytest.mark.parametrize("words", [NAME, JAPANESE, KOREAN, CHINESE, EMOJI])
def test_cjk_and_emoji_render_as_glyphs_not_missing_glyph_boxes(tmp_path, words):
    """Drawn with the chain, the words look nothing like the same words in Atkinson (which has no
    glyphs for them, so prints .notdef boxes), and leave ink."""
    real = _render(tmp_path, "real", lambda canvas: draw_text(canvas, 10, 15, words, 24))

    def boxes(canvas):
        canvas.setFont(fonts.primary_font(), 24)
        canvas.drawString(10, 15, words)

    missing = _render(tmp_path, "boxes", boxes)
    assert sum(1 for value in real if value < 128) > 30 * len(words)
    differing = sum(1 for a, b in zip(real, missing, strict=True) if abs(a - b) > 64)
    assert differing > 20 * len(words), (words, differing)
