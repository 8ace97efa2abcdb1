"""Pictures made ready for print once per process and written into any number of PDFs at no cost.

A printed sheet puts pictures on white paper only (the summary, take-home sheets, certificates:
no coloured backgrounds), so a picture is flattened onto white: no soft mask to write beside it.

Two sources:
- a built-in card has a print copy made when the cards are rendered (packaging/render_cards.py):
  PRINT_PIXELS across, already flattened, an 8-bit RGB PNG. Its compressed rows go into the PDF
  as they are: PDF's FlateDecode reads PNG's row filters (the /Predictor 15 decode parameters), so
  nothing is decoded or compressed, only read. Decoding the 512 px PNG, scaling it and compressing
  it again took about 9 ms a card, 2 s for a summary showing 210 different cards;
- any other picture (one a person brought, or a card with no print copy) is decoded, flattened,
  scaled to PRINT_PIXELS at most and compressed here, once per process.

reportlab's own canvas.drawImage would fingerprint every pixel (md5) at each use and compress the
picture again for every PDF; draw_picture instead registers the ready stream in each PDF once.
"""

from __future__ import annotations

import itertools
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFImageXObject, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas

__all__ = [
    "PRINT_PIXELS",
    "PrintPicture",
    "draw_picture",
    "picture_from_file",
    "picture_from_image",
    "print_copy_path",
    "print_image",
    "write_print_copy",
]

# 24 mm (a person's card) at about 340 dpi, 30 mm (a prompt's picture, a large-print card) at 270.
PRINT_PIXELS = 320
PRINT_FOLDER = "print"  # beside the cards' "png" folder: assets/cards/print/<card id>.png
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHANNELS = {0: 1, 2: 3}  # PNG colour type (grey, RGB) -> channels; others are decoded instead
_numbers = itertools.count(1)


@dataclass(frozen=True, eq=False)
class PrintPicture:
    """A picture ready to write into PDFs: *data* is its rows, Flate-compressed; *predicted* says
    they carry PNG row filters (a print copy read as it is)."""

    width: int
    height: int
    channels: int  # 3: RGB, 1: grey
    data: bytes
    predicted: bool
    name: str = field(default_factory=lambda: f"CoProdPicture{next(_numbers)}")

    @property
    def colour_space(self) -> str:
        return "DeviceRGB" if self.channels == 3 else "DeviceGray"


def print_copy_path(png: Path) -> Path:
    """Where the print copy of the card picture *png* (assets/cards/png/ID.png) is kept."""
    return png.parent.parent / PRINT_FOLDER / png.name


def print_image(image: Image.Image) -> Image.Image:
    """*image* as it prints: flattened onto white (RGB, or L when grey) and no more than
    PRINT_PIXELS across. Used for the print copies and for pictures with none."""
    image.load()
    if image.mode not in ("RGB", "L"):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        image = flat
    if max(image.size) > PRINT_PIXELS:
        scale = PRINT_PIXELS / max(image.size)
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    return image


def picture_from_image(image: Image.Image) -> PrintPicture:
    """*image* made ready for print (see print_image): decoded and compressed now, once."""
    flat = print_image(image)
    return PrintPicture(flat.width, flat.height, len(flat.getbands()), zlib.compress(flat.tobytes()), False)


def picture_from_file(png: Path) -> PrintPicture:
    """The picture in the PNG file *png*, ready for print: its print copy read as it is when there
    is one, else the file decoded (picture_from_image). Raises OSError, ValueError or
    Image.DecompressionBombError when it is not a picture."""
    copy = print_copy_path(png)
    if copy.is_file():
        ready = _read_print_copy(copy.read_bytes())
        if ready is not None:
            return ready
    with Image.open(png) as image:
        return picture_from_image(image)


def _read_print_copy(data: bytes) -> PrintPicture | None:
    """The compressed rows of an 8-bit, not interlaced, RGB or grey PNG; None for any other PNG
    (or a damaged one: every chunk's checksum is checked), which is then decoded instead."""
    if not data.startswith(_PNG_SIGNATURE):
        return None
    at, rows, header = len(_PNG_SIGNATURE), [], None
    while at + 12 <= len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        if at + 12 + length > len(data):
            return None  # cut short
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length : at + 12 + length])
        if zlib.crc32(kind + body) != crc:
            return None
        if kind == b"IHDR" and length == 13:
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            rows.append(body)
        elif kind == b"IEND":
            break
        at += 12 + length
    else:
        return None  # no end: cut short
    if header is None or not rows:
        return None
    width, height, depth, colour, _compression, _filter, interlace = header
    if depth != 8 or interlace != 0 or colour not in _CHANNELS:
        return None
    return PrintPicture(width, height, _CHANNELS[colour], b"".join(rows), True)


class _PictureStream(PDFImageXObject):
    """A PrintPicture as an image in one PDF: its stream written as it is, never compressed again."""

    def __init__(self, picture: PrintPicture) -> None:
        super().__init__(picture.name)
        self.picture = picture
        self.width, self.height = picture.width, picture.height

    def format(self, document: object) -> bytes:
        picture = self.picture
        stream = PDFStream(PDFDictionary(), picture.data)
        entries = stream.dictionary
        entries["Type"] = PDFName("XObject")
        entries["Subtype"] = PDFName("Image")
        entries["Width"] = picture.width
        entries["Height"] = picture.height
        entries["BitsPerComponent"] = 8
        entries["ColorSpace"] = PDFName(picture.colour_space)
        # Already applied (so PDFStream adds no filter of its own). One filter, named alone: with
        # an array of filters, readers (poppler) look for an array of decode parameters too.
        entries["Filter"] = PDFName("FlateDecode")
        if picture.predicted:
            entries["DecodeParms"] = PDFDictionary(
                {"Predictor": 15, "Colors": picture.channels, "BitsPerComponent": 8, "Columns": picture.width}
            )
        return stream.format(document)


def draw_picture(canvas: Canvas, picture: PrintPicture, x: float, y: float, size: float) -> None:
    """Draw *picture* centred in the *size* square at (x, y), keeping its shape.

    The picture is stored once in the canvas's PDF, under its own name, and each use places it by
    that name: what canvas.drawImage does after its fingerprinting, which is the part left out.
    """
    document = canvas._doc  # reportlab has no public way to add a ready image stream
    internal = document.getXObjectName(picture.name)
    if internal not in document.idToObject:
        document.addForm(picture.name, _PictureStream(picture))  # registers it under *internal*
    scale = size / max(picture.width, picture.height)
    width, height = picture.width * scale, picture.height * scale
    canvas._currentPageHasImages = 1
    canvas.saveState()
    canvas.translate(x + (size - width) / 2, y + (size - height) / 2)
    canvas.scale(width, height)
    canvas._code.append(f"/{internal} Do")
    canvas.restoreState()
    canvas._formsinuse.append(picture.name)  # the page's resources list it


def write_print_copy(png: Path) -> Path:
    """Make (or remake) the print copy of the card picture *png* and return its path.

    packaging/render_cards.py calls this for every card after rendering its PNG.
    """
    copy = print_copy_path(png)
    copy.parent.mkdir(exist_ok=True)
    with Image.open(png) as image:
        print_image(image).save(copy, optimize=True)  # 8-bit RGB, not interlaced: read as it is
    return copy
