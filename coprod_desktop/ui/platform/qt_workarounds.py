"""Guards against known faults in the Qt for Python release we are tied to.

PySide6 6.12.0 (pinned: PySide6-Pdf 6.12.0.140 requires exactly that release) drops references
it does not own to Python's singletons:
- many void methods (setText, setToolTip, addItem, ...) return None without taking a reference;
- a Signal(bool) takes a reference from True or False each time it is emitted.
On Python 3.11, where these objects are still reference-counted, every such call takes one away;
after some tens of thousands the count reaches zero and the interpreter aborts ("none_dealloc",
"bool_dealloc"). A facilitator typing into "Find a card" makes thousands of these calls an hour,
so the room would close itself mid-meeting. (Python 3.12 made them immortal: it cannot happen.)

The guard measures the fault rather than trusting version numbers: it makes a few such calls and
checks whether a singleton lost references. Only then does it give None, True and False a reserve
far beyond what any session could use (2**50 calls: over 35 years at a million calls a second).
"""

import ctypes
import sys

RESERVE = 2**50
PROBES = 8


def _losses() -> dict[str, object]:
    """The singletons that lose references in this Qt for Python, by name."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        flag = Signal(bool)

    probe = _Probe()
    probe.flag.connect(lambda _value: None)
    lost: dict[str, object] = {}
    before = sys.getrefcount(None)
    for _ in range(PROBES):
        probe.setObjectName("probe")
    if sys.getrefcount(None) < before:
        lost["None"] = None
    for value in (True, False):
        before = sys.getrefcount(value)
        for _ in range(PROBES):
            probe.flag.emit(value)
        if sys.getrefcount(value) < before:
            lost[str(value)] = value
    return lost


def protect_singletons() -> list[str]:
    """Give None, True and False a reserve where this Qt for Python loses references to them.

    Returns the names of the objects that needed it (empty where nothing is lost).
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return []
    if not _losses():
        return []
    # Where one path is seen losing references, others may lose them from the other singletons
    # (the probes cannot try every call), so all three get the reserve: it costs nothing.
    singletons = {"False": False, "None": None, "True": True}
    for value in singletons.values():
        # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(value)).value += RESERVE
    return sorted(singletons)
