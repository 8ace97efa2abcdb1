"""Opening the database at start-up, and explaining plainly when it cannot be opened.

A file that cannot be opened as it is (damaged, truncated, empty, random bytes, another program's,
saved by a newer version) is never opened as an empty meeting and never changed: the facilitator is
told, and offered the newest good backup if there is one. Restoring sets the file aside rather than
deleting it. When the file's latest changes (its -wal file) are lost or not its own, the person is
told that some recent changes may be missing and chooses: restore the newest good backup, open the
file as it is, or quit. A file that can only be read opens read-only, said in a message now and in
a banner above every screen. Anything else (another window has it, a folder that cannot be written
for a new file) is explained, and nothing is offered or opened.
"""

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ..app.opening import (
    DamagedDatabase,
    NewerDatabase,
    NotAMeetingDatabase,
    RecentChangesMissing,
    StoreError,
    backups,
    newest_good_backup,
    open_workspace,
    restore_backup,
)
from ..app.workspace import Workspace
from ..services.catalogue import CardCatalogue
from .platform.messages import error_text
from .widgets.message_boxes import plain_box, tell
from .widgets.read_only_banner import read_only_words

# Refusals that a backup can put right: the file itself is not a whole meeting database we can read.
_RESTORABLE = (DamagedDatabase, NotAMeetingDatabase, NewerDatabase)

OPEN_AS_IT_IS = "open"
RESTORE = "restore"


def open_or_explain(db_path: Path, catalogue: CardCatalogue, parent: QWidget | None = None) -> Workspace | None:
    """The open workspace, or None after telling the person why the database cannot be opened."""
    tried: set[Path] = set()
    accept_missing_changes = False
    while True:
        try:
            workspace = open_workspace(db_path, catalogue, accept_missing_changes=accept_missing_changes)
        except RecentChangesMissing as exc:
            offer = _backup_to_offer(db_path, tried)
            choice = _ask_about_missing_changes(error_text(exc), offer, parent)
            if choice == OPEN_AS_IT_IS:
                accept_missing_changes = True
                continue
            if choice != RESTORE or offer is None or not _restore(db_path, offer, tried, parent):
                return None
        except _RESTORABLE as exc:
            offer = None if db_path.is_dir() else _backup_to_offer(db_path, tried)
            if offer is None:
                tell(parent, "CoProd Desktop", error_text(exc), icon=QMessageBox.Icon.Critical)
                return None
            if not _offer_restore(error_text(exc), offer, parent):
                return None
            if not _restore(db_path, offer, tried, parent):
                return None
        except StoreError as exc:
            tell(parent, "CoProd Desktop", error_text(exc), icon=QMessageBox.Icon.Critical)
            return None
        else:
            if workspace.read_only:
                # Said once now, where a screen reader reads it; the banner keeps saying it.
                tell(parent, "CoProd Desktop", read_only_words(), icon=QMessageBox.Icon.Information)
            return workspace


def _backup_to_offer(db_path: Path, tried: set[Path]) -> Path | None:
    """The newest good backup not yet tried; failing that, the newest not yet tried (restoring it
    says why it cannot be used), so a backup that turned out bad is never offered twice."""
    good = newest_good_backup(db_path, frozenset(tried))
    if good is not None:
        return good
    return next((backup for backup in backups(db_path) if backup not in tried), None)


def _restore(db_path: Path, backup: Path, tried: set[Path], parent: QWidget | None) -> bool:
    """Put *backup* in place (the current file set aside); False after saying why it could not be."""
    tried.add(backup)
    try:
        aside = restore_backup(db_path, backup)
    except StoreError as failed:  # the file is where and as it was
        tell(parent, "CoProd Desktop", error_text(failed), icon=QMessageBox.Icon.Critical)
        return False
    tell(
        parent,
        "CoProd Desktop",
        QWidget.tr("The backup is back in place. The file it replaced was kept as {name}.").format(name=aside.name),
        icon=QMessageBox.Icon.Information,
    )
    return True


def _offer_restore(message: str, backup: Path, parent: QWidget | None) -> bool:
    # One plain text: the informative text of a QMessageBox is not covered by its text format.
    question = QWidget.tr("Restore the newest backup ({name})?").format(name=backup.name)
    box = plain_box(parent, QMessageBox.Icon.Warning, "CoProd Desktop", f"{message}\n\n{question}")
    restore = box.addButton(QWidget.tr("&Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QWidget.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restore


def _ask_about_missing_changes(message: str, backup: Path | None, parent: QWidget | None) -> str | None:
    """RESTORE, OPEN_AS_IT_IS or None (quit): what to do with a file whose latest changes are gone."""
    if backup is not None:
        question = QWidget.tr(
            "You can restore the newest good backup ({name}), or open the file as it is. The file is kept either way."
        ).format(name=backup.name)
    else:
        question = QWidget.tr("There is no backup to restore. You can open the file as it is.")
    box = plain_box(parent, QMessageBox.Icon.Warning, "CoProd Desktop", f"{message}\n\n{question}")
    restore = None
    if backup is not None:
        restore = box.addButton(QWidget.tr("&Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    as_it_is = box.addButton(QWidget.tr("&Open it as it is"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QWidget.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return RESTORE
    return OPEN_AS_IT_IS if clicked is as_it_is else None
