"""The meeting's details for the take-home sheets and the organisation's name, through the
application layer on a real database file: each save commits as one transaction, announces its
change only after the commit, and keeps nothing at all when the input is refused or the write fails."""

import sqlite3

import pytest

from coprod_desktop.app.workspace import Workspace
from coprod_desktop.domain.changes import Change, ChangeAction, ChangeKind
from coprod_desktop.domain.errors import NotFound, UserFacingError, ValidationError
from coprod_desktop.domain.models import MeetingDetails
from coprod_desktop.store import open_store
from coprod_desktop.store.database import StoreWriteError

UPDATED = ChangeAction.UPDATED


@pytest.fixture
def workspace(store, catalogue):
    return Workspace(store, catalogue)


@pytest.fixture
def heard(workspace, store):
    changes: list[Change] = []

    def listen(change: Change) -> None:
        assert not store.db.conn.in_transaction, f"{change} was announced before its commit"
        changes.append(change)

    workspace.subscribe(listen)
    return changes


def _details(meeting_id: str, **changes) -> MeetingDetails:
    values = dict(
        purpose=" To plan the summer trip. ",
        decisions=("Go to the seaside.", "Take the accessible coach."),
        next_steps=("Dana books the coach.", "  ", "Everyone brings a packed lunch."),
        next_meeting="Thursday 7 January, 2pm, Oak Room",
        contact="Dana Smith, 01234 567890",
        starts_at="14.00",
        ends_at="15:30",
    )
    return MeetingDetails(meeting_id, **{**values, **changes})


def _everything(store) -> str:
    return "\n".join(store.db.conn.iterdump())


def _failing_writes(store, table: str) -> None:
    """Every write to *table* fails as a full disk would."""

    def disk_full():
        raise sqlite3.OperationalError("database or disk is full")

    store.db.conn.create_function("disk_full", 0, disk_full)
    for event in ("INSERT", "UPDATE"):
        store.db.execute(
            f"CREATE TEMP TRIGGER fail_{table}_{event} BEFORE {event} ON {table} BEGIN SELECT disk_full(); END"
        )


def _refused(store, heard, action, error=UserFacingError):
    before = _everything(store)
    heard.clear()
    with pytest.raises(error) as caught:
        action()
    assert _everything(store) == before
    assert heard == []
    return caught.value


def test_a_meetings_details_are_empty_until_saved(workspace, meeting):
    mid = meeting["meeting"].id
    assert workspace.meetings.details(mid) == MeetingDetails(mid)


def test_saving_details_keeps_them_cleaned_and_announces_the_meeting_once(workspace, heard, meeting, db_path):
    mid = meeting["meeting"].id
    heard.clear()  # the meeting and its people, made by the fixture
    saved = workspace.meetings.save_details(_details(mid))
    assert saved.purpose == "To plan the summer trip."
    assert saved.next_steps == ("Dana books the coach.", "Everyone brings a packed lunch.")
    assert (saved.starts_at, saved.ends_at, saved.minutes) == ("14:00", "15:30", 90)
    assert heard == [Change(ChangeKind.MEETING, UPDATED, mid, mid)]
    assert workspace.meetings.details(mid) == saved
    # On disk: another connection to the file reads the same.
    with open_store(db_path, lock=False) as reader:
        assert reader.meeting_details.get(mid) == saved


def test_saving_again_replaces_what_was_kept(workspace, meeting):
    mid = meeting["meeting"].id
    workspace.meetings.save_details(_details(mid))
    again = workspace.meetings.save_details(MeetingDetails(mid, purpose="A new purpose."))
    assert workspace.meetings.details(mid) == again == MeetingDetails(mid, purpose="A new purpose.")


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"starts_at": "half past two"}, "meeting.time_not_understood"),
        ({"ends_at": "24:00"}, "meeting.time_not_understood"),
        ({"starts_at": "15:00", "ends_at": "14:00"}, "meeting.times_backwards"),
        ({"contact": "x" * 500}, "meeting.contact_too_long"),
        ({"decisions": tuple(f"Decision {n}." for n in range(20))}, "meeting.decisions_too_many"),
    ],
)
def test_refused_details_keep_nothing_and_announce_nothing(workspace, heard, store, meeting, changes, code):
    mid = meeting["meeting"].id
    workspace.meetings.save_details(_details(mid))
    error = _refused(store, heard, lambda: workspace.meetings.save_details(_details(mid, **changes)), ValidationError)
    assert error.code == code


def test_details_of_an_unknown_meeting_are_refused(workspace, heard, store):
    with pytest.raises(NotFound):
        workspace.meetings.details("no-such-meeting")
    _refused(store, heard, lambda: workspace.meetings.save_details(_details("no-such-meeting")), NotFound)


def test_a_failed_write_keeps_the_old_details_and_announces_nothing(workspace, heard, store, meeting):
    mid = meeting["meeting"].id
    kept = workspace.meetings.save_details(_details(mid))
    _failing_writes(store, "meeting_details")
    _refused(store, heard, lambda: workspace.meetings.save_details(_details(mid, purpose="Changed.")), StoreWriteError)
    assert workspace.meetings.details(mid) == kept


def test_the_organisation_is_kept_for_the_whole_database(workspace, heard, store, db_path):
    assert workspace.meetings.organisation() == ""
    assert workspace.meetings.set_organisation("  Oakfield Day Centre \n") == "Oakfield Day Centre"
    assert heard == [Change(ChangeKind.SETTINGS, UPDATED, None, "organisation")]
    assert workspace.meetings.organisation() == "Oakfield Day Centre"
    # Not one meeting's: a meeting made afterwards has no say in it, and the file keeps it.
    workspace.meetings.create("Later meeting", "2026-12-01", "", language="en", rate=160, volume=1.0)
    with open_store(db_path, lock=False) as reader:
        assert reader.settings.organisation() == "Oakfield Day Centre"


def test_the_organisation_can_be_cleared(workspace):
    workspace.meetings.set_organisation("Oakfield Day Centre")
    assert workspace.meetings.set_organisation("   ") == ""
    assert workspace.meetings.organisation() == ""


def test_a_too_long_organisation_is_refused_and_the_old_name_kept(workspace, heard, store):
    workspace.meetings.set_organisation("Oakfield Day Centre")
    error = _refused(store, heard, lambda: workspace.meetings.set_organisation("O" * 500), ValidationError)
    assert error.code == "settings.organisation_too_long"
    assert workspace.meetings.organisation() == "Oakfield Day Centre"


def test_a_failed_organisation_write_keeps_the_old_name(workspace, heard, store):
    workspace.meetings.set_organisation("Oakfield Day Centre")
    _failing_writes(store, "settings")
    _refused(store, heard, lambda: workspace.meetings.set_organisation("Elm House"), StoreWriteError)
    assert workspace.meetings.organisation() == "Oakfield Day Centre"


def test_details_and_organisation_saved_together_are_one_commit(workspace, heard, meeting):
    mid = meeting["meeting"].id
    heard.clear()
    workspace.meetings.save_details(_details(mid), organisation="Oakfield Day Centre")
    assert workspace.meetings.organisation() == "Oakfield Day Centre"
    assert workspace.meetings.details(mid).purpose == "To plan the summer trip."
    assert heard == [
        Change(ChangeKind.MEETING, UPDATED, mid, mid),
        Change(ChangeKind.SETTINGS, UPDATED, None, "organisation"),
    ]


@pytest.mark.parametrize(
    ("details", "organisation"),
    [({"starts_at": "noon"}, "Elm House"), ({}, "E" * 500)],
)
def test_details_and_organisation_are_refused_together(workspace, heard, store, meeting, details, organisation):
    """A refused organisation keeps the details as they were, and refused details the organisation."""
    mid = meeting["meeting"].id
    workspace.meetings.save_details(_details(mid), organisation="Oakfield Day Centre")
    changed = _details(mid, purpose="Changed.", **details)
    _refused(store, heard, lambda: workspace.meetings.save_details(changed, organisation=organisation))
    assert workspace.meetings.organisation() == "Oakfield Day Centre"
    assert workspace.meetings.details(mid).purpose == "To plan the summer trip."


def test_a_failed_organisation_write_keeps_the_details_saved_with_it_unchanged(workspace, heard, store, meeting):
    mid = meeting["meeting"].id
    kept = workspace.meetings.save_details(_details(mid))
    _failing_writes(store, "settings")
    changed = _details(mid, purpose="Changed.")
    _refused(store, heard, lambda: workspace.meetings.save_details(changed, organisation="Elm"), StoreWriteError)
    assert workspace.meetings.details(mid) == kept
