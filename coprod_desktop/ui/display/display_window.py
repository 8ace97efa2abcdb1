"""The room display's own window: frameless, full screen on the screen the facilitator chose.

It holds a RoomDisplay and gives it the display's own look: the colours and text size set for the
room (AppSettings.display_theme, display_text_scale), apart from the console's, since the room may
need 300% and high contrast while the laptop does not. The presenter (presenter.py) decides the
screen and what is shown; this window only places itself and pages.

Its own keys are what a presentation clicker sends (PageUp/PageDown) and the arrows, to page the
display, and Escape, to go back to the console. The room's keys are attached to this window too,
as shortcuts (room_shortcuts.install_room_shortcuts(room, owner=window)); a shortcut comes before
keyPressEvent, so when the room's Escape is here it decides (stop reading first, then back).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...domain.appearance import DEFAULT_THEME, THEMES
from ..platform.theme import follow_appearance, theme_palette
from ..widgets.pictures import CardPictures
from .room_display import RoomDisplay


class DisplayWindow(QWidget):
    """A top-level window holding the room display. escape_pressed and closed: back to the console."""

    escape_pressed = Signal()
    page_requested = Signal(int)  # -1 earlier, 1 next: the presenter pages (across prompts in the review)
    closed = Signal()  # closed from outside (a window manager's Alt+F4): the presenter stops

    def __init__(self, pictures: CardPictures) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        #: Title of the window the room display is shown in (window lists, screen readers).
        self.setWindowTitle(self.tr("Room display"))
        self.setAccessibleName(self.tr("Room display"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the keys come here when the console is folded
        self.display = RoomDisplay(pictures)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        self.theme_id = DEFAULT_THEME
        # The console's look can change while presenting: the application's new style sheet and
        # palette reach this window too, so its own colours are put back each time.
        follow_appearance(self, self._colour)

    def set_look(self, theme_id: str, text_scale: int) -> None:
        """The display's own colours (a theme id of domain/appearance.py) and text size (per cent)."""
        self.theme_id = theme_id if theme_id in THEMES else DEFAULT_THEME
        self._colour()
        if text_scale != self.display.text_scale:
            self.display.set_text_scale(text_scale)
        self.display.update()

    def _colour(self) -> None:
        theme = THEMES[self.theme_id]
        # The application's style sheet colours every widget in the console's theme, and a style
        # sheet wins over a palette: this window's own sheet puts the display's colours back, and
        # the display gets the whole palette (the sheet sets only some of its colours).
        self.setStyleSheet(
            f"QWidget {{ color: {theme.text}; background: {theme.background}; "
            f"selection-color: {theme.selected_text}; selection-background-color: {theme.selected_background}; }}"
        )
        palette = theme_palette(theme)
        self.setPalette(palette)
        self.display.setPalette(palette)

    def show_on(self, screen: QScreen, *, takes_focus: bool) -> None:
        """Fill *screen*, moving there from another screen if need be.

        *takes_focus*: the display covers the console, so it takes the keys. Otherwise it never
        does, not even when clicked (the read-back's answers are clicks on it): the facilitator
        goes on typing in the console while the room answers on the display.
        """
        if bool(self.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus) == takes_focus:
            self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, not takes_focus)  # hides it
        if self.screen() != screen or not self.isVisible():
            # A full-screen window moves reliably only once it is normal again.
            self.setWindowState(Qt.WindowState.WindowNoState)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        # Left and right follow the reading direction: in Arabic the earlier page is to the right.
        left_is_back = self.layoutDirection() == Qt.LayoutDirection.LeftToRight
        back = {Qt.Key.Key_PageUp, Qt.Key.Key_Left if left_is_back else Qt.Key.Key_Right}
        forward = {Qt.Key.Key_PageDown, Qt.Key.Key_Right if left_is_back else Qt.Key.Key_Left}
        if key in back:
            self.page_requested.emit(-1)
        elif key in forward:
            self.page_requested.emit(1)
        elif key == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
        else:
            super().keyPressEvent(event)
