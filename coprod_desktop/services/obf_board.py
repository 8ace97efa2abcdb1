"""Checking an Open Board Format board and manifest: every field this app uses, by type. Qt-free.

Each check names the place of the first problem, through the caller's *fail* (which adds the file
and the part of it): fail("board.not_text", field="buttons[3].label"). What passes is returned as plain
dicts and a Board, with ids as text, so reading the buttons into cards (obf_read) need not check
types again.
"""

from dataclasses import dataclass
from typing import Any

from ..domain.text import NAME_MAX, clean_text
from .obf_package import Fail, entry_key, short, shown

OBF_FORMAT_PREFIX = "open-board-"
MAX_BUTTONS = 10_000  # in all the boards of a package together

_LICENCE_FIELDS = ("type", "copyright_notice_url", "source_url", "author_name", "author_url")


@dataclass
class Board:
    """One board, checked."""

    key: str  # where it came from: an entry of the package, or the file name
    id: str
    name: str
    buttons: list[dict]  # in the order the grid shows them, then any not in the grid
    images: dict[str, dict]
    sounds: int
    licence: dict | None


@dataclass(frozen=True)
class Manifest:
    """An .obz package's manifest.json, checked: entry names are package-relative or None."""

    root: str | None
    boards: dict[str, str | None]  # board id -> entry
    images: dict[str, str]  # image id -> entry, for images a board lists by id only


def check_manifest(data: object, fail: Fail) -> Manifest:
    """The manifest.json of a package, checked; *fail* is called with a code and the field."""
    if not isinstance(data, dict):
        fail("board.not_a_manifest")
    fmt = data.get("format")
    if fmt is not None and not (isinstance(fmt, str) and fmt.startswith(OBF_FORMAT_PREFIX)):
        fail("board.not_a_manifest")
    root = data.get("root")
    if root is None:
        fail("board.field_missing", field="root")
    if not isinstance(root, str):
        fail("board.not_text", field="root")
    paths = data.get("paths", {})
    if not isinstance(paths, dict):
        fail("board.not_object", field="paths")
    boards: dict[str, str | None] = {}
    images: dict[str, str] = {}
    for group in ("boards", "images"):
        entries = paths.get(group, {})
        if entries is None:
            continue
        if not isinstance(entries, dict):
            fail("board.not_object", field=f"paths.{group}")
        for item_id, value in entries.items():
            if not isinstance(value, str):
                fail("board.not_text", field=f"paths.{group}['{shown(item_id)}']")
            if group == "boards":
                boards[item_id] = entry_key(value)
            elif (key := entry_key(value)) is not None:
                images[item_id] = key
    return Manifest(entry_key(root), boards, images)


def check_board(data: object, key: str, *, fallback_name: str, buttons_left: int, fail: Fail) -> Board:
    """One board's JSON *data* from *key*, checked; *fail* is called with a code and the field.

    *buttons_left*: how many more buttons the package may hold (MAX_BUTTONS in all its boards).
    """
    if not isinstance(data, dict):
        fail("board.not_a_board")
    fmt = data.get("format")
    if not (isinstance(fmt, str) and fmt.startswith(OBF_FORMAT_PREFIX)):
        fail("board.not_a_board")
    board_id = data.get("id", key)
    if not _is_id(board_id):
        fail("board.not_text", field="id")
    name = data.get("name")
    if name is not None and not isinstance(name, str):
        fail("board.not_text", field="name")
    name = short(clean_text(name or ""), NAME_MAX) or short(clean_text(fallback_name), NAME_MAX) or "Board"

    buttons = data.get("buttons", [])
    if not isinstance(buttons, list):
        fail("board.not_list", field="buttons")
    if len(buttons) > buttons_left:
        fail("board.too_many_buttons", limit=MAX_BUTTONS)
    checked: dict[str, dict] = {}
    ordered: list[dict] = []
    for i, button in enumerate(buttons):
        button = _button(button, f"buttons[{i}]", fail)
        if button["id"] in checked:
            fail("board.id_twice", field=f"buttons[{i}].id", value=shown(button["id"]))
        checked[button["id"]] = button
        ordered.append(button)

    images: dict[str, dict] = {}
    raw_images = data.get("images", [])
    if raw_images is None:
        raw_images = []
    if not isinstance(raw_images, list):
        fail("board.not_list", field="images")
    for i, image in enumerate(raw_images):
        image = _image(image, f"images[{i}]", fail)
        images.setdefault(image["id"], image)

    sounds = data.get("sounds", [])
    if sounds is not None and not isinstance(sounds, list):
        fail("board.not_list", field="sounds")
    licence = _licence(data.get("license"), "license", fail)
    order = _grid_order(data.get("grid"), checked, ordered, fail)
    return Board(key, str(board_id), name, order, images, len(sounds or []), licence)


def manifest_image(image_id: str, key: str) -> dict:
    """An image a board names only by id, found at *key* through the manifest's paths.images."""
    return {
        "id": image_id,
        "path": key,
        "license": None,
        "data": None,
        "url": None,
        "content_type": None,
        "symbol": False,
    }


def _is_id(value: object) -> bool:
    return isinstance(value, str | int) and not isinstance(value, bool)


def _with_id(item: object, where: str, text_fields: tuple[str, ...], fail: Fail) -> tuple[dict, dict[str, Any]]:
    """A button or image: an object with an id, and *text_fields* that are text when present.

    Returns the object and the checked fields so far: its id as text, and each text field or None.
    """
    if not isinstance(item, dict):
        fail("board.not_object", field=where)
    item_id = item.get("id")
    if item_id is None:
        fail("board.field_missing", field=f"{where}.id")
    if not _is_id(item_id):
        fail("board.not_text", field=f"{where}.id")
    checked: dict[str, Any] = {"id": str(item_id)}
    for field in text_fields:
        value = item.get(field)
        if value is not None and not isinstance(value, str):
            fail("board.not_text", field=f"{where}.{field}")
        checked[field] = value
    return item, checked


def _button(value: object, where: str, fail: Fail) -> dict:
    button, checked = _with_id(value, where, ("label", "vocalization", "action"), fail)
    image_id = button.get("image_id")
    if image_id is not None and not _is_id(image_id):
        fail("board.not_text", field=f"{where}.image_id")
    checked["image_id"] = None if image_id is None else str(image_id)
    checked["sound"] = button.get("sound_id") is not None
    hidden = button.get("hidden", False)
    if hidden is not None and not isinstance(hidden, bool):
        fail("board.not_true_false", field=f"{where}.hidden")
    checked["hidden"] = bool(hidden)
    link = button.get("load_board")
    if link is not None:
        if not isinstance(link, dict):
            fail("board.not_object", field=f"{where}.load_board")
        for field in ("path", "url", "data_url", "id"):
            value = link.get(field)
            if value is not None and not isinstance(value, str | int):
                fail("board.not_text", field=f"{where}.load_board.{field}")
    checked["load_board"] = link
    return checked


def _image(value: object, where: str, fail: Fail) -> dict:
    image, checked = _with_id(value, where, ("data", "path", "url", "content_type"), fail)
    checked["symbol"] = image.get("symbol") is not None
    checked["license"] = _licence(image.get("license"), f"{where}.license", fail)
    return checked


def _grid_order(grid: object, buttons: dict[str, dict], ordered: list[dict], fail: Fail) -> list[dict]:
    """The buttons in reading order of the grid, then those the grid does not place."""
    if grid is None:
        return ordered
    if not isinstance(grid, dict):
        fail("board.not_object", field="grid")
    for field in ("rows", "columns"):
        value = grid.get(field)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            fail("board.not_whole_number", field=f"grid.{field}")
    order = grid.get("order", [])
    if order is None:
        order = []
    if not isinstance(order, list):
        fail("board.not_list", field="grid.order")
    placed: list[dict] = []
    seen: set[str] = set()
    for r, row in enumerate(order):
        if not isinstance(row, list):
            fail("board.not_list", field=f"grid.order[{r}]")
        for c, cell in enumerate(row):
            if cell is None:
                continue
            if not _is_id(cell):
                fail("board.not_button_id", field=f"grid.order[{r}][{c}]")
            button = buttons.get(str(cell))
            if button is not None and button["id"] not in seen:
                seen.add(button["id"])
                placed.append(button)
    return placed + [b for b in ordered if b["id"] not in seen]


def _licence(value: object, where: str, fail: Fail) -> dict | None:
    """An OBF license object with its text fields cleaned (see obf_licences.licence_text)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        fail("board.not_object", field=where)
    checked = {}
    for field in _LICENCE_FIELDS:
        item = value.get(field)
        if item is not None and not isinstance(item, str):
            fail("board.not_text", field=f"{where}.{field}")
        checked[field] = clean_text(item or "")
    return checked
