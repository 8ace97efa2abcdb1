"""Search what was said in every meeting: full text over contributions (SQLite FTS5, 0008).

What a person types is never FTS5 query syntax: each word becomes a quoted phrase, the phrases are
joined with AND, and only the last word matches as a prefix (so results come as they type).
Operators (AND, OR, NOT, NEAR), column filters, stars, carets and stray quotes are just words.
"""

from dataclasses import dataclass

from ..domain.consent import ANONYMOUS
from ..domain.credit import credit_name, parse_credit_style
from ._base import Repository
from .people import People

# Enough words and characters for any real search; a pasted essay must not build a huge query.
MAX_WORDS = 12
MAX_WORD_LENGTH = 100
SNIPPET_TOKENS = 12  # words of context around the match
ELLIPSIS = "…"


@dataclass(frozen=True)
class SearchHit:
    """One contribution whose words (or cards) match, with where and by whom it was said."""

    meeting_id: str
    meeting_title: str
    meeting_date: str  # ISO date
    prompt_text: str  # '' when the contribution answers no prompt
    contribution_id: str
    credited_as: str  # the person as they chose to be credited in that meeting
    snippet: str  # the words around the match, plain text, "…" where cut


def match_expression(text: str) -> str:
    """The FTS5 query for what a person typed, or '' when there is nothing to look for.

    Each word is a quoted phrase (a double quote inside doubled), so nothing typed is syntax; a
    word with no letter or digit (a lone "-", "*", an emoji) cannot be matched and is left out.
    """
    words = [w[:MAX_WORD_LENGTH] for w in str(text).split() if any(ch.isalnum() for ch in w)]
    words = words[:MAX_WORDS]
    if not words:
        return ""
    phrases = ['"' + w.replace('"', '""') + '"' for w in words]
    phrases[-1] += "*"  # the word being typed: "gard" finds "garden"
    return " AND ".join(phrases)


_SEARCH_SQL = f"""
SELECT c.id AS contribution_id, m.id AS meeting_id, m.title AS title, m.date AS date,
       coalesce(pr.text, '') AS prompt_text,
       p.full_name AS full_name, a.credit_style AS credit_style, a.chosen_name AS chosen_name,
       c.person_id AS person_id, p.credit_consent AS credit_consent, p.anonymised_at AS anonymised_at,
       snippet(contribution_search, -1, '', '', '{ELLIPSIS}', {SNIPPET_TOKENS}) AS snippet
FROM contribution_search
JOIN contributions c ON c.id = contribution_search.contribution_id
JOIN meetings m ON m.id = c.meeting_id
JOIN attendance a ON a.meeting_id = c.meeting_id AND a.person_id = c.person_id
JOIN people p ON p.id = c.person_id
LEFT JOIN prompts pr ON pr.id = c.prompt_id
WHERE contribution_search MATCH ? AND c.withdrawn_at IS NULL
ORDER BY m.date DESC, m.created_at DESC, c.created_at, c.rowid
LIMIT ?
"""


class Search(Repository):
    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        """Standing contributions in any meeting whose words or card labels hold every word of
        *text* (case and accents ignored, the last word as a prefix): newest meeting first, in the
        order they were said. Empty text finds nothing. Never raises for anything typed."""
        expression = match_expression(text)
        if not expression or limit <= 0:
            return []
        return [
            SearchHit(
                meeting_id=r["meeting_id"],
                meeting_title=r["title"],
                meeting_date=r["date"],
                prompt_text=r["prompt_text"],
                contribution_id=r["contribution_id"],
                credited_as=self._credited_as(r),
                snippet=" ".join(r["snippet"].split()),  # one line, whatever the words' line breaks
            )
            for r in self.rows(_SEARCH_SQL, (expression, limit))
        ]

    def _credited_as(self, row: dict) -> str:
        """As the person is credited in that meeting; someone not named (or anonymised) by their
        numbered "Anonymous" credit, exactly as store.people gives it, never their name."""
        if row["credit_consent"] == ANONYMOUS or row["anonymised_at"]:
            return People(self.db, self._notify).attendee(row["meeting_id"], row["person_id"]).credited_as
        return credit_name(row["full_name"], parse_credit_style(row["credit_style"]), row["chosen_name"])
