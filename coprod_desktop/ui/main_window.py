"""The main window: three screens (meetings, set-up, room) and the status line."""

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from ..services.catalogue import CardCatalogue
from ..store import Store
from .meetings_view import MeetingsView
from .pictures import CardPictures
from .print_summary import SummaryPrinter
from .room_view import RoomView
from .setup_view import SetupView
from .store_bridge import StoreBridge
from .tasks import TaskRunner


class MainWindow(QMainWindow):
    def __init__(
        self, store: Store, bridge: StoreBridge, catalogue: CardCatalogue, pictures: CardPictures, tasks: TaskRunner
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("CoProd Desktop"))
        self.tasks = tasks
        self.bridge = bridge  # the window owns it: the store's listener must outlive no one
        self.meetings = MeetingsView(store)
        self.setup = SetupView(store, pictures)
        self.room = RoomView(store, catalogue, pictures)
        self.printer = SummaryPrinter(store, catalogue, tasks)

        self.stack = QStackedWidget()
        for view in (self.meetings, self.setup, self.room):
            self.stack.addWidget(view)
        self.setCentralWidget(self.stack)

        bridge.changed.connect(self.meetings.on_change)
        bridge.changed.connect(self.room.on_change)

        self.meetings.new_requested.connect(self.show_new_meeting)
        self.meetings.setup_requested.connect(self.show_setup)
        self.meetings.open_requested.connect(self.show_room)
        self.setup.start_requested.connect(self.show_room)
        self.setup.back_requested.connect(self.show_meetings)
        self.room.setup_requested.connect(self.show_setup)
        self.room.back_requested.connect(self.show_meetings)
        self.room.print_requested.connect(lambda meeting_id: self.printer.choose(meeting_id, self))
        for source in (self.setup.message, self.room.message, self.printer.message):
            source.connect(self.statusBar().showMessage)
        self.statusBar().setAccessibleName(self.tr("Status"))
        self.show_meetings()

    def show_meetings(self) -> None:
        if self.setup.meeting_id:
            self.meetings.select(self.setup.meeting_id)
        self.stack.setCurrentWidget(self.meetings)
        self.meetings.list.setFocus()

    def show_new_meeting(self) -> None:
        self.stack.setCurrentWidget(self.setup)
        self.setup.edit_new()

    def show_setup(self, meeting_id: str) -> None:
        self.setup.edit(meeting_id)
        self.stack.setCurrentWidget(self.setup)
        self.setup.tabs.setFocus()

    def show_room(self, meeting_id: str) -> None:
        self.room.open_meeting(meeting_id)
        self.stack.setCurrentWidget(self.room)
        first = next(iter(self.room.tiles.tiles.values()), None)
        if first is not None:
            first.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Let a PDF being built finish writing rather than leave a half-made file.
        self.tasks.wait(30000)
        super().closeEvent(event)
