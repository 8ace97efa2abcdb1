"""The picture a card gets when the photo on it may no longer be shown (consent taken back).

A plain grey square with a dark cross, drawn here with the standard library (the store does not
depend on an imaging library): it says "no picture" without showing anything of anyone.
"""

import hashlib
import struct
import zlib
from dataclasses import dataclass
from functools import cache

SIZE = 96


@dataclass(frozen=True)
class Placeholder:
    data: bytes
    width: int
    height: int
    sha256: str


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


@cache
def removed_picture() -> Placeholder:
    grey, ink = 0xD9, 0x40
    rows = []
    for y in range(SIZE):
        row = bytearray([0])  # filter: none
        for x in range(SIZE):
            on_cross = abs(x - y) <= 3 or abs(x + y - (SIZE - 1)) <= 3
            on_edge = min(x, y, SIZE - 1 - x, SIZE - 1 - y) < 3
            row.append(ink if on_cross or on_edge else grey)
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 0, 0, 0, 0)  # 8-bit greyscale
    data = (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + _chunk(b"IEND", b"")
    )
    return Placeholder(data, SIZE, SIZE, hashlib.sha256(data).hexdigest())
