"""Fonts for our PDFs, with per-character fallback so every script prints with real glyphs.

reportlab draws each run of text in exactly one font and has no fallback: a character the font
lacks prints as an empty box. People in the room write Welsh, Polish, Greek, Russian, Hindi,
Arabic and more, so we keep a chain of fonts and, for each character, use the first font in the
chain that has a glyph for it:

1. Atkinson Hyperlegible (regular and bold): the letter shapes people with low vision read best.
2. Noto Sans and Noto Sans Arabic from PyPI: shipped with the app, so Latin extras (ŵ, ŷ),
   Greek, Cyrillic, Devanagari and Arabic always have glyphs, on every laptop.
3. Noto Emoji, a monochrome outline emoji font (OFL), shipped in assets/fonts/noto-emoji: 😀 and
   👍 print as black-and-white pictures on every laptop.
4. Any Noto TTF under /usr/share/fonts/truetype/noto (Debian's fonts-noto-core).
5. Chinese, Japanese and Korean, from Debian packages (OFL, TrueType outlines; Debian's Noto CJK
   is CFF, which reportlab cannot embed): BIZ UD Gothic (fonts-morisawa-bizud-gothic, kana and
   kanji, drawn for easy reading), Nanum Gothic (fonts-nanum, Hangul), then LXGW WenKai
   (fonts-lxgw-wenkai, simplified Chinese and the rest). Missing packages are skipped.

3 to 5 are looked at lazily, the first time a character is not covered by 1 and 2, so the common
case costs nothing; each file's character map is read once (a few hundredths of a second, even for
a 15 MB CJK font) and reportlab embeds only the glyphs a PDF uses.

Each font is registered with reportlab once per process (registration is global in reportlab).
PDF building runs off the GUI thread, so the caches are guarded by a lock.

A language can ask for its own face for its script before the chain: printouts of an Urdu meeting
use Noto Nastaliq Urdu (the style Urdu readers expect) and of an Arabic meeting Noto Naskh Arabic,
when fonts-noto-core provides them; otherwise the chain's Noto Sans Arabic.

Shaping (Arabic joining, right-to-left order) is done by pdf_rtl for right-to-left printouts;
elsewhere the glyphs are real but unshaped, and Indic conjuncts are not formed.
Characters no font has are kept and would print as the font's missing-glyph box: the Easy Read
renderers name them in words instead (easy_read.text).
"""

import importlib
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

SYSTEM_NOTO_DIRS = (Path("/usr/share/fonts/truetype/noto"),)
# Chinese, Japanese and Korean faces from Debian packages, in chain order: (regular, bold) files.
SYSTEM_CJK_FILES = (
    (Path("/usr/share/fonts/truetype/bizud-gothic/BIZUDPGothic-Regular.ttf"), "BIZUDPGothic-Bold.ttf"),
    (Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"), "NanumGothicBold.ttf"),
    (Path("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"), "LXGWWenKai-Bold.ttf"),
)

# Font names as reportlab knows them. Ours are prefixed so they cannot clash with another
# library's registrations in the same process.
REGULAR = "CoProd-Atkinson"
BOLD = "CoProd-Atkinson-Bold"

# Categories that may stay in the font of the run they are in (spaces, punctuation, combining
# marks, joiners) rather than switching back to Atkinson: fewer font changes, and a mark stays
# with the letter it sits on.
_STICKY = ("Z", "P", "M", "C")

_lock = threading.RLock()

_reportlab_to_unicode_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF written as UTF-16 (as PDF requires).

    reportlab 4 writes 😀 as <1F600>, which readers take as U+1F60 ("ὠ"): copied text, search and
    screen readers would get the wrong character. Only those entries are rewritten.
    """
    cmap = _reportlab_to_unicode_cmap(fontname, subset)
    for index, code in enumerate(subset):
        if isinstance(code, int) and code > 0xFFFF:
            utf16 = chr(code).encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"\n<{index:02X}> <{code:04X}>\n", f"\n<{index:02X}> <{utf16}>\n", 1)
    return cmap


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@dataclass
class _Face:
    """One TTF in the chain. The cmap is read when first needed; the font is registered when first used."""

    name: str
    path: Path
    codes: frozenset[int] | None = None
    registered: bool = False

    def has(self, code: int) -> bool:
        if self.codes is None:
            try:
                self.codes = frozenset(TTFontFile(str(self.path), validate=0).charToGlyph)
            except Exception:  # a broken or unsupported font file is simply skipped
                self.codes = frozenset()
        return code in self.codes

    def register(self) -> bool:
        """Register with reportlab (once). False if reportlab cannot use this file."""
        if not self.registered:
            try:
                pdfmetrics.registerFont(TTFont(self.name, str(self.path)))
            except Exception:  # e.g. a font that forbids embedding: fall through to the next
                self.codes = frozenset()
                return False
            self.registered = True
        return True


@dataclass
class _Chain:
    faces: list[_Face]
    system_scanned: bool = False
    by_char: dict[str, str | None] = field(default_factory=dict)


# Faces a language prefers for its own script, tried before the chain (system Noto families).
LANGUAGE_FACES: dict[str, tuple[str, ...]] = {
    "ar": ("NotoNaskhArabic",),
    "ur": ("NotoNastaliqUrdu", "NotoNaskhArabic"),
}
_ARABIC_SCRIPT = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
# (language, bold, character) → font name, for characters of a script a language prefers a face for.
_preferred_by_char: dict[tuple[str, bool, str], str | None] = {}


# One _Face per file, shared by both chains, so each file is read and registered at most once.
_faces_by_path: dict[Path, _Face] = {}
_faces_by_name: dict[str, _Face] = {}


def _face(path: Path, name: str | None = None) -> _Face:
    if path not in _faces_by_path:
        safe = "".join(ch for ch in path.stem if ch.isalnum() or ch == "-")
        face = _Face(name or f"CoProd-{safe}", path)
        _faces_by_path[path] = face
        _faces_by_name[face.name] = face
    return _faces_by_path[path]


def _atkinson_files() -> tuple[Path, Path]:
    import fontpkg_atkinson_hyperlegible as atkinson

    files = atkinson.ROOT / "files"
    return files / "AtkinsonHyperlegible-Regular.ttf", files / "AtkinsonHyperlegible-Bold.ttf"


def _packaged_fallbacks() -> list[Path]:
    """Noto TTFs from PyPI packages, in chain order. Missing packages are skipped."""
    paths: list[Path] = []
    for module_name in ("fontpkg_noto_sans", "fontpkg_noto_sans_arabic"):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        # Variable fonts: reportlab embeds the default (regular) instance, which is what we want.
        paths += sorted(p for p in (module.ROOT / "files").glob("*.ttf") if "Italic" not in p.name)
    return paths


def _emoji_fallbacks() -> list[Path]:
    """Noto Emoji (monochrome outlines, OFL), shipped in assets/fonts/noto-emoji.

    Variable font: reportlab embeds its default (regular) instance, for bold text too.
    """
    from .assets import assets_dir

    path = assets_dir() / "fonts" / "noto-emoji" / "NotoEmoji-wght.ttf"
    return [path] if path.is_file() else []


def _cjk_fallbacks(bold: bool) -> list[Path]:
    """The Chinese, Japanese and Korean faces installed on this system (bold where it exists), in order."""
    paths = []
    for regular, bold_name in SYSTEM_CJK_FILES:
        bold_path = regular.with_name(bold_name)
        if bold and bold_path.is_file():
            paths.append(bold_path)
        elif regular.is_file():
            paths.append(regular)
    return paths


def _system_preference(path: Path) -> tuple[int, str]:
    """Sort key: plain Noto Sans first, then other sans scripts, then serif, then the rest."""
    stem = path.stem
    if stem.startswith("NotoSans-"):
        rank = 0
    elif stem.startswith("NotoSans") and not stem.startswith(("NotoSansDisplay", "NotoSansMono")):
        rank = 1
    elif stem.startswith("NotoSerif") and not stem.startswith("NotoSerifDisplay"):
        rank = 2
    else:
        rank = 3
    return rank, stem


def _system_fallbacks(bold: bool) -> list[Path]:
    """System Noto TTFs, one weight per family (bold where it exists, for the bold chain), best first.

    Colour emoji fonts are left out: they hold bitmaps, and reportlab can only draw outlines.
    """
    chosen: dict[str, Path] = {}
    for folder in SYSTEM_NOTO_DIRS:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.ttf")):
            if "Emoji" in path.name:
                continue
            family, _, weight = path.stem.rpartition("-")
            family = family or path.stem
            preferred = "Bold" if bold else "Regular"
            if weight == preferred or (weight in ("Regular", "Bold") and family not in chosen):
                chosen[family] = path
    return sorted(chosen.values(), key=_system_preference)


def _bold_sibling(path: Path) -> Path:
    """A static bold file of the same family on this system (e.g. NotoSans-Bold.ttf), else *path*.

    The PyPI Noto fonts are variable fonts and reportlab can only embed their regular instance, so
    a bold credit in Greek would print regular. Checking for one file by name costs next to nothing.
    """
    family = path.name.split("[")[0].split("-")[0].removesuffix(".ttf")
    for folder in SYSTEM_NOTO_DIRS:
        candidate = folder / f"{family}-Bold.ttf"
        if candidate.is_file():
            return candidate
    return path


@cache
def _chain(bold: bool) -> _Chain:
    regular_path, bold_path = _atkinson_files()
    primary = _face(bold_path, BOLD) if bold else _face(regular_path, REGULAR)
    fallbacks = [_bold_sibling(p) if bold else p for p in _packaged_fallbacks()]
    return _Chain([primary] + [_face(p) for p in fallbacks])


def register_fonts() -> tuple[str, str]:
    """Register Atkinson Hyperlegible regular and bold with reportlab (once) and return their names.

    Also maps the family so that <b> inside a regular paragraph picks the bold face.
    """
    with _lock:
        for bold in (False, True):
            if not _chain(bold).faces[0].register():
                raise OSError("The Atkinson Hyperlegible font could not be loaded: please reinstall the app.")
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD


def primary_font(bold: bool = False) -> str:
    """The registered name of the main font: use it as a ParagraphStyle's fontName."""
    register_fonts()
    return BOLD if bold else REGULAR


def _preferred_faces(language: str, bold: bool) -> list[_Face]:
    """The system faces *language* prefers for its script, in order (bold where it exists)."""
    faces = []
    for family in LANGUAGE_FACES.get(language, ()):
        weights = ("Bold", "Regular") if bold else ("Regular",)
        paths = (folder / f"{family}-{weight}.ttf" for folder in SYSTEM_NOTO_DIRS for weight in weights)
        path = next((p for p in paths if p.is_file()), None)
        if path is not None:
            faces.append(_face(path))
    return faces


def _in_arabic_script(code: int) -> bool:
    return any(low <= code <= high for low, high in _ARABIC_SCRIPT)


def font_for_char(ch: str, *, bold: bool = False, language: str | None = None) -> str | None:
    """The registered name of the first font in the chain with a glyph for *ch*, or None if none has one.

    With *language*, a face that language prefers for its script comes first (Urdu: Nastaliq).
    """
    if language in LANGUAGE_FACES and _in_arabic_script(ord(ch)):
        key = (language, bold, ch)
        with _lock:
            if key not in _preferred_by_char:
                _preferred_by_char[key] = _first_with(_preferred_faces(language, bold), ord(ch))
            found = _preferred_by_char[key]
        if found is not None:
            return found
    chain = _chain(bold)
    with _lock:
        if ch in chain.by_char:
            return chain.by_char[ch]
        code = ord(ch)
        found = _first_with(chain.faces, code)
        if found is None and not chain.system_scanned:
            # Only now, when the shipped fonts fall short, look at emoji, the system's Noto fonts and CJK.
            chain.system_scanned = True
            in_chain = {face.path for face in chain.faces}
            more = _emoji_fallbacks() + _system_fallbacks(bold) + _cjk_fallbacks(bold)
            chain.faces += [_face(p) for p in dict.fromkeys(more) if p not in in_chain]
            found = _first_with(chain.faces, code)
        chain.by_char[ch] = found
        return found


def _first_with(faces: list[_Face], code: int) -> str | None:
    for face in faces:
        if face.has(code) and face.register():
            return face.name
    return None


def _covers(font: str, ch: str) -> bool:
    face = _faces_by_name.get(font)
    return face is not None and face.has(ord(ch))


def font_runs(text: str, *, bold: bool = False, language: str | None = None) -> list[tuple[str, str]]:
    """Split *text* into (font name, text) runs so each character is drawn by a font that has it.

    Spaces, punctuation and combining marks stay in the current run's font when it has them, so a
    Greek sentence is one run rather than one per word. A character no font has stays in the
    current run (it prints as a missing-glyph box rather than being dropped). *language* picks
    that language's preferred face for its script (see font_for_char).
    """
    primary = primary_font(bold)
    runs: list[tuple[str, list[str]]] = []
    for ch in text:
        current = runs[-1][0] if runs else None
        if current and unicodedata.category(ch)[0] in _STICKY and _covers(current, ch):
            font = current
        else:
            font = font_for_char(ch, bold=bold, language=language) or current or primary
        if font == current:
            runs[-1][1].append(ch)
        else:
            runs.append((font, [ch]))
    return [(font, "".join(chars)) for font, chars in runs]


def para_markup(text: str, *, bold: bool = False) -> str:
    """User text as safe reportlab Paragraph markup: escaped, with fallback fonts and line breaks.

    User text is data, never markup: '<b>' typed by a person must print as '<b>'. The Paragraph's
    style must use primary_font(bold) as its fontName; only the fallback runs get a <font> tag.
    """
    primary = primary_font(bold)
    lines = []
    for line in text.split("\n"):
        parts = []
        for font, chunk in font_runs(line, bold=bold):
            safe = escape(chunk)
            parts.append(safe if font == primary else f'<font name="{font}">{safe}</font>')
        lines.append("".join(parts))
    return "<br/>".join(lines)


def fonts_in_use() -> list[str]:
    """Names of the fonts registered so far (for tests and diagnostics)."""
    return [face.name for face in _faces_by_name.values() if face.registered]
