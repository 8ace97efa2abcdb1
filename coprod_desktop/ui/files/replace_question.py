"""Files already in the chosen folder: replace them, keep both, or cancel? One question for every
place that saves people's files (take-home files, a person's record), so it reads the same."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...app.handouts import Existing
from ..widgets.message_boxes import plain_box


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReplaceQuestion", text)


def ask_replace_or_keep(parent: QWidget, count: int, then: Callable[[Existing | None], None]) -> QMessageBox:
    """Ask whether to replace the *count* files already there, keep both, or cancel; *then* gets
    the answer (None: cancel). Asked without waiting (a job's callback must return at once)."""
    question = (
        _tr("1 file with this name is already in that folder. Replace it, keep both (new name), or cancel?")
        if count == 1
        # The number stands apart from the words, so one sentence serves every plural form.
        else _tr(
            "Files with these names already in that folder: {count}. Replace them, keep both (new names), or cancel?"
        ).format(count=count)
    )
    box = plain_box(parent, QMessageBox.Icon.Question, _tr("Files already there"), question)
    replace = box.addButton(_tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("&Keep both"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    for button, name in ((replace, _tr("Replace")), (keep, _tr("Keep both"))):
        button.setAccessibleName(name)
    box.setDefaultButton(keep)  # the safe answer: nothing is lost
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        then(Existing.REPLACE if clicked is replace else Existing.KEEP_BOTH if clicked is keep else None)

    box.finished.connect(answered)
    box.open()
    return box
