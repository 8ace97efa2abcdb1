"""The set-up operations, headless, on a real database file: each commits as one transaction,
announces exactly its typed changes after the commit, and changes nothing at all on bad input or
when the write fails."""

import sqlite3

import pytest

from coprod_desktop.app.workspace import Workspace
from coprod_desktop.domain.changes import Change, ChangeAction, ChangeKind
from coprod_desktop.domain.errors import NotFound, UserFacingError, ValidationError
from coprod_desktop.domain.profile import CommunicationProfile

ADDED, UPDATED, REMOVED = ChangeAction.ADDED, ChangeAction.UPDATED, ChangeAction.REMOVED
SPEECH = {"language": "cy", "rate": 130, "volume": 0.75}


@pytest.fixture
def workspace(store, catalogue):
    return Workspace(store, catalogue)


class Heard(list):
    """The changes announced, each checked to arrive only once its transaction is committed."""

    def __init__(self, store) -> None:
        super().__init__()
        self.store = store

    def __call__(self, change: Change) -> None:
        assert not self.store.db.conn.in_transaction, f"{change} was announced before its commit"
        self.append(change)


@pytest.fixture
def heard(workspace, store):
    listener = Heard(store)
    workspace.subscribe(listener)
    return listener


def everything(store) -> str:
    """The whole database as SQL: equal before and after means nothing at all changed."""
    return "\n".join(store.db.conn.iterdump())


def failing_writes(store, table: str, event: str = "UPDATE") -> None:
    """Make every *event* on *table* fail as a full disk would (an SQLite error mid-transaction)."""

    def disk_full():
        raise sqlite3.OperationalError("database or disk is full")

    store.db.conn.create_function("disk_full", 0, disk_full)
    store.db.execute(f"CREATE TEMP TRIGGER fail_{table} BEFORE {event} ON {table} BEGIN SELECT disk_full(); END")


def refused(store, heard, action, error=UserFacingError):
    """*action* is refused with *error*, the database is byte for byte as it was, nothing announced."""
    before = everything(store)
    heard.clear()
    with pytest.raises(error):
        action()
    assert everything(store) == before
    assert heard == []


# meetings ---------------------------------------------------------------------------------------


def test_creating_a_meeting_with_its_speech_commits_once_and_announces_it(workspace, heard, store):
    meeting = workspace.meetings.create("Day centre", "2026-11-26", "Oak Room", **SPEECH)
    assert (meeting.title, meeting.language, meeting.speech_rate, meeting.speech_volume) == (
        "Day centre",
        "cy",
        130,
        0.75,
    )
    assert store.meetings.get(meeting.id) == meeting
    assert heard == [
        Change(ChangeKind.MEETING, ADDED, meeting.id, meeting.id),
        Change(ChangeKind.MEETING, UPDATED, meeting.id, meeting.id),
    ]
    assert [m.id for m in workspace.meetings.all()] == [meeting.id]


@pytest.mark.parametrize(
    "title, date, speech",
    [
        ("", "2026-11-26", SPEECH),
        ("Day centre", "26/11/2026", SPEECH),
        ("Day centre", "2026-11-26", {**SPEECH, "rate": 5}),  # refused after the meeting row is written
        ("Day centre", "2026-11-26", {**SPEECH, "language": "xx"}),
    ],
)
def test_a_meeting_with_bad_details_is_not_created_at_all(workspace, heard, store, title, date, speech):
    refused(store, heard, lambda: workspace.meetings.create(title, date, "", **speech), ValidationError)
    assert workspace.meetings.all() == []


def test_changing_a_meeting_is_all_or_nothing(workspace, heard, store):
    meeting = workspace.meetings.create("Day centre", "2026-11-26", "", **SPEECH)
    refused(
        store,
        heard,
        lambda: workspace.meetings.update(meeting.id, "New title", "2026-11-27", "", **{**SPEECH, "volume": 9}),
        ValidationError,
    )
    assert workspace.meetings.get(meeting.id).title == "Day centre"

    changed = workspace.meetings.update(meeting.id, "New title", "2026-11-27", "Hall", **{**SPEECH, "rate": 160})
    assert (changed.title, changed.place, changed.speech_rate) == ("New title", "Hall", 160)
    assert heard == [Change(ChangeKind.MEETING, UPDATED, meeting.id, meeting.id)] * 2


def test_a_meeting_that_cannot_be_written_is_not_changed(workspace, heard, store):
    meeting = workspace.meetings.create("Day centre", "2026-11-26", "", **SPEECH)
    failing_writes(store, "meetings")
    refused(store, heard, lambda: workspace.meetings.update(meeting.id, "New", "2026-11-26", "", **SPEECH))
    with pytest.raises(NotFound):
        workspace.meetings.get("no-such-meeting")


# people -----------------------------------------------------------------------------------------


def test_adding_a_person_with_their_reading_speed_is_one_commit(workspace, heard, store, meeting):
    m = meeting["meeting"].id
    heard.clear()
    dot = workspace.people.add(m, "Dot Smith", "full_name", "", "green", "star", speech_rate=110)
    assert (dot.credited_as, dot.marker_colour, dot.marker_shape, dot.person.speech_rate) == (
        "Dot Smith",
        "green",
        "star",
        110,
    )
    assert heard == [
        Change(ChangeKind.ATTENDEE, ADDED, m, dot.person_id),
        Change(ChangeKind.ATTENDEE, UPDATED, m, dot.person_id),
    ]
    assert [a.person_id for a in workspace.people.attendees(m)][-1] == dot.person_id


def test_a_person_with_a_bad_speed_or_a_taken_marker_is_not_added(workspace, heard, store, meeting):
    m = meeting["meeting"].id
    sam = meeting["sam"]
    refused(store, heard, lambda: workspace.people.add(m, "Dot", "first_name", "", None, None, speech_rate=3))
    refused(
        store,
        heard,
        lambda: workspace.people.add(m, "Dot", "first_name", "", sam.marker_colour, sam.marker_shape),
    )
    refused(store, heard, lambda: workspace.people.add(m, "  ", "first_name", "", None, None))
    assert len(workspace.people.attendees(m)) == 2


def test_a_person_whose_speed_cannot_be_written_is_not_added_either(workspace, heard, store, meeting):
    failing_writes(store, "people")  # the second write of the two: their reading speed
    refused(
        store,
        heard,
        lambda: workspace.people.add(meeting["meeting"].id, "Dot", "first_name", "", None, None, speech_rate=110),
    )


def test_changing_a_person_keeps_their_volume_and_is_all_or_nothing(workspace, heard, store, meeting):
    m, sam = meeting["meeting"].id, meeting["sam"]
    store.people.set_speech(sam.person_id, 150, 0.5)
    ann = meeting["ann"]
    refused(
        store,
        heard,
        lambda: workspace.people.update(
            m, sam.person_id, "Samuel Brown", "full_name", "", ann.marker_colour, ann.marker_shape, speech_rate=None
        ),
    )
    changed = workspace.people.update(
        m, sam.person_id, "Samuel Brown", "full_name", "", sam.marker_colour, sam.marker_shape, speech_rate=None
    )
    assert (changed.credited_as, changed.person.speech_rate, changed.person.speech_volume) == (
        "Samuel Brown",
        None,
        0.5,
    )
    assert heard == [Change(ChangeKind.ATTENDEE, UPDATED, m, sam.person_id)] * 2


def test_removing_a_person(workspace, heard, store, meeting):
    m, sam = meeting["meeting"].id, meeting["sam"]
    heard.clear()
    workspace.people.remove(m, sam.person_id)
    assert heard == [Change(ChangeKind.ATTENDEE, REMOVED, m, sam.person_id)]
    refused(store, heard, lambda: workspace.people.remove(m, sam.person_id), NotFound)


def test_someone_who_has_contributed_stays(workspace, heard, store, meeting):
    m, ann = meeting["meeting"].id, meeting["ann"]
    store.contributions.add(m, ann.person_id, "Lunch is good", (), prompt_id=meeting["prompt"].id)
    refused(store, heard, lambda: workspace.people.remove(m, ann.person_id), ValidationError)


def test_someone_whose_only_contribution_was_withdrawn_can_be_taken_off(workspace, store, meeting):
    m, ann = meeting["meeting"].id, meeting["ann"]
    said = store.contributions.add(m, ann.person_id, "Wrong person", (), prompt_id=meeting["prompt"].id)
    store.contributions.withdraw(said.id)
    workspace.people.remove(m, ann.person_id)
    assert ann.person_id not in [a.person_id for a in store.people.attendees(m)]
    assert store.contributions.withdrawn(m) == []  # the withdrawal record went with their taking part


# photo consent ----------------------------------------------------------------------------------


def test_photo_consent_has_a_history_and_taking_it_back_deletes_the_photo(workspace, heard, store, meeting, tmp_path):
    from coprod_desktop.services.picture_import import load_picture

    m, sam = meeting["meeting"].id, meeting["sam"].person_id
    picture = load_picture(_jpeg(tmp_path), purpose="photo")
    refused(store, heard, lambda: workspace.photos.set_photo(sam, picture, meeting_id=m), ValidationError)

    workspace.photos.give_consent(sam, "Asked at the start")
    assert heard == [Change(ChangeKind.PERSON, UPDATED, None, sam), Change(ChangeKind.ATTENDEE, UPDATED, m, sam)]
    workspace.photos.set_photo(sam, picture, meeting_id=m)
    assert workspace.photos.has_photo(sam) and workspace.photos.photo(sam)[:2] in (b"\xff\xd8", b"\x89P")

    heard.clear()
    workspace.photos.take_back_consent(sam)
    assert not workspace.photos.consent(sam) and workspace.photos.photo(sam) is None
    assert [(e.given, e.note) for e in workspace.photos.history(sam)] == [(True, "Asked at the start"), (False, "")]
    assert heard == [Change(ChangeKind.PERSON, UPDATED, None, sam), Change(ChangeKind.ATTENDEE, UPDATED, m, sam)]
    assert workspace.photos.called(sam, m) == "Sam"


def test_consent_for_no_one_is_refused(workspace, heard, store, meeting):
    refused(store, heard, lambda: workspace.photos.give_consent("no-such-person"), NotFound)


# communication profiles -------------------------------------------------------------------------


def test_a_profile_and_consent_to_share_it_are_saved_together(workspace, heard, store, meeting):
    m, sam = meeting["meeting"].id, meeting["sam"].person_id
    profile = CommunicationProfile(interpreter="bsl", notes="Needs breaks")
    heard.clear()
    saved = workspace.profiles.save(sam, profile, share_consent=True, consent_note="With their support worker")
    assert saved == workspace.profiles.get(sam) and saved.notes == "Needs breaks"
    assert workspace.profiles.share_consent(sam)
    assert [e.note for e in workspace.profiles.share_history(sam)] == ["With their support worker"]
    assert heard == [Change(ChangeKind.PROFILE, UPDATED, None, sam), Change(ChangeKind.ATTENDEE, UPDATED, m, sam)]

    refused(
        store,
        heard,
        lambda: workspace.profiles.save(sam, CommunicationProfile(), share_consent=False, consent_note="x" * 5000),
        ValidationError,
    )
    failing_writes(store, "people")  # the profile's speed is written to people: the whole save fails
    refused(store, heard, lambda: workspace.profiles.save(sam, CommunicationProfile(), share_consent=False))


def test_an_emptied_profile_leaves_nothing_in_the_file(workspace, store, meeting, db_path):
    sam = meeting["sam"].person_id
    workspace.profiles.save(sam, CommunicationProfile(notes="Zanzibar-private-note"))
    workspace.profiles.save(sam, CommunicationProfile())
    assert workspace.profiles.get(sam).is_empty
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or b"Zanzibar-private-note" not in wal.read_bytes()


# prompts ----------------------------------------------------------------------------------------


def test_prompts_are_added_changed_moved_and_removed(workspace, heard, store, meeting):
    m, first = meeting["meeting"].id, meeting["prompt"]
    heard.clear()
    second = workspace.prompts.add(m, "What could be better?", "topic-food")
    workspace.prompts.update(second.id, "What could be better here?", None)
    workspace.prompts.move(second.id, -1)
    assert [p.text for p in workspace.prompts.for_meeting(m)] == ["What could be better here?", first.text]
    assert workspace.prompts.get(second.id).card_id is None
    workspace.prompts.remove(first.id)
    assert heard == [
        Change(ChangeKind.PROMPT, ADDED, m, second.id),
        Change(ChangeKind.PROMPT, UPDATED, m, second.id),
        Change(ChangeKind.PROMPT, UPDATED, m, second.id),
        Change(ChangeKind.PROMPT, REMOVED, m, first.id),
    ]


def test_bad_prompts_change_nothing(workspace, heard, store, meeting):
    m, prompt = meeting["meeting"].id, meeting["prompt"]
    refused(store, heard, lambda: workspace.prompts.add(m, "   ", None), ValidationError)
    refused(store, heard, lambda: workspace.prompts.add(m, "Words", "no-such-card"), ValidationError)
    refused(store, heard, lambda: workspace.prompts.update(prompt.id, "", None), ValidationError)
    refused(store, heard, lambda: workspace.prompts.remove("no-such-prompt"), NotFound)
    failing_writes(store, "prompts", "INSERT")
    refused(store, heard, lambda: workspace.prompts.add(m, "Words", None))


# the cards a meeting shows ----------------------------------------------------------------------


def test_choosing_the_cards_a_meeting_shows(workspace, heard, store, meeting):
    m = meeting["meeting"].id
    heard.clear()
    workspace.meeting_cards.choose(m, {"feelings"}, {"feeling-good"})
    assert workspace.meeting_cards.categories(m) == {"feelings"}
    assert workspace.meeting_cards.hidden(m) == {"feeling-good"}
    assert heard == [Change(ChangeKind.MEETING, UPDATED, m, m)]
    assert "feeling-good" not in {c.id for c in workspace.library.for_meeting(m)}
    refused(store, heard, lambda: workspace.meeting_cards.choose("no-such-meeting", None), NotFound)
    failing_writes(store, "meeting_card_categories", "DELETE")
    refused(store, heard, lambda: workspace.meeting_cards.choose(m, None))


def test_a_built_in_card_or_one_in_use_is_not_removed(workspace, heard, store, meeting):
    refused(store, heard, lambda: workspace.meeting_cards.remove_brought("feeling-good"), NotFound)


# the card library follows the change stream -----------------------------------------------------


def test_the_library_reads_the_cards_again_once_after_cards_change(workspace, store, meeting, tmp_path):
    from coprod_desktop.app.bringing import PictureCardDetails
    from coprod_desktop.services.picture_import import load_picture

    library = workspace.library
    assert len(library.brought) == 0
    reads = library.reads
    picture = load_picture(_jpeg(tmp_path), purpose="card")
    card = workspace.bringing.store_picture(None, picture, PictureCardDetails("Minibus", "Trips", None))
    assert library.reads == reads  # nothing read yet: only when next asked
    assert [c.label for c in library.brought] == ["Minibus"] and card.id in library
    assert library.get(card.id).label == "Minibus"
    assert "Trips" in [c.id for c in library.categories]
    assert len(library.cards) == len(library.catalogue.cards) + len(library.brought)  # read no more
    assert library.reads == reads + 1

    workspace.meeting_cards.remove_brought(card.id)
    assert card.id not in library and library.reads == reads + 2
    with pytest.raises(NotFound):
        library.get(card.id)


def _jpeg(folder):
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (320, 240), "orange").save(out, "JPEG")
    path = folder / "picture.jpg"
    path.write_bytes(out.getvalue())
    return path
