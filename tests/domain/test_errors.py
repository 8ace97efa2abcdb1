"""Every error a person can be shown carries a code of domain/messages.py, never finished English words.

The raise sites are found in the source with Python's ast: a call of UserFacingError or any of its
subclasses (ValidationError, NotFound, the store's and the speech errors...) must name a code of
MESSAGES, and the codes built by required_text/optional_text (field="area.field") must be there too.
"""

import ast
import re
from pathlib import Path

import pytest

from coprod_desktop.domain.errors import NotFound, UserFacingError, ValidationError
from coprod_desktop.domain.messages import (
    MESSAGES,
    NOTES,
    PLACEHOLDERS,
    REASONS,
    english_message,
    fill,
    os_reason,
)
from coprod_desktop.domain.text import optional_text, required_text
from coprod_desktop.services.translations import catalogue_path, placeholders, read_ts

PACKAGE = Path(__file__).resolve().parents[2] / "coprod_desktop"
CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
LANGUAGES = ("cy", "pl", "ar", "ur")


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted(PACKAGE.rglob("*.py"))]


def _name(node: ast.expr) -> str:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


def _error_classes(modules) -> set[str]:
    """UserFacingError and every class in the package derived from it, by name."""
    found = {"UserFacingError"}
    while True:
        more = {
            node.name
            for _, tree in modules
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef) and any(_name(base) in found for base in node.bases)
        }
        if more <= found:
            return found
        found |= more


def _constants(tree: ast.Module) -> dict[str, str]:
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            out.update({t.id: node.value.value for t in node.targets if isinstance(t, ast.Name)})
    return out


def _problems_with(node: ast.expr, constants: dict[str, str]) -> list[str]:
    """What is wrong with the first argument of an error's constructor ([] when it is a code)."""
    if isinstance(node, ast.IfExp):
        return _problems_with(node.body, constants) + _problems_with(node.orelse, constants)
    if isinstance(node, ast.Name) and node.id in constants:
        node = ast.Constant(constants[node.id])
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if node.value in MESSAGES:
            return []
        kind = "an English sentence" if " " in node.value else "a code not in MESSAGES"
        return [f"{kind}: {node.value!r}"]
    if isinstance(node, ast.JoinedStr):
        words = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
        return [f"an English sentence: f{words!r}"] if " " in words else []
    if isinstance(node, ast.BinOp):
        return ["words joined in the code, not a code"]
    return []  # a variable or a call that hands on a code: its literals are checked below


def raise_site_problems() -> list[str]:
    modules = _modules()
    classes = _error_classes(modules)
    problems = []
    for path, tree in modules:
        constants = _constants(tree)
        where = path.relative_to(PACKAGE.parent)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node.func) not in classes or not node.args:
                continue
            problems += [f"{where}:{node.lineno}: {p}" for p in _problems_with(node.args[0], constants)]
    return problems


def field_codes() -> dict[str, str]:
    """The codes required_text and optional_text raise for each literal field="…", with where."""
    codes = {}
    for path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in ("required_text", "optional_text"):
                for keyword in node.keywords:
                    if keyword.arg == "field" and isinstance(keyword.value, ast.Constant):
                        where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
                        codes[f"{keyword.value.value}_too_long"] = where
                        if _name(node.func) == "required_text":
                            codes[f"{keyword.value.value}_missing"] = where
    return codes


def _literal_codes(node: ast.AST) -> list[ast.Constant]:
    return [
        n for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str) and CODE.match(n.value)
    ]


def code_literals() -> dict[str, str]:
    """Codes handed on to a raise through a name, with where: the literals given to a parameter
    called "code" of a function of the same module (scanning's and the profile's ranges), returned
    by a function whose name says it gives a code or a reason (write_error_code, os_reason), or
    looped over as "code" (the import's "other meeting" codes).
    """
    found: dict[str, str] = {}
    for path, tree in _modules():
        where = str(path.relative_to(PACKAGE.parent))
        functions = {
            node.name: [a.arg for a in (*node.args.posonlyargs, *node.args.args)]
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef)
        }
        for node in ast.walk(tree):  # a class made with a code: its __new__ or __init__ says where
            if isinstance(node, ast.ClassDef):
                for method in node.body:
                    if isinstance(method, ast.FunctionDef) and method.name in ("__new__", "__init__"):
                        functions[node.name] = [a.arg for a in (*method.args.posonlyargs, *method.args.args)][1:]
        literals: list[ast.Constant] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in functions:
                names = functions[_name(node.func)]
                if isinstance(node.func, ast.Attribute) and names[:1] in (["self"], ["cls"]):
                    names = names[1:]  # a method: its first parameter is not passed
                given = [arg for i, arg in enumerate(node.args) if i < len(names) and names[i] == "code"]
                given += [k.value for k in node.keywords if k.arg == "code"]
                literals += [c for arg in given for c in _literal_codes(arg)]
            elif isinstance(node, ast.Call) and _name(node.func) == "fail" and node.args:
                literals += _literal_codes(node.args[0])  # a fail(code, **params) helper handed in
            elif isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple) and node.value.elts:
                literals += _literal_codes(node.value.elts[0])  # return "area.code", {params}
            elif isinstance(node, ast.FunctionDef) and ("code" in node.name or "reason" in node.name):
                literals += [
                    c for r in ast.walk(node) if isinstance(r, ast.Return) and r.value for c in _literal_codes(r.value)
                ]
            elif isinstance(node, ast.For):
                target = node.target.elts[0] if isinstance(node.target, ast.Tuple) else node.target
                if isinstance(target, ast.Name) and target.id == "code":
                    literals += _literal_codes(node.iter)
        for literal in literals:
            if isinstance(literal, ast.Constant) and isinstance(literal.value, str):
                found.setdefault(literal.value, f"{where}:{literal.lineno}")
    return found


def test_every_raise_site_names_a_code_of_the_messages_table():
    problems = raise_site_problems()
    assert problems == [], "Errors raised without a code of domain/messages.py:\n" + "\n".join(problems)


def test_every_text_field_has_both_its_messages():
    missing = {code: where for code, where in field_codes().items() if code not in MESSAGES}
    assert missing == {}
    assert "meeting.title_missing" in field_codes() and "person.name_too_long" in field_codes()


def test_every_code_handed_on_to_a_raise_is_in_the_table():
    unknown = {code: where for code, where in code_literals().items() if code not in MESSAGES}
    assert unknown == {}
    seen = code_literals()  # the scan sees codes passed to helpers, returned, and looped over
    assert {"scanning.step_out_of_range", "profile.card_size_unknown", "database.busy", "file.no_space"} <= seen.keys()
    assert "import.other_meeting_prompt" in seen


def test_the_scan_finds_english_sentences_and_unknown_codes():
    tree = ast.parse(
        'TEXT = "A sentence."\n'
        'raise ValidationError("That is wrong.")\n'
        'raise NotFound(f"There is no {thing}.")\n'
        'raise ValidationError("person.no_such_code")\n'
        "raise ValidationError(TEXT if x else 'person.name_missing')\n"
        'raise ValidationError("person.name_missing", name=n)\n'
    )
    constants = _constants(tree)
    calls = [node.exc for node in tree.body if isinstance(node, ast.Raise)]
    found = [_problems_with(call.args[0], constants) for call in calls]
    assert found == [
        ["an English sentence: 'That is wrong.'"],
        ["an English sentence: f'There is no .'"],
        ["a code not in MESSAGES: 'person.no_such_code'"],
        ["an English sentence: 'A sentence.'"],
        [],
    ]


def test_codes_are_named_as_the_scheme_says():
    assert all(CODE.match(code) or code in ("not_found",) for code in MESSAGES)
    assert REASONS <= MESSAGES.keys()
    assert NOTES.keys() <= MESSAGES.keys()
    used = {name for text in MESSAGES.values() for name in placeholders(text) or ()}
    assert used <= PLACEHOLDERS.keys(), "explain each placeholder for the translators"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(language):
    path = catalogue_path(language)
    assert path is not None
    entries = read_ts(path)  # leaves out unfinished ones and any whose placeholders differ
    untranslated = [code for code, english in MESSAGES.items() if ("Errors", english) not in entries]
    assert untranslated == []
    for code, english in MESSAGES.items():
        translated = entries[("Errors", english)]
        assert placeholders(translated) == placeholders(english), code
        assert translated != english, code


def test_an_error_keeps_its_code_and_params_and_reads_as_english():
    error = ValidationError("person.already_here", name="Sam <b>Brown</b>")
    assert (error.code, error.params) == ("person.already_here", {"name": "Sam <b>Brown</b>"})
    assert str(error) == "Sam <b>Brown</b> is already taking part in this meeting."
    assert isinstance(error, ValueError) and isinstance(NotFound(), LookupError)
    assert str(ValidationError()) == MESSAGES["input.invalid"]
    assert str(UserFacingError()) == MESSAGES["error.unknown"]
    wrapped = ValidationError(error)
    assert (wrapped.code, wrapped.params) == (error.code, error.params)


def test_a_reason_param_is_put_in_as_its_sentence():
    assert english_message("database.cannot_open", {"name": "x.db", "reason": "database.disk_full"}) == (
        "Cannot open x.db. The disk is full, so nothing was saved. Free some space and try again."
    )


def test_filling_keeps_values_as_typed_and_never_fails():
    assert fill("Hello {name}.", {"name": "{limit} <i>"}) == "Hello {limit} <i>."
    assert fill("Hello {name}.", {}) == "Hello {name}."
    assert fill("Odd } brace {name}", {"name": "x"}) == "Odd } brace {name}"


def test_text_fields_raise_their_own_codes():
    with pytest.raises(ValidationError) as caught:
        required_text(" ", field="meeting.title", limit=5)
    assert caught.value.code == "meeting.title_missing"
    with pytest.raises(ValidationError) as caught:
        optional_text("x" * 6, field="meeting.place", limit=5)
    assert (caught.value.code, caught.value.params) == ("meeting.place_too_long", {"length": 6, "limit": 5})
    assert str(caught.value) == "The place is too long: 6 characters, the most is 5."


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (OSError(28, "No space left on device"), "file.no_space"),
        (OSError(30, "Read-only file system"), "file.read_only"),
        (PermissionError(13, "Permission denied"), "file.not_allowed"),
        (FileNotFoundError(2, "No such file or directory"), "file.not_found"),
        (OSError(5, "Input/output error"), "file.failed"),
    ],
)
def test_common_file_problems_have_their_own_reason(error, code):
    assert os_reason(error) == code


def test_an_error_survives_pickling_with_its_params():
    import pickle

    error = pickle.loads(pickle.dumps(ValidationError("person.already_here", name="Sam")))
    assert (type(error), error.code, error.params) == (ValidationError, "person.already_here", {"name": "Sam"})
