"""Opening a meeting database safely.

The rules (see quality.md): never open a damaged, empty, foreign or newer file as if it were an
empty meeting; never repair in place; back up before upgrading; one writer at a time.
"""

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from .backup import backup_database, backup_path_for, list_backups
from .lock import WriterLock
from .migrations import APPLICATION_ID, KNOWN, migrations

SQLITE_HEADER = b"SQLite format 3\x00"


class StoreError(Exception):
    """A problem with the database file. The message is plain English, fit to show a person."""


class NoDatabase(StoreError):
    pass


class DamagedDatabase(StoreError):
    pass


class NotAMeetingDatabase(StoreError):
    pass


class NewerDatabase(StoreError):
    pass


class DatabaseInUse(StoreError):
    pass


class StoreWriteError(StoreError):
    """A write failed (disk full, read-only folder, ...). Nothing was saved."""


def _backup_hint(path: Path) -> str:
    backups = list_backups(path)
    if backups:
        return f" A backup is available: {backups[0].name}."
    return ""


def _check_existing_file(path: Path) -> None:
    if path.is_dir():
        raise NotAMeetingDatabase(f"{path} is a folder, not a meeting database file.")
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise NoDatabase(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if not header:
        raise DamagedDatabase(f"{path.name} is empty: it holds no meetings. It was left as it is.{_backup_hint(path)}")
    if header != SQLITE_HEADER:
        raise NotAMeetingDatabase(f"{path.name} is not a CoProd Desktop meeting database. It was left as it is.")


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: no hidden transactions; every write is an explicit db.atomic() block.
    # check_same_thread stays on: a connection belongs to one thread.
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=5.0)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    try:
        quick = conn.execute("PRAGMA quick_check").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError:
        raise DamagedDatabase(
            f"{path.name} is damaged and cannot be opened. It was left as it is.{_backup_hint(path)}"
        ) from None
    if quick != "ok":
        raise DamagedDatabase(f"{path.name} is damaged and cannot be opened. It was left as it is.{_backup_hint(path)}")
    if app_id != APPLICATION_ID:
        raise NotAMeetingDatabase(
            f"{path.name} is a database from another program, not CoProd Desktop. It was left as it is."
        )
    applied = [m.name for m in migrations.applied(_database(conn))]
    unknown = [name for name in applied if name not in KNOWN]
    if unknown:
        raise NewerDatabase(
            f"{path.name} was saved by a newer version of CoProd Desktop. "
            "Please update CoProd Desktop to open it. It was left as it is."
        )


def _database(conn: sqlite3.Connection) -> Database:
    # execute_plugins=False: sqlite-utils would otherwise scan every installed package for plugins
    # and run their code inside our connection. We use none, and the scan slows start-up.
    return Database(conn, execute_plugins=False)


def _set_pragmas(conn: sqlite3.Connection) -> None:
    # WAL + FULL: a commit survives a crash or power cut once execute() returns.
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise StoreError("The meeting database could not switch to safe-write mode (WAL).")
    conn.execute("PRAGMA synchronous = FULL")
    # Deleted content is overwritten with zeros, so an erased photo or withdrawn words are gone
    # from the file, not merely unlinked (see erase_checkpoint for the WAL side).
    conn.execute("PRAGMA secure_delete = ON")


def open_database(path: Path, *, create: bool, lock: bool) -> tuple[Database, WriterLock | None]:
    """Open (or create) the meeting database at *path*, migrated to the current schema.

    Raises a StoreError subclass with a plain message for anything that is not a healthy CoProd
    database of this or an older version. Takes the writer lock when *lock*.
    """
    path = Path(path)
    exists = path.exists()
    if exists:
        _check_existing_file(path)
    elif not create:
        raise NoDatabase(f"There is no meeting database at {path}.")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreWriteError(f"Cannot create the folder {path.parent}: {exc.strerror or exc}.") from None

    writer_lock = None
    if lock:
        writer_lock = WriterLock(path)
        try:
            taken = writer_lock.acquire()
        except OSError as exc:
            raise StoreWriteError(f"Cannot write beside {path.name}: {exc.strerror or exc}.") from None
        if not taken:
            raise DatabaseInUse(f"{path.name} is already open in another CoProd Desktop window. Close that one first.")
    try:
        conn = _connect(path)
        try:
            if exists:
                _check_identity(conn, path)
            _set_pragmas(conn)
            db = _database(conn)
            pending = migrations.pending(db)
            if pending:
                if exists:
                    backup_database(conn, backup_path_for(path, "before-upgrade"))
                migrations.apply(db)
        except BaseException:
            conn.close()
            raise
    except sqlite3.OperationalError as exc:
        if writer_lock:
            writer_lock.release()
        raise StoreWriteError(f"Cannot open {path.name}: {exc}.") from None
    except BaseException:
        if writer_lock:
            writer_lock.release()
        raise
    return db, writer_lock
