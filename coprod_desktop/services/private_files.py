"""Saving a file that holds people's names and words: whole or not at all, and only for its owner.

The file is written to a temporary name in the same folder, created readable by its owner only
(mode 0600, from the first byte: the words are never readable by others, not even for a moment),
flushed to the disk, then moved over the final name. A failure never leaves half a file and never
damages a file already there. The PDF and HTML documents both save this way.
"""

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows would otherwise translate line ends


class SaveError(OSError):
    """A file could not be saved. str() is plain English, fit to show a facilitator.

    errno, strerror and filename are those of the underlying failure, for callers that report
    OSErrors in their own words.
    """

    def __init__(self, message: str, path: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or message)
        self.filename = str(path)
        self.message = message

    def __str__(self) -> str:  # OSError's would read "[Errno 13] ..."
        return self.message


def save_privately(out_path: Path, write: Callable[[BinaryIO], None], *, what: str) -> Path:
    """Save *out_path* with what *write* writes to the handle it is given; returns the path.

    *what* names the file for the message of a failure ("The PDF", "The page"). Raises SaveError
    (an OSError) with a plain message when the folder cannot be written.
    """
    out_path = Path(out_path)
    folder = out_path.parent
    temp = folder / f".{out_path.name}.{secrets.token_hex(4)}.tmp"
    try:
        handle = os.fdopen(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o600), "wb")
    except OSError as error:
        raise SaveError(f"{what} cannot be saved in {folder}: {_reason(error)}.", out_path, error) from error
    try:
        with handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, out_path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise SaveError(f"{what} could not be saved as {out_path}: {_reason(error)}.", out_path, error) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return out_path


def _reason(error: OSError) -> str:
    """A short plain reason for an OSError, e.g. 'Permission denied'."""
    return error.strerror or str(error) or "the computer refused"
