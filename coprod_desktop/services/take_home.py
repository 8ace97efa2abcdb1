"""A person's own take-home text: what they said in a meeting, in plain short sentences.

Used for the audio they can take home now (and the Easy Read sheet later). Only their own words
and pictures, credited as they chose.
"""

from ..domain.dates import readable_date
from ..store import Store
from .catalogue import CardCatalogue


def person_take_home_text(store: Store, meeting_id: str, person_id: str, catalogue: CardCatalogue) -> str:
    """Their contributions, prompt by prompt, as text to read aloud. Raises NotFound for unknown ids."""
    meeting = store.meetings.get(meeting_id)
    attendee = store.people.attendee(meeting_id, person_id)
    name = attendee.credited_as
    prompts = {p.id: p for p in store.prompts.for_meeting(meeting_id)}
    theirs = [c for c in store.contributions.for_meeting(meeting_id) if c.person_id == person_id]
    lines = [f"{meeting.title}.", f"{readable_date(meeting.date)}.", f"This is what {name} said."]
    if not theirs:
        lines.append(f"{name} did not add anything this time. Thank you for coming.")
    for contribution in theirs:
        prompt = prompts.get(contribution.prompt_id)
        if prompt is not None:
            lines.append(f"The question was: {prompt.text}")
        if contribution.text:
            lines.append(f"{name} said: {contribution.text}")
        if contribution.card_ids:
            labels = [_label(store, catalogue, card_id) for card_id in contribution.card_ids]
            lines.append(f"{name} chose the pictures: {', '.join(labels)}.")
    lines.append(f"Thank you, {name}.")
    return "\n".join(lines)


def _label(store: Store, catalogue: CardCatalogue, card_id: str) -> str:
    if card_id in catalogue:
        return catalogue.get(card_id).label
    return store.cards.get(card_id).label
