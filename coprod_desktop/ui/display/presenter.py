"""Presenting: the room display full screen on the room's screen, kept live, and back to the console.

F5 presents, Escape returns (main_window.py, display_window.py). Which screen: the one chosen in
Display and access (AppSettings.display_screen, a QScreen name remembered per laptop) when it is
connected; else the first screen that is not the console's; else (one screen, or a projector that
mirrors the laptop: the same geometry) the console's own screen. Then the display fills it and
the console folds away under it: the display window takes the keys, and the room's keys are
attached to it, so the meeting goes on; Escape brings the console back. On two screens the
console keeps the focus.

While presenting, the display follows the room session's own events (who is speaking, the words as
typed) and the store's changes (what was saved), redrawn once per turn of the event loop however
many arrive: a Save brings several of both. The store's changes reach the session before this
(the session listens first), so the content is read when the redraw runs, never from the change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from ...app.display_content import DisplayContent, display_content
from ...app.meeting_review import MeetingReview
from ..room.room_shortcuts import install_room_shortcuts
from .display_window import DisplayWindow

if TYPE_CHECKING:
    from ...app.room_events import SessionEvent
    from ..platform.change_bridge import ChangeBridge
    from ..platform.settings import AppSettings, SettingsStore
    from ..room.room_view import RoomView
    from ..widgets.pictures import CardPictures
    from .room_display import RoomDisplay


def choose_screen(screens: Sequence[QScreen], console: QScreen | None, wanted: str) -> tuple[QScreen, bool]:
    """The screen to present on, and whether it is the console's own (the console folds away).

    *wanted* is the saved screen name ("" lets this choose). A screen with the console's geometry
    is the console's screen mirrored (a projector showing what the laptop shows).
    """
    console = console or screens[0]

    def same_as_console(screen: QScreen) -> bool:
        return screen == console or screen.geometry() == console.geometry()

    named = [s for s in screens if wanted and s.name() == wanted]
    others = [s for s in screens if not same_as_console(s)]
    screen = (named or others or [console])[0]
    return screen, same_as_console(screen)


class _Showing:
    """What presenting holds: the window and the ways to stop listening. Plain Python, so it can be
    ended when the presenter is deleted with its room screen (its methods can no longer run then)."""

    def __init__(self, window: DisplayWindow) -> None:
        self.window = window
        self.stops: list[Callable[[], None]] = []
        self.ended = False

    def end(self, *_args: object) -> None:
        if self.ended:
            return
        self.ended = True
        for stop in self.stops:
            stop()
        self.window.hide()
        self.window.deleteLater()


class Presenter(QObject):
    """Shows the room display on its screen while presenting.

    presenting_changed(bool): presenting started (True) or stopped (False); True again when the
    display moved to another screen (a screen plugged in or out, another one chosen)."""

    presenting_changed = Signal(bool)
    reviewing_changed = Signal(bool)  # the end-of-meeting review started (True) or ended (False)

    def __init__(
        self,
        room: RoomView,
        bridge: ChangeBridge,
        pictures: CardPictures,
        settings: SettingsStore,
        console: QWidget,
    ) -> None:
        super().__init__(room)  # goes with the room screen; the window goes with it (see _Showing)
        self.room = room
        self.session = room.session
        self.bridge = bridge
        self.pictures = pictures
        self.settings = settings
        self.console = console
        self.folded = False  # the display covers the console's screen
        self._showing: _Showing | None = None
        self._redraw_due = False
        # The end-of-meeting review: which prompt the display shows (None: the live room).
        self._review: MeetingReview | None = None
        self._review_prompt = 0
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)
        room.escape_unused.connect(self.stop)  # Escape in the room with nothing being read

    @property
    def is_presenting(self) -> bool:
        return self._showing is not None

    @property
    def window(self) -> DisplayWindow | None:
        """The display's window while presenting, else None."""
        return self._showing.window if self._showing is not None else None

    @property
    def screen_name(self) -> str:
        """The name of the screen the display is on ("" when not presenting)."""
        return self._showing.window.screen().name() if self._showing is not None else ""

    @property
    def display(self) -> RoomDisplay | None:
        """The RoomDisplay being presented, else None."""
        return self._showing.window.display if self._showing is not None else None

    # presenting -------------------------------------------------------------------------------
    def present(self) -> None:
        """Show the display full screen on its screen (again, if already presenting)."""
        settings = self.settings.load()
        if self._showing is None:
            window = DisplayWindow(self.pictures)
            window.setLayoutDirection(QApplication.layoutDirection())
            window.set_look(settings.display_theme, settings.display_text_scale)
            window.escape_pressed.connect(self.stop)
            window.page_requested.connect(lambda step: self.page_forward() if step > 0 else self.page_back())
            window.closed.connect(self.stop)
            # A click on the display answers the read-back, as the keys do.
            window.display.confirm_clicked.connect(self.room.confirm_read_back)
            window.display.change_clicked.connect(self.room.change_read_back)
            showing = _Showing(window)
            # The room's keys work on the display too (children of the window, they go with it), so
            # the meeting goes on with the console folded.
            install_room_shortcuts(self.room, owner=window)
            showing.stops.append(self.session.watch(self._session_event))
            self.bridge.changed.connect(self._schedule_redraw)  # Qt drops it if this presenter goes
            self.destroyed.connect(showing.end)
            self._showing = showing
            window.display.show_content(self._content())
            self._place(settings.display_screen)
            self.presenting_changed.emit(True)
        else:
            self._move(settings.display_screen)

    def stop(self) -> None:
        """Back to the console: the display window goes, the console comes to the front."""
        if self._showing is None:
            return
        showing, self._showing = self._showing, None
        self.bridge.changed.disconnect(self._schedule_redraw)
        self._end_review_quietly()
        showing.end()
        if self.folded:
            self.console.raise_()
        self.console.activateWindow()
        self.folded = False
        self.presenting_changed.emit(False)

    def apply(self, settings: AppSettings) -> None:
        """Put new display settings into effect on a display being presented."""
        if self._showing is None:
            return
        self._showing.window.set_look(settings.display_theme, settings.display_text_scale)
        self._move(settings.display_screen)

    def page_back(self) -> bool:
        """The display's earlier page; in the review, from a prompt's first page to the last page
        of the prompt before."""
        if self._showing is None:
            return False
        display = self._showing.window.display
        if display.page_back():
            return True
        if self._review is None or self._review_prompt == 0:
            return False
        self._review_prompt -= 1
        display.show_content(self._content())  # a prompt is shown from its newest (last) page
        return True

    def page_forward(self) -> bool:
        """The display's next page; in the review, from a prompt's last page to the next prompt."""
        if self._showing is None:
            return False
        display = self._showing.window.display
        if display.page_forward():
            return True
        if self._review is None or self._review_prompt >= self._review.prompt_count - 1:
            return False
        self._review_prompt += 1
        display.show_content(self._content())
        display.first_page()
        return True

    # the end-of-meeting review ------------------------------------------------------------------
    @property
    def reviewing(self) -> bool:
        return self._review is not None

    def review(self) -> None:
        """Look back over the meeting together before printing: the display walks through every
        prompt and what was said to it, from the first page of the first prompt; the page keys move
        on (and on to the next prompt). Presents first if needed; the console keeps its place."""
        if not self.session.is_open:
            return
        self._review, self._review_prompt = MeetingReview(self.session), 0
        if self._showing is None:
            self.present()
        display = self._showing.window.display
        display.show_content(self._content())
        display.first_page()
        self.reviewing_changed.emit(True)

    def end_review(self) -> None:
        """Back to the live room on the display."""
        if self._end_review_quietly():
            self._redraw()

    def _end_review_quietly(self) -> bool:
        if self._review is None:
            return False
        self._review = None
        self.reviewing_changed.emit(False)
        return True

    def _content(self) -> DisplayContent:
        if self._review is not None:
            try:
                return self._review.content(self._review_prompt)
            except IndexError:  # a prompt removed meanwhile: back to the first
                self._review_prompt = 0
                return self._review.content(0)
        return display_content(self.session)

    def _move(self, wanted: str, leaving: QScreen | None = None) -> None:
        """Place the display again; when it moved, say so (presenting_changed(True) again): a
        projector unplugged folds the display over the console, and the facilitator must know."""
        before = (self.screen_name, self.folded)
        self._place(wanted, leaving)
        if self._showing is not None and (self.screen_name, self.folded) != before:
            self.presenting_changed.emit(True)

    def _place(self, wanted: str, leaving: QScreen | None = None) -> None:
        screens = [s for s in QGuiApplication.screens() if s is not leaving]
        if self._showing is None or not screens:
            return
        console = self.console.screen()
        if console is leaving or console not in screens:
            console = None
        screen, self.folded = choose_screen(screens, console, wanted)
        window = self._showing.window
        # On two screens the console keeps the keys; folded, the display takes them.
        window.show_on(screen, takes_focus=self.folded)
        if self.folded:
            window.raise_()
            window.activateWindow()
            window.setFocus()
        else:
            self.console.activateWindow()

    # screens coming and going -----------------------------------------------------------------
    def _screen_added(self, screen: QScreen) -> None:
        # A projector plugged in while folded, or the screen chosen for the display: the display
        # moves to it (and a folded console comes back). Otherwise the display stays where it is.
        wanted = self.settings.load().display_screen
        if self._showing is not None and (self.folded or (wanted and screen.name() == wanted)):
            self._move(wanted)

    def _screen_removed(self, screen: QScreen) -> None:
        if self._showing is not None:
            # Qt is removing *screen*: choose among the others now, while the screen still exists.
            self._move(self.settings.load().display_screen, leaving=screen)

    # keeping the display live -----------------------------------------------------------------
    def _session_event(self, _event: SessionEvent) -> None:
        self._schedule_redraw()

    def _schedule_redraw(self, *_change: object) -> None:
        if not self._redraw_due:
            self._redraw_due = True
            QTimer.singleShot(0, self, self._redraw)

    def _redraw(self) -> None:
        self._redraw_due = False
        if self._showing is not None:
            self._showing.window.display.show_content(self._content())
