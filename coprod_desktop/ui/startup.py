"""Opening the database at start-up, and explaining plainly when it cannot be opened.

A damaged file is never opened as an empty meeting: the facilitator is told, and offered the newest
backup if there is one. Restoring sets the damaged file aside rather than deleting it. A file that
cannot be opened for another reason (its folder cannot be written, another window has it, a newer
version saved it) is explained, and nothing is offered or opened.
"""

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ..app.opening import DamagedDatabase, StoreError, backups, open_workspace, restore_backup
from ..app.workspace import Workspace
from ..services.catalogue import CardCatalogue
from .platform.messages import error_text
from .widgets.message_boxes import plain_box, tell


def open_or_explain(db_path: Path, catalogue: CardCatalogue, parent: QWidget | None = None) -> Workspace | None:
    """The open workspace, or None after telling the person why the database cannot be opened."""
    tried: set[Path] = set()
    while True:
        try:
            return open_workspace(db_path, catalogue)
        except DamagedDatabase as exc:
            # The newest backup not yet tried: one that is damaged too is not offered again.
            offer = next((backup for backup in backups(db_path) if backup not in tried), None)
            if offer is None:
                tell(parent, "CoProd Desktop", error_text(exc), icon=QMessageBox.Icon.Critical)
                return None
            if not _offer_restore(error_text(exc), offer, parent):
                return None
            tried.add(offer)
            try:
                aside = restore_backup(db_path, offer)
            except StoreError as failed:  # the file is where and as it was
                tell(parent, "CoProd Desktop", error_text(failed), icon=QMessageBox.Icon.Critical)
                return None
            tell(
                parent,
                "CoProd Desktop",
                QWidget.tr("The backup is back in place. The damaged file was kept as {name}.").format(name=aside.name),
                icon=QMessageBox.Icon.Information,
            )
        except StoreError as exc:
            tell(parent, "CoProd Desktop", error_text(exc), icon=QMessageBox.Icon.Critical)
            return None


def _offer_restore(message: str, backup: Path, parent: QWidget | None) -> bool:
    # One plain text: the informative text of a QMessageBox is not covered by its text format.
    question = QWidget.tr("Restore the newest backup ({name})?").format(name=backup.name)
    box = plain_box(parent, QMessageBox.Icon.Warning, "CoProd Desktop", f"{message}\n\n{question}")
    restore = box.addButton(QWidget.tr("&Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QWidget.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restore
