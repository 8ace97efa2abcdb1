"""Checking and cleaning pictures people bring: real files made with Pillow, read back with Pillow."""

import io
import random
import struct
import warnings
import zlib

import pytest
from PIL import Image, ImageFile, PngImagePlugin

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.messages import english_message
from coprod_desktop.services import images
from coprod_desktop.services.images import prepare_image


def encode(im: Image.Image, fmt: str, **params) -> bytes:
    out = io.BytesIO()
    im.save(out, fmt, **params)
    return out.getvalue()


def halves(size=(400, 200), left="blue", right="red") -> Image.Image:
    """Left half one colour, right half another: shows which way a picture was turned."""
    im = Image.new("RGB", size, right)
    im.paste(Image.new("RGB", (size[0] // 2, size[1]), left), (0, 0))
    return im


def phone_photo() -> bytes:
    """A JPEG as a phone saves it held upright: pixels sideways, orientation 6, GPS and camera."""
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to show
    exif[0x010F] = "PhoneMakerCo"  # camera make
    exif[0x0110] = "Pocket Camera 9"  # camera model
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (51.0, 30.0, 26.0)
    gps[3], gps[4] = "W", (0.0, 7.0, 39.0)
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF>SecretXmpPlace</rdf:RDF></x:xmpmeta>'
    return encode(halves(), "JPEG", exif=exif.tobytes(), comment=b"SecretComment", xmp=xmp)


def opened(prepared) -> Image.Image:
    im = Image.open(io.BytesIO(prepared.data))
    im.load()
    return im


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG file whose header claims *width* x *height* pixels: a decompression bomb's shape."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(b"\0" * 1000))
        + png_chunk(b"IEND", b"")
    )


def refused(data: bytes, purpose="card", **limits) -> str:
    with pytest.raises(ValidationError) as caught:
        prepare_image(data, purpose=purpose, **limits)
    return str(caught.value)


# Phone photos: upright, every piece of metadata gone


def test_phone_photo_is_stored_upright_without_gps_or_camera():
    source = Image.open(io.BytesIO(phone_photo()))
    assert source.size == (400, 200) and source.getexif().get_ifd(0x8825)  # the test file really has GPS

    prepared = prepare_image(phone_photo(), purpose="photo")

    im = opened(prepared)
    assert prepared.media_type == "image/jpeg" and im.format == "JPEG"
    assert (prepared.width, prepared.height) == im.size == (200, 400)  # turned upright: width and height swap
    top, bottom = im.getpixel((100, 50)), im.getpixel((100, 350))
    assert top[2] > 200 and top[0] < 60  # the blue left half is now on top
    assert bottom[0] > 200 and bottom[2] < 60
    assert len(im.getexif()) == 0
    assert not {"exif", "xmp", "XML:com.adobe.xmp", "comment", "icc_profile", "photoshop"} & set(im.info)
    for secret in (b"Exif", b"PhoneMakerCo", b"Pocket Camera", b"SecretXmpPlace", b"SecretComment"):
        assert secret not in prepared.data


def test_every_exif_orientation_comes_out_upright():
    upright = halves((60, 30))
    # What a camera stores for each orientation, so that applying the tag shows *upright*.
    stored_as = {
        1: upright,
        2: upright.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
        3: upright.transpose(Image.Transpose.ROTATE_180),
        4: upright.transpose(Image.Transpose.FLIP_TOP_BOTTOM),
        5: upright.transpose(Image.Transpose.TRANSPOSE),
        6: upright.transpose(Image.Transpose.ROTATE_90),
        7: upright.transpose(Image.Transpose.TRANSVERSE),
        8: upright.transpose(Image.Transpose.ROTATE_270),
    }
    for orientation, pixels in stored_as.items():
        exif = Image.Exif()
        exif[0x0112] = orientation
        im = opened(prepare_image(encode(pixels, "PNG", exif=exif.tobytes()), purpose="card"))
        assert im.size == (60, 30), orientation
        assert im.getpixel((5, 15)) == (0, 0, 255), orientation
        assert im.getpixel((55, 15)) == (255, 0, 0), orientation


def test_damaged_exif_does_not_cost_a_good_photo():
    data = encode(halves(), "JPEG", exif=b"Exif\x00\x00MM\x00\x2a\xff\xff\xff\xff")
    im = opened(prepare_image(data, purpose="photo"))
    assert im.size == (400, 200) and len(im.getexif()) == 0


def test_png_text_chunks_and_colour_profile_are_stripped():
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "SecretAuthorName")
    info.add_text("Comment", "SecretLongComment " * 20, zip=True)
    info.add_itxt("Description", "SecretInternational", lang="en")
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = encode(halves(), "PNG", pnginfo=info, icc_profile=srgb)
    assert Image.open(io.BytesIO(data)).text  # the test file really carries text

    prepared = prepare_image(data, purpose="card")

    im = opened(prepared)
    assert prepared.media_type == "image/png"  # a lossless card stays lossless
    assert im.text == {} and "icc_profile" not in im.info
    assert b"Secret" not in prepared.data and b"iCCP" not in prepared.data
    assert im.getpixel((50, 100)) == (0, 0, 255)


# Formats and transparency


def test_transparent_png_stays_png_with_its_transparency():
    im = Image.new("RGBA", (100, 100), (0, 0, 0, 0))
    im.paste((200, 30, 30, 255), (25, 25, 75, 75))
    prepared = prepare_image(encode(im, "PNG"), purpose="card")
    out = opened(prepared)
    assert prepared.media_type == "image/png" and out.mode == "RGBA"
    assert out.getpixel((5, 5))[3] == 0 and out.getpixel((50, 50)) == (200, 30, 30, 255)


def test_opaque_alpha_channel_is_dropped_and_photos_become_jpeg():
    im = Image.new("RGBA", (100, 80), (10, 120, 10, 255))
    card = prepare_image(encode(im, "PNG"), purpose="card")
    assert card.media_type == "image/png" and opened(card).mode == "RGB"
    photo = prepare_image(encode(im, "PNG"), purpose="photo")
    assert photo.media_type == "image/jpeg" and opened(photo).mode == "RGB"


def test_gif_palette_transparency_and_first_frame_of_an_animation():
    first = Image.new("P", (50, 50), 0)
    first.putpalette([255, 0, 0, 0, 255, 0])
    first.paste(1, (0, 0, 25, 50))
    second = Image.new("P", (50, 50), 1)
    second.putpalette([255, 0, 0, 0, 255, 0])
    data = encode(first, "GIF", save_all=True, append_images=[second], transparency=0, duration=100)
    out = opened(prepare_image(data, purpose="card"))
    assert out.mode == "RGBA"
    assert out.getpixel((10, 10)) == (0, 255, 0, 255)
    assert out.getpixel((40, 10))[3] == 0


@pytest.mark.parametrize("fmt", ["WEBP", "BMP", "TIFF"])
def test_other_raster_formats_are_accepted(fmt):
    prepared = prepare_image(encode(halves(), fmt), purpose="card")
    assert opened(prepared).size == (400, 200)


def test_cmyk_and_sixteen_bit_pictures_keep_their_look():
    cmyk = opened(prepare_image(encode(Image.new("CMYK", (64, 64), (0, 255, 255, 0)), "JPEG"), purpose="card"))
    red, green, blue = cmyk.getpixel((30, 30))
    assert red > 200 and green < 60 and blue < 60
    grey16 = opened(prepare_image(encode(Image.new("I;16", (64, 64), 32896), "PNG"), purpose="card"))
    assert 120 <= grey16.getpixel((30, 30))[0] <= 136  # mid-grey, not clipped to white


# Size


def test_big_pictures_are_downscaled_keeping_their_shape():
    data = encode(halves((3000, 1500)), "JPEG")
    card = prepare_image(data, purpose="card")
    assert (card.width, card.height) == opened(card).size == (1024, 512)
    photo = prepare_image(data, purpose="photo")
    assert (photo.width, photo.height) == opened(photo).size == (512, 256)
    small = prepare_image(encode(halves((300, 150)), "JPEG"), purpose="card")
    assert (small.width, small.height) == (300, 150)  # never enlarged


def test_noisy_pictures_still_fit_the_store():
    noise = Image.effect_noise((1600, 1600), 120).convert("RGB")
    prepared = prepare_image(encode(noise, "PNG"), purpose="card")
    assert len(prepared.data) <= images.OUTPUT_BUDGET["card"]
    assert max(prepared.width, prepared.height) <= images.CARD_SIDE


def test_file_over_the_size_limit_is_refused_before_it_is_opened():
    data = encode(halves(), "PNG")
    message = refused(data, max_bytes=len(data) - 1)
    assert message.startswith("That file is too big")
    assert prepare_image(data, purpose="card", max_bytes=len(data)).width == 400


def test_tiny_and_long_thin_pictures_are_refused():
    assert "too small to see (10 × 40 pixels)" in refused(encode(Image.new("RGB", (10, 40)), "PNG"))
    assert "too long and thin" in refused(encode(Image.new("RGB", (2000, 100)), "PNG"))


# Decompression bombs: refused from the header, before any pixel is decoded


@pytest.mark.parametrize(
    "width,height",
    [
        (8000, 6000),  # 48 million: over our cap, under the point where Pillow even warns
        (10_000, 10_000),  # 100 million: Pillow only warns here; we refuse
        (50_000, 50_000),  # 2,500 million: Pillow refuses by itself
    ],
)
def test_enormous_pixel_counts_are_refused_without_decoding(width, height):
    data = png_claiming(width, height)
    assert len(data) < 200
    before = Image.MAX_IMAGE_PIXELS
    # Had the pixels been decoded, the empty image data would say "damaged", not "too many pixels".
    assert "too many pixels" in refused(data)
    assert "too many pixels" in refused(data, purpose="photo")
    assert Image.MAX_IMAGE_PIXELS == before  # Pillow's own limit untouched


def test_the_pixel_cap_is_well_below_pillows_own():
    assert images.MAX_PIXELS <= Image.MAX_IMAGE_PIXELS // 2
    assert "more than 1 million" in refused(encode(Image.new("RGB", (1200, 1000)), "PNG"), max_pixels=1_000_000)


def test_the_bomb_warning_is_an_error_only_inside_the_check():
    filters_before = list(warnings.filters)
    refused(png_claiming(10_000, 10_000))
    assert warnings.filters == filters_before
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


# Not a picture, or not a whole one


@pytest.mark.parametrize(
    "data",
    [
        b"These are the minutes of the meeting.\n",
        random.Random(4).randbytes(5000),
        b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\nshowpage\n",  # never handed to Ghostscript
        b"PK\x03\x04" + b"\0" * 200,
        b"\x89PNG\r\n\x1a\n",  # a signature and nothing else
    ],
)
def test_files_that_are_not_pictures_are_refused(data):
    assert refused(data) == english_message(images.NOT_A_PICTURE)


def test_empty_pdf_and_web_pages_get_their_own_message():
    assert refused(b"") == english_message(images.EMPTY_FILE)
    assert refused(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") == english_message(images.PDF)
    assert refused(b"<!DOCTYPE html><html><body>Hi</body></html>") == english_message(images.WEB_PAGE)


@pytest.mark.parametrize(
    "svg",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
        b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- drawn by hand -->\n<SVG xmlns="http://www.w3.org/2000/svg"/>',
        '<?xml version="1.0" encoding="UTF-16"?><svg xmlns="http://www.w3.org/2000/svg"/>'.encode("utf-16"),
    ],
)
def test_svg_drawings_are_refused_with_a_plain_reason(svg):
    assert refused(svg, purpose="photo") == (
        "That file is a drawing (SVG), not a photo. Please choose a photo or picture file such as JPEG or PNG."
    )
    assert "drawing (SVG)" in refused(svg, purpose="card")


def test_heic_photos_get_advice_when_pillow_cannot_open_them():
    if "HEIF" in images.supported_formats():
        pytest.skip("a HEIF plugin is installed here")
    data = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\0" * 100
    assert "HEIC" in refused(data, purpose="photo")


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_truncated_pictures_are_refused(fmt):
    data = encode(Image.effect_noise((200, 200), 60).convert("RGB"), fmt)
    for cut in (len(data) // 2, len(data) - 12):
        assert refused(data[:cut]) == english_message(images.DAMAGED), cut


def test_broken_checksum_is_refused():
    data = bytearray(encode(halves(), "PNG"))
    data[-20] ^= 0xFF  # inside the image data: its CRC no longer matches
    assert refused(bytes(data)) in (english_message(images.DAMAGED), english_message(images.NOT_A_PICTURE))


def test_no_pillow_exception_escapes_for_corrupted_files():
    """Flip bytes all over real files: each result is a clean picture or a plain refusal."""
    rng = random.Random(1234)
    sources = [
        encode(halves((80, 60)), "JPEG"),
        encode(halves((80, 60)), "PNG"),
        encode(halves((80, 60)).convert("P"), "GIF"),
        encode(halves((80, 60)), "WEBP"),
        encode(halves((80, 60)), "BMP"),
        encode(halves((80, 60)), "TIFF"),
    ]
    for source in sources:
        for _ in range(60):
            data = bytearray(source)
            for _ in range(rng.randint(1, 6)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            try:
                prepared = prepare_image(bytes(data), purpose="card")
            except ValidationError as exc:
                assert str(exc).endswith(".")
            else:
                assert opened(prepared).size == (prepared.width, prepared.height)


def test_an_unknown_purpose_is_a_programming_error():
    with pytest.raises(ValueError, match="purpose"):
        prepare_image(encode(halves(), "PNG"), purpose="poster")
