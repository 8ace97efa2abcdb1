"""Dialogs opened from more than one place: display and access, profiles, speech, picture details."""
