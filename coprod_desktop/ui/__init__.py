"""Everything PySide6. The only package that may import Qt."""

import gc

from .platform.qt_workarounds import protect_singletons

# The app runs Python's cycle collector itself, on the GUI thread only (platform/tasks.py,
# GuiThreadGarbageCollector, started by ui.app.prepare_application). Automatic collection is
# switched off here, as the ui starts loading, rather than there: it is off for the app's whole
# life either way, and otherwise it runs dozens of times while Qt's modules and ours load and the
# first window is built (about 8 ms of start-up, measured with tests/benchmarks/bench_startup.py).
gc.disable()

PROTECTED = protect_singletons()  # before any widget is made: see qt_workarounds
