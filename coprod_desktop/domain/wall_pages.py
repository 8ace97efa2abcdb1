"""Laying the wall of contributions out in columns and pages, so that nothing on the room display scrolls.

The room display is read from the back of the room: words stay big, and instead of a scroll bar
the wall flows into columns and then pages. The newest contribution is always on the last page,
whole where it can be. The last page (the one the room sees) holds as many of the newest
contributions as fit whole, so it is never a lone contribution on an empty wall; the pages before
it fill from the oldest, so a page that has been shown does not change when a contribution is
added (people can find their words again on "page 2"), except the one just before the last.

A contribution is given as its blocks, top to bottom (the credit line, each line of words, the
row of pictures), each with its height. It moves to the next column whole when it fits there; one
too tall for a whole column is split between lines, never inside one, and its credit line stays
with its first line (what follows is marked as continued). Measuring is the caller's job (it knows
the fonts), so this module stays a pure rule that tests can check exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Piece:
    """Part (or all) of one contribution, placed in a column.

    item: the contribution's position in the input; first, last: its blocks shown here (a slice
    first:last); top: where the piece starts in its column; continued: True when an earlier piece of
    the same contribution is in an earlier column (the view says so, rather than repeating the credit).
    """

    item: int
    first: int
    last: int
    top: float
    height: float
    continued: bool


@dataclass(frozen=True)
class Column:
    pieces: tuple[Piece, ...]


@dataclass(frozen=True)
class Page:
    columns: tuple[Column, ...]

    @property
    def items(self) -> list[int]:
        """Every contribution with a piece on this page, in order."""
        seen: dict[int, None] = {}
        for column in self.columns:
            for piece in column.pieces:
                seen.setdefault(piece.item, None)
        return list(seen)


def lay_out(items: Sequence[Sequence[float]], *, column_height: float, columns: int, gap: float = 0.0) -> list[Page]:
    """Place *items* (each a list of block heights) into pages of *columns* columns.

    Returns at least one page (an empty wall is one empty page). Raises ValueError for a column
    height that is not positive or fewer than one column.
    """
    if column_height <= 0 or columns < 1:
        raise ValueError("a wall needs a positive column height and at least one column")
    filled: list[list[Piece]] = [[]]
    used = 0.0  # height used in the current column

    def next_column() -> None:
        nonlocal used
        filled.append([])
        used = 0.0

    for index, blocks in enumerate(items):
        heights = [max(0.0, float(h)) for h in blocks] or [0.0]
        total = sum(heights)
        start = used + (gap if filled[-1] else 0.0)
        if start + total > column_height and filled[-1]:
            # Not whole here: start a fresh column if it fits whole there, or if splitting would
            # leave its credit line alone at the foot of this column.
            if total <= column_height or start + heights[0] + _second(heights) > column_height:
                next_column()
                start = 0.0
        block = 0
        continued = False
        while block < len(heights):
            take, height = _fit(heights, block, column_height - start)
            if take == 0:  # a single block taller than a whole column: show it alone, unsplit
                take, height = 1, heights[block]
            filled[-1].append(Piece(index, block, block + take, start, height, continued))
            used = start + height
            block += take
            if block < len(heights):
                next_column()
                start = 0.0
                continued = True
    return [
        Page(tuple(Column(tuple(pieces)) for pieces in filled[i : i + columns])) for i in range(0, len(filled), columns)
    ]


def newest_page_start(items: Sequence[Sequence[float]], *, column_height: float, columns: int, gap: float = 0.0) -> int:
    """Where the last page begins: the first of the newest contributions that fit on one page
    together (the newest alone when even it needs more than a page)."""
    start = len(items) - 1
    while start > 0 and len(lay_out(items[start - 1 :], column_height=column_height, columns=columns, gap=gap)) == 1:
        start -= 1
    return max(0, start)


def lay_out_newest_full(
    items: Sequence[Sequence[float]], *, column_height: float, columns: int, gap: float = 0.0
) -> list[Page]:
    """lay_out, with the last page holding as many of the newest contributions as fit (see the
    module's docstring): the older ones laid out from the oldest, then the newest page."""
    start = newest_page_start(items, column_height=column_height, columns=columns, gap=gap)
    older = lay_out(items[:start], column_height=column_height, columns=columns, gap=gap) if start else []
    newest = lay_out(items[start:], column_height=column_height, columns=columns, gap=gap)
    return [*older, *shifted(newest, start)]


def shifted(pages: Sequence[Page], by: int) -> list[Page]:
    """*pages* laid out from item *by* of a longer list: their pieces numbered in that list."""
    if not by:
        return list(pages)
    return [
        Page(tuple(Column(tuple(replace(p, item=p.item + by) for p in c.pieces)) for c in page.columns))
        for page in pages
    ]


def _second(heights: Sequence[float]) -> float:
    return heights[1] if len(heights) > 1 else 0.0


def _fit(heights: Sequence[float], first: int, room: float) -> tuple[int, float]:
    """How many blocks from *first* fit in *room*, and their height. The credit line (block 0)
    never goes without the line after it."""
    taken, height = 0, 0.0
    for h in heights[first:]:
        if height + h > room:
            break
        taken += 1
        height += h
    if first == 0 and taken == 1 and len(heights) > 1:
        return 0, 0.0
    return taken, height


def page_of(pages: Sequence[Page], item: int) -> int:
    """The page where *item* ends (its last piece): where its newest words are."""
    for number in range(len(pages) - 1, -1, -1):
        if item in pages[number].items:
            return number
    raise ValueError(f"item {item} is on no page")
