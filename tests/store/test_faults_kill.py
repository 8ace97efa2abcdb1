"""A process that saves contributions and takes backups, killed (SIGKILL) at random moments.

After every kill: each contribution the child said was saved (it prints the id only once add()
has returned, i.e. after the commit) is in the database, the file passes integrity_check, and every
file under a backup's final name opens and passes integrity_check (a half-written backup only
ever exists under a hidden temporary name). The rounds are bounded in time (about 35 s).

Complements tests/store/test_backup_checked.py (a backup alone, killed part way) and
tests/store/test_opening_checks.py (a writer killed after its commits, the log kept or lost).
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from coprod_desktop.store import open_store
from coprod_desktop.store.backup import backup_folder, list_backups

ROUNDS = 30
TIME_BUDGET = 35.0  # seconds for all the rounds together

# As the app does: each add() commits before it returns, then the screen may show it (here: print).
# Backups as the app makes them beside the open writer (app/backups.make_backup, then rotation).
CHILD = r"""
import sys
from pathlib import Path
from coprod_desktop.app.backups import make_backup
from coprod_desktop.store import open_store

db = Path(sys.argv[1])
store = open_store(db)
meeting = store.meetings.all()[0]
person = store.people.attendees(meeting.id)[0]
print("ready", flush=True)
n = 0
while True:
    c = store.contributions.add(meeting.id, person.person_id, "Said " + str(n) + " " + "x" * 400)
    print(c.id, flush=True)
    n += 1
    if n % 7 == 0:
        make_backup(db, "now", beside_writer=True)
        print("backup", flush=True)
"""


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _saved_ids(db: Path) -> set[str]:
    with open_store(db) as store:  # the writer's way in: reclaims the dead child's lock
        return {row[0] for row in store.db.execute("SELECT id FROM contributions").fetchall()}


def test_killed_at_random_moments_loses_nothing_acknowledged_and_leaves_only_whole_backups(db_path):
    with open_store(db_path) as store:
        meeting = store.meetings.create("Day centre", "2026-11-26")
        store.people.add_attendee(meeting.id, "Sam Brown", "first_name")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    rng = random.Random(20261203)
    acknowledged: set[str] = set()
    backups_seen = 0
    rounds = 0
    started = time.monotonic()
    while rounds < ROUNDS and time.monotonic() - started < TIME_BUDGET:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
        try:
            assert child.stdout.readline().strip() == b"ready", child.stderr.read().decode()[-2000:]
            time.sleep(rng.uniform(0.0, 0.4))
            child.send_signal(signal.SIGKILL)
            out, err = child.communicate(timeout=10)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        assert child.returncode == -signal.SIGKILL, err.decode()[-2000:]  # it was still working
        lines = out.decode().split()
        # A line cut off by the kill is not a whole id: only complete lines were acknowledged.
        whole = lines if out.endswith(b"\n") else lines[:-1]
        acknowledged |= {line for line in whole if line not in ("backup",)}
        rounds += 1

        assert _integrity(db_path) == "ok", f"round {rounds}"
        missing = acknowledged - _saved_ids(db_path)
        assert not missing, f"round {rounds}: {len(missing)} acknowledged contributions lost"
        for backup in list_backups(db_path):
            assert _integrity(backup) == "ok", f"round {rounds}: {backup.name} is not whole"
        backups_seen = max(backups_seen, len(list_backups(db_path)))
        # Anything else in the backups folder is a hidden temporary file, never listed as a backup.
        folder = backup_folder(db_path)
        if folder.is_dir():
            listed = set(list_backups(db_path))
            assert all(p.name.startswith(".") for p in folder.iterdir() if p not in listed)

    assert rounds >= 10, f"only {rounds} rounds in the time budget"
    assert len(acknowledged) > rounds  # the kills landed while it was saving
    assert backups_seen > 0  # ...and while it was backing up
