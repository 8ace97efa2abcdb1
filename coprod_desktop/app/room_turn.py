"""A person's turn in the room: what their communication profile means when they are speaking.

Pure rules, no widgets and no store: the room session hands out a Turn when a speaker is chosen,
and each view of the room (the console, the display) acts on it in its own way. Read-backs in their
language and at their speed; picture cards drawn larger; switch scanning started for their turn
with their own timings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ..domain.models import Attendee, Meeting
from ..domain.profile import CommunicationProfile
from ..domain.scanning import ScanSettings
from ..services.speech.settings import VoiceSettings
from ..services.voice_choice import voice_for


@dataclass(frozen=True)
class Turn:
    """Whose turn it is (None: nobody chosen) and the communication profile that shapes it."""

    speaker: Attendee | None = None
    profile: CommunicationProfile = field(default_factory=CommunicationProfile)

    @property
    def person_id(self) -> str | None:
        return self.speaker.person_id if self.speaker is not None else None

    def read_back_language(self, meeting: Meeting) -> str:
        """The language their words are read back in: their profile's, else the meeting's."""
        return self.profile.language or meeting.language

    def voice(self, meeting: Meeting) -> VoiceSettings:
        """The voice to read to them in: their language and speed (see services.voice_choice)."""
        return voice_for(meeting, self.speaker.person if self.speaker is not None else None, self.profile)

    def card_size(self, usual: int, sizes: Sequence[int]) -> int:
        """The card size for their turn: *usual* times their profile's scale, as the nearest of *sizes*."""
        wanted = usual * self.profile.card_scale
        return min(sizes, key=lambda size: abs(size - wanted)) if sizes else usual

    def scan_settings(self, usual: ScanSettings) -> ScanSettings:
        """Scanning as their profile sets it (mode and timings) when they use a switch, else *usual*."""
        if not self.profile.uses_switch:
            return usual
        return replace(
            usual,
            mode=self.profile.switch_mode.value,
            step_seconds=self.profile.switch_step_seconds,
            hold_seconds=self.profile.switch_hold_seconds,
        )

    def wants_scanning(self, room_uses_switch: bool) -> bool:
        """True when scanning should run: the laptop's setting says so, or this speaker uses a switch."""
        return room_uses_switch or self.profile.uses_switch
