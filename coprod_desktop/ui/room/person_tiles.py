"""The people's tiles in the room: one big checkable tile per person, with their marker (or photo),
their credited name and where they are on this prompt (heard, passed, invited, asking to speak)."""

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QButtonGroup, QWidget

from ...domain.models import Attendee
from ..platform.theme import scaled
from ..widgets.form_parts import isolated, marker_words
from ..widgets.pictures import avatar_pixmap, marker_pixmap
from ..widgets.screen_layouts import WrappingRow
from .toggle_access import PersonTile, TileState, install_tile_accessibility

# Sizes at 100%: each is multiplied by the text size (theme.scaled) when a tile is made.
TILE_ICON = 56  # a photo needs more room than a marker to be recognised
TILE_ICON_COMPACT = 36  # with many people (set_compact): a tile is then no taller than the theme's tile size


class PersonTiles(QWidget):
    """One big checkable tile per person: marker and credited name. Emits chosen(person_id), and
    menu_requested(person_id, global position) for a person's menu (see PersonTile).

    The tiles behave as one radio group, as Qt does for an exclusive button group: Tab reaches
    the group once, the arrow keys move between people and choose, so a keyboard user does not
    Tab through fifteen people to reach the cards.

    Each tile also says where its person is on this prompt (a TileState from the state source,
    see set_state_source): heard (a gentle ✓ after the name), said "not now", invited (a double
    outline and "invited"), asking to speak (✋ and their place in the queue); in words and symbols
    on the tile and in its accessible description, never by colour alone. Not heard yet shows
    nothing: nobody is shown as behind.
    """

    chosen = Signal(str)
    menu_requested = Signal(str, QPoint)

    def __init__(self) -> None:
        super().__init__()
        install_tile_accessibility()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.layout_ = WrappingRow(self, spacing=scaled(8))
        self.tiles: dict[str, PersonTile] = {}
        self.compact = False
        self._state_of: Callable[[str], TileState] = lambda _: TileState()
        self._about: dict[str, tuple[str, str, str]] = {}  # person id -> name, flags, marker and shortcut words
        self.group.buttonClicked.connect(lambda button: self.chosen.emit(button.property("person_id")))

    def set_people(
        self,
        attendees: list[Attendee],
        selected: str | None,
        photos: Callable[[str], bytes | None] = lambda _: None,
        flags: Callable[[str], str] = lambda _: "",
    ) -> None:
        """One tile each; *photos* gives a person's photo (only stored with their consent), if any;
        *flags* the words that flag their communication profile ("BSL, Easy Read"), if any."""
        for tile in self.tiles.values():
            self.group.removeButton(tile)
            # Gone at once: no room taken, nothing shown, while it waits to be deleted.
            self.layout_.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self.tiles.clear()
        self._about.clear()
        for number, attendee in enumerate(attendees, start=1):
            person_id = attendee.person_id
            tile = PersonTile()
            tile.setObjectName("personTile")
            tile.setCheckable(True)
            tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            photo = photos(person_id)
            icon = scaled(TILE_ICON)
            avatar = avatar_pixmap(photo, attendee.marker, icon) if photo else None
            tile.setIcon(QIcon(avatar or marker_pixmap(attendee.marker, icon)))
            # The flags are words under the name, never colour alone.
            flagged = flags(person_id)
            name = isolated(attendee.credited_as)  # "T.N." stays "T.N." in right-to-left text
            tile.setProperty("person_id", person_id)
            tile.setAccessibleName(name)
            description = self.tr("Marker: {marker}.").format(marker=marker_words(attendee.marker))
            if flagged:
                description += " " + self.tr("Needs: {flags}.").format(flags=flagged)
            if number <= 9:
                description += " " + self.tr("Shortcut: Alt+{n}.").format(n=number)
            self._about[person_id] = (name, flagged, description)
            tile.setChecked(person_id == selected)
            tile.menu_requested.connect(lambda place, person_id=person_id: self.menu_requested.emit(person_id, place))
            self.group.addButton(tile)
            self.layout_.addWidget(tile)
            self.tiles[person_id] = tile
            self._show(person_id, self._state_of(person_id))
        self.layout_.invalidate()

    def set_state_source(self, state_of: Callable[[str], TileState]) -> None:
        """Where the tiles read each person's state from (the people's actions give the session's);
        the tiles show it now, whenever they are made again, and on refresh_states()."""
        self._state_of = state_of
        self.refresh_states()

    def refresh_states(self) -> None:
        """Show each person's state as the state source says it is now (a tile that has not
        changed is left alone)."""
        for person_id, tile in self.tiles.items():
            state = self._state_of(person_id)
            if state != tile.state:
                self._show(person_id, state)

    def set_compact(self, compact: bool) -> None:
        """Smaller photos (the name and the words under it stay as large as ever), so that many
        people fit in two rows: every tile is then the theme's tile size, tile_size(), tall."""
        if compact != self.compact:
            self.compact = compact
            for person_id, tile in self.tiles.items():
                self._show(person_id, tile.state)
            self.layout_.invalidate()

    def _show(self, person_id: str, state: TileState) -> None:
        """The tile's words, picture size and accessible text for *state*."""
        tile = self.tiles[person_id]
        name, flagged, about = self._about[person_id]
        icon = scaled(TILE_ICON_COMPACT if self.compact else TILE_ICON)
        tile.setIconSize(QSize(icon, icon))
        # Tool buttons show text literally (no markup), and a name is never cut short. The
        # state goes on the line under the name, with the flags: two lines at most.
        first = f"{name} ✓" if state.heard else name
        second = "  ".join(part for part in (flagged, *self._state_words(state)) if part)
        tile.setText(f"{first}\n{second}" if second else first)
        description = " ".join([*self._state_sentences(state), about])
        tile.setAccessibleDescription(description)
        tile.setToolTip(description)
        tile.set_state(state)

    def _state_words(self, state: TileState) -> list[str]:
        """What a tile says under the name: short, a symbol with a word or a number."""
        words = []
        if state.queue_place is not None:
            #: on a person's tile: they are asking to speak, and their place in the queue (1, 2, ...).
            words.append(self.tr("✋ {place}").format(place=state.queue_place))
        if state.invited:
            #: on a person's tile: they have been invited to speak next.
            words.append(self.tr("➤ invited"))
        if state.passed:
            #: on a person's tile: they passed on this prompt. Said kindly: it is their choice.
            words.append(self.tr("not now"))
        return words

    def _state_sentences(self, state: TileState) -> list[str]:
        """The same, said in full for a screen reader and in the tooltip."""
        sentences = []
        if state.heard:
            sentences.append(self.tr("Heard on this prompt."))
        if state.passed:
            sentences.append(self.tr("Said not now on this prompt."))
        if state.invited:
            sentences.append(self.tr("Invited to speak next."))
        if state.queue_place is not None:
            sentences.append(self.tr("Asking to speak: number {place} in the queue.").format(place=state.queue_place))
        return sentences

    def select(self, person_id: str | None) -> None:
        tile = self.tiles.get(person_id or "")
        if tile is not None:
            tile.setChecked(True)
            tile.setFocus()
        elif person_id is None:
            # An exclusive group cannot uncheck its last button directly.
            self.group.setExclusive(False)
            for t in self.tiles.values():
                t.setChecked(False)
            self.group.setExclusive(True)
