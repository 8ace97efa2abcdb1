"""An Easy Read Document as one self-contained HTML file, for screen readers and phones.

reportlab cannot make a tagged PDF, so each document also comes as HTML: real headings in order,
lists, every picture with its words as alternative text, the language and direction set. One file,
nothing fetched: pictures are inlined as data: URIs, the style is inline, there are no scripts.
Pictures sit on the left of the words (on the right for a right-to-left language) and drop under
the heading on a narrow phone screen.

All text is escaped: a name typed as "<b>Sam</b>" shows as typed. People's own words carry
dir="auto" so an Arabic sentence in an English document reads right to left, and the other way.
"""

from __future__ import annotations

import base64
import functools
import io
from html import escape
from pathlib import Path

from PIL import Image

from ..private_files import save_privately
from .model import Block, Document, DocumentKind, Heading, Items, Line, Picture, Said, SmallPrint
from .text import keep_latin_punctuation

__all__ = ["document_html", "write_document_html"]


# Large type (Easy Read: 16 pt is about 1.33rem at a browser's default size), dark on light,
# generous spacing; pictures beside the words, wrapping under them on a narrow screen.
_STYLE = """
body{margin:0;background:#fff;color:#111;font-family:"Atkinson Hyperlegible",system-ui,sans-serif;
font-size:1.35rem;line-height:1.5}
main{max-width:48rem;margin:0 auto;padding:1.5rem}
h1{font-size:2.2rem;line-height:1.2;margin:0 0 1rem}
h2{font-size:1.75rem;margin:2rem 0 1rem;padding-top:1rem;border-top:2px solid #6b6b6b}
h3{font-size:1.5rem;margin:1.5rem 0 .75rem}
p{margin:0 0 .75rem}
.row{display:flex;flex-wrap:wrap;gap:1rem 1.5rem;align-items:flex-start;margin:0 0 1rem}
.row>.words{flex:1 1 16rem;min-width:0}
.pictures{display:flex;flex-wrap:wrap;gap:.75rem;flex:0 1 auto;max-width:20rem;margin:0;padding:0;
list-style:none}
figure{margin:0;width:8.5rem;text-align:center}
figure img{width:6.5rem;height:6.5rem;object-fit:contain}
figcaption{font-size:1.25rem;line-height:1.3}
.picture img{width:5rem;height:5rem;object-fit:contain}
.said{list-style:none;margin:0;padding:0}
.said>li{margin:0 0 2rem}
.credit{font-weight:bold;margin-bottom:.5rem}
.marker{display:inline-block;min-width:2.2rem;padding:.1rem .3rem;margin-inline-end:.5rem;
border:2px solid #1a1a1a;border-radius:.4rem;text-align:center;font-size:1.1rem}
.own{white-space:pre-wrap;overflow-wrap:anywhere}
.note{font-style:normal}
ul.items{padding-inline-start:1.75rem}
ul.items li{margin:0 0 .6rem}
footer{margin-top:2.5rem;border-top:2px solid #6b6b6b;padding-top:1rem;font-size:1.25rem}
.certificate{border:6px double #6b6b6b;padding:2rem;text-align:center}
.certificate .row{justify-content:center}
.certificate ul.items{list-style:none;padding:0}
*{overflow-wrap:break-word}
"""


def document_html(doc: Document) -> str:
    """*doc* as one self-contained HTML page (a string), every piece of text escaped."""
    writer = _Writer(doc)
    body = "\n".join(writer.block(block) for block in doc.blocks if not isinstance(block, SmallPrint))
    small = "\n".join(writer.small_print(block) for block in doc.blocks if isinstance(block, SmallPrint))
    main_class = ' class="certificate"' if doc.kind is DocumentKind.CERTIFICATE else ""
    meta = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="author" content="{escape(doc.author.strip() or "CoProd Desktop")}">',
        '<meta name="generator" content="CoProd Desktop">',
        f'<meta name="description" content="{escape(doc.subject)}">',
    ]
    if doc.keywords:
        meta.append(f'<meta name="keywords" content="{escape(", ".join(doc.keywords))}">')
    footer = f"<footer>\n{small}\n</footer>\n" if small else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(doc.language)}" dir="{doc.direction}">\n<head>\n'
        + "\n".join(meta)
        + f"\n<title>{escape(doc.title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        + f"<main{main_class}>\n{body}\n</main>\n{footer}</body>\n</html>\n"
    )


def write_document_html(doc: Document, out_path: Path) -> Path:
    """Save *doc* as HTML at *out_path* and return the path.

    Written to a temporary file in the same folder and moved into place when complete, readable by
    its owner only (mode 0600), like the PDFs. Raises private_files.SaveError (an OSError) with
    a plain message when the folder cannot be written.
    """
    data = document_html(doc).encode("utf-8")
    return save_privately(Path(out_path), lambda handle: handle.write(data), what="The page")


# Pictures are shown at most 6.5rem (about 104 CSS pixels) wide: twice that is sharp on a phone's
# screen. The print pictures (512 px) inlined as they are made a 300-contribution summary about
# 14 MB; at this size each is about a quarter of that.
SCREEN_PIXELS = 208


@functools.lru_cache(maxsize=512)
def _file_uri(path: str) -> str | None:
    """A PNG file as a data: URI at screen size, made once per process; None when unreadable."""
    try:
        return _png_uri(Path(path).read_bytes())
    except OSError:
        return None


@functools.lru_cache(maxsize=128)
def _png_uri(data: bytes) -> str | None:
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return None  # only PNG is promised; anything else is left out rather than shown broken
    return "data:image/png;base64," + base64.b64encode(_screen_sized(data)).decode("ascii")


def _screen_sized(data: bytes) -> bytes:
    """*data* (a PNG) no larger than SCREEN_PIXELS each way; as it was when it is already small
    enough, or when it cannot be read (then the browser shows what it can)."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if max(image.size) <= SCREEN_PIXELS:
                return data
            image.thumbnail((SCREEN_PIXELS, SCREEN_PIXELS), Image.Resampling.LANCZOS)
            # 256 colours (transparency kept): a card's flat colours look the same, at a fifth of the size.
            small = image.convert("RGBA").quantize(colors=256, method=Image.Quantize.FASTOCTREE)
            out = io.BytesIO()
            small.save(out, format="PNG", optimize=True)
            return out.getvalue()
    except (OSError, ValueError, Image.DecompressionBombError):
        return data


class _Writer:
    """Turns blocks into HTML, keeping heading levels in order (never skipping one)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.level = 0  # the last heading level written
        self.had_title = False

    def block(self, block: Block) -> str:
        if isinstance(block, Heading):
            return self.heading(block)
        if isinstance(block, Line):
            return self.line(block)
        if isinstance(block, Said):
            return self.said(block)
        if isinstance(block, Items):
            return self.items(block)
        return self.small_print(block)

    def _text(self, text: str) -> str:
        """Our sentence, escaped; in a right-to-left document Latin initials keep their full stops."""
        return escape(keep_latin_punctuation(text) if self.doc.rtl else text)

    def heading(self, heading: Heading) -> str:
        # One h1 (the title); later levels never jump more than one below the last heading.
        if heading.level <= 1 and not self.had_title:
            level = 1
            self.had_title = True
        else:
            level = min(max(heading.level, 2), self.level + 1 if self.level else 2)
        self.level = level
        text = f"<h{level}>{self._text(heading.text)}</h{level}>"
        picture = self._picture(heading.picture, "picture")
        if picture is None:
            return text
        return f'<div class="row">{picture}<div class="words">{text}</div></div>'

    def line(self, line: Line) -> str:
        words = escape(line.text) if line.own_words else self._text(line.text)
        attributes = ' dir="auto" class="own"' if line.own_words else ""
        if line.strong:
            words = f"<strong>{words}</strong>"
        text = f"<p{attributes}>{words}</p>"
        picture = self._picture(line.picture, "picture")
        if picture is None:
            return text
        return f'<div class="row">{picture}<div class="words">{text}</div></div>'

    def said(self, said: Said) -> str:
        marker = ""
        if said.marker is not None:
            # Drawn in print; here the initials in the marker's colour, hidden from screen readers
            # (the credit says who it is).
            colour = said.marker.colour
            marker = (
                f'<span class="marker" aria-hidden="true" style="background:{colour.hex};color:{colour.ink}">'
                f"{escape(said.marker.initials)}</span>"
            )
        parts = [f'<p class="credit">{marker}{self._text(said.credit)}</p>']
        words = []
        if said.words:
            words.append(f'<p dir="auto" class="own">{escape(said.words)}</p>')
        words += [f'<p class="note">{self._text(note)}</p>' for note in said.notes]
        pictures = ""
        if said.pictures:
            figures = "".join(f"<li>{self._figure(p)}</li>" for p in said.pictures)
            pictures = f'<ul class="pictures">{figures}</ul>'
        if pictures or words:
            parts.append(f'<div class="row">{pictures}<div class="words">{"".join(words)}</div></div>')
        return f'<section class="said">{"".join(parts)}</section>'

    def items(self, items: Items) -> str:
        rows = "".join(f"<li>{self._text(item)}</li>" for item in items.items)
        text = f'<ul class="items">{rows}</ul>'
        picture = self._picture(items.picture, "picture")
        if picture is None:
            return text
        return f'<div class="row">{picture}<div class="words">{text}</div></div>'

    def small_print(self, small: SmallPrint) -> str:
        lines = "".join(f"<p>{self._text(line)}</p>" for line in small.lines)
        return f"<p><strong>{self._text(small.heading)}</strong></p>{lines}"

    def _figure(self, picture: Picture) -> str:
        """A person's card: the picture, with its words under it. A screen reader reads the words
        once, as the picture's alternative text; the caption is for the eye."""
        image = self._image(picture)
        caption = escape(picture.words)
        return f'<figure>{image}<figcaption aria-hidden="true">{caption}</figcaption></figure>'

    def _picture(self, picture: Picture | None, css_class: str) -> str | None:
        if picture is None:
            return None
        image = self._image(picture)
        return f'<div class="{css_class}">{image}</div>' if image else None

    def _image(self, picture: Picture) -> str:
        source = picture.source
        if source is None:
            return ""
        uri = _png_uri(source) if isinstance(source, bytes) else _file_uri(str(source))
        if uri is None or not picture.words.strip():
            return ""  # a picture with no words to say for it is left out, never shown unexplained
        return f'<img src="{uri}" alt="{escape(picture.words.strip())}">'
