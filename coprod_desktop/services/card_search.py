"""Finding picture cards by their words: search as you type, and words to cards.

Both look at a card's label and its synonyms (other words people use for the same thing), in
whatever language the caller passes: *label_of* and *synonyms_of* let the screen hand in the words of
the meeting's language. Matching ignores case and accents ("cafe" finds "Café") and apostrophes
("dont" finds "Don't know"). Everything is worked out once when the index is built, so a search is a
few string look-ups per card: fast enough to run on every key press with thousands of cards.
"""

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..domain.models import Card

_APOSTROPHES = str.maketrans("", "", "'\u2018\u2019\u02bc`\u00b4")
_WORD = re.compile(r"[^\W_]+")

# Search tiers, best first. Within a tier, cards keep catalogue order.
_EXACT_LABEL, _LABEL_WORD, _EXACT_SYNONYM, _SYNONYM_WORD, _IN_LABEL, _IN_SYNONYM = range(6)
_SEPARATOR = "\x00"  # between synonyms in one searchable string: no query can contain it


def normalise(text: str) -> str:
    """Lower case, no accents, no apostrophes, words separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_APOSTROPHES)
    return " ".join(_WORD.findall(plain))


def _plural_forms(word: str) -> set[str]:
    forms = {word}
    n = len(word)
    if n > 4 and word.endswith("ies"):
        forms.add(word[:-3] + "y")  # parties → party
    if n > 3 and word.endswith("s") and not word.endswith("ss"):
        forms.add(word[:-1])  # tablets → tablet, shoes → shoe
    return forms


def word_forms(word: str) -> frozenset[str]:
    """A typed word and the base forms it may come from: tablets→tablet, buses→bus, walking→walk.

    Deliberately simple (no dictionary). A card's own words are only taken back from the plural
    (card_word_forms), and a typed word matches a card's word when their forms overlap: so "tablet"
    matches "tablets", "buses" matches "bus" and "walking" matches "walk", while a card's "evening"
    or "notes" is not offered for a typed "even" or "not".
    """
    forms = _plural_forms(word)
    n = len(word)
    if n > 4 and word.endswith("es"):
        forms.add(word[:-2])  # buses → bus, boxes → box
    for ending, minimum in (("ing", 6), ("ed", 5)):
        if n >= minimum and word.endswith(ending):
            stem = word[: -len(ending)]
            forms.update((stem, stem + "e"))  # walking → walk, making → make, liked → like
            if len(stem) > 2 and stem[-1] == stem[-2]:
                forms.add(stem[:-1])  # swimming → swim, stopped → stop
    if n > 4 and word.endswith("ied"):
        forms.add(word[:-3] + "y")  # worried → worry
    return frozenset(forms)


def card_word_forms(word: str) -> frozenset[str]:
    """A word of a card's label or synonym, and its singular if it looks plural."""
    return frozenset(_plural_forms(word))


@dataclass(frozen=True)
class _Entry:
    card: Card
    label: str  # normalised
    spaced_label: str  # " " + label, so " " + query finds the start of any word
    synonyms: tuple[str, ...]  # normalised
    spaced_synonyms: str  # every synonym with a leading space, joined by _SEPARATOR
    all_synonyms: str  # the synonyms joined by _SEPARATOR (for substring tests)


@dataclass(frozen=True)
class _Phrase:
    """One label or synonym, as the forms of each of its words, for words-to-cards."""

    order: int  # the card's place in the index
    words: tuple[frozenset[str], ...]
    is_label: bool


class CardIndex:
    """Cards searchable by label and synonym. Build a new index when the cards or language change."""

    def __init__(
        self,
        cards: Iterable[Card],
        label_of: Callable[[Card], str] = lambda c: c.label,
        synonyms_of: Callable[[Card], tuple[str, ...]] = lambda c: c.synonyms,
    ) -> None:
        self.cards: list[Card] = []
        self._entries: list[_Entry] = []
        # First word form → phrases starting with it (suggest looks up each typed word here).
        self._phrases: dict[str, list[_Phrase]] = {}
        seen: set[str] = set()
        for card in cards:
            if card.id in seen:
                continue
            seen.add(card.id)
            order = len(self.cards)
            self.cards.append(card)
            label = normalise(label_of(card))
            synonyms = tuple(dict.fromkeys(s for s in (normalise(x) for x in synonyms_of(card)) if s and s != label))
            self._entries.append(
                _Entry(
                    card,
                    label,
                    " " + label,
                    synonyms,
                    _SEPARATOR.join(" " + s for s in synonyms),
                    _SEPARATOR.join(synonyms),
                )
            )
            for text, is_label in ((label, True), *((s, False) for s in synonyms)):
                words = tuple(card_word_forms(w) for w in text.split())
                if not words:
                    continue
                phrase = _Phrase(order, words, is_label)
                for form in words[0]:
                    self._phrases.setdefault(form, []).append(phrase)

    def __len__(self) -> int:
        return len(self.cards)

    def search(self, query: str, limit: int | None = None) -> list[Card]:
        """Cards whose label or a synonym contains *query*, best first.

        Order: the label is the query; a word of the label starts with it; a synonym is the query;
        a word of a synonym starts with it; the label contains it; a synonym contains it. Cards keep
        catalogue order within each of those. An empty query gives every card in catalogue order.
        """
        q = normalise(query)
        if not q:
            return self.cards[:limit] if limit is not None else list(self.cards)
        spaced = " " + q
        tiers: list[list[Card]] = [[] for _ in range(6)]
        for e in self._entries:
            if q in e.label:
                if q == e.label:
                    tiers[_EXACT_LABEL].append(e.card)
                elif spaced in e.spaced_label:
                    tiers[_LABEL_WORD].append(e.card)
                elif spaced in e.spaced_synonyms:
                    tiers[_EXACT_SYNONYM if q in e.synonyms else _SYNONYM_WORD].append(e.card)
                else:
                    tiers[_IN_LABEL].append(e.card)
            elif q in e.all_synonyms:
                if spaced in e.spaced_synonyms:
                    tiers[_EXACT_SYNONYM if q in e.synonyms else _SYNONYM_WORD].append(e.card)
                else:
                    tiers[_IN_SYNONYM].append(e.card)
        found = [card for tier in tiers for card in tier]
        return found[:limit] if limit is not None else found

    def suggest(self, words: str, limit: int = 6, exclude: Iterable[str] = ()) -> list[Card]:
        """Cards for the words being typed: a label or synonym that appears in *words* as whole words.

        Multi-word labels and synonyms count ("day centre", "mental health"), and simple word forms
        match ("tablets" finds Medicines by "tablet", "walking" finds Walking by "walk"). Words that
        are part of a longer match only suggest that one ("day centre" does not also offer a card for
        "day"). The cards for the last words typed come first; where two end at the same word, the
        longer phrase first, then a label before a synonym, then catalogue order. No card twice;
        cards whose ids are in *exclude* (say, already chosen) are left out.
        """
        if limit <= 0:
            return []
        typed = [word_forms(w) for w in normalise(words).split()]
        matches: list[tuple[int, int, _Phrase]] = []  # (first word, word after the last, phrase)
        for start, forms in enumerate(typed):
            candidates: dict[int, _Phrase] = {}
            for form in forms:
                for phrase in self._phrases.get(form, ()):
                    candidates[id(phrase)] = phrase
            for phrase in candidates.values():
                end = start + len(phrase.words)
                if end <= len(typed) and all(typed[start + i] & phrase.words[i] for i in range(1, len(phrase.words))):
                    matches.append((start, end, phrase))
        # Words that are part of a longer match ("day" in "day centre", "stop" in "bus stop") suggest
        # only the longer one. Worked out in one pass over the words: comparing every match with
        # every other grew with the square of the text, and a long paste froze the room.
        inside = _inside_longer(matches, len(typed))
        skip = set(exclude)
        best: dict[int, tuple[int, int, int]] = {}  # card order → sort key (smaller is better)
        for start, end, phrase in matches:
            if inside(start, end):
                continue
            key = (-end, -(end - start), 0 if phrase.is_label else 1)
            if phrase.order not in best or key < best[phrase.order]:
                best[phrase.order] = key
        ranked = sorted(best, key=lambda order: (*best[order], order))
        found = [self.cards[order] for order in ranked if self.cards[order].id not in skip]
        return found[:limit]


def _inside_longer(matches: list[tuple[int, int, _Phrase]], words: int) -> Callable[[int, int], bool]:
    """A test for "the words [start, end) lie inside a longer match", in time linear in *words*.

    A longer match holding [start, end) either starts earlier and ends at or after *end*, or starts
    at *start* and ends after *end*: so keep, for each word, the furthest end of the matches that
    start there, and the furthest end of those that start before it.
    """
    furthest_from: dict[int, int] = {}
    for start, end, _ in matches:
        furthest_from[start] = max(furthest_from.get(start, end), end)
    reach_before = [-1] * (words + 1)
    running = -1
    for position in range(words + 1):
        reach_before[position] = running
        running = max(running, furthest_from.get(position, -1))

    def inside(start: int, end: int) -> bool:
        return reach_before[start] >= end or furthest_from.get(start, end) > end

    return inside
