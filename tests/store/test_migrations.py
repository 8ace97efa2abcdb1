"""Every past schema version opens, upgrades (with a backup first) and keeps its data.

tests/store/data/schema-NNNN.db is a database saved by the app when NNNN was the newest migration.
When you add migration NNNN+1, save a new file from the current app before changing the schema,
and this test will open it with every later version.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest

from coprod_desktop.store import open_store
from coprod_desktop.store.backup import list_backups
from coprod_desktop.store.consent_events import consent_history, consent_state
from coprod_desktop.store.migrations import KNOWN

DATA = Path(__file__).parent / "data"
SAVED = sorted(DATA.glob("schema-*.db"))


def test_there_is_a_saved_database_for_every_schema_version():
    versions = {p.stem.removeprefix("schema-") for p in SAVED}
    assert versions == {name.split("_")[0] for name in KNOWN}


@pytest.mark.parametrize("saved", SAVED, ids=lambda p: p.stem)
def test_saved_database_opens_with_its_data(saved, tmp_path):
    copy = tmp_path / saved.name
    shutil.copy(saved, copy)
    with open_store(copy) as store:
        [meeting] = store.meetings.all()
        assert store.contributions.count(meeting.id) == 15
        assert len(store.people.attendees(meeting.id)) == 6
        applied = [row["name"] for row in store.db["_sqlite_migrations"].rows]
    assert applied == KNOWN
    version = saved.stem.removeprefix("schema-")
    if version != KNOWN[-1].split("_")[0]:
        assert list_backups(copy), "an upgrade must leave a backup beside the file"


def test_upgrade_takes_a_backup_first(tmp_path, monkeypatch):
    """Simulate a new migration and check a consistent backup appears before it runs."""
    from coprod_desktop.store import migrations as m

    copy = tmp_path / "old.db"
    shutil.copy(SAVED[-1], copy)

    seen_backups = []

    @m.migrations(name="9000_test_only")
    def _add_column(db):
        seen_backups.extend(list_backups(copy))
        db.execute("ALTER TABLE meetings ADD COLUMN colour TEXT")

    monkeypatch.setattr(m, "KNOWN", [*m.KNOWN, "9000_test_only"])
    monkeypatch.setattr("coprod_desktop.store.database.KNOWN", m.KNOWN)
    try:
        open_store(copy).close()
    finally:
        m.migrations._migrations.pop()
    assert len(seen_backups) == 1
    backup = sqlite3.connect(seen_backups[0])
    assert backup.execute("SELECT count(*) FROM contributions WHERE withdrawn_at IS NULL").fetchone()[0] == 15
    columns = [row[1] for row in backup.execute("PRAGMA table_info(meetings)")]
    backup.close()
    assert "colour" not in columns  # the backup is the database as it was before


def test_0004_keeps_photo_consent_history_in_order_and_adds_profiles(tmp_path):
    """0004 rebuilds consent_events to allow a second kind: earlier events, and their order, survive."""
    copy = tmp_path / "schema-0003.db"
    shutil.copy(DATA / "schema-0003.db", copy)
    old = sqlite3.connect(copy)
    sam = old.execute("SELECT id FROM people WHERE full_name = 'Sam Okafor'").fetchone()[0]
    # Two events in the same microsecond: only rowid keeps their order.
    old.executemany(
        "INSERT INTO consent_events (id, person_id, kind, given, at, note) VALUES (?, ?, 'photo', ?, ?, ?)",
        [
            ("e1", sam, 1, "2026-11-26T10:00:00.000000Z", "Agreed"),
            ("e2", sam, 0, "2026-11-26T10:00:00.000000Z", "Changed their mind"),
        ],
    )
    old.execute("UPDATE people SET photo_consent = 0, speech_rate = 100 WHERE id = ?", (sam,))
    old.commit()
    old.close()

    with open_store(copy) as store:
        history = store.photos.history(sam)
        assert [(e.given, e.note) for e in history] == [(True, "Agreed"), (False, "Changed their mind")]
        assert store.photos.consent(sam) is False
        # Nobody had a profile or consent to share one; their reading speed from 0002 is part of it.
        assert store.profiles.get(sam).speech_rate == 100
        assert store.profiles.share_consent(sam) is False
        store.profiles.set_share_consent(sam, True, "Agreed to share")
        assert [e.kind for e in store.profiles.share_history(sam)] == ["profile_share"]
        assert len(store.photos.history(sam)) == 2  # the kinds stay apart
        indexes = [row[1] for row in store.db.execute("PRAGMA index_list(consent_events)").fetchall()]
        assert "consent_events_by_person" in indexes


def test_saved_0004_database_keeps_profiles_and_share_consent(tmp_path):
    copy = tmp_path / "schema-0004.db"
    shutil.copy(DATA / "schema-0004.db", copy)
    with open_store(copy) as store:
        [meeting] = store.meetings.all()
        by_name = {a.person.full_name: a.person_id for a in store.people.attendees(meeting.id)}
        dot = store.profiles.get(by_name["Dorothy Ellis"])
        assert dot.flags() == ("Easy Read", "Large print", "Slower speech", "Large cards", "See notes")
        assert dot.preferred_name == "Dot" and dot.notes == "Needs a break every 30 minutes."
        assert store.profiles.share_consent(by_name["Dorothy Ellis"]) is True
        assert store.profiles.get(by_name["Ahmed Karim"]).flags() == ("BSL", "Switch")
        assert store.profiles.get(by_name["Sam Okafor"]).is_empty


def test_saved_0005_database_keeps_which_cards_show_which_people(tmp_path):
    copy = tmp_path / "schema-0005.db"
    shutil.copy(DATA / "schema-0005.db", copy)
    with open_store(copy) as store:
        [meeting] = store.meetings.all()
        person = store.people.attendees(meeting.id)[0].person_id
        [card_id] = store.photos.cards_showing(person)
        assert store.cards.get(card_id).label == "Our garden"
        store.photos.set_consent(person, False)
        assert store.imported_cards.picture(card_id)[1] == "image/png"


def test_saved_0006_database_keeps_the_room_records(tmp_path):
    """schema-0006.db: schema-0005.db opened by 0006, then the first contribution confirmed and
    agreed with by Priya and Dot, the fifth supported by Jo (interpreter), Priya passing on the
    second prompt, and a sixteenth contribution ("I feel sick of the noisy bus") withdrawn."""
    copy = tmp_path / "schema-0006.db"
    shutil.copy(DATA / "schema-0006.db", copy)
    assert b"noisy bus" not in copy.read_bytes()  # withdrawn words were erased before it was saved
    with open_store(copy) as store:
        [meeting] = store.meetings.all()
        names = {a.person_id: a.person.full_name for a in store.people.attendees(meeting.id)}
        said = store.contributions.for_meeting(meeting.id)
        assert said[0].is_confirmed and [names[p] for p in said[0].agreed_by] == ["Priya Shah", "Dorothy Ellis"]
        assert (said[4].support.role, said[4].support.name) == ("interpreter", "Jo")
        second = store.prompts.for_meeting(meeting.id)[1]
        assert [names[p.person_id] for p in store.passes.for_prompt(second.id)] == ["Priya Shah"]
        [withdrawn] = store.contributions.withdrawn(meeting.id)
        assert withdrawn.text == "" and withdrawn.card_ids == () and names[withdrawn.person_id] == "Tomasz Nowak"


BEFORE_ROOM_RECORDS = [p for p in SAVED if p.stem < "schema-0006"]


@pytest.mark.parametrize("saved", BEFORE_ROOM_RECORDS, ids=lambda p: p.stem)
def test_older_databases_take_room_records_after_the_upgrade(saved, tmp_path):
    """0006 on every older file: contributions start unconfirmed, unsupported and standing, and
    the new records can be written to them."""
    copy = tmp_path / saved.name
    shutil.copy(saved, copy)
    with open_store(copy) as store:
        [meeting] = store.meetings.all()
        said = store.contributions.for_meeting(meeting.id)
        assert len(said) == 15
        assert not any(c.is_confirmed or c.support or c.agreed_by or c.is_withdrawn for c in said)
        other = next(a.person_id for a in store.people.attendees(meeting.id) if a.person_id != said[0].person_id)
        store.agreements.add(said[0].id, other)
        store.contributions.withdraw(said[1].id)
        assert store.contributions.count(meeting.id) == 14


def test_saved_0007_database_keeps_the_meeting_details_and_organisation(tmp_path):
    """schema-0007.db: schema-0006.db opened by 0007, then the meeting's details set (purpose,
    two decisions, one next step, next meeting, contact, 14:00 to 15:30) and the organisation."""
    copy = tmp_path / "schema-0007.db"
    shutil.copy(DATA / "schema-0007.db", copy)
    with open_store(copy) as store:
        [meeting] = store.meetings.all()
        details = store.meeting_details.get(meeting.id)
        assert details.decisions == ("Ask for more trips out.", "Keep the quiet room.")
        assert details.next_steps == ("Dana writes to the manager.",)
        assert (details.starts_at, details.ends_at, details.minutes) == ("14:00", "15:30", 90)
        assert store.settings.organisation() == "Riverside Day Centre"


@pytest.mark.parametrize("saved", [p for p in SAVED if p.stem < "schema-0007"], ids=lambda p: p.stem)
def test_older_databases_have_no_details_until_they_are_set(saved, tmp_path):
    copy = tmp_path / saved.name
    shutil.copy(saved, copy)
    with open_store(copy) as store:
        [meeting] = store.meetings.all()
        assert store.meeting_details.get(meeting.id).purpose == ""
        assert store.settings.organisation() == ""


@pytest.mark.parametrize("saved", SAVED, ids=lambda p: p.stem)
def test_every_saved_database_can_be_searched_after_the_upgrade(saved, tmp_path):
    """0008 fills the search index from the rows already there (and schema-0008.db is schema-0007.db
    opened by 0008): the demo's words and card labels are found, credited as each person chose."""
    copy = tmp_path / saved.name
    shutil.copy(saved, copy)
    with open_store(copy) as store:
        [meeting] = store.meetings.all()
        [bus] = store.search.search("bus")
        assert bus.snippet == "The bus is late a lot." and bus.meeting_id == meeting.id
        assert bus.prompt_text == "How do you get to the day centre?"
        credited = {a.person_id: a.credited_as for a in store.people.attendees(meeting.id)}
        said = {c.id: c.person_id for c in store.contributions.for_meeting(meeting.id)}
        assert bus.credited_as == credited[said[bus.contribution_id]]
        assert [h.snippet for h in store.search.search("GARDEN")] == ["Gardening outside in summer."]
        assert len(store.search.search("the")) == 5
        music = store.search.search("music")
        assert len(music) == 1 and "music afternoon" in music[0].snippet
        # Every standing contribution is in the index, nothing more (withdrawn words are not).
        indexed = store.db.execute("SELECT count(*) FROM contribution_search").fetchone()[0]
        assert indexed == store.contributions.count(meeting.id) == 15
    if saved.stem >= "schema-0006":
        assert b"noisy bus" not in copy.read_bytes()


def test_saved_0009_database_keeps_consent_purposes_roles_and_expenses(tmp_path):
    """schema-0009.db: schema-0008.db opened by 0009, then Ahmed's quotes consent taken back and his
    naming agreed as initials (each with how and what he was told), his role, minutes and
    recognition set, and an expense of 12.5 miles added."""
    copy = tmp_path / "schema-0009.db"
    shutil.copy(DATA / "schema-0009.db", copy)
    store = open_store(copy)
    try:
        ahmed = next(p for p in store.people.everyone() if p.full_name == "Ahmed Karim")
        state = consent_state(store.db, ahmed.id)
        assert state is not None and state.quotes is False and state.naming == "initials" and state.take_home
        events = consent_history(store.db, ahmed.id)
        assert [(e.kind, e.given, e.detail, e.how) for e in events] == [
            ("quotes", False, "", "in_person"),
            ("credit", True, "initials", "easy_read_form"),
        ]
        assert events[0].told == "Reports go to the board."
        sql = "SELECT meeting_id FROM attendance WHERE person_id = ?"
        meeting_id = store.db.execute(sql, (ahmed.id,)).fetchone()[0]
        attendee = store.people.attendee(meeting_id, ahmed.id)
        assert (attendee.role, attendee.minutes) == ("co_facilitator", 45)
        assert store.db.execute("SELECT kind, miles FROM expenses").fetchall() == [("mileage", 12.5)]
    finally:
        store.close()


@pytest.mark.parametrize("saved", [p for p in SAVED if p.stem < "schema-0009"], ids=lambda p: p.stem)
def test_older_databases_keep_their_consent_history_and_default_to_yes_for_new_purposes(saved, tmp_path):
    copy = tmp_path / saved.name
    shutil.copy(saved, copy)
    before = sqlite3.connect(copy)
    try:
        old_events = before.execute("SELECT id, kind, given, at FROM consent_events ORDER BY at, rowid").fetchall()
    except sqlite3.OperationalError:  # before 0003 there was no consent history
        old_events = []
    before.close()
    store = open_store(copy)
    try:
        events = store.db.execute("SELECT id, kind, given, at FROM consent_events ORDER BY at, rowid").fetchall()
        assert events == old_events
        for person in store.people.everyone():
            state = consent_state(store.db, person.id)
            assert state.take_home and state.quotes and state.naming is None
    finally:
        store.close()
