"""What "the text does not fit" means, for the checks that every screen shows all of its text.

Shared by the pseudo-translation test (every string 40% longer) and the text size test (100% to
300%). Three kinds of check:

- clipped_widgets(): a label, button, check box, group title, tab, choice list, empty field's
  placeholder or list item with less room than its text needs, or a scroll area whose content is
  wider than it (the ends of its lines are out of sight);
- too_wide(): what forces the window wider than the laptop's screen (Qt never squeezes a layout
  below its minimum, it widens the window instead, and the rest is past the screen's edge);
- hidden_parts(): widgets that overlap one another, or are cut off by the edge of what holds them
  (other than a scroll area, which shows the rest when scrolled to).
"""

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedLayout,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionViewItem,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from coprod_desktop.services.demo import create_demo_meeting

LAPTOP = (1366, 768)


# --- what "clipped" means for each kind of widget ----------------------------------------------


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget) -> str:
    label = widget.objectName() or widget.accessibleName() or ""
    return f"{type(widget).__name__}{f' {label!r}' if label else ''}"


def _text_width(widget: QWidget, text: str) -> int:
    metrics = QFontMetrics(widget.font())
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _icon_width(button: QAbstractButton) -> int:
    return button.iconSize().width() + 4 if not button.icon().isNull() else 0


def clipped_label(label: QLabel) -> str | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    inner = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    if label.wordWrap():
        # Word wrap breaks between words only: the longest word must fit the width, and the
        # wrapped lines must fit the height.
        longest = max((_text_width(label, w) for w in _plain(label.text()).split()), default=0)
        if longest > inner.width():
            return f"a word needs {longest} px, the label is {inner.width()} px wide"
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            return f"needs {label.width()}×{needed}, got {label.width()}×{label.height()}"
        return None
    metrics = QFontMetrics(label.font())
    text = _plain(label.text()) if label.buddy() is not None else label.text()
    bounds = metrics.boundingRect(QRect(0, 0, 100000, 100000), int(label.alignment()), text)
    if bounds.width() > inner.width() + 1 or bounds.height() > inner.height() + 1:
        return f"needs {bounds.width()}×{bounds.height()}, got {inner.width()}×{inner.height()}"
    return None


def clipped_button(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    style = button.style()
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text, option.icon, option.iconSize = button.text(), button.icon(), button.iconSize()
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    elif isinstance(button, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = button.text()
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        room = style.subElementRect(element, option, button)
    elif isinstance(button, QToolButton):
        needed = button.sizeHint().width()
        return None if button.width() >= needed else f"needs {needed} px wide, got {button.width()}"
    else:
        room = button.contentsRect()
    needed = _text_width(button, text) + _icon_width(button)
    height = QFontMetrics(button.font()).height()
    if needed > room.width() or height > button.height():
        return f"needs {needed}×{height} for text, got {room.width()}×{button.height()}"
    return None


def clipped_group_title(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    needed = _text_width(box, _plain(box.title())) + 16
    return None if box.width() >= needed else f"title needs {needed} px, the box is {box.width()} px wide"


def clipped_tabs(bar: QTabBar) -> str | None:
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
    if needed > bar.width():
        titles = ", ".join(repr(bar.tabText(i)) for i in range(bar.count()))
        return f"tabs {titles} need {needed} px, the tab bar is {bar.width()} px wide"
    return None


def clipped_combo(combo: QComboBox) -> str | None:
    if combo.isEditable() or not combo.currentText():
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    room = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    needed = _text_width(combo, combo.currentText()) + icon
    return None if needed <= room.width() else f"shows {needed} px of text in {room.width()} px"


def clipped_placeholder(field: QLineEdit) -> str | None:
    if field.text() or not field.placeholderText():
        return None
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    room = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    room = room.marginsRemoved(field.textMargins())
    needed = _text_width(field, field.placeholderText()) + 4
    return None if needed <= room.width() else f"placeholder needs {needed} px, got {room.width()}"


def clipped_scroll_area(area: QScrollArea, excess: int) -> str | None:
    # A form or panel wider than its scroll area: the ends of its lines are out of sight. When the
    # window itself had to grow past the laptop's width, the area would be *excess* px narrower.
    content = area.widget()
    if content is None:
        return None
    shown = area.viewport().width() - excess
    needed = _least_width(content) if area.widgetResizable() else content.width()
    if needed <= shown:
        return None
    rows = "; ".join(too_wide(content, shown))
    return f"its content needs {needed} px wide, {shown} px show (it scrolls sideways). {rows}"


def clipped_items(view: QListView) -> str | None:
    """The items in sight whose text does not fit their row or cell (a card label cut to "Very …"),
    or that are bigger than the view itself (it can never show them whole).

    Measured where the style paints the text (inside the item's padding, beside its picture and
    tick box): a wrapped label must fit its lines, and no word may be broken in two."""
    helper = QStyledItemDelegate()  # made here, so its protected initStyleOption can be called
    cut = []
    sight = view.viewport().rect()
    for row in range(view.model().rowCount(view.rootIndex())):
        index = view.model().index(row, 0, view.rootIndex())
        rect = view.visualRect(index)
        if view.isRowHidden(row) or not rect.intersects(sight):
            continue
        if rect.height() > sight.height() or (view.isWrapping() and rect.width() > sight.width()):
            shows = f"{sight.width()}×{sight.height()}"
            cut.append(f"{view.model().data(index)!r} is {rect.width()}×{rect.height()}, the view shows {shows}")
            continue
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        helper.initStyleOption(option, index)
        option.rect = rect
        if view.selectionModel() is not None and view.selectionModel().isSelected(index):
            option.state |= QStyle.StateFlag.State_Selected  # a chosen row has a border, inside it
        room = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        # Qt paints the text a small margin in from each side of that rectangle.
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        room = room.adjusted(margin, 0, -margin, 0)
        metrics = QFontMetrics(option.font)
        if view.wordWrap():
            longest = max((metrics.horizontalAdvance(word) for word in option.text.split()), default=0)
            needed = metrics.boundingRect(QRect(0, 0, room.width(), 100000), int(Qt.TextFlag.TextWordWrap), option.text)
            fits = longest <= room.width() and needed.height() <= room.height()
        else:
            needed = metrics.boundingRect(QRect(0, 0, 100000, 100000), 0, option.text)
            fits = needed.width() <= room.width() and needed.height() <= room.height()
        if not fits:
            cut.append(f"{option.text!r} needs {needed.width()}×{needed.height()}, has {room.width()}×{room.height()}")
    return "items cut off: " + "; ".join(cut) if cut else None


def _qt_internal(widget: QWidget) -> bool:
    # Qt's own parts (scroll-area corners, calendar parts), checked with what holds them. A tab
    # widget's tab bar is named "qt_tabwidget_tabbar" too, yet shows text of ours: it is checked.
    return widget.objectName().startswith("qt_") and not isinstance(widget, QTabBar)


def clipped_widgets(root: QWidget, excess: int = 0) -> list[str]:
    """One readable line per visible widget under *root* whose text does not fit.

    *excess*: how much wider than the laptop's screen the window had to be."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or _qt_internal(widget):
            continue
        if isinstance(widget, QLabel):
            problem, text = clipped_label(widget), widget.text()
        elif isinstance(widget, QAbstractButton):
            if isinstance(widget.parent(), (QTabBar, QComboBox)):
                continue  # scroll arrows of tab bars and choice lists
            problem, text = clipped_button(widget), widget.text()
        elif isinstance(widget, QGroupBox):
            problem, text = clipped_group_title(widget), widget.title()
        elif isinstance(widget, QTabBar):
            problem, text = clipped_tabs(widget), ""
        elif isinstance(widget, QComboBox):
            problem, text = clipped_combo(widget), widget.currentText()
        elif isinstance(widget, QLineEdit):
            problem, text = clipped_placeholder(widget), widget.placeholderText()
        elif isinstance(widget, QScrollArea):
            problem, text = clipped_scroll_area(widget, excess), ""
        elif isinstance(widget, QListView):
            problem, text = clipped_items(widget), ""
        else:
            continue
        if problem:
            found.append(f"{_name(widget)} {text!r}: {problem}")
    return found


def _least_width(widget: QWidget) -> int:
    # What a layout gives a widget at the least: its own minimum width if one is set, else its hint.
    return widget.minimumWidth() or widget.minimumSizeHint().width()


def _item_width(item: QLayoutItem) -> int:
    # A hidden page of a stacked layout reports no size through its item, yet still counts.
    widget = item.widget()
    return _least_width(widget) if widget is not None and widget.isHidden() else item.minimumSize().width()


def _describe(item: QLayoutItem) -> str:
    widget = item.widget()
    if widget is not None:
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        shown = f" {text!r}" if text and text not in _name(widget) else ""
        return f"{_name(widget)}{shown} {_item_width(item)}"
    if item.layout() is not None:
        inner = [item.layout().itemAt(i) for i in range(item.layout().count())]
        return "[" + ", ".join(_describe(i) for i in inner if i is not None and not i.isEmpty()) + "]"
    return f"space {_item_width(item)}"


def _rows(layout: QLayout) -> list[list[QLayoutItem]]:
    """The layout's items side by side: one row for a horizontal box, each line of a grid or form."""
    if isinstance(layout, QFormLayout):
        return [
            [
                i
                for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole)
                if (i := layout.itemAt(row, role))
            ]
            for row in range(layout.rowCount())
        ]
    if isinstance(layout, QGridLayout):
        rows: dict[int, list[QLayoutItem]] = {}
        for index in range(layout.count()):
            rows.setdefault(layout.getItemPosition(index)[0], []).append(layout.itemAt(index))
        return list(rows.values())
    if isinstance(layout, QBoxLayout) and layout.direction() in (
        QBoxLayout.Direction.LeftToRight,
        QBoxLayout.Direction.RightToLeft,
    ):
        return [[layout.itemAt(i) for i in range(layout.count())]]
    return []


def _where(path: list[str]) -> str:
    return " > ".join(path[-3:])


def _culprits_in_layout(layout: QLayout, limit: int, path: list[str]) -> list[str]:
    items = [layout.itemAt(i) for i in range(layout.count())]
    # A stacked layout is as wide as its widest page, shown or not; elsewhere hidden parts take no room.
    stacked = isinstance(layout, QStackedLayout)
    items = [i for i in items if i is not None and (stacked or not i.isEmpty())]
    for row in _rows(layout):
        row = [i for i in row if not i.isEmpty()]
        if len(row) > 1 and sum(_item_width(i) for i in row) + layout.spacing() * (len(row) - 1) > limit:
            described = ", ".join(_describe(i) for i in row)
            return [f"{_where(path)}: a row needs {layout.minimumSize().width()} px, {limit} px fit: {described}"]
    if not items:
        return [f"{_where(path)}: needs more than {limit} px"]
    overhead = layout.minimumSize().width() - max(_item_width(i) for i in items)
    # Every page of a stack that is too wide, the widest part of anything else.
    chosen = [i for i in items if _item_width(i) + overhead > limit] if stacked else [max(items, key=_item_width)]
    found = []
    for item in chosen:
        inner_limit = limit - overhead
        if item.layout() is not None:
            found += _culprits_in_layout(item.layout(), inner_limit, path)
        elif item.widget() is not None:
            found += _culprits(item.widget(), inner_limit, path)
    return found or [f"{_where(path)}: needs more than {limit} px"]


def _culprits(widget: QWidget, limit: int, path: list[str]) -> list[str]:
    """Follow the widest part down to the row (or the widget) that does not fit in *limit* px."""
    path = [*path, _name(widget)]
    layout = widget.layout()
    own_layout_needs = layout.minimumSize().width() if layout is not None else 0
    if widget.minimumWidth() > max(limit, own_layout_needs + 2):  # set in the code, not by its layout
        return [f"{_where(path)}: has a fixed minimum width of {widget.minimumWidth()} px, {limit} px fit"]
    if layout is not None:
        return _culprits_in_layout(layout, limit - (_least_width(widget) - own_layout_needs), path)
    children = [
        c
        for c in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if not c.isWindow() and not c.isHidden()
    ]
    if not children:
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        return [f"{_where(path)}{f' {text!r}' if text else ''}: needs {_least_width(widget)} px, {limit} px fit"]
    child = max(children, key=_least_width)
    return _culprits(child, limit - (_least_width(widget) - _least_width(child)), path)


def too_wide(root: QWidget, limit: int) -> list[str]:
    """Where under *root* the widgets need more than *limit* px side by side.

    Qt never squeezes a layout below its minimum: it widens the window (or scrolls sideways)
    instead. Every page of a tab or stacked widget counts, shown or not, so this follows the
    widest part down to the row of widgets that does not fit."""
    return _culprits(root, limit, []) if _least_width(root) > limit else []


def too_wide_for_the_laptop(window) -> list[str]:
    """What stops the window shrinking to the laptop's width: past the screen's edge is cut off."""
    return too_wide(window, LAPTOP[0])


# --- widgets on top of one another, or cut off by the edge of what holds them ------------------

# What people read or use: text, pictures with a meaning, and every control.
SEEN = (
    QLabel,
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
    QGroupBox,
    QScrollArea,
)
# Parts Qt builds inside a control (a tab bar's scroll arrows, a date field's line edit): they
# belong to their control and are checked with it.
COMPOUND = (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit, QAbstractScrollArea)


def _seen_widgets(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, SEEN) or not widget.isVisible() or _qt_internal(widget):
            continue
        if isinstance(widget, QLabel) and not widget.text() and (widget.pixmap() is None or widget.pixmap().isNull()):
            continue  # an empty label shows nothing
        if isinstance(widget.parent(), COMPOUND) and not isinstance(widget.parent(), QScrollArea):
            continue
        found.append(widget)
    return found


def _in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.rect().size())


def _clip(widget: QWidget) -> tuple[QRect, QWidget | None]:
    """The part of *widget* in sight (in window coordinates) and, if it is cut off by the edge of
    an ancestor that does not scroll, that ancestor."""
    shown = _in_window(widget)
    whole = QRect(shown)
    cut_by, scrolled = None, False
    ancestor = widget.parentWidget()
    while ancestor is not None:
        edge = _in_window(ancestor)
        holder = ancestor.parentWidget()
        # Below a scrolling view, being out of sight is what scrolling is for.
        scrolled = scrolled or (isinstance(holder, QAbstractScrollArea) and ancestor is holder.viewport())
        if cut_by is None and not scrolled and not edge.contains(whole):
            cut_by = ancestor
        shown = shown.intersected(edge)
        if ancestor.isWindow():
            break
        ancestor = holder
    return shown, cut_by


def _ancestors(widget: QWidget) -> list[QWidget]:
    chain = []
    ancestor = widget.parentWidget()
    while ancestor is not None:
        chain.append(ancestor)
        if ancestor.isWindow():
            break
        ancestor = ancestor.parentWidget()
    return chain


def hidden_parts(root: QWidget) -> list[str]:
    """One readable line for each pair of visible widgets under *root* that overlap, and for each
    widget cut off by the edge of a widget holding it that does not scroll.

    Two widgets are compared where they share a parent: each is clipped by what holds it below
    that parent (a scroll area there shows only what is scrolled into view), and not above it, so
    two controls on top of each other count even in a part of a page that is scrolled away."""
    widgets = _seen_widgets(root)
    problems = []
    for widget in widgets:
        _shown, cut_by = _clip(widget)
        if cut_by is not None:
            problems.append(
                f"{_name(widget)} {_text(widget)!r} at {_in_window(widget).getRect()} is cut off by the edge of "
                f"{_name(cut_by)} at {_in_window(cut_by).getRect()}"
            )
    chains = {widget: _ancestors(widget) for widget in widgets}
    places: dict[QWidget, QRect] = {}

    def place(widget: QWidget) -> QRect:
        if widget not in places:
            places[widget] = _in_window(widget)
        return places[widget]

    def shown_below(widget: QWidget, common: QWidget) -> QRect:
        rect = place(widget)
        for ancestor in chains[widget]:
            if ancestor is common:
                break
            rect = rect.intersected(place(ancestor))
        return rect

    for i, first in enumerate(widgets):
        above_first = set(chains[first])
        for second in widgets[i + 1 :]:
            if second in above_first or first in chains[second]:
                continue  # one holds the other
            common = next((a for a in chains[second] if a in above_first), None)
            overlap = shown_below(first, common).intersected(shown_below(second, common))
            if not overlap.isEmpty():
                problems.append(
                    f"{_name(first)} {_text(first)!r} and {_name(second)} {_text(second)!r} overlap "
                    f"by {overlap.width()}×{overlap.height()} px at {overlap.topLeft().toTuple()}"
                )
    return problems


def _text(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


# --- the screens -------------------------------------------------------------------------------


def settle(window, qtbot) -> None:
    # A screen whose minimum size grows makes Qt widen the window: ask for the laptop size again,
    # as a maximised window on a laptop would be.
    qtbot.wait(20)
    window.resize(*LAPTOP)
    qtbot.wait(20)


def screens(window, store, qtbot):
    """Each screen of the demo meeting in turn, at the laptop's size: (name, screen widget)."""
    # The room comes before set-up: set-up is built on first use, and once built its pages count
    # towards the window's minimum width on every screen.
    meeting = create_demo_meeting(store)
    window.meetings.refresh()
    settle(window, qtbot)
    yield "meetings list", window.meetings
    window.show_room(meeting.id)
    settle(window, qtbot)
    yield "room", window.room
    first = next(iter(window.room.tiles.tiles.values()))
    first.click()  # someone is speaking: the composer shows their name and the quick cards
    qtbot.wait(200)
    settle(window, qtbot)
    yield "room, with a speaker chosen", window.room
    window.show_setup(meeting.id)
    for tab in range(window.setup.tabs.count()):
        window.setup.tabs.setCurrentIndex(tab)
        settle(window, qtbot)
        yield f"set-up tab {window.setup.tabs.tabText(tab)!r}", window.setup
