"""Whose voice settings apply: the meeting's, at the person's own speed and volume if they have one."""

from ..domain.models import Meeting, Person
from .speech.settings import VoiceSettings


def voice_for(meeting: Meeting, person: Person | None = None) -> VoiceSettings:
    """The meeting's language; the person's own speed and volume when set, else the meeting's."""
    rate, volume = meeting.speech_rate, meeting.speech_volume
    if person is not None:
        rate = person.speech_rate or rate
        volume = volume if person.speech_volume is None else person.speech_volume
    return VoiceSettings(language=meeting.language, rate=rate, volume=volume)
