"""The wall's columns and pages for the room display, measured once and kept between changes.

A prompt may hold thousands of contributions, and measuring each with Qt's line breaking at every
change would take longer than a change may (see tests/benchmarks/bench_display.py). So:
- measurements are kept (WallMeasures, one per set of fonts and column width: with and without
  a side panel), and only new or changed contributions are measured again;
- the newest pages are measured exactly at once; older contributions are estimated from their
  length and measured exactly in the background (the display's timer calls measure_more), or at
  once when the facilitator pages back, so the page shown is always exact;
- pages fill from the oldest, so after a change the pages are laid out again only from the page
  where it is (domain/wall_pages.lay_out from there gives the same pages as from the start).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtGui import QFont, QFontMetricsF

from ...app.display_content import ShownContribution
from ...domain.wall_pages import Page, lay_out, newest_page_start, shifted
from .text_lines import break_lines, estimate_lines, line_height

EXACT_PAGES = 2  # the newest pages' worth of contributions measured exactly at every change
KEPT_SIZES = 3  # measurements and layouts kept: with and without a side panel, and one more


@dataclass(frozen=True)
class ItemTexts:
    """The sentences around a contribution's words, in the display's language."""

    credit: str  # "Sam said:"
    support: str  # "with support from Jo (interpreter)", or ''
    status: str  # "✓ confirmed", "✎ being corrected", or ''
    agreed: str  # "Ann and Jo agree", or ''


@dataclass(frozen=True)
class WallFonts:
    """The wall's fonts and sizes at one column width: what a measurement is valid for."""

    credit: QFont
    words: QFont
    meta: QFont  # support, confirmed, agreements
    unit: float  # the words' height
    text_width: float
    card_size: float
    right_to_left: bool

    @property
    def key(self) -> tuple:
        return (
            self.credit.pixelSize(),
            self.words.pixelSize(),
            self.meta.pixelSize(),
            round(self.text_width),
            round(self.card_size),
            self.right_to_left,
        )

    @property
    def cards_per_row(self) -> int:
        return max(1, int(self.text_width // (self.card_size * 1.1)))

    @property
    def agreed_marker(self) -> float:
        return self.meta.pixelSize() * 1.05


@dataclass
class WallItem:
    """One contribution measured for a column: its blocks, top to bottom, and their heights.

    Each block is (kind, what to draw): ("credit", [lines]), ("support", line), ("words", line),
    ("cards", card ids), ("status", line), ("agreed", (first line?, line)).
    """

    contribution: ShownContribution
    corrected: bool
    blocks: list[tuple[str, object]] = field(default_factory=list)
    heights: list[float] = field(default_factory=list)


class WallMeasures:
    """Measured contributions for one set of WallFonts, kept between changes: with thousands of
    contributions on a prompt, only the new or changed ones are measured again."""

    def __init__(self, fonts: WallFonts) -> None:
        self.fonts = fonts
        self.items: dict[tuple[str, bool], WallItem] = {}
        self._lines: dict[tuple[str, str, int], list[str]] = {}  # credit and meta sentences repeat
        self._credit_h = line_height(fonts.credit)
        self._words_h = line_height(fonts.words)
        self._meta_h = line_height(fonts.meta)
        self._average = QFontMetricsF(fonts.words).averageCharWidth()
        self._per_line = max(1.0, fonts.text_width / max(0.1, self._average))  # characters, for estimates
        self._per_row = fonts.cards_per_row
        self._shapes: dict[tuple, list[float]] = {}

    def known(self, contribution: ShownContribution, corrected: bool) -> WallItem | None:
        item = self.items.get((contribution.contribution_id, corrected))
        if item is not None and (item.contribution is contribution or item.contribution == contribution):
            return item
        return None

    def measure(self, contribution: ShownContribution, corrected: bool, texts: ItemTexts) -> WallItem:
        """*contribution* broken into the lines and rows it takes (remembered)."""
        f, rtl = self.fonts, self.fonts.right_to_left
        item = WallItem(contribution, corrected)
        credit = self._sentence("credit", texts.credit, f.credit, f.text_width - f.unit)
        self._add(item, ("credit", credit), max(f.unit, len(credit) * self._credit_h))
        indent = f.unit * 0.3
        for line in self._sentence("meta", texts.support, f.meta, f.text_width - indent):
            self._add(item, ("support", line), self._meta_h)
        for line in break_lines(contribution.words, f.words, f.text_width, right_to_left=rtl):
            self._add(item, ("words", line), self._words_h)
        per_row = f.cards_per_row
        cards = contribution.card_ids
        for start in range(0, len(cards), per_row):
            self._add(item, ("cards", cards[start : start + per_row]), f.card_size * 1.1)
        for line in self._sentence("meta", texts.status, f.meta, f.text_width - indent):
            self._add(item, ("status", line), self._meta_h)
        markers = min(len(contribution.agreed), 4) * f.agreed_marker
        lines = self._sentence("meta", texts.agreed, f.meta, f.text_width - indent - markers)
        for n, line in enumerate(lines):
            self._add(item, ("agreed", (n == 0, line)), max(self._meta_h, f.agreed_marker * 1.1))
        self.items[(contribution.contribution_id, corrected)] = item
        return item

    def estimate(self, contribution: ShownContribution, corrected: bool) -> list[float]:
        """Block heights from the lengths alone (no layout), for contributions far from the page
        shown: one line for each sentence around the words. Contributions of the same shape share
        one list (cheap to make for thousands, and cheap to compare)."""
        f, words = self.fonts, contribution.words
        if "\n" in words:
            lines = estimate_lines(words, self._average, f.text_width)
        else:
            lines = math.ceil(len(words) / self._per_line)
        shape = (
            lines,
            contribution.support_role is not None,
            math.ceil(len(contribution.card_ids) / self._per_row),
            contribution.confirmed or corrected,
            bool(contribution.agreed),
        )
        heights = self._shapes.get(shape)
        if heights is None:
            heights = [max(f.unit, self._credit_h)]
            heights += [self._meta_h] * shape[1]
            heights += [self._words_h] * lines
            heights += [f.card_size * 1.1] * shape[2]
            heights += [self._meta_h] * shape[3]
            heights += [max(self._meta_h, f.agreed_marker * 1.1)] * shape[4]
            self._shapes[shape] = heights
        return heights

    def _sentence(self, kind: str, text: str, font: QFont, width: float) -> list[str]:
        key = (kind, text, round(width))
        lines = self._lines.get(key)
        if lines is None:
            lines = self._lines[key] = break_lines(text, font, width, right_to_left=self.fonts.right_to_left)
        return lines

    @staticmethod
    def _add(item: WallItem, block: tuple[str, object], height: float) -> None:
        item.blocks.append(block)
        item.heights.append(height)


Texts = Callable[[ShownContribution, bool], ItemTexts]  # the sentences for a contribution (being corrected?)


class WallLayout:
    """The pages of the wall and the measured contributions on them (None: estimated, on no page
    shown). lay_out() after each change; measure_more() until it returns True when estimated."""

    def __init__(self) -> None:
        self.pages: list[Page] = []
        self.items: list[WallItem | None] = []
        self.estimated = False
        self._measures: dict[tuple, WallMeasures] = {}
        self._laid: dict[tuple, tuple[list[list[float]], list[Page]]] = {}  # the last pages at each size

    def clear(self) -> None:
        """Forget every measurement (the language or the direction changed)."""
        self._measures.clear()
        self._laid.clear()

    def measures(self, fonts: WallFonts) -> WallMeasures:
        measures = self._measures.get(fonts.key)
        if measures is None:
            if len(self._measures) >= KEPT_SIZES:
                self._measures.pop(next(iter(self._measures)))
            measures = self._measures[fonts.key] = WallMeasures(fonts)
        return measures

    def lay_out(
        self,
        shown: Sequence[ShownContribution],
        correcting_id: str | None,
        fonts: WallFonts,
        texts: Texts,
        *,
        column_height: float,
        columns: int,
        gap: float,
        page: int | None,
        exact: bool = False,
    ) -> int:
        """Lay *shown* out; returns the page to show: *page* (kept in range), or the newest for None.
        *exact*: measure every contribution now."""
        measures = self.measures(fonts)
        items: list[WallItem | None] = [None] * len(shown)
        heights: list[list[float]] = [[]] * len(shown)
        # The newest pages exactly, from the newest back; older ones as measured before, or estimated.
        budget = EXACT_PAGES * columns * column_height
        index = len(shown) - 1
        while index >= 0 and (budget > 0 or exact):
            corrected = shown[index].contribution_id == correcting_id
            item = measures.known(shown[index], corrected) or measures.measure(
                shown[index], corrected, texts(shown[index], corrected)
            )
            items[index], heights[index] = item, item.heights
            budget -= sum(item.heights) + gap
            index -= 1
        estimated = False
        for older in range(index + 1):
            corrected = shown[older].contribution_id == correcting_id
            item = measures.known(shown[older], corrected)
            if item is not None:
                items[older], heights[older] = item, item.heights
            else:
                heights[older] = measures.estimate(shown[older], corrected)
                estimated = True
        pages = self._pages(heights, column_height, columns, gap)
        chosen = len(pages) - 1 if page is None else max(0, min(page, len(pages) - 1))
        if estimated and any(items[i] is None for i in pages[chosen].items):
            # Rare (very uneven columns), or a page kept while paging back: all exact now.
            return self.lay_out(
                shown,
                correcting_id,
                fonts,
                texts,
                column_height=column_height,
                columns=columns,
                gap=gap,
                page=page,
                exact=True,
            )
        self.pages, self.items, self.estimated = pages, items, estimated
        return chosen

    def measure_more(
        self, shown: Sequence[ShownContribution], correcting_id: str | None, fonts: WallFonts, texts: Texts, limit: int
    ) -> bool:
        """Measure up to *limit* of the contributions not yet measured; True when none are left."""
        measures = self.measures(fonts)
        for contribution in shown:
            corrected = contribution.contribution_id == correcting_id
            if measures.known(contribution, corrected) is None:
                if limit == 0:
                    return False
                measures.measure(contribution, corrected, texts(contribution, corrected))
                limit -= 1
        return True

    def _pages(self, heights: list[list[float]], column_height: float, columns: int, gap: float) -> list[Page]:
        """lay_out_newest_full: the newest page, after the older contributions laid out from the oldest."""
        start = newest_page_start(heights, column_height=column_height, columns=columns, gap=gap)
        older = self._older_pages(heights[:start], column_height, columns, gap) if start else []
        newest = lay_out(heights[start:], column_height=column_height, columns=columns, gap=gap)
        return [*older, *shifted(newest, start)]

    def _older_pages(self, heights: list[list[float]], column_height: float, columns: int, gap: float) -> list[Page]:
        """lay_out, redone only from the page where something changed: pages fill from the oldest,
        so the pages before it are as they were (adding one contribution to thousands lays out the
        pages near the end again, not all of them)."""
        key = (column_height, columns, gap)
        start, kept = 0, []
        if key in self._laid:
            before, pages = self._laid[key]
            same = min(len(before), len(heights))
            changed = next((i for i in range(same) if before[i] is not heights[i] and before[i] != heights[i]), same)
            if changed == len(before) == len(heights):
                return pages
            # The last page that starts with a contribution's first block before the changed one:
            # laying out from there gives the same pages as laying out from the start. (Not the
            # page that starts with the changed one: grown shorter, it may fit on the page before.)
            for number in range(len(pages) - 1, 0, -1):
                column = pages[number].columns[0] if pages[number].columns else None
                first = column.pieces[0] if column is not None and column.pieces else None
                if first is not None and first.first == 0 and first.item < changed:
                    start, kept = first.item, pages[:number]
                    break
        fresh = shifted(lay_out(heights[start:], column_height=column_height, columns=columns, gap=gap), start)
        laid = [*kept, *fresh]
        if key not in self._laid and len(self._laid) >= KEPT_SIZES:
            self._laid.pop(next(iter(self._laid)))
        self._laid[key] = (heights, laid)
        return laid
