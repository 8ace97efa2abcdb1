"""An Easy Read document as data: what a printed sheet and its copy for screen readers both say.

The take-home sheet, the group summary and the record of involvement are each built once, as a
Document (the builders in this package read the store and the translations), then drawn twice: as
a PDF to print (pdf.py) and as one self-contained HTML file for screen readers and phones
(html.py), since reportlab cannot make a tagged PDF. Building the content once means the two can
never disagree about who said what.

Everything here is plain data. Text is always literal text, never markup: the renderers escape it.
Sentences the app writes are already in the document's language (from the content translations);
people's own words are kept exactly as they were said and take their own direction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ...domain.markers import Marker
from ..translations import is_rtl

EASY_READ_BODY_POINTS = 16  # Easy Read practice: body text 16 pt or more
LARGE_PRINT_BODY_POINTS = 20  # large print: a clear step up (the issue asks for 20 pt or more)


class DocumentKind(StrEnum):
    SUMMARY = "summary"  # the group summary: everything said in the meeting, each credited
    TAKE_HOME = "takehome"  # one person's sheet: what they said, and what the group decided
    CERTIFICATE = "certificate"  # one person's record of involvement, one page


@dataclass(frozen=True)
class Picture:
    """A picture and its words: printed under it, and its alternative text in HTML.

    *source* is a PNG file, PNG bytes (a picture someone brought, kept in the database), or None
    when there is no picture to draw (then the words stand alone, never an empty box).
    """

    words: str
    source: Path | bytes | None = None


@dataclass(frozen=True)
class Heading:
    """A heading. level 1 is the document's title (once), 2 a section, 3 a prompt or question.

    *picture*: drawn beside the heading (a prompt's picture), picture on the left in print.
    """

    text: str
    level: int = 2
    picture: Picture | None = None


@dataclass(frozen=True)
class Line:
    """One short sentence the app writes: one idea per row, with a picture beside it when there is one.

    *strong*: printed bold (e.g. "Thank you, Sam"). *own_words*: the text is a person's own words
    (kept as said and given its own direction), not one of our sentences.
    """

    text: str
    picture: Picture | None = None
    strong: bool = False
    own_words: bool = False


@dataclass(frozen=True)
class Said:
    """A contribution: who said it (the credit line), their words, their cards beside the words,
    and how the room took it (notes such as "✓ Confirmed…", "Ann and Jo agree.").

    *credit* is a sentence in the document's language ("Sam said:"), built with the name the
    person chose to be credited by. *words* are their own words (may be empty when they chose only
    pictures). *marker*: their marker, drawn beside the credit in print (never described in words).
    """

    credit: str
    words: str = ""
    pictures: tuple[Picture, ...] = ()
    notes: tuple[str, ...] = ()
    marker: Marker | None = None


@dataclass(frozen=True)
class Items:
    """A short list (what happens next, the prompts someone spoke to): one item per row.

    *picture*: an optional picture for the whole list, drawn beside its first item.
    """

    items: tuple[str, ...]
    picture: Picture | None = None


@dataclass(frozen=True)
class SmallPrint:
    """Small print at the end, such as who made the pictures: a heading and its lines."""

    heading: str
    lines: tuple[str, ...]


Block = Heading | Line | Said | Items | SmallPrint


@dataclass(frozen=True)
class Document:
    """One document, ready to draw as PDF or HTML.

    *title*: the document's title (PDF metadata and the HTML <title>; also its first heading).
    *subject*: what kind of document it is, in its language ("Meeting summary").
    *language*: the language code it is written in ("en", "cy", "pl", "ar", "ur").
    *author*: the organisation that made it (a setting), for the PDF's author field.
    *body_points*: the body text size (16 pt Easy Read; 20 pt or more for large print).
    *footer*: the words in each page's footer beside "Page 2 of 5" (usually the meeting's title).
    *file_stem*: a suggested safe file name without extension; the caller makes it safe and unique.
    """

    kind: DocumentKind
    title: str
    subject: str
    language: str
    author: str
    blocks: tuple[Block, ...]
    body_points: int = EASY_READ_BODY_POINTS
    footer: str = ""
    file_stem: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)

    @property
    def rtl(self) -> bool:
        """Whether the document reads right to left (Arabic, Urdu)."""
        return is_rtl(self.language)

    @property
    def direction(self) -> str:
        """ "rtl" or "ltr", as HTML's dir attribute says it."""
        return "rtl" if self.rtl else "ltr"
