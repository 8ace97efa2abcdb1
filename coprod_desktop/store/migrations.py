"""Numbered schema migrations.

Each migration runs in its own transaction (sqlite-utils' Migrations does that and records it).
Names start with a four-digit number; a database that has applied a name we do not know was written
by a newer CoProd Desktop and is refused rather than guessed at.

Never edit a migration that has shipped: add a new one. tests/store/test_migrations.py opens a
saved database from every past schema version.
"""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

# "CoPr": marks the file as ours in SQLite's header (PRAGMA application_id), so a foreign SQLite
# file is recognised before we read a single table.
APPLICATION_ID = 0x436F5072

migrations = Migrations("coprod")
KNOWN: list[str] = []


def _migration(name: str):
    """Register a migration under *name* and remember the name, in order."""
    KNOWN.append(name)
    return migrations(name=name)


@_migration("0001_initial")
def _initial(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in _INITIAL_SCHEMA.split(";\n"):
        if statement.strip():
            db.execute(statement)


@_migration("0002_speech_preferences")
def _speech_preferences(db: Database) -> None:
    # The meeting's language picks the reading voice; speed and volume have meeting defaults, and a
    # person may have their own (NULL: use the meeting's).
    for statement in (
        "ALTER TABLE meetings ADD COLUMN language TEXT NOT NULL DEFAULT 'en'",
        "ALTER TABLE meetings ADD COLUMN speech_rate INTEGER NOT NULL DEFAULT 160"
        " CHECK (speech_rate BETWEEN 80 AND 300)",
        "ALTER TABLE meetings ADD COLUMN speech_volume REAL NOT NULL DEFAULT 1.0 CHECK (speech_volume BETWEEN 0 AND 1)",
        "ALTER TABLE people ADD COLUMN speech_rate INTEGER CHECK (speech_rate BETWEEN 80 AND 300)",
        "ALTER TABLE people ADD COLUMN speech_volume REAL CHECK (speech_volume BETWEEN 0 AND 1)",
    ):
        db.execute(statement)


@_migration("0003_cards_pictures_consent")
def _cards_pictures_consent(db: Database) -> None:
    for statement in _CARDS_PICTURES_CONSENT.split(";\n"):
        if statement.strip():
            db.execute(statement)


# Pictures people bring (imported cards, AAC boards, photos of people) are stored inside the
# database, so one file holds the whole meeting and its backups hold everything too.
_CARDS_PICTURES_CONSENT = """
ALTER TABLE cards ADD COLUMN synonyms TEXT NOT NULL DEFAULT '';
CREATE TABLE card_images (
    card_id TEXT PRIMARY KEY REFERENCES cards(id) ON DELETE CASCADE,
    media_type TEXT NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg')),
    data BLOB NOT NULL,
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    sha256 TEXT NOT NULL
);
CREATE INDEX card_images_by_hash ON card_images (sha256);
-- Which picture cards a meeting shows in the room: no category rows means every category.
CREATE TABLE meeting_card_categories (
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    PRIMARY KEY (meeting_id, category)
);
CREATE TABLE meeting_hidden_cards (
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, card_id)
);
ALTER TABLE people ADD COLUMN photo_consent INTEGER NOT NULL DEFAULT 0 CHECK (photo_consent IN (0, 1));
-- Consent has a history: every time it is given or taken back, with when and a note.
CREATE TABLE consent_events (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('photo')),
    given INTEGER NOT NULL CHECK (given IN (0, 1)),
    at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consent_events_by_person ON consent_events (person_id, at);
CREATE TABLE person_photos (
    person_id TEXT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    media_type TEXT NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg')),
    data BLOB NOT NULL,
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0)
)
"""


_INITIAL_SCHEMA = """
CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(title) > 0),
    date TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE people (
    id TEXT PRIMARY KEY,
    full_name TEXT NOT NULL CHECK (length(full_name) > 0),
    created_at TEXT NOT NULL
);
CREATE TABLE attendance (
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id),
    credit_style TEXT NOT NULL
        CHECK (credit_style IN ('full_name', 'first_name', 'initials', 'chosen_name')),
    chosen_name TEXT NOT NULL DEFAULT '',
    marker_colour TEXT NOT NULL,
    marker_shape TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, person_id)
);
CREATE TABLE cards (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    category TEXT NOT NULL,
    image TEXT NOT NULL,
    licence TEXT NOT NULL,
    author TEXT NOT NULL,
    source TEXT NOT NULL
);
CREATE TABLE prompts (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL CHECK (length(text) > 0),
    card_id TEXT REFERENCES cards(id)
);
CREATE INDEX prompts_by_meeting ON prompts (meeting_id, position);
CREATE TABLE contributions (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    prompt_id TEXT REFERENCES prompts(id) ON DELETE SET NULL,
    person_id TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    -- A contribution is always credited to someone taking part in that meeting.
    FOREIGN KEY (meeting_id, person_id) REFERENCES attendance(meeting_id, person_id)
);
CREATE INDEX contributions_by_meeting ON contributions (meeting_id, created_at);
CREATE INDEX contributions_by_person ON contributions (meeting_id, person_id);
CREATE TABLE contribution_cards (
    contribution_id TEXT NOT NULL REFERENCES contributions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    card_id TEXT NOT NULL REFERENCES cards(id),
    PRIMARY KEY (contribution_id, position)
)
"""


@_migration("0004_communication_profiles")
def _communication_profiles(db: Database) -> None:
    for statement in _COMMUNICATION_PROFILES.split(";\n"):
        if statement.strip():
            db.execute(statement)


# A person's communication profile (NHS Accessible Information Standard), one row per person who
# has one; their reading speed stays in people.speech_rate (0002), so there is one place for it.
# Sharing the profile outside this laptop needs consent: consent_events gains the kind
# 'profile_share' (SQLite cannot change a CHECK, so the table is rebuilt with its rows and rowids,
# keeping the order of events), and people mirrors the current answer as photo_consent does.
_COMMUNICATION_PROFILES = """
CREATE TABLE communication_profiles (
    person_id TEXT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    preferred_name TEXT NOT NULL DEFAULT '',
    easy_read INTEGER NOT NULL DEFAULT 0 CHECK (easy_read IN (0, 1)),
    large_print INTEGER NOT NULL DEFAULT 0 CHECK (large_print IN (0, 1)),
    audio INTEGER NOT NULL DEFAULT 0 CHECK (audio IN (0, 1)),
    -- NULL: the meeting's language.
    language TEXT,
    interpreter TEXT NOT NULL DEFAULT 'none' CHECK (interpreter IN ('none', 'spoken', 'bsl')),
    interpreter_language TEXT NOT NULL DEFAULT '',
    -- NULL: no particular way.
    access_method TEXT CHECK (access_method IN ('touch', 'keyboard', 'switch')),
    switch_mode TEXT NOT NULL DEFAULT 'one_switch' CHECK (switch_mode IN ('one_switch', 'two_switch')),
    switch_step_seconds REAL NOT NULL DEFAULT 2 CHECK (switch_step_seconds BETWEEN 0.5 AND 10),
    switch_hold_seconds REAL NOT NULL DEFAULT 0 CHECK (switch_hold_seconds BETWEEN 0 AND 5),
    -- NULL: a voice chosen from the language.
    voice TEXT,
    card_size TEXT NOT NULL DEFAULT 'normal' CHECK (card_size IN ('normal', 'large', 'extra_large')),
    notes TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
ALTER TABLE people ADD COLUMN profile_share_consent INTEGER NOT NULL DEFAULT 0
    CHECK (profile_share_consent IN (0, 1));
CREATE TABLE consent_events_0004 (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('photo', 'profile_share')),
    given INTEGER NOT NULL CHECK (given IN (0, 1)),
    at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
INSERT INTO consent_events_0004 (rowid, id, person_id, kind, given, at, note)
    SELECT rowid, id, person_id, kind, given, at, note FROM consent_events;
DROP TABLE consent_events;
ALTER TABLE consent_events_0004 RENAME TO consent_events;
CREATE INDEX consent_events_by_person ON consent_events (person_id, at)
"""


@_migration("0005_cards_showing_people")
def _cards_showing_people(db: Database) -> None:
    # Which brought-in cards are photos of which people: taking photo consent back must take their
    # face off those cards too, not only off their tile.
    db.execute(
        "CREATE TABLE card_people ("
        " card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,"
        " person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
        " PRIMARY KEY (card_id, person_id))"
    )
    db.execute("CREATE INDEX card_people_by_person ON card_people (person_id)")


@_migration("0006_room_records")
def _room_records(db: Database) -> None:
    for statement in _ROOM_RECORDS.split(";\n"):
        if statement.strip():
            db.execute(statement)


# What the room records beyond the words: a contribution confirmed by its speaker ("yes, that's
# right"), who supported them to make it, and whether they withdrew it (then only that it was
# withdrawn, and when, is kept: the words, cards, support and confirmation are erased, which the
# CHECK holds to); who agrees with a contribution; who said "not now" on a prompt. Agreements and
# passes belong to a person's taking part in a meeting, so taking them off the meeting removes them.
_ROOM_RECORDS = """
ALTER TABLE contributions ADD COLUMN confirmed_at TEXT;
ALTER TABLE contributions ADD COLUMN support_role TEXT
    CHECK (support_role IN ('supporter', 'advocate', 'interpreter'));
ALTER TABLE contributions ADD COLUMN support_name TEXT NOT NULL DEFAULT ''
    CHECK (support_role IS NOT NULL OR support_name = '');
ALTER TABLE contributions ADD COLUMN withdrawn_at TEXT
    CHECK (withdrawn_at IS NULL OR (text = '' AND confirmed_at IS NULL AND support_role IS NULL));
CREATE TABLE agreements (
    contribution_id TEXT NOT NULL REFERENCES contributions(id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (contribution_id, person_id),
    FOREIGN KEY (meeting_id, person_id) REFERENCES attendance(meeting_id, person_id) ON DELETE CASCADE
);
CREATE INDEX agreements_by_meeting ON agreements (meeting_id);
CREATE INDEX agreements_by_person ON agreements (meeting_id, person_id);
CREATE TABLE passes (
    prompt_id TEXT NOT NULL REFERENCES prompts(id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (prompt_id, person_id),
    FOREIGN KEY (meeting_id, person_id) REFERENCES attendance(meeting_id, person_id) ON DELETE CASCADE
);
CREATE INDEX passes_by_meeting ON passes (meeting_id, person_id)
"""


@_migration("0007_meeting_details")
def _meeting_details(db: Database) -> None:
    for statement in _MEETING_DETAILS.split(";\n"):
        if statement.strip():
            db.execute(statement)


# What the take-home sheets say around the contributions, set with the meeting (one row per meeting
# that has any; lists are JSON arrays of short sentences), and the laptop's own settings that print
# and export need without the window (the organisation's name is the author of every document).
_MEETING_DETAILS = """
CREATE TABLE meeting_details (
    meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL DEFAULT '',
    decisions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(decisions)),
    next_steps TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(next_steps)),
    next_meeting TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    starts_at TEXT NOT NULL DEFAULT '',
    ends_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)
"""


@_migration("0008_contribution_search")
def _contribution_search(db: Database) -> None:
    for statement in _CONTRIBUTION_SEARCH:
        db.execute(statement)


# Full-text search over what was said in every meeting: the words of each contribution and the
# labels of the cards chosen with them, in an FTS5 table kept in step by triggers. It has its own
# content, holding the contribution's id, so a search never depends on rowids; each index row is
# given its contribution's rowid, so the triggers find it at once rather than by reading the whole
# index (half a second to delete a meeting of 500 contributions among 5,000). VACUUM may renumber
# the contributions: then the id no longer matches at that rowid, and the row is looked up by id.
# unicode61 with remove_diacritics 2 folds case and accents in any script, so "cafe" finds "café",
# and Arabic, Urdu, Welsh and Polish words are words.
# Withdrawn, corrected or deleted words must not stay findable, nor in the file: FTS5 (before
# SQLite 3.42's secure-delete option) only marks a deleted row's words and keeps them in older index
# segments until they are merged, so each of those merges the index ('optimize': a few ms for
# thousands of rows) and secure_delete zeroes the freed pages. A meeting deleted whole merges once,
# after its contributions have gone, rather than once per contribution or card.
# (Trigger bodies hold semicolons, so the statements are listed rather than split from one text.)
_CARDS_OF = (
    "SELECT group_concat(label, ' ') FROM (SELECT k.label AS label FROM contribution_cards cc"
    " JOIN cards k ON k.id = cc.card_id WHERE cc.contribution_id = {c}.id ORDER BY cc.position)"
)
# The index row of contribution {c} (new or old): at its rowid when the id matches there.
_ROW_OF = (
    "CASE WHEN (SELECT contribution_id FROM contribution_search WHERE rowid = {c}.rowid) IS {c}.id"
    " THEN {c}.rowid ELSE (SELECT rowid FROM contribution_search WHERE contribution_id = {c}.id) END"
)
# Cards belong to contribution {c}.contribution_id: the same, one step away.
_ROW_OF_CARDS = (
    "(SELECT CASE WHEN (SELECT contribution_id FROM contribution_search WHERE rowid = c.rowid) IS c.id"
    " THEN c.rowid ELSE (SELECT rowid FROM contribution_search WHERE contribution_id = c.id) END"
    " FROM contributions c WHERE c.id = {c}.contribution_id)"
)
_CARDS_FOR = (
    "SELECT group_concat(label, ' ') FROM (SELECT k.label AS label FROM contribution_cards cc"
    " JOIN cards k ON k.id = cc.card_id WHERE cc.contribution_id = {c}.contribution_id ORDER BY cc.position)"
)
_STILL_THERE = "EXISTS (SELECT 1 FROM contributions c JOIN meetings m ON m.id = c.meeting_id WHERE c.id = {id})"
_CONTRIBUTION_SEARCH = (
    "CREATE VIRTUAL TABLE contribution_search USING fts5("
    " contribution_id UNINDEXED, words, cards, tokenize = 'unicode61 remove_diacritics 2')",
    "INSERT INTO contribution_search (rowid, contribution_id, words, cards)"
    f" SELECT c.rowid, c.id, c.text, coalesce(({_CARDS_OF.format(c='c')}), '')"
    " FROM contributions c WHERE c.withdrawn_at IS NULL",
    "CREATE TRIGGER contribution_search_added AFTER INSERT ON contributions BEGIN"
    " INSERT INTO contribution_search (rowid, contribution_id, words, cards) VALUES ("
    " CASE WHEN EXISTS (SELECT 1 FROM contribution_search WHERE rowid = new.rowid) THEN NULL"
    " ELSE new.rowid END, new.id, new.text, '');"
    " END",
    "CREATE TRIGGER contribution_search_changed AFTER UPDATE OF text ON contributions"
    " WHEN new.text IS NOT old.text BEGIN"
    f" UPDATE contribution_search SET words = new.text WHERE rowid = {_ROW_OF.format(c='new')};"
    " INSERT INTO contribution_search (contribution_search) VALUES ('optimize');"
    " END",
    "CREATE TRIGGER contribution_search_removed AFTER DELETE ON contributions BEGIN"
    f" DELETE FROM contribution_search WHERE rowid = {_ROW_OF.format(c='old')};"
    " INSERT INTO contribution_search (contribution_search) SELECT 'optimize'"
    " WHERE EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id);"
    " END",
    "CREATE TRIGGER contribution_search_meeting_removed AFTER DELETE ON meetings BEGIN"
    " INSERT INTO contribution_search (contribution_search) VALUES ('optimize');"
    " END",
    "CREATE TRIGGER contribution_search_card_added AFTER INSERT ON contribution_cards BEGIN"
    f" UPDATE contribution_search SET cards = coalesce(({_CARDS_FOR.format(c='new')}), '')"
    f" WHERE rowid = {_ROW_OF_CARDS.format(c='new')};"
    " END",
    "CREATE TRIGGER contribution_search_card_removed AFTER DELETE ON contribution_cards BEGIN"
    f" UPDATE contribution_search SET cards = coalesce(({_CARDS_FOR.format(c='old')}), '')"
    f" WHERE rowid = {_ROW_OF_CARDS.format(c='old')};"
    " INSERT INTO contribution_search (contribution_search) SELECT 'optimize'"
    f" WHERE {_STILL_THERE.format(id='old.contribution_id')};"
    " END",
)


@_migration("0009_consent_and_involvement")
def _consent_and_involvement(db: Database) -> None:
    for statement in _CONSENT_AND_INVOLVEMENT.split(";\n"):
        if statement.strip():
            db.execute(statement)
    db.execute(_CARD_RENAMED)


# A card whose label changes (a new release renames a built-in card, upserted at start) is found by
# its new label: every contribution showing it is indexed again. Renames are rare, so the unindexed
# scan of the search table for those contributions costs nothing that matters.
_CARD_RENAMED = (
    "CREATE TRIGGER contribution_search_card_renamed AFTER UPDATE OF label ON cards"
    " WHEN new.label IS NOT old.label BEGIN"
    " UPDATE contribution_search SET cards = coalesce((SELECT group_concat(label, ' ') FROM ("
    " SELECT k.label AS label FROM contribution_cards cc JOIN cards k ON k.id = cc.card_id"
    " WHERE cc.contribution_id = contribution_search.contribution_id ORDER BY cc.position)), '')"
    " WHERE contribution_id IN (SELECT contribution_id FROM contribution_cards WHERE card_id = new.id);"
    " END"
)


# Consent for every purpose, each with its history: how each person is named (detail: the credit
# style they agreed to, or 'anonymous'), take-home documents made for them, quotes of their words
# in reports and exports, photos and sharing their profile. Each event also keeps how consent was
# asked and what the person was told. people mirrors the current answer: credit_consent is NULL
# until a naming choice is recorded (then each meeting's credit style applies, as before); take-home
# and quotes default to yes, as every existing meeting has been printed that way, and a person can
# say no at any time. anonymised_at marks a person anonymised to "former participant".
# Involvement across meetings: each attendance has a role and the minutes given (NULL: the whole
# meeting, from its times); each person their choice of recognition; expenses belong to a person's
# taking part in one meeting, in pence (mileage as miles, priced by the rate in settings).
_CONSENT_AND_INVOLVEMENT = """
CREATE TABLE consent_events_0009 (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('photo', 'profile_share', 'credit', 'take_home', 'quotes')),
    given INTEGER NOT NULL CHECK (given IN (0, 1)),
    detail TEXT NOT NULL DEFAULT '',
    how TEXT NOT NULL DEFAULT '',
    told TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
INSERT INTO consent_events_0009 (rowid, id, person_id, kind, given, at, note)
    SELECT rowid, id, person_id, kind, given, at, note FROM consent_events;
DROP TABLE consent_events;
ALTER TABLE consent_events_0009 RENAME TO consent_events;
CREATE INDEX consent_events_by_person ON consent_events (person_id, at);
ALTER TABLE people ADD COLUMN credit_consent TEXT
    CHECK (credit_consent IN ('full_name', 'first_name', 'initials', 'chosen_name', 'anonymous'));
ALTER TABLE people ADD COLUMN take_home_consent INTEGER NOT NULL DEFAULT 1 CHECK (take_home_consent IN (0, 1));
ALTER TABLE people ADD COLUMN quotes_consent INTEGER NOT NULL DEFAULT 1 CHECK (quotes_consent IN (0, 1));
ALTER TABLE people ADD COLUMN anonymised_at TEXT;
ALTER TABLE people ADD COLUMN recognition TEXT NOT NULL DEFAULT 'none'
    CHECK (recognition IN ('none', 'payment', 'voucher', 'volunteer'));
ALTER TABLE attendance ADD COLUMN role TEXT NOT NULL DEFAULT 'participant'
    CHECK (role IN ('participant', 'co_facilitator', 'expert_by_experience', 'supporter', 'observer'));
ALTER TABLE attendance ADD COLUMN minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 0 AND 1440);
CREATE TABLE expenses (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('mileage', 'fare', 'parking', 'care', 'other')),
    miles REAL NOT NULL DEFAULT 0 CHECK (miles >= 0 AND miles <= 10000),
    pence INTEGER NOT NULL DEFAULT 0 CHECK (pence >= 0 AND pence <= 10000000),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    FOREIGN KEY (meeting_id, person_id) REFERENCES attendance(meeting_id, person_id) ON DELETE CASCADE
);
CREATE INDEX expenses_by_person ON expenses (person_id, meeting_id)
"""
