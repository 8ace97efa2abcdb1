"""Languages: the catalogues are complete and well formed, and switching language works while the app runs."""

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QWidget

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.ui.platform.language import LANGUAGES, LanguageMenu, LanguageSwitcher, translations_dir

REPO = Path(__file__).resolve().parents[2]
TRANSLATED = ("cy", "pl", "ar", "ur")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# Keys named in the text, file patterns in file dialogs: words a translation must carry over unchanged.
KEPT_TOKENS = re.compile(r"(?:Ctrl|Alt|Shift)\+[\w{}]+|\*\.\w+|\(\*\)|\.ob[fz]\b|;;")


def _load_tool():
    spec = importlib.util.spec_from_file_location("update_translations", REPO / "packaging" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def messages(code: str):
    return tool.read_catalogue(tool.catalogue_path(code))


def mnemonics(text: str) -> list[str]:
    """The letters marked with & (a doubled && is a literal ampersand)."""
    return re.findall(r"&(.)", text.replace("&&", ""))


@pytest.fixture
def switcher(qapp):
    saved_locale = QLocale()
    switcher = LanguageSwitcher(qapp)
    yield switcher
    switcher.set_language("en")
    QLocale.setDefault(saved_locale)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# --- the catalogues ----------------------------------------------------------------------------


def test_the_app_offers_english_welsh_polish_arabic_and_urdu_by_their_own_names():
    assert LANGUAGES == {"en": "English", "cy": "Cymraeg", "pl": "Polski", "ar": "العربية", "ur": "اردو"}
    assert translations_dir() == REPO / "translations"


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_catalogue_parses_and_names_its_language(code):
    ts = tool.catalogue_path(code)
    root = ET.parse(ts).getroot()
    assert root.tag == "TS"
    assert root.get("language", "").split("_")[0] == code
    assert len(messages(code)) > 200  # the whole interface, not a sample


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_and_finished(code):
    unfinished = [f"{m.context}: {m.source!r}" for m in messages(code) if not m.finished]
    assert unfinished == []
    assert 'type="unfinished"' not in tool.catalogue_path(code).read_text(encoding="utf-8")


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalogue_has_every_string_of_the_english_catalogue(code):
    english = {(m.context, m.source, m.comment) for m in messages("en")}
    assert {(m.context, m.source, m.comment) for m in messages(code)} == english


@pytest.mark.parametrize("code", TRANSLATED)
def test_placeholders_are_kept_exactly(code):
    wrong = [
        f"{m.source!r} -> {m.translation!r}"
        for m in messages(code)
        if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(m.translation))
    ]
    assert wrong == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_keyboard_mnemonics_are_single_and_on_a_letter(code):
    wrong = []
    for m in messages(code):
        marked = mnemonics(m.translation)
        if len(marked) > 1 or any(not letter.isalpha() for letter in marked):
            wrong.append(f"{m.translation!r}: more than one & or & not on a letter")
        if mnemonics(m.source) and not marked:  # Arabic and Urdu too: "(&S)", the English letter
            wrong.append(f"{m.translation!r}: lost the Alt-key letter of {m.source!r}")
    assert wrong == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_shortcuts_file_patterns_and_ellipses_are_kept(code):
    wrong = []
    for m in messages(code):
        if sorted(KEPT_TOKENS.findall(m.source)) != sorted(KEPT_TOKENS.findall(m.translation)):
            wrong.append(f"{m.source!r} -> {m.translation!r}: keys or file patterns changed")
        if m.source.endswith("…") != m.translation.endswith("…"):
            wrong.append(f"{m.source!r} -> {m.translation!r}: the … ending (opens a dialog) changed")
    assert wrong == []


def test_right_to_left_arrows_point_the_way_the_buttons_sit():
    # In a mirrored layout "previous" sits on the right, so its arrow points right.
    for code in ("ar", "ur"):
        found = {m.source: m.translation for m in messages(code) if m.context == "RoomView"}
        assert found["◀ &Previous prompt"].startswith("▶")
        assert found["&Next prompt ▶"].endswith("◀")


def test_catalogues_are_up_to_date_with_the_code_and_compiled():
    """What `python packaging/update_translations.py --check` reports: new strings in the code that
    a catalogue lacks, unfinished translations, tr() calls lupdate cannot read, stale .qm files."""
    assert tool.check() == []


def test_check_reports_a_stale_compiled_catalogue(tmp_path):
    ts = tmp_path / "coprod_desktop_cy.ts"
    shutil.copy(tool.catalogue_path("cy"), ts)
    shutil.copy(tool.catalogue_path("cy").with_suffix(".qm"), ts.with_suffix(".qm"))
    assert tool.compiled_problems([ts]) == []
    ts.write_text(ts.read_text(encoding="utf-8").replace(">Cyfarfodydd<", ">Cyfarfodydd newydd<"), encoding="utf-8")
    assert tool.compiled_problems([ts]) == [
        "coprod_desktop_cy.qm is older than coprod_desktop_cy.ts: run python packaging/update_translations.py"
    ]
    ts.with_suffix(".qm").unlink()
    assert "missing" in tool.compiled_problems([ts])[0]


def test_check_reports_missing_and_unfinished_strings():
    in_catalogue = {(m.context, m.source, m.comment) for m in messages("pl")}
    dropped = ("Wall", "Contributions", "")
    in_code = (in_catalogue - {dropped}) | {("MeetingsView", "A string no catalogue has", "")}
    assert tool.catalogue_problems("pl", in_code) == [
        "coprod_desktop_pl.ts lacks MeetingsView: 'A string no catalogue has'",
        "coprod_desktop_pl.ts still lists Wall: 'Contributions', which the code dropped",
    ]


# --- switching language ------------------------------------------------------------------------


@pytest.mark.parametrize("code", TRANSLATED)
def test_installing_a_language_translates_every_interface_string(switcher, code):
    switcher.set_language(code)
    assert switcher.language == code
    assert tool.catalogue_path(code).with_suffix(".qm") in switcher.loaded_files
    wrong = []
    for m in messages(code):
        shown = QCoreApplication.translate(m.context, m.source, m.comment or None)
        if shown != m.translation:
            wrong.append(f"{m.context}: {m.source!r} shows {shown!r}, not {m.translation!r}")
    assert wrong == []


@pytest.mark.parametrize(
    ("code", "meetings", "new_meeting"),
    [
        ("cy", "Cyfarfodydd", "Cyfarfod &newydd"),
        ("pl", "Spotkania", "&Nowe spotkanie"),
        ("ar", "الاجتماعات", "اجتماع جديد (&N)"),  # the Alt key: the English letter (issue 10)
        ("ur", "میٹنگیں", "نئی میٹنگ (&N)"),
    ],
)
def test_a_known_string_reads_in_the_chosen_language(switcher, code, meetings, new_meeting):
    switcher.set_language(code)
    assert QCoreApplication.translate("MeetingsView", "Meetings") == meetings
    assert QCoreApplication.translate("MeetingsView", "&New meeting") == new_meeting
    assert QCoreApplication.translate("Speed", "Much slower") != "Much slower"  # labels from data tables too


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_arabic_and_urdu_mirror_the_layout(switcher, qapp, code):
    widget = QWidget()
    row = QHBoxLayout(widget)
    row.addWidget(QLabel("first"))
    row.addWidget(QLabel("second"))
    switcher.set_language(code)
    expected = Qt.LayoutDirection.RightToLeft if code in ("ar", "ur") else Qt.LayoutDirection.LeftToRight
    assert qapp.layoutDirection() == expected
    assert widget.layoutDirection() == expected  # widgets follow the app without being rebuilt
    assert QLocale().name().split("_")[0] == code


def test_switching_back_to_english_restores_the_source_text(switcher, qapp):
    switcher.set_language("ar")
    assert QCoreApplication.translate("MeetingsView", "Meetings") != "Meetings"
    switcher.set_language("pl")
    assert QCoreApplication.translate("MeetingsView", "Meetings") == "Spotkania"
    switcher.set_language("en")
    assert QCoreApplication.translate("MeetingsView", "Meetings") == "Meetings"
    assert QCoreApplication.translate("Speed", "Much slower") == "Much slower"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not any(path.name.startswith("coprod_desktop_") for path in switcher.loaded_files)


def test_language_changed_is_emitted_after_the_switch(switcher, qtbot):
    seen = []
    switcher.language_changed.connect(
        lambda code: seen.append((code, QCoreApplication.translate("Wall", "Contributions")))
    )
    with qtbot.waitSignal(switcher.language_changed, timeout=1000) as signal:
        switcher.set_language("cy")
    assert signal.args == ["cy"]
    assert seen == [("cy", "Cyfraniadau")]  # listeners already see the new language


def test_widgets_get_a_language_change_event(switcher, qtbot):
    class Listener(QWidget):
        changes = 0

        def changeEvent(self, event):
            if event.type() == event.Type.LanguageChange:
                self.changes += 1
            super().changeEvent(event)

    listener = Listener()
    qtbot.addWidget(listener)
    switcher.set_language("pl")
    QCoreApplication.processEvents()
    assert listener.changes >= 1


def test_qt_own_buttons_follow_the_language(switcher, qtbot):
    switcher.set_language("pl")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Anuluj"


@pytest.mark.parametrize("code", ["xx", "", "EN", "english", None, "../en"])
def test_an_unknown_language_is_refused_and_nothing_changes(switcher, qapp, code):
    switcher.set_language("cy")
    with pytest.raises(ValidationError, match="no language"):
        switcher.set_language(code)
    assert switcher.language == "cy"
    assert QCoreApplication.translate("Wall", "Contributions") == "Cyfraniadau"


def test_a_missing_content_catalogue_is_fine(qapp, tmp_path):
    shutil.copy(tool.catalogue_path("cy").with_suffix(".qm"), tmp_path / "coprod_desktop_cy.qm")
    switcher = LanguageSwitcher(qapp, folder=tmp_path)
    try:
        switcher.set_language("cy")
        assert [p.name for p in switcher.loaded_files] == ["coprod_desktop_cy.qm"]  # Qt has no qtbase_cy
        assert QCoreApplication.translate("Wall", "Contributions") == "Cyfraniadau"
    finally:
        switcher.set_language("en")


def test_a_content_catalogue_beside_the_interface_one_is_installed_too(qapp, tmp_path):
    shutil.copy(tool.catalogue_path("cy").with_suffix(".qm"), tmp_path / "coprod_desktop_cy.qm")
    content_ts = tmp_path / "coprod_content_cy.ts"
    content_ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="cy_GB">\n'
        "<context><name>Card</name><message><source>Happy</source><translation>Hapus</translation></message>"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    tool.lrelease(content_ts, content_ts.with_suffix(".qm"))
    switcher = LanguageSwitcher(qapp, folder=tmp_path)
    try:
        switcher.set_language("cy")
        assert QCoreApplication.translate("Card", "Happy") == "Hapus"
        assert QCoreApplication.translate("Wall", "Contributions") == "Cyfraniadau"
        switcher.set_language("en")
        assert QCoreApplication.translate("Card", "Happy") == "Happy"
    finally:
        switcher.set_language("en")


def test_a_damaged_catalogue_is_skipped_and_the_app_stays_in_english(qapp, tmp_path):
    (tmp_path / "coprod_desktop_pl.qm").write_bytes(b"not a catalogue")
    switcher = LanguageSwitcher(qapp, folder=tmp_path)
    try:
        switcher.set_language("pl")
        assert switcher.language == "pl"
        assert not any(p.parent == tmp_path for p in switcher.loaded_files)
        assert QCoreApplication.translate("Wall", "Contributions") == "Contributions"
    finally:
        switcher.set_language("en")


def test_language_menu_lists_languages_by_their_own_names_and_switches(switcher, qtbot):
    host = QPushButton()
    qtbot.addWidget(host)
    menu = LanguageMenu(switcher, host)
    assert [a.text() for a in menu.actions()] == list(LANGUAGES.values())
    assert menu.title() == "&Language"
    welsh = next(a for a in menu.actions() if a.data() == "cy")
    welsh.trigger()
    assert switcher.language == "cy"
    assert welsh.isChecked()
    assert menu.title() == "&Iaith"  # the menu retitles itself
    switcher.set_language("ar")
    assert next(a for a in menu.actions() if a.isChecked()).data() == "ar"
    assert [a.text() for a in menu.actions()] == list(LANGUAGES.values())  # names never translated


def test_a_view_built_after_the_switch_is_in_the_new_language(switcher, qtbot):
    from coprod_desktop.ui.meetings.meetings_view import MeetingsView

    switcher.set_language("cy")
    welsh = MeetingsView()
    qtbot.addWidget(welsh)
    assert welsh.new_button.text() == "Cyfarfod &newydd"
    switcher.set_language("ar")
    arabic = MeetingsView()
    qtbot.addWidget(arabic)
    assert arabic.new_button.text() == "اجتماع جديد (&N)"
    assert arabic.isRightToLeft() and welsh.isRightToLeft()  # the direction reaches views already built
    assert welsh.new_button.text() == "Cyfarfod &newydd"  # texts set in __init__ stay: hence the rebuild


@pytest.mark.parametrize(("code", "title"), [("pl", "Spotkania"), ("ur", "میٹنگیں")])
def test_the_main_window_built_after_choosing_a_language_shows_it(switcher, qtbot, qapp, app_store, code, title):
    from coprod_desktop.ui.app import build_main_window, prepare_application

    switcher.set_language(code)
    prepare_application(qapp)
    window = build_main_window(app_store, qapp)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.meetings.list.accessibleName() == title
        assert window.isRightToLeft() == (code == "ur")
        new_x, open_x = window.meetings.new_button.x(), window.meetings.open_button.x()
        assert (new_x > open_x) == (code == "ur")  # Urdu reads the row of buttons from the right
    finally:
        window.tasks.wait(10000)
        window.close()


# --- Alt keys in right-to-left languages (issue 10) ---------------------------------------------


@pytest.mark.parametrize("code", ["ar", "ur"])
def test_every_alt_key_of_the_english_catalogue_is_kept_in_right_to_left_languages(code):
    # All 87 were dropped once: the translations had lost their & markers.
    english = {(m.context, m.source) for m in messages("en") if mnemonics(m.source)}
    kept = {(m.context, m.source) for m in messages(code) if mnemonics(m.source) and mnemonics(m.translation)}
    assert len(english) >= 80
    assert english - kept == set()


def _alt_keys(root: QWidget) -> list[str]:
    """The Alt keys that work on *root*'s visible buttons and labels (a label's works only with a buddy)."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton

    keys = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            key = QKeySequence.mnemonic(widget.text())
            if not key.isEmpty():
                keys.append(key.toString())
    return keys


def _room_alt_keys(qtbot, qapp, store):
    from coprod_desktop.services.demo import create_demo_meeting
    from coprod_desktop.ui.app import build_main_window, prepare_application

    prepare_application(qapp)
    window = build_main_window(store, qapp)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        meeting = create_demo_meeting(store)
        window.show_room(meeting.id)
        qtbot.wait(10)
        keys = _alt_keys(window.room)
        room = window.room
        room.composer.words.setFocus()
        qtbot.keyClick(room.composer.words, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
        reached_search = room.composer.search.hasFocus()
        return keys, reached_search
    finally:
        window.tasks.wait(10000)
        window.close()


def test_alt_keys_work_in_the_room_in_arabic_as_in_english(switcher, qtbot, qapp, app_store):
    english, _ = _room_alt_keys(qtbot, qapp, app_store)
    switcher.set_language("ar")
    arabic, reached_search = _room_alt_keys(qtbot, qapp, app_store)
    assert len(english) >= 8
    assert sorted(arabic) == sorted(english)  # the same letters, so the same keys as the guides
    assert reached_search  # Alt+C, the Cards label's key, works in Arabic
