"""Every dialog fits a 1366×768 laptop at every text size, OK and Cancel always in view (issue 10).

The dialog's body scrolls; its buttons sit outside the scroll area. The test's own screen is not
1366×768, so each dialog is given the laptop's size at most (as a window manager would) and checked
there: it can be that small, its buttons are whole and inside it, and its body scrolls.
"""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QScrollArea

from coprod_desktop.domain.appearance import Appearance
from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.platform.theme import apply_theme

LAPTOP = (1366, 768)


def every_dialog(window, store, tmp_path):
    from coprod_desktop.ui.dialogs.access_dialog import AccessDialog
    from coprod_desktop.ui.dialogs.picture_details import PictureDetailsDialog
    from coprod_desktop.ui.dialogs.profile_dialog import ProfileDialog
    from coprod_desktop.ui.dialogs.speech_settings_dialog import SpeechSettingsDialog

    meeting = create_demo_meeting(store)
    people = store.people.attendees(meeting.id)
    yield "display and access", AccessDialog(window.settings.load(), window)
    yield "speech", SpeechSettingsDialog(window.settings, window)
    yield "communication profile", ProfileDialog(window.workspace.profiles, people[0].person_id, "Sam", window)
    yield "picture details", PictureDetailsDialog(Path(tmp_path / "trip.jpg"), None, people, {}, window)


def inside(child, dialog) -> bool:
    top_left = child.mapTo(dialog, QPoint(0, 0))
    return dialog.rect().contains(QRect(top_left, child.size()))


@pytest.mark.parametrize("percent", [100, 200, 300])
def test_every_dialog_fits_the_laptop_with_its_buttons_in_view(qtbot, qapp, window, app_store, tmp_path, percent):
    apply_theme(qapp, Appearance(text_scale=percent))
    problems = {}
    try:
        for name, dialog in every_dialog(window, app_store, tmp_path):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            least = dialog.minimumSize().expandedTo(dialog.minimumSizeHint())
            found = []
            if least.height() > LAPTOP[1] or least.width() > LAPTOP[0]:
                found.append(f"needs at least {least.width()}x{least.height()}")
            dialog.resize(min(dialog.width(), LAPTOP[0]), min(dialog.height(), LAPTOP[1]))
            qtbot.wait(10)
            boxes = dialog.findChildren(QDialogButtonBox)
            assert boxes, name
            for button in boxes[0].findChildren(QAbstractButton):
                if button.isVisible() and not inside(button, dialog):
                    found.append(f"{button.text()!r} is not wholly in view")
            scrolls = [a for a in dialog.findChildren(QScrollArea) if a.isVisible() and a.widget() is not None]
            if not scrolls:
                found.append("nothing scrolls")
            if any(a.isAncestorOf(boxes[0]) for a in scrolls):
                found.append("the buttons scroll away with the body")
            if found:
                problems[name] = found
            dialog.close()
    finally:
        apply_theme(qapp, Appearance())
    assert problems == {}, f"At {percent}%: {problems}"
