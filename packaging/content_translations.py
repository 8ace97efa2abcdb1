"""Regenerate the source side of translations/coprod_content_<lang>.ts: card words and printout words.

    python packaging/content_translations.py            # update every coprod_content_*.ts
    python packaging/content_translations.py --check    # exit 1 when any is out of date
    python packaging/content_translations.py --add ta   # start a catalogue for another language

What is to be translated comes from two places:
- assets/cards/catalogue.json: each card's English label (context "Card"), its English synonyms
  joined with " | " ("CardSynonyms") and the category labels ("Category"), each with a translator
  comment naming the card, its category and its synonyms, so the translator knows which sense;
- the services' code: literal (context, source) strings passed to .text(), .fill(), translate() and
  translatable() (see coprod_desktop/services/translations.py), found with Python's ast; a
  "# Translators:" comment right above a call becomes its translator comment;
- every error a person can be shown: each English sentence of MESSAGES in
  coprod_desktop/domain/messages.py (context "Errors"), its translator comment naming the error's
  code and saying what each {placeholder} holds (from PLACEHOLDERS and NOTES there).

--check also fails while any "Errors" message of a catalogue is untranslated: every error must be
readable in every language the app offers.

Existing translations are kept. New messages are added unfinished and empty (the English catalogue
is the source language: its translations are the source, finished). Messages no longer wanted keep
their translation and are marked obsolete, so nothing a translator wrote is thrown away; one that
comes back is unobsoleted as unfinished, for a translator to check. The output is deterministic
(contexts by name, messages in catalogue or code order), so --check is a plain comparison.

Afterwards compile the .qm files: packaging/update_translations.py (or pyside6-lrelease on each .ts).
"""

import argparse
import ast
import json
import string
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
CATALOGUE = ROOT / "assets" / "cards" / "catalogue.json"
SERVICES = ROOT / "coprod_desktop" / "services"
ERROR_MESSAGES = ROOT / "coprod_desktop" / "domain" / "messages.py"
ERRORS_CONTEXT = "Errors"
STEM = "coprod_content"
SOURCE_LANGUAGE = "en"
DEFAULT_LANGUAGES = ("en", "cy", "pl", "ar", "ur")
SEPARATOR = " | "
DATA_CONTEXTS = ("Card", "CardSynonyms", "Category")
# Calls whose first two arguments are (context, source); translatable() takes (context, *sources).
PAIR_CALLS = frozenset({"text", "fill", "translate"})
NOOP_CALL = "translatable"

UNFINISHED, FINISHED, OBSOLETE = "unfinished", "finished", "obsolete"


@dataclass(frozen=True)
class Message:
    source: str
    comment: str = ""  # for the translator (<extracomment>)
    locations: tuple[str, ...] = ()
    translation: str = ""
    state: str = UNFINISHED
    translator_comment: str = ""  # the translator's own note, kept as written


@dataclass
class Catalogue:
    language: str
    contexts: dict[str, list[Message]] = field(default_factory=dict)


# What is wanted: the catalogue of cards and the strings in the code.


def card_messages(catalogue_json: Path = CATALOGUE) -> dict[str, list[Message]]:
    """Card labels, card synonyms and category labels, in catalogue order."""
    data = json.loads(catalogue_json.read_text(encoding="utf-8"))
    categories = {c["id"]: c["label"] for c in data["categories"]}
    cards, synonyms = [], []
    for card in data["cards"]:
        group = categories.get(card["category"], card["category"])
        words = card.get("synonyms", [])
        english = ", ".join(words) if words else "none"
        cards.append(
            Message(
                card["label"],
                f"Picture card “{card['id']}” in the group “{group}”. English synonyms: {english}. "
                "Translate the sense these show; keep it short, as it is printed under the picture.",
            )
        )
        if words:
            synonyms.append(
                Message(
                    SEPARATOR.join(words),
                    f"Other words people use for the card “{card['label']}” ({card['id']}), joined with “ | ”. "
                    "Give the words people in a care setting would say in your language, joined the same way; "
                    "they are for finding the card as the facilitator types, so they need not match the English.",
                )
            )
    groups = [Message(c["label"], f"The name of a group of picture cards (“{c['id']}”).") for c in data["categories"]]
    return {"Card": cards, "CardSynonyms": synonyms, "Category": groups}


def _constants(path: Path) -> dict[str, str]:
    """Module-level NAME = "text" assignments of the module at *path*."""
    found = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
        if isinstance(node, ast.AnnAssign):
            target = node.target
        value = getattr(node, "value", None)
        if isinstance(target, ast.Name) and isinstance(value, ast.Constant) and isinstance(value.value, str):
            found[target.id] = value.value
    return found


def _names_in_scope(path: Path, tree: ast.Module) -> dict[str, str]:
    """String constants a module can name: its own and those it imports from modules of its package
    or the packages above it."""
    names = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level >= 1 and node.module:
            # "from .x import A" is a sibling; "from ..x import A" is in the package above (easy_read/).
            package = path.parents[node.level - 1]
            sibling = package / f"{node.module.replace('.', '/')}.py"
            if sibling.is_file():
                theirs = _constants(sibling)
                names.update(
                    {alias.asname or alias.name: theirs[alias.name] for alias in node.names if alias.name in theirs}
                )
    names.update(_constants(path))
    return names


def _translator_comment(lines: list[str], lineno: int) -> str:
    """The '# Translators:' comment block ending just above line *lineno* (1-based), or ''."""
    block: list[str] = []
    index = lineno - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        block.insert(0, lines[index].strip().lstrip("#").strip())
        index -= 1
    for start, text in enumerate(block):
        if text.startswith("Translators:"):
            return " ".join([text.removeprefix("Translators:").strip(), *block[start + 1 :]]).strip()
    return ""


def code_messages(folder: Path = SERVICES, root: Path = ROOT) -> dict[str, list[Message]]:
    """Printout strings marked in the services' code, by context, in file and line order."""
    contexts: dict[str, dict[str, Message]] = {}
    for path in sorted(folder.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text, filename=str(path))
        names = _names_in_scope(path, tree)
        lines = text.splitlines()
        location = "../" + path.relative_to(root).as_posix()

        def literal(node: ast.expr, names: dict[str, str] = names) -> str | None:
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                return node.value
            if isinstance(node, ast.Name):
                return names.get(node.id)
            return None

        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
        for call in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in PAIR_CALLS and len(call.args) >= 2:
                pairs = [(literal(call.args[0]), literal(call.args[1]))]
            elif name == NOOP_CALL and call.args:
                context = literal(call.args[0])
                pairs = [(context, literal(arg)) for arg in call.args[1:]]
            else:
                continue
            comment = _translator_comment(lines, call.lineno)
            for context, source in pairs:
                if context is None or source is None or context in DATA_CONTEXTS:
                    continue
                messages = contexts.setdefault(context, {})
                known = messages.get(source)
                if known is None:
                    messages[source] = Message(source, comment, (location,))
                else:
                    where = known.locations if location in known.locations else (*known.locations, location)
                    messages[source] = replace(known, comment=known.comment or comment, locations=where)
    return {context: list(messages.values()) for context, messages in contexts.items()}


def _literal_dicts(path: Path, names: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """The module-level dict literals called *names* in the module at *path* (read, not imported)."""
    found: dict[str, dict[str, str]] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if isinstance(target, ast.Name) and target.id in names and node.value is not None:
            found[target.id] = ast.literal_eval(node.value)
    missing = [name for name in names if name not in found]
    if missing:
        raise SystemExit(f"content_translations: {path.name} has no {', '.join(missing)}")
    return found


def error_messages(path: Path = ERROR_MESSAGES, root: Path = ROOT) -> list[Message]:
    """The English sentence of every error code, in table order, with a comment for the translator."""
    tables = _literal_dicts(path, ("MESSAGES", "PLACEHOLDERS", "NOTES"))
    placeholders, notes = tables["PLACEHOLDERS"], tables["NOTES"]
    location = "../" + path.relative_to(root).as_posix()
    by_source: dict[str, Message] = {}
    for code, english in tables["MESSAGES"].items():
        fields = list(dict.fromkeys(f for _, f, _, _ in string.Formatter().parse(english) if f))
        parts = [f"An error message shown to a person (code {code})."]
        if code in notes:
            parts.append(notes[code])
        parts += [f"{{{f}}}: {placeholders.get(f, 'a value filled in by the program')}." for f in fields]
        parts.append("Keep it plain and short; keep every {placeholder} as it is.")
        comment = " ".join(parts)
        known = by_source.get(english)
        # Two codes with the same English share one translation; the comment names the first.
        by_source[english] = known or Message(english, comment, (location,))
    return list(by_source.values())


def wanted_messages() -> dict[str, list[Message]]:
    """Everything the catalogues should hold, by context."""
    wanted = card_messages()
    for context, messages in code_messages().items():
        if context in wanted or context == ERRORS_CONTEXT:
            raise SystemExit(f"content_translations: context {context!r} is reserved")
        wanted[context] = messages
    wanted[ERRORS_CONTEXT] = error_messages()
    return wanted


def untranslated_errors(language: str) -> list[str]:
    """The "Errors" sources that *language*'s catalogue has not translated (none for English)."""
    path = catalogue_file(language)
    if language == SOURCE_LANGUAGE or not path.is_file():
        return []
    messages = read_catalogue(path).contexts.get(ERRORS_CONTEXT, [])
    return [m.source for m in messages if m.state != OBSOLETE and (m.state == UNFINISHED or not m.translation)]


# Reading and writing .ts files.


def read_catalogue(path: Path) -> Catalogue:
    """A .ts file as written by write_catalogue (or by Qt Linguist)."""
    root = ElementTree.parse(path).getroot()
    language = root.get("language") or path.stem.removeprefix(f"{STEM}_")
    catalogue = Catalogue(language)
    for context in root.iter("context"):
        messages = catalogue.contexts.setdefault(context.findtext("name") or "", [])
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else UNFINISHED
            state = OBSOLETE if kind in ("obsolete", "vanished") else UNFINISHED if kind == UNFINISHED else FINISHED
            messages.append(
                Message(
                    message.findtext("source") or "",
                    message.findtext("extracomment") or "",
                    tuple(loc.get("filename", "") for loc in message.iter("location")),
                    (translation.text or "") if translation is not None else "",
                    state,
                    message.findtext("translatorcomment") or "",
                )
            )
    return catalogue


def merge(existing: Catalogue | None, wanted: dict[str, list[Message]], language: str) -> Catalogue:
    """The catalogue for *language*: *wanted*'s sources with *existing*'s translations."""
    old: dict[tuple[str, str], Message] = {}
    if existing is not None:
        for context, messages in existing.contexts.items():
            for message in messages:
                old.setdefault((context, message.source), message)
    merged = Catalogue(language)
    for context in sorted(set(wanted) | {c for c, _ in old}):
        messages = []
        for message in wanted.get(context, []):
            before = old.pop((context, message.source), None)
            if language == SOURCE_LANGUAGE and (before is None or not before.translation):
                messages.append(replace(message, translation=message.source, state=FINISHED))
            elif before is None:
                messages.append(message)
            else:
                state = UNFINISHED if before.state == OBSOLETE else before.state
                messages.append(
                    replace(
                        message,
                        translation=before.translation,
                        state=state,
                        translator_comment=before.translator_comment,
                    )
                )
        gone = sorted((m for (c, _), m in old.items() if c == context), key=lambda m: m.source)
        for message in gone:
            if message.translation or message.translator_comment:  # an empty one is simply dropped
                messages.append(replace(message, state=OBSOLETE, locations=()))
        if messages:
            merged.contexts[context] = messages
    return merged


def render(catalogue: Catalogue) -> str:
    """The .ts text: Qt Linguist's layout, one element per line, UTF-8."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language={quoteattr(catalogue.language)} sourcelanguage="{SOURCE_LANGUAGE}">',
    ]
    for context, messages in catalogue.contexts.items():
        out += ["<context>", f"    <name>{escape(context)}</name>"]
        for message in messages:
            out.append("    <message>")
            out += [f"        <location filename={quoteattr(where)}/>" for where in message.locations]
            out.append(f"        <source>{escape(message.source)}</source>")
            if message.comment:
                out.append(f"        <extracomment>{escape(message.comment)}</extracomment>")
            if message.translator_comment:
                out.append(f"        <translatorcomment>{escape(message.translator_comment)}</translatorcomment>")
            kind = "" if message.state == FINISHED else f' type="{message.state}"'
            out.append(f"        <translation{kind}>{escape(message.translation)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def catalogue_file(language: str) -> Path:
    return TRANSLATIONS / f"{STEM}_{language}.ts"


def languages() -> list[str]:
    """The languages with a content catalogue, and the ones we always keep."""
    found = {p.stem.removeprefix(f"{STEM}_") for p in TRANSLATIONS.glob(f"{STEM}_*.ts")}
    return sorted(found | set(DEFAULT_LANGUAGES))


def regenerate(language: str, wanted: dict[str, list[Message]]) -> str:
    path = catalogue_file(language)
    existing = read_catalogue(path) if path.is_file() else None
    return render(merge(existing, wanted, language))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if any catalogue is out of date")
    parser.add_argument("--add", metavar="LANG", action="append", default=[], help="start a catalogue for LANG")
    args = parser.parse_args(argv)
    wanted = wanted_messages()
    stale = []
    for language in sorted(set(languages()) | set(args.add)):
        if not language.isalnum():
            parser.error(f"not a language code: {language!r}")
        text = regenerate(language, wanted)
        path = catalogue_file(language)
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if text == current:
            continue
        if args.check:
            stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"updated {path.relative_to(ROOT)}")
    if stale:
        print(
            "content_translations: out of date: "
            + ", ".join(stale)
            + ". Run: python packaging/content_translations.py",
            file=sys.stderr,
        )
        return 1
    if args.check:
        untranslated = {language: untranslated_errors(language) for language in languages()}
        untranslated = {language: sources for language, sources in untranslated.items() if sources}
        for language, sources in untranslated.items():
            print(
                f"content_translations: {catalogue_file(language).name}: {len(sources)} error message(s) "
                f"not translated, e.g. {sources[0]!r}",
                file=sys.stderr,
            )
        if untranslated:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
