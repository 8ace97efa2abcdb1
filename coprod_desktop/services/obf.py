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
  report (BoardImport.report: codes and counts, said in the person's language by
  app.messages.sentences) counts the buttons left out by reason. Each also has an English line
  for a log (BoardImport.skipped).
  Reasons: no words, hidden on the board, a control button (an "action" such as clear or
  backspace), too many words, or a picture that cannot be used: only on the internet (never
  fetched: the app makes no network calls), an SVG drawing or another type the app cannot use, a
  picture missing from the board or package. A button that opens another board is a word like
  any other ("feelings") and becomes a card.
- A picture's own licence object is kept as the card's licence and author text (obf_licences.
  licence_text); a picture without one takes its board's licence, if the board has one.
- In an .obz package, every board is read: the root, the boards it links to (inside the package
  only, each once, so cycles end) and any other board the manifest lists. Each board's cards go in
  a group named after the board unless a group is given. Sounds are ignored, and counted in the report.
- Card ids are "obf-" + the first 16 hex digits of sha256(board id, button id), so importing the
  same board twice adds nothing. A card whose exact picture and words are already here is not added
  again either.
"""

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import NotFound
from ..domain.messages import Report
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
    word_cards: int = 0  # of the cards added, those whose picture is their words
    sounds: int = 0  # sounds ignored
    links_online: int = 0  # links to boards on the internet, not followed
    links_not_here: int = 0  # links to boards not in the file, not followed

    @property
    def skipped(self) -> list[str]:
        """One English line per button left out, for a log or a test: “label” (board): reason."""
        return [item.line() for item in self.left_out]

    def report(self) -> Report:
        """What was added, what was left out and why, as (code, params) sentences for
        app.messages.sentences(): the facilitator's status line and the command line say it in
        the person's language. Numbers stand after a colon, so no sentence agrees with them."""
        report: Report = [("board.cards_added", {"board_name": self.board_name, "count": len(self.cards)})]
        if self.word_cards:
            report.append(("board.word_cards_added", {"count": self.word_cards}))
        if self.already_here:
            report.append(("board.already_here", {"count": self.already_here}))
        if self.left_out:
            report.append(("board.left_out", {"count": len(self.left_out)}))
            counts = Counter(item.kind for item in self.left_out)
            report += [(f"board.left_out_{kind}", {"count": counts[kind]}) for kind in LEFT_OUT_KINDS if counts[kind]]
        for code, count in (
            ("board.sounds_left_out", self.sounds),
            ("board.links_online", self.links_online),
            ("board.links_not_here", self.links_not_here),
        ):
            if count:
                report.append((code, {"count": count}))
        return report


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
    return BoardImport(
        added,
        list(parsed.left_out),
        parsed.name,
        already_here=already,
        word_cards=words,
        sounds=parsed.sounds,
        links_online=parsed.links_online,
        links_not_here=parsed.links_not_here,
    )


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
