"""Who has been heard: on this prompt and across the meeting, so nobody is left out.

The room shows it gently (each person's tile says whether they have spoken on this prompt; nobody is
shown as behind), and the facilitator can invite the next person not yet heard with one key. A
person who said "not now" (a pass) counts as heard for inviting: they were asked and chose, and
asking again at once would be pressure; their pass is recorded, never shown as a failure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Heard:
    """Who spoke, who passed and who has not yet been heard, in the order of the people's tiles."""

    spoke: tuple[str, ...]
    passed: tuple[str, ...]
    waiting: tuple[str, ...]

    def is_heard(self, person_id: str) -> bool:
        return person_id in self.spoke or person_id in self.passed


def who_was_heard(people: Sequence[str], speakers: Iterable[str], passes: Iterable[str] = ()) -> Heard:
    """Sort *people* (tile order) by whether they spoke (*speakers*: the person of each contribution
    still standing, withdrawn ones left out by the caller) or passed; someone who spoke and passed
    counts as having spoken."""
    spoke_set, passed_set = set(speakers), set(passes)
    spoke = tuple(p for p in people if p in spoke_set)
    passed = tuple(p for p in people if p in passed_set and p not in spoke_set)
    waiting = tuple(p for p in people if p not in spoke_set and p not in passed_set)
    return Heard(spoke, passed, waiting)


def next_to_invite(heard: Heard, people: Sequence[str], after: str | None = None) -> str | None:
    """The next person not yet heard, going round the tiles from *after* (the last person invited or
    speaking), so invitations go round the room rather than always starting at the first tile."""
    if not heard.waiting:
        return None
    start = people.index(after) + 1 if after in people else 0
    for person_id in [*people[start:], *people[:start]]:
        if person_id in heard.waiting:
            return person_id
    return None
