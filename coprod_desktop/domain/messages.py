"""The English words of every error a person can be shown, keyed by the error's code, and of the few
reports of what was done that are said the same way (what an import added and left out, which voice
reads instead): a report is a list of (code, params), said by app.messages.sentences().

These are the source strings of the "Errors" context in the content catalogues
(translations/coprod_content_<lang>.ts): app.messages.describe() looks a code's English sentence
up there in the person's language and falls back to the English here. Sentences are short and
plain, say what happened and what to do, and never include technical detail. {placeholders} are
filled from the error's params.

How codes are named (every engineer raising an error follows this):
- A code is "<area>.<what_is_wrong>", lower case, words joined by "_": `person.name_missing`,
  `picture.too_big`, `database.in_use`. The area is the thing the person was working with:
  meeting, person, prompt, contribution, card, picture, photo, consent, credit, marker, profile,
  appearance, colour, scanning, speech, audio, room, database, file, import (meeting export files),
  board (Open Board Format files), pdf, language. A new area is fine when none of these fits.
- A text field's errors come from domain.text: `required_text(value, field="meeting.title", ...)`
  raises "meeting.title_missing" or "meeting.title_too_long" (params length, limit);
  `optional_text` raises only "<field>_too_long". Add both codes here for a new field.
- Params are named by what they hold, and hold it as typed: name (a person's name), title (a
  meeting's title), file (a file name), folder, card (a card id), label (a card's words), count,
  limit, low, high. Numbers that need a format are formatted before they are passed ("2.5").
  Values are never markup: they are shown as plain text.
- A param named "reason" holds another code of this table (one of REASONS): its sentence is put in
  the place of {reason}, in the same language. Use it for why a file could not be written or read
  (domain.messages.os_reason(exc) picks the code for an OSError). Any param may also hold a
  UserFacingError: its own sentence, in the same language, is put in its place (reason=exc).
- Params named "colour" and "shape" hold a marker's English colour and shape words; they are
  translated from the "Markers" context.
- Say what happened and what to do. Do not put exception text (strerror, sqlite messages) in
  params: it is English and technical.

Each new code needs a translator comment in NOTES only when its words need explaining; the
placeholders are explained from PLACEHOLDERS. Then run packaging/content_translations.py and
translate the new "Errors" messages in every catalogue (its --check fails until then).
"""

from __future__ import annotations

import errno
import string
from typing import Any

# A report of what was done: sentences as (code, params), in order, said one after another.
Report = list[tuple[str, dict[str, Any]]]

MESSAGES: dict[str, str] = {
    # General sentences, for anything that is not one of our errors.
    "error.unknown": "Something went wrong. Nothing was changed.",
    "input.invalid": "That cannot be used. Please check it and try again.",
    "not_found": "That could not be found. It may have been removed.",
    # Files and folders: used alone for an OSError, and as the {reason} of other messages.
    "file.no_space": "The disk is full. Free some space and try again.",
    "file.not_allowed": "CoProd Desktop is not allowed to use that file or folder. Please choose another one.",
    "file.read_only": "That place is read-only, so nothing can be saved there. Please choose another folder.",
    "file.not_found": "That file or folder is not there any more. It may have been moved or removed.",
    "file.failed": "The file could not be read or written. Please try again.",
    "file.is_folder": "{file} is a folder: please give a file name ending in {suffix}.",
    "file.no_folder": "The folder {folder} does not exist.",
    "file.wrong_suffix": "{file} does not end in {suffix}. Please give a file name ending in {suffix}.",
    "file.not_allowed_named": "CoProd Desktop is not allowed to use {file}. Please choose another file or folder.",
    "file.not_found_named": "There is no file or folder {file}.",
    "file.failed_named": "{file} could not be read or written. Please try again.",
    "file.folder_not_writable": (
        "{file} cannot be saved: the folder {folder} cannot be written to. Please choose another folder."
    ),
    # Text typed into a field (domain/text.py).
    "text.not_text": "Text was expected.",
    "meeting.title_missing": "Please type the meeting title.",
    "meeting.title_too_long": "The meeting title is too long: {length} characters, the most is {limit}.",
    "meeting.place_too_long": "The place is too long: {length} characters, the most is {limit}.",
    "meeting.date_invalid": "The date '{value}' is not a date. Please write it like 2026-11-26.",
    "meeting.missing": "There is no meeting with the id {id}.",
    # A meeting's details for the take-home sheets (domain/meeting_details.py).
    "meeting.purpose_too_long": "The purpose is too long: {length} characters, the most is {limit}.",
    "meeting.decision_too_long": "A decision is too long: {length} characters, the most is {limit}.",
    "meeting.decisions_too_many": "There are {count} decisions. Please keep it to {limit} or fewer.",
    "meeting.next_step_too_long": "A next step is too long: {length} characters, the most is {limit}.",
    "meeting.next_steps_too_many": "There are {count} next steps. Please keep it to {limit} or fewer.",
    "meeting.next_meeting_too_long": "The next meeting is too long: {length} characters, the most is {limit}.",
    "meeting.contact_too_long": "The contact is too long: {length} characters, the most is {limit}.",
    "meeting.time_not_understood": "'{value}' is not a time. Please write it like 14:00.",
    "meeting.times_backwards": "The meeting ends at {ends}, before it starts at {starts}. Please check the times.",
    "settings.organisation_too_long": "The organisation's name is too long: {length} characters, the most is {limit}.",
    # How long meetings are kept (domain/retention.py).
    "retention.months_invalid": "'{value}' is not a number of months. Please give a whole number from 1 to {limit}.",
    "person.name_missing": "Please type the person's name.",
    "person.name_too_long": "The person's name is too long: {length} characters, the most is {limit}.",
    "person.unknown": "That person is not known on this laptop.",
    "person.not_in_meeting": "That person is not taking part in this meeting.",
    "person.already_here": "{name} is already taking part in this meeting.",
    "person.has_contributed": "{name} has contributed to this meeting, so they stay on the list.",
    "person.marker_taken": "{name} already has the {colour} {shape} marker. Please choose another colour or shape.",
    # A name of only invisible characters, joiners or accents (domain.names): nothing shows on the wall.
    "person.name_no_letter": "Please type a name with at least one letter or number.",
    "credit.chosen_name_no_letter": "Please type a chosen name with at least one letter or number.",
    "credit.chosen_name_missing": "Please type the name they want to be credited as.",
    "credit.chosen_name_too_long": (
        "The name they want to be credited as is too long: {length} characters, the most is {limit}."
    ),
    "credit.chosen_name_unused": "A chosen name is only used when the person is credited by a chosen name.",
    "credit.style_unknown": "Unknown way to credit a person: '{value}'. Use one of: {choices}.",
    "marker.all_taken": (
        "All {count} markers are in use in this meeting. Please start a second meeting for more people."
    ),
    "marker.colour_unknown": "Unknown marker colour: '{value}'.",
    "marker.shape_unknown": "Unknown marker shape: '{value}'.",
    "consent.note_too_long": "The note about consent is too long: {length} characters, the most is {limit}.",
    "consent.no_photo": "{name} has not agreed to a photo being used. Record their consent first.",
    "consent.kind_unknown": "Unknown kind of consent: '{value}'.",
    "consent.how_unknown": "Unknown way of asking for consent: '{value}'.",
    "consent.naming_unknown": "Unknown way to name a person: '{value}'. Use one of: {choices}.",
    "consent.told_too_long": "What the person was told is too long: {length} characters, the most is {limit}.",
    "consent.no_take_home": "{name} said no to take-home documents, so none are made for them.",
    "prompt.text_missing": "Please type the prompt.",
    "prompt.text_too_long": "The prompt is too long: {length} characters, the most is {limit}.",
    "prompt.missing": "That prompt does not exist.",
    "contribution.text_too_long": "The contribution is too long: {length} characters, the most is {limit}.",
    "contribution.empty": "Please type what they said or choose at least one picture card.",
    "contribution.too_many_cards": "A contribution can have at most {limit} picture cards.",
    "contribution.speaker_not_here": "Please choose who is speaking: that person is not in this meeting.",
    "contribution.prompt_not_here": "That prompt is not part of this meeting.",
    "contribution.missing": "That contribution does not exist.",
    "room.no_speaker": "Please choose who is speaking first.",
    "room.not_in_meeting": "That person is not in this meeting. Please choose someone from the list.",
    "room.not_open": "No meeting is open in the room. Please open a meeting first.",
    # The room's records: correcting, withdrawing, confirming, support, agreements, passes, undo.
    "contribution.withdrawn": "That contribution was withdrawn: its words are gone, so it cannot be changed.",
    "contribution.not_here": "That contribution is not part of this meeting.",
    "agreement.own_contribution": "People cannot agree with their own contribution.",
    "agreement.person_not_here": "That person is not in this meeting, so they cannot agree here.",
    "support.role_unknown": "Unknown kind of support: '{value}'. Use one of: {choices}.",
    "support.name_too_long": "The supporter's name is too long: {length} characters, the most is {limit}.",
    "room.nothing_to_undo": "There is nothing to undo.",
    "room.undo_withdrawn": "A withdrawn contribution cannot be brought back: its words were erased.",
    "room.no_prompt": "This meeting has no prompts yet, so nobody can pass on one.",
    "room.nothing_to_confirm": "There is no contribution waiting to be confirmed.",
    # Said aloud by the room (not an error) when the facilitator invites someone to speak next.
    "room.invitation": "{name}, would you like to say something?",
    # Picture cards.
    "card.missing": "There is no picture card '{card}'.",
    "card.label_missing": "Please type the card's words.",
    "card.label_too_long": "The card's words are too long: {length} characters, the most is {limit}.",
    "card.group_missing": "Please type the card's group.",
    "card.group_too_long": "The card's group is too long: {length} characters, the most is {limit}.",
    "card.source_missing": "Please type the card's source.",
    "card.source_too_long": "The card's source is too long: {length} characters, the most is {limit}.",
    "card.licence_too_long": "The licence is too long: {length} characters, the most is {limit}.",
    "card.author_too_long": "The author is too long: {length} characters, the most is {limit}.",
    "card.other_word_too_long": "The other word is too long: {length} characters, the most is {limit}.",
    "card.picture_not_prepared": "That picture cannot be stored: it was not prepared for CoProd Desktop.",
    "card.no_picture": "That card has no stored picture.",
    "card.not_brought": "Only cards that people brought can be removed.",
    "card.in_use": "That card is used in a meeting, so it stays.",
    "board.no_cards": "There are no picture cards to export.",
    # Pictures and photos chosen from a file (services/images.py, services/picture_import.py).
    "picture.not_a_picture": (
        "That file is not a picture CoProd Desktop can open. Please choose a photo or picture file such as JPEG or PNG."
    ),
    "picture.empty": "That file is empty. Please choose a photo or picture file such as JPEG or PNG.",
    "picture.damaged": "That picture is damaged or incomplete, so it cannot be used. Please choose another copy of it.",
    "picture.svg_as_photo": (
        "That file is a drawing (SVG), not a photo. Please choose a photo or picture file such as JPEG or PNG."
    ),
    "picture.svg_as_card": (
        "That file is a drawing (SVG), which CoProd Desktop cannot use safely yet. "
        "Please save it as a PNG picture and choose that."
    ),
    "picture.pdf": (
        "That file is a PDF document, not a picture. Please choose a photo or picture file such as JPEG or PNG."
    ),
    "picture.web_page": (
        "That file is a web page or text document, not a picture. "
        "Please choose a photo or picture file such as JPEG or PNG."
    ),
    "picture.heic": (
        "That photo is in the HEIC format, which CoProd Desktop cannot open. Please save it as a JPEG first."
    ),
    "picture.no_memory": (
        "There is not enough memory to open that picture. Please close other programs or choose a smaller picture."
    ),
    "picture.too_big": "That file is too big ({size_mb} MB). Please choose a picture smaller than {limit_mb} MB.",
    "picture.too_many_pixels": (
        "That picture has too many pixels to open safely (more than {millions} million). "
        "Please choose a smaller picture."
    ),
    "picture.too_small": (
        "That picture is too small to see ({width} × {height} pixels). "
        "Please choose one at least {min_side} pixels on each side."
    ),
    "picture.too_thin": "That picture is too long and thin to show. Please crop it first, then choose it again.",
    "picture.file_gone": "There is no file called {file} any more. Please choose the picture again.",
    "picture.not_allowed": "CoProd Desktop is not allowed to open {file}.",
    "picture.unreadable": "{file} could not be read. Please choose it again, or choose another picture.",
    "picture.is_folder": "{file} is a folder, not a picture. Please choose a picture file inside it.",
    "picture.not_a_file": "{file} is not an ordinary file, so it cannot be used as a picture.",
    "photo.not_prepared": "That photo cannot be stored: it was not prepared for CoProd Desktop.",
    # A person's communication profile (domain/profile.py).
    "profile.preferred_name_too_long": "The preferred name is too long: {length} characters, the most is {limit}.",
    "profile.formats_invalid": "The formats must be a list such as Easy Read, Large print or Audio.",
    "profile.format_unknown": "'{value}' is not a format CoProd Desktop knows.",
    "profile.interpreter_unknown": "'{value}' is not a kind of interpreter CoProd Desktop knows.",
    "profile.access_unknown": "'{value}' is not a way of using the laptop CoProd Desktop knows.",
    "profile.switch_mode_unknown": "'{value}' is not a switch set-up CoProd Desktop knows.",
    "profile.card_size_unknown": "'{value}' is not a card size CoProd Desktop knows.",
    "profile.language_invalid": "Please choose a language from the list.",
    "profile.language_unknown": "'{value}' is not a language CoProd Desktop knows. Please choose one from the list.",
    "profile.interpreter_language_missing": "Please type the language the interpreter speaks.",
    "profile.interpreter_language_too_long": (
        "The interpreter's language is too long: {length} characters, the most is {limit}."
    ),
    "profile.switch_step_out_of_range": "The time on each item must be from {low} to {high} seconds.",
    "profile.switch_hold_out_of_range": "The time to hold the switch must be from {low} to {high} seconds.",
    "profile.voice_too_long": "The voice name is too long: {length} characters, the most is {limit}.",
    "profile.notes_too_long": "The note for the facilitator is too long: {length} characters, the most is {limit}.",
    # How the screen looks (domain/appearance.py, domain/contrast.py).
    "appearance.text_scale_invalid": "Text size must be between {low}% and {high}%, in steps of {step}%.",
    "appearance.theme_unknown": "Choose one of the colour themes in the list.",
    "appearance.font_unknown": "Choose one of the fonts in the list.",
    "appearance.reduced_motion_invalid": "Reduced motion must be on or off.",
    "colour.invalid": "'{value}' is not a colour: write it as #RRGGBB, for example #1A4FD6.",
    "colour.opacity_invalid": "Opacity must be between 0 and 1, not {value}.",
    # Switch scanning (domain/scanning.py).
    "scanning.mode_invalid": "Scanning must use one switch or two switches.",
    "scanning.step_out_of_range": "The time on each item must be between {low} and {high} seconds.",
    "scanning.first_item_extra_out_of_range": (
        "The extra time on the first item must be between {low} and {high} seconds."
    ),
    "scanning.hold_out_of_range": "How long to hold the switch must be between {low} and {high} seconds.",
    "scanning.debounce_out_of_range": "The pause after a press must be between {low} and {high} seconds.",
    "scanning.passes_out_of_range": (
        "The number of rounds before scanning stops must be a whole number from {low} to {high}."
    ),
    "scanning.block_size_out_of_range": "The number of items in a block must be a whole number from {low} to {high}.",
    "scanning.spoken_cues_invalid": "Spoken cues must be on or off.",
    # Speech and audio (domain/speech.py, services/speech).
    "speech.language_unknown": "Unknown language '{value}'.",
    "speech.rate_invalid": "The reading speed must be a whole number from {low} to {high} words a minute.",
    "speech.volume_invalid": "The volume must be between 0 and 1.",
    "speech.language_tag_invalid": "'{value}' is not a language code such as “en” or “cy”.",
    "speech.voice_invalid": "A voice must be named by its id, or left unset.",
    "speech.unavailable": "Speech is off: no speech engine can run on this computer.",
    "speech.failed": "That could not be read aloud. Please try again.",
    "speech.helper_failed": "Speech is off: the speech helper could not start.",
    "speech.helper_stopped_starting": "Speech is off: the speech helper stopped while starting. {reason}",
    "speech.switched_off": (
        "Speech is switched off on this computer (COPROD_SPEECH_DRIVER is set to “none”). "
        "Remove that setting and start CoProd Desktop again."
    ),
    "speech.no_voices": "Speech is off: no voices are installed. {reason}",
    "speech.no_espeak": "Speech is off: the espeak-ng speech engine is not installed on this computer. {reason}",
    "speech.engine_unknown": "Speech is off: the speech engine '{value}' does not exist. {reason}",
    "speech.engine_failed": "Speech is off: the speech engine could not start. {reason}",
    "speech.pyttsx3_missing": (
        "Speech is off: a part of CoProd Desktop is missing (pyttsx3). Reinstall CoProd Desktop and start it again."
    ),
    "speech.how_linux": "Install espeak-ng (sudo apt install espeak-ng) and start CoProd Desktop again.",
    "speech.how_windows": (
        "Check that a Windows voice is installed (Settings, Time and language, Speech) and start CoProd Desktop again."
    ),
    "speech.how_mac": (
        "Check that a system voice is installed (System Settings, Accessibility, Spoken Content) "
        "and start CoProd Desktop again."
    ),
    "speech.engine_stuck": "The speech engine stopped responding. Please try again.",
    "speech.stopped": "Speech stopped unexpectedly. Please try again.",
    "speech.closed": "Speech has been closed.",
    "speech.settings_invalid": "The speech settings cannot be used. Please check them and try again.",
    "speech.not_spoken": "The text could not be turned into speech. Please try again.",
    "speech.no_sound": "No sound could be played. Please try again.",
    "speech.no_sound_output": "No sound could be played: this computer has no working sound output.",
    "speech.player_unfinished": "No sound could be played: the audio player did not finish.",
    "speech.player_failed": "No sound could be played: the audio player ({name}) stopped with an error.",
    "speech.player_not_started": "No sound could be played: the audio player “{name}” could not start.",
    "speech.player_missing": (
        "No sound could be played: the audio player “{name}” is not installed. "
        "Set COPROD_AUDIO_PLAYER to a player command, and start CoProd Desktop again."
    ),
    "speech.player_missing_linux": (
        "No sound could be played: the audio player “{name}” is not installed. "
        "Install alsa-utils (sudo apt install alsa-utils) or set COPROD_AUDIO_PLAYER to a player command, "
        "and start CoProd Desktop again."
    ),
    # Not errors: which voice reads instead of the one asked for (services/speech/voices.py).
    # {language} is the English name of a language ("Welsh"), said in the person's language.
    "speech.voice_none": "No voices are installed, so nothing can be read aloud.",
    "speech.voice_missing": "The voice “{voice}” is not installed; reading with another voice for {language} instead.",
    "speech.language_voice_missing": "No voice for {language} is installed; reading in English instead.",
    "speech.language_voice_missing_other": (
        "No voice for {language} is installed; reading with the voice “{other_voice}” instead."
    ),
    "speech.language_voice_missing_standard": (
        "No voice for {language} is installed; reading with the standard voice instead."
    ),
    "speech.voice_and_language_missing": (
        "The voice “{voice}” is not installed, and no voice for {language} is; reading in English instead."
    ),
    "speech.voice_and_language_missing_other": (
        "The voice “{voice}” is not installed, and no voice for {language} is; "
        "reading with the voice “{other_voice}” instead."
    ),
    "speech.voice_not_usable": "The voice “{voice}” could not be used; reading with the standard voice instead.",
    "audio.no_text": "There is no text to save as audio.",
    "audio.not_saved": "The audio file could not be saved. {reason}",
    "audio.too_slow": "Making the audio took too long, so it was stopped.",
    "audio.helper_stopped": "The speech helper stopped before the audio was made.",
    "audio.not_made": "The audio could not be made. Please try again.",
    "audio.speech_off": "Speech is off on this computer, so the sound file cannot be made.",
    # The interface language.
    "language.unknown": "CoProd Desktop has no language '{value}'. Use one of: {choices}.",
    # Meeting export files (services/exchange*.py).
    "import.other_meeting_prompt": (
        "Cannot import “{title}”: a prompt in the file already belongs to another meeting on this laptop. "
        "Nothing was imported."
    ),
    "import.other_meeting_contribution": (
        "Cannot import “{title}”: a contribution in the file already belongs to another meeting on this laptop. "
        "Nothing was imported."
    ),
    "import.clash": "Cannot import “{title}”: it clashes with data on this laptop. Nothing was imported.",
    "import.card_missing": (
        "Cannot import “{title}”: the picture card “{label}” ({card}) is not on this laptop. Nothing was imported."
    ),
    "import.is_folder": "Cannot import {file}: it is a folder, not a meeting export file.",
    "import.not_a_file": "Cannot import {file}: it is not a file.",
    "import.too_big": "Cannot import {file}: it is too big to be a meeting export (over {limit_mb} MB).",
    "import.no_file": "Cannot import {file}: there is no such file.",
    "import.unreadable": "Cannot import {file}: it cannot be read. {reason}",
    "import.empty": "Cannot import {file}: it is empty.",
    "import.not_utf8": "Cannot import {file}: it is not UTF-8 text, so it is not a meeting export.",
    "import.not_json": "Cannot import {file}: it is not valid JSON (line {line}, column {column}).",
    "import.too_deep": "Cannot import {file}: it is nested far too deeply to be a meeting export.",
    "import.field_twice": "Cannot import {file}: the field {name} appears twice in one place.",
    "import.odd_value": "Cannot import {file}: it holds a value no meeting export has.",
    "import.not_export": "Cannot import {file}: it is not a CoProd Desktop meeting export.",
    "import.unknown_version": "Cannot import {file}: it has an unknown format version: {value}.",
    "import.newer_version": (
        "Cannot import {file}: it was made by a newer version of CoProd Desktop (format version {value}). "
        "Please update CoProd Desktop to import it."
    ),
    "import.nothing_said": "Cannot import {file}: {field} has neither words nor picture cards.",
    "import.card_not_listed": "Cannot import {file}: {field} {card} is not in the list of cards.",
    "import.person_not_listed": (
        "Cannot import {file}: {field} is credited to someone who is not among the people in the file."
    ),
    "import.prompt_not_listed": "Cannot import {file}: {field} is not one of the prompts in the file.",
    "import.field_missing": "Cannot import {file}: {field} is missing.",
    "import.field_unknown": "Cannot import {file}: {field} is not a field a meeting export has.",
    "import.field_empty": "Cannot import {file}: {field} is empty.",
    "import.too_long": "Cannot import {file}: {field} is too long: {length} characters, the most is {limit}.",
    "import.too_many": "Cannot import {file}: {field} has {count} items, the most is {limit}.",
    "import.listed_twice": "Cannot import {file}: {field} lists the same thing twice.",
    "import.same_twice": "Cannot import {file}: {field} is the same as {other}.",
    "import.not_text": "Cannot import {file}: {field} is not text.",
    "import.not_list": "Cannot import {file}: {field} is not a list.",
    "import.not_object": "Cannot import {file}: {field} is not a JSON object.",
    "import.not_number": "Cannot import {file}: {field} is not a number.",
    "import.not_whole_number": "Cannot import {file}: {field} is not a whole number.",
    "import.not_id": "Cannot import {file}: {field} is not an id.",
    "import.not_card_id": "Cannot import {file}: {field} {value} is not a picture card id.",
    "import.not_date": "Cannot import {file}: {field} {value} is not a date written like 2026-11-26.",
    "import.not_time": "Cannot import {file}: {field} {value} is not a UTC time written like 2026-11-26T10:00:00Z.",
    "import.not_one_of": "Cannot import {file}: {field} is {value}, which is not one of: {choices}.",
    "import.out_of_range": "Cannot import {file}: {field} must be from {low} to {high}.",
    "import.wrong_type": "Cannot import {file}: {field} is not the right kind of value.",
    "import.wrong_value": "Cannot import {file}: {field} has a value no meeting export has.",
    "import.value_refused": "Cannot import {file}: {field} cannot be used. {reason}",
    # Not errors: what an import did (services/exchange_import.py ImportResult.report). Numbers
    # come after a colon, so no sentence has to agree with them (one, few, many in Welsh or Polish).
    "import.done": (
        "Imported “{title}”. People added: {people}. Prompts added: {prompts}. "
        "Contributions added: {contributions}. Already here: {already}."
    ),
    "import.profiles_added": "Communication profiles added: {count}.",
    "import.not_a_conflict": (
        "Cannot import “{title}”: {ref} is not one of the differences between the file and this laptop. "
        "Nothing was imported."
    ),
    # What an import did with each difference between the file and this laptop (exchange_merge.py).
    "import.withdrawn_here": "Withdrawn in the file, so withdrawn here too: {count}.",
    "import.kept_meeting": "Kept this laptop’s meeting details ({ref}): “{mine}”. The file says: “{theirs}”.",
    "import.took_meeting": "Took the file’s meeting details ({ref}): “{theirs}”. This laptop had: “{mine}”.",
    "import.kept_prompt": "Kept this laptop’s prompt ({ref}): “{mine}”. The file says: “{theirs}”.",
    "import.took_prompt": "Took the file’s prompt ({ref}): “{theirs}”. This laptop had: “{mine}”.",
    "import.kept_contribution": "Kept this laptop’s contribution ({ref}): “{mine}”. The file says: “{theirs}”.",
    "import.took_contribution": "Took the file’s contribution ({ref}): “{theirs}”. This laptop had: “{mine}”.",
    "import.kept_credit": "Kept how this laptop credits a person ({ref}): “{mine}”. The file says: “{theirs}”.",
    "import.took_credit": "Took how the file credits a person ({ref}): “{theirs}”. This laptop had: “{mine}”.",
    # Meeting export files being written (app/documents.py).
    "export.not_saved": "The meeting could not be saved as {file}. {reason}",
    # Involvement, recognition, expenses and rates (domain/involvement.py, store/involvement.py).
    "involvement.role_unknown": "'{value}' is not a role. The roles are: {choices}.",
    "involvement.recognition_unknown": "'{value}' is not a choice of recognition. The choices are: {choices}.",
    "involvement.minutes_invalid": (
        "'{value}' is not a number of minutes. Please give a whole number from {low} to {high}."
    ),
    "expense.kind_unknown": "'{value}' is not a kind of expense. The kinds are: {choices}.",
    "expense.miles_invalid": "'{value}' is not a number of miles. Please give a number from {low} to {high}.",
    "expense.amount_invalid": "'{value}' is not an amount of money. Please write it like 12.50, up to {limit}.",
    "expense.miles_missing": "Please give the miles travelled.",
    "expense.amount_missing": "Please give the amount of money.",
    "expense.note_too_long": "The note is too long: {length} characters, the most is {limit}.",
    "expense.missing": "That expense is not there any more. It may have been removed.",
    "rates.invalid": "'{value}' cannot be used as a rate. Please write an amount like 0.45, up to {limit}.",
    "finance.dates_backwards": "The end date comes before the start date. Please check the dates.",
    "finance.file_exists": "{file} is there already. A finance export never replaces a file: choose another name.",
    "finance.not_saved": "The finance export could not be saved as {file}. {reason}",
    # Open Board Format files brought in (services/obf_*.py).
    "board.is_folder": "Cannot import {file}: it is a folder, not a board file.",
    "board.not_a_file": "Cannot import {file}: it is not a file.",
    "board.no_file": "Cannot import {file}: there is no such file.",
    "board.unreadable": "Cannot import {file}: it cannot be read. {reason}",
    "board.empty": "Cannot import {file}: it is empty.",
    "board.too_big": "Cannot import {file}: it is too big to be a board (over {limit_mb} MB).",
    "board.text_too_big": "Cannot import {file}: it is too big to be a board (over {limit_mb} MB of text).",
    "board.part_empty": "Cannot import {file}: a part of it is empty.",
    "board.not_utf8": "Cannot import {file}: it is not UTF-8 text, so it is not an Open Board Format board.",
    "board.not_json": "Cannot import {file}: it is not valid JSON (line {line}, column {column}).",
    "board.too_deep": "Cannot import {file}: it is nested far too deeply to be a board.",
    "board.odd_number": "Cannot import {file}: it holds a number no board has.",
    "board.zip_damaged": "Cannot import {file}: it is not a readable .obz package (the zip file is damaged).",
    "board.too_many_files": "Cannot import {file}: it holds too many files ({count}; the most is {limit}).",
    "board.too_big_unpacked": (
        "Cannot import {file}: it unpacks to more than {limit_mb} MB, too big for a board package."
    ),
    "board.entry_outside": "Cannot import {file}: it holds a file whose name leads outside the package ({entry}).",
    "board.entry_link": "Cannot import {file}: it holds a link to another place ({entry}).",
    "board.entry_locked": "Cannot import {file}: it holds a file locked with a password ({entry}).",
    "board.entry_packing": "Cannot import {file}: it holds a file packed in a way .obz packages do not use ({entry}).",
    "board.entry_twice": "Cannot import {file}: it holds two files named {entry}.",
    "board.entry_too_big": "Cannot import {file}: the file {entry} in the package is too big.",
    "board.entry_lies": "Cannot import {file}: the file {entry} holds more than the package says.",
    "board.entry_damaged": "Cannot import {file}: the file {entry} in the package is damaged.",
    "board.zip_bomb": "Cannot import {file}: the file {entry} unpacks to far more than it holds (a zip bomb).",
    "board.not_zip": "Cannot import {file}: it is not an .obz package (an .obz file is a zip file).",
    "board.no_manifest": "Cannot import {file}: it has no manifest.json, so it is not an .obz package.",
    "board.not_a_manifest": "Cannot import {file}: manifest.json is not an Open Board Format manifest.",
    "board.root_missing": (
        "Cannot import {file}: the main board named in manifest.json ({entry}) is not in the package."
    ),
    "board.listed_missing": "Cannot import {file}: the board {board} named in manifest.json is not in the package.",
    "board.too_many_boards": "Cannot import {file}: it holds more than {limit} boards.",
    "board.not_a_board": "Cannot import {file}: it is not an Open Board Format board.",
    "board.too_many_buttons": "Cannot import {file}: a board has more than {limit} buttons.",
    "board.field_missing": "Cannot import {file}: {field} is missing.",
    "board.not_text": "Cannot import {file}: {field} is not text.",
    "board.not_object": "Cannot import {file}: {field} is not an object.",
    "board.not_list": "Cannot import {file}: {field} is not a list.",
    "board.not_true_false": "Cannot import {file}: {field} is not true or false.",
    "board.not_whole_number": "Cannot import {file}: {field} is not a whole number.",
    "board.not_button_id": "Cannot import {file}: {field} is not the id of a button.",
    "board.id_twice": "Cannot import {file}: {field} {value} is used by two buttons.",
    # Not errors: what bringing a board in did (services/obf.py BoardImport.report), one sentence
    # each, numbers after a colon. "board.left_out_<kind>" says why buttons were left out.
    "board.cards_added": "Picture cards added from “{board_name}”: {count}.",
    "board.word_cards_added": "Of these, word cards (their words are their picture): {count}.",
    "board.already_here": "Cards already here, so not added again: {count}.",
    "board.left_out": "Buttons left out: {count}.",
    "board.left_out_no_words": "Left out because they have no words: {count}.",
    "board.left_out_hidden": "Left out because they are hidden on the board: {count}.",
    "board.left_out_control": "Left out because they control the board and are not words: {count}.",
    "board.left_out_too_long": "Left out because they have too many words for a card: {count}.",
    "board.left_out_online": "Left out because their picture is on the internet (it is never fetched): {count}.",
    "board.left_out_svg": "Left out because their picture is an SVG drawing: {count}.",
    "board.left_out_missing": "Left out because their picture is not in the file: {count}.",
    "board.left_out_unusable": "Left out because their picture cannot be used: {count}.",
    "board.sounds_left_out": "Sounds left out (CoProd Desktop does not use sounds): {count}.",
    "board.links_online": (
        "Links to boards on the internet, not followed (CoProd Desktop makes no network calls): {count}."
    ),
    "board.links_not_here": "Links to boards that are not in this file, not followed: {count}.",
    # PDF printouts.
    "pdf.not_saved": "The PDF could not be saved as {file}. {reason}",
    "html.not_saved": "The copy for screen readers could not be saved as {file}. {reason}",
    # The meeting database (store/).
    "database.failed": "The meeting database could not be read or written. What you typed is still on the screen.",
    "database.is_folder": "{path} is a folder, not a meeting database file.",
    "database.unreadable": "Cannot read {path}. {reason}",
    "database.empty": "{name} is empty: it holds no meetings. It was left as it is.",
    "database.empty_backup": (
        "{name} is empty: it holds no meetings. It was left as it is. A backup is available: {backup}."
    ),
    "database.not_a_database": "{name} is not a CoProd Desktop meeting database. It was left as it is.",
    "database.damaged": "{name} is damaged and cannot be opened. It was left as it is.",
    "database.damaged_backup": (
        "{name} is damaged and cannot be opened. It was left as it is. A backup is available: {backup}."
    ),
    "database.other_program": "{name} is a database from another program, not CoProd Desktop. It was left as it is.",
    "database.newer": (
        "{name} was saved by a newer version of CoProd Desktop. Please update CoProd Desktop to open it. "
        "It was left as it is."
    ),
    "database.no_safe_mode": "The meeting database could not switch to safe-write mode (WAL).",
    "database.missing": "There is no meeting database at {path}.",
    "database.folder_not_made": "Cannot create the folder {folder}. {reason}",
    "database.cannot_write_beside": "Cannot write beside {name}. {reason}",
    "database.cannot_open": "Cannot open {name}. {reason}",
    "database.in_use": "{name} is already open in another CoProd Desktop window. Close that one first.",
    "database.folder_not_writable": (
        "{name} cannot be opened safely: the folder {folder} cannot be written to. "
        "Move the file to a folder you can write to, or ask for access to this one."
    ),
    "database.older": (
        "{name} was saved by an older version of CoProd Desktop. "
        "Open it in CoProd Desktop once to bring it up to date, then try again."
    ),
    "database.disk_full": "The disk is full, so nothing was saved. Free some space and try again.",
    "database.read_only": "The meeting database is read-only, so nothing was saved.",
    "database.busy": "The meeting database is busy in another program, so nothing was saved. Try again.",
    "database.not_saved": "Nothing was saved: the meeting database could not be written. Try again.",
    # Checks on opening a database, and the check command (store/database.py, store/checkup.py).
    "database.unknown_version": (
        "{name} was saved by a newer version of CoProd Desktop or by another program: its version "
        "number is not one this program knows. It was left as it is."
    ),
    "database.wal_lost": (
        "Some recent changes may be missing: the file that held the latest changes to {name} (its -wal "
        "file) is gone. {name} was left as it is."
    ),
    "database.wal_mismatch": (
        "Some recent changes may be missing: the file of latest changes beside {name} (its -wal file) "
        "does not belong to it. Both were left as they are."
    ),
    "database.read_only_file": "{name} can only be read: changes to it cannot be saved.",
    "check.integrity_ok": "Whole-file check: no damage found.",
    "check.version": "Version: {number} ({migration}), the newest this program knows.",
    "check.version_older": "Version: {number} ({migration}). Opening it in CoProd Desktop brings it up to date.",
    "check.log_ok": "Latest changes (the -wal file): in order.",
    "check.backup": "Newest good backup: {path} (saved {when}).",
    "check.no_backup": "No good backup was found.",
    "check.all_well": "All is well.",
    "check.problem": "{name} has a problem (see above).",
    # Backups (store/backup_check.py, app/backups.py).
    "backup.check_failed": (
        "The backup of the meeting database did not check out as a whole copy, so it was deleted: "
        "{name} was not kept. Your meetings are unchanged. Try again."
    ),
    "backup.not_saved": "The backup {name} could not be saved. {reason} Your meetings are unchanged.",
    "backup.not_whole": "{file} is not a whole backup of a meeting database, so it was not used. Nothing was changed.",
    "backup.exists": "{file} is there already: a backup never replaces a file. Choose another name.",
    # A person's record, erasing and anonymising (app/person_record.py, app/erasure.py).
    "record.not_saved": "The record could not be saved as {file}. {reason}",
    "erase.backups_hold": "Backups made before today still hold their data until {date}. Backups: {count}.",
    "erase.upgrade_backups_kept": "Backups made before an upgrade also hold their data until you delete them: {count}.",
    "erase.no_backups": "No backup holds their data.",
    "erase.not_confirmed": "Nothing was changed. Add --yes to erase or anonymise this person.",
    "erase.erased": "They were erased from this laptop, with everything about them.",
    "erase.anonymised": "They were anonymised. What they said stays, credited as a former participant.",
}

# Codes a {reason} param may hold: whole sentences that also stand alone.
REASONS = frozenset(
    {
        "file.no_space",
        "file.not_allowed",
        "file.read_only",
        "file.not_found",
        "file.failed",
        "database.disk_full",
        "database.read_only",
        "database.busy",
        "database.not_saved",
        "speech.how_linux",
        "speech.how_windows",
        "speech.how_mac",
    }
)

# Params whose English words are translated from another context of the content catalogue.
# "language" holds a language's English name ("Welsh"; services/speech/voices.language_words).
TERM_CONTEXTS: dict[str, str] = {"colour": "Markers", "shape": "Markers", "language": "Languages"}

# What each placeholder holds, for the translators' comments.
PLACEHOLDERS: dict[str, str] = {
    "name": "a person's name or a file name, as typed",
    "starts": "a time of day, like 14:00",
    "ends": "a time of day, like 15:30",
    "title": "a meeting's title, as typed",
    "file": "a file name",
    "folder": "a folder's path",
    "path": "a file's path",
    "backup": "the file name of a backup copy",
    "card": "a picture card's id, such as feeling-happy",
    "id": "a meeting's id (letters, numbers and dashes)",
    "label": "a picture card's words",
    "value": "what was given, as typed",
    "choices": "the allowed values, joined with commas",
    "length": "a number of characters",
    "limit": "the largest number allowed",
    "low": "the smallest number allowed",
    "high": "the largest number allowed",
    "step": "a number",
    "count": "a number",
    "size_mb": "a size in megabytes, such as 12.5",
    "limit_mb": "a size in megabytes",
    "millions": "a number of millions, such as 50",
    "width": "a number of pixels",
    "height": "a number of pixels",
    "min_side": "a number of pixels",
    "suffix": "the end of a file name, such as .pdf",
    "field": "a place in the file, such as people[0].marker (keep it as it is)",
    "other": "another place in the file, such as people[2].id (keep it as it is)",
    "entry": "the name of a file inside a zip package",
    "part": "the name of a file inside a zip package, such as manifest.json",
    "board": "the name of a board file inside a zip package",
    "line": "a line number",
    "column": "a column number",
    "colour": "a marker colour, from the Markers words (orange, sky blue...)",
    "shape": "a marker shape, from the Markers words (circle, square...)",
    "reason": "another sentence from this list, saying why (for example that the disk is full)",
    "voice": "the name of a speech voice on the computer, such as gmw/en (keep it as it is)",
    "other_voice": "the name of another speech voice on the computer (keep it as it is)",
    "language": "a language's name, from the Languages words (Welsh, Polish...)",
    "board_name": "the name of a board (a page of picture buttons), as in the file",
    "people": "a number",
    "prompts": "a number",
    "contributions": "a number",
    "already": "a number",
    "number": "a number",
    "migration": "the name of a database version, such as 0007_meeting_details (keep it as it is)",
    "when": "a date and time, such as 2026-11-26 14:05",
    "date": "a date, such as 2027-12-01",
    "ref": "an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it)",
    "mine": "what this laptop has, quoted from the meeting (words, a date, a name)",
    "theirs": "what the imported file has, quoted from the meeting (words, a date, a name)",
}

# Notes for translators where the words alone could mislead.
NOTES: dict[str, str] = {
    "error.unknown": "Shown when something unexpected went wrong (a fault in the program).",
    "person.marker_taken": "{colour} {shape} is a marker, such as 'orange circle': reorder as your language needs.",
    "credit.style_unknown": "{choices} are the program's own names (full_name, initials...): keep them as they are.",
    "consent.naming_unknown": "{choices} are the program's own names (full_name, anonymous...): keep them as they are.",
    "involvement.role_unknown": "{choices} are the program's own names (participant, observer...): keep them.",
    "involvement.recognition_unknown": "{choices} are the program's own names (payment, voucher...): keep them.",
    "expense.kind_unknown": "{choices} are the program's own names (mileage, fare...): keep them as they are.",
    "expense.amount_invalid": "12.50 is an amount of money in pounds; {limit} is an amount such as £100,000.00.",
    "rates.invalid": "0.45 is an amount of money in pounds; {limit} is an amount such as £1,000.00.",
    "colour.invalid": "#RRGGBB and #1A4FD6 are how colours are written: keep them as they are.",
    "meeting.date_invalid": "2026-11-26 is how the date must be written: keep it as it is.",
    "database.no_safe_mode": "WAL is the name of a database setting: keep it as it is.",
    "database.wal_lost": "-wal is the end of a file's name: keep it as it is.",
    "database.wal_mismatch": "-wal is the end of a file's name: keep it as it is.",
    "check.log_ok": "-wal is the end of a file's name: keep it as it is.",
    "erase.not_confirmed": "--yes is a command-line option: keep it as it is.",
    "speech.switched_off": "COPROD_SPEECH_DRIVER is the name of a setting: keep it as it is.",
    "speech.player_missing": "COPROD_AUDIO_PLAYER is the name of a setting: keep it as it is.",
    "speech.player_missing_linux": (
        "alsa-utils, sudo apt install alsa-utils and COPROD_AUDIO_PLAYER are names and a command: keep them."
    ),
    "speech.how_linux": "espeak-ng and sudo apt install espeak-ng are a name and a command: keep them.",
    "speech.how_windows": "Name the Windows settings as a Windows in your language shows them.",
    "speech.how_mac": "Name the macOS settings as a Mac in your language shows them.",
    "speech.pyttsx3_missing": "pyttsx3 is the name of a program part: keep it as it is.",
    "import.not_utf8": "UTF-8 is the name of a text encoding: keep it as it is.",
    "import.not_json": "JSON is the name of a file format: keep it as it is.",
    "board.not_json": "JSON is the name of a file format: keep it as it is.",
    "board.not_utf8": "UTF-8 and Open Board Format are names: keep them as they are.",
    "board.zip_bomb": "A zip bomb is a small file made to unpack to something huge, to fill a computer up.",
    "speech.voice_missing": "Not an error: said while reading aloud goes on with another voice.",
    "speech.language_voice_missing": "Not an error: said while reading aloud goes on in English.",
    "speech.voice_not_usable": "Not an error: said while reading aloud goes on with another voice.",
    "import.done": "Not an error: said after a meeting export file was imported.",
    "import.kept_meeting": "Not an error: a meeting differed between a file and this laptop; this laptop's was kept.",
    "import.took_meeting": "Not an error: a meeting differed between a file and this laptop; the file's was taken.",
    "board.cards_added": "Not an error: said after a board of picture buttons was brought in.",
    "board.left_out": "Buttons on the board that did not become picture cards.",
    "board.left_out_svg": "SVG is the name of a picture format: keep it as it is.",
    "board.links_online": "A button on a board can open another board; this counts those not opened.",
}


def os_reason(error: OSError) -> str:
    """The code (one of REASONS) saying why *error* stopped a file being read or written."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "file.no_space"
    if error.errno == errno.EROFS:
        return "file.read_only"
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM):
        return "file.not_allowed"
    if isinstance(error, FileNotFoundError) or error.errno == errno.ENOENT:
        return "file.not_found"
    return "file.failed"


def english_message(code: str, params: dict[str, Any] | None = None) -> str:
    """The English sentence for *code* with *params* filled in.

    A code not in the table is shown as it is: during the move to codes some errors still carry
    an English sentence as their code, and a sentence must never be lost.
    """
    params = dict(params or {})
    reason = params.get("reason")
    if isinstance(reason, str) and reason in REASONS:
        params["reason"] = MESSAGES[reason]
    for name, value in params.items():
        english = getattr(value, "english", None)  # an error as a param: its own sentence
        if callable(english):
            params[name] = english()
    return fill(MESSAGES.get(code, code), params)


def fill(template: str, params: dict[str, Any]) -> str:
    """Fill {name} placeholders with the params as they are (a value's own braces stay as typed).

    A placeholder with no value is left as it is rather than failing.
    """
    try:
        names = {field for _, field, _, _ in string.Formatter().parse(template) if field}
    except ValueError:
        return template
    if not names:
        return template
    values = {name: params.get(name, "{" + name + "}") for name in names}
    try:
        return template.format(**values)
    except (IndexError, KeyError, ValueError, AttributeError):
        return template
