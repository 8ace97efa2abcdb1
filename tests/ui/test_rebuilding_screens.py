"""Changes in Display and access rebuild the screens: nothing of the old screens stays listening."""

from dataclasses import replace

from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent

from coprod_desktop.domain.appearance import Appearance
from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.platform.theme import appearance_hub, apply_theme


def listeners(window) -> dict[str, int]:
    """How many receivers the app-wide signals have: the speech service, language, changes."""
    speech = window.speech
    watched = {
        "speech started": (speech, "started(QString)"),
        "speech word": (speech, "word(int,int)"),
        "speech finished": (speech, "finished(bool)"),
        "speech error": (speech, "error(QString)"),
        "speech notice": (speech, "notice(QString)"),
        "speech availability": (speech, "availability_changed(bool,QString)"),
        "language": (window.language, "language_changed(QString)"),
        "store changes": (window.bridge, "changed(PyObject)"),
        "appearance": (appearance_hub(), "changed(PyObject)"),
    }
    return {name: owner.receivers(SIGNAL(signature)) for name, (owner, signature) in watched.items()}


def gone(qapp) -> None:
    """Let the old screens be deleted, as the event loop would."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()


def test_two_changes_leave_no_old_listener_behind(qtbot, qapp, window, app_store, capfd):
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    gone(qapp)
    before = listeners(window)
    try:
        window.apply_settings(replace(window.settings.load(), text_scale=150))
        gone(qapp)
        window.apply_settings(replace(window.settings.load(), theme="high_contrast_dark"))
        gone(qapp)
        assert listeners(window) == before

        # What the old screens listened to happens: only the new room answers, and nothing fails.
        speech = window.speech
        speech.started.emit("Sam said: hello")
        speech.word.emit(0, 3)
        speech.finished.emit(True)
        speech.error.emit("Speech stopped (player gone)")
        speech.notice.emit("A voice was not found")
        speech.availability_changed.emit(False, "Speech is off.")
        app_store.meetings.update(meeting.id, "A new title", meeting.date)
        qapp.processEvents()
        assert window.room.title.text() == "A new title"
        assert window.room.reading_bar.text.toPlainText() == "Speech is off."
        errors = capfd.readouterr().err
        assert "RuntimeError" not in errors and "Traceback" not in errors
    finally:
        apply_theme(qapp, Appearance())
