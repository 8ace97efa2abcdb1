"""Word positions in Qt's UTF-16 units, splitting long text, and word times estimated from the audio.

The timing test compares the estimate with espeak-ng's own audio positions for each word, read
straight from libespeak-ng (pyttsx3 does not pass them on, which is why the app estimates).
"""

import ctypes
import os
import statistics
from array import array
from ctypes.util import find_library

import pytest

from coprod_desktop.services.speech.positions import (
    clean_word_spans,
    estimate_word_times,
    find_pauses,
    split_parts,
    to_utf16_span,
    utf16_length,
    utf16_offsets,
    word_timeline,
)


def qt_slice(text: str, start: int, length: int) -> str:
    """What Qt would show for a UTF-16 (start, length) selection of *text*."""
    encoded = text.encode("utf-16-le")
    return encoded[2 * start : 2 * (start + length)].decode("utf-16-le")


@pytest.mark.parametrize("text", ["", "abc", "a🎂b", "𝒜𝒜", "👩‍👩‍👧 ok", "مرحبا", "Dŵr", "e\u0301"])
def test_utf16_offsets_match_python_utf16_encoding(text):
    offsets = utf16_offsets(text)
    for index in range(len(text) + 1):
        assert offsets[index] == len(text[:index].encode("utf-16-le")) // 2
    assert utf16_length(text) == offsets[-1]


def test_a_span_after_an_emoji_moves_by_two_units():
    text = "I like cake 🎂 and tea"
    start = text.index("and")
    assert to_utf16_span(text, start, 3) == (start + 1, 3)
    assert qt_slice(text, *to_utf16_span(text, start, 3)) == "and"
    assert qt_slice(text, *to_utf16_span(text, text.index("🎂"), 1)) == "🎂"
    assert to_utf16_span(text, 500, 3) == (utf16_length(text), 0)  # out of range is clamped, never an error


def words(text, reported):
    return [text[start:end] for start, end in clean_word_spans(text, reported)]


def test_clean_spans_merge_espeaks_overlapping_number_pieces():
    text = "It costs £1,250.50 on 12/03/2024, e.g. today."
    # what espeak-ng reported for this text (1-based locations, code points)
    reported = [(1, 2), (4, 5), (10, 1), (11, 2), (12, 2), (13, 6), (14, 6), (14, 6), (20, 2), (23, 2), (25, 1)]
    reported += [(26, 2), (27, 2), (28, 1), (29, 4), (30, 4), (35, 1), (40, 5)]
    assert words(text, reported) == ["It", "costs", "£", "1,250.50", "on", "12", "/", "03", "2024", "e", "today"]


def test_clean_spans_drop_empty_and_whitespace_pieces_and_repeats():
    text = "I like cake 🎂 and tea ☕ very much."
    reported = [(1, 1), (3, 4), (8, 4), (13, 1), (14, 1), (15, 3), (19, 3), (23, 1), (24, 1), (25, 4), (30, 4), (0, 0)]
    assert words(text, reported) == ["I", "like", "cake", "🎂", "and", "tea", "☕", "very", "much"]
    arabic = "مرحبا كيف"
    assert words(arabic, [(1, 5)] * 5 + [(7, 3)] * 3) == ["مرحبا", "كيف"]


def test_words_espeak_does_not_report_are_added():
    text = "It goes on for a while."
    # espeak-ng reports "for" and then a shifted piece, and nothing for "a" and "while"
    assert words(text, [(1, 2), (4, 4), (9, 2), (12, 3), (13, 3)]) == ["It", "goes", "on", "for", "a", "while"]
    assert words("«Hello», she said.", []) == ["Hello", "she", "said"]
    assert words("... !!", []) == []


def test_reports_outside_the_text_are_ignored():
    assert words("Hi there", [(1, 2), (50, 4), (-3, 2)]) == ["Hi", "there"]


def test_split_parts_keeps_positions_and_every_character():
    sentence = "This is sentence number {} of a longer text. "
    text = "".join(sentence.format(n) for n in range(40)) + "No full stop at the end"
    parts = split_parts(text, first_limit=120, limit=500)
    assert "".join(part for _, part in parts) == text
    assert all(text[offset : offset + len(part)] == part for offset, part in parts)
    assert len(parts[0][1]) <= 120 and parts[0][1].endswith(". ")
    assert all(len(part) <= 500 for _, part in parts)
    assert split_parts("Short.") == [(0, "Short.")]


def test_split_parts_handles_a_sentence_with_no_breaks():
    text = "word " * 200
    parts = split_parts(text, first_limit=100, limit=300)
    assert "".join(part for _, part in parts) == text
    assert all(part.endswith(" ") for _, part in parts[:-1])  # split between words, not inside one


def test_split_parts_knows_arabic_and_urdu_sentence_ends():
    text = "آپ کیسے ہیں؟ " * 30 + "میں ٹھیک ہوں۔ " * 30
    parts = split_parts(text, first_limit=100)
    assert parts[0][1].endswith("؟ ")


def test_find_pauses_finds_the_silences():
    rate = 1000
    loud, quiet = [5000, -5000] * 50, [0] * 100
    samples = quiet + loud + quiet[:50] + loud + quiet[:30] + loud + quiet
    start, end, gaps = find_pauses(samples, rate, window=0.01, min_pause=0.04)
    assert (start, end) == pytest.approx((0.1, 0.48))
    assert gaps == [pytest.approx((0.2, 0.25))]  # the 30 ms gap is shorter than a pause
    assert find_pauses([0] * 1000, rate) == (0.0, 1.0, [])


def test_times_are_anchored_at_the_pause_after_a_clause():
    text = "One two, three four."
    spans = clean_word_spans(text, [])
    times = estimate_word_times(text, spans, (0.1, 2.1, [(0.9, 1.2)]))
    assert times[0] == pytest.approx(0.1)
    assert times[2] == pytest.approx(1.2)  # "three" starts when the pause ends
    assert times[0] < times[1] < 0.9 and 1.2 < times[3] < 2.1


def test_word_timeline_gives_utf16_positions_in_the_whole_text():
    full = "🎂 First part. Second 🎂 part."
    offset = full.index("Second")
    part = full[offset:]
    timeline = word_timeline(
        part, [(1, 6), (8, 1), (10, 4)], array("h", [1000] * 22050), 22050, offset=offset, full_text=full
    )
    assert [qt_slice(full, start, length) for _, start, length in timeline] == ["Second", "🎂", "part"]


# ---- the estimate against espeak-ng's own word times ----

CASES = [
    ("gmw/en", "Hello there, how are you today? I hope you are well. Tell us, what made you smile this week?"),
    ("gmw/en", "What is good about the day centre? The staff are kind, and the lunch is nice, but the bus is late."),
    ("gmw/en", "We went to the park and had a picnic with sandwiches and then we played football until it got dark"),
    ("cel/cy", "Bore da, sut wyt ti heddiw? Mae'r tywydd yn braf iawn, diolch yn fawr."),
    ("zlw/pl", "Dzień dobry, jak się masz? Dziękuję, wszystko w porządku, a ty?"),
    ("sem/ar", "مرحبا كيف حالك اليوم؟ أنا بخير، شكرا جزيلا لك."),
    ("inc/ur", "آپ کیسے ہیں؟ میں ٹھیک ہوں، شکریہ۔ آج موسم اچھا ہے۔"),
]


class _Event(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", ctypes.c_void_p),
    ]


def espeak_truth(voice: str, text: str, rate: int):
    """(samples, [(location, length, seconds)]) from libespeak-ng itself, synchronously."""
    library = find_library("espeak-ng")
    if library is None and not os.environ.get("CI"):
        pytest.skip("libespeak-ng is not installed here (on CI this is a failure, not a skip)")
    espeak = ctypes.CDLL(library or "libespeak-ng.so.1")
    sample_rate = espeak.espeak_Initialize(2, 100, None, 0)  # AUDIO_OUTPUT_SYNCHRONOUS
    assert sample_rate == 22050
    audio, events = bytearray(), []

    @ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event))
    def callback(wav, count, event_list):
        index = 0
        while event_list[index].type != 0:  # espeakEVENT_LIST_TERMINATED
            event = event_list[index]
            if event.type == 1:  # espeakEVENT_WORD
                events.append((event.text_position, event.length, event.audio_position / 1000))
            index += 1
        if count > 0:
            audio.extend(ctypes.string_at(wav, count * 2))
        return 0

    espeak.espeak_SetSynthCallback(callback)
    assert espeak.espeak_SetVoiceByName(voice.encode()) == 0
    espeak.espeak_SetParameter(1, rate, 0)  # espeakRATE
    data = text.encode("utf-8")
    espeak.espeak_Synth(data, len(data) + 1, 0, 1, 0, 0x1001, None, None)  # CHARS_UTF8 | ENDPAUSE
    espeak.espeak_Synchronize()
    samples = array("h")
    samples.frombytes(bytes(audio))
    return samples, events


def test_estimated_word_times_are_close_to_espeaks_own():
    estimate_errors, naive_errors = [], []
    for voice, text in CASES:
        samples, events = espeak_truth(voice, text, 160)
        spans = clean_word_spans(text, [(location, length) for location, length, _ in events])
        speech = find_pauses(samples, 22050)
        estimated = estimate_word_times(text, spans, speech)
        duration = len(samples) / 22050
        for (start, end), guess in zip(spans, estimated, strict=True):
            truth = [seconds for location, _, seconds in events if start <= location - 1 < end]
            if truth:
                estimate_errors.append(abs(guess - truth[0]))
                naive_errors.append(abs(duration * start / len(text) - truth[0]))  # characters over duration
    mean = statistics.mean(estimate_errors)
    p90 = statistics.quantiles(estimate_errors, n=10)[-1]
    assert mean < 0.12, f"mean error {mean:.3f} s"
    assert p90 < 0.25, f"90th percentile error {p90:.3f} s"
    assert mean < statistics.mean(naive_errors) / 2, "anchoring at pauses should beat a plain proportion"
