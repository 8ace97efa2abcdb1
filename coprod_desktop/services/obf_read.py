"""Reading Open Board Format files (.obf boards, .obz packages) into checked picture cards. Qt-free.

read_board(path) parses and checks everything and prepares every picture before anything touches a
database, so import_board() (services/obf.py) only has to write. The file is hostile until proved
otherwise:

- A package is read in memory, never extracted to disk. Every entry name is checked before any is
  read: absolute paths, drive letters, ".." components (with "/" or "\\" as the separator), NUL and
  control characters, symbolic links, encrypted entries, two entries with one name, and compression
  other than stored/deflate (bzip2 and lzma can inflate without limit in one call) refuse the
  package. The number of entries, the declared size of each entry and of all of them, and each
  entry's compression ratio are capped; the bytes actually inflated are counted while reading too,
  because declared sizes can lie.
- JSON is capped in size, absurd nesting and numbers are refused, and every field this module uses
  is checked for its type, naming the place: "board 'boards/a.obf': buttons[3].label is not text".
- Pictures are only taken from the file itself: inline data: URIs and paths inside the package.
  The app makes no network calls, so a picture that is only a URL is not fetched and its button is
  left out with a reason. Every picture goes through services.images.prepare_image, which refuses
  SVG and anything that is not a raster picture, and cleans and shrinks the rest.

A button the app cannot use as a card is left out and reported in one plain line; a package whose
manifest or a board it names is missing, or that breaks the rules above, is refused as a whole with
one plain line (ValidationError).
"""

import base64
import binascii
import hashlib
import io
import json
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from ..domain.errors import ValidationError
from ..domain.text import NAME_MAX, clean_text
from ..store.imported_cards import MAX_STORED_BYTES, MEDIA_TYPES
from .exchange_read import json_kind

# Limits. Real boards are far smaller: CoughDrop's largest sample package is 0.3 MB.
MAX_FILE_BYTES = 100 * 1024 * 1024  # the .obz or .obf file on disk
MAX_TOTAL_BYTES = 100 * 1024 * 1024  # everything inflated from one package
MAX_ENTRIES = 5_000
MAX_RATIO = 100  # inflated / compressed, per entry ...
RATIO_FLOOR = 1024 * 1024  # ... for entries bigger than this (small JSON can compress very well)
MAX_JSON_BYTES = 20 * 1024 * 1024  # one board or manifest; inline pictures make boards big
MAX_IMAGE_BYTES = 10 * 1024 * 1024  # one picture before it is cleaned
MAX_BOARDS = 1_000
MAX_BUTTONS = 10_000  # in all the boards of a package together
LICENCE_MAX = 200  # Card.licence and Card.author, as the store checks them

OBF_FORMAT_PREFIX = "open-board-"
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_DRIVE = re.compile(r"^[A-Za-z]:")
SVG_REASON = "the picture is an SVG drawing, a type CoProd Desktop cannot use"
_DATA_URI = re.compile(r"^data:([^,;]*)((?:;[^,;]*)*),", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedCard:
    """One button that can become a card, with its picture already prepared."""

    card_id: str  # stable per board id + button id, so a second import adds nothing
    label: str
    category: str  # the name of the board it is on
    synonyms: tuple[str, ...]
    image: Any  # services.images.PreparedImage: data, media_type, width, height
    licence: str
    author: str


@dataclass(frozen=True)
class ParsedBoards:
    """What a board or package holds, checked. No database was touched to make it."""

    name: str  # the (root) board's name
    file_name: str
    boards: tuple[str, ...]  # names of the boards read, root first
    cards: tuple[ParsedCard, ...]
    skipped: tuple[str, ...]  # one plain line per button left out
    notes: tuple[str, ...]  # things ignored that are not buttons: sounds, links to the internet


def read_board(path: Path) -> ParsedBoards:
    """Read and check the .obf board or .obz package at *path*; see the module docstring.

    Raises ValidationError with one plain line when the file is missing, unreadable or malformed.
    The kind of file is told from its content, not its name (a renamed .obz still opens).
    """
    path = Path(path)
    file_name = clean_text(path.name) or "the file"
    fail = _failer(f"Cannot import {file_name}")
    raw = _read_file(path, fail)
    if raw.startswith(_ZIP_MAGIC):
        return _Reader(file_name, fail, _Package(raw, fail)).read_package()
    if path.suffix.lower() == ".obz":
        fail("it is not an .obz package (an .obz file is a zip file)")
    return _Reader(file_name, fail, None).read_single(raw)


# ---- small helpers -------------------------------------------------------------------------------


def _failer(prefix: str) -> Callable[[str], NoReturn]:
    def fail(problem: str) -> NoReturn:
        raise ValidationError(f"{prefix}: {problem.rstrip('.')}.")

    return fail


def _shown(value: object, limit: int = 40) -> str:
    """A value quoted for a one-line message: cleaned and short, so it cannot flood or bend it."""
    text = clean_text(value) if isinstance(value, str) else str(value)
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"'{text}'"


def _read_file(path: Path, fail: Callable[[str], NoReturn]) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            fail("it is a folder, not a board file")
        if not stat.S_ISREG(info.st_mode):
            fail("it is not a file")
        if info.st_size > MAX_FILE_BYTES:
            fail("it is too big to be a board (over 100 MB)")
        with path.open("rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        fail("there is no such file")
    except OSError as exc:
        fail(f"it cannot be read ({exc.strerror or exc})")
    if len(raw) > MAX_FILE_BYTES:
        fail("it is too big to be a board (over 100 MB)")
    if not raw.strip():
        fail("it is empty")
    return raw


def _entry_key(name: str) -> str | None:
    """The package-relative name of *name* ("./a\\b.png" -> "a/b.png"), or None if it leaves the package."""
    if not name or "\x00" in name or any(ord(ch) < 32 for ch in name):
        return None
    text = name.replace("\\", "/")
    if text.startswith("/") or _DRIVE.match(text):
        return None
    parts = [p for p in text.split("/") if p not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


def _parse_json(raw: bytes, fail: Callable[[str], NoReturn]) -> object:
    if len(raw) > MAX_JSON_BYTES:
        fail("it is too big to be a board (over 20 MB of text)")
    if not raw.strip():
        fail("it is empty")
    try:
        text = raw.decode("utf-8-sig")  # some Windows editors put a byte-order mark first
    except UnicodeDecodeError:
        fail("it is not UTF-8 text, so it is not an Open Board Format board")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        fail(f"it is not valid JSON (line {exc.lineno}, column {exc.colno})")
    except RecursionError:
        # The JSON decoder stops at Python's recursion limit; a real board is 5 levels deep.
        fail("it is nested far too deeply to be a board")
    except ValueError:
        fail("it holds a number no board has")  # e.g. over 4300 digits


# ---- the package ---------------------------------------------------------------------------------


class _Package:
    """A zip package checked entry by entry, read in memory with limits."""

    def __init__(self, raw: bytes, fail: Callable[[str], NoReturn]) -> None:
        self.fail = fail
        self.inflated = 0
        # zipfile reads the whole central directory into memory before anything can be counted, so
        # its size and entry count are checked first, from the end-of-directory record.
        end = raw.rfind(b"PK\x05\x06", max(0, len(raw) - 65_557))
        if end >= 0 and len(raw) >= end + 22:
            count, directory_size = struct.unpack_from("<10xHL", raw, end)
            if count > MAX_ENTRIES or directory_size > MAX_ENTRIES * 512:
                fail(f"it holds too many files ({count}; the most is {MAX_ENTRIES})")
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(raw))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
            fail("it is not a readable .obz package (the zip file is damaged)")
        if len(infos) > MAX_ENTRIES:
            fail(f"it holds too many files ({len(infos)}; the most is {MAX_ENTRIES})")
        self.entries: dict[str, zipfile.ZipInfo] = {}
        declared = 0
        for info in infos:
            key = _entry_key(info.filename)
            if key is None:
                fail(f"it holds a file whose name leads outside the package ({_shown(info.filename)})")
            if stat.S_ISLNK(info.external_attr >> 16):
                fail(f"it holds a link to another place ({_shown(info.filename)})")
            if info.flag_bits & 0x1:
                fail(f"it holds a file locked with a password ({_shown(info.filename)})")
            if info.is_dir():
                continue
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                fail(f"it holds a file packed in a way .obz packages do not use ({_shown(info.filename)})")
            if key in self.entries:
                fail(f"it holds two files named {_shown(key)}")
            self._check_size(info, info.file_size)
            declared += info.file_size
            if declared > MAX_TOTAL_BYTES:
                fail("it unpacks to more than 100 MB, too big for a board package")
            self.entries[key] = info

    def _check_size(self, info: zipfile.ZipInfo, size: int) -> None:
        if size > RATIO_FLOOR and size > max(info.compress_size, 1) * MAX_RATIO:
            self.fail(f"the file {_shown(info.filename)} unpacks to far more than it holds (a zip bomb)")

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    def read(self, key: str, limit: int, what: str) -> bytes:
        """The bytes of entry *key*, counting what is actually inflated against every limit."""
        info = self.entries[key]
        if info.file_size > limit:
            self.fail(f"the file {_shown(key)} is too big for {what}")
        chunks, size = [], 0
        try:
            with self.zip.open(info) as f:
                while chunk := f.read(64 * 1024):
                    size += len(chunk)
                    self.inflated += len(chunk)
                    if size > info.file_size or size > limit:
                        self.fail(f"the file {_shown(key)} holds more than the package says")
                    if self.inflated > MAX_TOTAL_BYTES:
                        self.fail("it unpacks to more than 100 MB, too big for a board package")
                    self._check_size(info, size)
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError):
            self.fail(f"the file {_shown(key)} in the package is damaged")
        return b"".join(chunks)


# ---- boards --------------------------------------------------------------------------------------


@dataclass
class _Board:
    key: str  # where it came from: an entry of the package, or the file name
    id: str
    name: str
    buttons: list[dict]  # in the order the grid shows them, then any not in the grid
    images: dict[str, dict]
    sounds: int
    licence: dict | None


class _Reader:
    def __init__(self, file_name: str, fail: Callable[[str], NoReturn], package: _Package | None) -> None:
        self.file_name = file_name
        self.fail = fail
        self.package = package
        self.manifest_images: dict[str, str] = {}
        self.cards: list[ParsedCard] = []
        self.skipped: list[str] = []
        self.notes: list[str] = []
        self.button_count = 0
        self.sounds = 0
        self.remote_links = 0
        self.unfollowed_links = 0
        self._prepared: dict[str, Any] = {}  # sha256 of the raw picture -> PreparedImage or reason

    # ---- entry points ---------------------------------------------------------------------------

    def read_single(self, raw: bytes) -> ParsedBoards:
        board = self.board(_parse_json(raw, self.fail), self.file_name, fallback_name=Path(self.file_name).stem)
        self.cards_of(board)
        return self.result([board])

    def read_package(self) -> ParsedBoards:
        package = self.package
        assert package is not None
        if "manifest.json" not in package:
            self.fail("it has no manifest.json, so it is not an .obz package")
        manifest_fail = _failer(f"Cannot import {self.file_name}: manifest.json")
        manifest = _parse_json(package.read("manifest.json", MAX_JSON_BYTES, "a manifest"), manifest_fail)
        root, board_paths = self.manifest(manifest)
        if root is None or root not in package:
            self.fail(f"the main board named in manifest.json ({_shown(manifest.get('root'))}) is not in the package")
        for board_id, key in board_paths.items():
            if key is None or key not in package:
                self.fail(f"the board {_shown(board_id)} named in manifest.json is not in the package")

        # The root first, then the boards it links to (breadth first, each once: links may form
        # cycles), then any other board the manifest lists.
        boards: list[_Board] = []
        done: set[str] = set()
        queue, pending = [root], [k for k in board_paths.values() if k is not None]
        while queue or pending:
            key = queue.pop(0) if queue else pending.pop(0)
            if key in done:
                continue
            done.add(key)
            if len(boards) >= MAX_BOARDS:
                self.fail(f"it holds more than {MAX_BOARDS} boards")
            board_fail = _failer(f"Cannot import {self.file_name}: board {_shown(key)}")
            data = _parse_json(package.read(key, MAX_JSON_BYTES, "a board"), board_fail)
            board = self.board(data, key, fallback_name=Path(key).stem)
            boards.append(board)
            queue += [link for link in self.links(board) if link not in done]
        for board in boards:
            self.cards_of(board)
        return self.result(boards)

    def result(self, boards: list[_Board]) -> ParsedBoards:
        if self.sounds:
            self.notes.append(f"Sounds are not used in CoProd Desktop: {self.sounds} left out.")
        if self.remote_links:
            links = "1 link to a board" if self.remote_links == 1 else f"{self.remote_links} links to boards"
            were = "was" if self.remote_links == 1 else "were"
            self.notes.append(f"{links} on the internet {were} not followed (CoProd Desktop makes no network calls).")
        if self.unfollowed_links:
            n = self.unfollowed_links
            self.notes.append(
                "1 link to another board was not followed: that board is not in this file."
                if n == 1
                else f"{n} links to other boards were not followed: those boards are not in this file."
            )
        return ParsedBoards(
            name=boards[0].name,
            file_name=self.file_name,
            boards=tuple(b.name for b in boards),
            cards=tuple(self.cards),
            skipped=tuple(self.skipped),
            notes=tuple(self.notes),
        )

    # ---- manifest -------------------------------------------------------------------------------

    def manifest(self, data: object) -> tuple[str | None, dict[str, str | None]]:
        def fail(problem: str) -> NoReturn:
            self.fail(f"manifest.json: {problem}")

        if not isinstance(data, dict):
            fail(f"it holds {json_kind(data)}, not a JSON object")
        fmt = data.get("format")
        if fmt is not None and not (isinstance(fmt, str) and fmt.startswith(OBF_FORMAT_PREFIX)):
            fail(f"it is not an Open Board Format manifest (format {_shown(fmt)})")
        root = data.get("root")
        if not isinstance(root, str):
            fail("root is missing or not text")
        paths = data.get("paths", {})
        if not isinstance(paths, dict):
            fail(f"paths is {json_kind(paths)}, not an object")
        boards: dict[str, str | None] = {}
        for group in ("boards", "images"):
            entries = paths.get(group, {})
            if entries is None:
                continue
            if not isinstance(entries, dict):
                fail(f"paths.{group} is {json_kind(entries)}, not an object")
            for item_id, value in entries.items():
                if not isinstance(value, str):
                    fail(f"paths.{group} {_shown(item_id)} is {json_kind(value)}, not text")
                if group == "boards":
                    boards[item_id] = _entry_key(value)
                else:
                    key = _entry_key(value)
                    if key is not None:
                        self.manifest_images[item_id] = key
        return _entry_key(root), boards

    # ---- one board ------------------------------------------------------------------------------

    def board(self, data: object, key: str, *, fallback_name: str) -> _Board:
        where = f"board {_shown(key)}"

        def fail(problem: str) -> NoReturn:
            self.fail(f"{where}: {problem}")

        if not isinstance(data, dict):
            fail(f"it holds {json_kind(data)}, not a JSON object, so it is not an Open Board Format board")
        fmt = data.get("format")
        if not (isinstance(fmt, str) and fmt.startswith(OBF_FORMAT_PREFIX)):
            fail(f"it is not an Open Board Format board (format {_shown(fmt) if fmt is not None else 'missing'})")
        board_id = data.get("id", key)
        if not isinstance(board_id, str | int) or isinstance(board_id, bool):
            fail(f"id is {json_kind(board_id)}, not text")
        name = data.get("name")
        if name is not None and not isinstance(name, str):
            fail(f"name is {json_kind(name)}, not text")
        name = _short(clean_text(name or ""), NAME_MAX) or _short(clean_text(fallback_name), NAME_MAX) or "Board"

        buttons = data.get("buttons", [])
        if not isinstance(buttons, list):
            fail(f"buttons is {json_kind(buttons)}, not a list")
        self.button_count += len(buttons)
        if self.button_count > MAX_BUTTONS:
            fail(f"there are more than {MAX_BUTTONS} buttons")
        checked: dict[str, dict] = {}
        ordered: list[dict] = []
        for i, button in enumerate(buttons):
            button = self.button(button, f"buttons[{i}]", fail)
            if button["id"] in checked:
                fail(f"buttons[{i}].id {_shown(button['id'])} is used by two buttons")
            checked[button["id"]] = button
            ordered.append(button)

        images: dict[str, dict] = {}
        raw_images = data.get("images", [])
        if raw_images is None:
            raw_images = []
        if not isinstance(raw_images, list):
            fail(f"images is {json_kind(raw_images)}, not a list")
        for i, image in enumerate(raw_images):
            image = self.image(image, f"images[{i}]", fail)
            images.setdefault(image["id"], image)

        sounds = data.get("sounds", [])
        if sounds is not None and not isinstance(sounds, list):
            fail(f"sounds is {json_kind(sounds)}, not a list")
        licence = _licence(data.get("license"), "license", fail)
        order = self.grid_order(data.get("grid"), checked, ordered, fail)
        return _Board(key, str(board_id), name, order, images, len(sounds or []), licence)

    def button(self, button: object, where: str, fail: Callable[[str], NoReturn]) -> dict:
        if not isinstance(button, dict):
            fail(f"{where} is {json_kind(button)}, not an object")
        button_id = button.get("id")
        if not isinstance(button_id, str | int) or isinstance(button_id, bool):
            fail(f"{where}.id is {'missing' if button_id is None else json_kind(button_id)}, not text")
        checked: dict[str, Any] = {"id": str(button_id)}
        for field in ("label", "vocalization", "action"):
            value = button.get(field)
            if value is not None and not isinstance(value, str):
                fail(f"{where}.{field} is {json_kind(value)}, not text")
            checked[field] = value
        image_id = button.get("image_id")
        if image_id is not None and (not isinstance(image_id, str | int) or isinstance(image_id, bool)):
            fail(f"{where}.image_id is {json_kind(image_id)}, not text")
        checked["image_id"] = None if image_id is None else str(image_id)
        checked["sound"] = button.get("sound_id") is not None
        hidden = button.get("hidden", False)
        if hidden is not None and not isinstance(hidden, bool):
            fail(f"{where}.hidden is {json_kind(hidden)}, not true/false")
        checked["hidden"] = bool(hidden)
        link = button.get("load_board")
        if link is not None:
            if not isinstance(link, dict):
                fail(f"{where}.load_board is {json_kind(link)}, not an object")
            for field in ("path", "url", "data_url", "id"):
                value = link.get(field)
                if value is not None and not isinstance(value, str | int):
                    fail(f"{where}.load_board.{field} is {json_kind(value)}, not text")
        checked["load_board"] = link
        return checked

    def image(self, image: object, where: str, fail: Callable[[str], NoReturn]) -> dict:
        if not isinstance(image, dict):
            fail(f"{where} is {json_kind(image)}, not an object")
        image_id = image.get("id")
        if not isinstance(image_id, str | int) or isinstance(image_id, bool):
            fail(f"{where}.id is {'missing' if image_id is None else json_kind(image_id)}, not text")
        checked: dict[str, Any] = {"id": str(image_id)}
        for field in ("data", "path", "url", "content_type"):
            value = image.get(field)
            if value is not None and not isinstance(value, str):
                fail(f"{where}.{field} is {json_kind(value)}, not text")
            checked[field] = value
        checked["symbol"] = image.get("symbol") is not None
        checked["license"] = _licence(image.get("license"), f"{where}.license", fail)
        return checked

    def grid_order(
        self, grid: object, buttons: dict[str, dict], ordered: list[dict], fail: Callable[[str], NoReturn]
    ) -> list[dict]:
        """The buttons in reading order of the grid, then those the grid does not place."""
        if grid is None:
            return ordered
        if not isinstance(grid, dict):
            fail(f"grid is {json_kind(grid)}, not an object")
        for field in ("rows", "columns"):
            value = grid.get(field)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
                fail(f"grid.{field} is not a whole number")
        order = grid.get("order", [])
        if order is None:
            order = []
        if not isinstance(order, list):
            fail(f"grid.order is {json_kind(order)}, not a list")
        placed: list[dict] = []
        seen: set[str] = set()
        for r, row in enumerate(order):
            if not isinstance(row, list):
                fail(f"grid.order[{r}] is {json_kind(row)}, not a list")
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                if not isinstance(cell, str | int) or isinstance(cell, bool):
                    fail(f"grid.order[{r}][{c}] is {json_kind(cell)}, not a button id")
                button = buttons.get(str(cell))
                if button is not None and button["id"] not in seen:
                    seen.add(button["id"])
                    placed.append(button)
        return placed + [b for b in ordered if b["id"] not in seen]

    def links(self, board: _Board) -> list[str]:
        """Package entries of the boards *board* links to; links elsewhere are counted for a note."""
        found = []
        for button in board.buttons:
            link = button["load_board"]
            if not link:
                continue
            path = link.get("path")
            key = _entry_key(path) if isinstance(path, str) else None
            if key is not None and self.package is not None and key in self.package:
                found.append(key)
            elif link.get("url") or link.get("data_url"):
                self.remote_links += 1
            else:
                self.unfollowed_links += 1
        return found

    # ---- buttons to cards -----------------------------------------------------------------------

    def cards_of(self, board: _Board) -> None:
        self.sounds += board.sounds
        if self.package is None:
            self.links(board)  # only counted: a single board holds no other boards
        for button in board.buttons:
            self.card(board, button)

    def skip(self, board: _Board, label: str, reason: str) -> None:
        self.skipped.append(f"“{_short(label, 40)}” ({board.name}): {reason}.")

    def card(self, board: _Board, button: dict) -> None:
        label = clean_text(button["label"] or "")
        spoken = clean_text(button["vocalization"] or "")
        if not label:
            label = spoken
        if not label:
            self.skipped.append(f"A button with no words ({board.name}, button {_shown(button['id'])}).")
            return
        if button["hidden"]:
            return self.skip(board, label, "hidden on the board")
        if button["action"]:
            return self.skip(board, label, "a control button, not a word")
        if len(label) > NAME_MAX:
            return self.skip(board, label, f"too many words for a card (the most is {NAME_MAX} letters)")
        if button["image_id"] is None:
            return self.skip(board, label, "no picture")
        image = board.images.get(button["image_id"])
        if image is None and button["image_id"] in self.manifest_images:
            image = {"id": button["image_id"], "path": self.manifest_images[button["image_id"]], "license": None}
            image.update(data=None, url=None, content_type=None, symbol=False)
        if image is None:
            return self.skip(board, label, "the picture is missing from the board")
        prepared = self.picture(image)
        if isinstance(prepared, str):
            return self.skip(board, label, prepared)
        synonyms = (spoken,) if spoken and spoken != label and len(spoken) <= NAME_MAX else ()
        licence, author = licence_text(image["license"] or board.licence)
        digest = hashlib.sha256(f"{board.id}\x00{button['id']}".encode()).hexdigest()
        self.cards.append(ParsedCard(f"obf-{digest[:16]}", label, board.name, synonyms, prepared, licence, author))

    def picture(self, image: dict) -> Any:
        """The prepared picture of *image*, or a plain reason why there is none."""
        raw: bytes | None = None
        if image["data"]:
            media_type, raw = _data_uri(image["data"])
            if "svg" in media_type:
                return SVG_REASON
            if raw is None:
                return "the picture inside the board cannot be read"
        elif image["path"]:
            key = _entry_key(image["path"])
            if self.package is None:
                return "the picture is in a separate file that is not part of this board"
            if key is None or key not in self.package:
                return f"the picture file {_shown(image['path'])} is missing from the package"
            raw = self.package.read(key, MAX_IMAGE_BYTES, "a picture")
        elif image["url"]:
            return "the picture is on the internet and was not fetched"
        elif image["symbol"]:
            return "the picture is from a symbol set that is not in the file"
        else:
            return "the picture is missing from the board"
        if len(raw) > MAX_IMAGE_BYTES:
            return "the picture is too big (over 10 MB)"
        digest = hashlib.sha256(raw).hexdigest()
        if digest not in self._prepared:
            self._prepared[digest] = _prepare(raw, image["content_type"])
        return self._prepared[digest]


def _prepare(raw: bytes, content_type: str | None) -> Any:
    from .images import prepare_image  # another module; imported here so this one loads without it

    head = raw[:256].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if "svg" in (content_type or "").lower() or head.startswith((b"<svg", b"<?xml", b"<!doctype svg")):
        return SVG_REASON
    try:
        prepared = prepare_image(raw, purpose="card")
    except ValidationError as exc:
        return f"the picture cannot be used: {_first_sentence(str(exc))}"
    if prepared.media_type not in MEDIA_TYPES or len(prepared.data) > MAX_STORED_BYTES:
        return "the picture cannot be used: it could not be made small enough"
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


# ---- licences ------------------------------------------------------------------------------------

_LICENCE_FIELDS = ("type", "copyright_notice_url", "source_url", "author_name", "author_url")


def _licence(value: object, where: str, fail: Callable[[str], NoReturn]) -> dict | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        fail(f"{where} is {json_kind(value)}, not an object")
    checked = {}
    for field in _LICENCE_FIELDS:
        item = value.get(field)
        if item is not None and not isinstance(item, str):
            fail(f"{where}.{field} is {json_kind(item)}, not text")
        checked[field] = clean_text(item or "")
    return checked


def licence_text(licence: dict | None) -> tuple[str, str]:
    """An OBF license object as the card's licence and author text, each at most 200 characters.

    licence: "CC BY-SA (http://…/by-sa/2.0/uk), from https://source" ; author: "Name (https://…)".
    What does not fit is dropped from the end: the source first, then the link to the licence.
    services/obf_write.py reads these back into a license object when the card is exported.
    """
    if not licence:
        return "", ""
    kind, notice, source = licence["type"], licence["copyright_notice_url"], licence["source_url"]
    licence_options = [
        _join(kind, notice) + (f", from {source}" if source else ""),
        _join(kind, notice),
        kind or notice,
    ]
    name, url = licence["author_name"], licence["author_url"]
    author_options = [_join(name, url), name or url]
    return _first_fitting(licence_options), _first_fitting(author_options)


def _join(text: str, url: str) -> str:
    if text and url:
        return f"{text} ({url})"
    return text or url


def _first_fitting(options: list[str]) -> str:
    for option in options:
        if len(option) <= LICENCE_MAX:
            return option
    return _short(options[-1], LICENCE_MAX)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
