"""Running blocking work (PDF building, sound files) off the GUI thread.

The job gets only plain data and returns plain data; it never touches widgets and never uses the
GUI thread's SQLite connection (a job that needs the database opens its own). Results and errors
come back on the GUI thread through one long-lived relay object, so no Qt object is ever created
or destroyed on a worker thread.
"""

import gc
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot


class _Relay(QObject):
    """Lives on the GUI thread; signals from workers reach its slots there (queued)."""

    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.job_id = job_id
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI thread to show plainly
            self.relay.failed.emit(self.job_id, exc)
        else:
            self.relay.done.emit(self.job_id, result)


class TaskRunner(QObject):
    """Runs callables on a small thread pool and delivers their outcome on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver_result)
        self._relay.failed.connect(self._deliver_error)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None]]] = {}

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        self.pool.start(_Job(job_id, fn, self._relay))

    def busy(self) -> bool:
        return bool(self._callbacks)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)

    @Slot(int, object)
    def _deliver_result(self, job_id: int, value: Any) -> None:
        on_done, _ = self._callbacks.pop(job_id)
        on_done(value)

    @Slot(int, object)
    def _deliver_error(self, job_id: int, exc: Exception) -> None:
        _, on_error = self._callbacks.pop(job_id)
        on_error(exc)


class GuiThreadGarbageCollector(QObject):
    """Runs Python's cycle collector on the GUI thread only.

    Left to itself the collector runs in whichever thread happens to allocate, and a worker thread
    building a PDF could then destroy Qt objects that belong to the GUI thread: a crash. So
    automatic collection is switched off and done here, on a timer, when the GUI thread is idle.
    """

    def __init__(self, interval_ms: int = 1000) -> None:
        super().__init__()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._collect)
        self._timer.start(interval_ms)

    def _collect(self) -> None:
        # Collect only the generations whose thresholds have been passed, like the automatic one.
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                break
