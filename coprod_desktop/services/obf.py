"""Open Board Format (.obf boards, .obz packages): AAC boards in and out as picture cards. Qt-free.

    read_board(path) -> ParsedBoards                 parse and check, prepare pictures; no database
    import_board(store, path, category=None) -> BoardImport     add the cards, all or nothing
    export_cards_obz(cards, path, name=, catalogue=, store=) -> Path
    export_meeting_cards(store, meeting_id, path, catalogue) -> Path

OBF is the exchange format of CoughDrop, Cboard and AsTeRICS Grid (openboardformat.org). Each
button with words becomes a card: with its picture and the picture's licence and author, or
with its words as its picture when it has none.

Decisions:
- A button with words and a usable picture becomes a picture card. A button with words and no
  picture at all becomes a word card: its picture is its words drawn large (services/
  word_card_picture.py), so boards made of words alone come in whole.
- A button that cannot become a card is left out and never dropped without a word: the import's
  summary counts the buttons left out by reason, and each has one plain line (BoardImport.skipped).
  Reasons: no words, hidden on the board, a control button (an "action" such as clear or
  backspace), too many words, or a picture that cannot be used: only on the internet (never
  fetched: the app makes no network calls), an SVG drawing or another type the app cannot use, a
  picture missing from the board or package. A button that opens another board is a word like
  any other ("feelings") and becomes a card.
- A picture's own licence object is kept as the card's licence and author text (obf_licences.
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
from .obf_licences import licence_object, licence_text
from .obf_read import LEFT_OUT_KINDS, LeftOut, ParsedBoards, ParsedCard, read_board
from .obf_write import export_cards_obz, export_meeting_cards

__all__ = [
    "BoardImport",
    "LeftOut",
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
    """What an import did: the cards added, and every button left out with its reason."""

    cards: list[Card]
    left_out: list[LeftOut]
    board_name: str
    already_here: int = 0  # buttons whose card was imported before
    notes: list[str] = field(default_factory=list)  # sounds ignored, links not followed
    word_cards: int = 0  # of the cards added, those whose picture is their words

    @property
    def skipped(self) -> list[str]:
        """One plain line per button left out: “label” (board): reason."""
        return [item.line() for item in self.left_out]

    def summary(self) -> str:
        """One plain line for the facilitator or the command line: what was added, what was left out and why."""
        added = len(self.cards)
        parts = [f"{added} picture card{'' if added == 1 else 's'} added from “{self.board_name}”"]
        if self.word_cards:
            n = self.word_cards
            parts[0] += f" ({n} {'is a word card' if n == 1 else 'are word cards'}: the words are the picture)"
        if self.already_here:
            parts.append(f"{self.already_here} already here")
        if self.left_out:
            left = len(self.left_out)
            counts: dict[str, int] = {}
            for item in self.left_out:
                counts[item.kind] = counts.get(item.kind, 0) + 1
            why = "; ".join(f"{n} {LEFT_OUT_KINDS[kind]}" for kind, n in counts.items())
            parts.append(f"{left} button{' was' if left == 1 else 's were'} left out: {why}")
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
    group = required_text(category, field="card.group", limit=NAME_MAX) if category is not None else None
    source = f"obf:{parsed.name}"[:SOURCE_MAX]
    added: list[Card] = []
    already = words = 0
    with store.transaction():
        for card in parsed.cards:
            if _already_here(store, card):
                already += 1
                continue
            words += card.word_card
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
    return BoardImport(added, list(parsed.left_out), parsed.name, already, list(parsed.notes), words)


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
