"""A person's record as an Easy Read document: what we hold about them, in their language.

Built from the same data as the JSON (services/person_record.py), so the two never disagree. In
their profile's language, else English. Sentences come from the content catalogue (context
"PersonRecord") and are short: one idea per line. Nobody else is named: their contributions show
their own words and cards, support by role only; what they agreed with is a count per meeting.
"""

from __future__ import annotations

from typing import Any

from ..person_record import OTHER_PERSON_PHOTO, PersonRecord
from ..translations import ContentTranslations, duration_words, translatable
from .facts import SUPPORT_ROLES
from .model import (
    EASY_READ_BODY_POINTS,
    LARGE_PRINT_BODY_POINTS,
    Block,
    Document,
    DocumentKind,
    Heading,
    Items,
    Line,
    Picture,
    Said,
)

# Translators: the purposes a person gives consent for, in their record ("Photos: yes").
CONSENT_KINDS = dict(
    zip(
        ("take_home", "quotes", "photo", "profile_share", "credit"),
        translatable(
            "PersonRecord",
            "Take-home sheets for you",
            "Your words in reports",
            "Photos of you",
            "Sharing your communication profile",
            "How you are named",
        ),
        strict=True,
    )
)
# Translators: how a person is named beside what they say, in their record.
NAMING = dict(
    zip(
        ("full_name", "first_name", "initials", "chosen_name", "anonymous"),
        translatable("PersonRecord", "full name", "first name", "initials", "a name you chose", "not named"),
        strict=True,
    )
)
# Translators: a person's role in a meeting, in their record.
ROLES = dict(
    zip(
        ("participant", "co_facilitator", "expert_by_experience", "supporter", "observer"),
        translatable("PersonRecord", "participant", "co-facilitator", "expert by experience", "supporter", "observer"),
        strict=True,
    )
)
# Translators: how a person chose to be thanked for taking part, in their record.
RECOGNITION = dict(
    zip(
        ("none", "payment", "voucher", "volunteer"),
        translatable("PersonRecord", "nothing chosen", "payment", "voucher", "as a volunteer"),
        strict=True,
    )
)
# Translators: kinds of expenses, in a person's record.
EXPENSE_KINDS = dict(
    zip(
        ("mileage", "fare", "parking", "care", "other"),
        translatable("PersonRecord", "mileage", "fare", "parking", "care", "other"),
        strict=True,
    )
)


def _day(words: ContentTranslations, stamp: str | None) -> str:
    """A date or a UTC time stamp as a date in words."""
    return words.long_date((stamp or "")[:10]) if stamp else ""


def build_person_record(record: PersonRecord) -> Document:
    """The readable record of the person in *record*."""
    words = ContentTranslations.for_language(record.language)
    data = record.data
    person = data["person"]
    profile = data.get("communication_profile") or {}
    # Translators: the title of the document listing everything held about one person.
    title = words.text("PersonRecord", "What we hold about you")
    blocks: list[Block] = [Heading(title, level=1)]
    blocks += _about_you(words, record)
    blocks += _consent(words, data["consent"])
    blocks += _meetings(words, data["meetings"])
    blocks += _what_you_said(words, record)
    blocks += _money(words, data["meetings"])
    # Translators: at the end of a person's record.
    blocks.append(Heading(words.text("PersonRecord", "What you can do")))
    # Translators: at the end of a person's record.
    blocks.append(Line(words.text("PersonRecord", "You can ask us to change anything here.")))
    # Translators: at the end of a person's record.
    blocks.append(Line(words.text("PersonRecord", "You can ask us to delete it.")))
    large = "large_print" in (profile.get("formats") or ())
    return Document(
        kind=DocumentKind.TAKE_HOME,
        title=title,
        subject=title,
        language=words.language,
        author="",
        blocks=tuple(blocks),
        body_points=LARGE_PRINT_BODY_POINTS if large else EASY_READ_BODY_POINTS,
        footer=title,
        file_stem=f"{person['full_name']} - record",
        keywords=(),
    )


def _about_you(words: ContentTranslations, record: PersonRecord) -> list[Block]:
    data, person = record.data, record.data["person"]
    # Translators: heading over a person's own details in their record.
    blocks: list[Block] = [Heading(words.text("PersonRecord", "About you"))]
    # Translators: in a person's record; {name} is their full name as we keep it.
    blocks.append(Line(words.fill("PersonRecord", "Your name: {name}", name=person["full_name"]), strong=True))
    # Translators: in a person's record; {date} is when they were first added, in words.
    blocks.append(Line(words.fill("PersonRecord", "We added you on {date}.", date=_day(words, person["added_at"]))))
    if person["speech_rate"] is not None:
        # Translators: in a person's record; {rate} is a number of words a minute.
        blocks.append(
            Line(words.fill("PersonRecord", "Your reading speed: {rate} words a minute.", rate=person["speech_rate"]))
        )
    if person["speech_volume"] is not None:
        volume = round(person["speech_volume"] * 100)
        # Translators: in a person's record; {volume} is a number from 0 to 100.
        blocks.append(Line(words.fill("PersonRecord", "Your reading volume: {volume} out of 100.", volume=volume)))
    recognition = words.text("PersonRecord", RECOGNITION.get(person["recognition"], person["recognition"]))
    # Translators: in a person's record; {choice} is payment, voucher, as a volunteer...
    blocks.append(Line(words.fill("PersonRecord", "How we thank you: {choice}", choice=recognition)))
    profile = data.get("communication_profile")
    if profile:
        # Translators: in a person's record: we keep notes on how they like to communicate.
        blocks.append(Line(words.text("PersonRecord", "We keep your communication profile.")))
        if profile.get("preferred_name"):
            # Translators: in a person's record; {name} is what they like to be called.
            blocks.append(
                Line(words.fill("PersonRecord", "You like to be called {name}.", name=profile["preferred_name"]))
            )
        if profile.get("notes"):
            # Translators: in a person's record, before the facilitator's notes about them.
            blocks.append(Line(words.text("PersonRecord", "Our notes about you:")))
            blocks.append(Line(profile["notes"], own_words=True))
    if record.photo is not None:
        # Translators: in a person's record, beside their photo.
        blocks.append(
            Line(
                words.text("PersonRecord", "We keep this photo of you."),
                picture=Picture(words.text("PersonRecord", "Your photo"), record.photo),
            )
        )
    if data["cards_showing_them"]:
        count = len(data["cards_showing_them"])
        # Translators: in a person's record; {count} is a number of picture cards.
        blocks.append(Line(words.fill("PersonRecord", "Picture cards with your photo: {count}", count=count)))
    return blocks


def _consent(words: ContentTranslations, consent: dict[str, Any]) -> list[Block]:
    # Translators: heading over what a person agreed to, in their record.
    blocks: list[Block] = [Heading(words.text("PersonRecord", "Your consent"))]
    # Translators: the answer "yes" in a person's record ("Photos of you: yes").
    yes = words.text("PersonRecord", "yes")
    # Translators: the answer "no" in a person's record ("Photos of you: no").
    no = words.text("PersonRecord", "no")
    now = consent.get("now") or {}
    if now.get("naming"):
        naming = words.text("PersonRecord", NAMING.get(now["naming"], now["naming"]))
        blocks.append(Line(_answer(words, "credit", naming)))
    for kind in ("take_home", "quotes", "photo", "profile_share"):
        if kind in now:
            blocks.append(Line(_answer(words, kind, yes if now[kind] else no)))
    if consent["history"]:
        # Translators: in a person's record, over the list of every consent answer with its date.
        blocks.append(Line(words.text("PersonRecord", "What you told us, and when:")))
        items = []
        for event in consent["history"]:
            answer = yes if event["given"] else no
            if event["kind"] == "credit" and event["detail"]:
                answer = words.text("PersonRecord", NAMING.get(event["detail"], event["detail"]))
            # Translators: one consent answer in a person's record: "Thursday 26 November 2026: Photos of you: yes".
            items.append(
                words.fill(
                    "PersonRecord",
                    "{date}: {answer}",
                    date=_day(words, event["at"]),
                    answer=_answer(words, event["kind"], answer),
                )
            )
        blocks.append(Items(tuple(items)))
    return blocks


def _answer(words: ContentTranslations, kind: str, answer: str) -> str:
    purpose = words.text("PersonRecord", CONSENT_KINDS.get(kind, kind))
    # Translators: a purpose and the person's answer, e.g. "Photos of you: yes".
    return words.fill("PersonRecord", "{purpose}: {answer}", purpose=purpose, answer=answer)


def _meetings(words: ContentTranslations, meetings: list[dict[str, Any]]) -> list[Block]:
    # Translators: heading over the meetings a person took part in, in their record.
    blocks: list[Block] = [Heading(words.text("PersonRecord", "Your meetings"))]
    if not meetings:
        # Translators: in a person's record, when they took part in no meeting.
        blocks.append(Line(words.text("PersonRecord", "You are not in any meeting.")))
    for meeting in meetings:
        blocks.append(Heading(meeting["title"], level=3))
        # Translators: in a person's record; {date} is a meeting's date in words.
        blocks.append(Line(words.fill("PersonRecord", "Date: {date}", date=_day(words, meeting["date"]))))
        if meeting["place"]:
            # Translators: in a person's record; {place} is where a meeting was held.
            blocks.append(Line(words.fill("PersonRecord", "Place: {place}", place=meeting["place"])))
        role = words.text("PersonRecord", ROLES.get(meeting["role"], meeting["role"]))
        # Translators: in a person's record; {role} is participant, co-facilitator...
        blocks.append(Line(words.fill("PersonRecord", "Your role: {role}", role=role)))
        if meeting["chosen_name"]:
            # Translators: in a person's record; {name} is the name they chose for a meeting.
            blocks.append(Line(words.fill("PersonRecord", "The name you chose: {name}", name=meeting["chosen_name"])))
        if meeting["minutes"]:
            given = duration_words(meeting["minutes"], words)
            # Translators: in a person's record; {time} is like "1 hour 30 minutes".
            blocks.append(Line(words.fill("PersonRecord", "Time you gave: {time}", time=given)))
        if meeting["agreed_with"]:
            count = len(meeting["agreed_with"])
            # Translators: in a person's record; {count} is how many ideas they agreed with.
            blocks.append(
                Line(words.fill("PersonRecord", "Other people's ideas you agreed with: {count}", count=count))
            )
        if meeting["passes"]:
            # Translators: in a person's record, over the questions they said "not now" to.
            blocks.append(Line(words.text("PersonRecord", "You said “not now” to:")))
            blocks.append(Items(tuple(p["prompt"] for p in meeting["passes"])))
    return blocks


def _card_picture(words: ContentTranslations, record: PersonRecord, card: dict[str, str]) -> Picture:
    if card["label"] == OTHER_PERSON_PHOTO:
        # Translators: stands for a picture card that is a photo of someone else (not shown).
        return Picture(words.text("PersonRecord", "Photo of another person"))
    return Picture(words.text("Card", card["label"]), record.card_sources.get(card["id"]))


def _what_you_said(words: ContentTranslations, record: PersonRecord) -> list[Block]:
    meetings = record.data["meetings"]
    # Translators: heading over a person's own contributions, in their record.
    blocks: list[Block] = [Heading(words.text("PersonRecord", "What you said"))]
    said = [(m, c) for m in meetings for c in m["contributions"]]
    if not said:
        # Translators: in a person's record, when they have no contributions.
        blocks.append(Line(words.text("PersonRecord", "We hold nothing you said.")))
    for meeting, c in said:
        # Translators: above one of a person's contributions; {title} is the meeting, {date} the day.
        credit = words.fill(
            "PersonRecord", "In “{title}” on {date}:", title=meeting["title"], date=_day(words, meeting["date"])
        )
        notes = []
        if c["withdrawn"]:
            # Translators: under a contribution the person took back; {date} in words.
            notes.append(
                words.fill("PersonRecord", "You took this back on {date}.", date=_day(words, c["withdrawn_at"]))
            )
        if c["confirmed_at"]:
            # Translators: under a contribution the person said was right.
            notes.append(words.text("PersonRecord", "✓ You said this is right."))
        if c["support_role"]:
            role = words.text("Summary", SUPPORT_ROLES.get(c["support_role"], c["support_role"]))
            # Translators: under a contribution made with help; {role} is supporter, advocate or interpreter.
            notes.append(words.fill("PersonRecord", "Made with support from your {role}.", role=role))
        if c["prompt"]:
            # Translators: under a contribution; {prompt} is the question it answered.
            notes.append(words.fill("PersonRecord", "Question: {prompt}", prompt=c["prompt"]))
        pictures = tuple(_card_picture(words, record, card) for card in c["cards"])
        blocks.append(Said(credit=credit, words=c["words"], pictures=pictures, notes=tuple(notes)))
    return blocks


def _money(words: ContentTranslations, meetings: list[dict[str, Any]]) -> list[Block]:
    rows = [(m, e) for m in meetings for e in m["expenses"]]
    if not rows:
        return []
    # Translators: heading over a person's expenses, in their record.
    blocks: list[Block] = [Heading(words.text("PersonRecord", "Your expenses"))]
    items = []
    for meeting, e in rows:
        kind = words.text("PersonRecord", EXPENSE_KINDS.get(e["kind"], e["kind"]))
        if e["kind"] == "mileage":
            # Translators: one expense in a person's record; {miles} is a number of miles.
            items.append(
                words.fill(
                    "PersonRecord",
                    "{title}: {kind}, {miles} miles",
                    title=meeting["title"],
                    kind=kind,
                    miles=e["miles"],
                )
            )
        else:
            pounds = f"£{e['pence'] // 100}.{e['pence'] % 100:02d}"
            # Translators: one expense in a person's record; {amount} is money, like £4.50.
            items.append(
                words.fill(
                    "PersonRecord", "{title}: {kind}, {amount}", title=meeting["title"], kind=kind, amount=pounds
                )
            )
    blocks.append(Items(tuple(items)))
    return blocks
