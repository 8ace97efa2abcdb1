"""A person's own take-home: what they said in a meeting, in plain short sentences, in the formats
they need.

person_take_home_text() gives the text: used for the audio they can take home now (and the Easy
Read sheet later). Only their own words and pictures, credited as they chose, in their language
(their communication profile's, else the meeting's): the fixed sentences, the date and the card
labels come from the content translations (services/translations.py); their own words stay as
they were said. take_home_format() says which formats to make for them and how, from their
profile: an Easy Read sheet, large print, audio in their language, at their speed, in their voice.
"""

from dataclasses import dataclass

from ..domain.models import Card, Meeting, Person
from ..domain.profile import CommunicationProfile, Format
from ..store import Store
from .catalogue import CardCatalogue
from .speech.settings import VoiceSettings, language_name
from .translations import ContentTranslations
from .voice_choice import voice_for

# Body text of a printed sheet: the Easy Read size every sheet uses (pdf_page.BODY_SIZE), and a
# larger one for large print (RNIB clear-print guidance puts large print at 16 pt and over; our
# standard is already 16, so large print goes a clear step up).
STANDARD_BODY_POINT_SIZE = 16
LARGE_PRINT_BODY_POINT_SIZE = 20


@dataclass(frozen=True)
class TakeHomeFormat:
    """Which take-home formats to make for one person, and how.

    easy_read_pdf: a printed Easy Read sheet (pictures beside short sentences). large_print: the
    printed sheet in large print (body_point_size says how large). audio: a sound file of their
    words, read with *voice* (their language, speed and voice); the text is in voice.language.
    addressed_as: the name to call them by on their own sheet and audio.
    """

    easy_read_pdf: bool
    large_print: bool
    audio: bool
    body_point_size: int
    voice: VoiceSettings
    addressed_as: str

    @property
    def printed(self) -> bool:
        """Whether any printed sheet is wanted."""
        return self.easy_read_pdf or self.large_print

    def describe(self) -> str:
        """The formats in one plain line for the facilitator, e.g. "Easy Read sheet in large print, audio in Polish"."""
        parts = []
        if self.printed:
            sheet = "Easy Read sheet" if self.easy_read_pdf else "Printed sheet"
            parts.append(f"{sheet} in large print" if self.large_print else sheet)
        if self.audio:
            parts.append(f"audio in {language_name(self.voice.language)}")
        text = ", ".join(parts)
        return text[:1].upper() + text[1:]


def format_for(meeting: Meeting, person: Person, profile: CommunicationProfile, credited_as: str) -> TakeHomeFormat:
    """The take-home formats for *person* from their *profile*.

    With no formats recorded they get the standard take-home: an Easy Read sheet at the usual
    size. With formats recorded they get exactly those: large print alone is a large-print sheet
    without the Easy Read layout, audio alone is audio with no sheet.
    """
    chosen = profile.formats
    large = Format.LARGE_PRINT in chosen
    return TakeHomeFormat(
        easy_read_pdf=Format.EASY_READ in chosen or not chosen,
        large_print=large,
        audio=Format.AUDIO in chosen,
        body_point_size=LARGE_PRINT_BODY_POINT_SIZE if large else STANDARD_BODY_POINT_SIZE,
        voice=voice_for(meeting, person, profile),
        addressed_as=profile.addressed_as(credited_as),
    )


def take_home_format(store: Store, meeting_id: str, person_id: str) -> TakeHomeFormat:
    """The take-home formats for the person in that meeting. Raises NotFound for unknown ids.

    Their profile shapes it on this laptop whatever their consent to share it: the take-home is
    theirs, and nothing here leaves the laptop.
    """
    meeting = store.meetings.get(meeting_id)
    attendee = store.people.attendee(meeting_id, person_id)
    return format_for(meeting, attendee.person, store.profiles.get(person_id), attendee.credited_as)


def person_take_home_text(store: Store, meeting_id: str, person_id: str, catalogue: CardCatalogue) -> str:
    """Their contributions, prompt by prompt, as text to read aloud. Raises NotFound for unknown ids.

    In their profile's language when they have one (the audio is read in it too), else the
    meeting's; the closing thanks uses the name they like to be called.
    """
    meeting = store.meetings.get(meeting_id)
    attendee = store.people.attendee(meeting_id, person_id)
    profile = store.profiles.get(person_id)
    words = ContentTranslations.for_language(profile.language or meeting.language)
    name = attendee.credited_as
    prompts = {p.id: p for p in store.prompts.for_meeting(meeting_id)}
    theirs = [c for c in store.contributions.for_meeting(meeting_id) if c.person_id == person_id]
    # Translators: the meeting's title, then its date, each read aloud as a sentence of its own.
    # Use your language's full stop (Urdu: "{text}۔").
    title, when = (words.fill("TakeHome", "{text}.", text=t) for t in (meeting.title, words.long_date(meeting.date)))
    lines = [
        title,
        when,
        # Translators: read aloud at the start of a person's take-home recording.
        words.fill("TakeHome", "This is what {name} said.", name=name),
    ]
    if not theirs:
        # Translators: read aloud to someone who took part without adding anything.
        lines.append(words.fill("TakeHome", "{name} did not add anything this time. Thank you for coming.", name=name))
    for contribution in theirs:
        prompt = prompts.get(contribution.prompt_id)
        if prompt is not None:
            lines.append(words.fill("TakeHome", "The question was: {question}", question=prompt.text))
        if contribution.text:
            lines.append(words.fill("TakeHome", "{name} said: {words}", name=name, words=contribution.text))
        if contribution.card_ids:
            labels = [words.card_label(_card(store, catalogue, card_id)) for card_id in contribution.card_ids]
            # Translators: put between the labels of the pictures someone chose.
            pictures = words.text("TakeHome", ", ").join(labels)
            # Translators: {pictures} is the labels of the picture cards they chose.
            lines.append(words.fill("TakeHome", "{name} chose the pictures: {pictures}.", name=name, pictures=pictures))
    # Translators: the last line of a person's take-home recording.
    lines.append(words.fill("TakeHome", "Thank you, {name}.", name=profile.addressed_as(name)))
    return "\n".join(lines)


def _card(store: Store, catalogue: CardCatalogue, card_id: str) -> Card:
    if card_id in catalogue:
        return catalogue.get(card_id)
    return store.cards.get(card_id)
