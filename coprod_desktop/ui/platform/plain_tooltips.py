"""Every tooltip in the app is plain text: user text is data, never markup.

Qt shows a tooltip as rich text when it "might be" rich text (Qt.mightBeRichText), and rich text
loads the pictures it names: a card brought in or imported from a board labelled
'<img src="/some/file">' made Qt open that file the moment its tooltip showed, and '<b>x</b>'
showed as a bold x. Labels are plain (Qt.PlainText); tooltips are set in many places (widgets,
list items, tabs, menus), so they are made plain in one place instead: PlainToolTips is an
application-wide event filter that takes every tooltip request (QEvent.ToolTip, a QHelpEvent) and
shows the text the widget or item would have shown, escaped, so Qt draws it literally.

It covers a widget's own toolTip(), and the tooltips Qt's widgets find for a place inside them:
items of item views (QListWidgetItem.setToolTip, a model's ToolTipRole; the request arrives at the
view's viewport), header sections, tabs of a QTabBar and actions in a QMenu.
"""

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTabBar, QToolTip, QWidget


def plain_tooltip_markup(text: str) -> str:
    """*text* as rich text that Qt draws literally: '<b>' shows as '<b>', line breaks are kept."""
    # QtGui's Qt namespace, not QtCore's: PySide6 puts convertFromPlainText there.
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


class PlainToolTips(QObject):
    """Install on the QApplication: every tooltip is then shown as plain text."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QHelpEvent)
        found = _tooltip_at(watched, event.pos())
        if found is None:
            # Nothing here: Qt passes the request on to the parent, which may have a tooltip.
            return False
        text, area = found
        QToolTip.showText(event.globalPos(), plain_tooltip_markup(text), watched, area, watched.toolTipDuration())
        return True


def _tooltip_at(widget: QWidget, pos: QPoint) -> tuple[str, QRect] | None:
    """The tooltip text at *pos* in *widget* and the area it belongs to, or None when it has none."""
    view = widget.parent()
    if isinstance(view, QAbstractItemView) and widget is view.viewport():
        return _item_tooltip(view, pos)
    if isinstance(widget, QTabBar):
        index = widget.tabAt(pos)
        if index >= 0 and widget.tabToolTip(index):
            return widget.tabToolTip(index), widget.tabRect(index)
    if isinstance(widget, QMenu):
        action = widget.actionAt(pos)
        # A menu shows an action's tooltip only when it differs from its text (QMenu::event).
        if action is not None and action.toolTip() and action.toolTip() != action.iconText():
            return action.toolTip(), widget.actionGeometry(action)
        return None
    if widget.toolTip():
        return widget.toolTip(), QRect()
    return None


def _item_tooltip(view: QAbstractItemView, pos: QPoint) -> tuple[str, QRect] | None:
    if isinstance(view, QHeaderView):
        section = view.logicalIndexAt(pos)
        model = view.model()
        if section < 0 or model is None:
            return None
        value = model.headerData(section, view.orientation(), Qt.ItemDataRole.ToolTipRole)
        return (str(value), QRect()) if value else None
    index = view.indexAt(pos)
    if index.isValid():
        value = index.data(Qt.ItemDataRole.ToolTipRole)
        if value:
            return str(value), view.visualRect(index)
    if view.toolTip():
        return view.toolTip(), QRect()
    return None
