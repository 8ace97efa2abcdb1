"""Shared fixtures. The store fixture is a real SQLite file in a temporary folder: never a mock."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from coprod_desktop.services.catalogue import load_catalogue
from coprod_desktop.store import open_store


@pytest.fixture
def catalogue():
    return load_catalogue()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "meetings.db"


@pytest.fixture
def store(db_path, catalogue):
    """An open store on a fresh database file, with the built-in picture cards synced in."""
    s = open_store(db_path)
    s.cards.sync(catalogue.cards)
    yield s
    s.close()


@pytest.fixture
def meeting(store):
    """A small meeting: two people (one credited by a chosen name), one prompt with a card."""
    m = store.meetings.create("Planning the day centre", "2026-11-26", "Oak Room")
    sam = store.people.add_attendee(m.id, "Sam Brown", "first_name")
    ann = store.people.add_attendee(m.id, "Ann Lee", "chosen_name", "Star")
    prompt = store.prompts.add(m.id, "What is good about the day centre?", "feeling-good")
    return {"meeting": m, "sam": sam, "ann": ann, "prompt": prompt}
