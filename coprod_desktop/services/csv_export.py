"""A meeting's contributions as a CSV file, for a spreadsheet: one row each.

Columns: the prompt, the person as they chose to be credited (never a full name against their
choice), their words, the cards' labels, when it was said, and how the room took it (confirmed,
who agrees, who supported them). Withdrawn contributions are not there. Headings and card labels
are in the meeting's language (the content translations, context "Export").

A spreadsheet runs a cell that starts with "=", "+", "-" or "@" (and some with a tab or a carriage
return first) as a formula: a contribution typed as "=HYPERLINK(...)" must stay words. Such a cell
is written with an apostrophe in front, which spreadsheets show as the text and never run.
The file is UTF-8 with a byte-order mark, so Excel reads Welsh, Polish, Arabic and Urdu correctly.
"""

import csv
import io
from pathlib import Path

from ..domain.models import Card
from ..domain.support import Support
from ..store.store import Store
from .catalogue import CardCatalogue
from .easy_read.facts import MeetingFacts
from .private_files import save_privately
from .translations import ContentTranslations, translatable

# Translators: the column headings of a meeting's contributions saved as a spreadsheet (CSV).
HEADINGS = translatable(
    "Export", "Prompt", "Person", "Words", "Cards", "Time", "Confirmed", "Agreed by", "Supported by"
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def neutralised(cell: str) -> str:
    """*cell* as a spreadsheet will show it and never run it (see the module's docstring)."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def meeting_rows(store: Store, meeting_id: str, catalogue: CardCatalogue) -> list[list[str]]:
    """The headings, then one row per contribution, prompt by prompt. Raises NotFound.

    The contributions of someone who took back consent to quotes (their words used outside the
    room) are left out: no row at all, as the file goes wherever it is sent."""
    facts = MeetingFacts.read(store, meeting_id, catalogue)
    words = ContentTranslations.for_language(facts.meeting.language)
    yes = words.text("Export", "yes")  # Translators: in the "Confirmed" column.
    separator = words.text("Export", "; ")  # Translators: between card labels or names in one cell.
    by_prompt, elsewhere = facts.contributions_by_prompt()
    rows = [[words.text("Export", heading) for heading in HEADINGS]]
    for prompt, contributions in [*by_prompt, (None, elsewhere)]:
        for contribution in contributions:
            if contribution.person_id in facts.quotes_withheld:
                continue  # they asked that their words are not used outside the room
            person = facts.by_person.get(contribution.person_id)
            labels = [_label(words, facts.card(card_id), card_id) for card_id in contribution.card_ids]
            agreed = [facts.by_person[p].credited_as for p in contribution.agreed_by if p in facts.by_person]
            support = contribution.support
            rows.append(
                [
                    prompt.text if prompt else "",
                    person.credited_as if person else "",
                    contribution.text,
                    separator.join(labels),
                    contribution.created_at,
                    yes if contribution.is_confirmed else "",
                    separator.join(agreed),
                    _supported(words, support) if support else "",
                ]
            )
    return rows


def _label(words: ContentTranslations, card: Card | None, card_id: str) -> str:
    return words.card_label(card) if card else card_id


def _supported(words: ContentTranslations, support: Support) -> str:
    """ "Jo (interpreter)", or the role alone when no name was given, in the meeting's language."""
    role = words.text("Summary", support.role.value)
    return f"{support.name} ({role})" if support.name else role


def csv_text(rows: list[list[str]]) -> str:
    """*rows* as CSV text, every cell neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralised(cell) for cell in row])
    return out.getvalue()


def write_meeting_csv(store: Store, meeting_id: str, out_path: Path, catalogue: CardCatalogue) -> Path:
    """Save *meeting_id*'s contributions as CSV at *out_path* (whole or not at all, readable by
    its owner only); returns the path. Raises NotFound for an unknown meeting."""
    data = csv_text(meeting_rows(store, meeting_id, catalogue)).encode("utf-8-sig")
    return save_privately(Path(out_path), lambda handle: handle.write(data), what="The spreadsheet")
