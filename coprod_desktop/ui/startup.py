"""Opening the database at start-up, and explaining plainly when it cannot be opened.

A damaged file is never opened as an empty meeting: the facilitator is told, and offered the newest
backup if there is one. Restoring sets the damaged file aside rather than deleting it.
"""

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ..composition import open_for_writing
from ..store import DamagedDatabase, Store, StoreError
from ..store.backup import list_backups, restore_backup


def open_or_explain(db_path: Path, parent: QWidget | None = None) -> Store | None:
    """The open store, or None after telling the person why it cannot be opened."""
    while True:
        try:
            return open_for_writing(db_path)
        except DamagedDatabase as exc:
            backups = list_backups(db_path)
            if not backups:
                QMessageBox.critical(parent, "CoProd Desktop", str(exc))
                return None
            if not _offer_restore(str(exc), backups[0], parent):
                return None
            aside = restore_backup(db_path, backups[0])
            QMessageBox.information(
                parent,
                "CoProd Desktop",
                QWidget.tr("The backup is back in place. The damaged file was kept as {name}.").format(name=aside.name),
            )
        except StoreError as exc:
            QMessageBox.critical(parent, "CoProd Desktop", str(exc))
            return None


def _offer_restore(message: str, backup: Path, parent: QWidget | None) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, "CoProd Desktop", message, parent=parent)
    box.setInformativeText(QWidget.tr("Restore the newest backup ({name})?").format(name=backup.name))
    restore = box.addButton(QWidget.tr("&Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QWidget.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restore
