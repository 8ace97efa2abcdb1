"""Opening a meeting database safely.

The rules (see quality.md): never open a damaged, empty, foreign or newer file as if it were an
empty meeting; never repair in place; back up before upgrading; one writer at a time.

There are two ways in. The writer (open_database) holds the writer lock; it alone creates, checks
every page (quick_check), backs up and upgrades. A reader (open_database_for_reading) never writes:
its connection is read-only, it refuses an older schema rather than upgrading it, and it checks
every page only when asked (a background job of a window whose writer checked the file need not).

Every check of an existing file runs before anything can change it: the header is read as bytes,
the write-ahead log is looked at (lost or not its own: see store/health.py), and the whole-file
check runs on a read-only connection that leaves nothing behind. So a refused file is byte for byte
as it was, with no -wal or -shm made beside it. A file that cannot be written (its folder or the
file itself) is refused by the writer with its own error, so the window can open it read-only.
The writer closes with a full checkpoint (close_database), which is how a lost log is told apart.
"""

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from ..domain.errors import UserFacingError
from ..domain.messages import os_reason
from . import health
from .backup import backup_database, backup_path_for, list_backups
from .lock import WriterLock
from .migrations import APPLICATION_ID, KNOWN, migrations
from .write_errors import write_error_code

SQLITE_HEADER = b"SQLite format 3\x00"


class StoreError(UserFacingError):
    """A problem with the database file: a code of domain/messages.py ("database.…") and its params."""

    default_code = "database.failed"


class NoDatabase(StoreError):
    default_code = "database.missing"


class DamagedDatabase(StoreError):
    default_code = "database.damaged"


class NotAMeetingDatabase(StoreError):
    default_code = "database.not_a_database"


class NewerDatabase(StoreError):
    default_code = "database.newer"


class UnknownVersion(NewerDatabase):
    """The header's user_version holds a value this program never wrote: newer, or another program's."""

    default_code = "database.unknown_version"


class RecentChangesMissing(StoreError):
    """The file's write-ahead log is gone, or the one beside it is not its own: recent changes may be
    missing. Opened only when the person says so (accept_missing_changes)."""

    default_code = "database.wal_lost"


class ReadOnlyDatabase(StoreError):
    """The file itself cannot be written (its permissions, or a read-only medium): the window opens
    it read-only instead."""

    default_code = "database.read_only_file"


class DatabaseInUse(StoreError):
    default_code = "database.in_use"


class StoreWriteError(StoreError):
    """A write failed (disk full, read-only folder, ...). Nothing was saved."""

    default_code = "database.not_saved"


class FolderNotWritable(StoreError):
    """The file's folder cannot be written, so the file cannot be opened safely: SQLite keeps its
    write-ahead log and shared-memory files beside it, and the lock and backups live there too."""

    default_code = "database.folder_not_writable"


class OlderDatabase(StoreError):
    """A reader found a file saved by an older version: only the writer, holding the lock, upgrades."""

    default_code = "database.older"


# SQLite's result codes that mean the file itself is damaged; anything else (a folder that cannot
# be written, a busy or unreadable file) says nothing about the file's health.
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def _folder_writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK | os.X_OK)


def _not_writable(path: Path) -> FolderNotWritable:
    return FolderNotWritable("database.folder_not_writable", name=path.name, folder=str(path.parent))


def check_folder_writable(path: Path) -> None:
    """Raise FolderNotWritable unless the folder holding *path* can be written (before any change)."""
    if not _folder_writable(Path(path)):
        raise _not_writable(Path(path))


def _refusal(exc: sqlite3.Error, path: Path) -> StoreError:
    """The error to raise when SQLite could not read *path*: damage only when SQLite says damage."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _DAMAGE_CODES:
        return _damaged(path)
    if code == sqlite3.SQLITE_READONLY_DIRECTORY or not _folder_writable(path):
        return _not_writable(path)
    return StoreError("database.cannot_open", name=path.name, reason=write_error_code(exc))


def _damaged(path: Path, *, empty: bool = False) -> DamagedDatabase:
    """The error for a damaged (or empty) file, naming the newest backup when there is one."""
    backups = list_backups(path)
    if empty:
        if backups:
            return DamagedDatabase("database.empty_backup", name=path.name, backup=backups[0].name)
        return DamagedDatabase("database.empty", name=path.name)
    if backups:
        return DamagedDatabase("database.damaged_backup", name=path.name, backup=backups[0].name)
    return DamagedDatabase("database.damaged", name=path.name)


def _check_existing_file(path: Path) -> None:
    """Refuse, from its bytes alone, a file that is no whole SQLite database of a version we wrote."""
    if path.is_dir():
        raise NotAMeetingDatabase("database.is_folder", path=str(path))
    try:
        with path.open("rb") as f:
            start = f.read(len(SQLITE_HEADER))
        header = health.read_header(path)
        truncated = header is not None and health.looks_truncated(path, header)
    except OSError as exc:
        raise NoDatabase("database.unreadable", path=str(path), reason=os_reason(exc)) from None
    if not start:
        raise _damaged(path, empty=True)
    if start != SQLITE_HEADER:
        raise NotAMeetingDatabase("database.not_a_database", name=path.name)
    if header is None or truncated:
        raise _damaged(path)  # SQLite's first bytes, but not a whole file of whole pages
    if header.application_id not in (0, APPLICATION_ID):  # 0: ours before its first checkpoint
        raise NotAMeetingDatabase("database.other_program", name=path.name)
    if header.user_version not in health.KNOWN_USER_VERSIONS:
        if header.application_id != APPLICATION_ID:
            raise NotAMeetingDatabase("database.other_program", name=path.name)
        raise UnknownVersion("database.unknown_version", name=path.name)


def _check_log(path: Path, *, accept_missing_changes: bool) -> None:
    """Refuse a file whose write-ahead log was lost or is not its own, unless the person accepted it.

    When accepted, a log that is not the file's own is set aside (renamed, never deleted): SQLite
    would otherwise ignore it and then write over it.
    """
    header = health.read_header(path)
    if header is None:
        return
    if not health.wal_matches(path, header):
        if not accept_missing_changes:
            raise RecentChangesMissing("database.wal_mismatch", name=path.name)
        wal = health.side_file(path, "-wal")
        try:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            wal.rename(wal.with_name(f"{wal.name}.set-aside-{stamp}"))
        except OSError as exc:
            raise StoreWriteError("database.cannot_write_beside", name=path.name, reason=os_reason(exc)) from None
        health.side_file(path, "-shm").unlink(missing_ok=True)  # its index, rebuilt from the file
    elif health.wal_lost(path) and not accept_missing_changes:
        raise RecentChangesMissing("database.wal_lost", name=path.name)


def _check_contents(path: Path) -> None:
    """Every page checked, on a connection that cannot change the file and leaves nothing beside it."""
    try:
        with health.checking_connection(path) as conn:
            _check_identity(conn, path)
    except sqlite3.Error as exc:
        raise _refusal(exc, path) from None


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: no hidden transactions; every write is an explicit db.atomic() block.
    # check_same_thread stays on: a connection belongs to one thread.
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=5.0)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _check_identity(conn: sqlite3.Connection, path: Path, *, every_page: bool = True) -> None:
    """Ours, of a version we know, and (when *every_page*) not damaged anywhere.

    quick_check reads every page of the file: the writer runs it once when it opens the file. A
    reader beside that writer checks only the header and the schema version (two small reads);
    damage it meets later still comes up as an error, never as wrong data.
    """
    try:
        quick = conn.execute("PRAGMA quick_check").fetchone()[0] if every_page else "ok"
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        applied = [m.name for m in migrations.applied(_database(conn))]
    except sqlite3.DatabaseError as exc:
        raise _refusal(exc, path) from None
    if quick != "ok":
        raise _damaged(path)
    if app_id != APPLICATION_ID:
        raise NotAMeetingDatabase("database.other_program", name=path.name)
    if user_version not in health.KNOWN_USER_VERSIONS:
        raise UnknownVersion("database.unknown_version", name=path.name)
    unknown = [name for name in applied if name not in KNOWN]
    if unknown:
        raise NewerDatabase("database.newer", name=path.name)


def _database(conn: sqlite3.Connection) -> Database:
    # execute_plugins=False: sqlite-utils would otherwise scan every installed package for plugins
    # and run their code inside our connection. We use none, and the scan slows start-up.
    return Database(conn, execute_plugins=False)


def _set_pragmas(conn: sqlite3.Connection) -> None:
    # WAL + FULL: a commit survives a crash or power cut once execute() returns.
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise StoreError("database.no_safe_mode")
    conn.execute("PRAGMA synchronous = FULL")
    # Deleted content is overwritten with zeros, so an erased photo or withdrawn words are gone
    # from the file, not merely unlinked (see erase_checkpoint for the WAL side).
    conn.execute("PRAGMA secure_delete = ON")


def take_writer_lock(path: Path) -> WriterLock:
    """The writer's lock on *path*, held: DatabaseInUse when another window has the file open,
    StoreWriteError when the lock file cannot be made beside it."""
    writer_lock = WriterLock(path)
    try:
        taken = writer_lock.acquire()
    except OSError as exc:
        raise StoreWriteError("database.cannot_write_beside", name=path.name, reason=os_reason(exc)) from None
    if not taken:
        raise DatabaseInUse("database.in_use", name=path.name)
    return writer_lock


def open_database(
    path: Path, *, create: bool, lock: bool, accept_missing_changes: bool = False
) -> tuple[Database, WriterLock | None]:
    """Open (or create) the meeting database at *path*, migrated to the current schema.

    Raises a StoreError subclass with a plain message for anything that is not a healthy CoProd
    database of this or an older version, before anything is changed. Takes the writer lock when
    *lock*. A file that cannot be written raises ReadOnlyDatabase (or FolderNotWritable for its
    folder). A lost or foreign write-ahead log raises RecentChangesMissing unless
    *accept_missing_changes* (the person chose to open the file as it is).
    """
    path = Path(path)
    exists = path.exists()
    if exists:
        _check_existing_file(path)
    elif not create:
        raise NoDatabase("database.missing", path=str(path))
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreWriteError("database.folder_not_made", folder=str(path.parent), reason=os_reason(exc)) from None
    # Before the lock and before SQLite: in a folder that cannot be written SQLite cannot make its
    # -wal and -shm files, and its error would otherwise read as a damaged file.
    check_folder_writable(path)
    if exists and not os.access(path, os.W_OK):
        # SQLite would open it read-only without a word, and every save would then fail.
        raise ReadOnlyDatabase("database.read_only_file", name=path.name)

    writer_lock = take_writer_lock(path) if lock else None
    try:
        if exists:
            _check_log(path, accept_missing_changes=accept_missing_changes)
            _check_contents(path)
        conn = _connect(path)
        try:
            # From here until a clean close, a lost -wal file is noticed (store/health.py).
            health.mark_open(path)
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
        if exc.sqlite_errorcode == sqlite3.SQLITE_READONLY_DIRECTORY:
            raise _not_writable(path) from None
        raise StoreWriteError("database.cannot_open", name=path.name, reason=write_error_code(exc)) from None
    except OSError as exc:  # the open marker could not be written beside the file
        if writer_lock:
            writer_lock.release()
        raise StoreWriteError("database.cannot_write_beside", name=path.name, reason=os_reason(exc)) from None
    except BaseException:
        if writer_lock:
            writer_lock.release()
        raise
    return db, writer_lock


def close_database(conn: sqlite3.Connection, path: Path) -> None:
    """Close the writer's connection after copying its write-ahead log into the file.

    A complete checkpoint (TRUNCATE) leaves the log empty, so the file alone holds everything; only
    then is the open marker removed. If a reader still holds an older snapshot the checkpoint cannot
    complete, and the marker stays: the -wal file still matters until the next clean close.
    """
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlite3.Error:
        busy = 1  # a full disk or a file gone bad: the log still holds what the file lacks
    conn.close()
    if not busy:
        health.mark_closed(Path(path))


def open_database_for_reading(
    path: Path,
    *,
    every_page: bool = True,
    read_only_place: bool = False,
    accept_missing_changes: bool | None = None,
) -> Database:
    """Open the existing meeting database at *path* read-only: never created, upgraded or changed.

    Refuses what the writer refuses, and also a file of an older schema (OlderDatabase): only the
    writer, holding the lock, upgrades. *every_page* runs quick_check over the whole file; a job
    beside an open window passes False, as the window's writer checked the file when it opened it.

    *read_only_place*: the file or its folder cannot be written (the window's read-only mode), so
    when there is no write-ahead log to read the connection is immutable and needs no -shm file.
    *accept_missing_changes*: None leaves the write-ahead log unchecked (a job beside the window);
    False refuses a lost or foreign log (RecentChangesMissing); True reads the file as it is.
    """
    path = Path(path)
    if not path.exists():
        raise NoDatabase("database.missing", path=str(path))
    _check_existing_file(path)
    if accept_missing_changes is False:
        header = health.read_header(path)
        if header is not None and not health.wal_matches(path, header):
            raise RecentChangesMissing("database.wal_mismatch", name=path.name)
        if health.wal_lost(path):
            raise RecentChangesMissing("database.wal_lost", name=path.name)
    immutable = read_only_place and health.wal_bytes(path) == 0
    try:
        # mode=ro: SQLite itself refuses every write on this connection. isolation_level=None and
        # check_same_thread as for the writer. immutable: no locks and nothing made beside the file.
        options = "?mode=ro&immutable=1" if immutable else "?mode=ro"
        conn = sqlite3.connect(path.resolve().as_uri() + options, uri=True, isolation_level=None, timeout=5.0)
    except sqlite3.Error as exc:
        raise _refusal(exc, path) from None
    try:
        _check_identity(conn, path, every_page=every_page)
        db = _database(conn)
        if migrations.pending(db):
            raise OlderDatabase("database.older", name=path.name)
    except BaseException:
        conn.close()
        raise
    return db
