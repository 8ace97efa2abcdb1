"""Checking a meeting export's shape against the JSON Schema we ship, with plain, specific errors.

The schema (schemas/meeting-export.schema.json) is the one description of the format: it is
published for anyone writing a converter, and the same file checks every import, through the
jsonschema library. So the documentation and the checks cannot drift apart.

jsonschema's own messages are technical ("'x' is not of type 'integer'"), so the first problem
found is turned into one of our error codes with the place named: ValidationError("import.not_text",
file="m.json", field="contributions[2].text"). Problems are found in the order of the file's
layout: an object's missing fields, then unknown ones, then each field in the schema's order.
"""

import json
from collections import deque
from functools import cache
from typing import Any

from ..domain.errors import ValidationError
from .exchange_format import schema_file

# The JSON type a schema asked for -> the code saying the value is not of that type.
_NOT_OF_TYPE = {
    "string": "import.not_text",
    "array": "import.not_list",
    "object": "import.not_object",
    "integer": "import.not_whole_number",
    "number": "import.not_number",
}
# The schema's named definitions whose pattern says what kind of text a value must be.
_PATTERN_CODES = {"id": "import.not_id", "cardId": "import.not_card_id", "utcTime": "import.not_time"}
_DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"  # meeting.date
_SHOWN_MAX = 40  # characters of a value quoted in a message


@cache
def _validator() -> Any:
    # jsonschema is imported when the first file is checked: the window never needs it to start.
    from jsonschema import Draft202012Validator

    schema = json.loads(schema_file().read_text(encoding="utf-8"))
    return Draft202012Validator(_inlined(schema, schema["$defs"]))


def _inlined(node: Any, defs: dict) -> Any:
    """*node* with each "$ref": "#/$defs/x" replaced by that definition's own keywords.

    The same checks, but resolving a reference costs jsonschema more than the check it leads to:
    inlined, a meeting of 5,000 contributions is checked in about half the time (0.26 s, not 0.48 s).
    """
    if isinstance(node, list):
        return [_inlined(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref", "")
    own = {key: _inlined(value, defs) for key, value in node.items() if key != "$ref"}
    if ref.startswith("#/$defs/"):
        return {**_inlined(defs[ref.removeprefix("#/$defs/")], defs), **own}
    return own


def check_shape(data: object, *, source: str) -> None:
    """Raise ValidationError for the first way *data* breaks the shipped schema; *source* names the file."""
    validator = _validator()
    error = next(validator.iter_errors(data), None)
    if error is not None:
        code, params = _describe(error, validator.schema)
        raise ValidationError(code, file=source, **params)


def field_name(path: "deque[str | int] | list[str | int]") -> str:
    """A place in the document as people read it: ("people", 0, "marker") -> "people[0].marker"."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def shown(value: object) -> str:
    """A value as it may appear in a message: one line, short, so a hostile value cannot flood it."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return text if len(text) <= _SHOWN_MAX else text[: _SHOWN_MAX - 1] + "…"


def _describe(error: Any, schema: dict) -> tuple[str, dict[str, Any]]:
    """Our code and params for one jsonschema error."""
    path = list(error.absolute_path)
    field = field_name(path) or "the file"
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "anyOf":
        if list(error.absolute_schema_path)[-3:] == ["contributions", "items", "anyOf"]:
            return "import.nothing_said", {"field": field}
        # A value that may also be null ("card_id": an id or null): say what is wrong with the
        # value against the branch that is not null.
        branches = [e for e in error.context if not (e.validator == "type" and e.validator_value == "null")]
        if branches:
            return _describe(branches[0], schema)
    if kind == "type":
        types = [expected] if isinstance(expected, str) else list(expected)
        code = next((_NOT_OF_TYPE[t] for t in types if t in _NOT_OF_TYPE), "import.wrong_type")
        return code, {"field": field}
    if kind == "required":
        missing = next(name for name in expected if name not in value)
        return "import.field_missing", {"field": field_name([*path, missing])}
    if kind == "additionalProperties":
        known = error.schema.get("properties", {})
        unknown = next(name for name in value if name not in known)
        return "import.field_unknown", {"field": field_name([*path, unknown]), "name": shown(unknown)}
    if kind == "const" and path == ["format"]:
        return "import.not_export", {}
    if kind in ("const", "enum"):
        choices = [expected] if kind == "const" else expected
        return "import.not_one_of", {"field": field, "value": shown(value), "choices": ", ".join(map(str, choices))}
    if kind == "maxLength":
        return "import.too_long", {"field": field, "length": len(value), "limit": expected}
    if kind == "minLength":
        return "import.field_empty", {"field": field}
    if kind == "pattern":
        return _pattern_code(expected, schema), {"field": field, "value": shown(value)}
    if kind in ("minimum", "maximum"):
        low, high = error.schema.get("minimum"), error.schema.get("maximum")
        return "import.out_of_range", {"field": field, "low": low, "high": high}
    if kind == "maxItems":
        return "import.too_many", {"field": field, "count": len(value), "limit": expected}
    if kind == "uniqueItems":
        return "import.listed_twice", {"field": field}
    return "import.wrong_value", {"field": field}


def _pattern_code(pattern: str, schema: dict) -> str:
    for name, code in _PATTERN_CODES.items():
        if schema["$defs"][name].get("pattern") == pattern:
            return code
    if pattern == _DATE_PATTERN:
        return "import.not_date"
    return "import.wrong_value"
