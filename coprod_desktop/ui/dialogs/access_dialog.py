"""Display and access settings: language, theme, text size, font, motion, the room display (its
screen, text size and colours, apart from the console's), and switch access.

Everything here belongs to the laptop (AppSettings), not to a meeting. The dialog only gathers the
choices; the main window applies them (rebuilding its screens so every size and word follows).
"""

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.appearance import FONTS, TEXT_SCALES, THEMES
from ...domain.errors import ValidationError
from ...domain.scanning import EXTRA_MAX, HOLD_MAX, STEP_MAX, STEP_MIN
from ..platform.language import LANGUAGES
from ..platform.messages import error_text
from ..platform.settings import AppSettings
from ..platform.theme import big_popup_rows, min_target
from ..widgets.form_parts import ErrorLine, add_field, dialog_layout, isolated, select_data


def _appearance_text(text: str) -> str:
    return QCoreApplication.translate("Appearance", text)


def _seconds_box(low: float, high: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(0.5)
    box.setDecimals(1)
    box.setSuffix(QCoreApplication.translate("AccessDialog", " seconds"))
    box.setMinimumHeight(min_target())
    return box


class AccessDialog(QDialog):
    """Choose how the app looks and how people reach it. chosen() gives the new settings."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Display and access"))
        self.original = settings

        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words
        self.theme = QComboBox()
        for theme in THEMES.values():
            self.theme.addItem(_appearance_text(theme.name), theme.id)
        self.text_scale = QComboBox()
        for percent in TEXT_SCALES:
            self.text_scale.addItem(self.tr("{percent}%").format(percent=percent), percent)
        self.font = QComboBox()
        for choice in FONTS.values():
            self.font.addItem(_appearance_text(choice.name), choice.id)
        self.display_screen = QComboBox()
        self.display_text_scale = QComboBox()
        for percent in TEXT_SCALES:
            self.display_text_scale.addItem(self.tr("{percent}%").format(percent=percent), percent)
        self.display_theme = QComboBox()
        for theme in THEMES.values():
            self.display_theme.addItem(_appearance_text(theme.name), theme.id)
        self.reduced_motion = QCheckBox(self.tr("Less movement on screen"))
        self.reduced_motion.setAccessibleName(self.reduced_motion.text())
        self.reduced_motion.setAccessibleDescription(
            self.tr("No moving highlight while words are read, no animations, no blinking cursor")
        )

        self.switch_on = QCheckBox(self.tr("Switch access in the room"))
        self.switch_on.setAccessibleName(self.switch_on.text())
        self.scan_mode = QComboBox()
        self.scan_mode.addItem(self.tr("One switch: the highlight moves by itself"), "one_switch")
        self.scan_mode.addItem(self.tr("Two switches: one moves, one chooses"), "two_switch")
        self.step = _seconds_box(STEP_MIN, STEP_MAX)
        self.first_extra = _seconds_box(0.0, EXTRA_MAX)
        self.hold = _seconds_box(0.0, HOLD_MAX)
        self.spoken_cues = QCheckBox(self.tr("Say each item as it is highlighted"))
        self.spoken_cues.setAccessibleName(self.spoken_cues.text())
        for box in (self.reduced_motion, self.switch_on, self.spoken_cues):
            box.setMinimumHeight(min_target())
        combos = (self.language, self.theme, self.text_scale, self.font, self.scan_mode)
        for combo in (*combos, self.display_screen, self.display_text_scale, self.display_theme):
            big_popup_rows(combo)

        look = QFormLayout()
        add_field(look, self.tr("&Language of the app:"), self.language)
        add_field(look, self.tr("&Colours:"), self.theme, self.tr("High contrast themes have the strongest contrast"))
        add_field(look, self.tr("&Text size:"), self.text_scale)
        add_field(look, self.tr("&Font:"), self.font)
        look.addRow(self.reduced_motion)
        look_box = QGroupBox(self.tr("Seeing"))
        look_box.setLayout(look)

        # The room display's own: the room may need 300% and high contrast, the laptop not.
        room = QFormLayout()
        add_field(
            room,
            self.tr("&Which screen:"),
            self.display_screen,
            self.tr("With one screen the display covers the console; Escape brings the console back"),
        )
        add_field(room, self.tr("Text si&ze:"), self.display_text_scale)
        add_field(room, self.tr("C&olours:"), self.display_theme)
        # The group's title is not read with each field: the names say which display they set.
        self.display_screen.setAccessibleName(self.tr("Room display: which screen"))
        self.display_text_scale.setAccessibleName(self.tr("Room display: text size"))
        self.display_theme.setAccessibleName(self.tr("Room display: colours"))
        self.display_box = QGroupBox(self.tr("Room display"))
        self.display_box.setLayout(room)

        scan = QFormLayout()
        scan.addRow(self.switch_on)
        add_field(scan, self.tr("&Switches:"), self.scan_mode)
        add_field(
            scan, self.tr("Time on each &item:"), self.step, self.tr("How long the highlight stays, 0.5 to 10 seconds")
        )
        add_field(
            scan,
            self.tr("E&xtra time on the first item:"),
            self.first_extra,
            self.tr("Time to get ready after a choice"),
        )
        add_field(
            scan,
            self.tr("&Hold the switch for:"),
            self.hold,
            self.tr("A press counts only when held this long; 0 counts every press"),
        )
        scan.addRow(self.spoken_cues)
        scan_box = QGroupBox(self.tr("Switch access"))
        scan_box.setLayout(scan)

        self.error = ErrorLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        # The body scrolls and OK and Cancel stay in view: at 300% the dialog was 2,164 px tall.
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(look_box)
        column.addWidget(self.display_box)
        column.addWidget(scan_box)
        column.addStretch(1)
        dialog_layout(self, body, buttons, footer=self.error)
        self.switch_on.toggled.connect(self._enable_scanning)
        self._show(settings)
        self.result_settings: AppSettings | None = None

    def _show(self, s: AppSettings) -> None:
        select_data(self.language, s.interface_language)
        select_data(self.theme, s.theme)
        select_data(self.text_scale, s.text_scale)
        select_data(self.font, s.font)
        self.reduced_motion.setChecked(s.reduced_motion)
        self._list_screens(s.display_screen)
        select_data(self.display_text_scale, s.display_text_scale)
        select_data(self.display_theme, s.display_theme)
        self.switch_on.setChecked(s.switch_access)
        select_data(self.scan_mode, s.scan_mode)
        self.step.setValue(s.scan_step_seconds)
        self.first_extra.setValue(s.scan_first_item_extra_seconds)
        self.hold.setValue(s.scan_hold_seconds)
        self.spoken_cues.setChecked(s.scan_spoken_cues)
        self._enable_scanning(s.switch_access)

    def _list_screens(self, saved: str) -> None:
        """List "Choose for me", then each screen Qt reports, in order; a saved screen that is not
        connected now stays listed, so opening this dialog never forgets the choice."""
        self.display_screen.clear()
        self.display_screen.addItem(self.tr("Choose for me"), "")
        names = []
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            self.display_screen.addItem(screen_label(number, screen), screen.name())
            names.append(screen.name())
        if saved and saved not in names:
            #: A screen chosen before (its name from the system) that is not plugged in now.
            self.display_screen.addItem(self.tr("{name} (not connected now)").format(name=isolated(saved)), saved)
        select_data(self.display_screen, saved)

    def _enable_scanning(self, on: bool) -> None:
        for widget in (self.scan_mode, self.step, self.first_extra, self.hold, self.spoken_cues):
            widget.setEnabled(on)

    def chosen(self) -> AppSettings:
        """The settings as chosen on screen (raises ValidationError for impossible timings)."""
        settings = replace(
            self.original,
            interface_language=self.language.currentData(),
            theme=self.theme.currentData(),
            text_scale=self.text_scale.currentData(),
            font=self.font.currentData(),
            reduced_motion=self.reduced_motion.isChecked(),
            display_screen=self.display_screen.currentData(),
            display_text_scale=self.display_text_scale.currentData(),
            display_theme=self.display_theme.currentData(),
            switch_access=self.switch_on.isChecked(),
            scan_mode=self.scan_mode.currentData(),
            scan_step_seconds=round(self.step.value(), 1),
            scan_first_item_extra_seconds=round(self.first_extra.value(), 1),
            scan_hold_seconds=round(self.hold.value(), 1),
            scan_spoken_cues=self.spoken_cues.isChecked(),
        )
        settings.scanning  # noqa: B018 (validates the timings together)
        return settings

    def _accept(self) -> None:
        try:
            self.result_settings = self.chosen()
        except ValidationError as exc:
            self.error.show_error(error_text(exc))
            return
        self.accept()


def screen_label(number: int, screen: QScreen) -> str:
    """A screen's label, e.g. "Screen 2: projector 1920 × 1080": its order, its name and its size."""
    size = screen.size()
    if not screen.name():
        #: A screen in the list of screens the room display can be shown on, when it has no name.
        return QCoreApplication.translate("AccessDialog", "Screen {number}: {width} × {height}").format(
            number=number, width=size.width(), height=size.height()
        )
    #: A screen in the list of screens the room display can be shown on: its number, name and size.
    return QCoreApplication.translate("AccessDialog", "Screen {number}: {name} {width} × {height}").format(
        number=number, name=isolated(screen.name()), width=size.width(), height=size.height()
    )
