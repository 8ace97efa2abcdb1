"""Fonts, sizes and colours for every screen, set once on the application from an Appearance.

The Appearance (domain/appearance.py) names a colour theme, a text size from 100% to 300%, a font
and whether motion is reduced. apply_theme() turns it into the application font, a QPalette (so
dialogs and Qt's own parts follow) and a style sheet in which every pixel size is scaled with the
text, so a 44 px target is 132 px at 300% and nothing keeps a size that escapes the choice.

Sizes a widget sets itself (fixed sizes, icon sizes, fonts of headings) must come from scaled() and
scaled_font(), and be set again when the appearance changes at run time: follow_appearance(widget,
update) calls update now and after every apply_theme(); set_scaled_font(widget, points) does that
for a font. The names kept from before (FONT_FAMILY, BASE_POINT_SIZE, MIN_TARGET, ...) are the
sizes at 100%.

Focus is a ring at least 3 px wide (scaled with the text) in a colour with 3:1 contrast against
everything it can sit on and against the normal border, so it shows by lightness as well as hue.
Borders do not change width on focus: the padding shrinks by the same amount, so nothing jumps.

Buttons get a min-height but no min-width: Qt turns a style sheet's min-width into the widget's
minimum width, and a layout may then squeeze the button down to it and cut its text. The padding
keeps text buttons wider than the target; the accessibility test checks every button on every screen.
"""

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from fontpkg_atkinson_hyperlegible import ROOT as ATKINSON_ROOT
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QStyledItemDelegate

from ...domain.appearance import STANDARD, Appearance, Theme
from ...services.assets import assets_dir

# Sizes at 100%; scaled() gives the size at the current text size.
FONT_FAMILY = "Atkinson Hyperlegible"
BASE_POINT_SIZE = 14
PROMPT_POINT_SIZE = 26
MIN_TARGET = 44  # every button, box and list row people hit
TILE_SIZE = 104  # person tiles: big enough to tap with a shaky hand, and read from across the room
MIN_TILE = 96  # the smallest a person or card tile may ever be
BORDER_WIDTH = 2
FOCUS_WIDTH = 3
SELECTED_TILE_BORDER = 4

# The standard theme's colours, under the names other modules knew them by.
INK = STANDARD.text
PAPER = STANDARD.background
FACE = STANDARD.control_face
FOCUS = STANDARD.focus_ring

_UI_EFFECTS = (
    Qt.UIEffect.UI_AnimateMenu,
    Qt.UIEffect.UI_FadeMenu,
    Qt.UIEffect.UI_AnimateCombo,
    Qt.UIEffect.UI_AnimateTooltip,
    Qt.UIEffect.UI_FadeTooltip,
    Qt.UIEffect.UI_AnimateToolBox,
)


class AppearanceHub(QObject):
    """Tells widgets that the appearance changed: changed(Appearance), after it has been applied."""

    changed = Signal(object)


class _State:
    appearance = Appearance()
    hub: AppearanceHub | None = None
    fonts_loaded: ClassVar[dict[str, list[str]]] = {}  # file name -> families Qt found in it
    default_flash_time: int | None = None


def current_appearance() -> Appearance:
    """The appearance last applied (the default until apply_theme() is given another)."""
    return _State.appearance


def current_theme() -> Theme:
    return _State.appearance.colours


def reduced_motion() -> bool:
    """True when people asked for no movement: skip animations, move no highlight word by word."""
    return _State.appearance.reduced_motion


def font_family() -> str:
    """The family of the chosen font (Atkinson Hyperlegible unless the dyslexia font is chosen)."""
    return _State.appearance.font_family


def scaled(px: int, appearance: Appearance | None = None) -> int:
    """*px* (a size at 100%) at the current text size. Never smaller than *px*: sizes only grow."""
    percent = (appearance or _State.appearance).text_scale
    return max(px, (px * percent + 50) // 100)


def scaled_point_size(point_size: int, appearance: Appearance | None = None) -> int:
    """A font size in points (its size at 100%) at the current text size."""
    return scaled(point_size, appearance)


def min_target() -> int:
    """The smallest size of anything people hit, at the current text size (44 px at 100%)."""
    return scaled(MIN_TARGET)


def tile_size() -> int:
    """Person tiles' size at the current text size (104 px at 100%)."""
    return scaled(TILE_SIZE)


def scaled_font(point_size: int = BASE_POINT_SIZE, *, bold: bool = False) -> QFont:
    """The chosen font at *point_size* (its size at 100%), scaled to the current text size.

    A widget keeps the font it is given: use set_scaled_font() so it follows later changes.
    """
    font = QFont(font_family(), scaled_point_size(point_size))
    font.setBold(bold)
    return font


def appearance_hub() -> AppearanceHub:
    if _State.hub is None:
        _State.hub = AppearanceHub()
    return _State.hub


class _Follower(QObject):
    """Runs an update when the appearance changes; a child of the widget, so it goes with it."""

    def __init__(self, owner: QObject, update: Callable[[], None]) -> None:
        super().__init__(owner)
        self._update = update
        appearance_hub().changed.connect(self._changed)

    @Slot(object)
    def _changed(self, _appearance: object) -> None:
        self._update()


def follow_appearance(owner: QObject, update: Callable[[], None]) -> None:
    """Call *update* now and after every later apply_theme(), for as long as *owner* exists.

    *update* sets whatever the owner sizes itself from scaled()/scaled_font(): fixed sizes, icon
    and grid sizes, fonts. For example:

        follow_appearance(self, lambda: self.picture.setFixedSize(scaled(100), scaled(100)))
    """
    update()
    _Follower(owner, update)


def set_scaled_font(widget: QObject, point_size: int, *, bold: bool = False) -> None:
    """Give *widget* the chosen font at *point_size* (at 100%), now and whenever it changes."""
    follow_appearance(widget, lambda: widget.setFont(scaled_font(point_size, bold=bold)))


def big_popup_rows(combo: QComboBox) -> None:
    """Make *combo*'s drop-down rows follow the style sheet (44 px and up, scaled).

    Qt's default drop-down delegate ignores style sheets, so its rows stay about 32 px whatever
    the text size; a QStyledItemDelegate draws them as list rows, which the style sheet sizes.
    """
    combo.setItemDelegate(QStyledItemDelegate(combo))


def _font_files(family: str | None) -> list[Path]:
    """The shipped upright font files of *family* (its files are named after it), or all of them.

    Italic faces are left out: no screen uses italic (slanted letters are harder to read, and Easy
    Read practice avoids them), and registering them cost the first paint about 2 ms. Printouts
    embed their fonts separately (services/fonts.py).
    """
    files = sorted((ATKINSON_ROOT / "files").glob("*.ttf"))
    files += sorted((assets_dir() / "fonts").glob("*/*.otf"))
    files = [path for path in files if "italic" not in path.stem.lower()]
    if family is None:
        return files
    stem = family.replace(" ", "")
    return [path for path in files if path.name.startswith(stem)]


def load_fonts(family: str | None = None) -> dict[str, list[str]]:
    """Register the shipped fonts with Qt (the user's system may not have them); each file once.

    With *family*, only that family's files: start-up registers the font in use before the first
    paint, and another family when it is chosen. Returns each font file
    registered so far with the families Qt found in it (empty when Qt refused it).
    """
    for path in _font_files(family):
        if path.name not in _State.fonts_loaded:
            font_id = QFontDatabase.addApplicationFont(str(path))
            _State.fonts_loaded[path.name] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return _State.fonts_loaded


def theme_palette(theme: Theme) -> QPalette:
    """A palette in the theme's colours, for the parts the style sheet does not reach."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.background,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.field_background,
        QPalette.ColorRole.AlternateBase: theme.control_face,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.control_face,
        QPalette.ColorRole.ButtonText: theme.control_text,
        QPalette.ColorRole.BrightText: theme.error_text,
        QPalette.ColorRole.Highlight: theme.selected_background,
        QPalette.ColorRole.HighlightedText: theme.selected_text,
        QPalette.ColorRole.ToolTipBase: theme.background,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.disabled_text,
        QPalette.ColorRole.Link: theme.text,  # underlined: tells itself apart without a weak colour
        QPalette.ColorRole.LinkVisited: theme.text,
        QPalette.ColorRole.Light: theme.field_background,
        QPalette.ColorRole.Midlight: theme.hover_face,
        QPalette.ColorRole.Mid: theme.disabled_border,
        QPalette.ColorRole.Dark: theme.control_border,
        QPalette.ColorRole.Shadow: theme.control_border,
        QPalette.ColorRole.Accent: theme.focus_ring,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled_text))
    return palette


def style_sheet(appearance: Appearance | None = None) -> str:
    """The application style sheet for *appearance* (default: the current one)."""
    a = appearance or _State.appearance
    t = a.colours

    def s(px: int) -> int:
        return scaled(px, a)

    target, border, focus, tile = s(MIN_TARGET), s(BORDER_WIDTH), s(FOCUS_WIDTH), s(TILE_SIZE)
    tile_border = s(SELECTED_TILE_BORDER)

    def padding(vertical: int, horizontal: int, line: int) -> str:
        # Padding that keeps the content where it was when the border is *line* wide.
        grow = line - border
        return f"{max(0, s(vertical) - grow)}px {max(0, s(horizontal) - grow)}px"

    buttons = "QPushButton, QToolButton"
    fields = "QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QSpinBox, QListWidget, QListView"
    fields_focus = ", ".join(f"{name.strip()}:focus" for name in fields.split(","))
    return f"""
QWidget {{ color: {t.text}; background: {t.background}; }}
QToolTip {{ color: {t.text}; background: {t.background}; border: {border}px solid {t.control_border};
    padding: {s(4)}px; }}
{buttons} {{
    min-height: {target}px; padding: {padding(4, 14, border)};
    border: {border}px solid {t.control_border}; border-radius: {s(8)}px;
    background: {t.control_face}; color: {t.control_text};
}}
QPushButton:hover, QToolButton:hover {{ background: {t.hover_face}; }}
QPushButton:pressed, QToolButton:pressed {{ background: {t.pressed_face}; }}
QPushButton:checked, QToolButton:checked {{
    background: {t.selected_background}; color: {t.selected_text}; border-color: {t.selected_border};
}}
QPushButton:disabled, QToolButton:disabled {{
    color: {t.disabled_text}; border: {border}px dashed {t.disabled_border};
}}
QPushButton:focus, QToolButton:focus {{
    border: {focus}px solid {t.focus_ring}; padding: {padding(4, 14, focus)};
}}
{fields} {{
    min-height: {target}px; border: {border}px solid {t.control_border}; border-radius: {s(6)}px;
    padding: {padding(2, 6, border)}; background: {t.field_background}; color: {t.text};
    placeholder-text-color: {t.disabled_text};
    selection-background-color: {t.selected_background}; selection-color: {t.selected_text};
}}
{fields_focus} {{ border: {focus}px solid {t.focus_ring}; padding: {padding(2, 6, focus)}; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QComboBox:disabled, QDateEdit:disabled, QSpinBox:disabled {{
    color: {t.disabled_text}; border: {border}px dashed {t.disabled_border};
}}
QComboBox QAbstractItemView {{
    background: {t.field_background}; color: {t.text}; border: {border}px solid {t.control_border};
    selection-background-color: {t.selected_background}; selection-color: {t.selected_text};
}}
QListWidget::item, QListView::item {{ padding: {s(6)}px; min-height: {s(MIN_TARGET - 12)}px; }}
QListWidget::item:selected, QListView::item:selected {{
    background: {t.selected_background}; color: {t.selected_text};
    border: {border}px solid {t.selected_border};
}}
QListWidget#cardGrid::item:selected {{
    background: {t.field_background}; color: {t.text}; border: {border}px dashed {t.focus_ring};
}}
QCheckBox, QRadioButton {{
    min-height: {target}px; spacing: {s(10)}px; padding: {padding(0, 4, border)};
    border: {border}px solid transparent; border-radius: {s(6)}px;
}}
QCheckBox:focus, QRadioButton:focus {{
    border: {focus}px solid {t.focus_ring}; padding: {padding(0, 4, focus)};
}}
QCheckBox::indicator, QRadioButton::indicator {{ width: {s(24)}px; height: {s(24)}px; }}
QCheckBox:disabled, QRadioButton:disabled {{ color: {t.disabled_text}; }}
QLabel:disabled {{ color: {t.disabled_text}; }}
QTabWidget::pane {{ border: {border}px solid {t.control_border}; top: -{border}px; }}
QTabBar::tab {{
    min-height: {target}px; min-width: {target}px; padding: {padding(4, 14, border)};
    margin-right: {s(4)}px; border: {border}px solid {t.control_border};
    border-top-left-radius: {s(8)}px; border-top-right-radius: {s(8)}px;
    background: {t.control_face}; color: {t.control_text};
}}
QTabBar::tab:hover {{ background: {t.hover_face}; }}
QTabBar::tab:selected {{
    background: {t.selected_background}; color: {t.selected_text}; border-color: {t.selected_border};
}}
QTabBar::tab:focus {{ border: {focus}px solid {t.focus_ring}; padding: {padding(4, 14, focus)}; }}
QMenu {{ background: {t.background}; color: {t.text}; border: {border}px solid {t.control_border}; }}
QMenu::item {{ padding: {s(10)}px {s(24)}px; min-height: {s(MIN_TARGET - 20)}px; }}
QMenu::item:selected {{ background: {t.selected_background}; color: {t.selected_text}; }}
QMenu::item:disabled {{ color: {t.disabled_text}; }}
QGroupBox {{ border: {border}px solid {t.control_border}; border-radius: {s(8)}px;
    margin-top: {s(24)}px; padding: {s(8)}px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: {s(8)}px; padding: 0 {s(4)}px; }}
QScrollBar:vertical {{ width: {s(16)}px; background: {t.background}; margin: 0; }}
QScrollBar:horizontal {{ height: {s(16)}px; background: {t.background}; margin: 0; }}
QScrollBar::handle {{
    background: {t.control_border}; border-radius: {s(5)}px; margin: {s(2)}px;
}}
QScrollBar::handle:vertical {{ min-height: {s(32)}px; }}
QScrollBar::handle:horizontal {{ min-width: {s(32)}px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QToolButton#personTile {{ min-width: {tile}px; min-height: {tile}px; padding: {padding(4, 4, border)}; }}
QToolButton#personTile:checked {{
    border: {tile_border}px solid {t.selected_border}; padding: {padding(4, 4, tile_border)};
    background: {t.selected_background}; color: {t.selected_text};
}}
QToolButton#personTile:focus {{ border: {tile_border}px solid {t.focus_ring}; padding: {padding(4, 4, tile_border)}; }}
QLabel#errorText {{ color: {t.error_text}; font-weight: bold; }}
QFrame#contribution {{
    border: {border}px solid {t.contribution_border}; border-radius: {s(10)}px;
    background: {t.contribution_background};
}}
QFrame#contribution QWidget {{ background: transparent; }}
QFrame#contribution:focus {{ border: {focus}px solid {t.focus_ring}; }}
QFrame#promptPanel {{ border: none; background: {t.prompt_background}; }}
QFrame#promptPanel QLabel, QTextEdit#readingText {{ background: transparent; }}
"""


def apply_theme(app: QApplication, appearance: Appearance | None = None) -> None:
    """Fonts, palette, sizes and the style sheet for the whole application.

    Without *appearance* the current one is applied again (so opening a new window never undoes
    what people chose). Widgets registered with follow_appearance() update afterwards.
    """
    if appearance is not None:
        _State.appearance = appearance
    current = _State.appearance
    load_fonts(current.font_family)
    app.setFont(QFont(current.font_family, scaled_point_size(BASE_POINT_SIZE)))
    app.setPalette(theme_palette(current.colours))
    app.setStyleSheet(style_sheet(current))
    _apply_motion(current.reduced_motion)
    appearance_hub().changed.emit(current)


def _apply_motion(reduced: bool) -> None:
    for effect in _UI_EFFECTS:
        QApplication.setEffectEnabled(effect, not reduced)
    hints = QGuiApplication.styleHints()
    if _State.default_flash_time is None:
        _State.default_flash_time = hints.cursorFlashTime()
    # A text cursor that blinks is movement too: with reduced motion it stays still.
    hints.setCursorFlashTime(0 if reduced else _State.default_flash_time)
