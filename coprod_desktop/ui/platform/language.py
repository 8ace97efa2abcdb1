"""The interface language: which catalogues are loaded, and which way the layout runs.

LanguageSwitcher.set_language(code) can be called at any time while the app runs. It swaps the
installed QTranslators for the ones of the new language:
  - coprod_desktop_<code>.qm  the interface (translations/coprod_desktop_<code>.ts);
  - coprod_content_<code>.qm  card labels, card synonyms, categories and printout words, when present;
  - qtbase_<code>.qm          Qt's own strings (OK, Cancel, the file dialogs), when Qt ships one;
then lays the app out right-to-left for Arabic and Urdu, sets the default QLocale (dates, numbers)
and emits language_changed(code).

How screens follow a change. Installing or removing a translator makes Qt send QEvent.LanguageChange
to every widget, but our views set their texts once, in __init__, so that event alone changes
nothing on screen. Instead:
  - at start-up, call set_language() before the main window is built, so every text is made in
    the chosen language;
  - on language_changed, the main window builds its views again (they are cheap to build, and the
    store keeps everything that was saved) and shows the same screen and meeting as before.
    Listen to language_changed rather than to LanguageChange: one switch removes and installs
    several translators, and each of those sends its own LanguageChange;
  - a widget that outlives the rebuild (a menu, the window title) re-sets its own texts from the
    same signal, as LanguageMenu does.
Layout direction needs no rebuild: QApplication.setLayoutDirection mirrors every layout at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from ...domain.errors import ValidationError

# Each language by its own name, as a person looks for it in a list. English first: it is the
# language the interface is written in, and needs no catalogue of its own.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "cy": "Cymraeg",
    "pl": "Polski",
    "ar": "العربية",
    "ur": "اردو",
}
SOURCE_LANGUAGE = "en"
RIGHT_TO_LEFT = frozenset({"ar", "ur"})
# The locale each code stands for here: the app is made for health and social care in the UK.
LOCALES: dict[str, str] = {"en": "en_GB", "cy": "cy_GB", "pl": "pl_PL", "ar": "ar", "ur": "ur_PK"}
CATALOGUES = ("coprod_desktop", "coprod_content")  # the interface, then the card content

_PACKAGE = Path(__file__).resolve().parents[2]  # coprod_desktop/


def translations_dir() -> Path:
    """The folder of .qm catalogues: inside the package in a wheel, beside it in a checkout.

    A folder that is missing altogether is not an error here: the app then runs in English."""
    for candidate in (_PACKAGE / "translations", _PACKAGE.parent / "translations"):
        if candidate.is_dir():
            return candidate
    return _PACKAGE.parent / "translations"


def parse_language(code: object) -> str:
    """Return *code* if the app offers that language, or raise ValidationError."""
    if isinstance(code, str) and code in LANGUAGES:
        return code
    choices = ", ".join(LANGUAGES)
    raise ValidationError("language.unknown", value=str(code), choices=choices)


def is_right_to_left(code: str) -> bool:
    return parse_language(code) in RIGHT_TO_LEFT


def catalogue_files(code: str, folder: Path | None = None) -> list[Path]:
    """The .qm files that exist for *code*, in the order they are installed (ours, then Qt's)."""
    code = parse_language(code)
    folder = translations_dir() if folder is None else folder
    ours = [folder / f"{name}_{code}.qm" for name in CATALOGUES]
    qt_base = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{code}.qm"
    return [path for path in [*ours, qt_base] if path.is_file()]


class LanguageSwitcher(QObject):
    """Owns the app's translators; make one per application.

    It is a child of the application unless given another parent, so the translators stay
    installed even where no Python name holds on to it."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else app)
        self.app = app
        self.folder = folder
        self._language = SOURCE_LANGUAGE
        self._translators: list[QTranslator] = []

    @property
    def language(self) -> str:
        """The code of the language now in use."""
        return self._language

    @property
    def loaded_files(self) -> list[Path]:
        """The catalogues installed now (none for English unless a content catalogue exists)."""
        return [Path(t.filePath()) for t in self._translators]

    def set_language(self, code: str) -> None:
        """Switch the whole app to *code* (one of LANGUAGES); raises ValidationError otherwise.

        Emits language_changed(code) every time, even for the language already in use, so a caller
        can use it to rebuild after loading fresh catalogues."""
        code = parse_language(code)
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        for path in catalogue_files(code, self.folder):
            translator = QTranslator(self)
            # A damaged or foreign file is skipped: the strings it held stay in English. An empty
            # one (English, the source language, has nothing to translate) is not worth installing.
            if translator.load(str(path)) and not translator.isEmpty() and self.app.installTranslator(translator):
                self._translators.append(translator)
        self._language = code
        QLocale.setDefault(QLocale(LOCALES[code]))
        if isinstance(self.app, QApplication):
            direction = Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
            self.app.setLayoutDirection(direction)
        self.language_changed.emit(code)


class LanguageMenu(QMenu):
    """A "Language" menu listing each language by its own name; choosing one switches to it.

    Language names are never translated: a person looks for their language written their way."""

    def __init__(self, switcher: LanguageSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.switcher = switcher
        self.choices = QActionGroup(self)
        self.choices.setExclusive(True)
        for code, name in LANGUAGES.items():
            action = self.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == switcher.language)
            self.choices.addAction(action)
        self.choices.triggered.connect(lambda action: switcher.set_language(action.data()))
        switcher.language_changed.connect(self._follow)
        self._retranslate()

    def _follow(self, code: str) -> None:
        for action in self.choices.actions():
            action.setChecked(action.data() == code)
        self._retranslate()

    def _retranslate(self) -> None:
        #: The menu for choosing the language of the whole app. Keep one & on a letter of your word.
        self.setTitle(QCoreApplication.translate("LanguageMenu", "&Language"))
