"""Pseudo-translation: every string made 40% longer, with accents and brackets, on every screen.

Welsh and Polish run longer than English, and a label that only just fits in English is cut off in
translation. A pseudo-translator stands in for every language at once: each string gets accented
letters (tall marks above capitals catch clipped tops), brackets (a lost "]" shows a clipped end)
and extra words. {placeholders}, & keys, shortcuts such as Ctrl+Enter and file patterns are kept,
so the app still works. The real main window is built with it installed (texts are set when the
widgets are made) at a laptop's 1366×768, and every visible label, button, check box, group title,
tab, choice list, list item and empty field is checked for room to show its whole text, and no
control for lying on top of another or past the edge of what holds it (see clipping.py).
"""

import math
import re
import string
from dataclasses import replace

import pytest
from clipping import LAPTOP, clipped_widgets, hidden_parts, screens, settle, too_wide, too_wide_for_the_laptop
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from coprod_desktop.domain.appearance import Appearance
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.messages import MESSAGES, english_message
from coprod_desktop.ui.app import build_main_window, prepare_application
from coprod_desktop.ui.platform.messages import error_text
from coprod_desktop.ui.platform.speech_service import SpeechService
from coprod_desktop.ui.platform.theme import apply_theme
from coprod_desktop.ui.widgets.form_parts import ErrorLine

GROWTH = 0.4
# Kept exactly: placeholders, & keys, shortcuts, file patterns, web addresses.
KEPT = re.compile(
    r"\{[^{}]*\}|&&|&\w|(?:Ctrl|Alt|Shift|Meta)\+(?:\{[^{}]*\}|\w+)|\*\.\w+|\(\*\)|https?://\S+|\b(?:Escape|Enter|Space|Delete)\b"
)
ACCENTS = dict(
    zip(
        "AaBbCcDdEeFfGgHhIiJjKkLlMmNnOoPpRrSsTtUuWwYyZz",
        "ÅåƁƀÇçĐđÉéƑƒĜĝĤĥÎîĴĵĶķĻļḾḿÑñÖöÞþŘřŠšŢţÛûŴŵÝýŽž",
        strict=True,
    )
)
FILLER = "ŵýŝţéŕ"  # extra words, short enough for word wrap to break between them
TAIL = ":…?.!▶"  # kept at the end, after the closing bracket
# Qt's key names must stay as they are, or shortcuts written as text would stop working.
UNTOUCHED_CONTEXTS = {"QShortcut", "QKeySequence", "QKeySequenceEdit"}


def _accent(text: str) -> str:
    out, last = [], 0
    for match in KEPT.finditer(text):
        out.append("".join(ACCENTS.get(c, c) for c in text[last : match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append("".join(ACCENTS.get(c, c) for c in text[last:]))
    return "".join(out)


def _filler(length: int) -> str:
    text = ""
    while len(text) < length:
        text += (" " if text else "") + FILLER
    return text[:length].rstrip()


def pseudo(text: str) -> str:
    """*text* at least 40% longer, accented and bracketed, with its working parts kept."""
    if not text.strip():
        return text
    if ";;" in text or "(*" in text:  # a file dialog filter: stretch the words, keep the patterns
        parts = []
        for part in text.split(";;"):
            words, bracket, patterns = part.partition(" (")
            parts.append(pseudo(words) + bracket + patterns)
        return ";;".join(parts)
    body = text.rstrip(TAIL)
    tail = text[len(body) :]
    extra = max(2, math.ceil(len(text) * GROWTH))
    return f"[{_accent(body)} {_filler(extra)}]{tail}"


class PseudoTranslator(QTranslator):
    """Stands in for a translation into a long-worded language: every string through tr() grows."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if context in UNTOUCHED_CONTEXTS or not source_text:
            return source_text
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo_window(qtbot, qapp, app_store, settings_store, fake_engine):
    translator = PseudoTranslator(qapp)
    assert qapp.installTranslator(translator)
    prepare_application(qapp)
    speech = SpeechService(fake_engine)
    speech.start()
    window = build_main_window(app_store, qapp, speech, settings_store)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.tasks.wait(10000)
    window.close()
    qapp.removeTranslator(translator)


def test_pseudo_translation_lengthens_text_and_keeps_its_working_parts():
    assert pseudo("Meetings").startswith("[Ḿééţîñĝš ")
    assert len(pseudo("Meetings")) >= len("Meetings") * 1.4
    assert pseudo("Sa&ve changes").count("&") == 1 and "&v" in pseudo("Sa&ve changes")
    assert "{name}" in pseudo("Saved what {name} said.")
    assert pseudo("Saved what {name} said.").endswith("].")
    assert "Ctrl+Enter" in pseudo("Shortcut: Ctrl+Enter")
    assert pseudo("Making the summary…").endswith("]…")
    assert pseudo("PDF files (*.pdf)").endswith(" (*.pdf)")
    assert pseudo("A;;B (*.obz);;All files (*)").count(";;") == 2


def test_pseudo_translator_reaches_the_interface(qapp):
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MeetingsView", "&New meeting") == pseudo("&New meeting")
        assert QWidget.tr("&Quit") == pseudo("&Quit")
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MeetingsView", "&New meeting") == "&New meeting"


def test_the_clipping_check_finds_each_kind_of_cut_off_text(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    fits = QLabel("Fits", host)
    fits.setGeometry(0, 0, 200, 40)
    label = QLabel("A label with rather a lot of words in it", host)
    label.setGeometry(0, 50, 60, 30)
    short_wrap = QLabel("Wrapped words that need more lines than the label is tall", host)
    short_wrap.setWordWrap(True)
    short_wrap.setGeometry(0, 90, 120, 20)
    long_word = QLabel("Supercalifragilisticexpialidocious", host)
    long_word.setWordWrap(True)
    long_word.setGeometry(0, 120, 80, 200)
    button = QPushButton("A button with a long name", host)
    button.setGeometry(0, 330, 60, 40)
    check = QCheckBox("A check box with a long name", host)
    check.setGeometry(0, 380, 60, 40)
    field = QLineEdit(host)
    field.setPlaceholderText("A long hint about what to type here")
    field.setGeometry(0, 430, 60, 40)
    host.resize(300, 500)
    host.show()
    qtbot.waitExposed(host)
    problems = clipped_widgets(host)
    assert [p.split(":")[0] for p in problems] == [
        "QLabel 'A label with rather a lot of words in it'",
        "QLabel 'Wrapped words that need more lines than the label is tall'",
        "QLabel 'Supercalifragilisticexpialidocious'",
        "QPushButton 'A button with a long name'",
        "QCheckBox 'A check box with a long name'",
        "QLineEdit 'A long hint about what to type here'",
    ]
    assert "needs" in problems[0] and "got 60×30" in problems[0]


def test_the_width_check_names_the_row_that_does_not_fit(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    row = QHBoxLayout(host)
    for text in ("First long button name", "Second long button name", "Third"):
        row.addWidget(QPushButton(text))
    found = too_wide(host, 200)
    assert len(found) == 1
    assert found[0].startswith("QWidget: a row needs ")
    assert "QPushButton 'First long button name'" in found[0] and "QPushButton 'Third'" in found[0]
    assert too_wide(host, 2000) == []


def cut_off_text(window, store, qtbot) -> dict[str, list[str]]:
    """For each screen, what does not fit: off the laptop's screen, scrolling sideways, clipped."""
    report, seen = {}, set()
    for screen_name, screen in screens(window, store, qtbot):
        problems = [p for p in too_wide_for_the_laptop(window) if p not in seen]
        seen.update(problems)
        problems += clipped_widgets(screen, max(0, window.width() - LAPTOP[0]))
        problems += hidden_parts(screen)
        if problems:
            report[screen_name] = problems
    return report


def _readable(report: dict[str, list[str]]) -> str:
    return "\n".join(f"{screen}:\n  " + "\n  ".join(problems) for screen, problems in report.items())


def test_no_text_is_cut_off_when_every_string_is_40_percent_longer(qtbot, pseudo_window, app_store):
    assert (pseudo_window.width(), pseudo_window.height()) == LAPTOP
    assert pseudo_window.meetings.new_button.text() == pseudo("&New meeting")  # the translator is in use
    report = cut_off_text(pseudo_window, app_store, qtbot)
    assert report == {}, "Text cut off with 40% longer translations:\n" + _readable(report)


def test_no_text_is_cut_off_in_english(qtbot, window, app_store):
    """The same check on the English interface, so a finding above can be told apart from one
    that is there in every language."""
    window.resize(*LAPTOP)
    report = cut_off_text(window, app_store, qtbot)
    assert report == {}, "Text cut off in English:\n" + _readable(report)


# --- error messages -----------------------------------------------------------------------------
# Errors are words of the "Errors" catalogue (domain/messages.py), turned into sentences by
# error_text(): the pseudo-translator reaches them as it reaches every other string, so the
# longest error, 40% longer, must fit every form's error line.


def _longest_error() -> ValidationError:
    """The error with the most words, its values filled in as a person might have typed them."""
    code = max(MESSAGES, key=lambda c: len(english_message(c, {})))
    values = {
        name: "file.no_space" if name == "reason" else "Siân Brown-Llewellyn"
        for _, name, _, _ in string.Formatter().parse(MESSAGES[code])
        if name
    }
    return ValidationError(code, **values)


def test_error_messages_are_pseudo_translated(qapp):
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    try:
        error = ValidationError("person.already_here", name="<b>Sam</b>")
        assert error_text(error) == pseudo("{name} is already taking part in this meeting.").format(name="<b>Sam</b>")
        reason = error_text(ValidationError("database.cannot_open", name="m.db", reason="database.disk_full"))
        assert pseudo(MESSAGES["database.disk_full"]) in reason  # the reason too
        assert error_text(RuntimeError("raw words")) == pseudo(MESSAGES["error.unknown"])
    finally:
        qapp.removeTranslator(translator)
    assert error_text(error) == "<b>Sam</b> is already taking part in this meeting."


@pytest.mark.parametrize("percent", (100, 300))
def test_the_longest_error_fits_every_error_line_when_40_percent_longer(
    qtbot, qapp, app_store, settings_store, fake_engine, percent
):
    translator = PseudoTranslator(qapp)
    assert qapp.installTranslator(translator)
    settings_store.save(replace(settings_store.load(), text_scale=percent))
    apply_theme(qapp, Appearance(text_scale=percent))
    try:
        prepare_application(qapp)
        speech = SpeechService(fake_engine)
        speech.start()
        window = build_main_window(app_store, qapp, speech, settings_store)
        qtbot.addWidget(window)
        window.resize(*LAPTOP)
        window.show()
        qtbot.waitExposed(window)
        text = error_text(_longest_error())
        assert text.startswith("[") and "Siân Brown-Llewellyn" in text  # pseudo-translated, values kept
        report, shown = {}, 0
        for screen_name, screen in screens(window, app_store, qtbot):
            lines = [line for line in screen.findChildren(ErrorLine) if line.parentWidget().isVisible()]
            for line in lines:
                line.show_error(text)
            settle(window, qtbot)
            shown += sum(line.isVisible() for line in lines)
            problems = clipped_widgets(screen, max(0, window.width() - LAPTOP[0])) + hidden_parts(screen)
            problems = [p for p in problems if "errorText" in p]
            if problems:
                report[screen_name] = problems
            for line in lines:
                line.clear_error()
        assert shown >= 3, "no form's error line was shown"
        assert report == {}, f"An error cut off at {percent}% with 40% longer words:\n" + _readable(report)
        window.tasks.wait(10000)
        window.close()
    finally:
        qapp.removeTranslator(translator)
        apply_theme(qapp, Appearance())


def test_reports_of_what_was_done_are_pseudo_translated(qapp):
    # What bringing a board in did is said as errors are (codes of the "Errors" catalogue), so the
    # pseudo-translator reaches every sentence of it, and a voice fallback's language name too.
    from coprod_desktop.services.obf import BoardImport, LeftOut
    from coprod_desktop.services.speech.voices import VoiceFallback
    from coprod_desktop.ui.platform.messages import report_text

    left = [LeftOut("b", "", "1", "no_words", "")]
    result = BoardImport(cards=[], left_out=left, board_name="<b>Ours</b>", already_here=2)
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    try:
        assert report_text(result.report()) == " ".join(
            pseudo(MESSAGES[code]).format(**params) for code, params in result.report()
        )
        said = error_text(VoiceFallback("speech.language_voice_missing", language="Welsh"))
        assert said == pseudo(MESSAGES["speech.language_voice_missing"]).format(language=pseudo("Welsh"))
    finally:
        qapp.removeTranslator(translator)
    assert report_text(result.report()).startswith("Picture cards added from “<b>Ours</b>”: 0.")
