"""A person's record as JSON: a documented, stable shape another program (or a person) can read.

Shape, version 1 (keys are never renamed within a version; new keys may be added):

    {
      "format": "coprod-person-record", "version": 1, "made_at": "<UTC ISO 8601>",
      "person": {"id", "full_name", "added_at", "anonymised_at", "speech_rate", "speech_volume",
                 "recognition"},
      "communication_profile": null | {"preferred_name", "formats": [...], "language",
                 "interpreter", "interpreter_language", "access", "switch_mode",
                 "switch_step_seconds", "switch_hold_seconds", "speech_rate", "voice",
                 "card_size", "notes"},
      "photo": null | {"file": "<name of the photo file saved beside this one>", "media_type",
                 "width", "height", "sha256"},
      "cards_showing_them": [{"id", "label"}],
      "consent": {"now": {"naming", "take_home", "quotes", "photo", "profile_share"},
                  "history": [{"kind", "given", "detail", "how", "told", "note", "at"}]},
      "meetings": [{"id", "title", "date", "place", "language", "credit_style", "chosen_name",
                    "marker": {"colour", "shape"}, "role", "minutes",
                    "contributions": [{"id", "prompt", "words", "cards": [{"id", "label"}],
                                       "made_at", "confirmed_at", "withdrawn", "withdrawn_at",
                                       "support_role"}],
                    "passes": [{"prompt", "at"}],
                    "agreed_with": [{"at"}],
                    "expenses": [{"kind", "miles", "pence", "note", "recorded_at"}]}]
    }

Times are UTC ISO 8601; dates are ISO dates; money is in pence. Nothing in it names anyone else:
the support on a contribution is its role only, and what they agreed with is the time only.

The photo is saved as its own file beside the JSON (named in "photo.file", checked by "sha256")
rather than inlined as base64: it opens in any picture viewer, the JSON stays small and readable
in a text editor, and a person who asks for "my photo" gets a photo, not a block of letters.
"""

from __future__ import annotations

import copy
import json

from .person_record import PersonRecord

PHOTO_SUFFIXES = {"image/png": ".png", "image/jpeg": ".jpg"}


def record_json_bytes(record: PersonRecord, photo_file: str | None) -> bytes:
    """The record as UTF-8 JSON, naming *photo_file* (the photo saved beside it) when it has one."""
    data = copy.deepcopy(record.data)
    if data.get("photo") is not None:
        data["photo"]["file"] = photo_file
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
