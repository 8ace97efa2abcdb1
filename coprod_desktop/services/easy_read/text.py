"""Text as the renderers print it: emoji no font can draw named in words, and Latin initials kept whole in
right-to-left sentences.

Emoji: our fonts draw outlines only; Noto Emoji (fonts.py) has a black-and-white outline for most
emoji, so 😀 prints as a picture. reportlab draws one glyph per character and cannot join a
sequence, so a skin tone or variation selector after an emoji is left out (it would print as a
colour swatch), a flag is named by its two letters ("[flag GB]") rather than drawn as two boxed
letters, and a family or profession joined with zero-width joiners prints as its pictures side by
side. A character no font has is printed as its Unicode name in square brackets ("[smiling face
with smiling eyes]"): a reader learns what was typed, and the words are the same ones a screen
reader would say. The HTML copy keeps the emoji as typed: phones and screen readers know them.

Latin initials: in a right-to-left sentence, "T.N." ends with a full stop that the bidi algorithm
gives to the sentence's direction, so it prints as ".T.N". A left-to-right mark after such a word
keeps its punctuation with it (the mark orders the text and is never drawn).
"""

import functools
import re
import unicodedata

from ..fonts import font_for_char

LRM = "\u200e"
_ZWJ = "\u200d"
_VARIATION = frozenset("\ufe0e\ufe0f")
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_TAGS = range(0xE0020, 0xE0080)  # subdivision flags (England, Scotland, Wales)
_REGIONAL = range(0x1F1E6, 0x1F200)
# Invisible characters that order or join text: kept when a font lacks them (pdf_rtl and HarfBuzz use them).
_ORDERING = frozenset("\u200c\u200d\u200e\u200f\u061c")

# A word written left to right that ends in neutral punctuation (".", ")" ...), inside other text.
_LATIN_WORD_END = re.compile(r"(?<=[^\s])([.,;:!?)\]'’\"-]+)(?=\s|$)")


@functools.lru_cache(maxsize=4096)
def _printable(ch: str) -> bool:
    return ch.isspace() or font_for_char(ch) is not None


def _name(ch: str) -> str:
    if ord(ch) in _REGIONAL:
        return chr(ord(ch) - 0x1F1E6 + ord("A"))  # a flag's two letters: "GB"
    return unicodedata.name(ch, f"U+{ord(ch):04X}").lower()


def name_missing_glyphs(text: str) -> str:
    """*text* with every character no font can draw replaced by its name in square brackets.

    Emoji a font has stay (skin tones and variation selectors after them are left out: "👍🏽" →
    "👍"). An emoji sequence no font has is named as one: "👩‍🔬" → "[woman, microscope]" when
    neither has a glyph. Flags are always named: "🇬🇧" → "[flag GB]".
    Invisible characters no font has are dropped, except those that order or join text.
    """
    if all(_printable(ch) and not _is_modifier(ch) and ord(ch) not in _REGIONAL for ch in text):
        return text  # the common case: nothing to do
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        i += 1
        if _is_modifier(ch):
            continue  # a skin tone or variation on an emoji a font has, or a stray one: nothing to name
        if ord(ch) not in _REGIONAL and (_printable(ch) or ch in _ORDERING):
            out.append(ch)
            continue
        if unicodedata.category(ch) == "Cf":
            continue  # invisible, and no font has it: it would print as a box
        names = [] if ord(ch) in _REGIONAL else [_name(ch)]
        regional = _name(ch) if ord(ch) in _REGIONAL else ""
        while i < n:
            nxt = text[i]
            if _is_modifier(nxt):
                i += 1
            elif nxt == _ZWJ and i + 1 < n and not _printable(text[i + 1]):
                names.append(_name(text[i + 1]))
                i += 2
            elif len(regional) == 1 and ord(nxt) in _REGIONAL:
                regional += _name(nxt)
                i += 1
            else:
                break
        if regional:
            names.insert(0, f"flag {regional}")
        out.append(f"[{', '.join(names)}]")
    return "".join(out)


def _is_modifier(ch: str) -> bool:
    """Part of an emoji sequence that changes how the emoji before it looks, named with it."""
    code = ord(ch)
    return ch in _VARIATION or code in _SKIN_TONES or code in _TAGS or ch == "\u20e3"


def keep_latin_punctuation(text: str) -> str:
    """*text* with a left-to-right mark after each left-to-right word that ends in punctuation.

    Only for text set right to left: "T.N. قال" keeps "T.N." whole instead of printing ".T.N".
    Words in a right-to-left script are left alone (their punctuation belongs to the sentence).
    """

    def mark(match: re.Match[str]) -> str:
        # The last letter before the punctuation decides: a Latin (or digit-free L) letter gets the mark.
        for position in range(match.start() - 1, -1, -1):
            kind = unicodedata.bidirectional(text[position])
            if kind in ("L", "R", "AL") or text[position].isspace():
                return match.group(1) + LRM if kind == "L" else match.group(1)
        return match.group(1)

    return _LATIN_WORD_END.sub(mark, text)
