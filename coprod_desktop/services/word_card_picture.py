"""A picture for a card that is only words: the label drawn large, dark on white. Qt-free.

Boards made for reading (and many AAC boards early on) have buttons with words and no picture.
Every card in the app has a picture, so such a button becomes a "word card" whose picture is its
own words. The picture is a PNG, like every brought-in picture, so the screen (QPixmap) and the
printed summary (reportlab) draw it with the code they already have, and the store's rule that a
card picture is a PNG or JPEG holds. A bitmap also holds no markup: "<b>x</b>" as a label is
drawn as those seven characters, never read as an instruction.

The words are drawn in Atkinson Hyperlegible Bold when it has every letter, else in the first
shipped Noto font that has the most of them (Greek, Cyrillic, Devanagari, Arabic); Pillow lays out
right-to-left text and joins Arabic letters through libraqm where it is installed. The text is as
big as fits: words wrap at spaces, a word too long for a line is cut between letters.
"""

import importlib
import io
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .images import PreparedImage

SIDE = 512  # pixels: sharp at the 3 cm the summary prints cards at, and on a large screen
MARGIN = 40
INK = 26  # #1A1A1A on white: over 17:1 contrast
PAPER = 255
LARGEST = 160  # point size for a short word; smaller sizes are tried until the words fit
SMALLEST = 18
WHOLE_WORDS_DOWN_TO = 48
LINE_SPACING = 1.15


def word_card_picture(label: str) -> PreparedImage:
    """A PNG picture of *label* (already cleaned text) drawn as large as fits a SIDE x SIDE square."""
    font_path = _font_for(label)
    font, lines = _largest_fit(label, font_path, SIDE - 2 * MARGIN)
    image = Image.new("L", (SIDE, SIDE), PAPER)
    draw = ImageDraw.Draw(image)
    line_height = _line_height(font)
    top = (SIDE - line_height * len(lines)) / 2
    for number, line in enumerate(lines):
        # Anchor "mm": each line centred on its middle, whatever its direction.
        draw.text((SIDE / 2, top + line_height * (number + 0.5)), line, fill=INK, font=font, anchor="mm")
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return PreparedImage(out.getvalue(), "image/png", SIDE, SIDE)


def _largest_fit(label: str, font_path: Path, room: int) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The biggest font and lines of *label* that fit *room* square.

    Smaller letters come before a cut word ("feelings" on one line reads better than "feelin/gs"),
    down to WHOLE_WORDS_DOWN_TO; below that a very long word is cut rather than drawn tiny.
    """
    sizes = []
    size = LARGEST
    while size > SMALLEST:
        sizes.append(size)
        size = int(size * 0.9)
    sizes.append(SMALLEST)
    for cutting in (False, True):
        for size in sizes:
            font = _font(font_path, size)
            if not cutting and size < WHOLE_WORDS_DOWN_TO:
                break
            if not cutting and any(_width(font, word) > room for word in label.split()):
                continue
            lines = _wrap(label, font, room)
            if _line_height(font) * len(lines) <= room:
                return font, lines
    font = _font(font_path, SMALLEST)
    return font, _wrap(label, font, room)


def _wrap(text: str, font: ImageFont.FreeTypeFont, room: float) -> list[str]:
    """*text* in lines no wider than *room*: at spaces, and inside a word too long for a line."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and _width(font, candidate) <= room:
            lines[-1] = candidate
            continue
        while _width(font, word) > room and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and _width(font, word[:cut]) > room:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        lines.append(word)
    return lines or [""]


def _width(font: ImageFont.FreeTypeFont, text: str) -> float:
    return font.getlength(text)


def _line_height(font: ImageFont.FreeTypeFont) -> float:
    ascent, descent = font.getmetrics()
    return (ascent + descent) * LINE_SPACING


@cache
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


def _font_for(text: str) -> Path:
    """The first font that has every letter of *text*, else the one that has the most."""
    letters = {ord(ch) for ch in text if not ch.isspace()}
    best, best_count = None, -1
    # The system's fonts are opened only when the shipped ones fall short, so the common case is quick.
    for path in _font_files():
        count = len(letters & _codes(path))
        if count == len(letters):
            return path
        if count > best_count:
            best, best_count = path, count
    assert best is not None
    return best


SYSTEM_FONT_DIRS = (Path("/usr/share/fonts/truetype"),)


@cache
def _font_files() -> tuple[Path, ...]:
    """Atkinson Hyperlegible Bold, the Noto fonts shipped as dependencies (see services/fonts.py),
    then the system's TrueType fonts, for scripts the shipped ones lack (Chinese, Thai...)."""
    paths: list[Path] = []
    for module_name, pattern in (
        ("fontpkg_atkinson_hyperlegible", "AtkinsonHyperlegible-Bold.ttf"),
        ("fontpkg_noto_sans", "*.ttf"),
        ("fontpkg_noto_sans_arabic", "*.ttf"),
    ):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        paths += sorted(p for p in (module.ROOT / "files").glob(pattern) if "Italic" not in p.name)
    for folder in SYSTEM_FONT_DIRS:
        if folder.is_dir():
            paths += sorted(p for p in folder.rglob("*.ttf") if "Italic" not in p.name and "Emoji" not in p.name)
    return tuple(paths)


@cache
def _codes(path: Path) -> frozenset[int]:
    from reportlab.pdfbase.ttfonts import TTFontFile  # the same cmap reader services/fonts.py uses

    try:
        return frozenset(TTFontFile(str(path), validate=0).charToGlyph)
    except Exception:  # a broken font file has no letters for us
        return frozenset()
