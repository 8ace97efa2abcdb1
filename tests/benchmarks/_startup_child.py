"""Child process for bench_startup.py (not a benchmark on its own).

    python _startup_child.py bare
    python _startup_child.py app DB_FILE

Either way the child starts a window, waits for its first paint, prints one line
``SHOWN {json}`` with its own timings, and quits.

"app" runs the real start-up path unchanged: coprod_desktop.cli.main(["--db", DB_FILE]), which
goes through run_app (QApplication, prepare_application, opening the store, build_main_window,
show, exec). The only hook is a wrapper around coprod_desktop.ui.app's module-level names, which
run_app looks up at call time: it times each step and, once the window exists, watches for its
first paint. No app code is changed.

"bare" is PySide6 alone: QApplication, a QMainWindow holding a QLabel, show, exec, with the same
first-paint watcher.
"""

import time

T_START = time.perf_counter()

import json  # noqa: E402  (after T_START on purpose: the clock starts first)
import sys  # noqa: E402

TIMES: dict[str, float | str] = {}


def _ms(t: float) -> float:
    return round((t - T_START) * 1000, 2)


def watch_first_paint(window) -> None:
    """Report and quit after the first paint of *window* (and all its children, same pass)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    TIMES["window_built_ms"] = _ms(time.perf_counter())

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, obj, event) -> bool:
            if not self.seen and obj is window and event.type() == QEvent.Type.Paint:
                self.seen = True
                TIMES["first_paint_ms"] = _ms(time.perf_counter())
                # The paint pass for the whole window (children included) and the flush to the
                # backing store finish before a zero timer fires.
                QTimer.singleShot(0, report)
            return False

    def report() -> None:
        TIMES["shown_ms"] = _ms(time.perf_counter())
        print("SHOWN " + json.dumps(TIMES), flush=True)
        QApplication.instance().quit()

    watcher = FirstPaint()
    window._bench_first_paint = watcher  # keep it alive as long as the window
    window.installEventFilter(watcher)


def run_bare() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    TIMES["imports_ms"] = _ms(time.perf_counter())
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1366, 768)
    watch_first_paint(window)
    window.show()
    return app.exec()


def _timed(name: str, function, after=None):
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        TIMES[f"{name}_start_ms"] = _ms(started)
        result = function(*args, **kwargs)
        TIMES[f"{name}_took_ms"] = round((time.perf_counter() - started) * 1000, 2)
        if after is not None:
            after(result)
        return result

    return wrapper


def run_app(db_file: str) -> int:
    from coprod_desktop import cli
    from coprod_desktop.ui import app as ui_app  # cli imports this lazily; same modules, same cost

    TIMES["imports_ms"] = _ms(time.perf_counter())
    ui_app.prepare_application = _timed("prepare_application", ui_app.prepare_application)
    # Whichever name run_app opens the store through (the start-up path is still evolving).
    opener = next(name for name in ("open_or_explain", "open_for_writing") if hasattr(ui_app, name))
    setattr(ui_app, opener, _timed("open_store", getattr(ui_app, opener)))
    TIMES["open_store_via"] = opener
    ui_app.build_main_window = _timed("build_main_window", ui_app.build_main_window, after=watch_first_paint)
    return cli.main(["--db", db_file])


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        sys.exit(run_bare())
    sys.exit(run_app(sys.argv[2]))
