"""Fonts, sizes and colours for every screen, set once on the application.

Large by default: the room screen is read from across a room or on a projector. Colours are dark
text on white (contrast well over 7:1); focus is a 3 px ring in a blue with over 3:1 contrast
against white and against the light button face, so keyboard users always see where they are.
"""

from fontpkg_atkinson_hyperlegible import ROOT as ATKINSON_ROOT
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FONT_FAMILY = "Atkinson Hyperlegible"
BASE_POINT_SIZE = 14
PROMPT_POINT_SIZE = 26
INK = "#111111"
PAPER = "#FFFFFF"
FACE = "#F1F3F6"
FOCUS = "#1A4FD6"
MIN_TARGET = 44
TILE_SIZE = 104  # person tiles: big enough to tap with a shaky hand, and read from across the room

STYLE_SHEET = f"""
QWidget {{ color: {INK}; background: {PAPER}; }}
QPushButton, QToolButton {{
    min-height: {MIN_TARGET}px; min-width: {MIN_TARGET}px; padding: 4px 14px;
    border: 2px solid #5A5F66; border-radius: 8px; background: {FACE};
}}
QPushButton:hover, QToolButton:hover {{ background: #E2E8F3; }}
QPushButton:pressed, QToolButton:pressed, QToolButton:checked {{ background: #D4E0F7; border-color: {INK}; }}
QPushButton:disabled, QToolButton:disabled {{ color: #595959; border-color: #9A9A9A; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus,
QListWidget:focus, QDateEdit:focus {{ border: 3px solid {FOCUS}; }}
QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QListWidget {{
    min-height: {MIN_TARGET}px; border: 2px solid #5A5F66; border-radius: 6px; padding: 2px 6px;
}}
QListWidget::item {{ padding: 6px; }}
QListWidget::item:selected {{ background: #D4E0F7; color: {INK}; border: 2px solid {INK}; }}
QToolButton#personTile {{ min-width: {TILE_SIZE}px; min-height: {TILE_SIZE}px; padding: 4px; }}
QToolButton#personTile:checked {{ border: 4px solid {INK}; background: #D4E0F7; }}
QLabel#errorText {{ color: #8A0000; font-weight: bold; }}
QFrame#contribution {{ border: 2px solid #C9CED6; border-radius: 10px; background: #FAFBFC; }}
QFrame#contribution QWidget {{ background: transparent; }}
QFrame#promptPanel {{ border: none; background: #FFF8E1; }}
QFrame#promptPanel QLabel, QTextEdit#readingText {{ background: transparent; }}
"""


def load_fonts() -> None:
    """Register the shipped fonts with Qt (the user's system may not have them)."""
    for ttf in sorted((ATKINSON_ROOT / "files").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(ttf))


def apply_theme(app: QApplication) -> None:
    """Fonts, sizes and the style sheet for the whole application."""
    load_fonts()
    font = QFont(FONT_FAMILY, BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)


def scaled_font(point_size: int, *, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY, point_size)
    font.setBold(bold)
    return font
