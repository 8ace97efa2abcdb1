"""Turns the workspace's committed changes into one Qt signal the views listen to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from ...app.workspace import Workspace


class ChangeBridge(QObject):
    """Emits changed(Change) after each commit, so views refresh from one place."""

    changed = Signal(object)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        workspace.subscribe(self.changed.emit)
