"""One open meeting database and the use cases over it: what the ui is handed.

The composition root opens the store (app.opening) and wraps it in a Workspace; windows get the
Workspace (or only the part of it they need) and never the store itself. Every write goes through
one of the operations here, which owns its transaction; what changed reaches every screen as a
typed Change (domain.changes) through subscribe(), after the commit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.changes import Change

if TYPE_CHECKING:
    from ..services.catalogue import CardCatalogue
    from ..store import Store


class Workspace:
    """The use cases of one open meeting database. Belongs to the thread that opened it."""

    def __init__(self, store: Store, catalogue: CardCatalogue) -> None:
        from ..services.card_library import CardLibrary

        self._store = store
        self.catalogue = catalogue
        self.library = CardLibrary(store, catalogue)
        # The operations each screen uses (set-up, the room, documents) are added beside this
        # line as they move out of the views: see app/*.py.

    @property
    def path(self) -> Path:
        """The database file (background jobs open their own read-only connection to it)."""
        return self._store.path

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        """Call *listener* with each Change, after it is committed."""
        self._store.subscribe(listener)

    def close(self) -> None:
        self._store.close()
