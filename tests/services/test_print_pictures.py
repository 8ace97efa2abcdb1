"""Pictures made ready for print once and written into PDFs as they are (services/print_pictures.py).

The PDFs are read back with poppler (pdfimages): each picture stored once per PDF however often it
is drawn, as RGB with no soft mask, and its pixels exactly those of the card's print copy (so
the rows copied from the PNG are read right). The print copies themselves are checked against
the card PNGs, so a card redrawn without running packaging/render_cards.py fails here.
"""

import io
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from reportlab.pdfgen.canvas import Canvas

from coprod_desktop.domain.markers import Marker, MarkerShape, marker_colour
from coprod_desktop.services.catalogue import load_catalogue
from coprod_desktop.services.easy_read import pdf as er_pdf
from coprod_desktop.services.easy_read.model import Document, DocumentKind, Heading, Picture, Said
from coprod_desktop.services.print_pictures import (
    PRINT_PIXELS,
    draw_picture,
    picture_from_file,
    picture_from_image,
    print_copy_path,
    print_image,
)

CATALOGUE = load_catalogue()
SAM = Marker(marker_colour("orange"), MarkerShape.CIRCLE, "SB")


def images_listed(path: Path) -> list[dict[str, str]]:
    """pdfimages -list as rows of {column: value}."""
    out = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    header = lines[0].split()
    return [dict(zip(header, line.split(), strict=False)) for line in lines[2:]]


def extracted(path: Path, folder: Path) -> list[Image.Image]:
    """Every image stored in the PDF at *path*, decoded by poppler, in object order."""
    subprocess.run(["pdfimages", "-png", str(path), str(folder / "img")], check=True)
    return [Image.open(p).convert("RGB") for p in sorted(folder.glob("img-*.png"))]


def sheet(*pictures: Picture) -> Document:
    return Document(
        kind=DocumentKind.TAKE_HOME,
        title="Pictures",
        subject="S",
        language="en",
        author="",
        blocks=(Heading("Pictures", 1), Said("Sam said:", "Hello", pictures, (), SAM)),
    )


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_every_card_has_a_print_copy_made_from_its_png():
    for card in CATALOGUE.cards:
        png = CATALOGUE.png_path(card.id)
        copy = print_copy_path(png)
        assert copy.is_file(), f"{card.id}: no print copy (run packaging/render_cards.py)"
        with Image.open(copy) as im:
            im.load()
            assert (im.format, im.mode, im.size) == ("PNG", "RGB", (PRINT_PIXELS, PRINT_PIXELS)), card.id
            assert "interlace" not in im.info, card.id
            copy_pixels = im.copy()
        with Image.open(png) as original:
            made = print_image(original)
        # Another Pillow may round a pixel differently; a stale copy differs by far more.
        assert max(high for _low, high in ImageChops.difference(made, copy_pixels).getextrema()) <= 2, card.id


def test_a_cards_print_copy_is_read_as_it_is_not_decoded():
    png = CATALOGUE.png_path("feeling-good")
    ready = picture_from_file(png)
    assert ready.predicted and (ready.width, ready.height, ready.channels) == (PRINT_PIXELS, PRINT_PIXELS, 3)
    # The PNG's own compressed rows: a filter byte, then the pixels, on each row.
    assert len(zlib.decompress(ready.data)) == PRINT_PIXELS * (1 + 3 * PRINT_PIXELS)


def test_a_picture_drawn_many_times_is_stored_once_per_pdf_and_prints_exactly(tmp_path):
    good = Picture("Good", CATALOGUE.png_path("feeling-good"))
    idea = Picture("Idea", CATALOGUE.png_path("response-idea"))
    path = tmp_path / "sheet.pdf"
    er_pdf.write_document_pdf(sheet(good, idea, good, good), path)
    listed = images_listed(path)  # one row for each time a picture is drawn
    assert [(row["type"], row["color"], row["bpc"]) for row in listed] == [("image", "rgb", "8")] * 4
    assert len({row["object"] for row in listed}) == 2  # two pictures, stored once each
    order = ("feeling-good", "response-idea", "feeling-good", "feeling-good")
    for image, card in zip(extracted(path, tmp_path), order, strict=True):
        with Image.open(print_copy_path(CATALOGUE.png_path(card))) as copy:
            assert ImageChops.difference(image, copy.convert("RGB")).getbbox() is None, card


def test_one_ready_picture_goes_into_each_of_several_pdfs(tmp_path):
    good = Picture("Good", CATALOGUE.png_path("feeling-good"))
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    er_pdf.write_document_pdf(sheet(good), first)
    er_pdf.write_document_pdf(sheet(good), second)
    assert er_pdf._file_picture(str(good.source)) is er_pdf._file_picture(str(good.source))
    for path in (first, second):
        assert len(images_listed(path)) == 1, path
        # Each PDF has its own copy of the stream, not a reference into the other one.
        assert re.search(rb"/Subtype /Image", path.read_bytes())


def test_a_transparent_picture_is_flattened_onto_white(tmp_path):
    brought = Image.new("RGBA", (600, 400), (0, 0, 0, 0))  # larger than print needs, and not square
    brought.paste((200, 30, 30, 255), (200, 100, 400, 300))
    path = tmp_path / "brought.pdf"
    er_pdf.write_document_pdf(sheet(Picture("Red", png_bytes(brought))), path)
    listed = images_listed(path)
    assert len(listed) == 1 and listed[0]["color"] == "rgb"  # no soft mask
    assert (int(listed[0]["width"]), int(listed[0]["height"])) == (PRINT_PIXELS, round(400 * PRINT_PIXELS / 600))
    (image,) = extracted(path, tmp_path)
    assert image.getpixel((5, 5)) == (255, 255, 255)
    assert image.getpixel((image.width // 2, image.height // 2)) == (200, 30, 30)


def test_small_and_grey_pictures_are_kept_as_they_are():
    grey = picture_from_image(Image.new("L", (100, 80), 90))
    assert (grey.width, grey.height, grey.channels, grey.predicted) == (100, 80, 1, False)
    assert grey.colour_space == "DeviceGray"


def test_a_damaged_print_copy_is_not_used(tmp_path):
    png = tmp_path / "png" / "card.png"
    png.parent.mkdir()
    shutil.copy(CATALOGUE.png_path("feeling-good"), png)
    copy = print_copy_path(png)
    copy.parent.mkdir()
    data = bytearray(print_copy_path(CATALOGUE.png_path("feeling-good")).read_bytes())
    data[200] ^= 0xFF  # inside the compressed rows: the chunk's checksum no longer matches
    copy.write_bytes(bytes(data))
    ready = picture_from_file(png)
    assert not ready.predicted and (ready.width, ready.channels) == (PRINT_PIXELS, 3)  # decoded from the PNG


@pytest.mark.parametrize("mode", ["P", "LA", "I;16"])
def test_pictures_in_other_modes_print(tmp_path, mode):
    image = (
        Image.new("RGBA", (40, 40), (0, 128, 255, 255)).convert(mode) if mode != "I;16" else Image.new(mode, (40, 40))
    )
    canvas = Canvas(str(tmp_path / "one.pdf"))
    draw_picture(canvas, picture_from_image(image), 100, 100, 50)
    canvas.save()
    assert len(images_listed(tmp_path / "one.pdf")) == 1


def test_a_print_copy_cut_short_is_not_used(tmp_path):
    png = tmp_path / "png" / "card.png"
    png.parent.mkdir()
    shutil.copy(CATALOGUE.png_path("topic-food"), png)
    copy = print_copy_path(png)
    copy.parent.mkdir()
    whole = print_copy_path(CATALOGUE.png_path("topic-food")).read_bytes()
    for cut in (len(whole) - 12, len(whole) // 2, 40):
        copy.write_bytes(whole[:cut])
        assert not picture_from_file(png).predicted, cut
    copy.write_bytes(whole)
    assert picture_from_file(png).predicted
