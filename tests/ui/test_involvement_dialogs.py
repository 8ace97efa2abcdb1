"""The involvement dialog, the rates dialog (with the finance export) and the role in set-up:
driven with real widgets offscreen, by keyboard and mouse, at normal and at the largest text."""

import csv

import pytest
from clipping import clipped_widgets, hidden_parts, too_wide
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from coprod_desktop.app.workspace import Workspace
from coprod_desktop.domain.appearance import Appearance
from coprod_desktop.domain.involvement import Rates, Recognition
from coprod_desktop.domain.models import MeetingDetails
from coprod_desktop.ui.dialogs.rates_dialog import RatesDialog
from coprod_desktop.ui.people.involvement_dialog import InvolvementDialog
from coprod_desktop.ui.platform.theme import apply_theme, min_target
from coprod_desktop.ui.setup.people_editor import PeopleEditor


@pytest.fixture
def workspace(store, catalogue):
    return Workspace(store, catalogue)


@pytest.fixture
def sam_record(store, meeting):
    """Sam in two meetings with times set and something said: 2h30 and 5h."""
    m, sam = meeting["meeting"], meeting["sam"]
    later = store.meetings.create("Next steps", "2026-12-10", "Hall")
    store.people.add_attendee(later.id, "Sam Brown", "first_name", person_id=sam.person_id)
    store.meeting_details.save(MeetingDetails(m.id, starts_at="14:00", ends_at="16:30"))
    store.meeting_details.save(MeetingDetails(later.id, starts_at="10:00", ends_at="15:00"))
    for words in ("More trips out", "Better lunches", "A garden"):
        store.contributions.add(m.id, sam.person_id, words)
    return {"first": m, "later": later, "person_id": sam.person_id}


def _texts(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]


def test_totals_and_meetings_are_shown(qtbot, workspace, sam_record):
    dialog = InvolvementDialog(workspace, sam_record["person_id"])
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _texts(dialog)
    assert "Meetings: 2" in texts
    assert "Time given: 7 hours 30 minutes" in texts
    assert "Contributions: 3" in texts
    assert "Roles: Participant" in texts
    assert dialog.windowTitle() == "Involvement: Sam Brown"
    rows = [dialog.meeting_list.item(i).text() for i in range(dialog.meeting_list.count())]
    assert rows == [
        "2026-12-10: Next steps\nRole: Participant. Time given: 5 hours. Contributions: 0. Owed: £0.00.",
        "2026-11-26: Planning the day centre\n"
        "Role: Participant. Time given: 2 hours 30 minutes. Contributions: 3. Owed: £0.00.",
    ]


def test_recognition_is_saved_when_chosen(qtbot, workspace, store, sam_record):
    dialog = InvolvementDialog(workspace, sam_record["person_id"])
    qtbot.addWidget(dialog)
    dialog.show()
    workspace.involvement.set_rates(Rates(45, 2000, 0))
    dialog.recognition.setFocus()
    dialog.recognition.setCurrentIndex(dialog.recognition.findData("payment"))
    assert store.involvement.recognition(sam_record["person_id"]) is Recognition.PAYMENT
    qtbot.waitUntil(lambda: dialog.meeting_list.item(0).text().endswith("Owed: £100.00."))  # 5 hours at £20


def test_expenses_are_added_and_removed_with_the_keyboard(qtbot, workspace, store, sam_record):
    dialog = InvolvementDialog(workspace, sam_record["person_id"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.meeting_list.setCurrentRow(1)  # the first meeting
    dialog.kind.setCurrentIndex(dialog.kind.findData("fare"))
    assert dialog.amount.isVisible() and not dialog.miles.isVisible()
    qtbot.keyClicks(dialog.amount, "3.50")
    qtbot.keyClicks(dialog.note, "Bus <b>both</b> ways")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    expenses = store.involvement.expenses(sam_record["person_id"], sam_record["first"].id)
    assert [(e.kind, e.pence, e.note) for e in expenses] == [("fare", 350, "Bus <b>both</b> ways")]
    qtbot.waitUntil(lambda: dialog.expenses.count() == 1)
    assert dialog.expenses.item(0).text() == "Fares: £3.50 (Bus <b>both</b> ways)"  # literally
    dialog.kind.setCurrentIndex(dialog.kind.findData("mileage"))
    assert dialog.miles.isVisible() and not dialog.amount.isVisible()
    qtbot.keyClicks(dialog.miles, "12.5")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.expenses.count() == 2)
    assert dialog.expenses.item(1).text() == "Mileage: 12.5 miles, £5.63"
    dialog.expenses.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.expenses.count() == 1)
    assert [e.kind for e in store.involvement.expenses(sam_record["person_id"])] == ["mileage"]


def test_a_bad_amount_is_said_plainly_and_nothing_is_added(qtbot, workspace, store, sam_record):
    dialog = InvolvementDialog(workspace, sam_record["person_id"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("parking"))
    qtbot.keyClicks(dialog.amount, "-4")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert "is not an amount of money" in dialog.error.text()
    assert store.involvement.expenses(sam_record["person_id"]) == []


def test_every_control_is_named_and_big_enough(qtbot, workspace, sam_record):
    dialog = InvolvementDialog(workspace, sam_record["person_id"])
    qtbot.addWidget(dialog)
    dialog.show()
    for control in dialog.findChildren(QWidget):
        if isinstance(control, (QAbstractButton, QComboBox, QLineEdit)) and control.isVisible():
            assert control.accessibleName(), control
            assert control.height() >= min_target(), control.accessibleName()
    assert dialog.meeting_list.accessibleName() == "Their meetings"


def test_rates_are_typed_in_pounds_and_kept_in_pence(qtbot, workspace, store):
    dialog = RatesDialog(workspace.involvement)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.mileage.text(), dialog.hourly.text(), dialog.voucher.text()) == ("0.45", "0.00", "0.00")
    dialog.hourly.setText("£20")
    dialog.voucher.setText("25.00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert store.involvement.rates() == Rates(45, 2000, 2500)
    assert dialog.saved_note.text() == "The rates are saved."
    dialog.mileage.setText("lots")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "cannot be used as a rate" in dialog.rates_error.text()
    assert store.involvement.rates() == Rates(45, 2000, 2500)


def test_the_finance_export_is_saved_from_the_rates_dialog(qtbot, workspace, store, meeting, tmp_path):
    dialog = RatesDialog(workspace.involvement)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first.setText("2026-11-01")
    dialog.last.setText("2026-11-30")
    out = tmp_path / "finance.csv"
    dialog.save_finance_export(str(out))
    assert dialog.saved_to == out
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [row[1] for row in rows[1:]] == ["Sam Brown", "Ann Lee"]
    dialog.last.setText("2026-10-01")
    dialog.save_finance_export(str(tmp_path / "again.csv"))
    assert "end date comes before" in dialog.export_error.text()
    assert not (tmp_path / "again.csv").exists()


def test_alt_letters_do_not_clash(qtbot, workspace, sam_record):
    for dialog in (InvolvementDialog(workspace, sam_record["person_id"]), RatesDialog(workspace.involvement)):
        qtbot.addWidget(dialog)
        dialog.show()
        texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton) if w.isVisible()]
        letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
        assert len(letters) == len(set(letters)), letters


@pytest.mark.parametrize("make", ["involvement", "rates"])
def test_the_largest_text_fits_a_small_laptop(qtbot, qapp, workspace, sam_record, make):
    apply_theme(qapp, Appearance(text_scale=300))
    try:
        if make == "involvement":
            dialog = InvolvementDialog(workspace, sam_record["person_id"])
        else:
            dialog = RatesDialog(workspace.involvement)
        qtbot.addWidget(dialog)
        dialog.resize(1024, 768)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1024 and dialog.height() <= 768
        assert too_wide(dialog, 1024) == []
        assert clipped_widgets(dialog) == []
        assert hidden_parts(dialog) == []
    finally:
        apply_theme(qapp, Appearance())


def test_the_role_is_chosen_in_set_up(qtbot, workspace, store, meeting):
    editor = PeopleEditor(workspace.people, workspace.photos, workspace.profiles, workspace.involvement)
    qtbot.addWidget(editor)
    workspace.subscribe(editor.on_change)
    editor.set_meeting(meeting["meeting"].id)
    editor.show()
    assert editor.role.accessibleName() == "Role in this meeting"
    editor.list.setCurrentRow(0)  # Sam
    editor.role.setCurrentIndex(editor.role.findData("co_facilitator"))
    assert store.people.attendee(meeting["meeting"].id, meeting["sam"].person_id).role == "co_facilitator"
    editor.list.setCurrentRow(1)  # Ann: her own role is shown, and showing it saves nothing
    assert editor.role.currentData() == "participant"
    assert store.people.attendee(meeting["meeting"].id, meeting["ann"].person_id).role == "participant"
    editor._clear_form()
    qtbot.keyClicks(editor.full_name, "Jo Bloggs")
    editor.role.setCurrentIndex(editor.role.findData("observer"))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    jo = next(a for a in store.people.attendees(meeting["meeting"].id) if a.person.full_name == "Jo Bloggs")
    assert jo.role == "observer"


def test_the_settings_menu_opens_the_rates_and_the_finance_export(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(RatesDialog, "exec", lambda self: opened.append(self) or 0)
    menu = window.rates_action.parent()
    letters = [a.text()[a.text().index("&") + 1].lower() for a in menu.actions() if "&" in a.text()]
    assert len(letters) == len(set(letters)), letters  # no Alt letter twice in the Settings menu
    assert window.rates_action.text() == "Payment and e&xpense rates…"
    window.rates_action.trigger()
    window.finance_action.trigger()
    assert len(opened) == 2
    assert opened[0].mileage.text() == "0.45"
