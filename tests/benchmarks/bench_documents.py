"""Benchmark: the Easy Read documents (issue 11): group summary, take-home sheets, a long contribution.

Targets (medians):
- the group summary of a meeting with 300 contributions, the whole command as a person runs it
  (`coprod-desktop summary MEETING_ID -o FILE --db DB`, a fresh process from spawn to exit):
  under 1.5 s;
- 30 take-home sheets (build_take_homes + write_document_pdf for each, in process): under 3 s;
- one person's take-home sheet whose contribution is 10,000 characters (built + drawn): under 2 s.

Set-up (not timed), in a temporary folder:
- "summary" database: one meeting, 12 people with varied credit choices (full name, first name,
  initials, a chosen name) and profiles, 6 prompts with pictures, 300 contributions of 10-400
  characters with 0-3 built-in cards each; about 40 % confirmed, 15 % agreed with by 1-3 others,
  8 % made with support; the meeting's details (purpose, decisions, next steps, next meeting,
  contact, times) and the organisation set.
- "take-home" database: the same kind of meeting with 30 people (a few in large print, one each
  reading Welsh, Polish and Arabic) and 300 contributions.
- "long": a meeting of 4 people where one said a 5,000-character contribution (the store's limit,
  domain/text.py CONTRIBUTION_MAX) with 3 cards. The sheet is built by the real builder
  (easy_read.take_home_sheet.take_home_document) from MeetingFacts read from the store, with that
  contribution's text replaced in the facts by 10,000 characters (dataclasses.replace): the
  text the builder and the drawing get is 10,000 characters, which the store itself would refuse.

Timed, interleaved with its baseline in each run:
- "summary command": subprocess.run of the venv's coprod-desktop (exit code 0 and a PDF checked).
  Baseline: a fresh `python -c` process that imports reportlab and builds the plain document (below)
  from the same texts. Also, without a target: services.summary_pdf.write_summary in process
  (the store opened read-only, as the command does), next to the plain document built in process.
  Card pictures are read once per process (easy_read/pdf.py keeps them ready for print: a card's
  print copy is read, a brought picture decoded), so after the warm-up the in-process time leaves
  out that reading, which every run of the command pays.
- "30 take-home sheets": build_take_homes, then write_document_pdf for each into a folder (the
  building and the drawing are also shown apart). Baseline: 30 plain documents of the same texts.
- "10,000 characters": take_home_document + write_document_pdf. Baseline: the same 10,000
  characters as one plain Paragraph.

The plain document: reportlab's SimpleDocTemplate (A4) with one Paragraph per row of text the
app's document has (each heading, line, list item, and each contribution's credit, words and notes
as one), escaped, in Helvetica 16 pt on 20 pt leading, no pictures: the bare cost of reportlab
laying out that much text. Both sides write with rl_config.useA85 = 0, as the app's pdf_page does.

The child processes cache compiled bytecode under a private PYTHONPYCACHEPREFIX (filled by the
warm-up runs), as an installed app has .pyc files even where the shell sets PYTHONDONTWRITEBYTECODE;
--no-bytecode-cache runs them as the shell would.

    python tests/benchmarks/bench_documents.py [--runs 5] [--warmups 1] [--dir FOLDER]
        [--cards N] [--no-bytecode-cache]

--cards N draws every contribution's cards from N built-in cards (default: the whole catalogue,
about 210 different pictures in the summary, the worst case for reading them).

Exit code 0 when the three targets are met, 1 when one is missed. If the summary command fails
(it prints why), the summary's target is judged on the in-process time instead, and the output
says so.
"""

import argparse
import dataclasses
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from _bench_common import REPO, describe_machine, print_table, verdict
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from coprod_desktop.app.opening import open_for_reading, open_for_writing
from coprod_desktop.domain.credit import CreditStyle
from coprod_desktop.domain.models import MeetingDetails
from coprod_desktop.domain.profile import CommunicationProfile, Format
from coprod_desktop.domain.support import Support, SupportRole
from coprod_desktop.services.catalogue import CardCatalogue, load_catalogue
from coprod_desktop.services.easy_read.facts import MeetingFacts
from coprod_desktop.services.easy_read.model import Document, Heading, Items, Line, Said, SmallPrint
from coprod_desktop.services.easy_read.pdf import write_document_pdf
from coprod_desktop.services.easy_read.summary import build_summary
from coprod_desktop.services.easy_read.take_home_sheet import build_take_homes, take_home_document
from coprod_desktop.services.summary_pdf import write_summary
from coprod_desktop.store.store import Store

SUMMARY_TARGET_S = 1.5
TAKE_HOMES_TARGET_S = 3.0
LONG_TARGET_S = 2.0
CONTRIBUTIONS = 300
LONG_CHARS = 10_000
APP = REPO / ".venv" / "bin" / "coprod-desktop"
PYTHON = REPO / ".venv" / "bin" / "python"

# (full name, credit style, chosen name): every way of being credited, some names not in English.
PEOPLE = [
    ("Sam Okafor", CreditStyle.FIRST_NAME, ""),
    ("Priya Shah", CreditStyle.FULL_NAME, ""),
    ("Gwen Morgan", CreditStyle.CHOSEN_NAME, "Gwen M"),
    ("Tomasz Nowak", CreditStyle.INITIALS, ""),
    ("Dorothy Ellis", CreditStyle.CHOSEN_NAME, "Dot"),
    ("Ahmed Karim", CreditStyle.FIRST_NAME, ""),
    ("Li Wei", CreditStyle.FULL_NAME, ""),
    ("Maria Fernández", CreditStyle.INITIALS, ""),
    ("Rhys ap Gruffydd", CreditStyle.FULL_NAME, ""),
    ("Agnieszka Wójcik", CreditStyle.FIRST_NAME, ""),
    ("Fatima Begum", CreditStyle.CHOSEN_NAME, "Fats"),
    ("Joe Bloggs", CreditStyle.INITIALS, ""),
    ("Hannah Price", CreditStyle.FIRST_NAME, ""),
    ("Kwame Mensah", CreditStyle.FULL_NAME, ""),
    ("Siobhan Kelly", CreditStyle.CHOSEN_NAME, "Shiv"),
    ("Olu Adeyemi", CreditStyle.FIRST_NAME, ""),
    ("Bethan Lloyd", CreditStyle.INITIALS, ""),
    ("Yusuf Ali", CreditStyle.FIRST_NAME, ""),
    ("Grace Turner", CreditStyle.FULL_NAME, ""),
    ("Pete Walsh", CreditStyle.CHOSEN_NAME, "Big Pete"),
    ("Mei Chen", CreditStyle.FIRST_NAME, ""),
    ("Dafydd Evans", CreditStyle.FULL_NAME, ""),
    ("Zainab Hussain", CreditStyle.INITIALS, ""),
    ("Tom Baker", CreditStyle.FIRST_NAME, ""),
    ("Ewa Kowalska", CreditStyle.FULL_NAME, ""),
    ("Ravi Patel", CreditStyle.CHOSEN_NAME, "Ravi P"),
    ("Lucy Hughes", CreditStyle.FIRST_NAME, ""),
    ("Nia Roberts", CreditStyle.INITIALS, ""),
    ("Marek Zieliński", CreditStyle.FIRST_NAME, ""),
    ("Amina Osman", CreditStyle.FULL_NAME, ""),
]
PROMPTS = [
    ("How do you feel about the day centre?", "feeling-good"),
    ("How do you get to the day centre?", "topic-transport"),
    ("What should we do more of?", "response-idea"),
    ("What is the food like?", "topic-food"),
    ("Who helps you most?", "topic-staff"),
    ("What worries you?", "response-worried"),
]
WORDS = (
    "the bus is late again and I like the staff here lunch is noisy garden music friends family "
    "money taxi cooking quiet room help with bills my sister drives me kind people more activities "
    "please I am worried about the cost summer outside thank you for asking us good most days not "
    "sure the minibus driver helps me I miss my friends when the centre is shut art classes trips"
).split()
DETAILS = dict(
    purpose="To hear what works at the day centre and what could be better.",
    decisions=("We will ask for a later bus.", "We will start a cooking group.", "Lunch will be quieter."),
    next_steps=("Jo writes to the bus company.", "Priya finds a cook.", "We meet again to check."),
    next_meeting="Tuesday 4 June, 10 am, in the Oak Room.",
    contact="Jo Smith, 01234 567890, jo@example.org",
    starts_at="10:00",
    ends_at="12:30",
)

# The baseline in a fresh process: the plain document from a JSON list of texts.
PLAIN_CHILD = """
import json, sys
from xml.sax.saxutils import escape
from reportlab import rl_config
rl_config.useA85 = 0
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate
texts = json.loads(open(sys.argv[1], encoding="utf-8").read())
style = ParagraphStyle("plain", fontName="Helvetica", fontSize=16, leading=20)
SimpleDocTemplate(sys.argv[2], pagesize=A4).build([Paragraph(escape(t), style) for t in texts])
"""


# ---- the meetings -------------------------------------------------------------------------------


def some_text(rng: random.Random, low: int = 10, high: int = 400) -> str:
    """Words of a length between *low* and *high* characters, ending with a full stop."""
    target = rng.randint(low, high)
    words: list[str] = []
    while len(" ".join(words)) < target - 1:
        words.append(rng.choice(WORDS))
    text = " ".join(words)[: target - 1].rstrip()
    return text.capitalize() + "."


def build_meeting(store: Store, people: int, total: int, card_ids: list[str], *, seed: int, profiles: dict) -> str:
    """A meeting of *people* people, 6 prompts and *total* contributions, as described at the top."""
    rng = random.Random(seed)
    with store.transaction():
        meeting = store.meetings.create("Our day centre: what works, what could be better", "2024-05-01", "Oak Room")
        store.meeting_details.save(MeetingDetails(meeting_id=meeting.id, **DETAILS))
        ids = [store.people.add_attendee(meeting.id, *PEOPLE[n]).person_id for n in range(people)]
        for n, profile in profiles.items():
            store.profiles.save(ids[n], profile)
        prompts = [store.prompts.add(meeting.id, text, card).id for text, card in PROMPTS]
        for n in range(total):
            person = ids[n % people] if n < people else rng.choice(ids)  # everyone says something
            support = None
            if rng.random() < 0.08:
                support = Support(rng.choice(list(SupportRole)), rng.choice(("", "Jo", "Aled")))
            added = store.contributions.add(
                meeting.id,
                person,
                some_text(rng),
                rng.sample(card_ids, rng.choice((0, 1, 1, 2, 2, 3))),
                prompts[n * len(prompts) // total],
                support=support,
            )
            if rng.random() < 0.4:
                store.contributions.confirm(added.id)
            if rng.random() < 0.15:
                for other in rng.sample([p for p in ids if p != person], rng.randint(1, 3)):
                    store.agreements.add(added.id, other)
    return meeting.id


def build_long_meeting(store: Store, card_ids: list[str]) -> tuple[str, str]:
    """A small meeting where the first person said one 5,000-character contribution (the store's
    limit) with 3 cards; returns (meeting id, person id)."""
    rng = random.Random(11)
    with store.transaction():
        meeting = store.meetings.create("A long story", "2024-05-02", "Oak Room")
        store.meeting_details.save(MeetingDetails(meeting_id=meeting.id, **DETAILS))
        ids = [store.people.add_attendee(meeting.id, *PEOPLE[n]).person_id for n in range(4)]
        prompt = store.prompts.add(meeting.id, *PROMPTS[0]).id
        store.contributions.add(meeting.id, ids[0], long_text(rng, 5000), card_ids[:3], prompt)
        for person in ids[1:]:
            store.contributions.add(meeting.id, person, some_text(rng), rng.sample(card_ids, 1), prompt)
    return meeting.id, ids[0]


def long_text(rng: random.Random, chars: int) -> str:
    """*chars* characters of sentences, in paragraphs, as a long pasted story would be."""
    sentences: list[str] = []
    while sum(len(s) + 1 for s in sentences) < chars:
        sentences.append(some_text(rng, 40, 160) + ("\n" if rng.random() < 0.15 else ""))
    return " ".join(sentences)[:chars]


def long_document(store: Store, meeting_id: str, person_id: str, catalogue: CardCatalogue) -> Document:
    """The builder's sheet for *person_id*, their contribution's text made LONG_CHARS long in the facts."""
    facts = MeetingFacts.read(store, meeting_id, catalogue)
    rng = random.Random(12)
    text = long_text(rng, LONG_CHARS)
    facts.contributions = tuple(
        dataclasses.replace(c, text=text) if c.person_id == person_id else c for c in facts.contributions
    )
    doc = take_home_document(facts, facts.attendee(person_id))
    said = [b for b in doc.blocks if isinstance(b, Said)]
    if len(said) != 1 or len(said[0].words) < LONG_CHARS - 50:
        raise SystemExit(f"the long sheet does not hold the {LONG_CHARS}-character contribution")
    return doc


# ---- the plain reportlab baseline ---------------------------------------------------------------


def texts_of(doc: Document) -> list[str]:
    """The rows of text of *doc*, one for each plain Paragraph of the baseline."""
    texts: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Heading | Line):
            texts.append(block.text)
        elif isinstance(block, Said):
            texts.append(" ".join(t for t in (block.credit, block.words, *block.notes) if t))
        elif isinstance(block, Items):
            texts.extend(block.items)
        elif isinstance(block, SmallPrint):
            texts.extend((block.heading, *block.lines))
    return texts


PLAIN_STYLE = ParagraphStyle("plain", fontName="Helvetica", fontSize=16, leading=20)


def plain_pdf(texts: list[str], path: Path) -> None:
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(escape(t), PLAIN_STYLE) for t in texts])


def distinct(doc: Document) -> int:
    """How many different pictures *doc* shows (each is read once per process)."""
    pictures = [p for b in doc.blocks for p in getattr(b, "pictures", ())]
    pictures += [b.picture for b in doc.blocks if getattr(b, "picture", None) is not None]
    return len({p.source for p in pictures if p.source is not None})


def pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", path.read_bytes()))


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def child_env(pycache: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def run_child(command: list[str], env: dict[str, str], out: Path) -> tuple[float, subprocess.CompletedProcess]:
    out.unlink(missing_ok=True)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=REPO)
    elapsed = time.perf_counter() - started
    if done.returncode == 0 and not out.read_bytes().startswith(b"%PDF"):
        raise SystemExit(f"{command[0]} exited 0 without writing a PDF at {out}")
    return elapsed, done


# ---- the runs ------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each (default 5)")
    parser.add_argument("--warmups", type=int, default=1, help="runs before measuring, not counted (default 1)")
    parser.add_argument("--dir", type=Path, default=None, help="folder for the temporary databases and PDFs")
    parser.add_argument(
        "--cards", type=int, default=0, help="draw the cards from this many built-in cards (default 0: all of them)"
    )
    parser.add_argument(
        "--no-bytecode-cache", action="store_true", help="child processes use the shell's bytecode settings"
    )
    args = parser.parse_args()
    if args.runs < 1 or args.warmups < 0 or args.cards < 0:
        parser.error("--runs must be at least 1, --warmups and --cards at least 0")
    if not APP.exists():
        raise SystemExit(f"{APP} is missing: make the virtual environment as the top-level README says")
    rl_config.useA85 = 0  # as pdf_page sets it for the app (imported above already): the same on both sides
    with tempfile.TemporaryDirectory(prefix="coprod-bench-documents-", dir=args.dir) as tmp:
        return run(Path(tmp), args)


def run(folder: Path, args: argparse.Namespace) -> int:
    print("Easy Read documents: group summary (command), 30 take-home sheets, a 10,000-character contribution")
    print(describe_machine(folder))
    catalogue = load_catalogue()
    card_ids = [c.id for c in catalogue.cards]
    if args.cards:  # a meeting that keeps to a few cards (the recent-cards row makes that likely)
        card_ids = random.Random(5).sample(card_ids, min(args.cards, len(card_ids)))
    started = time.perf_counter()
    summary_db, homes_db = folder / "summary.db", folder / "takehomes.db"
    store = open_for_writing(summary_db, catalogue)
    try:
        store.settings.set_organisation("Oakfield Day Centre")
        large = CommunicationProfile(formats=frozenset({Format.LARGE_PRINT}))
        summary_id = build_meeting(
            store, 12, CONTRIBUTIONS, card_ids, seed=1, profiles={2: large, 8: CommunicationProfile(language="cy")}
        )
        summary_doc = build_summary(store, summary_id, catalogue)
    finally:
        store.close()
    homes = open_for_writing(homes_db, catalogue)
    homes.settings.set_organisation("Oakfield Day Centre")
    profiles = {
        2: large,
        7: CommunicationProfile(formats=frozenset({Format.LARGE_PRINT, Format.EASY_READ})),
        14: large,
        8: CommunicationProfile(language="cy"),
        9: CommunicationProfile(language="pl"),
        5: CommunicationProfile(language="ar"),
    }
    homes_id = build_meeting(homes, 30, CONTRIBUTIONS, card_ids, seed=2, profiles=profiles)
    long_id, long_person = build_long_meeting(homes, card_ids)
    print(f"built the meetings in {time.perf_counter() - started:.1f} s")
    try:
        setup = Setup(catalogue, summary_db, summary_id, summary_doc, homes, homes_id, long_id, long_person)
        return measure(folder, args, setup)
    finally:
        homes.close()


@dataclasses.dataclass
class Setup:
    """The meetings made for the runs."""

    catalogue: CardCatalogue
    summary_db: Path
    summary_id: str
    summary_doc: Document
    homes: Store
    homes_id: str
    long_id: str
    long_person: str


# The series, by name.
COMMAND, COMMAND_PLAIN = "summary command", "baseline: plain doc, fresh process"
IN_PROCESS, IN_PROCESS_PLAIN = "summary write_summary, in process", "baseline: plain doc, in process"
HOMES, HOMES_PLAIN = "30 take-homes: build + draw", "baseline: 30 plain docs"
LONG, LONG_PLAIN = "10,000 chars: build + draw", "baseline: 10,000 chars, 1 Paragraph"


def measure(folder: Path, args: argparse.Namespace, setup: Setup) -> int:
    catalogue, summary_db, summary_id, homes = setup.catalogue, setup.summary_db, setup.summary_id, setup.homes
    homes_id, long_id, long_person = setup.homes_id, setup.long_id, setup.long_person
    env = child_env(None if args.no_bytecode_cache else folder / "pycache")
    summary_texts = texts_of(setup.summary_doc)
    texts_file = folder / "summary-texts.json"
    texts_file.write_text(json.dumps(summary_texts), encoding="utf-8")
    out, plain_out = folder / "summary.pdf", folder / "plain.pdf"
    command = [str(APP), "summary", summary_id, "-o", str(out), "--db", str(summary_db)]
    plain_command = [str(PYTHON), "-c", PLAIN_CHILD, str(texts_file), str(plain_out)]
    series: dict[str, list[float]] = {}
    warm: dict[str, list[float]] = {}

    def add(name: str, n: int, value: float) -> None:
        (warm if n < args.warmups else series).setdefault(name, []).append(value * 1000)

    # 1. The summary, as the command (fresh processes, alternating), then in process.
    command_works = True
    for n in range(args.warmups + args.runs):
        elapsed, done = run_child(command, env, out)
        if done.returncode != 0:
            command_works = False
            why = done.stderr.strip() or done.stdout.strip()
            print(f"\nthe summary command failed (exit {done.returncode}): {why}")
            print("measuring the summary in process only (write_summary)")
            break
        add(COMMAND, n, elapsed)
        elapsed, done = run_child(plain_command, env, plain_out)
        if done.returncode != 0:
            raise SystemExit(f"the plain reportlab child failed: {done.stderr.strip()}")
        add(COMMAND_PLAIN, n, elapsed)

    reading = open_for_reading(summary_db)
    try:
        for n in range(args.warmups + args.runs):
            add(IN_PROCESS, n, timed(lambda: write_summary(reading, summary_id, out, catalogue)))
            add(IN_PROCESS_PLAIN, n, timed(lambda: plain_pdf(summary_texts, plain_out)))
    finally:
        reading.close()
    summary_pages, plain_pages = pages(out), pages(plain_out)

    # 2. Thirty take-home sheets.
    sheets = folder / "sheets"
    sheets.mkdir()
    sheet_texts = [texts_of(doc) for _attendee, doc in build_take_homes(homes, homes_id, catalogue)]
    for n in range(args.warmups + args.runs):
        t0 = time.perf_counter()
        docs = build_take_homes(homes, homes_id, catalogue)
        t1 = time.perf_counter()
        paths = [write_document_pdf(doc, sheets / f"{i:02d}.pdf") for i, (_attendee, doc) in enumerate(docs)]
        t2 = time.perf_counter()
        plain = [sheets / f"plain-{i:02d}.pdf" for i in range(len(sheet_texts))]
        t3 = time.perf_counter()
        for texts, path in zip(sheet_texts, plain, strict=True):
            plain_pdf(texts, path)
        t4 = time.perf_counter()
        if len(paths) != 30:
            raise SystemExit(f"expected 30 take-home sheets, made {len(paths)}")
        add(HOMES, n, t2 - t0)
        add("  build_take_homes", n, t1 - t0)
        add("  write_document_pdf x 30", n, t2 - t1)
        add(HOMES_PLAIN, n, t4 - t3)
    sheet_pages = sum(pages(p) for p in paths)
    plain_sheet_pages = sum(pages(p) for p in plain)

    # 3. One sheet with a 10,000-character contribution.
    long_out, long_plain = folder / "long.pdf", folder / "long-plain.pdf"
    long_doc = long_document(homes, long_id, long_person, catalogue)
    long_words = next(b for b in long_doc.blocks if isinstance(b, Said)).words
    for n in range(args.warmups + args.runs):
        t0 = time.perf_counter()
        doc = long_document(homes, long_id, long_person, catalogue)
        t1 = time.perf_counter()
        write_document_pdf(doc, long_out)
        t2 = time.perf_counter()
        add(LONG, n, t2 - t0)
        add("  write_document_pdf", n, t2 - t1)
        add(LONG_PLAIN, n, timed(lambda: plain_pdf([long_words], long_plain)))

    # Report.
    for name, values in warm.items():
        print(f"warm-up {name} (not counted): {', '.join(f'{v:.0f}' for v in values)} ms")
    print(
        f"summary: {len(summary_texts)} rows of text, {distinct(setup.summary_doc)} different card pictures,"
        f" {summary_pages} pages (plain: {plain_pages});"
        f" 30 take-homes: {sheet_pages} pages (plain: {plain_sheet_pages}); 10,000 characters:"
        f" {pages(long_out)} pages (plain: {pages(long_plain)})"
    )
    results = print_table(f"{args.runs} runs each", list(series.items()))
    med = {name: s["median"] for name, s in results.items()}

    def ratio(a: str, b: str) -> str:
        return f"{med[a] / med[b]:.2f}x" if a in med and b in med else "-"

    print("\nratios to the plain reportlab documents (medians):")
    if command_works:
        print(f"  summary command / plain doc in a fresh process: {ratio(COMMAND, COMMAND_PLAIN)}")
    print(f"  summary in process / plain doc in process: {ratio(IN_PROCESS, IN_PROCESS_PLAIN)}")
    print(f"  30 take-homes / 30 plain docs: {ratio(HOMES, HOMES_PLAIN)}")
    print(f"  10,000 characters / one plain Paragraph: {ratio(LONG, LONG_PLAIN)}")
    if series.get(IN_PROCESS) and args.warmups:
        print("  (in process, card pictures were read by the warm-up: see the docstring)")

    summary_s = med[COMMAND if command_works else IN_PROCESS] / 1000
    homes_s, long_s = med[HOMES] / 1000, med[LONG] / 1000
    ok = summary_s < SUMMARY_TARGET_S and homes_s < TAKE_HOMES_TARGET_S and long_s < LONG_TARGET_S
    which = "the command" if command_works else "IN PROCESS: the command failed"
    return verdict(
        ok,
        f"summary of {CONTRIBUTIONS} ({which}) {summary_s:.2f} s (target < {SUMMARY_TARGET_S} s),"
        f" 30 take-homes {homes_s:.2f} s (target < {TAKE_HOMES_TARGET_S} s),"
        f" 10,000 characters {long_s:.2f} s (target < {LONG_TARGET_S} s)",
    )


if __name__ == "__main__":
    sys.exit(main())
