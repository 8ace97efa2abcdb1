"""Who is helping the speaker with this contribution (supporter, advocate, interpreter) and their
name: saved with the contribution, shown with the credit and printed.

A view of the session's draft: what is chosen here goes to session.set_draft_support at once, and
the picker follows session.draft_support (it is cleared after Save, and Undo of a Save brings it
back). A name the draft cannot take (too long) is said in plain words under the row, and the draft
keeps the support it had.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...app.room_events import SessionEvent
from ...domain.errors import UserFacingError
from ...domain.support import SupportRole
from ..platform.messages import error_text
from ..widgets.form_parts import ErrorLine, choice_combo, select_data
from ..widgets.screen_layouts import columns

if TYPE_CHECKING:
    from ...app.room_session import RoomSession


class SupportPicker(QWidget):
    """Placed by the composer/room view near the words; follows session.draft_support."""

    def __init__(self, session: RoomSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._sending = False  # the draft is being set from here: its DRAFT event is our own

        self.role = choice_combo()
        #: who helped someone contribute: nobody (the first choice of a list).
        self.role.addItem(self.tr("Nobody"), None)
        self.role.addItem(self.tr("A supporter"), SupportRole.SUPPORTER.value)
        self.role.addItem(self.tr("An advocate"), SupportRole.ADVOCATE.value)
        self.role.addItem(self.tr("An interpreter"), SupportRole.INTERPRETER.value)
        self.role.setAccessibleName(self.tr("Supported by"))
        self.role.setAccessibleDescription(
            self.tr("Who helped them make this contribution: shown with their name and printed")
        )
        self.role_label = QLabel(self.tr("S&upported by:"))
        self.role_label.setBuddy(self.role)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Supporter's name (optional)"))
        self.name.setAccessibleDescription(self.tr("Leave it empty to credit the support by its kind alone"))
        # Room for a name to be read as it is typed (the label is short so the row still fits).
        self.name.setMinimumWidth(self.name.fontMetrics().averageCharWidth() * 12)
        self.name_label = QLabel(self.tr("Name:"))
        self.name_label.setBuddy(self.name)
        self.error = ErrorLine()

        # One row at the usual text size; with large text the name goes under the role.
        row = columns()
        row.setContentsMargins(0, 0, 0, 0)
        role_pair = QHBoxLayout()
        role_pair.addWidget(self.role_label)
        role_pair.addWidget(self.role)
        name_pair = QHBoxLayout()
        name_pair.addWidget(self.name_label)
        name_pair.addWidget(self.name, 1)
        row.addLayout(role_pair)
        row.addLayout(name_pair, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)

        self.role.currentIndexChanged.connect(self._send)
        self.name.textEdited.connect(self._send)
        # The session outlives the room's screen (it is rebuilt): stop watching with the picker.
        unwatch = session.watch(self._session_changed)
        self.destroyed.connect(lambda *_: unwatch())
        self.show_support()

    def _send(self) -> None:
        """What is chosen here becomes the draft's support (a name too long is refused in words)."""
        role = self.role.currentData()
        self.name.setEnabled(role is not None)
        self.name_label.setEnabled(role is not None)
        self._sending = True
        try:
            self.session.set_draft_support(role, self.name.text() if role is not None else "")
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))
            return
        finally:
            self._sending = False
        self.error.clear_error()

    def _session_changed(self, event: SessionEvent) -> None:
        if event in (SessionEvent.DRAFT, SessionEvent.ROOM) and not self._sending:
            self.show_support()

    def show_support(self) -> None:
        """Show the draft's support as the session has it (nobody, after Save)."""
        support = self.session.draft_support
        blocked = self.role.blockSignals(True)
        select_data(self.role, support.role.value if support is not None else None)
        self.role.blockSignals(blocked)
        name = support.name if support is not None else ""
        if self.name.text() != name:
            self.name.setText(name)
        self.name.setEnabled(support is not None)
        self.name_label.setEnabled(support is not None)
        self.error.clear_error()
