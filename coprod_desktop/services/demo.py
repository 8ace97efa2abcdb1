"""A sample meeting, so a new user sees the app working before they set up their own."""

from dataclasses import replace
from datetime import date

from ..domain.credit import CreditStyle
from ..domain.models import Meeting, MeetingDetails
from ..store import Store

_PEOPLE = [
    ("Sam Okafor", CreditStyle.FIRST_NAME, ""),
    ("Priya Shah", CreditStyle.FULL_NAME, ""),
    ("Gwen Morgan", CreditStyle.CHOSEN_NAME, "Gwen M"),
    ("Tomasz Nowak", CreditStyle.INITIALS, ""),
    ("Dorothy Ellis", CreditStyle.CHOSEN_NAME, "Dot"),
    ("Ahmed Karim", CreditStyle.FIRST_NAME, ""),
]

_PROMPTS = [
    ("How do you feel about the day centre?", "feeling-good"),
    ("How do you get to the day centre?", "topic-transport"),
    ("What should we do more of?", "response-idea"),
]

# (person index, prompt index, words, cards)
_CONTRIBUTIONS = [
    (0, 0, "I like coming here. The staff are kind.", ["feeling-good", "topic-staff"]),
    (1, 0, "Good most days, but it is noisy at lunch.", ["feeling-not-sure", "topic-food"]),
    (2, 0, "", ["feeling-good"]),
    (3, 0, "I miss my friends when the centre is shut.", ["feeling-not-good", "topic-friends"]),
    (4, 0, "Lovely people.", ["feeling-good", "topic-friends"]),
    (5, 0, "", ["feeling-not-sure"]),
    (0, 1, "The bus is late a lot.", ["topic-transport", "feeling-not-good"]),
    (2, 1, "My sister drives me.", ["topic-family"]),
    (4, 1, "The minibus is good, the driver helps me.", ["topic-transport", "feeling-good"]),
    (5, 1, "I worry about the cost of taxis.", ["response-worried", "topic-money"]),
    (1, 2, "More cooking sessions, please.", ["response-idea", "topic-food"]),
    (3, 2, "Gardening outside in summer.", ["response-idea", "topic-activities"]),
    (0, 2, "", ["response-agree"]),
    (4, 2, "A music afternoon. Thank you for asking us.", ["topic-activities", "response-thank-you"]),
    (5, 2, "Help with money and bills.", ["topic-money", "response-question"]),
]


DEMO_TITLE = "Our day centre: what works, what could be better"
# What the take-home sheets say around the contributions (set in the meeting's details).
_DETAILS = MeetingDetails(
    meeting_id="",
    purpose="To hear what works at the day centre, and what could be better.",
    decisions=("Ask for the minibus to come on time.", "Keep Friday music."),
    next_steps=("Jo will write to the manager about the bus.", "We will try a quiet table at lunch."),
    next_meeting="Thursday next month, 2pm, in the Oak Room.",
    contact="Jo, the day centre's co-production lead: 01632 960 123",
    starts_at="14:00",
    ends_at="15:30",
)


def create_demo_meeting(store: Store, on: date | None = None) -> Meeting:
    """Add a sample meeting with 6 people, 3 prompts and 15 credited contributions. Returns it."""
    with store.transaction():
        return _add_demo(store, on)


def _add_demo(store: Store, on: date | None) -> Meeting:
    meeting = store.meetings.create(DEMO_TITLE, (on or date.today()).isoformat(), "Oak Room")
    people = [store.people.add_attendee(meeting.id, name, style, chosen).person_id for name, style, chosen in _PEOPLE]
    prompts = [store.prompts.add(meeting.id, text, card).id for text, card in _PROMPTS]
    store.meeting_details.save(replace(_DETAILS, meeting_id=meeting.id))
    for who, prompt, words, cards in _CONTRIBUTIONS:
        store.contributions.add(meeting.id, people[who], words, cards, prompts[prompt])
    return meeting
