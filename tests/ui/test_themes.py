"""Themes, text size, fonts and motion as the app applies them: offscreen, on real widgets."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QFontInfo, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from coprod_desktop.domain.appearance import TEXT_SCALES, THEMES, Appearance
from coprod_desktop.ui.platform import theme
from coprod_desktop.ui.platform.theme import (
    BASE_POINT_SIZE,
    MIN_TARGET,
    appearance_hub,
    apply_theme,
    big_popup_rows,
    current_appearance,
    follow_appearance,
    load_fonts,
    reduced_motion,
    scaled,
    scaled_font,
    set_scaled_font,
    style_sheet,
)


@pytest.fixture
def themed(qapp):
    """Apply appearances freely; the default is put back afterwards for the other tests."""

    def use(appearance: Appearance) -> QApplication:
        apply_theme(qapp, appearance)
        return qapp

    yield use
    apply_theme(qapp, Appearance())


def shown(qtbot, *widgets: QWidget) -> QWidget:
    root = QWidget()
    layout = QVBoxLayout(root)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(root)
    root.show()
    qtbot.waitExposed(root)
    return root


CASES = [(theme_id, percent) for theme_id in THEMES for percent in (100, 200, 300)]


@pytest.mark.parametrize(("theme_id", "percent"), CASES, ids=[f"{t}-{p}" for t, p in CASES])
def test_each_theme_and_size_sets_font_style_sheet_and_palette(themed, theme_id, percent):
    app = themed(Appearance(theme=theme_id, text_scale=percent))
    colours = THEMES[theme_id]
    factor = percent / 100

    assert app.font().pointSize() == round(BASE_POINT_SIZE * factor)
    sheet = app.styleSheet()
    focus_width = round(3 * factor)
    assert f"border: {focus_width}px solid {colours.focus_ring}" in sheet
    assert f"min-height: {round(MIN_TARGET * factor)}px" in sheet
    assert f"background: {colours.background}" in sheet

    palette = app.palette()
    expected = {
        QPalette.ColorRole.Window: colours.background,
        QPalette.ColorRole.WindowText: colours.text,
        QPalette.ColorRole.Base: colours.field_background,
        QPalette.ColorRole.Text: colours.text,
        QPalette.ColorRole.Button: colours.control_face,
        QPalette.ColorRole.ButtonText: colours.control_text,
        QPalette.ColorRole.Highlight: colours.selected_background,
        QPalette.ColorRole.HighlightedText: colours.selected_text,
        QPalette.ColorRole.PlaceholderText: colours.disabled_text,
    }
    for role, colour in expected.items():
        assert palette.color(QPalette.ColorGroup.Active, role) == QColor(colour), role
    assert palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText) == QColor(colours.disabled_text)


def test_scaled_sizes_grow_with_the_text_and_never_shrink(themed):
    assert scaled(MIN_TARGET) == 44
    themed(Appearance(text_scale=300))
    assert scaled(MIN_TARGET) == 132 >= 44 * 3
    assert scaled(theme.TILE_SIZE) == 312
    assert theme.min_target() == 132 and theme.tile_size() == 312
    themed(Appearance(text_scale=125))
    assert scaled(44) == 55
    assert scaled(2) == 3  # 2.5 rounds up: borders never get thinner than at 100%
    for percent in TEXT_SCALES:
        for px in (1, 2, 3, 4, 44, 96, 104):
            assert scaled(px, Appearance(text_scale=percent)) >= px


def test_the_names_other_screens_import_keep_their_meaning_at_100_percent(themed):
    themed(Appearance())
    assert (theme.FONT_FAMILY, theme.BASE_POINT_SIZE, theme.PROMPT_POINT_SIZE) == ("Atkinson Hyperlegible", 14, 26)
    assert (theme.MIN_TARGET, theme.TILE_SIZE) == (44, 104)
    font = scaled_font(theme.PROMPT_POINT_SIZE, bold=True)
    assert (font.family(), font.pointSize(), font.bold()) == ("Atkinson Hyperlegible", 26, True)


@pytest.mark.parametrize("percent", [100, 200, 300])
def test_buttons_and_person_tiles_really_are_big_enough(themed, qtbot, percent):
    themed(Appearance(text_scale=percent))
    button = QPushButton("OK")
    tile = QToolButton()
    tile.setObjectName("personTile")
    tile.setText("Sam")
    root = shown(qtbot, button, tile)
    assert root.isVisible()
    factor = percent / 100
    assert button.height() >= 44 * factor and button.width() >= 44 * factor
    assert tile.height() >= 96 * factor and tile.width() >= 96 * factor


def ring_width(image, row: int, colour: QColor) -> int:
    """How many pixels from the left edge, along *row*, are painted in *colour*."""
    count = 0
    for x in range(image.width()):
        if image.pixelColor(x, row) != colour:
            break
        count += 1
    return count


@pytest.mark.parametrize("theme_id", list(THEMES))
@pytest.mark.parametrize("percent", [100, 300])
def test_the_focus_ring_is_painted_at_least_3_px_wide_in_the_theme_colour(themed, qtbot, theme_id, percent):
    themed(Appearance(theme=theme_id, text_scale=percent))
    button = QPushButton("Save contribution")
    other = QPushButton("Clear")
    root = shown(qtbot, button, other)
    root.activateWindow()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    image = button.grab().toImage()
    ring = QColor(THEMES[theme_id].focus_ring)
    width = ring_width(image, image.height() // 2, ring)
    assert width >= 3 * percent / 100
    # Without focus the edge is the normal border, not the ring: focus is something that changes.
    image = other.grab().toImage()
    assert ring_width(image, image.height() // 2, ring) == 0


def test_the_dyslexia_font_really_loads(themed, qtbot):
    loaded = load_fonts()
    families = {family for found in loaded.values() for family in found}
    assert "OpenDyslexic" in families
    assert "Atkinson Hyperlegible" in families
    assert "OpenDyslexic" in QFontDatabase.families()

    app = themed(Appearance(font="dyslexia", text_scale=150))
    assert QFontInfo(app.font()).family() == "OpenDyslexic"
    label = QLabel("Sam said: I like the garden")
    _root = shown(qtbot, label)  # kept: an unreferenced window is deleted
    assert label.fontInfo().family() == "OpenDyslexic"
    assert label.fontInfo().pointSize() == 21
    assert QFontInfo(scaled_font(16, bold=True)).family() == "OpenDyslexic"
    assert QFontInfo(scaled_font(16, bold=True)).bold()
    # It is a different font, not a renamed fallback: the same words take a different width.
    dyslexic = label.fontMetrics().horizontalAdvance(label.text())
    themed(Appearance(text_scale=150))
    assert QFontInfo(app.font()).family() == "Atkinson Hyperlegible"
    assert label.fontMetrics().horizontalAdvance(label.text()) != dyslexic


def test_widgets_that_follow_the_appearance_resize_when_it_changes(themed, qtbot):
    heading = QLabel("Meetings")
    picture = QLabel()
    set_scaled_font(heading, 22, bold=True)
    follow_appearance(picture, lambda: picture.setFixedSize(scaled(100), scaled(100)))
    _root = shown(qtbot, heading, picture)  # kept: an unreferenced window is deleted
    assert heading.font().pointSize() == 22 and picture.width() == 100

    with qtbot.waitSignal(appearance_hub().changed) as signal:
        themed(Appearance(text_scale=200, font="dyslexia"))
    assert signal.args == [Appearance(text_scale=200, font="dyslexia")]
    assert heading.font().pointSize() == 44 and heading.font().bold()
    assert heading.fontInfo().family() == "OpenDyslexic"
    assert picture.width() == 200 and picture.height() == 200

    heading.deleteLater()
    qtbot.waitUntil(lambda: not heading_alive(heading))
    themed(Appearance(text_scale=300))  # a deleted widget's follower went with it: no error
    assert picture.width() == 300


def heading_alive(widget: QWidget) -> bool:
    return isValid(widget)


def test_applying_again_without_an_appearance_keeps_the_one_chosen(themed, qapp):
    themed(Appearance(theme="cream", text_scale=175))
    apply_theme(qapp)  # as a new window's start-up does
    assert current_appearance() == Appearance(theme="cream", text_scale=175)
    assert qapp.font().pointSize() == 25  # 24.5 rounds up


def test_reduced_motion_stops_animation_and_the_blinking_cursor(themed):
    hints = QGuiApplication.styleHints()
    themed(Appearance())
    blink = hints.cursorFlashTime()
    assert not reduced_motion()
    themed(Appearance(reduced_motion=True))
    assert reduced_motion()
    assert hints.cursorFlashTime() == 0
    assert not QApplication.isEffectEnabled(Qt.UIEffect.UI_AnimateCombo)
    assert not QApplication.isEffectEnabled(Qt.UIEffect.UI_FadeTooltip)
    themed(Appearance())
    assert not reduced_motion()
    assert hints.cursorFlashTime() == blink


def test_style_sheet_sizes_scale_everywhere(themed):
    at_100 = style_sheet(Appearance())
    at_300 = style_sheet(Appearance(text_scale=300))
    assert "min-width: 104px" in at_100 and "min-width: 312px" in at_300
    assert "2px solid" in at_100 and "6px solid" in at_300
    assert "12px solid" in at_300  # the chosen person's tile border, 4 px at 100%
    # No pixel size at 300% is left at its 100% value, except zero.
    sizes_300 = [int(n) for n in re.findall(r"(\d+)px", at_300)]
    sizes_100 = [int(n) for n in re.findall(r"(\d+)px", at_100)]
    assert len(sizes_300) == len(sizes_100)
    for small, big in zip(sizes_100, sizes_300, strict=True):
        assert big == 0 or big >= small * 3 - 3, (small, big)


@pytest.mark.parametrize("percent", [100, 300])
def test_list_rows_and_drop_down_rows_are_targets_at_every_size(themed, qtbot, percent):
    themed(Appearance(text_scale=percent))
    people = QListWidget()
    people.addItems(["Sam", "Ann"])
    plain = QComboBox()
    plain.addItems(["First name", "Full name"])
    roomy = QComboBox()
    roomy.addItems(["First name", "Full name"])
    big_popup_rows(roomy)
    _root = shown(qtbot, people, plain, roomy)  # kept: an unreferenced window is deleted
    target = 44 * percent / 100
    assert people.visualItemRect(people.item(0)).height() >= target
    assert roomy.view().sizeHintForRow(0) >= target
    assert plain.view().sizeHintForRow(0) < roomy.view().sizeHintForRow(0)  # why the helper exists


def test_the_current_tab_shows_the_focus_ring(themed, qtbot):
    themed(Appearance(theme="high_contrast_dark", text_scale=200))
    tabs = QTabWidget()
    for name in ("1. Details", "2. People"):
        tabs.addTab(QLabel(name), name)
    root = shown(qtbot, tabs, QPushButton("Back"))
    root.activateWindow()
    tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(tabs.tabBar().hasFocus)
    image = tabs.tabBar().grab().toImage()
    first = tabs.tabBar().tabRect(0)
    ring = QColor(THEMES["high_contrast_dark"].focus_ring)
    assert ring_width(image.copy(first), first.height() // 2, ring) >= 6
    second = tabs.tabBar().tabRect(1)
    assert ring_width(image.copy(second), second.height() // 2, ring) == 0


def test_the_screens_register_only_upright_faces(themed):
    loaded = load_fonts()
    assert loaded and not [name for name in loaded if "italic" in name.lower()]
    assert any("Bold" in name for name in loaded)  # headings are bold: that face is real, not faked


@pytest.mark.parametrize("theme_id", list(THEMES))
def test_placeholder_text_as_painted_is_at_least_4_5_to_1(themed, qtbot, theme_id):
    # The style sheet's text colour made Qt paint placeholders in it at half strength (3.37:1
    # to 4.0:1 in three themes), whatever the palette said: the style sheet now names their colour.
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    from coprod_desktop.domain.contrast import contrast_ratio

    themed(Appearance(theme=theme_id))
    line, text = QLineEdit(), QPlainTextEdit()
    line.setPlaceholderText("Find a card…")
    text.setPlaceholderText("Type what they said")
    _root = shown(qtbot, line, text)  # keeps the fields alive
    for field in (line, text):
        palette = field.palette()
        ink, paper = palette.color(QPalette.ColorRole.PlaceholderText), palette.color(QPalette.ColorRole.Base)
        alpha = ink.alphaF()
        painted = QColor.fromRgbF(
            *(a * alpha + b * (1 - alpha) for a, b in zip(ink.getRgbF()[:3], paper.getRgbF()[:3], strict=True))
        )
        assert contrast_ratio(painted.name(), paper.name()) >= 4.5, (type(field).__name__, painted.name())
