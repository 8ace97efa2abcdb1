"""The people's tiles in the console as a compact strip: at most two rows, and sideways beyond.

Twelve people once wrapped onto three rows and pushed Save off a laptop's screen. The strip lets
the tiles wrap as words do while two rows hold them all; with more people than that it keeps two
rows and scrolls sideways, and a tile that takes the keyboard focus is scrolled into view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QSizePolicy, QWidget

MAX_ROWS = 2


class TileStrip(QScrollArea):
    """Holds *tiles* (a widget whose layout wraps: heightForWidth) in at most MAX_ROWS rows."""

    def __init__(self, tiles: QWidget) -> None:
        super().__init__()
        self.tiles = tiles
        self.setWidget(tiles)
        self.setWidgetResizable(False)  # sized here: wide enough for two rows at most
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Not a Tab stop itself: the tiles are (as one group), and the strip follows them.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        QApplication.instance().focusChanged.connect(self._focus_moved)
        # Tiles come and go (and are shown a moment after they are added): arrange them again then.
        tiles.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tiles and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.refresh)
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """The tiles changed (people came or went, a name changed): lay them out again."""
        self._arrange()
        self.updateGeometry()

    # how wide the tiles are laid out, and so how tall the strip is -------------------------------
    def _flow_height(self, width: int) -> int:
        layout = self.tiles.layout()
        return layout.heightForWidth(width) if layout is not None else self.tiles.sizeHint().height()

    def _rows_height(self) -> int:
        layout = self.tiles.layout()
        if layout is None or layout.count() == 0:
            return 0
        one_row = self._flow_height(max(1, layout.sizeHint().width()))
        return MAX_ROWS * one_row + (MAX_ROWS - 1) * max(0, layout.spacing())

    def content_width(self, shown: int) -> int:
        """The width the tiles are laid out in when *shown* px are in view: *shown*, or the least
        width that takes them in MAX_ROWS rows (the rest is reached by scrolling sideways)."""
        layout = self.tiles.layout()
        if layout is None or layout.count() == 0:
            return max(1, shown)
        shown = max(1, shown)
        most = self._rows_height()
        if self._flow_height(shown) <= most:
            return shown
        low, high = shown, max(shown, layout.sizeHint().width())
        while low < high:
            middle = (low + high) // 2
            if self._flow_height(middle) <= most:
                high = middle
            else:
                low = middle + 1
        return low

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        frame = 2 * self.frameWidth()
        shown = width - frame
        content = self.content_width(shown)
        height = self._flow_height(content) + frame
        if content > shown:
            height += self.horizontalScrollBar().sizeHint().height()
        return height

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setHeight(self.heightForWidth(max(hint.width(), self.width())))
        return hint

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        hint.setHeight(self.heightForWidth(max(1, self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        shown = self.width() - 2 * self.frameWidth()
        width = self.content_width(shown)
        self.tiles.resize(width, self._flow_height(width))

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new is not self.tiles and self.tiles.isAncestorOf(new):
            self.ensureWidgetVisible(new)
