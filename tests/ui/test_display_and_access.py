"""Display and access settings while the app runs: language (with right-to-left layout), text size
and theme, switch access; the screens are rebuilt and a contribution being made is kept."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDoubleSpinBox

from coprod_desktop.domain.appearance import Appearance
from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.dialogs.access_dialog import AccessDialog
from coprod_desktop.ui.platform.theme import apply_theme, current_appearance


@pytest.fixture
def demo(window, app_store, qapp):
    meeting = create_demo_meeting(app_store)
    yield meeting
    # The language and look belong to the whole application: leave them as other tests expect.
    window.language.set_language("en")
    apply_theme(qapp, Appearance())


def test_switching_language_rebuilds_every_screen_in_it_and_keeps_the_draft(qtbot, window, app_store, demo):
    window.show_room(demo.id)
    room = window.room
    sam = room.session.attendees[0]
    room.choose_speaker(sam.person_id)
    room.add_card("feeling-good")
    room.composer.words.setPlainText("Half typed")
    english = room.composer.save_button.text()

    window.apply_settings(replace(window.settings.load(), interface_language="cy"))
    assert window.settings.load().interface_language == "cy"
    room = window.room  # a new room screen, in Welsh
    assert window.stack.currentWidget() is room
    assert room.composer.save_button.text() != english
    assert room.session.speaker_id == sam.person_id
    assert room.session.cards == ["feeling-good"]
    assert room.composer.words.toPlainText() == "Half typed"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight

    window.language.set_language("ar")  # the Language menu does this
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.settings.load().interface_language == "ar"
    assert window.room.composer.words.toPlainText() == "Half typed"
    arabic = window.room.composer.save_button.text()
    assert any("\u0600" <= ch <= "\u06ff" for ch in arabic)

    window.language.set_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.room.composer.save_button.text() == english


def test_text_size_and_theme_apply_to_new_screens(qtbot, window, app_store, demo, qapp):
    window.show_room(demo.id)
    normal_font = qapp.font().pointSizeF()
    normal_height = window.room.composer.save_button.sizeHint().height()
    chosen = replace(window.settings.load(), text_scale=200, theme="high_contrast_dark")
    window.apply_settings(chosen)
    assert current_appearance().theme == "high_contrast_dark"
    assert qapp.font().pointSizeF() == pytest.approx(normal_font * 2, rel=0.05)
    assert window.room.composer.save_button.sizeHint().height() >= 1.8 * normal_height
    assert window.stack.currentWidget() is window.room


def test_switch_access_turns_scanning_on_and_off_in_the_room(qtbot, window, app_store, demo):
    window.show_room(demo.id)
    assert not window.room.switch.is_running()
    window.apply_settings(replace(window.settings.load(), switch_access=True, scan_step_seconds=3.5))
    assert window.room.switch.is_running()
    assert window.room.switch.settings.step_seconds == 3.5
    window.show_meetings()
    assert not window.room.switch.is_running()  # never scans a screen no one sees
    window.show_room(demo.id)
    assert window.room.switch.is_running()
    window.apply_settings(replace(window.settings.load(), switch_access=False))
    assert not window.room.switch.is_running()


def test_the_dialog_gathers_choices_and_every_control_is_named(qtbot, window, settings_store):
    dialog = AccessDialog(settings_store.load(), window)
    qtbot.addWidget(dialog)
    dialog.text_scale.setCurrentIndex(dialog.text_scale.findData(150))
    dialog.theme.setCurrentIndex(dialog.theme.findData("cream"))
    dialog.font.setCurrentIndex(dialog.font.findData("dyslexia"))
    dialog.reduced_motion.setChecked(True)
    assert not dialog.step.isEnabled()  # scanning timings wait until switch access is on
    dialog.switch_on.setChecked(True)
    assert dialog.step.isEnabled()
    dialog.scan_mode.setCurrentIndex(dialog.scan_mode.findData("two_switch"))
    dialog.hold.setValue(0.5)
    chosen = dialog.chosen()
    assert (chosen.text_scale, chosen.theme, chosen.font, chosen.reduced_motion) == (150, "cream", "dyslexia", True)
    assert (chosen.switch_access, chosen.scan_mode, chosen.scan_hold_seconds) == (True, "two_switch", 0.5)
    controls = [*dialog.findChildren(QComboBox), *dialog.findChildren(QDoubleSpinBox)]
    controls += [b for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    assert len(controls) >= 11
    assert [c for c in controls if not (c.accessibleName() or c.text().replace("&", ""))] == []


def test_a_saved_settings_file_with_bad_values_still_starts(settings_store):
    settings_store.qsettings.setValue("text_scale", "9000")
    settings_store.qsettings.setValue("theme", "neon")
    settings_store.qsettings.setValue("scan_step_seconds", "0.01")
    loaded = settings_store.load()
    assert loaded.theme == "standard"
    assert loaded.text_scale == 300  # out of range goes to the nearest end
    assert loaded.scan_step_seconds == 2.0
