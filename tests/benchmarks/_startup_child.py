"""Child process for bench_startup.py (not a benchmark on its own).

    python _startup_child.py bare
    python _startup_child.py app DB_FILE

Either way the child starts a window and prints ``PAINTED {json}`` at the main window's first
paint, then ``READY {json}`` once the meetings are listed (the same moment for the bare window),
with its own timings, and quits.

"app" runs the real start-up path unchanged: coprod_desktop.cli.main(["--db", DB_FILE]), which
goes through run_app (QApplication, build and show the window, paint it, prepare_application with
its app-wide event filters, open the store, attach it). The only hooks are wrappers that time
steps and watch for the first paint and for MainWindow.attach. No app code is changed.

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


def say(marker: str) -> None:
    """Tell the parent a milestone was reached, with the child's own timings so far."""
    TIMES[f"{marker.lower()}_ms"] = _ms(time.perf_counter())
    print(f"{marker} " + json.dumps(TIMES), flush=True)


def watch_first_paint(window, *, also_ready: bool) -> None:
    """Print PAINTED at the first paint of *window* (and READY too for the bare window)."""
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
                say("PAINTED")
                if also_ready:
                    say("READY")
                    QTimer.singleShot(0, QApplication.instance().quit)
            return False

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
    watch_first_paint(window, also_ready=True)
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
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from coprod_desktop import cli
    from coprod_desktop.ui import app as ui_app  # cli imports this lazily; same modules, same cost
    from coprod_desktop.ui.main_window import MainWindow

    TIMES["imports_ms"] = _ms(time.perf_counter())
    ui_app.prepare_application = _timed("prepare_application", ui_app.prepare_application)
    ui_app._new_window = _timed(
        "build_window", ui_app._new_window, after=lambda w: watch_first_paint(w, also_ready=False)
    )
    attach = MainWindow.attach

    def attach_and_report(window, store):
        # run_app imports the store (and sqlite-utils) only after the first paint: time it here.
        TIMES["store_opened_ms"] = _ms(time.perf_counter())
        attach(window, store)
        assert window.meetings.list.count() > 0, "the demo meeting should be listed"
        say("READY")
        QTimer.singleShot(0, QApplication.instance().quit)

    MainWindow.attach = attach_and_report
    return cli.main(["--db", db_file])


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        sys.exit(run_bare())
    sys.exit(run_app(sys.argv[2]))
