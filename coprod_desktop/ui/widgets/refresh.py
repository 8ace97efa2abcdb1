"""Refreshing a view from the change stream: once per turn of the event loop, however many changes.

One operation may announce several changes (a person added with their reading speed: added, then
updated; a board: one per card). A view that redrew on each would redraw several times for one
thing the facilitator did, so views ask for a refresh here and it runs once, just after the
changes of that commit have all arrived.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class DeferredRefresh:
    """Runs *refresh* once on the next turn of the event loop after one or more request() calls.

    *owner* is the widget being refreshed: if it is deleted first, the refresh does not run.
    """

    def __init__(self, owner: QObject, refresh: Callable[[], None]) -> None:
        self._owner = owner
        self._refresh = refresh
        self._due = False

    def request(self) -> None:
        if not self._due:
            self._due = True
            QTimer.singleShot(0, self._owner, self._run)

    @property
    def due(self) -> bool:
        return self._due

    def _run(self) -> None:
        if self._due:
            self._due = False
            self._refresh()

    def now(self) -> None:
        """Refresh at once (when the view is given something new to show), cancelling one due."""
        self._due = False
        self._refresh()
