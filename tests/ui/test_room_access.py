"""The room by keyboard and screen reader (issue 10, "Also in the room"): finding a card, the Tab
order, the wall read one contribution at a time, label relations, toggle-button tiles and
announcements of where the room is."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel

from coprod_desktop.services.demo import create_demo_meeting


def open_demo(window, store, qtbot):
    meeting = create_demo_meeting(store)
    window.show_room(meeting.id)
    qtbot.wait(10)
    return meeting, window.room


def focused():
    return QApplication.focusWidget()


def tab_walk(qtbot, start, stops: int) -> list:
    start.setFocus()
    seen = [focused()]
    for _ in range(stops):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        seen.append(focused())
    return seen


# --- 1. finding a card ------------------------------------------------------------------------


def test_ctrl_f_goes_to_find_a_card_from_anywhere_in_the_room(qtbot, window, app_store):
    _meeting, room = open_demo(window, app_store, qtbot)
    room.composer.search.setText("happy")
    for start in (room.composer.words, next(iter(room.tiles.tiles.values())), room.next_button):
        start.setFocus()
        qtbot.keyClick(start, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert focused() is room.composer.search
        assert room.composer.search.selectedText() == "happy"  # typing replaces the last search


def test_the_cards_label_alt_key_goes_to_the_search_and_letters_on_the_grid_search(qtbot, window, app_store):
    _meeting, room = open_demo(window, app_store, qtbot)
    composer = room.composer
    assert composer.cards_label.buddy() is composer.search
    room.choose_speaker(room.session.attendees[0].person_id)
    qtbot.keyClick(focused(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert focused() is composer.search
    # Typing on the grid never jumps to a card by its first letters: the letters go to the search.
    composer.grid.setFocus()
    composer.grid.setCurrentRow(0)
    first = composer.grid.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClicks(composer.grid, "tir")
    assert focused() is composer.search and composer.search.text() == "tir"
    assert room.session.cards == []  # nothing was chosen by typing
    assert composer.grid.count() >= 1 and first is not None


def test_a_chosen_card_looks_different_from_the_keyboard_focus(qtbot, window, app_store):
    _meeting, room = open_demo(window, app_store, qtbot)
    grid = room.composer.grid
    room.choose_speaker(room.session.attendees[0].person_id)
    chosen_id = grid.item(1).data(Qt.ItemDataRole.UserRole)
    room.add_card(chosen_id)
    grid.setFocus()
    grid.setCurrentRow(0)  # the keyboard is on another card
    chosen, current = grid.item(1), grid.item(0)
    # Not colour alone: a tick in the words, bold type, and "chosen" for a screen reader.
    assert chosen.data(Qt.ItemDataRole.DisplayRole).startswith("✓ ")
    assert chosen.data(Qt.ItemDataRole.FontRole).bold()
    assert chosen.data(Qt.ItemDataRole.AccessibleTextRole).endswith(", chosen")
    assert not current.data(Qt.ItemDataRole.DisplayRole).startswith("✓")
    assert not (current.data(Qt.ItemDataRole.FontRole) or grid.font()).bold()
    # The keyboard's card has a dashed outline, not the filled look of something chosen.
    assert "QListWidget#cardGrid::item:selected" in QApplication.instance().styleSheet()
    assert grid.objectName() == "cardGrid"
    room.remove_card(0)
    assert not grid.item(1).data(Qt.ItemDataRole.DisplayRole).startswith("✓")


# --- 3. Tab order -----------------------------------------------------------------------------


def test_tab_order_follows_the_screen(qtbot, window, app_store):
    _meeting, room = open_demo(window, app_store, qtbot)
    composer = room.composer
    room.choose_speaker(room.session.attendees[0].person_id)
    composer.words.setPlainText("Good")
    room.save()  # something on the wall, and the quick row showing
    qtbot.waitUntil(lambda: composer.quick.isVisible())
    qtbot.wait(10)
    expected = [w for w in room.tab_chain() if w.isVisible() and w.isEnabled()]
    tiles = list(room.tiles.tiles.values())
    wall_stop = room.wall.current
    assert wall_stop is not None and wall_stop is room.wall.cards[-1]
    walked = tab_walk(qtbot, room.back_button, 40)
    stops = list(dict.fromkeys(walked))  # each stop once, in the order first reached
    # The screen's buttons, the prompt's actions, the people, the wall, the cards, the words, Save.
    order = [w for w in stops if w in expected or w is wall_stop]
    names = [
        room.previous_button,
        room.next_button,
        tiles[0],
        wall_stop,
        composer.search,
        composer.grid,
        composer.words,
        composer.save_button,
    ]
    positions = [order.index(w) for w in names if w in order]
    assert len(positions) == len([w for w in names if w.isEnabled()]), [type(w).__name__ for w in order]
    assert positions == sorted(positions), [type(w).__name__ for w in order]
    assert order.index(room.back_button) < order.index(tiles[0])


# --- 4. the wall ------------------------------------------------------------------------------


def test_contributions_take_the_focus_one_by_one_and_are_read_with_their_credit(qtbot, window, app_store):
    _meeting, room = open_demo(window, app_store, qtbot)
    people = room.session.attendees
    wall = room.wall
    before = len(wall.cards)
    for person, words in zip(people[:3], ("One", "Two", "Three"), strict=True):
        room.choose_speaker(person.person_id)
        room.composer.words.setPlainText(words)
        room.save()
    assert len(wall.cards) == before + 3
    qtbot.wait(10)  # the new ones are shown once the event loop runs
    one, two, three = wall.cards[-3:]
    # One Tab stop: the newest contribution; Up and Down (Home, End) move between them.
    assert wall.current is three
    stops = room.tab_stops()
    assert stops.index(three) == stops.index(room.composer.search) - 1
    three.setFocus()
    assert focused() is three
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert focused() is two
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert focused() is one
    qtbot.keyClick(focused(), Qt.Key.Key_End)
    assert focused() is three
    qtbot.keyClick(focused(), Qt.Key.Key_Home)
    assert focused() is wall.cards[0]
    two.setFocus()
    read = QAccessible.queryAccessibleInterface(two).text(QAccessible.Text.Name)
    assert read == f"{people[1].credited_as} said: Two"
    # Room for the confirmation and agreements the records engineer adds.
    two.set_details(["Confirmed by them.", "Ann agrees."])
    read = QAccessible.queryAccessibleInterface(two).text(QAccessible.Text.Name)
    assert read == f"{people[1].credited_as} said: Two Confirmed by them. Ann agrees."
    assert two.details.isVisibleTo(two)
    tab_stops = [c for c in wall.cards if c.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert tab_stops == [two]  # the one last read
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is room.composer.search  # and Tab leaves the wall for the cards


# --- 5. label relations and roles -----------------------------------------------------------


def labelled_by(widget) -> list[str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    relations = interface.relations(QAccessible.RelationFlag.Label)
    return [other.text(QAccessible.Text.Name) for other, _relation in relations]


def test_find_a_card_the_card_groups_and_the_card_size_have_labels(qtbot, window, app_store):
    _meeting, room = open_demo(window, app_store, qtbot)
    composer = room.composer
    for field in (composer.search, composer.category, composer.size):
        labels = [label for label in room.findChildren(QLabel) if label.buddy() is field]
        assert labels and labels[0].isVisible(), field.accessibleName()
        assert labelled_by(field), field.accessibleName()  # what AT-SPI gives as "labelled by"
        assert QAccessible.queryAccessibleInterface(field).text(QAccessible.Text.Name)


def test_person_tiles_are_read_as_toggle_buttons(qtbot, window, app_store):
    _meeting, room = open_demo(window, app_store, qtbot)
    first, second = list(room.tiles.tiles.values())[:2]
    room.choose_speaker(room.session.attendees[0].person_id)
    interface = QAccessible.queryAccessibleInterface(first)
    assert interface.role() == QAccessible.Role.Button  # a button, not QAccessible.CheckBox
    assert interface.state().checkable and interface.state().checked
    assert not QAccessible.queryAccessibleInterface(second).state().checked
    assert interface.text(QAccessible.Text.Name) == room.session.attendees[0].credited_as
    # A screen reader's "press" makes it that person's turn.
    other = QAccessible.queryAccessibleInterface(second)
    assert other.actionInterface() is not None
    other.actionInterface().doAction("Press")
    assert room.session.speaker_id == room.session.attendees[1].person_id


# --- 9. announcements --------------------------------------------------------------------------


def test_opening_the_room_moving_and_a_turn_are_announced(qtbot, window, app_store):
    meeting = create_demo_meeting(app_store)
    room = window.room
    with qtbot.waitSignal(room.announcer.announced, timeout=2000) as opened:
        window.show_room(meeting.id)
    said = opened.args[0]
    assert meeting.title in said and "Prompt 1 of" in said and room.session.prompt.text in said
    with qtbot.waitSignal(room.announcer.announced, timeout=2000) as moved:
        room.next_prompt()
    assert moved.args[0].startswith("Prompt 2 of") and room.session.prompt.text in moved.args[0]
    person = room.session.attendees[2]
    with qtbot.waitSignal(room.announcer.announced, timeout=2000) as turn:
        room.choose_speaker(person.person_id)
    assert turn.args[0] == f"{person.credited_as} is speaking."
    # Said through a notice with the notification role, which screen readers speak as it appears
    # (Orca 43 does not speak Qt's announcement event): shown again, with the words, each time.
    notice = QAccessible.queryAccessibleInterface(room.announcer.notice)
    assert notice.role() == QAccessible.Role.Notification
    assert notice.text(QAccessible.Text.Name) == turn.args[0]
    assert room.announcer.notice.isVisible() and room.announcer.notice.size().width() == 1
    with qtbot.waitSignal(room.announcer.announced, timeout=2000):
        room.message.emit("Saved what Sam said.")
    assert notice.text(QAccessible.Text.Name) == "Saved what Sam said."


def test_alt_alone_leaves_the_menus_be_and_f10_opens_them(qtbot, window, app_store):
    """Alt pressed and let go alone once moved the focus into the menu bar, and the next words
    typed walked the menus ("i" then Enter started presenting)."""
    meeting = create_demo_meeting(app_store)
    window.show_room(meeting.id)
    words = window.room.composer.words
    words.setFocus()
    qtbot.waitUntil(words.hasFocus)
    qtbot.keyClick(words, Qt.Key.Key_Alt)
    qtbot.keyClicks(words, "hi")
    assert window.menuBar().activeAction() is None
    assert words.toPlainText() == "hi"
    window.open_menus()
    assert window.menuBar().activeAction() is window.menuBar().actions()[0]


# --- 6. marker names in the app's language, names whole in right-to-left text ----------------


def test_marker_colours_and_shapes_are_named_in_the_app_language(qapp):
    from coprod_desktop.domain.markers import MARKER_COLOURS, Marker, MarkerShape
    from coprod_desktop.ui.platform.language import LanguageSwitcher
    from coprod_desktop.ui.widgets.form_parts import colour_combo, marker_words, shape_combo

    switcher = LanguageSwitcher(qapp)
    try:
        english = [colour_combo().itemText(i) for i in range(len(MARKER_COLOURS))]
        assert english[:2] == ["Orange", "Sky blue"]
        switcher.set_language("cy")
        colours, shapes = colour_combo(), shape_combo()
        welsh = [colours.itemText(i) for i in range(colours.count())]
        assert not set(welsh) & set(english)  # every colour in Welsh
        assert all(shapes.itemText(i).lower() != s.value for i, s in enumerate(MarkerShape))
        words = marker_words(Marker(MARKER_COLOURS[1], MarkerShape.CIRCLE, "TN"))
        assert words == "glas golau cylch, TN" or ("cylch" in words and "TN" in words)
    finally:
        switcher.set_language("en")
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_latin_initials_keep_their_order_in_right_to_left_text(qtbot, window, app_store):
    from coprod_desktop.ui.widgets.form_parts import isolated

    assert isolated("T.N.") == "T.N."  # left to right: nothing added
    meeting = app_store.meetings.create("Bidi", "2026-11-26")
    person = app_store.people.add_attendee(meeting.id, "Tom Noor", "chosen_name", "T.N.")
    app_store.prompts.add(meeting.id, "How was it?")
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window.show_room(meeting.id)
        qtbot.wait(10)
        room = window.room
        room.choose_speaker(person.person_id)
        tile = room.tiles.tiles[person.person_id]
        # First-strong isolates: "T.N." is laid out on its own, not as ".T.N" inside Arabic text.
        assert tile.text() == "\u2068T.N.\u2069"
        assert room.composer.speaker_note.text().startswith("\u2068T.N.\u2069")
        room.composer.words.setPlainText("Yes")
        room.save()
        assert room.wall.cards[-1].credit.text().startswith("\u2068T.N.\u2069")
    finally:
        QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# --- 2. the card picker on a laptop ------------------------------------------------------------


def test_the_card_picker_shows_more_than_three_cards_and_whole_suggestions_at_1366x768(qtbot, window, app_store):
    window.resize(1366, 768)
    _meeting, room = open_demo(window, app_store, qtbot)
    qtbot.wait(300)  # the grid lays its cards out again a moment after a resize
    grid, quick = room.composer.grid, room.composer.quick
    view = grid.viewport().rect()
    whole = [row for row in range(grid.count()) if view.contains(grid.visualItemRect(grid.item(row)))]
    assert len(whole) > 3
    # The suggestions: every one in view is whole (a cut label is a different word) ...
    assert quick.isVisible() and quick.shown_ids
    for row in range(quick.count()):
        if not quick.isRowHidden(row):
            assert quick.viewport().rect().contains(quick.visualItemRect(quick.item(row))), quick.item(row).text()
    # ... and Ctrl+1 adds the first one in view.
    room.choose_speaker(room.session.attendees[0].person_id)
    room.add_quick_card(1)
    assert room.session.cards == [quick.shown_ids[0]]
    # A narrow row shows fewer suggestions, never part of one.
    from coprod_desktop.ui.room.room_widgets import CardStrip

    narrow = CardStrip(room.pictures, wrapping=False, whole_only=True)
    qtbot.addWidget(narrow)
    narrow.set_cards([room.session.card(card_id) for card_id in quick.card_ids])
    narrow.show()
    narrow.resize(quick.visualItemRect(quick.item(0)).width() + 40, narrow.height())
    qtbot.wait(10)
    assert narrow.shown_ids == quick.card_ids[:1]


def test_each_announcement_shows_the_notice_again(qtbot, window, app_store):
    """A screen reader speaks a notification as it appears (the AT-SPI "showing" state), so the
    notice is shown afresh for every announcement, even the same words twice."""
    from PySide6.QtCore import QEvent, QObject

    class Shows(QObject):
        count = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Show:
                Shows.count += 1
            return False

    meeting = create_demo_meeting(app_store)
    with qtbot.waitSignal(window.room.announcer.announced, timeout=2000):
        window.show_room(meeting.id)  # the room's opening words
    room = window.room
    watcher = Shows()
    room.announcer.notice.installEventFilter(watcher)
    for _ in range(2):
        with qtbot.waitSignal(room.announcer.announced, timeout=2000):
            room.announcer.announce("Saved what Sam said.")
    assert Shows.count == 2
