"""The room display: what everyone in the room reads, full screen on the projector. It never scrolls.

It draws a DisplayContent (app/display_content.py decides what may be shown) and nothing else:
the prompt with its picture, the people as each chose to be credited (heard, invited, waiting to
speak), the contributions to this prompt in columns and pages (confirmed, supported, agreed with,
being corrected), the contribution being written down now, and the one just saved, read back
large with two big targets: "Yes, that's right" and "Change it" (clicked: confirm_clicked,
change_clicked). In the end-of-meeting review it says where the review is and shows no draft.

Sizes come from the display's own height, not from the laptop's text size: a contribution's words
are never smaller than 1/20 of the display's height at 100% (display practice for a seat eight
image-heights away is 1/25; 1/20 serves people with low vision), and the display's own text size
makes everything larger and fewer per page. Drawing (rather than widgets in a scroll area) is what
lets the wall flow into columns and pages instead of scrolling: domain/wall_pages.py decides where
each line goes (wall_layout.py measures, keeping measurements between changes), and the newest
contribution is always on the page shown unless the facilitator pages back. display_painter.py
draws; this module decides sizes, regions and every sentence, in the display's language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from ...app.display_content import EMPTY, DisplayContent, ShownContribution, ShownPerson
from ...domain.wall_pages import Page
from ..widgets.pictures import CardPictures
from .display_painter import DisplayPainter
from .read_back_layout import ReadBackPlan, plan_read_back
from .text_lines import break_lines, display_font, line_height
from .wall_layout import ItemTexts, WallFonts, WallItem, WallLayout

WORDS_PER_HEIGHT = 20  # a contribution's words: 1/20 of the display's height at 100%
COLUMN_MIN_EMS = 13  # a column is at least this many words-heights wide, so lines keep several words
ISOLATE = "\u2068{}\u2069"  # a name keeps its own direction inside a sentence of the other direction
MEASURE_CHUNK = 300  # contributions measured per turn of the event loop in the background
QUEUE_SHOWN = 4  # people named in the "waiting to speak" strip; the rest are counted
AGREED_NAMED = 3  # agreements named on a contribution; more are counted
READ_BACK_SHARE, DRAFT_SHARE = 0.46, 0.38  # of the width, for the side panel
READ_BACK_MIN_EMS = 14  # narrower than this many words-heights, the read-back covers the display


class RoomDisplay(QWidget):
    """Draws the room for everyone. show_content() gives it what to draw; page_back/forward move.

    confirm_clicked / change_clicked: the read-back's "Yes, that's right" / "Change it" was clicked.
    """

    confirm_clicked = Signal()
    change_clicked = Signal()

    def __init__(self, pictures: CardPictures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pictures = pictures
        self.text_scale = 100
        self.content = EMPTY
        self.page = 0
        self._wall = WallLayout()
        self._seen = 0  # contributions seen: when more arrive, the newest page is shown again
        self._plans: dict[tuple, ReadBackPlan] = {}  # see read_back_plan
        self._measuring = QTimer(self)  # measures older contributions in the background
        self._measuring.setSingleShot(True)
        self._measuring.setInterval(0)
        self._measuring.timeout.connect(self._measure_more)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(320, 240)
        self.setAccessibleName(self.tr("Room display"))

    # what to show ------------------------------------------------------------------------------
    def show_content(self, content: DisplayContent) -> None:
        before = (self.content.prompt_number, self.content.review)
        newer = len(content.contributions) > self._seen or (content.prompt_number, content.review) != before
        # The room on the newest page stays on it when a change there moves the pages (a contribution
        # confirmed grows by a line); a page the facilitator paged back to stays where it is.
        newer = newer or self.page >= len(self.pages) - 1
        self.content = content
        self._seen = len(content.contributions)
        self._relayout(go_to_newest=newer)
        self.setAccessibleDescription(self._spoken_summary())
        self.update()

    def set_text_scale(self, percent: int) -> None:
        self.text_scale = percent
        self._relayout(go_to_newest=True)
        self.update()

    def page_back(self) -> bool:
        self._measure_everything()
        if self.page > 0:
            self.page -= 1
            self.update()
            return True
        return False

    def first_page(self) -> None:
        """Show the first page (the review starts each prompt there)."""
        self._measure_everything()
        self.page = 0
        self.update()

    def page_forward(self) -> bool:
        self._measure_everything()
        if self.page < len(self.pages) - 1:
            self.page += 1
            self.update()
            return True
        return False

    @property
    def pages(self) -> list[Page]:
        return self._wall.pages

    @property
    def items(self) -> list[WallItem | None]:
        """The contributions as measured for the wall (None: estimated, on no page shown yet)."""
        return self._wall.items

    @property
    def exact(self) -> bool:
        """Every page measured exactly (False for a moment after a long wall arrives: the pages
        before the newest are being measured in the background; the page shown is always exact)."""
        return not self._wall.estimated

    def read_back_targets(self) -> dict[str, QRectF]:
        """Where "Yes, that's right" ("confirm") and "Change it" ("change") are drawn, as clicked
        (mirrored for right-to-left); empty when nothing is being read back."""
        panel = self.regions()[3]
        if self.content.read_back is None or panel.isEmpty():
            return {}
        buttons = self.read_back_buttons(panel, side_by_side=self.covered)[0]
        return {name: self.x(rect) for name, rect in buttons.items()}

    # sizes -----------------------------------------------------------------------------------
    @property
    def unit(self) -> float:
        """The height of a contribution's words, in pixels: the display's height / 20, times its text size."""
        return self.height() / WORDS_PER_HEIGHT * self.text_scale / 100

    @property
    def base_unit(self) -> float:
        """The words' height at 100%: 1/20 of the display's height, the smallest words ever drawn."""
        return self.height() / WORDS_PER_HEIGHT

    @property
    def header_unit(self) -> float:
        """The size the prompt band and the people strip are drawn at: they grow with the display's
        text size only up to 1.5 times, so at 300% the wall (what was said) keeps most of the screen."""
        return min(self.unit, self.height() / WORDS_PER_HEIGHT * 1.5)

    def words_font(self) -> QFont:
        return display_font(self.unit)

    def meta_font(self) -> QFont:
        """Support, confirmation and agreements: smaller than the words, still read from the back."""
        return display_font(self.unit * 0.7)

    def review_font(self) -> QFont:
        return display_font(self.header_unit * 0.7, bold=True)

    def prompt_font(self) -> QFont:
        return display_font(self.header_unit * 1.1, bold=True)

    def card_size(self) -> float:
        return self.unit * 1.8

    def margin(self) -> float:
        return self.header_unit * 0.5

    def rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def x(self, rect: QRectF) -> QRectF:
        """*rect* mirrored for right-to-left languages (the layout is worked out left to right)."""
        if not self.rtl():
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    # regions ---------------------------------------------------------------------------------
    def regions(self, *, read_back: bool = True) -> tuple[QRectF, QRectF, QRectF, QRectF, QRectF]:
        """The prompt band, the people strip, the wall, the side panel (the read-back or the draft;
        empty without either, and in the review) and the "waiting to speak" strip (empty when
        nobody is waiting). Laid out left to right.

        A read-back whose words cannot stand whole beside the wall (a large text size, a narrow
        display, many words) covers the whole display for the moment it is up: the other regions
        are empty then. *read_back* False: the regions as they are without the read-back."""
        m = self.margin()
        width, height = self.width(), self.height()
        prompt_lines = len(self.prompt_lines()) or 1
        prompt_h = max(self.header_unit * 2.2, prompt_lines * line_height(self.prompt_font()))
        if self.content.review:
            prompt_h += line_height(self.review_font())
        top = QRectF(m, m, width - 2 * m, prompt_h + m)
        people = QRectF(m, top.bottom() + m * 0.5, width - 2 * m, self.header_unit * 1.4)
        queue = QRectF()
        if self.content.queue:
            queue = QRectF(m, people.bottom() + m * 0.3, width - 2 * m, self.header_unit * 1.0)
        body_top = (queue if not queue.isEmpty() else people).bottom() + m
        # Under the wall: room for its "Page 2 of 5" line, at the size it is drawn (see the painter).
        foot = line_height(display_font(self.unit * 0.5)) + m * 0.5
        body = QRectF(m, body_top, width - 2 * m, height - body_top - foot)
        share = 0.0
        if not self.content.review:
            if read_back and self.content.read_back is not None:
                share = READ_BACK_SHARE
            elif self.content.draft is not None:
                share = DRAFT_SHARE
        if not share:
            return top, people, body, QRectF(), queue
        panel_w = body.width() * share
        wall = QRectF(body.left(), body.top(), body.width() - panel_w - m, body.height())
        panel = QRectF(wall.right() + m, body.top(), panel_w, body.height())
        if share == READ_BACK_SHARE and self._read_back_covers(panel):
            return QRectF(), QRectF(), QRectF(), QRectF(m, m, width - 2 * m, height - 2 * m), QRectF()
        return top, people, wall, panel, queue

    @property
    def covered(self) -> bool:
        """A read-back covers the whole display now (see regions)."""
        return self.regions()[0].isEmpty()

    def _read_back_covers(self, beside: QRectF) -> bool:
        """The read-back cannot show its words whole beside the wall."""
        return beside.width() < self.unit * READ_BACK_MIN_EMS or not self.read_back_plan(beside, False).whole

    def read_back_plan(self, panel: QRectF, covering: bool) -> ReadBackPlan:
        """Where everything in the read-back panel goes (kept: regions() and the paint both ask)."""
        key = (self.content.read_back, panel.getRect(), covering, self.unit, self.header_unit, self.rtl())
        plan = self._plans.get(key)
        if plan is None:
            if len(self._plans) >= 4:
                self._plans.clear()
            plan = self._plans[key] = plan_read_back(self, panel, covering=covering)
        return plan

    def prompt_text_width(self) -> float:
        return self.width() - 3 * self.margin() - self.header_unit * 2.4

    def prompt_lines(self) -> list[str]:
        return break_lines(
            self.content.prompt_text, self.prompt_font(), self.prompt_text_width(), right_to_left=self.rtl()
        )

    def columns(self, wall: QRectF) -> tuple[int, float]:
        """How many columns the wall has, and how wide each is."""
        gap = self.margin()
        count = max(1, int((wall.width() + gap) // (self.unit * COLUMN_MIN_EMS + gap)))
        return count, (wall.width() - gap * (count - 1)) / count

    def wall_fonts(self, column_w: float) -> WallFonts:
        return WallFonts(
            credit=display_font(self.unit * 0.8, bold=True),
            words=self.words_font(),
            meta=self.meta_font(),
            unit=self.unit,
            text_width=column_w - self.unit * 0.3,
            card_size=self.card_size(),
            right_to_left=self.rtl(),
        )

    def panel_inner(self, panel: QRectF) -> QRectF:
        return panel.adjusted(self.unit * 0.4, self.unit * 0.3, -self.unit * 0.4, -self.unit * 0.3)

    def read_back_buttons(self, panel: QRectF, *, side_by_side: bool = False) -> tuple[dict[str, QRectF], QFont]:
        """The two targets at the foot of the read-back panel, and the font of their words: side by
        side when their words fit about as large as one above the other would, or when asked
        (saving height); laid out left to right, mirrored when drawn. Big, but the words being read
        back keep most of the panel, and the targets' words are made smaller only to fit whole."""
        inner = self.panel_inner(panel)
        gap = self.unit * 0.4
        half = (inner.width() - gap) / 2
        probe = display_font(100, bold=True)
        metrics = QFontMetricsF(probe)
        widest = max(metrics.horizontalAdvance(words) for words in self.button_words().values()) / probe.pixelSize()

        def fitted(width: float, height: float) -> float:
            return max(1.0, min(self.unit * 0.8, (width - self.unit) / widest * 0.97, height * 0.5))

        side_h, stack_h = min(self.unit * 1.8, inner.height() * 0.3), min(self.unit * 1.8, inner.height() * 0.2)
        side, stacked = fitted(half, side_h), fitted(inner.width(), stack_h)
        if side >= stacked * 0.9 or (side_by_side and side >= stacked * 0.5):
            top = inner.bottom() - side_h
            rects = {
                "confirm": QRectF(inner.left(), top, half, side_h),
                "change": QRectF(inner.left() + half + gap, top, half, side_h),
            }
            return rects, display_font(side, bold=True)
        change = QRectF(inner.left(), inner.bottom() - stack_h, inner.width(), stack_h)
        rects = {"confirm": change.translated(0, -gap - stack_h), "change": change}
        return rects, display_font(stacked, bold=True)

    # the wall's pages ------------------------------------------------------------------------
    def _relayout(self, *, go_to_newest: bool, exact: bool = False) -> None:
        wall = self.wall_area()
        if wall.height() <= 0 or wall.width() <= 0:
            self._wall.pages, self._wall.items, self.page = [], [], 0
            return
        columns, column_w = self.columns(wall)
        self.page = self._wall.lay_out(
            self.content.contributions,
            self.content.correcting_id,
            self.wall_fonts(column_w),
            self.item_texts,
            column_height=wall.height(),
            columns=columns,
            gap=self.margin(),
            page=None if go_to_newest else self.page,
            exact=exact,
        )
        if self._wall.estimated:
            self._measuring.start()

    def wall_area(self) -> QRectF:
        """Where the wall's pages go: the wall, or while a read-back covers it, the space it will
        have again (so the pages are ready, the newest among them, when the read-back goes)."""
        wall = self.regions()[2]
        return self.regions(read_back=False)[2] if wall.isEmpty() else wall

    def _measure_more(self) -> None:
        """Background: measure a chunk of the estimated contributions; when all are measured, lay
        the wall out again exactly (staying on the newest page if that is the one shown)."""
        wall = self.wall_area()
        if not self._wall.estimated or wall.isEmpty():
            return
        fonts = self.wall_fonts(self.columns(wall)[1])
        content = self.content
        if self._wall.measure_more(content.contributions, content.correcting_id, fonts, self.item_texts, MEASURE_CHUNK):
            self._exact_again()
        else:
            self._measuring.start()

    def _measure_everything(self) -> None:
        """Before paging: every page exact (counted from the newest, the page shown stays)."""
        if self._wall.estimated:
            self._measuring.stop()
            self._exact_again()

    def _exact_again(self) -> None:
        from_end = len(self.pages) - 1 - self.page
        self._relayout(go_to_newest=False, exact=True)
        self.page = max(0, len(self.pages) - 1 - from_end)
        self.update()

    # sentences (in the display's language) ---------------------------------------------------
    def item_texts(self, shown: ShownContribution, corrected: bool) -> ItemTexts:
        status = []
        if shown.confirmed:
            # Translators: on the room display, under a contribution the person said was right.
            status.append(self.tr("✓ confirmed"))
        if corrected:
            # Translators: on the room display, on the contribution the facilitator is correcting now.
            status.append(self.tr("✎ being corrected"))
        return ItemTexts(self.credit_text(shown), self.support_text(shown), "   ".join(status), self.agreed_text(shown))

    def credit_text(self, shown: ShownContribution) -> str:
        return self.tr("{name} said:").format(name=ISOLATE.format(shown.name))

    def support_text(self, shown: ShownContribution) -> str:
        roles = {
            # Translators: the role of someone who helped a person contribute (room display).
            "supporter": self.tr("supporter"),
            "advocate": self.tr("advocate"),
            "interpreter": self.tr("interpreter"),
        }
        role = roles.get(shown.support_role or "")
        if role is None:
            return ""
        if shown.support_name:
            # Translators: under a credit on the room display: "with support from Jo (interpreter)".
            return self.tr("with support from {supporter} ({role})").format(
                supporter=ISOLATE.format(shown.support_name), role=role
            )
        # Translators: under a credit on the room display, when the supporter is not named.
        return self.tr("with support from their {role}").format(role=role)

    def agreed_text(self, shown: ShownContribution) -> str:
        names = [ISOLATE.format(name) for name, _marker in shown.agreed]
        if not names:
            return ""
        if len(names) == 1:
            # Translators: under a contribution on the room display; {name} added their marker.
            return self.tr("{name} agrees").format(name=names[0])
        if len(names) > AGREED_NAMED:
            # Translators: under a contribution: "Ann, Jo and 3 more agree".
            return self.tr("{names} and {count} more agree").format(
                names=self.tr(", ").join(names[: AGREED_NAMED - 1]), count=len(names) - AGREED_NAMED + 1
            )
        # Translators: joins the last two of several names: "Ann, Jo and Sam".
        joined = self.tr("{names} and {last}").format(names=self.tr(", ").join(names[:-1]), last=names[-1])
        # Translators: under a contribution on the room display; {names} is a list of people.
        return self.tr("{names} agree").format(names=joined)

    def review_title(self) -> str:
        if self.content.prompt_number:
            # Translators: heading of the end-of-meeting review on the room display.
            return self.tr("Looking back: prompt {number} of {count}").format(
                number=self.content.prompt_number, count=self.content.prompt_count
            )
        # Translators: heading of the end-of-meeting review, for a meeting without prompts.
        return self.tr("Looking back")

    def person_label(self, person: ShownPerson) -> str:
        if person.invited:
            # Translators: on the room display, the person invited to speak next.
            return self.tr("{name}, your turn?").format(name=ISOLATE.format(person.name))
        # A gentle tick for having had their turn on this prompt: spoken, or passed ("not now"),
        # alike, so a pass is never singled out; nobody is marked as not yet heard.
        return person.name + ("  ✓" if person.heard else "")

    def queue_parts(self) -> tuple[str, list[ShownPerson], str]:
        """The "waiting to speak" strip: its title, the people named, and how many more wait."""
        queue = self.content.queue
        # Translators: on the room display, before the people who asked to speak, in order.
        title = self.tr("Waiting to speak:")
        more = ""
        if len(queue) > QUEUE_SHOWN:
            # Translators: after the first people waiting to speak: how many more are waiting.
            more = self.tr("+{count} more").format(count=len(queue) - QUEUE_SHOWN)
        return title, list(queue[:QUEUE_SHOWN]), more

    def button_words(self) -> dict[str, str]:
        return {
            # Translators: a big target on the room display, after a contribution is read back.
            "confirm": self.tr("✓ Yes, that's right"),
            # Translators: a big target on the room display: the contribution needs changing.
            "change": self.tr("✎ Change it"),
        }

    def question_text(self) -> str:
        # Translators: on the room display, above the two targets, after the words are read back.
        return self.tr("Is that right?")

    def speaking_text(self, name: str) -> str:
        return self.tr("{name} is speaking").format(name=ISOLATE.format(name))

    def page_text(self) -> str:
        return self.tr("Page {page} of {pages}").format(page=self.page + 1, pages=len(self.pages))

    # events ----------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout(go_to_newest=False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self._wall.clear()  # the sentences around the words, or their direction, changed
            self._plans.clear()
            self._relayout(go_to_newest=False)
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            for name, rect in self.read_back_targets().items():
                if rect.contains(event.position()):
                    (self.confirm_clicked if name == "confirm" else self.change_clicked).emit()
                    event.accept()
                    return
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        DisplayPainter(self, painter).paint()
        painter.end()

    # for assistive technology ----------------------------------------------------------------
    def _spoken_summary(self) -> str:
        """The display's words for assistive technology, plain: where the room is, who is invited
        or waiting, the contribution being read back, or else the newest one."""
        content = self.content
        parts = [self.review_title()] if content.review else []
        parts.append(content.prompt_text)
        invited = next((p for p in content.people if p.invited), None)
        if invited is not None:
            parts.append(self.tr("{name}, your turn?").format(name=invited.name))
        if content.queue:
            title = self.queue_parts()[0]
            parts.append(title + " " + self.tr(", ").join(f"{p.queue_place} {p.name}" for p in content.queue))
        said = content.read_back if not content.review else None
        if said is None and content.contributions:
            said = content.contributions[-1]
        if said is not None:
            parts.append(self.tr("{name} said:").format(name=said.name) + " " + said.words)
            if said is content.read_back:
                parts.append(self.question_text())
            elif said.confirmed:
                parts.append(self.tr("✓ confirmed"))
        return " ".join(part for part in parts if part)
