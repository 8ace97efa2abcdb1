"""What can be learnt about a database file without changing it: its header, its write-ahead log,
whether the last session that wrote it closed cleanly, and a whole-file check.

Nothing here writes to the database or leaves a file beside it. The header and the -wal file are
read as bytes; a SQLite check runs on a read-only connection that is "immutable" (no -shm, no
locks, nothing created) whenever there is no write-ahead log to read, and otherwise removes the
-shm file it had to create.

How a lost write-ahead log is noticed. While the writer has a file open, a small marker beside it
("meeting.db.open") names the file (device and inode). The writer removes it only after a complete
checkpoint on close (the log then holds nothing the file lacks). So when the marker names this
very file but its -wal file is gone, the last session's recent commits went with it: SQLite would
open the file silently without them. A file put in its place (a restored backup, a copy) is another
inode, so an old marker says nothing about it. Cheap (one small file per session) and it travels
with the file's folder, not with any one computer's settings.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
WAL_HEADER_SIZE = 32
_WAL_MAGIC = (0x377F0682, 0x377F0683)

# The user_version values this program has written: none, ever (the schema version lives in the
# migrations table). Any other value was written by a newer version or another program.
KNOWN_USER_VERSIONS = frozenset({0})


@dataclass(frozen=True)
class Header:
    """The fields of SQLite's 100-byte file header that say what the file is."""

    page_size: int
    user_version: int
    application_id: int
    wal_mode: bool


def side_file(path: Path, suffix: str) -> Path:
    """SQLite's (and our) files beside *path*: "-wal", "-shm", ".open"."""
    return Path(str(path) + suffix)


def read_header(path: Path) -> Header | None:
    """The header of *path*, or None when it is not a whole SQLite header (random, foreign, short)."""
    with Path(path).open("rb") as f:
        data = f.read(HEADER_SIZE)
    if len(data) < HEADER_SIZE or not data.startswith(SQLITE_HEADER):
        return None
    (raw_page_size,) = struct.unpack(">H", data[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        return None  # not a power of two between 512 and 65536: not a real header
    (user_version,) = struct.unpack(">i", data[60:64])
    (application_id,) = struct.unpack(">i", data[68:72])
    return Header(page_size, user_version, application_id, wal_mode=data[18] == 2 and data[19] == 2)


def looks_truncated(path: Path, header: Header) -> bool:
    """True when the file's size is not a whole number of its pages: cut short or padded."""
    size = Path(path).stat().st_size
    return size < header.page_size or size % header.page_size != 0


def wal_bytes(path: Path) -> int:
    """The size of *path*'s -wal file (0 when there is none)."""
    try:
        return side_file(path, "-wal").stat().st_size
    except FileNotFoundError:
        return 0


def _wal_checksum(data: bytes, big_endian: bool) -> tuple[int, int]:
    # SQLite's WAL checksum (see "WAL File Format" in the SQLite documentation).
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    s0 = s1 = 0
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def wal_matches(path: Path, header: Header) -> bool:
    """Whether a non-empty -wal beside *path* is a valid log for a file of this page size.

    SQLite silently ignores a log whose header is not valid, and with it every change it holds; a
    log of another page size cannot belong to this file. An empty or missing log matches.
    """
    wal = side_file(path, "-wal")
    try:
        with wal.open("rb") as f:
            data = f.read(WAL_HEADER_SIZE)
    except FileNotFoundError:
        return True
    if not data:
        return True
    if len(data) < WAL_HEADER_SIZE:
        return False
    magic, _version, page_size = struct.unpack(">III", data[:12])
    if magic not in _WAL_MAGIC or page_size != header.page_size:
        return False
    expected = struct.unpack(">II", data[24:32])
    return _wal_checksum(data[:24], big_endian=magic & 1 == 1) == expected


def _identity(path: Path) -> str:
    st = Path(path).stat()
    return f"{st.st_dev} {st.st_ino}\n"


def mark_open(path: Path) -> None:
    """Record, beside *path*, that a writer has it open (see the module's docstring)."""
    marker = side_file(path, ".open")
    fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, _identity(path).encode())
        os.fsync(fd)
    finally:
        os.close(fd)


def mark_closed(path: Path) -> None:
    """Remove the open marker: the writer closed after a complete checkpoint."""
    side_file(path, ".open").unlink(missing_ok=True)


def wal_lost(path: Path) -> bool:
    """True when the last writer of this very file did not close it cleanly and its -wal is gone."""
    try:
        recorded = side_file(path, ".open").read_text()
    except (FileNotFoundError, UnicodeDecodeError):
        return False
    except OSError:
        return False
    return recorded == _identity(path) and not side_file(path, "-wal").exists()


@contextmanager
def checking_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to *path* that leaves nothing behind and never changes the file.

    Immutable (no locks, no -shm, the -wal not read) when there is no write-ahead log to read;
    otherwise a plain read-only connection, removing afterwards a -shm file it had to create.
    """
    path = Path(path)
    uri = path.resolve().as_uri()
    shm = side_file(path, "-shm")
    wal = side_file(path, "-wal")
    had_shm, had_wal = shm.exists(), wal.exists()
    immutable = wal_bytes(path) == 0
    conn = sqlite3.connect(uri + ("?mode=ro&immutable=1" if immutable else "?mode=ro"), uri=True, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()
        if not had_shm:
            shm.unlink(missing_ok=True)
        if not had_wal:
            wal.unlink(missing_ok=True)
