"""A small automated accessibility check for our HTML documents (stdlib html.parser only).

It checks what a screen reader user depends on and what the issue asks of the copies for screen
readers and phones: the page's language and direction, a title, exactly one h1, heading levels that
never skip (h2 then h4), alternative text on every picture, nothing fetched from elsewhere (no
external src or href, no stylesheet links) and no scripts.
"""

import itertools
from dataclasses import dataclass, field
from html.parser import HTMLParser

_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_LOCAL = ("data:", "#")


@dataclass
class Report:
    """What the checker found: *problems* is empty when the page passes."""

    problems: list[str] = field(default_factory=list)
    headings: list[tuple[int, str]] = field(default_factory=list)
    images: list[str] = field(default_factory=list)  # alt texts, in order
    language: str = ""
    direction: str = ""
    title: str = ""


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.report = Report()
        self._in_title = False
        self._in_style = False
        self._heading: tuple[int, list[str]] | None = None
        self._saw_html = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        problems = self.report.problems
        if tag == "html":
            self._saw_html = True
            self.report.language = (values.get("lang") or "").strip()
            self.report.direction = (values.get("dir") or "").strip()
        elif tag == "title":
            self._in_title = True
        elif tag == "style":
            self._in_style = True
        elif tag in _HEADINGS:
            self._heading = (_HEADINGS[tag], [])
        elif tag == "img":
            alt = values.get("alt")
            if alt is None or not alt.strip():
                problems.append(f"an image has no alternative text: {str(values.get('src'))[:40]}")
            else:
                self.report.images.append(alt)
        elif tag in ("script", "iframe", "object", "embed"):
            problems.append(f"<{tag}> is not allowed")
        elif tag == "link":
            problems.append(f"<link> fetches something: {values.get('href')}")
        for name in ("src", "href", "srcset", "action", "poster", "data"):
            value = (values.get(name) or "").strip()
            if value and not value.lower().startswith(_LOCAL):
                problems.append(f"{tag} {name} points outside the file: {value[:60]}")
        style = (values.get("style") or "").lower()
        if "url(" in style:
            problems.append(f"{tag} style fetches something: {style[:60]}")
        if any(name.startswith("on") for name in values):
            problems.append(f"{tag} has an event handler (a script)")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "style":
            self._in_style = False
        elif tag in _HEADINGS and self._heading is not None:
            level, words = self._heading
            self.report.headings.append((level, "".join(words).strip()))
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.report.title += data
        if self._heading is not None:
            self._heading[1].append(data)
        if self._in_style and ("url(" in data.lower() or "@import" in data.lower()):
            self.report.problems.append("a style fetches something (url() or @import)")


def check_html(text: str) -> Report:
    """Check one HTML page; the returned Report's *problems* says what is wrong, in words."""
    checker = _Checker()
    checker.feed(text)
    checker.close()
    report = checker.report
    problems = report.problems
    if not checker._saw_html:
        problems.append("no <html> element")
    if not report.language:
        problems.append("the page has no language (html lang)")
    if report.direction not in ("ltr", "rtl"):
        problems.append("the page has no direction (html dir)")
    if not report.title.strip():
        problems.append("the page has no <title>")
    levels = [level for level, _ in report.headings]
    if levels.count(1) != 1:
        problems.append(f"the page has {levels.count(1)} h1 headings, not one")
    if levels and levels[0] != 1:
        problems.append("the first heading is not the h1")
    for before, after in itertools.pairwise(levels):
        if after > before + 1:
            problems.append(f"heading levels skip from h{before} to h{after}")
    if any(not words for _, words in report.headings):
        problems.append("a heading is empty")
    return report
