"""File names built from meeting titles, which are user text and may be hostile.

The name must stay inside the folder the user chose: no separators, no "..", no leading dot, no
characters Windows refuses, no device names, and a sensible length.
"""

import re
import unicodedata

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
_WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_file_stem(title: str, fallback: str = "meeting", limit: int = 80) -> str:
    """A file-name stem made from *title*: readable, and safe on Linux, Windows and macOS."""
    text = unicodedata.normalize("NFC", title)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
    text = _UNSAFE.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    text = text[:limit].rstrip(" .")
    if not text or text.upper().split(".")[0] in _WINDOWS_DEVICES:
        return fallback
    return text
