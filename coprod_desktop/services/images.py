"""Checking and cleaning pictures people bring: photos for cards and photos of people.

Every picture is untrusted: a file from a phone, a memory stick or an email. prepare_image() opens it
with Pillow, refuses anything it cannot use with one plain sentence (ValidationError), and returns a
fresh image built from pixels only:

- the type is sniffed from the bytes, never from the file name; only raster formats are opened,
  through an explicit list of Pillow plugins (never EPS, which would run Ghostscript);
- size limits come first: the file size before decoding, the pixel count from the header before any
  pixel is decoded (MAX_PIXELS is well below Pillow's own bomb limit, which is left unchanged);
- truncated or damaged files are refused: Pillow's LOAD_TRUNCATED_IMAGES is never turned on;
- phone photos are turned upright from their EXIF orientation, then every piece of metadata (EXIF
  with GPS and camera, XMP, ICC profile, comments, text chunks) is left behind by re-encoding pixels;
- the result is downscaled (longest side CARD_SIDE or PHOTO_SIDE) and stored as JPEG, or PNG when
  it has transparency or is a drawing-like card from a lossless file.

Runs off the GUI thread in the app. No Pillow exception leaves this module.
"""

import io
import warnings
from dataclasses import dataclass
from typing import Literal

from PIL import Image, UnidentifiedImageError

from ..domain.errors import ValidationError

Purpose = Literal["card", "photo"]

MAX_FILE_BYTES = 20 * 1024 * 1024  # a 48-megapixel phone JPEG is about 12 MB
MAX_PIXELS = 40_000_000  # about 160 MB of RGBA once decoded; Pillow warns only above 89 million
MIN_SIDE = 16  # smaller than this cannot be seen as a card or a face
MAX_ASPECT = 10  # longer-and-thinner than 10 : 1 cannot be shown as a card or a photo
CARD_SIDE = 1024  # prints at over 800 dpi at the 3 cm the summary uses; sharp on a large screen
PHOTO_SIDE = 512  # a person's photo is shown small, beside their name
JPEG_QUALITY = 85
# Encoded size we aim under; both store limits (4 MB for cards, 2 MB for photos) are well above.
OUTPUT_BUDGET = {"card": 2 * 1024 * 1024, "photo": 1024 * 1024}

_WANTED_FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "BMP", "TIFF", "AVIF", "HEIF")
_LOSSLESS_SOURCES = {"PNG", "GIF", "BMP", "TIFF"}
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
# What each EXIF orientation needs to be upright (the same table ImageOps.exif_transpose uses).
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_ORIENTATION_TAG = 0x0112

# Error codes of refused pictures (their words are in domain/messages.py).
NOT_A_PICTURE = "picture.not_a_picture"
EMPTY_FILE = "picture.empty"
DAMAGED = "picture.damaged"
SVG_AS_PHOTO = "picture.svg_as_photo"
SVG_AS_CARD = "picture.svg_as_card"
PDF = "picture.pdf"
WEB_PAGE = "picture.web_page"
HEIC = "picture.heic"
NO_MEMORY = "picture.no_memory"


@dataclass(frozen=True)
class PreparedImage:
    """A cleaned picture ready to store: upright, no metadata, a sensible size."""

    data: bytes
    media_type: str  # "image/jpeg" or "image/png"
    width: int
    height: int


def supported_formats() -> tuple[str, ...]:
    """The Pillow formats this installation can open for us (HEIF only if a plugin is installed)."""
    Image.init()
    return tuple(f for f in _WANTED_FORMATS if f in Image.OPEN)


def too_big(size: int, max_bytes: int) -> ValidationError:
    """The refusal for a file of *size* bytes, over *max_bytes*."""
    return ValidationError("picture.too_big", size_mb=_megabytes(size), limit_mb=_megabytes(max_bytes))


def too_many_pixels(max_pixels: int) -> ValidationError:
    """The refusal for a picture of more than *max_pixels* pixels."""
    return ValidationError("picture.too_many_pixels", millions=f"{max_pixels / 1_000_000:g}")


def prepare_image(
    data: bytes,
    *,
    purpose: Purpose,
    max_bytes: int = MAX_FILE_BYTES,
    max_pixels: int = MAX_PIXELS,
) -> PreparedImage:
    """Check and clean a picture for a card (purpose="card") or a photo of a person ("photo").

    Raises ValidationError with one plain sentence for anything that cannot be used.
    """
    if purpose not in OUTPUT_BUDGET:
        raise ValueError(f"purpose must be 'card' or 'photo', not {purpose!r}")
    data = bytes(data)
    if not data:
        raise ValidationError(EMPTY_FILE)
    if len(data) > max_bytes:
        raise too_big(len(data), max_bytes)
    _refuse_non_raster(data, purpose)
    try:
        return _prepare(data, purpose, max_pixels)
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_many_pixels(max_pixels) from None
    except MemoryError:
        raise ValidationError(NO_MEMORY) from None
    except UnidentifiedImageError:
        raise ValidationError(HEIC if _is_heif(data) else NOT_A_PICTURE) from None
    except Exception:
        # The file is untrusted: whatever Pillow or a codec raised (OSError for truncated data,
        # SyntaxError for broken chunks, ValueError, struct.error...) means we cannot use it.
        raise ValidationError(DAMAGED) from None


def _refuse_non_raster(data: bytes, purpose: Purpose) -> None:
    """Refuse drawings and documents by their content before any decoder sees them."""
    if data.startswith(b"%PDF"):
        raise ValidationError(PDF)
    head = _text_head(data[:65536])
    if head.startswith("<"):
        if "<svg" in head:
            raise ValidationError(SVG_AS_PHOTO if purpose == "photo" else SVG_AS_CARD)
        raise ValidationError(WEB_PAGE)


def _text_head(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.decode("latin-1")
    return text.lstrip("\ufeff\xef\xbb\xbf \t\r\n").lower()


def _is_heif(data: bytes) -> bool:
    return data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS


def _prepare(data: bytes, purpose: Purpose, max_pixels: int) -> PreparedImage:
    formats = supported_formats()
    with warnings.catch_warnings():
        # Pillow warns (rather than refuses) between its two bomb limits; here that is a refusal.
        # Local to this block: Pillow's global MAX_IMAGE_PIXELS is left alone.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        # Pillow's complaints about metadata we are about to throw away (corrupt EXIF, oversized
        # tags) are not the user's problem.
        warnings.simplefilter("ignore", UserWarning)
        # First pass reads the header and checks the file's structure (PNG chunk checksums and
        # completeness) without decoding pixels.
        with Image.open(io.BytesIO(data), formats=formats) as probe:
            _check_dimensions(probe.size, max_pixels)
            probe.verify()
        with Image.open(io.BytesIO(data), formats=formats) as im:
            _check_dimensions(im.size, max_pixels)
            source_format = im.format or ""
            side = CARD_SIDE if purpose == "card" else PHOTO_SIDE
            im.draft(None, (side, side))  # JPEG: decode at a reduced scale when far bigger
            im.load()  # raises for truncated data
            orientation = _orientation(im)
            icc = im.info.get("icc_profile")
            picture = _eight_bit(im)
    if orientation in _UPRIGHT:
        picture = picture.transpose(_UPRIGHT[orientation])
    return _encode(picture, icc, purpose, source_format, side)


def _check_dimensions(size: tuple[int, int], max_pixels: int) -> None:
    width, height = size
    if width * height > max_pixels:
        raise too_many_pixels(max_pixels)
    if min(width, height) < MIN_SIDE:
        raise ValidationError("picture.too_small", width=width, height=height, min_side=MIN_SIDE)
    if max(width, height) > MAX_ASPECT * min(width, height):
        raise ValidationError("picture.too_thin")


def _orientation(im: Image.Image) -> int:
    # Broken EXIF must not cost a good photo: we only need the one number, and drop the rest.
    try:
        value = im.getexif().get(_ORIENTATION_TAG, 1)
        return value if isinstance(value, int) else 1
    except Exception:
        return 1


def _eight_bit(im: Image.Image) -> Image.Image:
    """A copy in L, LA, RGB, RGBA or CMYK: modes that resize smoothly and convert to RGB."""
    mode = im.mode
    transparent = "transparency" in im.info
    if mode in ("I", "F") or mode.startswith("I;16"):
        return _scaled_to_grey(im)
    if mode == "1":
        return im.convert("L")
    if mode in ("P", "PA"):
        return im.convert("RGBA" if transparent or mode == "PA" else "RGB")
    if mode in ("L", "RGB") and transparent:
        return im.convert("RGBA")
    if mode in ("L", "LA", "RGB", "RGBA", "CMYK"):
        return im.copy()
    if mode == "La":
        return im.convert("LA")
    if mode == "RGBa":
        return im.convert("RGBA")
    return im.convert("RGB")


def _scaled_to_grey(im: Image.Image) -> Image.Image:
    # Pillow clips 16-bit and float values to 255 when converting to 8 bits, turning a scan white.
    values = im.convert("F")
    low, high = values.getextrema()
    if low >= 0 and high <= 255:
        low, high = 0, 255
    elif low >= 0 and high <= 65535:
        low, high = 0, 65535
    scale = 255 / (high - low) if high > low else 0
    return values.point(lambda v: (v - low) * scale).convert("L")


def _to_srgb(picture: Image.Image, icc: bytes | None, mode: str) -> Image.Image:
    """Colours as they were meant (e.g. a Display P3 phone photo) once its ICC profile is dropped."""
    if picture.mode != "CMYK":
        picture = picture.convert(mode)
    if icc:
        try:
            from PIL import ImageCms

            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            space = source.profile.xcolor_space.strip()
            if (space, picture.mode) in (("RGB", "RGB"), ("RGB", "RGBA"), ("CMYK", "CMYK")):
                converted = ImageCms.profileToProfile(picture, source, ImageCms.createProfile("sRGB"), outputMode=mode)
                if converted is not None:
                    return converted
        except Exception:
            pass  # an unusable profile: the plain conversion below still gives a fair picture
    return picture.convert(mode)


def _has_transparency(picture: Image.Image) -> bool:
    return picture.mode in ("LA", "RGBA") and picture.getchannel("A").getextrema()[0] < 255


def _encode(picture: Image.Image, icc: bytes | None, purpose: Purpose, source_format: str, side: int) -> PreparedImage:
    picture.thumbnail((side, side), Image.Resampling.LANCZOS)
    alpha = _has_transparency(picture)
    picture = _to_srgb(picture, icc, "RGBA" if alpha else "RGB")
    as_png = alpha or (purpose == "card" and source_format in _LOSSLESS_SOURCES)
    budget = OUTPUT_BUDGET[purpose]
    while True:
        # A new image from the pixels alone: no info dict, so no EXIF, XMP, ICC, comment or text.
        clean = Image.frombytes(picture.mode, picture.size, picture.tobytes())
        out = io.BytesIO()
        if as_png:
            clean.save(out, "PNG", optimize=False, compress_level=9)
        else:
            clean.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
        encoded = out.getvalue()
        if len(encoded) <= budget or min(clean.size) <= MIN_SIDE:
            break
        if as_png and not alpha:
            as_png = False  # a photo saved as PNG: JPEG is far smaller
        else:
            picture = picture.resize((max(1, picture.width * 3 // 4), max(1, picture.height * 3 // 4)))
    return PreparedImage(encoded, "image/png" if as_png else "image/jpeg", clean.width, clean.height)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}" if size < 10 * 1024 * 1024 else f"{size // (1024 * 1024)}"
