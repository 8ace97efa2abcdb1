"""Whose voice settings apply: the meeting's, shaped by the person's own speed, volume and profile."""

from ..domain.models import Meeting, Person
from ..domain.profile import CommunicationProfile
from .speech.settings import VoiceSettings


def voice_for(
    meeting: Meeting, person: Person | None = None, profile: CommunicationProfile | None = None
) -> VoiceSettings:
    """The voice to read with for *person* (None: the room in general).

    Language: the person's profile language when set, else the meeting's. Speed: the profile's, else
    the person's own, else the meeting's. Volume: the person's own, else the meeting's. Voice: the
    profile's named voice, else one chosen from the language.
    """
    rate, volume = meeting.speech_rate, meeting.speech_volume
    if person is not None:
        rate = person.speech_rate or rate
        volume = volume if person.speech_volume is None else person.speech_volume
    language, voice = meeting.language, None
    if profile is not None:
        rate = profile.speech_rate or rate
        language = profile.language or language
        voice = profile.voice
    return VoiceSettings(language=language, voice=voice, rate=rate, volume=volume)
