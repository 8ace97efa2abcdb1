"""People and their attendance: how each is credited in a meeting and their marker."""

from dataclasses import replace

from ..domain.consent import ANONYMOUS
from ..domain.credit import CreditStyle, check_credit, parse_credit_style, withheld_credit
from ..domain.errors import NotFound, ValidationError
from ..domain.ids import new_id, utc_now
from ..domain.markers import marker_colour, marker_shape, next_free_marker
from ..domain.models import Attendee, Person
from ..domain.names import check_person_name
from ..domain.speech import check_rate, check_volume
from ._base import Repository

_ATTENDEE_SQL = """
SELECT a.*, p.full_name, p.created_at AS person_created_at,
       p.speech_rate AS person_speech_rate, p.speech_volume AS person_speech_volume,
       p.credit_consent, p.anonymised_at, m.language AS meeting_language
FROM attendance a JOIN people p ON p.id = a.person_id JOIN meetings m ON m.id = a.meeting_id
"""


def _with_withheld_names(rows: list[dict]) -> list[Attendee]:
    """Attendees of one meeting in order; those not named get their numbered anonymous credit."""
    anonymous = [r for r in rows if r["credit_consent"] == ANONYMOUS and not r["anonymised_at"]]
    former = [r for r in rows if r["anonymised_at"]]
    numbers = {r["person_id"]: i + 1 for group in (anonymous, former) if len(group) > 1 for i, r in enumerate(group)}
    attendees = []
    for r in rows:
        withheld = ""
        if r["anonymised_at"] or r["credit_consent"] == ANONYMOUS:
            number = numbers.get(r["person_id"])
            withheld = withheld_credit(r["meeting_language"], former=bool(r["anonymised_at"]), number=number)
        attendees.append(replace(_attendee(r), withheld_name=withheld))
    return attendees


def _attendee(row: dict) -> Attendee:
    person = Person(
        row["person_id"],
        row["full_name"],
        row["person_created_at"],
        row["person_speech_rate"],
        row["person_speech_volume"],
    )
    return Attendee(
        meeting_id=row["meeting_id"],
        person=person,
        credit_style=CreditStyle(row["credit_style"]),
        chosen_name=row["chosen_name"],
        marker_colour=row["marker_colour"],
        marker_shape=row["marker_shape"],
        position=row["position"],
        role=row.get("role", "participant"),
        minutes=row.get("minutes"),
    )


class People(Repository):
    def attendees(self, meeting_id: str) -> list[Attendee]:
        """Everyone taking part in the meeting, in the order they were added."""
        rows = self.rows(_ATTENDEE_SQL + " WHERE a.meeting_id = ? ORDER BY a.position", (meeting_id,))
        return _with_withheld_names(rows)

    def attendee(self, meeting_id: str, person_id: str) -> Attendee:
        rows = self.rows(_ATTENDEE_SQL + " WHERE a.meeting_id = ? AND a.person_id = ?", (meeting_id, person_id))
        if not rows:
            raise NotFound("person.not_in_meeting")
        if rows[0]["credit_consent"] == ANONYMOUS or rows[0]["anonymised_at"]:
            # The number depends on who else in the meeting is not named.
            return next(a for a in self.attendees(meeting_id) if a.person_id == person_id)
        return _attendee(rows[0])

    def everyone(self) -> list[Person]:
        """Every person known on this laptop, by name."""
        return [
            Person(r["id"], r["full_name"], r["created_at"], r["speech_rate"], r["speech_volume"])
            for r in self.rows("SELECT * FROM people ORDER BY full_name COLLATE NOCASE")
        ]

    def add_attendee(
        self,
        meeting_id: str,
        full_name: str,
        credit_style: CreditStyle | str = CreditStyle.FIRST_NAME,
        chosen_name: str = "",
        colour: str | None = None,
        shape: str | None = None,
        person_id: str | None = None,
    ) -> Attendee:
        """Add someone to a meeting. A new person is created unless *person_id* names a known one.

        Colour and shape default to the next pair no one else in the meeting has.
        """
        name = check_person_name(full_name)
        style = parse_credit_style(credit_style)
        if person_id is not None:
            style, chosen_name = self._consented_credit(person_id, style, chosen_name)
        chosen = check_credit(style, chosen_name)
        current = self.attendees(meeting_id) if self._meeting_exists(meeting_id) else None
        if current is None:
            raise NotFound("meeting.missing", id=meeting_id)
        if colour is None or shape is None:
            colour, shape = next_free_marker([(a.marker_colour, a.marker_shape) for a in current])
        marker_colour(colour)
        marker_shape(shape)
        self._check_marker_free(current, colour, shape, None)
        now = utc_now()
        with self.writing():
            if person_id is None:
                person_id = new_id()
                self.db["people"].insert({"id": person_id, "full_name": name, "created_at": now})
            elif any(a.person_id == person_id for a in current):
                raise ValidationError("person.already_here", name=name)
            else:
                self.db["people"].update(person_id, {"full_name": name})
            self.db["attendance"].insert(
                {
                    "meeting_id": meeting_id,
                    "person_id": person_id,
                    "credit_style": style.value,
                    "chosen_name": chosen,
                    "marker_colour": colour,
                    "marker_shape": shape,
                    "position": max((a.position for a in current), default=-1) + 1,
                }
            )
        self.announce("attendee", "added", meeting_id, person_id)
        return self.attendee(meeting_id, person_id)

    def update_attendee(
        self,
        meeting_id: str,
        person_id: str,
        full_name: str,
        credit_style: CreditStyle | str,
        chosen_name: str,
        colour: str,
        shape: str,
    ) -> Attendee:
        """Change a person's name, how they are credited, or their marker."""
        self.attendee(meeting_id, person_id)
        name = check_person_name(full_name)
        style = parse_credit_style(credit_style)
        chosen = check_credit(style, chosen_name)
        marker_colour(colour)
        marker_shape(shape)
        self._check_marker_free(self.attendees(meeting_id), colour, shape, person_id)
        with self.writing():
            self.db["people"].update(person_id, {"full_name": name})
            self.db.execute(
                "UPDATE attendance SET credit_style = ?, chosen_name = ?, marker_colour = ?, marker_shape = ?"
                " WHERE meeting_id = ? AND person_id = ?",
                (style.value, chosen, colour, shape, meeting_id, person_id),
            )
        self.announce("attendee", "updated", meeting_id, person_id)
        return self.attendee(meeting_id, person_id)

    def set_speech(self, person_id: str, rate: int | None, volume: float | None) -> None:
        """A person's own reading speed and volume for their read-backs (None: the meeting's)."""
        values = {
            "speech_rate": None if rate is None else check_rate(rate),
            "speech_volume": None if volume is None else check_volume(volume),
        }
        if not self.rows("SELECT 1 AS x FROM people WHERE id = ?", (person_id,)):
            raise NotFound("person.unknown")
        with self.writing():
            self.db["people"].update(person_id, values)
        for row in self.rows("SELECT meeting_id FROM attendance WHERE person_id = ?", (person_id,)):
            self.announce("attendee", "updated", row["meeting_id"], person_id)

    def remove_attendee(self, meeting_id: str, person_id: str) -> None:
        """Take someone off a meeting. Refused once they have contributed: their words stay credited.

        Contributions they withdrew do not hold them: the words are already erased, and the record
        that something was withdrawn is about their taking part, so it goes with it (as their
        agreements and passes do, by the schema's cascade)."""
        attendee = self.attendee(meeting_id, person_id)
        said = self.rows(
            "SELECT count(*) AS n FROM contributions WHERE meeting_id = ? AND person_id = ? AND withdrawn_at IS NULL",
            (meeting_id, person_id),
        )[0]["n"]
        if said:
            raise ValidationError("person.has_contributed", name=attendee.credited_as)
        with self.writing():
            self.db.execute(
                "DELETE FROM contributions WHERE meeting_id = ? AND person_id = ? AND withdrawn_at IS NOT NULL",
                (meeting_id, person_id),
            )
            self.db.execute("DELETE FROM attendance WHERE meeting_id = ? AND person_id = ?", (meeting_id, person_id))
        self.announce("attendee", "removed", meeting_id, person_id)

    def _consented_credit(self, person_id: str, style: CreditStyle, chosen_name: str) -> tuple[CreditStyle, str]:
        """The credit a known person agreed to (people.credit_consent) wins over *style*: their
        chosen name comes from another meeting when none is given. 'anonymous' or nothing agreed
        leaves *style* as it is (someone not named shows as "Anonymous" whatever the style)."""
        rows = self.rows("SELECT credit_consent FROM people WHERE id = ?", (person_id,))
        agreed = rows[0]["credit_consent"] if rows else None
        if agreed is None or agreed == ANONYMOUS:
            return style, chosen_name
        agreed_style = CreditStyle(agreed)
        if agreed_style is not CreditStyle.CHOSEN_NAME:
            return agreed_style, ""
        if style is CreditStyle.CHOSEN_NAME and chosen_name.strip():
            return agreed_style, chosen_name
        earlier = self.rows(
            "SELECT chosen_name FROM attendance WHERE person_id = ? AND credit_style = 'chosen_name'"
            " AND chosen_name != '' ORDER BY rowid DESC LIMIT 1",
            (person_id,),
        )
        return agreed_style, earlier[0]["chosen_name"] if earlier else chosen_name

    def _meeting_exists(self, meeting_id: str) -> bool:
        return bool(self.rows("SELECT 1 AS x FROM meetings WHERE id = ?", (meeting_id,)))

    @staticmethod
    def _check_marker_free(current: list[Attendee], colour: str, shape: str, except_person: str | None) -> None:
        for other in current:
            if other.person_id != except_person and (other.marker_colour, other.marker_shape) == (colour, shape):
                raise ValidationError(
                    "person.marker_taken",
                    name=other.credited_as,
                    colour=other.marker.colour.name.lower(),
                    shape=other.marker.shape.value,
                )
