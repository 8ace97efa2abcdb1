"""Benchmark: the room's card picker with 1,000 cards loaded.

Targets: filter-as-you-type under 50 ms median (a key press in "Find a card" to the grid showing the
matching cards, painted); opening the picker under 200 ms median (the picker given the meeting's
1,000 cards to the grid painted).

Set-up (not timed): a database in a temporary folder holding the built-in cards plus enough
brought-in picture cards (each a distinct PNG, with a label and synonyms, as an AAC board brings
them) to make 1,000, and the demo meeting. The real main window (prepare_application,
build_main_window) shows the room for that meeting.

Timed, each repetition:
- open: composer.set_cards(library.for_meeting(...), categories) then processEvents until the grid
  has painted. Pictures come from the app's picture cache as they would on any open after the
  first. The very first opening of the room (the whole room screen, every picture drawn from its
  SVG or PNG) is timed once and reported apart as "room first open".
- type: each key of a word typed into the search box with QTest.keyClick (the real textChanged
  path), then processEvents until the grid has painted; words are typed fresh each repetition and
  include short prefixes that match hundreds of cards ("s", "a") and ones that match few.

Baseline, in the same run and the same process: a bare QListWidget in icon mode given 1,000
items with text only (open), and filtered by hiding the rows whose text lacks the typed letters
(type), each to its paint.

    python tests/benchmarks/bench_card_picker.py [--repeats 15] [--cards 1000]

Exit code 0 when both targets are met, 1 when one is missed.
"""

import argparse
import io
import os
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from _bench_common import describe_machine, print_table, verdict
from PIL import Image
from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListView, QListWidget, QListWidgetItem

from coprod_desktop.app.opening import open_for_writing
from coprod_desktop.services.demo import create_demo_meeting
from coprod_desktop.ui.app import build_main_window, prepare_application
from coprod_desktop.ui.platform.settings import SettingsStore
from coprod_desktop.ui.platform.speech_engines import FakeEngine
from coprod_desktop.ui.platform.speech_service import SpeechService

FILTER_TARGET_MS = 50.0
OPEN_TARGET_MS = 200.0
WORDS = ["happy", "s", "doctor", "a", "bus stop", "medicine", "card 5"]
SYLLABLES = ["ba", "ko", "mi", "ru", "te", "ла", "ха", "ny", "so", "de", "pa", "li"]


class PaintWatcher(QObject):
    """Notes when a widget's viewport paints."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def until_painted(app: QApplication, watcher: PaintWatcher, limit_s: float = 5.0) -> None:
    deadline = time.perf_counter() + limit_s
    while not watcher.painted:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise SystemExit("the grid never painted")


def picture(n: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 64), ((n * 37) % 256, (n * 91) % 256, (n * 53) % 256)).save(out, "PNG")
    return out.getvalue()


def fill_database(store, total: int) -> None:
    have = len(store.cards.all())
    with store.transaction():
        for n in range(max(0, total - have)):
            word = SYLLABLES[n % len(SYLLABLES)] + SYLLABLES[(n // len(SYLLABLES)) % len(SYLLABLES)]
            store.imported_cards.add(
                label=f"{word.title()} card {n}",
                category=f"Board {n // 100}",
                image=picture(n),
                media_type="image/png",
                width=64,
                height=64,
                licence="CC BY 4.0",
                author="Benchmark board",
                source="obf:benchmark",
                synonyms=(word, f"thing {n}"),
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--cards", type=int, default=1000)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="coprod-bench-picker-"))
    app = QApplication([])
    prepare_application(app)
    store = open_for_writing(folder / "meetings.db")
    fill_database(store, args.cards)
    meeting = create_demo_meeting(store)
    speech = SpeechService(FakeEngine())
    speech.start()
    from PySide6.QtCore import QSettings

    settings = SettingsStore(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = build_main_window(store, app, speech, settings)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    room = window.room  # built, but no meeting in it yet: its grid is empty
    composer = room.composer
    first_watcher = PaintWatcher()
    composer.grid.viewport().installEventFilter(first_watcher)
    start = time.perf_counter()
    window.show_room(meeting.id)  # the whole room, every card picture drawn from its SVG or PNG
    until_painted(app, first_watcher)
    first_open = [(time.perf_counter() - start) * 1000]
    cards = window.library.for_meeting(meeting.id)
    if len(cards) < args.cards:
        raise SystemExit(f"only {len(cards)} cards loaded")
    watcher = PaintWatcher()
    composer.grid.viewport().installEventFilter(watcher)

    bare = QListWidget()
    bare.setViewMode(QListView.ViewMode.IconMode)
    bare.setGridSize(QSize(140, 136))
    bare.resize(composer.grid.size())
    bare.show()
    bare_watcher = PaintWatcher()
    bare.viewport().installEventFilter(bare_watcher)
    labels = [c.label for c in cards]

    def open_picker() -> float:
        composer.search.clear()
        app.processEvents()
        watcher.painted = False
        start = time.perf_counter()
        composer.set_cards(window.library.for_meeting(meeting.id), window.library.categories)
        until_painted(app, watcher)
        return (time.perf_counter() - start) * 1000

    def open_bare() -> float:
        bare.clear()
        app.processEvents()
        bare_watcher.painted = False
        start = time.perf_counter()
        for label in labels:
            bare.addItem(QListWidgetItem(label))
        until_painted(app, bare_watcher)
        return (time.perf_counter() - start) * 1000

    def type_word(word: str, times: list[float], counts: list[int]) -> None:
        composer.search.clear()
        composer.search.setFocus()
        app.processEvents()
        for key in word:
            watcher.painted = False
            start = time.perf_counter()
            QTest.keyClicks(composer.search, key)
            until_painted(app, watcher)
            times.append((time.perf_counter() - start) * 1000)
            counts.append(composer.grid.count())

    def type_bare(word: str, times: list[float]) -> None:
        typed = ""
        for key in word:
            typed += key
            bare_watcher.painted = False
            start = time.perf_counter()
            for i in range(bare.count()):
                item = bare.item(i)
                item.setHidden(typed.casefold() not in item.text().casefold())
            until_painted(app, bare_watcher)
            times.append((time.perf_counter() - start) * 1000)

    opens, bare_opens, filters, bare_filters, counts = [], [], [], [], []
    open_bare()
    for _ in range(args.repeats):
        opens.append(open_picker())
        bare_opens.append(open_bare())
    for _ in range(args.repeats):
        for word in WORDS:
            type_word(word, filters, counts)
            type_bare(word, bare_filters)
    print(f"\nCard picker with {len(cards)} cards. {describe_machine(folder)}")
    print(f"cards shown after each key: min {min(counts)}, max {max(counts)}")
    results = print_table(
        "Card picker",
        [
            ("room first open (pictures drawn)", first_open),
            ("open picker (app)", opens),
            ("open: bare QListWidget, text", bare_opens),
            ("filter per key (app)", filters),
            ("filter: bare hide rows", bare_filters),
        ],
    )
    open_ms = results["open picker (app)"]["median"]
    filter_ms = results["filter per key (app)"]["median"]
    print(f"\nopen: app {open_ms:.1f} ms vs bare {results['open: bare QListWidget, text']['median']:.1f} ms")
    print(f"filter: app {filter_ms:.1f} ms vs bare {results['filter: bare hide rows']['median']:.1f} ms")
    window.close()
    store.close()
    ok = filter_ms < FILTER_TARGET_MS and open_ms < OPEN_TARGET_MS
    return verdict(
        ok,
        f"filter median {filter_ms:.1f} ms (target < {FILTER_TARGET_MS:.0f}), "
        f"open median {open_ms:.1f} ms (target < {OPEN_TARGET_MS:.0f})",
    )


if __name__ == "__main__":
    raise SystemExit(main())
