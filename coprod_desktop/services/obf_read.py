"""Reading Open Board Format files (.obf boards, .obz packages) into checked cards. Qt-free.

read_board(path) parses and checks everything and prepares every picture before anything touches a
database, so store_board() (services/obf.py) only has to write. The work is split by job:

- obf_package: the file, the zip package and the JSON, read safely (limits, hostile names, bombs);
- obf_board: each board and the manifest checked field by field, naming the place of a problem;
- obf_pictures and obf_licences: the pictures found in the file and prepared, and their licences;
- here: walking the boards of a package, and turning each button into a card or a reason.

A button with words and a usable picture becomes a picture card. A button with words and no
picture at all becomes a word card: its picture is its words, drawn large (word_card_picture). A
button the app cannot use (no words, hidden, a control button, a picture that cannot be used) is
left out, and each is reported (LeftOut), so an import never drops a button without a word. A
package whose manifest or a board it names is missing, or that breaks the rules of obf_package or
obf_board, is refused as a whole: a ValidationError with a "board." code, the file's name, and the
part of the file and the field where the problem is.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.text import NAME_MAX, clean_text
from .obf_board import MAX_BUTTONS, Board, check_board, check_manifest, manifest_image
from .obf_licences import licence_text
from .obf_package import (
    MAX_JSON_BYTES,
    ZIP_MAGIC,
    Fail,
    Package,
    entry_key,
    failer,
    parse_json,
    read_file,
    short,
    shown,
)
from .obf_pictures import BoardPictures, Unusable

if TYPE_CHECKING:
    from .images import PreparedImage

MAX_BOARDS = 1_000

# Why buttons are left out, in the order the import's report counts them. Each kind is said by the
# code "board.left_out_<kind>" (domain/messages.py): "Left out because they are hidden on the board: 2."
LEFT_OUT_KINDS = ("no_words", "hidden", "control", "too_long", "online", "svg", "missing", "unusable")


@dataclass(frozen=True)
class ParsedCard:
    """One button that can become a card, with its picture already prepared."""

    card_id: str  # stable per board id + button id, so a second import adds nothing
    label: str
    category: str  # the name of the board it is on
    synonyms: tuple[str, ...]
    image: "PreparedImage"  # data, media_type, width, height
    licence: str
    author: str
    word_card: bool = False  # the button had no picture: the picture is its words, drawn


@dataclass(frozen=True)
class LeftOut:
    """A button that did not become a card, and why."""

    board: str  # the name of the board it is on
    label: str  # its words ("" when it has none)
    button_id: str
    kind: str  # one of LEFT_OUT_KINDS: what the person is told, counted with others of its kind
    reason: str  # English detail for a log or a test ("the picture file 'x.png' is missing"), never shown

    def line(self) -> str:
        """One English line for a log or a test: “label” (board): reason."""
        if not self.label:
            return f"A button with no words ({self.board}, button '{short(self.button_id, 40)}')."
        return f"“{short(self.label, 40)}” ({self.board}): {self.reason}."


@dataclass(frozen=True)
class ParsedBoards:
    """What a board or package holds, checked. No database was touched to make it."""

    name: str  # the (root) board's name
    file_name: str
    boards: tuple[str, ...]  # names of the boards read, root first
    cards: tuple[ParsedCard, ...]
    left_out: tuple[LeftOut, ...]  # every button that did not become a card
    # Things ignored that are not buttons, counted for the import's report.
    sounds: int = 0  # sounds (the app does not use them)
    links_online: int = 0  # links to boards on the internet (never followed: no network calls)
    links_not_here: int = 0  # links to boards that are not in the file

    @property
    def skipped(self) -> tuple[str, ...]:
        """One English line per button left out, for a log or a test (a person is told the counts)."""
        return tuple(item.line() for item in self.left_out)


def read_board(path: Path) -> ParsedBoards:
    """Read and check the .obf board or .obz package at *path*; see the module docstring.

    Raises ValidationError (a "board." code; params: the file, and the part and field of it where
    the problem is) when the file is missing, unreadable or malformed.
    The kind of file is told from its content, not its name (a renamed .obz still opens).
    """
    path = Path(path)
    file_name = clean_text(path.name) or "the file"
    fail = failer(file_name)
    raw = read_file(path, fail)
    if raw.startswith(ZIP_MAGIC):
        return _Reader(file_name, fail, Package(raw, fail)).read_package()
    if path.suffix.lower() == ".obz":
        fail("board.not_zip")
    return _Reader(file_name, fail, None).read_single(raw)


class _Reader:
    def __init__(self, file_name: str, fail: Fail, package: Package | None) -> None:
        self.file_name = file_name
        self.fail = fail
        self.package = package
        self.pictures = BoardPictures(package)
        self.manifest_images: dict[str, str] = {}
        self.cards: list[ParsedCard] = []
        self.left_out: list[LeftOut] = []
        self.button_count = 0
        self.sounds = 0
        self.remote_links = 0
        self.unfollowed_links = 0

    # ---- the boards of a file ---------------------------------------------------------------------

    def read_single(self, raw: bytes) -> ParsedBoards:
        board = self.board(raw, self.file_name, fallback_name=Path(self.file_name).stem)
        self.cards_of(board)
        return self.result([board])

    def read_package(self) -> ParsedBoards:
        package = self.package
        assert package is not None
        if "manifest.json" not in package:
            self.fail("board.no_manifest")
        manifest_fail = failer(self.file_name, part="manifest.json")
        data = parse_json(package.read("manifest.json", MAX_JSON_BYTES), manifest_fail)
        manifest = check_manifest(data, manifest_fail)
        self.manifest_images = manifest.images
        root = manifest.root
        if root is None or root not in package:
            self.fail("board.root_missing", entry=shown(data.get("root")))
        for board_id, key in manifest.boards.items():
            if key is None or key not in package:
                self.fail("board.listed_missing", board=shown(board_id))

        # The root first, then the boards it links to (breadth first, each once: links may form
        # cycles), then any other board the manifest lists.
        boards: list[Board] = []
        done: set[str] = set()
        queue, pending = [root], [k for k in manifest.boards.values() if k is not None]
        while queue or pending:
            key = queue.pop(0) if queue else pending.pop(0)
            if key in done:
                continue
            done.add(key)
            if len(boards) >= MAX_BOARDS:
                self.fail("board.too_many_boards", limit=MAX_BOARDS)
            board = self.board(package.read(key, MAX_JSON_BYTES), key)
            boards.append(board)
            queue += [link for link in self.links(board) if link not in done]
        for board in boards:
            self.cards_of(board)
        return self.result(boards)

    def board(self, raw: bytes, key: str, *, fallback_name: str | None = None) -> Board:
        """The board in *raw*, from *key* (its entry in the package, or the file's name), checked."""
        fail = failer(self.file_name, part=shown(key))
        board = check_board(
            parse_json(raw, fail),
            key,
            fallback_name=fallback_name or Path(key).stem,
            buttons_left=MAX_BUTTONS - self.button_count,
            fail=fail,
        )
        self.button_count += len(board.buttons)
        return board

    def links(self, board: Board) -> list[str]:
        """Package entries of the boards *board* links to; links elsewhere are counted for a note."""
        found = []
        for button in board.buttons:
            link = button["load_board"]
            if not link:
                continue
            path = link.get("path")
            key = entry_key(path) if isinstance(path, str) else None
            if key is not None and self.package is not None and key in self.package:
                found.append(key)
            elif link.get("url") or link.get("data_url"):
                self.remote_links += 1
            else:
                self.unfollowed_links += 1
        return found

    def result(self, boards: list[Board]) -> ParsedBoards:
        return ParsedBoards(
            name=boards[0].name,
            file_name=self.file_name,
            boards=tuple(b.name for b in boards),
            cards=tuple(self.cards),
            left_out=tuple(self.left_out),
            sounds=self.sounds,
            links_online=self.remote_links,
            links_not_here=self.unfollowed_links,
        )

    # ---- buttons to cards -------------------------------------------------------------------------

    def cards_of(self, board: Board) -> None:
        self.sounds += board.sounds
        if self.package is None:
            self.links(board)  # only counted: a single board holds no other boards
        for button in board.buttons:
            self.card(board, button)

    def card(self, board: Board, button: dict) -> None:
        label = clean_text(button["label"] or "")
        spoken = clean_text(button["vocalization"] or "")
        if not label:
            label = spoken

        def leave_out(kind: str, reason: str) -> None:
            self.left_out.append(LeftOut(board.name, label, button["id"], kind, reason))

        if not label:
            return leave_out("no_words", "no words")
        if button["hidden"]:
            return leave_out("hidden", "hidden on the board")
        if button["action"]:
            return leave_out("control", "a control button, not a word")
        if len(label) > NAME_MAX:
            return leave_out("too_long", f"too many words for a card (the most is {NAME_MAX} letters)")
        word_card = button["image_id"] is None
        if word_card:
            from .word_card_picture import word_card_picture  # Pillow: loaded when first needed

            picture, licence, author = word_card_picture(label), "", ""
        else:
            image = board.images.get(button["image_id"])
            if image is None and button["image_id"] in self.manifest_images:
                image = manifest_image(button["image_id"], self.manifest_images[button["image_id"]])
            if image is None:
                return leave_out("missing", "the picture is missing from the board")
            picture = self.pictures.prepare(image)
            if isinstance(picture, Unusable):
                return leave_out(picture.kind, picture.reason)
            licence, author = licence_text(image["license"] or board.licence)
        synonyms = (spoken,) if spoken and spoken != label and len(spoken) <= NAME_MAX else ()
        digest = hashlib.sha256(f"{board.id}\x00{button['id']}".encode()).hexdigest()
        card_id = f"obf-{digest[:16]}"
        self.cards.append(ParsedCard(card_id, label, board.name, synonyms, picture, licence, author, word_card))
