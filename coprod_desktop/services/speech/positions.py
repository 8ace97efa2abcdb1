"""Where each word is in the text (in Qt's UTF-16 units) and when it is heard in the audio.

Engines report word positions in code points (pyttsx3: a 1-based `location` and a `length`); Qt
counts UTF-16 code units, where a character outside the Basic Multilingual Plane (most emoji, 𝒜)
takes two. espeak-ng's reports are also untidy: numbers and emoji sequences come as several
overlapping pieces, repeated pieces and zero-length or whitespace-only "words". `clean_word_spans`
turns them into ordered, non-overlapping spans of real text.

pyttsx3 gives no audio times for words (its eSpeak driver reports every word while synthesising,
before any audio exists). So the times are estimated, from the audio itself: `find_pauses` finds the
silent stretches, the longest of them are matched to the clause breaks in the text (after . , ; : ?
and the like, in Latin, Arabic and other scripts), and inside each stretch of speech the words share
the time in proportion to their spoken length (letters; digits and symbols count more, as they are
read out as whole words). Within a clause the estimate is usually within a word of the truth; at
clause breaks it is re-anchored to the real pause.
"""

import re
import unicodedata
from array import array
from collections.abc import Iterable, Sequence

# Characters after which engines pause: Latin, Arabic/Urdu, Devanagari, CJK punctuation.
PAUSE_PUNCTUATION = frozenset(".,;:!?…‽،؛؟۔।॥。，、；：！？")
_WRITTEN_WORD = re.compile(r"\S+")
# Where a long text may be split into parts that are spoken one after another.
_SENTENCE_END = re.compile(r"[.!?…‽؟۔।॥。！？]+[\"'”’»)\]]*\s+|\n\s*\n\s*")


def utf16_offsets(text: str) -> list[int]:
    """offsets[i] is the UTF-16 position of code point i; offsets[len(text)] is the UTF-16 length."""
    offsets = [0] * (len(text) + 1)
    position = 0
    for index, char in enumerate(text):
        offsets[index] = position
        position += 2 if ord(char) > 0xFFFF else 1
    offsets[len(text)] = position
    return offsets


def utf16_length(text: str) -> int:
    """How many UTF-16 code units *text* takes (what Qt's QString.length() says)."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def to_utf16_span(text: str, start: int, length: int) -> tuple[int, int]:
    """A (start, length) span in code points of *text*, as (start, length) in UTF-16 code units."""
    start = max(0, min(start, len(text)))
    end = max(start, min(start + length, len(text)))
    before = utf16_length(text[:start])
    return before, utf16_length(text[start:end])


def clean_word_spans(text: str, reported: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Tidy engine word reports into ordered, non-overlapping (start, end) code-point spans of *text*.

    *reported* holds (location, length) pairs as pyttsx3 gives them: location is 1-based, in code
    points. Pieces outside the text or with no visible characters are dropped; a piece that overlaps
    the one before (espeak reads "1,250.50" as four overlapping pieces) is merged into it. Written
    words with no report at all are added (see _add_unreported_words).
    """
    spans: list[list[int]] = []
    for location, length in reported:
        start = max(0, int(location) - 1)
        end = min(len(text), start + max(0, int(length)))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        if spans and start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        elif spans and start < spans[-1][0]:
            continue  # an engine going back over a word it has already said
        else:
            spans.append([start, end])
    return _add_unreported_words(text, [_trim_punctuation(text, start, end) for start, end in spans])


def _trim_punctuation(text: str, start: int, end: int) -> tuple[int, int]:
    """Leave out punctuation at either end ("2024," -> "2024"), unless the piece is nothing else ("/")."""
    inner_start, inner_end = start, end
    while inner_start < inner_end and unicodedata.category(text[inner_start])[0] == "P":
        inner_start += 1
    while inner_end > inner_start and unicodedata.category(text[inner_end - 1])[0] == "P":
        inner_end -= 1
    return (inner_start, inner_end) if inner_start < inner_end else (start, end)


def _add_unreported_words(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Add the written words the engine gave no report for, so that every word gets highlighted.

    espeak-ng reads some word pairs as one ("of a", "for a while" reports only "for"); a word of the
    text (a run of non-space characters, outer punctuation trimmed) that no report touches is added.
    """
    added = []
    covered = iter(spans)
    current = next(covered, None)
    for match in _WRITTEN_WORD.finditer(text):
        start, end = match.span()
        while start < end and unicodedata.category(text[start])[0] == "P":
            start += 1
        while end > start and unicodedata.category(text[end - 1])[0] == "P":
            end -= 1
        if start >= end:
            continue
        while current is not None and current[1] <= start:
            current = next(covered, None)
        if current is None or current[0] >= end:
            added.append((start, end))
    return sorted(spans + added) if added else spans


def split_parts(text: str, first_limit: int = 240, limit: int = 1500) -> list[tuple[int, str]]:
    """Split *text* at sentence ends into (offset, part) pieces, so the first can play sooner.

    The first part is at most about *first_limit* characters (whole sentences where possible), the
    others about *limit*. A sentence longer than the limit is split at a space. Short text is one part.
    """
    if len(text) <= first_limit:
        return [(0, text)]
    breaks = [m.end() for m in _SENTENCE_END.finditer(text)]
    parts: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        budget = first_limit if not parts else limit
        if len(text) - start <= budget:
            end = len(text)
        else:
            fitting = [b for b in breaks if start < b <= start + budget]
            if fitting:
                end = fitting[-1]
            else:
                space = text.rfind(" ", start + budget // 2, start + budget)
                end = space + 1 if space > start else start + budget
        parts.append((start, text[start:end]))
        start = end
    return parts


def find_pauses(
    samples: Sequence[int], sample_rate: int, *, window: float = 0.005, min_pause: float = 0.09, threshold: int = 300
) -> tuple[float, float, list[tuple[float, float]]]:
    """(first sound, last sound, silent gaps between them) in seconds, for 16-bit mono *samples*.

    A window is silent when no sample in it reaches *threshold* (1% of full scale); a gap is a run of
    silent windows at least *min_pause* long. For all-silent audio: (0, duration, []).
    """
    step = max(1, int(sample_rate * window))
    silent = []
    for begin in range(0, len(samples), step):
        chunk = samples[begin : begin + step]
        silent.append(max(chunk) < threshold and -min(chunk) < threshold)
    duration = len(samples) / sample_rate if sample_rate else 0.0
    if all(silent):
        return 0.0, duration, []
    first = silent.index(False)
    last = len(silent) - 1 - silent[::-1].index(False)
    gaps = []
    run_start = None
    for index in range(first, last + 1):
        if silent[index] and run_start is None:
            run_start = index
        elif not silent[index] and run_start is not None:
            if (index - run_start) * window >= min_pause:
                gaps.append((run_start * step / sample_rate, index * step / sample_rate))
            run_start = None
    return first * step / sample_rate, min(duration, (last + 1) * step / sample_rate), gaps


def _spoken_weight(word: str) -> float:
    """Roughly how long a written word takes to say, in letter units."""
    weight = 1.5
    for char in word:
        category = unicodedata.category(char)
        if category[0] == "L":
            weight += 1.0
        elif category[0] == "N":
            weight += 4.0  # "2024" is said as "twenty twenty-four"
        elif category[0] == "S":
            weight += 5.0  # "£", "🎂" are said as words
        # marks, joiners and punctuation inside a word add nothing
    return weight


def _pauses_after(text: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    """Indexes i of words after which the text has a clause break (before word i + 1)."""
    found = []
    for index in range(len(spans) - 1):
        # a merged piece can end with the punctuation itself ("2024," in "12/03/2024, and")
        between = text[spans[index][1] - 1 : spans[index + 1][0]]
        if any(char in PAUSE_PUNCTUATION for char in between) or "\n" in between:
            found.append(index)
    return found


def estimate_word_times(
    text: str, spans: Sequence[tuple[int, int]], speech: tuple[float, float, list[tuple[float, float]]]
) -> list[float]:
    """When each word in *spans* starts, in seconds from the start of the audio (best estimate).

    *speech* is `find_pauses`'s result. Clause breaks in the text are matched in order to the
    audio's silent gaps (the longest gaps when there are more gaps than breaks; the nearest by a
    first proportional guess when there are fewer), and the words between two anchors share the
    time between them by spoken weight.
    """
    if not spans:
        return []
    sound_start, sound_end, gaps = speech
    weights = [_spoken_weight(text[start:end]) for start, end in spans]
    breaks = _pauses_after(text, spans)
    # (index of the last word before a break, the silent gap heard there)
    matched: list[tuple[int, tuple[float, float]]] = []
    if breaks and gaps:
        if len(gaps) >= len(breaks):
            chosen = sorted(sorted(gaps, key=lambda g: g[0] - g[1])[: len(breaks)])
            matched = list(zip(breaks, chosen, strict=True))
        else:
            total = sum(weights)
            span = sound_end - sound_start
            guess = {}
            running = 0.0
            for index, weight in enumerate(weights):
                running += weight
                guess[index] = sound_start + span * running / total
            next_break = 0
            for number, gap in enumerate(gaps):
                middle = (gap[0] + gap[1]) / 2
                last_allowed = len(breaks) - (len(gaps) - number)  # leave a break for each later gap
                candidates = range(next_break, last_allowed + 1)
                best = min(candidates, key=lambda b: abs(guess[breaks[b]] - middle))
                matched.append((breaks[best], gap))
                next_break = best + 1
    times = [0.0] * len(spans)
    stretch_first, stretch_start = 0, sound_start
    for last_word, (gap_start, gap_end) in [*matched, (len(spans) - 1, (sound_end, sound_end))]:
        stretch_weights = weights[stretch_first : last_word + 1]
        total = sum(stretch_weights) or 1.0
        length = max(0.0, gap_start - stretch_start)
        running = 0.0
        for offset, weight in enumerate(stretch_weights):
            times[stretch_first + offset] = stretch_start + length * running / total
            running += weight
        stretch_first, stretch_start = last_word + 1, gap_end
    return times


def word_timeline(
    text: str,
    reported: Iterable[tuple[int, int]],
    samples: Sequence[int] | array,
    sample_rate: int,
    *,
    offset: int = 0,
    full_text: str | None = None,
) -> tuple[tuple[float, int, int], ...]:
    """(seconds from audio start, UTF-16 start, UTF-16 length) for each word the engine reported.

    *text* is what was synthesised; when it is a part of a longer text starting at code point
    *offset* of *full_text*, the UTF-16 positions are given in the longer text, as the UI shows it.
    """
    spans = clean_word_spans(text, reported)
    times = estimate_word_times(text, spans, find_pauses(samples, sample_rate))
    whole = text if full_text is None else full_text
    table = utf16_offsets(whole)
    return tuple(
        (round(time, 4), table[offset + start], table[offset + end] - table[offset + start])
        for time, (start, end) in zip(times, spans, strict=True)
    )
