"""The command line: start the window, or run one headless command.

Errors a person can cause (a missing file, an unknown id, a damaged database) end with exit code 2
and one plain line on stderr: no traceback, and nothing in the database changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .app.opening import database_path, open_for_reading, open_for_writing
from .domain.errors import UserFacingError

if TYPE_CHECKING:
    import argparse

PROG = "coprod-desktop"

EPILOG = """\
commands:
  (none)                         start the app
  demo                           add a sample meeting and print its id
  meetings                       list meetings: id, date and title
  people MEETING_ID              list who took part: person id, name as credited and marker
  summary MEETING_ID -o FILE.pdf [--language CODE]
                                 write the group summary as a PDF (FILE.html: a web page)
  takehome MEETING_ID -o DIR [--person PERSON_ID] [--html]
                                 write each person's Easy Read take-home sheet into DIR
  certificate MEETING_ID -o DIR [--person PERSON_ID] [--html]
                                 write each person's record of involvement into DIR
  export MEETING_ID -o FILE.json write a meeting as JSON, to move it to another laptop
  export MEETING_ID -o FILE.csv  write its contributions as a spreadsheet: prompt, person as
                                 credited, words, cards, time (cells never run as formulas)
  import FILE.json               read a meeting exported as JSON (importing twice adds nothing)
  audio MEETING_ID PERSON_ID -o FILE.wav
                                 save what one person said as a sound file to take home
  check                          check the database without changing it: damage, version, latest
                                 changes (-wal file) and newest good backup; exit 1 if it has a problem
  backup [-o FILE.db]            make a checked backup (into the "... backups" folder beside the
                                 database, or as FILE.db, never replacing a file) and say what it holds
  restore BACKUP                 put a backup in place of the database (checked first); the current
                                 file is kept aside, and where is printed
  cleanup [--older-than-months N] [--yes]
                                 list meetings older than the period they are kept for (the
                                 setting, or N months); with --yes delete them after a checked backup
  everyone                       list every person on this laptop: person id and full name
  record PERSON_ID -o DIR        save everything held about one person into DIR: their record as
                                 JSON (their photo beside it) and as an Easy Read PDF
  erase PERSON_ID --yes [--anonymise]
                                 erase a person and everything about them (their words too), or
                                 with --anonymise keep their words as a former participant's;
                                 says until when older backups still hold them
  involvement PERSON_ID          print a person's record across meetings: meetings, time given,
                                 contributions, roles, recognition and what is owed per meeting
  finance --from DATE --to DATE -o FILE.csv
                                 write what is owed to each person for each meeting dated DATE to
                                 DATE (both YYYY-MM-DD) for the finance team: full names, pence;
                                 a file already there is never replaced

The database is --db FILE if given, else the COPROD_DB environment variable, else coprod.db in
your user data folder. Each FILE must end as shown (.pdf, .json, .csv, .wav, .db); it is written whole or
not at all, and only you can read it (it holds people's names and words). In a DIR, a file that
is there already is kept: the new one is saved beside it as "... (2).pdf".
Exit codes: 0 done, 2 bad input (with one line saying why).
"""


class UserError(Exception):
    """A problem with what was asked for; printed as one line, exit code 2."""


def _add_db(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--db", metavar="FILE", default=default, help="the meeting database file to use")


def build_parser() -> argparse.ArgumentParser:
    # argparse is imported here, not with the module: starting the window (the common case) does
    # not need it, and its import and set-up would delay the first paint (see _window_database).
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> None:  # one line, not argparse's usage block
            raise UserError(f"{message} (see {PROG} --help)")

    parser = _Parser(
        prog=PROG,
        description="CoProd Desktop: accessible co-production meetings, credited to everyone who takes part.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _add_db(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        # SUPPRESS: a --db given before the command is not reset by the sub-command's default.
        _add_db(sub, argparse.SUPPRESS)
        return sub

    command("demo", "add a sample meeting and print its id")
    command("meetings", "list meetings: id, date and title")
    people = command("people", "list who took part in a meeting: person id, name as credited and marker")
    people.add_argument("meeting_id", metavar="MEETING_ID")
    summary = command("summary", "write a meeting's group summary as a PDF (or, ending in .html, a web page)")
    summary.add_argument("meeting_id", metavar="MEETING_ID")
    summary.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
    summary.add_argument("--language", metavar="CODE", help="print it in this language (en, cy, pl, ar, ur)")
    for name, help_text in (
        ("takehome", "write each person's Easy Read take-home sheet into a folder"),
        ("certificate", "write each person's record of involvement into a folder"),
    ):
        handout = command(name, help_text)
        handout.add_argument("meeting_id", metavar="MEETING_ID")
        handout.add_argument("-o", "--output", metavar="DIR", required=True, help="an existing folder")
        handout.add_argument("--person", metavar="PERSON_ID", help="only this person (ids: the people command)")
        handout.add_argument("--html", action="store_true", help="also a web-page copy for screen readers and phones")
    export = command("export", "write a meeting as JSON, or its contributions as CSV (a name ending in .csv)")
    export.add_argument("meeting_id", metavar="MEETING_ID")
    export.add_argument("-o", "--output", metavar="FILE.json|FILE.csv", required=True)
    imp = command("import", "read a meeting exported as JSON")
    imp.add_argument("file", metavar="FILE.json")
    # Rows here that differ from the file keep this laptop's version unless chosen otherwise.
    choosing = imp.add_mutually_exclusive_group()
    choosing.add_argument(
        "--take-theirs", metavar="ID", nargs="+", action="extend", default=[],
        help="take the file's version of these differences (ids as printed by an import)",
    )  # fmt: skip
    choosing.add_argument("--keep-mine-all", action="store_true", help="keep this laptop's version of every difference")
    choosing.add_argument("--take-theirs-all", action="store_true", help="take the file's version of every difference")
    audio = command("audio", "save what one person said as a sound file (WAV)")
    audio.add_argument("meeting_id", metavar="MEETING_ID")
    audio.add_argument("person_id", metavar="PERSON_ID")
    audio.add_argument("-o", "--output", metavar="FILE.wav", required=True)
    _add_check_command(command)
    _add_backup_commands(command)
    _add_cleanup_command(command)
    _add_person_commands(command)
    _add_involvement_commands(command)
    return parser


def _demo(args: argparse.Namespace) -> int:
    from .services.demo import create_demo_meeting

    with _writing(args) as store:
        print(create_demo_meeting(store).id)
    return 0


def _meetings(args: argparse.Namespace) -> int:
    with open_for_reading(database_path(args.db)) as store:
        for meeting in store.meetings.all():
            print(f"{meeting.id}\t{meeting.date}\t{meeting.title}")
    return 0


def _people(args: argparse.Namespace) -> int:
    # Each person as they chose to be credited, never their full name unless that is their choice:
    # the ids are for `audio` and `takehome --person`, and the marker tells two "Sam"s apart.
    with open_for_reading(database_path(args.db)) as store:
        store.meetings.get(args.meeting_id)  # NotFound for an unknown meeting, not an empty list
        for attendee in store.people.attendees(args.meeting_id):
            print(f"{attendee.person_id}\t{attendee.credited_as}\t{attendee.marker.describe()}")
    return 0


def _summary(args: argparse.Namespace) -> int:
    from .app.handouts import write_summary_document
    from .services.catalogue import load_catalogue

    written = write_summary_document(
        database_path(args.db), args.meeting_id, args.output, load_catalogue(), language=args.language
    )
    print(written)
    return 0


def _handouts(args: argparse.Namespace) -> int:
    # A file already in the folder is never replaced: the new one takes a free name beside it
    # ("... (2).pdf"), since a command cannot ask. Each file written is printed, one per line.
    from .app.handouts import Handout, write_handouts
    from .services.catalogue import load_catalogue

    kind = Handout.TAKE_HOME if args.command == "takehome" else Handout.CERTIFICATE
    for path in write_handouts(
        database_path(args.db), args.meeting_id, args.output, [kind], load_catalogue(),
        person_id=args.person, html=args.html,
    ):  # fmt: skip
        print(path)
    if args.person is None:
        # Someone who said no to take-home documents gets none: said, so nobody wonders why.
        from .app.handouts import refused_names
        from .domain.errors import ValidationError

        for name in refused_names(database_path(args.db), args.meeting_id):
            print(_describe(ValidationError("consent.no_take_home", name=name)))
    return 0


def _export(args: argparse.Namespace) -> int:
    from .app.documents import write_meeting_export

    print(write_meeting_export(database_path(args.db), args.meeting_id, args.output))
    return 0


def _import(args: argparse.Namespace) -> int:
    from .services.exchange import import_meeting, read_export
    from .services.exchange_merge import Choice, find_conflicts

    # Read and check the whole file before touching the database.
    export = read_export(Path(args.file).expanduser())
    with _writing(args) as store:
        choices = {ref.lower(): Choice.TAKE_THEIRS for ref in args.take_theirs}
        if args.take_theirs_all:
            choices = {c.id: Choice.TAKE_THEIRS for c in find_conflicts(store, export)}
        result = import_meeting(store, export, choices)
    from .app.messages import language_from_environment, sentence

    # One line per sentence: what was added, then each difference with its id and what was done,
    # in the environment's language, as errors are.
    language = language_from_environment()
    for code, params in result.report():
        print(sentence(code, params, language))
    return 0


def _audio(args: argparse.Namespace) -> int:
    from .app.documents import write_take_home_audio
    from .services.catalogue import load_catalogue

    def notice(fallback: UserFacingError) -> None:  # another voice reads: said, never silent, beside the output
        print(f"{PROG}: {_describe(fallback)}", file=sys.stderr)

    out = write_take_home_audio(
        database_path(args.db), args.meeting_id, args.person_id, args.output, load_catalogue(), on_notice=notice
    )
    print(out)
    return 0


def _add_backup_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    backup = command("backup", "make a checked backup of the database and say what it holds")
    backup.add_argument("-o", "--output", metavar="FILE.db", help="save it as this file (never replaced)")
    restore = command("restore", "put a backup in place of the database, keeping the current file aside")
    restore.add_argument("backup", metavar="BACKUP")


def _backup(args: argparse.Namespace) -> int:
    from .app.backups import COMMAND, back_up_to, make_backup

    db = database_path(args.db)
    made = back_up_to(db, args.output) if args.output else make_backup(db, COMMAND)
    print(made.path)
    print(f"meetings: {made.meetings}, contributions: {made.contributions}, made {made.made_at:%Y-%m-%d %H:%M} UTC")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from .app.backups import restore

    db = database_path(args.db)
    existed = db.exists()
    aside = restore(db, Path(args.backup).expanduser())
    print(f"restored {args.backup} as {db}")
    print(f"the file it replaced was kept as {aside}" if existed else f"there was no file at {db} before")
    return 0


def _add_cleanup_command(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    cleanup = command(
        "cleanup",
        "list meetings older than the period they are kept for; with --yes, delete them after a checked backup",
    )
    cleanup.add_argument(
        "--older-than-months", metavar="N", help="use this period instead of the one set in the app (whole months)"
    )
    cleanup.add_argument("--yes", action="store_true", help="delete the meetings listed (a backup is made first)")


def _cleanup(args: argparse.Namespace) -> int:
    # Lists first, from a read-only connection (a missing file is refused, never created); only
    # with --yes is the file opened for writing, backed up (checked) and then cleaned up.
    from datetime import date

    from .app.backups import COMMAND, make_backup
    from .app.retention import RetentionOperations
    from .domain.retention import check_months

    months = check_months(args.older_than_months) if args.older_than_months is not None else None
    db = database_path(args.db)
    today = date.today()
    with open_for_reading(db) as store:
        months = months or RetentionOperations(store).period()
        past = RetentionOperations(store).meetings_past(today, months) if months else []
    if months is None:
        print("no period is set: meetings are kept until deleted (give --older-than-months N)")
        return 0
    for meeting in past:
        print(f"{meeting.id}\t{meeting.date}\t{meeting.title}\tcontributions: {meeting.contributions}")
    print(f"meetings older than {months} months: {len(past)}")
    if not past:
        return 0
    if not args.yes:
        print("nothing was deleted: run again with --yes to delete them, after a checked backup")
        return 0
    with _writing(args) as store:
        retention = RetentionOperations(store)
        ids = [meeting.id for meeting in retention.meetings_past(today, months)]
        made = make_backup(db, COMMAND, beside_writer=True)  # raises, and nothing is deleted, if it fails
        print(f"backup: {made.path}")
        result = retention.clean_up(ids)
    print(f"meetings deleted: {result.meetings}, contributions: {result.contributions}")
    if result.people_without_meetings:
        print(
            f"people left with no meeting: {result.people_without_meetings} (kept: erase them in the app's"
            " People on this laptop if wanted)"
        )
    return 0


def _add_check_command(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    command(
        "check",
        "check the database without changing it: damage (every page), its version, its latest changes "
        "(the -wal file) and its newest good backup. Exit codes: 0 all is well, 1 the file has a "
        "problem (said on stdout), 2 bad input (no such file).",
    )


def _check(args: argparse.Namespace) -> int:
    # One line per finding, in the environment's language; exit 1 (not 2) when the file has a
    # problem: the command worked, and what it found is the answer.
    from .app.messages import describe, language_from_environment, sentence
    from .app.opening import check_database

    language = language_from_environment()
    report = check_database(database_path(args.db))
    lines = [describe(report.problem, language) if report.problem else sentence("check.integrity_ok", {}, language)]
    if report.newest_migration:
        number = report.newest_migration.partition("_")[0]
        code = "check.version" if report.up_to_date else "check.version_older"
        lines.append(sentence(code, {"number": int(number), "migration": report.newest_migration}, language))
    log = report.log_problem
    lines.append(describe(log, language) if log else sentence("check.log_ok", {}, language))
    if report.backup:
        when = f"{report.backup_time:%Y-%m-%d %H:%M}"
        lines.append(sentence("check.backup", {"path": str(report.backup), "when": when}, language))
    else:
        lines.append(sentence("check.no_backup", {}, language))
    healthy = report.healthy
    lines.append(sentence("check.all_well" if healthy else "check.problem", {"name": report.path.name}, language))
    print("\n".join(_one_line(line) for line in lines))
    return 0 if healthy else 1


class _writing:
    """Open for writing; if this run created the database and then failed, remove it again."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.path = database_path(args.db)
        self.existed = self.path.exists()

    def __enter__(self):
        self.store = open_for_writing(self.path)
        return self.store

    def __exit__(self, exc_type, exc, tb) -> None:
        self.store.close()
        if exc_type is not None and not self.existed:
            for suffix in ("", "-wal", "-shm", ".lock"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)


def _add_involvement_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    involvement = command("involvement", "print a person's record across meetings (ids: the people command)")
    involvement.add_argument("person_id", metavar="PERSON_ID")
    finance = command(
        "finance", "write what is owed to each person for each meeting in a period, for the finance team (CSV)"
    )
    finance.add_argument("--from", dest="first", metavar="DATE", required=True, help="the first date, YYYY-MM-DD")
    finance.add_argument("--to", dest="last", metavar="DATE", required=True, help="the last date, YYYY-MM-DD")
    finance.add_argument("-o", "--output", metavar="FILE.csv", required=True, help="never replaced if it is there")


def _involvement(args: argparse.Namespace) -> int:
    # Staff-facing: the person's full name, as the organisation knows them (asked for by id).
    from .app.involvement import involvement_record, record_lines

    with open_for_reading(database_path(args.db)) as store:
        lines = record_lines(involvement_record(store, args.person_id), store.involvement.rates())
    print("\n".join(lines))
    return 0


def _finance(args: argparse.Namespace) -> int:
    from .app.involvement import write_finance_export

    print(write_finance_export(database_path(args.db), args.first, args.last, args.output))
    return 0


def _add_person_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    command("everyone", "list every person on this laptop: person id and full name")
    record = command("record", "save everything held about one person: JSON (photo beside it) and an Easy Read PDF")
    record.add_argument("person_id", metavar="PERSON_ID")
    record.add_argument("-o", "--output", metavar="DIR", required=True, help="an existing folder")
    erase = command("erase", "erase a person and everything about them, or anonymise them (--anonymise)")
    erase.add_argument("person_id", metavar="PERSON_ID")
    erase.add_argument("--anonymise", action="store_true", help="keep their words, credited as a former participant")
    erase.add_argument("--yes", action="store_true", help="do it: without --yes nothing is changed")


def _everyone(args: argparse.Namespace) -> int:
    # Staff-facing, asked for by the person who keeps the laptop: full names, as kept.
    from .app.person_record import everyone

    with open_for_reading(database_path(args.db)) as store:
        for person in everyone(store):
            print(f"{person.person_id}\t{person.full_name}")
    return 0


def _record(args: argparse.Namespace) -> int:
    # A file already in the folder is never replaced: the new one is saved beside it ("... (2).pdf").
    from .app.person_record import write_person_record
    from .services.catalogue import load_catalogue

    for path in write_person_record(database_path(args.db), args.person_id, args.output, load_catalogue()):
        print(path)
    return 0


def _erase(args: argparse.Namespace) -> int:
    from .app.erasure import ErasureOperations
    from .app.messages import language_from_environment, sentence
    from .domain.errors import ValidationError

    if not args.yes:
        raise ValidationError("erase.not_confirmed")
    with _writing(args) as store:
        operations = ErasureOperations(store)
        backups = operations.backups_holding(args.person_id)  # NotFound for an unknown person
        if args.anonymise:
            operations.anonymise(args.person_id)
        else:
            operations.erase(args.person_id)
    language = language_from_environment()
    done = "erase.anonymised" if args.anonymise else "erase.erased"
    for code, params in [(done, {}), *backups.report()]:
        print(sentence(code, params, language))
    for path in backups.kept:
        print(path)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _demo,
    "meetings": _meetings,
    "people": _people,
    "summary": _summary,
    "takehome": _handouts,
    "certificate": _handouts,
    "export": _export,
    "import": _import,
    "audio": _audio,
    "check": _check,
    "backup": _backup,
    "restore": _restore,
    "cleanup": _cleanup,
    "everyone": _everyone,
    "record": _record,
    "erase": _erase,
    "involvement": _involvement,
    "finance": _finance,
}


def _start_app(args: argparse.Namespace) -> int:
    return _start_window(args.db)


def _window_database(argv: Sequence[str]) -> str | bool | None:
    """The --db of a plain start of the window (no arguments, `--db FILE` or `--db=FILE`), or
    False for anything else, which argparse then reads. Starting the window is what people do
    most, and the parser's import and set-up (about 6 ms) would come before the first paint."""
    if not argv:
        return None
    if len(argv) == 2 and argv[0] == "--db" and argv[1] and not argv[1].startswith("-"):
        return argv[1]
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        return argv[0][len("--db=") :]
    return False


def _start_window(db: str | None) -> int:
    from .ui.app import run_app

    return run_app(database_path(db))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        window_db = _window_database(argv)
        if window_db is not False:
            return _start_window(window_db)
        args = build_parser().parse_args(argv)
        handler = COMMANDS.get(args.command, _start_app)
        return handler(args)
    except UserError as exc:  # argparse's own words, in English
        print(f"{PROG}: {_one_line(str(exc))}", file=sys.stderr)
        return 2
    except UserFacingError as exc:
        print(f"{PROG}: {_describe(exc)}", file=sys.stderr)
        return 2
    except Exception as exc:
        # A file or SQLite problem gets a general plain sentence; anything else is a bug, shown as one.
        if not isinstance(exc, OSError) and type(exc).__module__ != "sqlite3":
            raise
        print(f"{PROG}: {_describe(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _describe(exc: BaseException) -> str:
    """The error as one line in the language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    from .app.messages import describe, language_from_environment

    return _one_line(describe(exc, language_from_environment()))


def _one_line(message: str) -> str:
    return " ".join(message.split())
