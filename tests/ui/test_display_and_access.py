"""Display and access settings while the app runs: language (with right-to-left layout), text size
and theme, switch access; the screens are rebuilt and a contribution being made is kept."""

from dataclasses import replace
from pathlib import Path

import pytest
from clipping import clipped_widgets, hidden_parts
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDoubleSpinBox, QLabel

from coprod_desktop.domain.appearance import Appearance
from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.dialogs.access_dialog import AccessDialog
from coprod_desktop.ui.platform.theme import apply_theme, current_appearance

SHOTS = Path(__file__).resolve().parents[1] / "output" / "presenting"


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


# --- the room display's own settings (issue 10) ----------------------------------------------------


def test_the_room_display_group_lists_the_screens_and_gathers_its_own_size_and_colours(qtbot, window, settings_store):
    dialog = AccessDialog(settings_store.load(), window)
    qtbot.addWidget(dialog)
    screens = QGuiApplication.screens()
    assert dialog.display_screen.count() == 1 + len(screens)
    assert dialog.display_screen.currentText() == "Choose for me" and dialog.display_screen.currentData() == ""
    size = screens[0].size()
    assert dialog.display_screen.itemText(1).startswith("Screen 1: ")
    assert dialog.display_screen.itemText(1).endswith(f"{size.width()} × {size.height()}")
    dialog.display_screen.setCurrentIndex(1)
    dialog.display_text_scale.setCurrentIndex(dialog.display_text_scale.findData(300))
    dialog.display_theme.setCurrentIndex(dialog.display_theme.findData("high_contrast_dark"))
    chosen = dialog.chosen()
    assert (chosen.display_screen, chosen.display_text_scale, chosen.display_theme) == (
        screens[0].name(),
        300,
        "high_contrast_dark",
    )
    # The console's own look is left as it was.
    assert (chosen.text_scale, chosen.theme) == (settings_store.load().text_scale, settings_store.load().theme)
    assert [dialog.display_text_scale.itemData(i) for i in range(dialog.display_text_scale.count())] == [
        dialog.text_scale.itemData(i) for i in range(dialog.text_scale.count())
    ]
    names = [c.accessibleName() for c in (dialog.display_screen, dialog.display_text_scale, dialog.display_theme)]
    assert names == ["Room display: which screen", "Room display: text size", "Room display: colours"]


def test_a_saved_display_screen_that_is_not_connected_stays_chosen(qtbot, window, settings_store):
    saved = replace(settings_store.load(), display_screen="HDMI-2", display_theme="cream", display_text_scale=175)
    dialog = AccessDialog(saved, window)
    qtbot.addWidget(dialog)
    assert dialog.display_screen.currentText() == "HDMI-2 (not connected now)"
    chosen = dialog.chosen()
    assert (chosen.display_screen, chosen.display_theme, chosen.display_text_scale) == ("HDMI-2", "cream", 175)


def test_the_room_display_fields_are_reached_by_their_alt_keys_and_by_tab(qtbot, window, settings_store):
    dialog = AccessDialog(settings_store.load(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.language.setFocus()
    fields = {"w": dialog.display_screen, "z": dialog.display_text_scale, "o": dialog.display_theme}
    for letter, field in fields.items():
        labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is field]
        assert len(labels) == 1 and f"&{letter}" in labels[0].text().lower()
        key = getattr(Qt.Key, f"Key_{letter.upper()}")
        QTest.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        assert field.hasFocus(), letter
    dialog.text_scale.setFocus()
    for _ in range(30):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is dialog.display_theme:
            break
    assert QApplication.focusWidget() is dialog.display_theme
    # Every Alt letter in the dialog is used once.
    letters = [label.text().lower().split("&")[1][0] for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert len(letters) == len(set(letters))


@pytest.mark.parametrize("percent", [100, 300])
def test_the_room_display_group_fits_at_every_text_size(qtbot, qapp, window, settings_store, percent):
    apply_theme(qapp, Appearance(text_scale=percent))
    try:
        dialog = AccessDialog(settings_store.load(), window)
        qtbot.addWidget(dialog)
        dialog.resize(min(dialog.width(), 1366), min(dialog.height(), 768))
        dialog.show()
        qtbot.waitExposed(dialog)
        box = dialog.display_box
        assert clipped_widgets(box) == []
        assert hidden_parts(box) == []
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert box.grab().save(str(SHOTS / f"access-room-display-{percent}.png"))
    finally:
        apply_theme(qapp, Appearance())
