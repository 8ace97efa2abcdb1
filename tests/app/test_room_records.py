"""The room's records, headlessly on a real SQLite file: correcting, withdrawing, confirming,
support, passes, agreements, undo and the session's own events. No Qt."""

import sqlite3

import pytest

from coprod_desktop.app.room_events import SessionEvent
from coprod_desktop.app.room_undo import RoomAction
from coprod_desktop.app.workspace import Workspace
from coprod_desktop.domain.changes import ChangeAction, ChangeKind
from coprod_desktop.domain.errors import NotFound, UserFacingError, ValidationError
from coprod_desktop.domain.support import Support, SupportRole

SECRET = "Zebra-secret words nobody must keep 7f3a"


@pytest.fixture
def workspace(store, catalogue):
    return Workspace(store, catalogue)


@pytest.fixture
def room(workspace, meeting, store):
    second = store.prompts.add(meeting["meeting"].id, "What should change?")
    meeting["second"] = second
    meeting["tom"] = store.people.add_attendee(meeting["meeting"].id, "Tom Nowak", "first_name")
    workspace.room.open(meeting["meeting"].id)
    return workspace.room


@pytest.fixture
def heard(store):
    """Every change the store sends, with whether it was committed when it arrived."""
    seen = []

    def listen(change):
        seen.append((change, store.db.conn.in_transaction))

    store.subscribe(listen)
    return seen


def said(room, person, words="The garden is lovely", cards=("feeling-good",)):
    room.choose_speaker(person.person_id)
    for card in cards:
        room.add_card(card)
    room.set_words(words)
    return room.save()


def table(store, sql, params=()):
    return store.db.execute(sql, params).fetchall()


def test_each_correction_is_committed_then_announced(room, meeting, store, heard):
    c = said(room, meeting["sam"])
    heard.clear()
    room.edit(c.id, "The garden is very lovely", ["feeling-good", "topic-music"])
    room.credit_to(c.id, meeting["ann"].person_id)
    room.move_to(c.id, meeting["second"].id)
    room.set_support(c.id, "interpreter", "Jo")
    kinds = [(ch.kind, ch.action, ch.item_id, in_tx) for ch, in_tx in heard]
    assert kinds == [(ChangeKind.CONTRIBUTION, ChangeAction.UPDATED, c.id, False)] * 4
    # Read back from the file through another connection: it is committed.
    other = sqlite3.connect(store.path)
    row = other.execute(
        "SELECT text, person_id, prompt_id, support_role, support_name FROM contributions WHERE id = ?", (c.id,)
    ).fetchone()
    cards = other.execute("SELECT card_id FROM contribution_cards WHERE contribution_id = ? ORDER BY position", (c.id,))
    assert row == ("The garden is very lovely", meeting["ann"].person_id, meeting["second"].id, "interpreter", "Jo")
    assert [r[0] for r in cards] == ["feeling-good", "topic-music"]
    other.close()
    # The wall follows: it left the first prompt's wall.
    assert room.contributions == []
    room.next_prompt()
    [shown] = room.contributions
    assert shown.support == Support(SupportRole.INTERPRETER, "Jo") and shown.person_id == meeting["ann"].person_id


@pytest.mark.parametrize(
    "action, code",
    [
        (lambda r, m, c: r.edit("no-such-id", "x", []), "contribution.missing"),
        (lambda r, m, c: r.edit(c.id, "", []), "contribution.empty"),
        (lambda r, m, c: r.edit(c.id, "x", ["no-such-card"]), "card.missing"),
        (lambda r, m, c: r.credit_to(c.id, "nobody"), "contribution.speaker_not_here"),
        (lambda r, m, c: r.move_to(c.id, m["other_prompt"].id), "contribution.prompt_not_here"),
        (lambda r, m, c: r.agree(c.id, m["sam"].person_id), "agreement.own_contribution"),
        (lambda r, m, c: r.agree(c.id, m["stranger"].person_id), "agreement.person_not_here"),
        (lambda r, m, c: r.set_support(c.id, "friend", "Jo"), "support.role_unknown"),
        (lambda r, m, c: r.set_support(c.id, "advocate", "J" * 500), "support.name_too_long"),
        (lambda r, m, c: r.pass_turn("nobody"), "room.not_in_meeting"),
        (lambda r, m, c: r.edit(m["elsewhere"].id, "x", []), "contribution.not_here"),
        (lambda r, m, c: r.agree(m["elsewhere"].id, m["ann"].person_id), "contribution.not_here"),
    ],
)
def test_bad_input_is_refused_with_a_code_and_changes_nothing(room, meeting, store, heard, action, code):
    c = said(room, meeting["sam"])
    other = store.meetings.create("Another meeting", "2026-12-01")
    meeting["other_prompt"] = store.prompts.add(other.id, "Elsewhere?")
    meeting["stranger"] = store.people.add_attendee(other.id, "Someone Else", "full_name")
    meeting["elsewhere"] = store.contributions.add(other.id, meeting["stranger"].person_id, "Not here")
    before = [
        store.contributions.get(c.id),
        table(store, "SELECT * FROM agreements"),
        table(store, "SELECT * FROM passes"),
    ]
    undo_before = room.last_action
    heard.clear()
    with pytest.raises(UserFacingError) as refused:
        action(room, meeting, c)
    assert refused.value.code == code
    assert isinstance(refused.value, NotFound if code == "contribution.missing" else ValidationError)
    assert [
        store.contributions.get(c.id),
        table(store, "SELECT * FROM agreements"),
        table(store, "SELECT * FROM passes"),
    ] == before
    assert heard == [] and room.last_action == undo_before


def test_a_withdrawn_contribution_cannot_be_corrected_agreed_with_or_undone(room, meeting, store):
    c = said(room, meeting["sam"])
    room.withdraw(c.id)
    for act in (
        lambda: room.edit(c.id, "new", []),
        lambda: room.credit_to(c.id, meeting["ann"].person_id),
        lambda: room.confirm(c.id),
        lambda: room.agree(c.id, meeting["ann"].person_id),
        lambda: room.withdraw(c.id),
    ):
        with pytest.raises(ValidationError) as refused:
            act()
        assert refused.value.code == "contribution.withdrawn"
    assert room.last_action is RoomAction.WITHDRAW and not room.can_undo
    with pytest.raises(ValidationError) as refused:
        room.undo()
    assert refused.value.code == "room.undo_withdrawn"
    assert store.contributions.get(c.id).is_withdrawn


def test_withdrawn_words_leave_the_wall_and_are_gone_from_the_file_and_wal(room, meeting, store, db_path):
    long_words = SECRET + " " + "and more " * 450  # over a page: overflow pages must be erased too
    c = said(room, meeting["sam"], long_words, ("topic-music",))
    room.set_support(c.id, "advocate", "Advocate Quentin")
    room.agree(c.id, meeting["ann"].person_id)
    room.edit(c.id, long_words + " edited", ["topic-music"])  # an undo step holding the words
    assert any(SECRET.encode() in p.read_bytes() for p in db_path.parent.iterdir() if p.is_file())
    withdrawn = room.withdraw(c.id)
    assert withdrawn.is_withdrawn and withdrawn.withdrawn_at
    assert withdrawn.text == "" and withdrawn.card_ids == () and withdrawn.support is None
    assert withdrawn.agreed_by == () and withdrawn.confirmed_at is None
    assert room.contributions == [] and store.contributions.for_meeting(meeting["meeting"].id) == []
    assert store.contributions.count(meeting["meeting"].id) == 0
    # The record keeps only that something was withdrawn, and when.
    [record] = store.contributions.withdrawn(meeting["meeting"].id)
    assert record.id == c.id and record.withdrawn_at == withdrawn.withdrawn_at
    leftovers = [
        p.name
        for p in db_path.parent.iterdir()
        if p.is_file() and (SECRET.encode() in p.read_bytes() or b"Advocate Quentin" in p.read_bytes())
    ]
    assert leftovers == []
    # Nor is anything left in the session's memory that could bring them back.
    assert room.records.undo_stack.top().before is None


def test_undo_takes_back_each_action(room, meeting, store):
    sam, ann, tom = meeting["sam"].person_id, meeting["ann"].person_id, meeting["tom"].person_id
    c = said(room, meeting["sam"])
    room.confirm(c.id)
    original = store.contributions.get(c.id)
    assert original.is_confirmed
    room.agree(c.id, ann)
    room.agree(c.id, tom)
    room.unagree(c.id, tom)
    room.edit(c.id, "Different words", ["topic-music"])
    assert not store.contributions.get(c.id).is_confirmed  # new words need confirming again
    room.credit_to(c.id, ann)  # Ann agreed: her marker comes off her own contribution
    assert store.contributions.get(c.id).agreed_by == ()
    room.move_to(c.id, meeting["second"].id)
    room.set_support(c.id, "supporter", "Jo")
    room.pass_turn(tom)
    steps = []
    while room.can_undo:
        steps.append(room.undo())
        now = store.contributions.get(c.id) if steps[-1] is not RoomAction.SAVE else None
        if steps[-1] is RoomAction.SUPPORT:
            assert now.support is None
        if steps[-1] is RoomAction.MOVE:
            assert now.prompt_id == meeting["prompt"].id
        if steps[-1] is RoomAction.CREDIT:
            assert now.person_id == sam and now.agreed_by == (ann,)
        if steps[-1] is RoomAction.EDIT:
            assert (now.text, now.card_ids, now.confirmed_at) == (
                original.text,
                original.card_ids,
                original.confirmed_at,
            )
        if steps[-1] is RoomAction.UNAGREE:
            assert now.agreed_by == (ann, tom)
        if steps[-1] is RoomAction.AGREE:
            assert tom not in now.agreed_by
        if steps[-1] is RoomAction.CONFIRM:
            assert not now.is_confirmed
        if steps[-1] is RoomAction.PASS:
            assert store.passes.for_prompt(meeting["prompt"].id) == []
    assert steps == [
        RoomAction.PASS, RoomAction.SUPPORT, RoomAction.MOVE, RoomAction.CREDIT, RoomAction.EDIT,
        RoomAction.UNAGREE, RoomAction.AGREE, RoomAction.AGREE, RoomAction.CONFIRM, RoomAction.SAVE,
    ]  # fmt: skip
    # Undoing the Save removed it as if never said, and put it back into the (empty) draft.
    with pytest.raises(NotFound):
        store.contributions.get(c.id)
    assert table(store, "SELECT count(*) FROM agreements") == [(0,)]
    assert room.words == "The garden is lovely" and room.cards == ["feeling-good"] and room.speaker_id == sam
    with pytest.raises(ValidationError) as refused:
        room.undo()
    assert refused.value.code == "room.nothing_to_undo"


def test_read_back_confirm_and_change_it(room, meeting, store):
    events = []
    room.watch(events.append)
    c = said(room, meeting["sam"])
    assert room.awaiting.id == c.id and SessionEvent.READ_BACK in events
    confirmed = room.confirm()
    assert confirmed.is_confirmed and room.awaiting is None
    assert store.contributions.get(c.id).confirmed_at == confirmed.confirmed_at
    d = said(room, meeting["ann"], "Needs more", ())
    room.confirm(d.id)
    room.change_it(d.id)  # "change it" leaves it unconfirmed and opens it for correcting
    assert not store.contributions.get(d.id).is_confirmed
    assert room.correcting.id == d.id and SessionEvent.CORRECTING in events
    room.withdraw(d.id)
    assert room.correcting is None


def test_passes_and_who_has_been_heard(room, meeting, store, heard):
    sam, ann, tom = (meeting[k].person_id for k in ("sam", "ann", "tom"))
    assert room.heard().waiting == (sam, ann, tom)
    said(room, meeting["sam"])
    assert room.invite_next().person_id == ann and room.invited_id == ann
    heard.clear()
    passed = room.pass_turn(ann)
    assert passed.at and [(ch.kind, ch.item_id) for ch, _ in heard] == [(ChangeKind.PASS, meeting["prompt"].id)]
    assert room.invited_id is None
    h = room.heard()
    assert h.spoke == (sam,) and h.passed == (ann,) and h.waiting == (tom,)
    assert room.invite_next().person_id == tom
    room.choose_speaker(tom)
    assert room.invited_id is None
    assert room.pass_turn(ann) == passed  # passing again keeps the first pass
    # Across the meeting, and on the next prompt everyone is waiting again.
    assert room.heard_in_meeting().waiting == (tom,)
    room.next_prompt()
    assert room.heard().waiting == (sam, ann, tom) and room.passes == []
    room.invite_next()
    assert room.invite_next().person_id == ann  # round the tiles from the last one invited


def test_agreements_are_stored_in_order_and_removed(room, meeting, store, heard):
    c = said(room, meeting["sam"])
    heard.clear()
    room.agree(c.id, meeting["tom"].person_id)
    room.agree(c.id, meeting["ann"].person_id)
    room.agree(c.id, meeting["ann"].person_id)  # again: nothing new
    assert [(ch.kind, ch.action, ch.item_id) for ch, _ in heard] == [
        (ChangeKind.AGREEMENT, ChangeAction.ADDED, c.id)
    ] * 2
    assert room.contributions[0].agreed_by == (meeting["tom"].person_id, meeting["ann"].person_id)
    room.unagree(c.id, meeting["tom"].person_id)
    assert room.contributions[0].agreed_by == (meeting["ann"].person_id,)


def test_session_events_tell_the_views_what_the_room_is_doing(room, meeting):
    events = []
    stop = room.watch(events.append)
    room.choose_speaker(meeting["sam"].person_id)
    room.add_card("feeling-good")
    room.set_words("Hel")
    room.set_words("Hello")
    room.set_draft_support("interpreter")
    room.save()
    assert events == [
        SessionEvent.SPEAKER, SessionEvent.DRAFT, SessionEvent.DRAFT, SessionEvent.DRAFT, SessionEvent.DRAFT,
        SessionEvent.DRAFT, SessionEvent.UNDO, SessionEvent.READ_BACK, SessionEvent.SPEAKER,
    ]  # fmt: skip
    assert room.can_undo and room.last_action is RoomAction.SAVE
    assert room.contributions[-1].support == Support(SupportRole.INTERPRETER)
    stop()
    room.next_prompt()
    assert events[-1] is SessionEvent.SPEAKER  # a stopped listener hears nothing more


def test_a_late_arrival_is_added_from_the_room(room, meeting, store, heard):
    heard.clear()
    attendee = room.add_person("Bea Jones", "chosen_name", "BJ")
    assert [(ch.kind, ch.action) for ch, _ in heard] == [(ChangeKind.ATTENDEE, ChangeAction.ADDED)]
    assert room.attendee(attendee.person_id).credited_as == "BJ"
    assert attendee.person_id in room.heard().waiting
    with pytest.raises(ValidationError):
        room.add_person("", "full_name")


def test_views_redraw_the_wall_for_agreements_and_the_people_for_passes(room, meeting, store):
    from coprod_desktop.app.room_changes import RoomPart, parts_to_redraw

    parts = []
    store.subscribe(lambda change: parts.append(parts_to_redraw(change, room)))
    c = said(room, meeting["sam"])
    parts.clear()
    room.agree(c.id, meeting["ann"].person_id)
    room.pass_turn(meeting["tom"].person_id)
    room.withdraw(c.id)
    assert parts == [RoomPart.WALL, RoomPart.PEOPLE, RoomPart.WALL]


def test_the_queue_of_people_asking_to_speak(room, meeting):
    sam, ann, tom = (meeting[k].person_id for k in ("sam", "ann", "tom"))
    events = []
    room.watch(events.append)
    room.ask_to_speak(tom)
    room.ask_to_speak(ann)
    room.ask_to_speak(tom)  # asking twice keeps their place
    assert room.queue == [tom, ann] and events.count(SessionEvent.QUEUE) == 2
    # The queue comes before going round the tiles: Tom asked first.
    assert room.invite_next().person_id == tom
    room.choose_speaker(tom)
    assert room.queue == [ann]
    room.pass_turn(ann)
    assert room.queue == []
    room.ask_to_speak(sam)
    room.ask_to_speak(sam, asking=False)
    assert room.queue == []
    with pytest.raises(ValidationError):
        room.ask_to_speak("nobody")
    room.ask_to_speak(sam)
    room.next_prompt()
    assert room.queue == []  # asking to speak is on the prompt it was made on
