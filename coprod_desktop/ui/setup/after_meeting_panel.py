"""Set-up, Details tab: what the take-home sheets say around what people said (why we met, what
the group decided, what happens next, the next meeting, who to contact, the times) and the
organisation's name printed as the author of every document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...domain.changes import Change, ChangeKind
from ...domain.errors import UserFacingError
from ...domain.meeting_details import lines_of
from ...domain.models import MeetingDetails
from ..platform.messages import error_text
from ..platform.theme import min_target, scaled_font
from ..widgets.form_parts import ErrorLine, add_field, new_form
from ..widgets.refresh import DeferredRefresh
from ..widgets.screen_layouts import hold_height

if TYPE_CHECKING:
    from ...app.meetings import MeetingOperations

HEADING_POINT_SIZE = 16  # the section's heading, at 100%
ITEM_LINES = 4  # lines a box of items shows before it scrolls

# The field to go back to when an error names it: the facilitator lands where the fault is.
_FIELD_OF_ERROR = {
    "meeting.purpose_too_long": "purpose",
    "meeting.decision_too_long": "decisions",
    "meeting.decisions_too_many": "decisions",
    "meeting.next_step_too_long": "next_steps",
    "meeting.next_steps_too_many": "next_steps",
    "meeting.next_meeting_too_long": "next_meeting",
    "meeting.contact_too_long": "contact",
    "meeting.times_backwards": "ends_at",
    "settings.organisation_too_long": "organisation",
}


class _ItemsBox(QPlainTextEdit):
    """A box of short items, one per line, that Tab leaves (it is no keyboard trap). It asks for
    a few lines' height, in the font it has, rather than Qt's tall default."""

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        hold_height(self, 2 * min_target())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        lines = ITEM_LINES * self.fontMetrics().lineSpacing() + 2 * round(self.document().documentMargin())
        return QSize(hint.width(), lines + margins.top() + margins.bottom())


class AfterMeetingPanel(QWidget):
    """The meeting's details for the take-home sheets, saved with one button. Emits message(str)
    after a save.

    What it shows follows the change stream (on_change): a change made anywhere shows once it is
    committed, but never over what the facilitator has typed and not yet saved.
    """

    message = Signal(str)

    def __init__(self, meetings: MeetingOperations) -> None:
        super().__init__()
        self.meetings = meetings
        self.meeting_id: str | None = None
        self._shown: dict[str, str] = {}  # each field's text as last loaded (or saved)
        self._refresh = DeferredRefresh(self, self.refresh)

        heading = QLabel(self.tr("After the meeting: for the take-home sheets"))
        heading.setFont(scaled_font(HEADING_POINT_SIZE, bold=True))
        heading.setWordWrap(True)
        intro = QLabel(self.tr("Printed on everyone's sheet. Leave out what you do not need."))
        intro.setWordWrap(True)

        self.purpose = QLineEdit()
        self.decisions = _ItemsBox()
        self.next_steps = _ItemsBox()
        self.next_meeting = QLineEdit()
        self.contact = QLineEdit()
        self.starts_at = QLineEdit()
        self.ends_at = QLineEdit()
        self.organisation = QLineEdit()
        form = new_form()
        add_field(form, self.tr("P&urpose of the meeting:"), self.purpose, self.tr("Why we met, in one short line"))
        add_field(
            form,
            self.tr("&What the group decided, one on each line:"),
            self.decisions,
            self.tr("Each decision on a line of its own"),
        )
        add_field(
            form,
            self.tr("What happens &next, one on each line:"),
            self.next_steps,
            self.tr("Each next step on a line of its own, for example who does what"),
        )
        add_field(form, self.tr("Ne&xt meeting:"), self.next_meeting, self.tr("When and where we meet next"))
        add_field(form, self.tr("Who to c&ontact:"), self.contact, self.tr("A name and how to reach them"))
        #: 14:00 shows how a time must be typed (24-hour clock): keep it as it is.
        add_field(form, self.tr("Starts &at (like 14:00):"), self.starts_at)
        #: 15:30 shows how a time must be typed (24-hour clock): keep it as it is.
        add_field(form, self.tr("&Ends at (like 15:30):"), self.ends_at)
        # It belongs to the laptop's database, not to this meeting: the label and the hint say so.
        organisation_hint = self.tr(
            "Printed as the author of every document. Kept on this laptop for every meeting, not just this one."
        )
        add_field(form, self.tr("Your or&ganisation, for every meeting:"), self.organisation, organisation_hint)
        hint = QLabel(organisation_hint)
        hint.setWordWrap(True)
        form.addRow(hint)

        self.error = ErrorLine()
        self.save_button = QPushButton(self.tr("Save for the take-&home sheets"))
        self.save_button.setAccessibleName(self.save_button.text().replace("&", ""))
        self.save_button.clicked.connect(self._save)
        for field in self._line_fields().values():
            field.returnPressed.connect(self._save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.save_button)
        layout.addStretch(1)

    def _line_fields(self) -> dict[str, QLineEdit]:
        return {
            "purpose": self.purpose,
            "next_meeting": self.next_meeting,
            "contact": self.contact,
            "starts_at": self.starts_at,
            "ends_at": self.ends_at,
            "organisation": self.organisation,
        }

    def _fields(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        return {**self._line_fields(), "decisions": self.decisions, "next_steps": self.next_steps}

    def _typed(self) -> dict[str, str]:
        return {
            name: field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
            for name, field in self._fields().items()
        }

    def set_meeting(self, meeting_id: str | None) -> None:
        """Show *meeting_id*'s details (all of them, over anything typed); hidden for a meeting
        not yet created."""
        self.meeting_id = meeting_id
        self.error.clear_error()
        self.setVisible(meeting_id is not None)
        self._shown = {}
        self._refresh.now()

    def on_change(self, change: Change) -> None:
        """A committed change: this meeting's details, or the organisation's name."""
        ours = change.kind == ChangeKind.MEETING and change.meeting_id == self.meeting_id
        if self.meeting_id and (ours or change.kind == ChangeKind.SETTINGS):
            self._refresh.request()

    def refresh(self) -> None:
        """Show the details as kept now. A field the facilitator has changed since it was last
        shown keeps what they typed (another save must not wipe it)."""
        if self.meeting_id is None:
            for field in self._fields().values():
                field.clear()
            return
        try:
            details = self.meetings.details(self.meeting_id)
            organisation = self.meetings.organisation()
        except UserFacingError:
            return  # the meeting was removed meanwhile: the screen moves on
        kept = {
            "purpose": details.purpose,
            "decisions": "\n".join(details.decisions),
            "next_steps": "\n".join(details.next_steps),
            "next_meeting": details.next_meeting,
            "contact": details.contact,
            "starts_at": details.starts_at,
            "ends_at": details.ends_at,
            "organisation": organisation,
        }
        typed = self._typed()
        for name, field in self._fields().items():
            untouched = name not in self._shown or typed[name] == self._shown[name]
            if untouched and typed[name] != kept[name]:
                if isinstance(field, QPlainTextEdit):
                    field.setPlainText(kept[name])  # user text: plain, never markup
                else:
                    field.setText(kept[name])
                    field.setCursorPosition(0)  # a long line shows from its start
        self._shown = kept

    def _save(self) -> None:
        if self.meeting_id is None:
            return
        typed = self._typed()
        details = MeetingDetails(
            meeting_id=self.meeting_id,
            purpose=typed["purpose"],
            decisions=lines_of(typed["decisions"]),
            next_steps=lines_of(typed["next_steps"]),
            next_meeting=typed["next_meeting"],
            contact=typed["contact"],
            starts_at=typed["starts_at"],
            ends_at=typed["ends_at"],
        )
        # The organisation is written only when it was changed: it is every meeting's.
        changed = typed["organisation"] != self._shown.get("organisation")
        try:
            self.meetings.save_details(details, organisation=typed["organisation"] if changed else None)
        except UserFacingError as exc:
            self.error.show_error(error_text(exc))
            self._fields()[self._field_at_fault(exc)].setFocus()
            return
        self.error.clear_error()
        # What was typed is now kept: the change it announced shows it as kept (times written
        # 14:00, spaces trimmed, empty lines gone) in place of what was typed.
        self._shown = typed
        self.message.emit(self.tr("Saved for the take-home sheets."))

    def _field_at_fault(self, error: UserFacingError) -> str:
        if error.code == "meeting.time_not_understood":
            return "ends_at" if error.params.get("which") == "ends" else "starts_at"
        return _FIELD_OF_ERROR.get(error.code, "purpose")
