"""Reading an Open Board Format file safely: the file itself, the .obz zip package, the JSON. Qt-free.

The file is hostile until proved otherwise:

- A package is read in memory, never extracted to disk. Every entry name is checked before any is
  read: absolute paths, drive letters, ".." components (with "/" or "\\" as the separator), NUL and
  control characters, symbolic links, encrypted entries, two entries with one name, and compression
  other than stored/deflate (bzip2 and lzma can inflate without limit in one call) refuse the
  package. The number of entries, the declared size of each entry and of all of them, and each
  entry's compression ratio are capped; the bytes actually inflated are counted while reading too,
  because declared sizes can lie.
- JSON is capped in size, and absurd nesting and numbers are refused.

Every refusal goes through a *fail* callable (see failer): a ValidationError with a "board." code,
the file's name and the place in it (the part: manifest.json or a board inside the package).
"""

import io
import json
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from ..domain.errors import ValidationError
from ..domain.messages import os_reason
from ..domain.text import clean_text

Fail = Callable[..., NoReturn]  # fail(code, **params): raises ValidationError

MB = 1024 * 1024
# Limits. Real boards are far smaller: CoughDrop's largest sample package is 0.3 MB.
MAX_FILE_BYTES = 100 * 1024 * 1024  # the .obz or .obf file on disk
MAX_TOTAL_BYTES = 100 * 1024 * 1024  # everything inflated from one package
MAX_ENTRIES = 5_000
MAX_RATIO = 100  # inflated / compressed, per entry ...
RATIO_FLOOR = 1024 * 1024  # ... for entries bigger than this (small JSON can compress very well)
MAX_JSON_BYTES = 20 * 1024 * 1024  # one board or manifest; inline pictures make boards big

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_DRIVE = re.compile(r"^[A-Za-z]:")


def failer(file: str, **place: str) -> Fail:
    """A *fail* callable: fail(code, **params) raises ValidationError(code, file=file, **place, **params)."""

    def fail(code: str, **params: object) -> NoReturn:
        raise ValidationError(code, file=file, **place, **params)

    return fail


def shown(value: object, limit: int = 40) -> str:
    """A value for a one-line message: cleaned and short, so it cannot flood or bend it."""
    text = clean_text(value) if isinstance(value, str) else str(value)
    return short(text, limit)


def short(text: str, limit: int) -> str:
    """*text* cut to *limit* characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_file(path: Path, fail: Fail) -> bytes:
    """The bytes of the board file at *path*: a regular file, not empty, at most MAX_FILE_BYTES."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            fail("board.is_folder")
        if not stat.S_ISREG(info.st_mode):
            fail("board.not_a_file")
        if info.st_size > MAX_FILE_BYTES:
            fail("board.too_big", limit_mb=MAX_FILE_BYTES // MB)
        with path.open("rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        fail("board.no_file")
    except OSError as exc:
        fail("board.unreadable", reason=os_reason(exc))
    if len(raw) > MAX_FILE_BYTES:
        fail("board.too_big", limit_mb=MAX_FILE_BYTES // MB)
    if not raw.strip():
        fail("board.empty")
    return raw


def entry_key(name: str) -> str | None:
    """The package-relative name of *name* ("./a\\b.png" -> "a/b.png"), or None if it leaves the package."""
    if not name or "\x00" in name or any(ord(ch) < 32 for ch in name):
        return None
    text = name.replace("\\", "/")
    if text.startswith("/") or _DRIVE.match(text):
        return None
    parts = [p for p in text.split("/") if p not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


def parse_json(raw: bytes, fail: Fail) -> object:
    """UTF-8 JSON *raw* parsed; *fail* says which part of the file it is (its "part" param)."""
    if len(raw) > MAX_JSON_BYTES:
        fail("board.text_too_big", limit_mb=MAX_JSON_BYTES // MB)
    if not raw.strip():
        fail("board.part_empty")
    try:
        text = raw.decode("utf-8-sig")  # some Windows editors put a byte-order mark first
    except UnicodeDecodeError:
        fail("board.not_utf8")
    try:
        return json.loads(text, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        fail("board.not_json", line=exc.lineno, column=exc.colno)
    except RecursionError:
        # The JSON decoder stops at Python's recursion limit; a real board is 5 levels deep.
        fail("board.too_deep")
    except ValueError:
        fail("board.odd_number")  # e.g. over 4300 digits, or NaN


def _no_constants(name: str) -> float:
    # json.loads accepts NaN and Infinity, which are not JSON.
    raise ValueError(name)


class Package:
    """A zip package checked entry by entry, read in memory with limits."""

    def __init__(self, raw: bytes, fail: Fail) -> None:
        self.fail = fail
        self.inflated = 0
        # zipfile reads the whole central directory into memory before anything can be counted, so
        # its size and entry count are checked first, from the end-of-directory record.
        end = raw.rfind(b"PK\x05\x06", max(0, len(raw) - 65_557))
        if end >= 0 and len(raw) >= end + 22:
            count, directory_size = struct.unpack_from("<10xHL", raw, end)
            if count > MAX_ENTRIES or directory_size > MAX_ENTRIES * 512:
                fail("board.too_many_files", count=count, limit=MAX_ENTRIES)
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(raw))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
            fail("board.zip_damaged")
        if len(infos) > MAX_ENTRIES:
            fail("board.too_many_files", count=len(infos), limit=MAX_ENTRIES)
        self.entries: dict[str, zipfile.ZipInfo] = {}
        declared = 0
        for info in infos:
            key = entry_key(info.filename)
            entry = shown(info.filename)
            if key is None:
                fail("board.entry_outside", entry=entry)
            if stat.S_ISLNK(info.external_attr >> 16):
                fail("board.entry_link", entry=entry)
            if info.flag_bits & 0x1:
                fail("board.entry_locked", entry=entry)
            if info.is_dir():
                continue
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                fail("board.entry_packing", entry=entry)
            if key in self.entries:
                fail("board.entry_twice", entry=shown(key))
            self._check_size(info, info.file_size)
            declared += info.file_size
            if declared > MAX_TOTAL_BYTES:
                fail("board.too_big_unpacked", limit_mb=MAX_TOTAL_BYTES // MB)
            self.entries[key] = info

    def _check_size(self, info: zipfile.ZipInfo, size: int) -> None:
        if size > RATIO_FLOOR and size > max(info.compress_size, 1) * MAX_RATIO:
            self.fail("board.zip_bomb", entry=shown(info.filename))

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    def read(self, key: str, limit: int) -> bytes:
        """The bytes of entry *key*, counting what is actually inflated against every limit."""
        info = self.entries[key]
        if info.file_size > limit:
            self.fail("board.entry_too_big", entry=shown(key))
        chunks, size = [], 0
        try:
            with self.zip.open(info) as f:
                while chunk := f.read(64 * 1024):
                    size += len(chunk)
                    self.inflated += len(chunk)
                    if size > info.file_size or size > limit:
                        self.fail("board.entry_lies", entry=shown(key))
                    if self.inflated > MAX_TOTAL_BYTES:
                        self.fail("board.too_big_unpacked", limit_mb=MAX_TOTAL_BYTES // MB)
                    self._check_size(info, size)
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError):
            self.fail("board.entry_damaged", entry=shown(key))
        return b"".join(chunks)
