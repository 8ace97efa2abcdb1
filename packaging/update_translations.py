"""Bring the Qt Linguist catalogues in translations/ up to date with the code, and compile them.

    python packaging/update_translations.py                 # update every .ts, then make every .qm
    python packaging/update_translations.py --no-obsolete   # the same, dropping strings the code no longer has
    python packaging/update_translations.py --check         # change nothing; exit 1 if anything is out of date

Updating runs pyside6-lupdate over coprod_desktop/ui/**/*.py into translations/coprod_desktop_<lang>.ts
for every language the app offers (existing translations are kept; strings that left the code are
marked vanished, or dropped with --no-obsolete). Then pyside6-lrelease compiles every
translations/*.ts, including the card-content catalogues (coprod_content_<lang>.ts), to .qm.

Some labels live in data tables rather than in tr() calls (reading speeds, ways to credit a person,
speech engines): the screens translate them at run time with QCoreApplication.translate(context,
label). lupdate cannot see those, so this script lists them for it (see DATA_STRINGS), reading the
labels from the tables themselves so the catalogue cannot drift from the code.

--check is what the test suite runs. It reports, and exits 1 for:
  - a string in the code that a catalogue lacks (or one the catalogue still lists that the code dropped);
  - a translation that is unfinished (every language but English, the source language);
  - a .qm that is missing or differs from what its .ts compiles to. The .qm is compared byte for
    byte with a fresh compile rather than by date: a git checkout does not keep file dates.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "translations"
UI = REPO / "coprod_desktop" / "ui"
CATALOGUE = "coprod_desktop"  # the interface catalogue: coprod_desktop_<lang>.ts
SOURCE_LANGUAGE = "en"
# lupdate's target language for each file it creates (the file name alone gives it the bare code).
TS_LANGUAGES = {"en": "en_GB", "cy": "cy_GB", "pl": "pl_PL", "ar": "ar", "ur": "ur_PK"}

# Messages lupdate leaves in a catalogue after the code dropped them: not part of the catalogue.
INACTIVE_TYPES = {"obsolete", "vanished"}


@dataclass(frozen=True)
class DataStrings:
    """Labels kept in a data table and translated at run time as translate(context, label)."""

    context: str
    module: str  # where the table is defined, as a dotted module name
    table: str  # the table's name in that module
    labels: Callable[[object], Iterable[str]]  # the translatable labels, given the table
    comment: str  # for translators: becomes the message's extracomment


DATA_STRINGS: tuple[DataStrings, ...] = (
    DataStrings(
        "Speed",
        "coprod_desktop.domain.speech",
        "SPEEDS",
        lambda table: table.keys(),
        "A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.",
    ),
    DataStrings(
        "PeopleEditor",
        "coprod_desktop.domain.credit",
        "CREDIT_STYLE_LABELS",
        lambda table: table.values(),
        "A way to credit a person: which form of their name is shown beside what they said. Chosen "
        "from a list, and also shown in lower case inside '({name}, credited by {style})'.",
    ),
    DataStrings(
        "SpeechSettingsDialog",
        "coprod_desktop.ui.dialogs.speech_settings_dialog",
        "ENGINE_LABELS",
        lambda table: table.values(),
        "A speech engine, chosen from a list. 'eSpeak NG', 'pyttsx3' and 'Qt' are names: keep them.",
    ),
    DataStrings(
        "PictureDetailsDialog",
        "coprod_desktop.ui.dialogs.picture_details",
        "DEFAULT_LICENCE",
        lambda text: [text],
        "The permission a picture brought in is used under, filled in for the facilitator to change. "
        "It is kept with the card and printed beside it.",
    ),
    DataStrings(
        "Appearance",
        "coprod_desktop.domain.appearance",
        "THEMES",
        lambda table: [theme.name for theme in table.values()],
        "A colour scheme for the whole app, chosen from a list in Display and access.",
    ),
    DataStrings(
        "Appearance",
        "coprod_desktop.domain.appearance",
        "FONTS",
        lambda table: [choice.name for choice in table.values()],
        "A font for the whole app, chosen from a list. 'Atkinson Hyperlegible' and 'OpenDyslexic' are "
        "names: keep them; translate the words in brackets.",
    ),
    DataStrings(
        "Involvement",
        "coprod_desktop.domain.involvement",
        "ROLE_LABELS",
        lambda table: table.values(),
        "How a person took part in a meeting, chosen from a list (set-up) and shown in their record.",
    ),
    DataStrings(
        "Involvement",
        "coprod_desktop.domain.involvement",
        "RECOGNITION_LABELS",
        lambda table: table.values(),
        "How a person chose to be recognised for their time, chosen from a list in their record.",
    ),
    DataStrings(
        "Involvement",
        "coprod_desktop.domain.involvement",
        "EXPENSE_KIND_LABELS",
        lambda table: table.values(),
        "A kind of expense a person is paid back for, chosen from a list in their record.",
    ),
)
# Helper functions in coprod_desktop/ui that call translate(context, text) for the text they are
# given, as (file, function) -> context. lupdate cannot see through them, so each literal passed to
# one is listed for it here (a "#:" or "# Translators:" comment on the line above the call becomes its
# translator comment).
WRAPPERS: dict[tuple[str, str], str] = {
    ("room/room_scanning.py", "_tr"): "RoomScanning",
    ("room/contribution_details.py", "_tr"): "ContributionDetails",
    ("room/room_correcting.py", "_tr"): "RoomCorrecting",
    ("people/consent_dialog.py", "_tr"): "ConsentDialog",
    ("files/replace_question.py", "_tr"): "ReplaceQuestion",
}
# Every tr()/translate() in coprod_desktop/ui whose text is not a string literal, as (file, the text's
# expression): lupdate cannot read these. Each must be covered by DATA_STRINGS above or by the card
# content catalogues (coprod_content_*.ts); a test fails on one that is not listed here.
DYNAMIC_CALLS: dict[tuple[str, str], str] = {
    ("widgets/form_parts.py", "label"): "DATA_STRINGS: Speed",
    ("setup/people_editor.py", "label"): "DATA_STRINGS: CREDIT_STYLE_LABELS",
    ("setup/people_editor.py", "CREDIT_STYLE_LABELS[attendee.credit_style]"): "DATA_STRINGS: CREDIT_STYLE_LABELS",
    ("room/late_arrival_dialog.py", "label"): "DATA_STRINGS: CREDIT_STYLE_LABELS",
    ("dialogs/speech_settings_dialog.py", "label"): "DATA_STRINGS: ENGINE_LABELS",
    ("dialogs/picture_details.py", "DEFAULT_LICENCE"): "DATA_STRINGS: DEFAULT_LICENCE",
    ("room/room_widgets.py", "card.label"): "coprod_content: Card",
    ("room/composer.py", "category.label"): "coprod_content: Category",
    ("room/composer.py", "name"): "QT_TRANSLATE_NOOP: SIZE_NAMES in composer.py",
    # Ready for the marker choices (form_parts.py shows them untranslated for now): the card-content
    # catalogues already hold the colour and shape names, lower case, in the context "Markers".
    ("widgets/form_parts.py", "colour.name.lower()"): "coprod_content: Markers",
    ("widgets/form_parts.py", "shape.value"): "coprod_content: Markers",
    ("room/room_scanning.py", "text"): "WRAPPERS: _tr in room/room_scanning.py",
    ("room/contribution_details.py", "text"): "WRAPPERS: _tr in room/contribution_details.py",
    ("room/room_correcting.py", "text"): "WRAPPERS: _tr in room/room_correcting.py",
    ("files/replace_question.py", "text"): "WRAPPERS: _tr in files/replace_question.py",
    ("people/consent_dialog.py", "text"): "WRAPPERS: _tr in people/consent_dialog.py",
    ("dialogs/access_dialog.py", "text"): "DATA_STRINGS: THEMES and FONTS (via _appearance_text)",
    ("people/involvement_dialog.py", "text"): "DATA_STRINGS: ROLE_LABELS, RECOGNITION_LABELS, EXPENSE_KIND_LABELS",
    (
        "people/involvement_dialog.py",
        "source",
    ): "coprod_content: Certificate (lengths of time, services.translations.duration_words)",
    ("setup/people_editor.py", "role_text"): "DATA_STRINGS: ROLE_LABELS",
    ("platform/messages.py", "source"): "coprod_content: Errors (domain/messages.py MESSAGES) and Markers",
}
_DATA_FILE = "data_strings.py"  # the generated file lupdate reads; its locations are rewritten afterwards


def languages() -> list[str]:
    """The language codes the app offers, from the language switcher (English first)."""
    sys.path.insert(0, str(REPO))
    try:
        from coprod_desktop.ui.platform.language import LANGUAGES
    finally:
        sys.path.remove(str(REPO))
    return list(LANGUAGES)


def catalogue_path(code: str, catalogue: str = CATALOGUE) -> Path:
    return TRANSLATIONS / f"{catalogue}_{code}.ts"


def ui_sources() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def _tool(name: str) -> str:
    # The tools sit beside the interpreter in a virtual environment (bin/ or Scripts/).
    beside = Path(sys.executable).parent / (name + (".exe" if os.name == "nt" else ""))
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"update_translations: {name} was not found. Install PySide6 in this environment.")
    return found


def _run(args: list[str]) -> None:
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"update_translations: {' '.join(args)} failed:\n{done.stdout}{done.stderr}")


# --- labels from data tables -------------------------------------------------------------------


def _module_file(module: str) -> Path:
    return REPO / (module.replace(".", "/") + ".py")


def _data_entries() -> list[tuple[DataStrings, str]]:
    sys.path.insert(0, str(REPO))
    try:
        entries = []
        for group in DATA_STRINGS:
            table = getattr(importlib.import_module(group.module), group.table)
            entries += [(group, str(label)) for label in group.labels(table)]
        return entries
    finally:
        sys.path.remove(str(REPO))


def _wrapper_entries() -> list[tuple[str, str, str, Path, int]]:
    """(context, text, comment, file, line) of each literal passed to a wrapper in WRAPPERS."""
    entries = []
    for (file, function), context in WRAPPERS.items():
        path = UI / file
        if not path.exists():
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines), filename=str(path))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == function and node.args):
                continue
            text = node.args[0]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                above = lines[node.lineno - 2].strip() if node.lineno > 1 else ""
                comment = ""
                for mark in ("#:", "# Translators:"):
                    if above.startswith(mark):
                        comment = above[len(mark) :].strip()
                entries.append((context, text.value, comment, path, node.lineno))
    return sorted(entries, key=lambda entry: (str(entry[3]), entry[4]))


def _write_data_file(folder: Path) -> dict[int, tuple[Path, int]]:
    """Write the labels lupdate cannot see as QT_TRANSLATE_NOOP calls for it to read.

    Returns, for each line of the generated file holding a call, the source file and line of the
    label in the code, so the catalogue can point translators at the real place."""
    entries = [
        (group.context, label, group.comment, _module_file(group.module), group.table)
        for group, label in _data_entries()
    ]
    lines = ["# Generated by packaging/update_translations.py for lupdate; never imported."]
    where: dict[int, tuple[Path, int]] = {}
    for context, label, comment, source, place in [*entries, *_wrapper_entries()]:
        if comment:
            lines.append(f"#: {comment}")
        lines.append(f"QT_TRANSLATE_NOOP({context!r}, {label!r})")
        line = place if isinstance(place, int) else _line_of(source, label, place)
        where[len(lines)] = (source, line)
    (folder / _DATA_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return where


def _line_of(source: Path, label: str, fallback: str) -> int:
    text = source.read_text(encoding="utf-8").splitlines()
    for wanted in (f'"{label}"', fallback):
        for number, line in enumerate(text, start=1):
            if wanted in line:
                return number
    return 1


def _point_at_tables(ts: Path, where: dict[int, tuple[Path, int]]) -> None:
    """Replace lupdate's locations in the generated file by the labels' places in the code."""
    pattern = re.compile(r'<location filename="[^"]*' + re.escape(_DATA_FILE) + r'" line="(\d+)"/>')

    def relocate(match: re.Match) -> str:
        source, line = where.get(int(match.group(1)), (None, 0))
        if source is None:
            return match.group(0)
        relative = os.path.relpath(source, ts.parent).replace(os.sep, "/")
        return f'<location filename="{relative}" line="{line}"/>'

    text = ts.read_text(encoding="utf-8")
    ts.write_text(pattern.sub(relocate, text), encoding="utf-8")


# --- updating and compiling --------------------------------------------------------------------


def lupdate(targets: list[Path], *, no_obsolete: bool = False) -> None:
    """Merge the strings in the code into each .ts in *targets* (created when missing)."""
    with tempfile.TemporaryDirectory() as tmp:
        where = _write_data_file(Path(tmp))
        sources = [str(p) for p in ui_sources()] + [str(Path(tmp) / _DATA_FILE)]
        for ts in targets:
            code = ts.stem.rsplit("_", 1)[-1]
            args = [_tool("pyside6-lupdate"), "-silent", "-locations", "absolute", "-source-language", "en_GB"]
            args += ["-target-language", TS_LANGUAGES.get(code, code)]
            if no_obsolete:
                args.append("-no-obsolete")
            _run([*args, *sources, "-ts", str(ts)])
            _point_at_tables(ts, where)


def lrelease(ts: Path, qm: Path) -> None:
    _run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)])


def all_catalogues() -> list[Path]:
    """Every .ts in translations/: the interface and, when present, the card-content catalogues."""
    return sorted(TRANSLATIONS.glob("*.ts"))


def update(*, no_obsolete: bool = False) -> None:
    """Update the interface catalogues from the code, then compile every catalogue."""
    lupdate([catalogue_path(code) for code in languages()], no_obsolete=no_obsolete)
    for ts in all_catalogues():
        lrelease(ts, ts.with_suffix(".qm"))


# --- checking ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str  # the disambiguation, part of the message's identity
    translation: str
    finished: bool


def read_catalogue(ts: Path) -> list[Message]:
    """The active messages of a .ts file (not those the code dropped)."""
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in INACTIVE_TYPES:
                continue
            text = "".join(translation.itertext()) if translation is not None else ""
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    translation=text,
                    finished=kind != "unfinished" and text != "",
                )
            )
    return messages


def _keys(messages: Iterable[Message]) -> set[tuple[str, str, str]]:
    return {(m.context, m.source, m.comment) for m in messages}


def strings_in_code() -> set[tuple[str, str, str]]:
    """(context, source, comment) of every translatable string the code has, as lupdate finds them."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / f"{CATALOGUE}_{SOURCE_LANGUAGE}.ts"
        lupdate([fresh])
        return _keys(read_catalogue(fresh))


def _show(key: tuple[str, str, str]) -> str:
    context, source, comment = key
    return f"{context}: {source!r}" + (f" ({comment})" if comment else "")


def catalogue_problems(code: str, in_code: set[tuple[str, str, str]]) -> list[str]:
    """What is out of date in the interface catalogue for *code*, one plain line each."""
    ts = catalogue_path(code)
    if not ts.exists():
        return [f"{ts.name} is missing: run python packaging/update_translations.py"]
    messages = read_catalogue(ts)
    problems = [f"{ts.name} lacks {_show(k)}" for k in sorted(in_code - _keys(messages))]
    problems += [f"{ts.name} still lists {_show(k)}, which the code dropped" for k in sorted(_keys(messages) - in_code)]
    if code != SOURCE_LANGUAGE:
        problems += [
            f"{ts.name}: unfinished {_show((m.context, m.source, m.comment))}" for m in messages if not m.finished
        ]
    return problems


def compiled_problems(catalogues: Iterable[Path]) -> list[str]:
    """A line for each .ts whose .qm is missing or is not what the .ts compiles to now."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in catalogues:
            qm = ts.with_suffix(".qm")
            if not qm.exists():
                problems.append(f"{qm.name} is missing: run python packaging/update_translations.py")
                continue
            fresh = Path(tmp) / qm.name
            lrelease(ts, fresh)
            if fresh.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name} is older than {ts.name}: run python packaging/update_translations.py")
    return problems


def dynamic_calls_in_code() -> set[tuple[str, str]]:
    """(file, expression) of each tr()/translate() in the interface whose text is not a literal."""
    found = set()
    for path in ui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            position = {"tr": 0, "translate": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            text = node.args[position]
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                found.add((path.relative_to(UI).as_posix(), ast.unparse(text)))
    return found


def dynamic_call_problems() -> list[str]:
    return [
        f"{file}: tr()/translate() of {expression!r}, which lupdate cannot read: "
        "list its labels in DATA_STRINGS and the call in DYNAMIC_CALLS (packaging/update_translations.py)"
        for file, expression in sorted(dynamic_calls_in_code() - DYNAMIC_CALLS.keys())
    ]


def check() -> list[str]:
    """Everything out of date, without changing a file. Empty when all is well."""
    in_code = strings_in_code()
    problems = dynamic_call_problems()
    for code in languages():
        problems += catalogue_problems(code, in_code)
    return problems + compiled_problems(all_catalogues())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is out of date")
    parser.add_argument("--no-obsolete", action="store_true", help="drop strings the code no longer has")
    options = parser.parse_args(argv)
    if options.check:
        problems = check()
        for line in problems:
            print(line)
        if problems:
            print(f"{len(problems)} problem(s) with the translations.", file=sys.stderr)
            return 1
        print("The translations are up to date.")
        return 0
    update(no_obsolete=options.no_obsolete)
    for code in languages():
        messages = read_catalogue(catalogue_path(code))
        waiting = sum(not m.finished for m in messages) if code != SOURCE_LANGUAGE else 0
        print(f"{catalogue_path(code).name}: {len(messages)} strings, {waiting} to translate")
    print(f"Compiled {len(all_catalogues())} catalogue(s) to .qm.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
