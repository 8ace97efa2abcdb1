"""The lines under a contribution in the console's wall: who supported the person to say it, that
the person confirmed it, and who agrees with it, in the app's language (never a mark alone).

Shown by ContributionCard.set_details and read by screen readers after the contribution.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.models import Attendee, Contribution
from ...domain.support import SupportRole
from ..widgets.form_parts import isolated

_CONTEXT = "ContributionDetails"
# Translators: the role of someone who helped a person say something, inside "With support from Jo
# (interpreter)." or "With support from their interpreter.".
ROLE_WORDS = {
    SupportRole.SUPPORTER: QT_TRANSLATE_NOOP("ContributionDetails", "supporter"),
    SupportRole.ADVOCATE: QT_TRANSLATE_NOOP("ContributionDetails", "advocate"),
    SupportRole.INTERPRETER: QT_TRANSLATE_NOOP("ContributionDetails", "interpreter"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def role_words(role: SupportRole) -> str:
    """The role's name in the app's language."""
    return _tr(ROLE_WORDS[SupportRole(role)])


def names_joined(names: list[str]) -> str:
    """ "Ann", "Ann and Jo", "Ann, Jo and Sam" in the app's language."""
    if len(names) <= 1:
        return "".join(names)
    # Translators: joins the last two of several names: "Priya, Sam and Dot".
    return _tr("{names} and {last}").format(names=_tr(", ").join(names[:-1]), last=names[-1])


def contribution_details(contribution: Contribution, attendee: Callable[[str], Attendee | None]) -> list[str]:
    """The lines under *contribution*: support, confirmation and agreements (*attendee* finds a
    person of the meeting by id; people no longer in the meeting are left out)."""
    lines = []
    support = contribution.support
    if support is not None and support.name:
        # Translators: under a contribution made with someone's help; {supporter} is the helper's
        # name, {role} their role (supporter, advocate, interpreter).
        lines.append(
            _tr("With support from {supporter} ({role}).").format(
                supporter=isolated(support.name), role=role_words(support.role)
            )
        )
    elif support is not None:
        # Translators: under a contribution made with the help of someone not named.
        lines.append(_tr("With support from their {role}.").format(role=role_words(support.role)))
    if contribution.is_confirmed:
        # Translators: under a contribution the person heard read back and said was right.
        lines.append(_tr("✓ Confirmed: they said this is right."))
    names = [isolated(a.credited_as) for a in map(attendee, contribution.agreed_by) if a is not None]
    if len(names) == 1:
        # Translators: under a contribution; {name} added their marker to say they agree.
        lines.append(_tr("{name} agrees.").format(name=names[0]))
    elif names:
        # Translators: under a contribution; {names} is a list of people who agree with it.
        lines.append(_tr("{names} agree.").format(names=names_joined(names)))
    return lines
