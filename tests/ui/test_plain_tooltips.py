"""Every tooltip is plain text: a card labelled '<img src="FILE">' never makes Qt open FILE.

A file-access spy (Linux inotify, through ctypes) watches FILE: it reports every open and read of
the file by anyone in this process, Qt's C++ code included. The spy is shown to catch the danger
first (Qt's own rich-text tooltip opens the file), so the tests can fail.
"""

import ctypes
import json
import os
import struct
import sys

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QImage, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import QApplication, QListView, QTabBar, QToolButton, QToolTip

from coprod_desktop.services.obf import import_board
from coprod_desktop.ui.app import prepare_application
from coprod_desktop.ui.platform.plain_tooltips import PlainToolTips
from coprod_desktop.ui.room.room_widgets import CardStrip
from coprod_desktop.ui.widgets.pictures import CardPictures

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the file spy uses Linux inotify")

IN_ACCESS, IN_OPEN = 0x1, 0x20


class FileSpy:
    """Every open or read of one file, by any code in any thread, seen through inotify."""

    def __init__(self, path) -> None:
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        assert self.fd >= 0
        assert self.libc.inotify_add_watch(self.fd, str(path).encode(), IN_ACCESS | IN_OPEN) >= 0

    def touches(self) -> int:
        """How many opens and reads happened since the last call."""
        count = 0
        try:
            data = os.read(self.fd, 65536)
        except BlockingIOError:
            return 0
        offset = 0
        while offset < len(data):
            _, mask, _, length = struct.unpack_from("iIII", data, offset)
            count += bool(mask & (IN_ACCESS | IN_OPEN))
            offset += 16 + length
        return count

    def close(self) -> None:
        os.close(self.fd)


@pytest.fixture
def secret(tmp_path):
    """A picture file a hostile label points at, and a spy on it."""
    path = tmp_path / "private photo.png"
    assert QImage(8, 8, QImage.Format.Format_RGB32).save(str(path))
    spy = FileSpy(path)
    spy.touches()
    yield path, spy
    spy.close()


def hover(widget, pos: QPoint) -> None:
    """Ask *widget* for its tooltip at *pos*, as Qt does when the pointer rests there."""
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))
    QApplication.processEvents()


def shown_as(markup: str) -> str:
    """What a person reads in a tooltip whose text is *markup*, as Qt lays it out."""
    document = QTextDocument()
    document.setHtml(markup)
    return document.toPlainText()


def test_the_spy_sees_qt_open_a_file_named_in_a_rich_tooltip(qapp, secret):
    path, spy = secret
    button = QToolButton()
    button.show()
    QToolTip.showText(button.mapToGlobal(QPoint(2, 2)), f'<img src="{path}">', button)  # Qt's own way, unfiltered
    QApplication.processEvents()
    QToolTip.hideText()
    assert spy.touches() > 0


def test_a_board_card_labelled_with_markup_shows_it_literally_and_opens_nothing(
    qapp, qtbot, store, catalogue, secret, tmp_path
):
    path, spy = secret
    prepare_application(qapp)
    label = f'<img src="{path}"> <b>x</b>'
    board = {"format": "open-board-0.1", "id": "b", "name": "Hostile", "buttons": [{"id": "1", "label": label}]}
    (tmp_path / "hostile.obf").write_text(json.dumps(board), encoding="utf-8")
    card = store.cards.get(import_board(store, tmp_path / "hostile.obf").cards[0].id)
    assert card.label == label

    strip = CardStrip(CardPictures(catalogue))
    qtbot.addWidget(strip)
    strip.set_cards([card])
    strip.show()
    qtbot.waitExposed(strip)
    spy.touches()  # showing the strip is not what is tested
    hover(strip.viewport(), strip.visualItemRect(strip.item(0)).center())

    assert shown_as(QToolTip.text()) == label
    assert spy.touches() == 0
    QToolTip.hideText()


@pytest.mark.parametrize("text", ['<img src="{path}">', "<b>x</b>", "a & b <unclosed", "two\nlines"])
def test_every_kind_of_tooltip_is_plain(qapp, qtbot, secret, text):
    path, spy = secret
    prepare_application(qapp)
    text = text.format(path=path)

    button = QToolButton()  # a widget's own tooltip: person tiles, buttons
    button.setToolTip(text)
    tabs = QTabBar()  # a tab's tooltip
    tabs.addTab("Tab")
    tabs.setTabToolTip(0, text)
    model = QStandardItemModel()  # an item view's ToolTipRole
    item = QStandardItem("Item")
    item.setToolTip(text)
    model.appendRow(item)
    view = QListView()
    view.setModel(model)
    for widget in (button, tabs, view):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
    spy.touches()

    for widget, pos in (
        (button, QPoint(2, 2)),
        (tabs, tabs.tabRect(0).center()),
        (view.viewport(), view.visualRect(model.index(0, 0)).center()),
    ):
        QToolTip.hideText()
        hover(widget, pos)
        assert shown_as(QToolTip.text()) == text, type(widget).__name__
        assert spy.touches() == 0, type(widget).__name__
    QToolTip.hideText()


def test_prepare_application_installs_the_filter_once(qapp):
    prepare_application(qapp)
    prepare_application(qapp)
    assert isinstance(qapp._coprod_tooltips, PlainToolTips)
    assert len(qapp.findChildren(PlainToolTips)) == 1
