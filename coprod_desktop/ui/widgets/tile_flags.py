"""The short flags a person's tile shows from their communication profile, in the interface language.

Words, never colour alone; a profile's notes never appear (a tile may be on a projector).
"""

from PySide6.QtCore import QCoreApplication

from ...domain.profile import (
    FLAG_BSL,
    FLAG_EXTRA_LARGE_CARDS,
    FLAG_INTERPRETER,
    FLAG_KEYBOARD,
    FLAG_LANGUAGE,
    FLAG_LARGE_CARDS,
    FLAG_NOTES,
    FLAG_SWITCH,
    FLAG_TOUCH,
    FORMAT_LABELS,
    SPEED_FLAGS,
    CommunicationProfile,
    Format,
)


def flag_words() -> dict[str, str]:
    """Each flag template the domain builds, in the interface language (literal, so lupdate sees it)."""
    return {
        FLAG_BSL: QCoreApplication.translate("ProfileFlag", "BSL"),
        #: on a person's tile; {value} is the language, e.g. "Interpreter: Polish".
        FLAG_INTERPRETER: QCoreApplication.translate("ProfileFlag", "Interpreter: {value}"),
        #: on a person's tile; {value} is the language their words are read in.
        FLAG_LANGUAGE: QCoreApplication.translate("ProfileFlag", "Language: {value}"),
        FORMAT_LABELS[Format.EASY_READ]: QCoreApplication.translate("ProfileFlag", "Easy Read"),
        FORMAT_LABELS[Format.LARGE_PRINT]: QCoreApplication.translate("ProfileFlag", "Large print"),
        FORMAT_LABELS[Format.AUDIO]: QCoreApplication.translate("ProfileFlag", "Audio"),
        FLAG_SWITCH: QCoreApplication.translate("ProfileFlag", "Switch"),
        FLAG_KEYBOARD: QCoreApplication.translate("ProfileFlag", "Keyboard"),
        FLAG_TOUCH: QCoreApplication.translate("ProfileFlag", "Touch screen"),
        SPEED_FLAGS["Much slower"]: QCoreApplication.translate("ProfileFlag", "Much slower speech"),
        SPEED_FLAGS["Slower"]: QCoreApplication.translate("ProfileFlag", "Slower speech"),
        SPEED_FLAGS["Faster"]: QCoreApplication.translate("ProfileFlag", "Faster speech"),
        FLAG_LARGE_CARDS: QCoreApplication.translate("ProfileFlag", "Large cards"),
        FLAG_EXTRA_LARGE_CARDS: QCoreApplication.translate("ProfileFlag", "Extra large cards"),
        #: on a person's tile: the facilitator has notes about them (never shown there).
        FLAG_NOTES: QCoreApplication.translate("ProfileFlag", "See notes"),
    }


def profile_flags(profile: CommunicationProfile) -> list[str]:
    """The profile's flags in the interface language, e.g. ["BSL", "Easy Read", "Switch"]."""
    words = flag_words()
    return [words.get(template, template).format(value=value) for template, value in profile.flag_parts()]


def profile_flags_text(profile: CommunicationProfile) -> str:
    """One plain-text line of flags for a person's tile ("" when there is nothing to flag).

    Show it with Qt.PlainText and add it to the tile's accessible description too.
    """
    #: the separator between a person's communication flags, e.g. "BSL, Easy Read".
    return QCoreApplication.translate("ProfileFlag", ", ").join(profile_flags(profile))
