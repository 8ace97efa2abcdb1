"""Widgets the screens share: form parts, flowing layouts, card pictures and switch scanning."""
