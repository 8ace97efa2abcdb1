"""Reading aloud without Qt: voice settings, speech in child processes, and speech saved as audio.

- settings.py: VoiceSettings, LANGUAGE_NAMES, SpeechUnavailable, SpeechFailed.
- voices.py: choose_voice, the installed voice for a language, and VoiceFallback, what to say when another reads.
- client.py: ProcessSpeech, which runs pyttsx3 in worker processes (worker.py) and reports SpeechEvents.
- audio_file.py: save_speech, a text saved as a WAV file.
- positions.py: word positions in Qt's UTF-16 units, and word times in the audio.
"""

from .settings import LANGUAGE_NAMES, SpeechFailed, SpeechUnavailable, VoiceSettings, choose_voice

__all__ = ["LANGUAGE_NAMES", "SpeechFailed", "SpeechUnavailable", "VoiceSettings", "choose_voice"]
