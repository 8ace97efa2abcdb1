"""The main window: three screens (meetings, set-up, room) and the status line.

The window appears first and the database is attached a moment later (attach), so people
see the app at once. Only the meetings screen exists at start; set-up, the room and printing are built the first time
they are needed (the screens draw every picture card; printing loads Qt's PDF modules), so the
window appears sooner.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QStackedWidget

from .meetings.meetings_view import MeetingsView
from .platform.change_bridge import ChangeBridge
from .platform.language import LanguageMenu, LanguageSwitcher
from .platform.settings import AppSettings, SettingsStore
from .platform.tasks import TaskRunner
from .widgets.status_line import StatusLine

if TYPE_CHECKING:
    from ..app.workspace import Workspace
    from ..services.catalogue import CardCatalogue
    from .platform.speech_service import SpeechService
    from .widgets.pictures import CardPictures

NOTE_MILLISECONDS = 15000  # how long a passing note (an automatic backup made) stays in the status line


class MainWindow(QMainWindow):
    def __init__(
        self,
        tasks: TaskRunner,
        speech: SpeechService | None,
        settings: SettingsStore,
        language: LanguageSwitcher,
    ) -> None:
        super().__init__()
        self.setStatusBar(StatusLine(self))  # its words wrap at large text rather than run off
        # None until use_speech(): the app makes its speech service after the first paint, since
        # nothing is read aloud before a meeting is open.
        self.speech = speech
        self.settings = settings
        self.language = language
        language.language_changed.connect(self._language_changed)
        self.workspace: Workspace | None = None  # attached once the database is open
        self.backups = None  # the BackupKeeper, made when the database is attached
        self._meeting_in_room: str | None = None  # the meeting whose start was backed up
        self._bringer = None
        self._meeting_importer = None
        self.bridge: ChangeBridge | None = None
        # The card catalogue and its pictures come with the workspace (attach): loading 276 cards
        # is not needed to show the window, and the first paint does not wait for it.
        self.catalogue: CardCatalogue | None = None
        self.pictures: CardPictures | None = None
        self.tasks = tasks
        self._setup = None
        self._room = None
        self._printer = None
        self._audio = None
        self._take_home = None
        self.presenter = None  # the room display's presenter, made with the room screen
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.meetings = self._new_meetings_view()
        self._label_window()
        self.stack.currentChanged.connect(self._update_room_actions)
        self.show_meetings()

    def _new_meetings_view(self) -> MeetingsView:
        view = MeetingsView()
        self.stack.insertWidget(0, view)
        view.new_requested.connect(self.show_new_meeting)
        view.setup_requested.connect(self.show_setup)
        view.open_requested.connect(self.show_room)
        view.take_home_requested.connect(self.open_take_home)
        view.clean_up_requested.connect(self.open_clean_up)
        view.people_requested.connect(lambda: self.open_people())
        return view

    def _label_window(self) -> None:
        """The words the window itself shows: title, status line, menus (again after a switch)."""
        self.setWindowTitle(self.tr("CoProd Desktop"))
        #: Accessible name of the status line at the bottom of the window.
        self.statusBar().setAccessibleName(self.tr("Status"))
        # The old menus go for good, not only out of the bar: a language menu left behind would
        # go on following every language change.
        for menu in self.menuBar().findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
            menu.deleteLater()
        self.menuBar().clear()
        settings_menu = self.menuBar().addMenu(self.tr("Se&ttings"))  # owned by the menu bar
        access = QAction(self.tr("&Display and access…"), settings_menu)
        access.setShortcut(QKeySequence("Ctrl+,"))
        access.triggered.connect(self.open_access_settings)
        settings_menu.addAction(access)
        self._add_backup_actions(settings_menu)
        self.keep_meetings_action = QAction(self.tr("&Keep meetings for…"), settings_menu)  # then clean-up is offered
        self.keep_meetings_action.triggered.connect(self.open_retention_settings)
        settings_menu.addAction(self.keep_meetings_action)
        # Alt+X and Alt+F: R is Restore's in this menu.
        self.rates_action = QAction(self.tr("Payment and e&xpense rates…"), settings_menu)
        self.rates_action.triggered.connect(lambda: self.open_rates())
        self.finance_action = QAction(self.tr("&Finance export…"), settings_menu)
        self.finance_action.triggered.connect(lambda: self.open_rates(export=True))
        settings_menu.addActions([self.rates_action, self.finance_action])
        # Alt+L: P and E are taken in this menu (Payment, Finance's F too).
        self.people_action = QAction(self.tr("People on this &laptop…"), settings_menu)
        self.people_action.triggered.connect(lambda: self.open_people())
        settings_menu.addAction(self.people_action)
        self._add_room_menu()
        self.menuBar().addMenu(LanguageMenu(self.language, self.menuBar()))
        # F10 opens the menus, as in GNOME: Alt alone does not (see platform/keyboard.py).
        if not hasattr(self, "_menus_key"):
            self._menus_key = QShortcut(QKeySequence(Qt.Key.Key_F10), self)
            self._menus_key.activated.connect(self.open_menus)

    def _add_backup_actions(self, menu: QMenu) -> None:
        """Back up now, Back up to… and Restore, in the Settings menu: a menu of their own would need
        an Alt letter of its own, and the screens' buttons use most of them (Alt+F: take-home files)."""
        menu.addSeparator()
        self.back_up_now_action = QAction(self.tr("&Back up now"), menu)
        self.back_up_now_action.triggered.connect(lambda: self.backups is not None and self.backups.back_up_now(self))
        self.back_up_to_action = QAction(self.tr("Back up &to…"), menu)
        self.back_up_to_action.triggered.connect(lambda: self.backups is not None and self.backups.back_up_to(self))
        self.restore_action = QAction(self.tr("&Restore from a backup…"), menu)
        self.restore_action.triggered.connect(self.open_restore)
        # A meeting exported on another laptop: what differs is shown and chosen before it is imported.
        self.bring_meeting_action = QAction(self.tr("Bring in a &meeting from another laptop…"), menu)
        self.bring_meeting_action.triggered.connect(
            lambda: self.workspace is not None and self.meeting_importer.choose_file()
        )
        for action in (self.back_up_now_action, self.back_up_to_action, self.restore_action, self.bring_meeting_action):
            action.setEnabled(self.workspace is not None)
            menu.addAction(action)

    def _note(self, text: str) -> None:
        """Say *text* in the status line for a while, unless it is saying something already."""
        if not self.statusBar().currentMessage():
            self.statusBar().showMessage(text, NOTE_MILLISECONDS)

    def open_menus(self) -> None:
        """Open the first menu of the menu bar (F10)."""
        actions = self.menuBar().actions()
        if actions:
            self.menuBar().setActiveAction(actions[0])

    def _add_room_menu(self) -> None:
        """The Room display menu: presenting it (F5, as in presentation software), back, and paging it."""
        # Alt+I: the room's and set-up's buttons already use R, O and P (Print summary, Open, Previous).
        menu = self.menuBar().addMenu(self.tr("Room d&isplay"))
        self.present_action = QAction(self.tr("&Present on the room display"), menu)
        self.present_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.present_action.triggered.connect(self.present)
        #: Menu item: stop presenting the room display; Escape does the same from the room or the display.
        self.stop_presenting_action = QAction(self.tr("Back to the &console"), menu)
        self.stop_presenting_action.triggered.connect(self.stop_presenting)
        # The console pages the display while presenting (the display itself takes PageUp/PageDown).
        self.page_back_action = QAction(self.tr("Display: &earlier page"), menu)
        self.page_back_action.setShortcut(QKeySequence("Alt+PgUp"))
        self.page_back_action.triggered.connect(lambda: self.presenter is not None and self.presenter.page_back())
        self.page_forward_action = QAction(self.tr("Display: &next page"), menu)
        self.page_forward_action.setShortcut(QKeySequence("Alt+PgDown"))
        self.page_forward_action.triggered.connect(lambda: self.presenter is not None and self.presenter.page_forward())
        # End of the meeting: the display walks through every prompt before the summary is printed.
        self.review_action = QAction(self.tr("&Look back over the meeting"), menu)
        self.review_action.setShortcut(QKeySequence(Qt.Key.Key_F7))
        self.review_action.triggered.connect(self.review)
        self.end_review_action = QAction(self.tr("Back to the li&ve room"), menu)
        self.end_review_action.triggered.connect(lambda: self.presenter is not None and self.presenter.end_review())
        for action in (
            self.present_action,
            self.stop_presenting_action,
            self.page_back_action,
            self.page_forward_action,
            self.review_action,
            self.end_review_action,
        ):
            menu.addAction(action)
        self._update_room_actions()

    def _update_room_actions(self, *_args: object) -> None:
        room_open = self._room is not None and self.stack.currentWidget() is self._room and self._room.session.is_open
        presenting = self.presenter is not None and self.presenter.is_presenting
        self.present_action.setEnabled(room_open)
        self.review_action.setEnabled(room_open)
        for action in (self.stop_presenting_action, self.page_back_action, self.page_forward_action):
            action.setEnabled(presenting)
        self.end_review_action.setEnabled(presenting and self.presenter.reviewing)

    # presenting the room display ------------------------------------------------------------------
    def present(self) -> None:
        """Show the room display full screen on its screen (F5)."""
        if self._room is not None and self._room.session.is_open:
            self.presenter.present()

    def review(self) -> None:
        """Look back over the meeting on the room display (F7), prompt by prompt, before printing."""
        if self._room is not None and self._room.session.is_open:
            self.presenter.review()
            self.statusBar().showMessage(
                self.tr("Looking back over the meeting: the page keys move on, prompt by prompt. Escape ends it.")
            )

    def stop_presenting(self) -> None:
        if self.presenter is not None:
            self.presenter.stop()

    # display, access and language -------------------------------------------------------------
    def open_access_settings(self) -> None:
        from .dialogs.access_dialog import AccessDialog

        dialog = AccessDialog(self.settings.load(), self)
        if dialog.exec() and dialog.result_settings is not None:
            self.apply_settings(dialog.result_settings)

    def open_rates(self, export: bool = False):
        """Payment and expense rates, and the finance export (*export*: with the export's dates in focus)."""
        if self.workspace is None:
            return None
        from .dialogs.rates_dialog import RatesDialog

        dialog = RatesDialog(self.workspace.involvement, self, tasks=self.tasks)
        if export:
            dialog.first.setFocus()
        dialog.exec()
        return dialog

    def open_retention_settings(self):
        """Keep meetings for…: how long meetings are kept before they are listed for clean-up."""
        if self.workspace is None:
            return None
        from .dialogs.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.workspace.retention, self)
        dialog.exec()
        return dialog

    def open_clean_up(self):
        """Clean up old meetings: the ones past the period, deleted after a backup once confirmed."""
        if self.workspace is None:
            return None
        from .dialogs.clean_up_dialog import CleanUpDialog

        dialog = CleanUpDialog(self.workspace.retention, self.workspace.path, self.tasks, parent=self)
        dialog.exec()
        return dialog

    def apply_settings(self, new: AppSettings) -> None:
        """Save *new* and put it into effect: screens are rebuilt when words or sizes change."""
        old = self.settings.load()
        self.settings.save(new)
        if new.appearance != old.appearance:
            from .platform.theme import apply_theme

            apply_theme(QApplication.instance(), new.appearance)
        if new.interface_language != old.interface_language:
            self.language.set_language(new.interface_language)  # rebuilds, via language_changed
        elif new.appearance != old.appearance:
            self.rebuild_screens()
        elif self._room is not None:
            self._room.apply_access(new)
        if self.presenter is not None:
            self.presenter.apply(new)  # the display's screen, text size and colours, live

    def _language_changed(self, code: str) -> None:
        if not self.isVisible():
            return  # a window already closed (the switcher belongs to the whole app)
        current = self.settings.load()
        if current.interface_language != code:
            self.settings.save(replace(current, interface_language=code))
        self.rebuild_screens()

    def rebuild_screens(self) -> None:
        """Build every screen again, so each word and size follows the new language or appearance.

        Our screens set their words and sizes when they are made; building them again is simpler
        and surer than teaching every widget to change them in place. Where the facilitator was,
        and a contribution being made in the room, are kept.
        """
        current = self.stack.currentWidget()
        # The room session lives in the workspace: the meeting, its prompt and the contribution
        # being made are still there when the new room screen shows it.
        session = self.workspace.room if self._room is not None else None
        room_meeting = session.meeting.id if session is not None and session.is_open else None
        setup_meeting = self._setup.meeting_id if self._setup is not None else None
        where = "room" if current is self._room else "setup" if current is self._setup else "meetings"
        presenting = self.presenter is not None and self.presenter.is_presenting
        if self.presenter is not None:
            self.presenter.stop()  # the display window is built again with the room, in the new words
            self.presenter = None
        for view in (self._setup, self._room):
            if view is not None:
                if self.bridge is not None:
                    self.bridge.changed.disconnect(view.on_change)
                self.stack.removeWidget(view)
                view.deleteLater()
        self._setup = self._room = None
        old_meetings = self.meetings
        if self.bridge is not None:
            self.bridge.changed.disconnect(old_meetings.on_change)
        self.stack.removeWidget(old_meetings)
        old_meetings.deleteLater()
        self.meetings = self._new_meetings_view()
        if self.workspace is not None:
            self.bridge.changed.connect(self.meetings.on_change)
            self.meetings.attach(self.workspace.meetings, self.workspace.retention)
        self._label_window()
        if where == "room" and room_meeting:
            self.show_room(room_meeting)
        elif where == "setup":
            if setup_meeting:
                self.show_setup(setup_meeting)
            else:
                self.show_new_meeting()
        else:
            self.show_meetings()
        if presenting and where == "room" and room_meeting:
            self.presenter.present()  # the room's new display, in the new language

    def attach(self, workspace: Workspace) -> None:
        """Start working on *workspace*: called once, after the window is on screen."""
        self.workspace = workspace
        self.library = workspace.library
        self.catalogue = workspace.catalogue
        from .widgets.pictures import CardPictures  # here: drawing pictures is not needed to paint the window

        self.pictures = CardPictures(workspace.catalogue, self.devicePixelRatio())
        self.pictures.library = self.library
        self.bridge = ChangeBridge(workspace)  # the window owns it, so it lives as long as the listener
        self.bridge.changed.connect(self.meetings.on_change)
        self.meetings.attach(workspace.meetings, workspace.retention)
        if workspace.read_only:
            self._show_read_only_banner()
        self.meetings.list.setFocus()
        self._keep_backups(workspace)

    def _keep_backups(self, workspace: Workspace) -> None:
        from .files.backup_keeper import BackupKeeper

        if self.backups is not None:
            self.backups.stop()
            self.backups.deleteLater()
        self.backups = BackupKeeper(workspace.path, self.tasks, self)
        self.backups.message.connect(self.statusBar().showMessage)
        self.backups.note.connect(self._note)
        self.backups.start_daily()
        for action in (self.back_up_now_action, self.back_up_to_action, self.restore_action, self.bring_meeting_action):
            action.setEnabled(True)

    def _show_read_only_banner(self) -> None:
        """Put the read-only banner above every screen (the stack moves into a box below it)."""
        from PySide6.QtWidgets import QVBoxLayout, QWidget

        from .widgets.read_only_banner import ReadOnlyBanner

        stack = self.takeCentralWidget()  # taken, not deleted: setCentralWidget would delete it
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        self.read_only_banner = ReadOnlyBanner(holder)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(stack, 1)
        self.setCentralWidget(holder)

    def _refused_read_only(self) -> bool:
        """True (after saying why) when the file can only be read: set-up and the room edit it."""
        from .widgets.read_only_banner import refuse_if_read_only

        return refuse_if_read_only(self, self.workspace is not None and self.workspace.read_only)

    @property
    def printer(self):
        """Printing and saving summaries, set up on first use (it loads Qt's PDF and print modules)."""
        if self._printer is None:
            from .files.print_summary import SummaryPrinter

            self._printer = SummaryPrinter(self.workspace.documents, self.tasks)
            self._printer.message.connect(self.statusBar().showMessage)
        return self._printer

    @property
    def audio(self):
        """Saving a person's words as a sound file, set up on first use."""
        if self._audio is None:
            from .files.audio_export import AudioExporter

            self._audio = AudioExporter(self.workspace.documents, self.tasks)
            self._audio.message.connect(self.statusBar().showMessage)
        return self._audio

    @property
    def take_home(self):
        """Saving and printing take-home sheets, certificates and the summary, set up on first use."""
        if self._take_home is None:
            from .files.take_home_saver import TakeHomeSaver

            self._take_home = TakeHomeSaver(self.workspace.documents, self.tasks, self.printer)
            self._take_home.message.connect(self.statusBar().showMessage)
        return self._take_home

    def open_people(self):
        """The "People on this laptop" dialog (returned, not waited for); None before a database is open."""
        if self.workspace is None:
            return None
        from .people.people_dialog import PeopleDialog

        dialog = PeopleDialog(self.workspace, self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_take_home(self, meeting_id: str):
        """The "Take-home sheets and certificates" dialog for *meeting_id* (returned, not waited for)."""
        return self.take_home.open(meeting_id, self)

    @property
    def meeting_importer(self):
        """Bringing in a meeting exported on another laptop, set up on first use."""
        if self._meeting_importer is None:
            from .files.meeting_import import MeetingImporter

            self._meeting_importer = MeetingImporter(self.workspace.meeting_import, self.tasks, self)
            self._meeting_importer.message.connect(self.statusBar().showMessage)
            self._meeting_importer.problem.connect(self._meeting_not_imported)
        return self._meeting_importer

    def _meeting_not_imported(self, text: str) -> None:
        from .widgets.message_boxes import tell_later

        tell_later(self, self.tr("The meeting was not imported"), text)  # from a job's callback: no nested loop

    @property
    def bringer(self):
        """Bringing photos, pictures and boards in, and saving boards out, set up on first use."""
        if self._bringer is None:
            from .files.bring_in import CardBringer

            self._bringer = CardBringer(self.workspace.bringing, self.tasks, self)
            self._bringer.message.connect(self.statusBar().showMessage)
            self._bringer.problem.connect(lambda text: self._show_problem(text, photo=False))
            self._bringer.photo_problem.connect(lambda text: self._show_problem(text, photo=True))
        return self._bringer

    def _show_problem(self, text: str, *, photo: bool) -> None:
        """A refused file: said where the facilitator is looking, and in the status bar."""
        self.statusBar().showMessage(text)
        if self._setup is not None:
            target = self._setup.people.photo_panel if photo else self._setup.cards
            target.error.show_error(text)

    @property
    def setup(self):
        """The set-up screen, built on first use."""
        if self._setup is None:
            from .setup.setup_view import SetupView

            self._setup = SetupView(self.workspace, self.pictures)
            self.stack.addWidget(self._setup)
            self._setup.start_requested.connect(self.show_room)
            self._setup.back_requested.connect(self.show_meetings)
            self._setup.message.connect(self.statusBar().showMessage)
            self._setup.audio_requested.connect(lambda meeting, person: self.audio.save(meeting, person, self))
            self._setup.photo_requested.connect(lambda meeting, person: self.bringer.choose_photo(meeting, person))
            self._setup.bring_requested.connect(lambda meeting: self.bringer.choose_files(meeting))
            self._setup.files_dropped.connect(lambda meeting, files: self.bringer.bring(meeting, files))
            self._setup.export_requested.connect(lambda meeting: self.bringer.export_board(meeting))
            self.bridge.changed.connect(self._setup.on_change)
        return self._setup

    @property
    def room(self):
        """The room screen, built on first use."""
        if self._room is None:
            from .room.room_view import RoomView

            self._room = RoomView(self.workspace.room, self.pictures, self.speech, self.settings)
            self.stack.addWidget(self._room)
            self.bridge.changed.connect(self._room.on_change)
            self._room.setup_requested.connect(self.show_setup)
            self._room.back_requested.connect(self.show_meetings)
            self._room.print_requested.connect(lambda meeting_id: self.printer.choose(meeting_id, self))
            self._room.take_home_requested.connect(self.open_take_home)
            self._room.message.connect(self.statusBar().showMessage)
            from .display.presenter import Presenter

            self.presenter = Presenter(self._room, self.bridge, self.pictures, self.settings, self)
            self.presenter.presenting_changed.connect(self._presenting_changed)
            self.presenter.reviewing_changed.connect(self._update_room_actions)
        return self._room

    def _presenting_changed(self, presenting: bool) -> None:
        self._update_room_actions()
        if not presenting:
            text = self.tr("Back to the console: the room display is closed.")
        elif self.presenter.folded:
            text = self.tr("The room display covers this screen. Escape brings the console back.")
        else:
            #: {screen} is the name the system gives the screen the display is shown on.
            text = self.tr("The room display is showing on {screen}.").format(screen=self.presenter.screen_name)
        self.statusBar().showMessage(text)
        if self._room is not None:
            self._room.announcer.announce(text)  # for a screen reader too

    def _meeting_ended(self) -> None:
        """The room was left for the meetings list (or the app is closing): back the meeting up."""
        if self._meeting_in_room is not None and self.backups is not None:
            from ..app.backups import MEETING_END

            self.backups.back_up_automatically(MEETING_END)
        self._meeting_in_room = None

    def show_meetings(self) -> None:
        self._meeting_ended()
        if self._setup is not None and self._setup.meeting_id:
            self.meetings.select(self._setup.meeting_id)
        self.stack.setCurrentWidget(self.meetings)
        self.meetings.list.setFocus()

    def show_new_meeting(self) -> None:
        if self._refused_read_only():
            return
        self.stack.setCurrentWidget(self.setup)
        self.setup.edit_new()

    def show_setup(self, meeting_id: str) -> None:
        if self._refused_read_only():
            return
        self.setup.edit(meeting_id)
        self.stack.setCurrentWidget(self.setup)
        self.setup.tabs.setFocus()

    def show_room(self, meeting_id: str) -> None:
        if self._refused_read_only():
            return
        self.room.open_meeting(meeting_id)
        self._meeting_started()
        self.stack.setCurrentWidget(self.room)
        self._update_room_actions()  # the room may be current already, with another meeting
        first = next(iter(self.room.tiles.tiles.values()), None)
        if first is not None:
            first.setFocus()

    def _meeting_started(self) -> None:
        """A meeting opened in the room (not the same one coming back from set-up): back it up."""
        session = self._room.session
        if session.is_open and self._meeting_in_room != session.meeting.id:
            self._meeting_ended()  # another meeting was open in the room
            self._meeting_in_room = session.meeting.id
            if self.backups is not None:
                from ..app.backups import MEETING_START

                self.backups.back_up_automatically(MEETING_START)

    def use_speech(self, speech: SpeechService) -> None:
        """The speech service the room reads aloud with (given once, before the room is opened)."""
        self.speech = speech

    def closeEvent(self, event: QCloseEvent) -> None:
        self._meeting_ended()  # the app closing after a room was open: one more backup
        if self.backups is not None:
            self.backups.stop()
        # Let a PDF (or that backup) being made finish writing rather than leave a half-made file.
        self.tasks.wait(30000)
        if self.presenter is not None:
            self.presenter.stop()  # the display's own window would keep the app running
        if self.speech is not None:
            self.speech.close()
        super().closeEvent(event)

    # restoring a backup ------------------------------------------------------------------------
    def open_restore(self):
        """The "Restore from a backup" dialog; a confirmed backup is restored and reopened."""
        if self.workspace is None:
            return None
        from .dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.workspace.path, self)
        if dialog.exec() and dialog.chosen_backup is not None:
            self.restore_from(dialog.chosen_backup)
        return dialog

    def restore_from(self, backup) -> bool:
        """Put *backup* in place of the open file and reopen it, as start-up does after a restore.

        The workspace is closed first (the writer lock, and nothing of it written over the restored
        file); if the restore cannot be done the file is where and as it was and is opened again.
        """
        from ..app.backups import restore
        from ..app.opening import StoreError
        from .platform.messages import error_text
        from .startup import open_or_explain
        from .widgets.message_boxes import tell

        db_path, catalogue = self.workspace.path, self.catalogue
        self.tasks.wait(30000)  # a backup or document job reading the file finishes first
        # Refreshes already asked for (and those jobs' results) run now, while their store is open:
        # once the old screens are taken down nothing asks again.
        QApplication.processEvents()
        self._meeting_in_room = None
        self._drop_screens()
        self.workspace.close()
        self.workspace = None
        try:
            aside = restore(db_path, backup)
        except StoreError as exc:
            tell(self, "CoProd Desktop", error_text(exc))
            restored = False
        else:
            restored = True
        workspace = open_or_explain(db_path, catalogue, self)
        if workspace is None:  # said already; nothing can be shown without a database
            self.close()
            return False
        self.attach(workspace)
        self.show_meetings()
        if restored:
            #: After restoring from a backup. {name}: the file name the replaced file was kept under.
            text = self.tr("The backup is back in place. The file it replaced was kept as {name}.").format(
                name=aside.name
            )
            self.statusBar().showMessage(text)
            tell(self, "CoProd Desktop", text, icon=QMessageBox.Icon.Information)
        return restored

    def _drop_screens(self) -> None:
        """Take down every screen of the old workspace before attaching another."""
        if self.presenter is not None:
            self.presenter.stop()
            self.presenter = None
        for view in (self._setup, self._room):
            if view is not None:
                self.stack.removeWidget(view)
                view.deleteLater()
        self._setup = self._room = None
        self._printer = self._audio = self._take_home = self._bringer = None  # they hold the old jobs
        self._meeting_importer = None
        old_meetings = self.meetings
        self.stack.removeWidget(old_meetings)
        old_meetings.deleteLater()
        self.meetings = self._new_meetings_view()
        self.bridge = None
