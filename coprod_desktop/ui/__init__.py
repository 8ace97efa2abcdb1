"""Everything PySide6. The only package that may import Qt."""

from .platform.qt_workarounds import protect_singletons

PROTECTED = protect_singletons()  # before any widget is made: see qt_workarounds
