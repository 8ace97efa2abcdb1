"""Open Board Format (.obf boards, .obz packages): AAC boards in and out as picture cards. Qt-free.

    read_board(path) -> ParsedBoards                 parse and check, prepare pictures; no database
    import_board(store, path, category=None) -> BoardImport     add the cards, all or nothing
    export_cards_obz(cards, path, name=, catalogue=, store=) -> Path
    export_meeting_cards(store, meeting_id, path, catalogue) -> Path

OBF is the exchange format of CoughDrop, Cboard and AsTeRICS Grid (openboardformat.org). Each
button with words and a usable picture becomes a card, keeping its picture's licence and author.

Decisions:
- Every card in this app has a picture, so a button without a usable one is left out, never
  imported bare, and the reason is reported in one plain line: no picture, a picture only on the
  internet (never fetched: the app makes no network calls), an SVG drawing or another type the app
  cannot use, a picture missing from the board or package.
- Control buttons (an "action" such as clear or backspace) and hidden buttons are left out too. A
  button that opens another board is a word like any other ("feelings") and becomes a card.
- A picture's own licence object is kept as the card's licence and author text (obf_read.
  licence_text); a picture without one takes its board's licence, if the board has one.
- In an .obz package, every board is read: the root, the boards it links to (inside the package
  only, each once, so cycles end) and any other board the manifest lists. Each board's cards go in
  a group named after the board unless a group is given. Sounds are ignored, with a note.
- Card ids are "obf-" + the first 16 hex digits of sha256(board id, button id), so importing the
  same board twice adds nothing. A card whose exact picture and words are already here is not added
  again either.
"""

from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import NotFound
from ..domain.models import Card
from ..domain.text import NAME_MAX, required_text
from ..store import Store
from .obf_read import ParsedBoards, ParsedCard, licence_text, read_board
from .obf_write import export_cards_obz, export_meeting_cards, licence_object

__all__ = [
    "BoardImport",
    "ParsedBoards",
    "ParsedCard",
    "export_cards_obz",
    "export_meeting_cards",
    "import_board",
    "licence_object",
    "licence_text",
    "read_board",
    "store_board",
]

SOURCE_MAX = 200


@dataclass(frozen=True)
class BoardImport:
    """What an import did: the cards added, and one plain line per button left out."""

    cards: list[Card]
    skipped: list[str]
    board_name: str
    already_here: int = 0  # buttons whose card was imported before
    notes: list[str] = field(default_factory=list)  # sounds ignored, links not followed

    def summary(self) -> str:
        """One plain line for the facilitator or the command line."""
        added = len(self.cards)
        parts = [f"{added} picture card{'' if added == 1 else 's'} added from “{self.board_name}”"]
        if self.already_here:
            parts.append(f"{self.already_here} already here")
        if self.skipped:
            left = len(self.skipped)
            parts.append(f"{left} button{' was' if left == 1 else 's were'} left out")
        return "; ".join(parts) + "."


def import_board(store: Store, path: Path, *, category: str | None = None) -> BoardImport:
    """Import the .obf board or .obz package at *path* as cards, all or nothing, in one transaction.

    Everything is read and checked first (read_board), so a malformed file raises ValidationError
    with one plain line and leaves the database unchanged. *category*, if given, is the group for
    every card; otherwise each card goes in a group named after its board.
    """
    return store_board(store, read_board(path), category=category)


def store_board(store: Store, parsed: ParsedBoards, *, category: str | None = None) -> BoardImport:
    """Store boards already read and checked by read_board, all or nothing.

    The app reads the file off the GUI thread (read_board touches no database) and calls this on
    the store's own thread.
    """
    group = required_text(category, what="card group", limit=NAME_MAX) if category is not None else None
    source = f"obf:{parsed.name}"[:SOURCE_MAX]
    added: list[Card] = []
    already = 0
    with store.transaction():
        for card in parsed.cards:
            if _already_here(store, card):
                already += 1
                continue
            added.append(
                store.imported_cards.add(
                    label=card.label,
                    category=group or card.category,
                    image=card.image.data,
                    media_type=card.image.media_type,
                    width=card.image.width,
                    height=card.image.height,
                    licence=card.licence,
                    author=card.author,
                    source=source,
                    synonyms=card.synonyms,
                    card_id=card.card_id,
                )
            )
    return BoardImport(added, list(parsed.skipped), parsed.name, already, list(parsed.notes))


def _already_here(store: Store, card: ParsedCard) -> bool:
    try:
        store.cards.get(card.card_id)
        return True
    except NotFound:
        pass
    same_picture = store.imported_cards.with_picture(card.image.data)
    if same_picture is None:
        return False
    return store.cards.get(same_picture).label == card.label
