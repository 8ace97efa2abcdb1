"""Writing picture cards as an Open Board Format package (.obz) that AAC apps can open. Qt-free.

The package holds manifest.json, one board (boards/board.obf) with the cards laid out in a grid in
the order given, and one PNG or JPEG per distinct picture (images/). Each picture carries its
licence object, so the credit travels with it: OpenMoji cards as CC BY-SA 4.0 by OpenMoji, cards
people brought with the licence and author they were imported with. Button ids are the card ids, so
importing the same package twice adds nothing the second time.
"""

import hashlib
import io
import json
import math
import os
import tempfile
import zipfile
from pathlib import Path

from PIL import Image

from ..domain.errors import ValidationError
from ..domain.models import Card
from ..domain.text import clean_text
from ..store import Store
from .catalogue import CardCatalogue
from .obf_licences import licence_object

OBF_FORMAT = "open-board-0.1"
BOARD_PATH = "boards/board.obf"
MAX_COLUMNS = 8
_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg"}


def export_cards_obz(
    cards: list[Card], path: Path, *, name: str, catalogue: CardCatalogue, store: Store, locale: str = "en"
) -> Path:
    """Write *cards* as an .obz package at *path* and return the path (".obz" is added if missing).

    Built-in cards use their 512 px PNG; cards people brought use their stored picture. Atomic: the
    package is written to a temporary file in the same folder, flushed, then moved over *path*.
    Raises ValidationError when there are no cards, NotFound when a brought card has no stored
    picture, OSError when the folder cannot be written.
    """
    path = Path(path)
    if path.suffix.lower() != ".obz":
        path = path.with_name(path.name + ".obz")
    cards = list({c.id: c for c in cards}.values())
    if not cards:
        raise ValidationError("board.no_cards")
    name = clean_text(name) or "Picture cards"

    images: list[dict] = []
    files: dict[str, bytes] = {}
    image_ids: dict[tuple[str, str], str] = {}
    buttons = []
    for card in cards:
        data, media_type, licence = _picture(card, catalogue, store)
        key = (hashlib.sha256(data).hexdigest(), json.dumps(licence, sort_keys=True))
        if key not in image_ids:
            image_id = f"image-{len(images) + 1}"
            image_path = f"images/{image_id}.{_EXTENSIONS[media_type]}"
            width, height = _size(data)
            image_ids[key] = image_id
            files[image_path] = data
            images.append(
                {
                    "id": image_id,
                    "path": image_path,
                    "content_type": media_type,
                    "width": width,
                    "height": height,
                    "license": licence,
                }
            )
        buttons.append(
            {
                "id": card.id,
                "label": card.label,
                "image_id": image_ids[key],
                "background_color": "rgb(255, 255, 255)",
                "border_color": "rgb(68, 68, 68)",
            }
        )

    columns = max(1, min(MAX_COLUMNS, math.ceil(math.sqrt(len(buttons)))))
    rows = math.ceil(len(buttons) / columns)
    ids = [b["id"] for b in buttons] + [None] * (rows * columns - len(buttons))
    board_id = "coprod-" + hashlib.sha256(name.encode()).hexdigest()[:12]
    board = {
        "format": OBF_FORMAT,
        "id": board_id,
        "locale": locale,
        "name": name,
        "description_html": "Picture cards from CoProd Desktop.",
        "buttons": buttons,
        "grid": {
            "rows": rows,
            "columns": columns,
            "order": [ids[r * columns : (r + 1) * columns] for r in range(rows)],
        },
        "images": images,
        "sounds": [],
    }
    manifest = {
        "format": OBF_FORMAT,
        "root": BOARD_PATH,
        "paths": {"boards": {board_id: BOARD_PATH}, "images": {i["id"]: i["path"] for i in images}, "sounds": {}},
    }
    _write_atomically(path, {"manifest.json": _json(manifest), BOARD_PATH: _json(board), **files})
    return path


def export_meeting_cards(store: Store, meeting_id: str, path: Path, catalogue: CardCatalogue) -> Path:
    """Write the cards this meeting shows (built-in, then brought, by group and words) as an .obz.

    Raises NotFound for an unknown meeting; see export_cards_obz for the rest.
    """
    meeting = store.meetings.get(meeting_id)
    # Cards people brought have no image file (their picture is in the database); a card left in
    # the database by an older catalogue has one and no picture to export, so it is not offered.
    brought = [c for c in store.cards.all() if c.id not in catalogue and not c.image]
    brought.sort(key=lambda c: (c.category.casefold(), c.label.casefold()))
    cards = store.meeting_cards.visible(meeting_id, [*catalogue.cards, *brought])
    return export_cards_obz(cards, path, name=meeting.title, catalogue=catalogue, store=store, locale=meeting.language)


def _picture(card: Card, catalogue: CardCatalogue, store: Store) -> tuple[bytes, str, dict]:
    if card.id in catalogue:
        return catalogue.png_path(card.id).read_bytes(), "image/png", licence_object(catalogue.get(card.id))
    data, media_type = store.imported_cards.picture(card.id)
    return data, media_type, licence_object(card)


def _size(data: bytes) -> tuple[int, int]:
    # Only the header is read: the picture is one of ours (a catalogue PNG or a cleaned stored one).
    with Image.open(io.BytesIO(data)) as image:
        return image.size


def _json(document: dict) -> bytes:
    # ensure_ascii=False: words in any script stay readable to whoever opens the board.
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def _write_atomically(path: Path, members: dict[str, bytes]) -> None:
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name[:50]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            with zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as package:
                for member, data in members.items():
                    # Pictures are compressed already; deflating them again only costs time.
                    kind = zipfile.ZIP_STORED if member.startswith("images/") else zipfile.ZIP_DEFLATED
                    package.writestr(member, data, compress_type=kind)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
