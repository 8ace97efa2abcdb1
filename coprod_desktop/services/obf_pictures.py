"""The pictures of an Open Board Format board: found in the file, checked and prepared. Qt-free.

Pictures are only taken from the file itself: inline data: URIs and paths inside the package. The
app makes no network calls, so a picture that is only a URL is not fetched. Every picture goes
through services.images.prepare_image, which refuses SVG and anything that is not a raster picture,
and cleans and shrinks the rest. A picture that cannot be used gives an Unusable (a plain reason)
instead, so its button can be left out with that reason.
"""

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.errors import ValidationError
from ..domain.rules import MEDIA_TYPES
from ..store.imported_cards import MAX_STORED_BYTES
from .obf_package import Package, entry_key, shown

if TYPE_CHECKING:
    from .images import PreparedImage

MAX_IMAGE_BYTES = 10 * 1024 * 1024  # one picture before it is cleaned
_DATA_URI = re.compile(r"^data:([^,;]*)((?:;[^,;]*)*),", re.IGNORECASE)


@dataclass(frozen=True)
class Unusable:
    """Why a picture cannot be used: *kind* groups alike reasons for a count, *reason* is plain words."""

    kind: str  # "online", "svg", "missing" or "unusable"
    reason: str


SVG = Unusable("svg", "the picture is an SVG drawing, a type CoProd Desktop cannot use")


class BoardPictures:
    """Prepares the pictures of one file, each distinct picture once (boards repeat pictures)."""

    def __init__(self, package: Package | None) -> None:
        self.package = package
        self._prepared: dict[str, PreparedImage | Unusable] = {}  # sha256 of the raw picture -> picture or reason

    def prepare(self, image: dict) -> "PreparedImage | Unusable":
        """The prepared picture of a checked *image* (obf_board), or a plain reason why there is none."""
        raw: bytes | None = None
        if image["data"]:
            media_type, raw = _data_uri(image["data"])
            if "svg" in media_type:
                return SVG
            if raw is None:
                return Unusable("unusable", "the picture inside the board cannot be read")
        elif image["path"]:
            key = entry_key(image["path"])
            if self.package is None:
                return Unusable("missing", "the picture is in a separate file that is not part of this board")
            if key is None or key not in self.package:
                return Unusable("missing", f"the picture file '{shown(image['path'])}' is missing from the package")
            raw = self.package.read(key, MAX_IMAGE_BYTES)
        elif image["url"]:
            return Unusable("online", "the picture is on the internet and was not fetched")
        elif image["symbol"]:
            return Unusable("missing", "the picture is from a symbol set that is not in the file")
        else:
            return Unusable("missing", "the picture is missing from the board")
        if len(raw) > MAX_IMAGE_BYTES:
            return Unusable("unusable", "the picture is too big (over 10 MB)")
        digest = hashlib.sha256(raw).hexdigest()
        if digest not in self._prepared:
            self._prepared[digest] = _prepare(raw, image["content_type"])
        return self._prepared[digest]


def _prepare(raw: bytes, content_type: str | None) -> "PreparedImage | Unusable":
    # Imported when a picture is met, not when the module loads: Pillow is slow to import and the
    # window imports this module before it paints.
    from .images import prepare_image

    head = raw[:256].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if "svg" in (content_type or "").lower() or head.startswith((b"<svg", b"<?xml", b"<!doctype svg")):
        return SVG
    try:
        prepared = prepare_image(raw, purpose="card")
    except ValidationError as exc:
        return Unusable("unusable", f"the picture cannot be used: {_first_sentence(str(exc))}")
    if prepared.media_type not in MEDIA_TYPES or len(prepared.data) > MAX_STORED_BYTES:
        return Unusable("unusable", "the picture cannot be used: it could not be made small enough")
    return prepared


def _first_sentence(message: str) -> str:
    """The reason from a prepare_image message, without its advice to choose another file."""
    first = message.split(". ")[0].rstrip(".")
    return first[:1].lower() + first[1:] if first[1:2].islower() else first


def _data_uri(text: str) -> tuple[str, bytes | None]:
    """The media type and bytes of a base64 data: URI; None for the bytes if it is not one."""
    match = _DATA_URI.match(text[:200])
    if not match:
        return "", None
    media_type = match.group(1).strip().lower()
    payload = text[match.end() :]
    if "base64" not in match.group(2).lower() or len(payload) > MAX_IMAGE_BYTES * 4 // 3 + 4:
        return media_type, None
    try:
        return media_type, base64.b64decode("".join(payload.split()), validate=True)
    except (binascii.Error, ValueError):
        return media_type, None
