"""The readable record's sentences: each from the content catalogue, each 15 words or fewer."""

import ast
from pathlib import Path

import coprod_desktop.services.easy_read.person_record as module


def _sources() -> list[str]:
    found = []
    for node in ast.walk(ast.parse(Path(module.__file__).read_text("utf-8"))):
        if isinstance(node, ast.Call) and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and first.value == "PersonRecord":
                found += [a.value for a in node.args[1:] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    return found


def test_every_sentence_is_short_and_in_the_catalogue_context():
    sources = _sources()
    assert "What we hold about you" in sources and len(sources) > 40
    for source in sources:
        assert len(source.split()) <= 15, source
