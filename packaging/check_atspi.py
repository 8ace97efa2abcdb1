#!/usr/bin/env python3
"""Check, through the real AT-SPI accessibility bus (what Orca uses), that every control a person
can use in CoProd Desktop has a name and a role.

The script builds a private desktop of its own and tears it down at the end:

* a virtual X screen (Xvfb) and a private D-Bus session bus;
* the AT-SPI bus launcher, which starts the accessibility bus and its registry;
* the app from the project's virtual environment, on a throw-away database holding the demo
  meeting, with Qt's AT-SPI bridge switched on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1), and with a
  throw-away HOME so the developer's own settings are neither read nor changed.

It then finds the app on the AT-SPI registry and, on each screen:

* walks the whole accessible tree and lists every on-screen control (it and all its ancestors
  showing) with an interactive role (button, check box, combo box, text field, list, list item,
  page tab, spin button, menu item, radio button, ...), with its role, name, labelled-by relation,
  description and states; items of closed pop-ups (combo box lists, menus) are listed apart;
* walks the Tab order: presses Tab with xdotool and follows the AT-SPI focus events (the events
  Orca speaks from) until the focus comes back to the first stop.

It moves between the screens the way an assistive technology can, with AT-SPI actions and
selections (the Tab walk is the only use of keys):

  meetings list -> "Set up" -> each set-up tab -> "Back to meetings" -> "Open in the room" -> room,
  and the two menus of the menu bar.

Exit code: 0 when every on-screen interactive object and every Tab stop has a name; 1 when some
have none (each is listed with its parent chain, position and contents); 2 when the check itself
could not run (missing package, the app did not appear, a screen could not be reached).
A nameless object in a closed pop-up, and a combo box with no label relation, are warnings.
See packaging/SCREEN_READERS.md for what was found.

Run it with the system Python, which has pyatspi from Debian (the venv's Python cannot import it):

    /usr/bin/python3 packaging/check_atspi.py --app /work/venv/bin/coprod-desktop

Started with another Python that lacks pyatspi it starts itself again under /usr/bin/python3,
passing along the coprod-desktop found next to that Python. Debian packages needed:
xvfb xauth xdotool dbus-daemon (or dbus-x11) at-spi2-core python3-pyatspi gir1.2-atspi-2.0 python3-gi
libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER_CANDIDATES = (
    "/usr/libexec/at-spi-bus-launcher",
    "/usr/lib/at-spi2-core/at-spi-bus-launcher",
    "/usr/lib/at-spi2/at-spi-bus-launcher",
)
MARKER = "COPROD_ATSPI_CHECK"  # set on every process this script starts, to find them at the end

# Roles a person acts on. An object with one of these roles that is showing must have a name.
INTERACTIVE_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "slider",
    "list",
    "list box",
    "list item",
    "page tab",
    "menu",
    "menu item",
    "check menu item",
    "radio menu item",
    "link",
    "tree",
    "tree item",
    "table",
    "date editor",
}
# Roles that are plain containers or decoration: a focusable object with one of these roles is
# reported as a warning (a screen reader would only say "panel" or "filler" when it is focused).
GENERIC_ROLES = {"panel", "filler", "unknown", "redundant object", "invalid", "section", "grouping"}


# --- the private desktop ---------------------------------------------------------------------


def find_launcher() -> str:
    for path in BUS_LAUNCHER_CANDIDATES:
        if os.access(path, os.X_OK):
            return path
    found = shutil.which("at-spi-bus-launcher")
    if found:
        return found
    raise SetupError("at-spi-bus-launcher not found: install the Debian package at-spi2-core")


class SetupError(Exception):
    """The check could not run (exit code 2)."""


class PrivateDesktop:
    """Xvfb + a D-Bus session bus + the AT-SPI bus launcher, all ended by close()."""

    def __init__(self, workdir: Path, size: str) -> None:
        self.workdir = workdir
        self.size = size
        self.procs: list[subprocess.Popen] = []
        home = workdir / "home"
        runtime = workdir / "run"
        for folder in (home, runtime, home / ".config", home / ".local/share", home / ".cache"):
            folder.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "AT_SPI", "QT_", "WAYLAND"))}
        env.update(
            HOME=str(home),
            XDG_RUNTIME_DIR=str(runtime),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local/share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            NO_AT_BRIDGE="0",
            GTK_A11Y="atspi",
        )
        env[MARKER] = str(workdir)
        env.pop("DISPLAY", None)
        self.env = env

    def _start(self, cmd: list[str], log: str, **kwargs) -> subprocess.Popen:
        out = open(self.workdir / log, "wb")
        proc = subprocess.Popen(
            cmd, env=self.env, stdout=kwargs.pop("stdout", out), stderr=out, start_new_session=True, **kwargs
        )
        self.procs.append(proc)
        return proc

    def start(self) -> None:
        for tool, package in (("Xvfb", "xvfb"), ("dbus-daemon", "dbus-daemon")):
            if shutil.which(tool) is None:
                raise SetupError(f"{tool} not found: install the Debian package {package}")
        # Xvfb picks a free display itself and writes its number to the pipe (-displayfd).
        read_end, write_end = os.pipe()
        self._start(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{self.size}x24", "-nolisten", "tcp"],
            "xvfb.log",
            pass_fds=(write_end,),
        )
        os.close(write_end)
        number = _read_line(read_end, 15, "Xvfb did not start (see xvfb.log)")
        self.env["DISPLAY"] = f":{number}"
        # A private session bus: its address is printed on its standard output.
        read_end, write_end = os.pipe()
        self._start(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--print-address={write_end}"],
            "dbus.log",
            pass_fds=(write_end,),
        )
        os.close(write_end)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = _read_line(read_end, 15, "dbus-daemon did not start")
        # The accessibility bus. On a desktop, the first program that asks the session bus for
        # org.a11y.Bus gets the AT-SPI bus launcher started by D-Bus activation; the launcher starts
        # a second dbus-daemon (the a11y bus), which activates at-spi2-registryd when asked. Asking
        # here does the same; where activation is not set up, the launcher is started by hand.
        if self._a11y_bus_address(activate=True):
            return
        self._start([find_launcher(), "--launch-immediately"], "atspi-launcher.log")
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self._a11y_bus_address(activate=False):
                return
            time.sleep(0.2)
        raise SetupError("the AT-SPI bus launcher did not answer on the session bus (see atspi-launcher.log)")

    def _a11y_bus_address(self, activate: bool) -> str:
        """The a11y bus address from org.a11y.Bus ('' if none); *activate* lets D-Bus start it."""
        command = ["dbus-send", "--session", "--print-reply", "--reply-timeout=10000", "--dest=org.a11y.Bus"]
        if not activate:
            owner = subprocess.run(
                ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                 "org.freedesktop.DBus.NameHasOwner", "string:org.a11y.Bus"],
                env=self.env, capture_output=True, text=True,
            )  # fmt: skip
            if "boolean true" not in owner.stdout:
                return ""
        probe = subprocess.run(
            [*command, "/org/a11y/bus", "org.a11y.Bus.GetAddress"], env=self.env, capture_output=True, text=True
        )
        if probe.returncode == 0 and "unix:" in probe.stdout:
            return probe.stdout.split('"')[1] if '"' in probe.stdout else probe.stdout.strip()
        return ""

    def close(self) -> None:
        """End every process this script started. The ones that D-Bus activated (the bus launcher,
        the a11y bus, the registry daemon) are found by the marker variable in their environment
        and ended leaves first, so each parent is still there to reap its child; then our own."""
        if self.procs and self.procs[-1].args[:1] != ["Xvfb"]:
            _end_group(self.procs[-1])  # the app, when it was started
        own = {proc.pid for proc in self.procs}
        for _ in range(20):
            marked = {pid: ppid for pid, ppid in _marked_pids(str(self.workdir)).items() if pid not in own}
            if not marked:
                break
            leaves = [pid for pid in marked if pid not in marked.values()]
            for pid in leaves or list(marked):
                try:
                    os.kill(pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
            time.sleep(0.3)
        for proc in reversed(self.procs):
            _end_group(proc)
        for pid in _marked_pids(str(self.workdir)):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def print_log_tails(workdir: Path) -> None:
    """The last lines of each log in *workdir*, on stderr: why a step of the private desktop failed."""
    for log in sorted(workdir.glob("*.log")):
        text = log.read_text(errors="replace").strip()
        if text:
            print(f"--- {log.name} (last lines)\n" + "\n".join(text.splitlines()[-15:]), file=sys.stderr)


def _read_line(fd: int, timeout: float, problem: str) -> str:
    import select

    data = b""
    deadline = time.monotonic() + timeout
    try:
        while b"\n" not in data:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise SetupError(problem)
            chunk = os.read(fd, 4096)
            if not chunk:
                raise SetupError(problem)
            data += chunk
    finally:
        os.close(fd)
    return data.split(b"\n", 1)[0].decode().strip()


def _end_group(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(5)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)
    except ProcessLookupError:
        pass


def _marked_pids(value: str) -> dict[int, int]:
    """{pid: parent pid} of the live processes whose environment holds our marker."""
    wanted = f"{MARKER}={value}".encode()
    pids = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if wanted not in (entry / "environ").read_bytes().split(b"\0"):
                continue
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            if fields[0] == "Z":
                continue  # already ended, waiting to be reaped
            pids[int(entry.name)] = int(fields[1])
        except (OSError, ValueError, IndexError):
            continue
    return pids


# --- reading the accessible tree ---------------------------------------------------------------


@dataclass
class Found:
    role: str
    name: str
    description: str
    states: list[str]
    chain: list[str]  # ancestors from the application down, as 'role "name"'
    index_path: list[int] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    popup: str = ""
    hint: str = ""

    @property
    def nameless(self) -> bool:
        return not self.name.strip()


def state_names(obj) -> list[str]:
    import pyatspi

    try:
        return sorted(pyatspi.stateToString(s) for s in obj.getState().getStates())
    except Exception:
        return []


def walk(root, max_nodes: int = 20000):
    """Yield a Node for every object under *root* (itself included), depth first.

    Qt marks some objects 'showing' whose parent is hidden (the items of a list on another tab, or
    of a closed combo box's pop-up), so an object counts as on screen only when it and every
    ancestor are showing. The items of a showing combo box or menu bar are marked *in_popup*: they
    are hidden until the pop-up opens, and then a screen reader reads them.
    """
    stack = [(root, [], [], True, "")]
    seen = 0
    while stack:
        obj, chain, path, parent_on_screen, popup = stack.pop()
        seen += 1
        if seen > max_nodes:
            raise SetupError(f"more than {max_nodes} accessible objects: the tree may loop")
        try:
            role = obj.getRoleName()
            name = obj.name or ""
            count = obj.childCount
        except Exception:
            continue
        states = state_names(obj)
        on_screen = parent_on_screen and is_showing(states)
        node = Node(obj, role, name, states, chain, path, on_screen, popup)
        yield node
        here = [*chain, f'{role} "{name}"']
        child_popup = popup or (here[-1] if on_screen and role in ("combo box", "menu bar") else "")
        children = []
        for i in range(count):
            try:
                child = obj.getChildAtIndex(i)
            except Exception:
                child = None
            if child is not None:
                children.append((child, here, [*path, i], on_screen, child_popup))
        stack.extend(reversed(children))


@dataclass
class Node:
    obj: object
    role: str
    name: str
    states: list[str]
    chain: list[str]
    path: list[int]
    on_screen: bool
    popup: str  # the combo box or menu bar whose pop-up holds this object, if any


def is_showing(states: list[str]) -> bool:
    return "showing" in states and "visible" in states


def labels_of(obj) -> list[str]:
    """Names of the objects this one is labelled by (Qt: a QLabel whose buddy it is)."""
    import pyatspi

    found = []
    try:
        for relation in obj.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for i in range(relation.getNTargets()):
                    target = relation.getTarget(i)
                    if target is not None:
                        found.append(target.name or "")
    except Exception:
        pass
    return found


@dataclass
class ScreenReport:
    title: str
    interactive: list[Found] = field(default_factory=list)  # on screen now
    popup: list[Found] = field(default_factory=list)  # in a closed combo box pop-up or menu
    warnings: list[tuple[Found, str]] = field(default_factory=list)
    focus_stops: list[Found] = field(default_factory=list)  # where Tab goes, in order
    focus_note: str = ""
    total: int = 0

    @property
    def nameless(self) -> list[Found]:
        return [f for f in self.interactive if f.nameless]

    @property
    def nameless_stops(self) -> list[Found]:
        return [f for f in self.focus_stops if f.nameless]

    @property
    def failures(self) -> int:
        return len(self.nameless) + len(self.nameless_stops)


def hint(obj) -> str:
    """Where an object is and what it holds, to tell which widget it is."""
    import pyatspi

    parts = []
    try:
        box = obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        parts.append(f"at x={box.x} y={box.y}, {box.width}x{box.height} px")
    except Exception:
        pass
    try:
        parts.append(f"{obj.childCount} children")
        named = [f'{n.role} "{n.name[:40]}"' for n in walk(obj) if n.obj is not obj and n.name.strip()][:3]
        if named:
            parts.append("holding " + ", ".join(named))
    except Exception:
        pass
    return "; ".join(parts)


def chain_of(obj) -> list[str]:
    chain = []
    try:
        parent = obj.parent
        while parent is not None and len(chain) < 40:
            chain.insert(0, f'{parent.getRoleName()} "{parent.name or ""}"')
            if parent.getRoleName() == "application":
                break
            parent = parent.parent
    except Exception:
        pass
    return chain


def found_of(obj, chain: list[str] | None = None, path: list[int] | None = None) -> Found:
    try:
        description = obj.description or ""
    except Exception:
        description = ""
    found = Found(obj.getRoleName(), obj.name or "", description, state_names(obj),
                  chain if chain is not None else chain_of(obj), path or [])  # fmt: skip
    found.labels = labels_of(obj)
    if found.nameless or found.role in GENERIC_ROLES:
        found.hint = hint(obj)
    return found


def survey(root, title: str, skip_menu_bar: bool = True) -> ScreenReport:
    report = ScreenReport(title)
    for node in walk(root):
        report.total += 1
        if skip_menu_bar and (node.role == "menu bar" or any(c.startswith("menu bar ") for c in node.chain)):
            continue
        if not (node.on_screen or node.popup):
            continue
        if node.role in INTERACTIVE_ROLES:
            found = found_of(node.obj, node.chain, node.path)
            found.popup = node.popup
            if node.on_screen and not node.popup:
                report.interactive.append(found)
            else:
                report.popup.append(found)
                if found.nameless:
                    report.warnings.append((found, f"nameless {found.role} in the pop-up of {node.popup} "
                                            "(hidden until the pop-up opens; then it takes the focus)"))  # fmt: skip
            if node.role == "combo box" and node.on_screen and not [x for x in found.labels if x.strip()]:
                report.warnings.append((found, "combo box with no labelled-by relation: on Linux Qt names a combo "
                                        "box by its current value, so Orca reads the value but no label"))  # fmt: skip
        elif node.role in GENERIC_ROLES and node.on_screen and "focusable" in node.states and not node.name.strip():
            found = found_of(node.obj, node.chain, node.path)
            report.warnings.append((found, f"focusable {node.role} with no name (see the Tab order below)"))
    return report


def _line(f: Found, verbose: bool) -> str:
    flag = "!" if f.nameless else " "
    shown_states = [s for s in f.states if s not in ("visible", "showing", "enabled", "sensitive")]
    line = f"{flag} {f.role:<15} name={f.name!r}"
    if f.labels:
        line += f" labelled-by={f.labels!r}"
    if f.description:
        line += f" description={f.description!r}"
    line += f" states=[{', '.join(shown_states)}]"
    if verbose:
        line = "  " * min(len(f.chain), 12) + line
    return line


def print_report(report: ScreenReport, verbose: bool) -> None:
    print(f"\n=== {report.title}: {len(report.interactive)} interactive objects on screen, "
          f"{len(report.nameless)} without a name ({report.total} accessible objects in the tree)")  # fmt: skip
    for f in report.interactive:
        print(_line(f, verbose))
    if report.popup:
        owners: dict[str, list[Found]] = {}
        for f in report.popup:
            owners.setdefault(f.popup, []).append(f)
        for owner, items in owners.items():
            unnamed = [f for f in items if f.nameless]
            print(f"  pop-up of {owner}: {len(items)} objects, {len(unnamed)} without a name")
            if verbose or report.title.startswith("Menu"):
                for f in items:
                    print("  " + _line(f, verbose))
    if report.focus_stops or report.focus_note:
        print(f"  Tab order ({len(report.focus_stops)} stops; {report.focus_note}):")
        for i, f in enumerate(report.focus_stops, 1):
            print(f"   {i:>2}. {'!' if f.nameless else ' '} {f.role} {f.name!r}")
    for f in report.nameless:
        print(f"  NAMELESS {f.role} at child path {f.index_path}")
        print("     parents: " + " > ".join(f.chain))
        if f.hint:
            print("     " + f.hint)
    for f in report.nameless_stops:
        print(f"  NAMELESS TAB STOP {f.role}: the keyboard focus lands here and a screen reader has no name to say")
        print("     parents: " + " > ".join(f.chain))
        if f.hint:
            print("     " + f.hint)
    for f, why in report.warnings:
        print(f"  WARNING {f.role} {f.name!r}: {why}")
        print("     parents: " + " > ".join(f.chain))
        if f.hint:
            print("     " + f.hint)


class FocusTracker:
    """Follows AT-SPI focus events, as Orca does, and walks the Tab order of the window."""

    def __init__(self, env: dict[str, str]) -> None:
        import pyatspi

        self.env = env
        self.events: list = []
        self.listener = lambda event: event.detail1 and self.events.append(event.source)
        pyatspi.Registry.registerEventListener(self.listener, "object:state-changed:focused")
        self.keys_work = shutil.which("xdotool") is not None

    def pump(self, seconds: float) -> None:
        from gi.repository import GLib

        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while context.iteration(False):
                pass
            time.sleep(0.02)

    def focus_window(self) -> bool:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "CoProd Desktop"],
                               env=self.env, capture_output=True, text=True)  # fmt: skip
        for window in found.stdout.split()[:1]:
            subprocess.run(["xdotool", "windowfocus", "--sync", window], env=self.env, capture_output=True)
            return True
        return False

    def tab_walk(self, report: ScreenReport, limit: int = 60) -> None:
        """Press Tab until the focus comes back to where it started (or *limit* presses)."""
        if not self.keys_work:
            report.focus_note = "not walked: xdotool is not installed"
            return
        if not self.focus_window():
            report.focus_note = "not walked: xdotool found no window named CoProd Desktop"
            return
        self.pump(0.3)
        self.events.clear()
        seen: list = []
        quiet = 0  # presses in a row that moved no focus (Tab steps through a date's parts first)
        for _ in range(limit):
            subprocess.run(["xdotool", "key", "Tab"], env=self.env, capture_output=True)
            self.pump(0.35)
            if not self.events:
                quiet += 1
                if quiet >= 6:
                    where = f"{seen[-1].getRoleName()} {seen[-1].name!r}" if seen else "the start"
                    report.focus_note = f"Tab moved no focus away from {where} in {quiet} presses: a keyboard trap?"
                    return
                continue
            quiet = 0
            obj = self.events[-1]
            self.events.clear()
            if any(obj is o for o in seen) or (seen and obj == seen[0]):
                report.focus_note = "back at the first stop: the whole cycle"
                return
            seen.append(obj)
            report.focus_stops.append(found_of(obj))
        report.focus_note = f"stopped after {limit} presses"


# --- finding and acting on objects ------------------------------------------------------------


def find(root, role: str, name: str | None = None, on_screen: bool = True):
    """The first object of *role* (named *name*, if given) under *root* that is on screen."""
    for node in walk(root):
        if node.role == role and (name is None or node.name == name) and (node.on_screen or not on_screen):
            return node.obj
    return None


def find_parent_of(root, role: str, name: str):
    found = find(root, role, name)
    return found.parent if found is not None else None


def wait_for(what: str, probe, timeout: float):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = probe()
        if result:
            return result
        time.sleep(0.3)
    raise SetupError(f"timed out waiting for {what}")


def press(app, role: str, name: str, timeout: float) -> None:
    """Do the first AT-SPI action (Qt: "Press") of the showing *role* named *name*."""
    obj = wait_for(f'{role} "{name}"', lambda: find(app, role, name), timeout)
    if "enabled" not in state_names(obj):
        wait_for(f'{role} "{name}" to be enabled', lambda: "enabled" in state_names(obj), timeout)
    action = obj.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    print(f"-> AT-SPI action {names[0] if names else '?'!r} on {role} {name!r} (actions: {names})")
    chosen = next((i for i, n in enumerate(names) if n.lower() in ("press", "click", "activate")), 0)
    if not names or not action.doAction(chosen):
        raise SetupError(f'the AT-SPI action on {role} "{name}" failed')


def select_tab(app, tab_list, index: int, timeout: float) -> str:
    """Select page tab *index* through the AT-SPI Selection interface of the page tab list."""
    tab = tab_list.getChildAtIndex(index)
    name = tab.name or f"tab {index + 1}"
    print(f"-> AT-SPI selectChild({index}) on page tab list {tab_list.name!r}: {name!r}")
    try:
        tab_list.querySelection().selectChild(index)
    except NotImplementedError:
        action = tab.queryAction()
        action.doAction(0)
    wait_for(f"page tab {name!r} to be selected", lambda: "selected" in state_names(tab), timeout)
    time.sleep(0.5)  # let the page be laid out and shown
    return name


def find_app(timeout: float):
    import pyatspi

    def probe():
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            name = (app.name or "").lower()
            if "coprod" in name:
                return app
        return None

    return wait_for("the app on the AT-SPI registry", probe, timeout)


# --- the check ---------------------------------------------------------------------------------


def run_check(args: argparse.Namespace, desktop: PrivateDesktop) -> int:
    app_cmd = args.app
    db = desktop.workdir / "check.db"
    made = subprocess.run([app_cmd, "demo", "--db", str(db)], env=desktop.env, capture_output=True, text=True)
    if made.returncode != 0:
        raise SetupError(f"could not make the demo meeting: {made.stderr.strip()}")
    print(f"demo meeting {made.stdout.strip()} in {db}")

    app_env = dict(
        desktop.env,
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
        QT_QPA_PLATFORM="xcb",
        COPROD_DB=str(db),
    )
    log = open(desktop.workdir / "app.log", "wb")
    proc = subprocess.Popen([app_cmd, "--db", str(db)], env=app_env, stdout=log, stderr=log, start_new_session=True)
    desktop.procs.append(proc)

    # pyatspi reads the bus address from the environment when it first connects.
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = desktop.env["DBUS_SESSION_BUS_ADDRESS"]
    os.environ["DISPLAY"] = desktop.env["DISPLAY"]
    try:
        import pyatspi  # noqa: F401
    except ImportError as error:
        raise SetupError(f"pyatspi is not importable ({error}): install python3-pyatspi gir1.2-atspi-2.0") from error

    t = args.timeout
    app = find_app(t)
    print(f"found application {app.name!r} on the AT-SPI registry "
          f"(toolkit {app.toolkitName!r} {app.toolkitVersion!r}, AT-SPI {app.atspiVersion!r})")  # fmt: skip
    reports: list[ScreenReport] = []
    tracker = FocusTracker(desktop.env) if not args.no_keys else None

    def screen(title: str) -> None:
        report = survey(app, title)
        if tracker is not None:
            # The Tab walk tells which focusable containers the focus really lands on.
            report.warnings = [(f, why) for f, why in report.warnings if f.role not in GENERIC_ROLES]
            tracker.tab_walk(report)
        reports.append(report)

    # 1. The meetings list, once the database is attached and the demo meeting is listed.
    wait_for("the meetings list to show the demo meeting", lambda: find(app, "list item"), t)
    time.sleep(0.5)
    screen("Meetings screen")

    # 1b. The menu bar's menus: their items are walked even though a closed menu is not showing.
    reports.append(menu_report(app))

    # 2. The set-up screen, each tab in turn.
    press(app, "push button", "Set up", t)
    tab_list = wait_for("the set-up tabs", lambda: find_parent_of(app, "page tab", "1. Details"), t)
    time.sleep(0.5)
    tabs = [i for i in range(tab_list.childCount) if tab_list.getChildAtIndex(i).getRoleName() == "page tab"]
    for index in tabs:  # (Qt's tab bar also holds its two scroll buttons)
        name = select_tab(app, tab_list, index, t)
        screen(f"Set-up screen, tab {name}")

    # 3. Back to the list, then the room.
    press(app, "push button", "Back to meetings", t)
    wait_for("the meetings screen", lambda: find(app, "push button", "Open in the room"), t)
    press(app, "push button", "Open in the room", t)
    wait_for("the room screen", lambda: find(app, "push button", "Next prompt"), t)
    time.sleep(1.0)
    screen("Room screen")

    if proc.poll() is not None:
        raise SetupError(f"the app exited with code {proc.returncode} during the check (see app.log)")

    for report in reports:
        print_report(report, args.verbose)
    failures = sum(r.failures for r in reports)
    warnings = sum(len(r.warnings) for r in reports)
    print("\nSummary:")
    for r in reports:
        stops = f", Tab stops {len(r.focus_stops)} ({len(r.nameless_stops)} nameless)" if r.focus_stops else ""
        print(f"  {r.title}: {len(r.interactive)} interactive on screen ({len(r.nameless)} nameless), "
              f"{len(r.popup)} in closed pop-ups{stops}, {len(r.warnings)} warnings")  # fmt: skip
    if failures:
        print(f"FAIL: {failures} interactive object(s) or Tab stop(s) without a name.")
        return 1
    print(f"OK: every showing interactive object and every Tab stop has a name and a role ({warnings} warnings).")
    return 0


def menu_report(app) -> ScreenReport:
    """The menu bar's menus and their items (in closed menus, so not showing, but reachable)."""
    bar = find(app, "menu bar")
    if bar is None:
        return ScreenReport("Menu bar", [], [], 0)
    report = survey(bar, "Menu bar (its menus and their items)", skip_menu_bar=False)
    for f in report.interactive + [w for w, _ in report.warnings]:
        f.chain = [f'application "{app.name}"', "...", *f.chain]
    return report


def default_app() -> str | None:
    beside = Path(sys.executable).parent / "coprod-desktop"
    if beside.exists():
        return str(beside)
    for candidate in (shutil.which("coprod-desktop"), "/work/venv/bin/coprod-desktop"):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "))
    parser.add_argument("--app", default=None, help="the coprod-desktop command (default: the one next to "
                        "this Python, else on PATH, else /work/venv/bin/coprod-desktop)")  # fmt: skip
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for each step (default 30)")
    parser.add_argument("--size", default="1366x768", help="virtual screen size (default 1366x768)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (logs, database) afterwards")
    parser.add_argument("--no-keys", action="store_true", help="do not walk the Tab order (which needs xdotool)")
    parser.add_argument("-v", "--verbose", action="store_true", help="indent each control by its depth in the tree")
    args = parser.parse_args(argv)
    args.app = args.app or default_app()
    if not args.app:
        print("check_atspi: coprod-desktop not found; give it with --app", file=sys.stderr)
        return 2

    try:
        import pyatspi  # noqa: F401
    except ImportError:
        if os.path.realpath(sys.executable) != os.path.realpath(SYSTEM_PYTHON) and os.path.exists(SYSTEM_PYTHON):
            # The venv's Python cannot see Debian's pyatspi: run this script again with the system's.
            forwarded = [a for a in (argv if argv is not None else sys.argv[1:])]
            if "--app" not in forwarded:
                forwarded += ["--app", args.app]
            os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON, os.path.abspath(__file__), *forwarded])
        print("check_atspi: pyatspi is missing: apt-get install python3-pyatspi gir1.2-atspi-2.0", file=sys.stderr)
        return 2

    workdir = Path(tempfile.mkdtemp(prefix="coprod-atspi-"))
    desktop = PrivateDesktop(workdir, args.size)
    started = time.monotonic()
    try:
        desktop.start()
        print(
            f"private desktop: DISPLAY={desktop.env['DISPLAY']} session bus {desktop.env['DBUS_SESSION_BUS_ADDRESS']}"
        )
        code = run_check(args, desktop)
    except SetupError as problem:
        print(f"check_atspi: {problem}", file=sys.stderr)
        print_log_tails(workdir)
        code = 2
    finally:
        desktop.close()
        if args.keep:
            print(f"work folder kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"({time.monotonic() - started:.0f} s)")
    return code


if __name__ == "__main__":
    sys.exit(main())
