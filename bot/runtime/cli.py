"""The command line: `python -m bot run | demo | check-config ...`. Only parses arguments, loads the configuration
and calls into the application; every configuration problem becomes one clear message and exit status 2."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from bot.config import Config, ConfigError, load_config, require_token
from bot.countries import CountryError
from bot.directory import EXAMPLE_DIRECTORY, Directory, DirectoryError
from bot.files import private_file
from bot.knowledge import KnowledgeError
from bot.languages import LANGUAGES
from bot.logsafety import redact
from bot.nlp.calibration import CalibrationError
from bot.runtime import check_config

log = logging.getLogger(__name__)
EXIT_FAILURE = 1  # the bot could not start or stopped on an error (systemd restarts it)
EXIT_CONFIG = 2  # the configuration must be fixed first (docs/deploy.md's unit does not restart on it)
# A file the operator or a translator edits that the bot cannot serve: restarting cannot fix it.
CONTENT_ERRORS = (ConfigError, DirectoryError, KnowledgeError, CountryError, CalibrationError)


def configure_logging(level: int = logging.INFO) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    # httpx logs request URLs (with the token) at INFO; aiosqlite logs statements with their parameters, and
    # python-telegram-bot every request and update, at DEBUG: those hold what people wrote.
    # apscheduler says "Adding job tentatively" for each of the bot's jobs at every start: noise an operator wonders at.
    for noisy in ("httpx", "httpcore", "aiosqlite", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.getLogger("telegram").setLevel(max(level, logging.INFO))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Safe Migration Bot")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument(
            "--config", type=Path, default=None, help="configuration file (default: config.toml)"
        )
        return sub

    command("run", "run the bot against Telegram (polling)")
    command(
        "setup",
        "first setup: answer only /whoami, and print each chat's and user's id (to fill in the staff settings)",
    )
    command("check-config", "validate the configuration file and print a summary")
    command(
        "build-index",
        "build the matcher's index and keep it beside the database, so that the bot's next start reads it "
        "(run it after an update, before the bot starts: systemd's ExecStartPre)",
    )
    catalogs = commands.add_parser(
        "catalogs",
        help="refresh locales/messages.pot from the code and merge it, and locales/kb.pot, into every catalog",
        description="Refresh locales/messages.pot from the code and merge it into every language's catalog; merge "
        "locales/kb.pot (the knowledge base's English) into every language's kb.po. "
        "The bot compiles the .po files when it starts, so there is nothing else to build.",
    )
    catalogs.add_argument(
        "--init",
        metavar="LANG",
        default=None,
        help="start the catalog of a new language (e.g. uz) from the template",
    )
    catalogs.add_argument(
        "--check",
        action="store_true",
        help="say what is left to translate and what the bot would leave out (no configuration needed)",
    )
    refit = commands.add_parser(
        "refit",
        help="refit the matcher's confidence on the development set and write locales/matcher.toml",
        description="Refit the matcher's confidence on the development set (tests/data/dev) and write it, with a "
        "fingerprint of the examples, to locales/matcher.toml. Run it after changing topic titles, example "
        "questions or concepts: a test fails until you do.",
    )
    refit.add_argument("--output", type=Path, default=None, help="write here instead of locales/matcher.toml")
    keep = "keep the weights, record the examples' fingerprint: only if every matcher floor holds with them"
    refit.add_argument("--keep-weights", action="store_true", help=keep)
    fit_help = "train the crisis detector's model on the development set and write bot/nlp/crisis_model.bin"
    crisis_fit = commands.add_parser(
        "crisis-fit", help=fit_help, description=f"{fit_help} (bot/nlp/crisis_fit.py)"
    )
    crisis_fit.add_argument("--output", type=Path, default=None, help="write here instead")
    backup = command("backup", "make a consistent copy of the live database (safe while the bot runs)")
    backup.add_argument("path", type=Path, help="where to write the copy")
    unanswered = command(
        "unanswered", "list the questions the bot could not answer (masked), most frequent first"
    )
    unanswered.add_argument("--lang", choices=LANGUAGES, default=None)
    command("purge", "delete what is past retention now (the bot also does it every hour)")
    export = command(
        "export", "write the CSV of a period's counts of cases and checklist results, by NGO and velayat"
    )
    export.add_argument("--from", dest="start", type=date.fromisoformat, required=True, help="YYYY-MM-DD")
    export.add_argument(
        "--to", dest="end", type=date.fromisoformat, required=True, help="YYYY-MM-DD (inclusive)"
    )
    export.add_argument("--out", type=Path, required=True, help="the CSV file to write")
    export.add_argument(
        "--rows",
        action="store_true",
        help="one row per case and per checklist instead of counts. RISK: joined with each other or with what "
        "someone knows, rows can re-identify a person; keep the file to yourself and delete it after use",
    )
    link = command("campaign-link", "print the deep link of a campaign (and write a QR code of it)")
    link.add_argument("name", help="the campaign name: 1-64 characters of A-Z, a-z, 0-9, _ and -")
    link.add_argument("--qr", type=Path, default=None, help="write a QR code of the link to this PNG file")
    ask = command(
        "ask",
        "show which topic the bot's matcher picks for a question, how sure it is, and whether it signals danger",
    )
    ask.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the shown title")
    ask.add_argument(
        "--json",
        action="store_true",
        help='one line per question: {"topic", "score", "confident", "crisis", "crisis_kind"}',
    )
    ask.add_argument(
        "text", nargs="*", help="the question; without it, one question per line from standard input"
    )
    directory = command(
        "directory",
        "the NGO directory as a spreadsheet: export it as CSV, or import a CSV (docs/directory.md)",
    )
    directory.add_argument("action", choices=("import", "export"))
    directory.add_argument(
        "file",
        type=Path,
        nargs="?",
        default=None,
        help="import: the CSV to read; export: the CSV to write (default: standard output)",
    )
    directory.add_argument("--force", action="store_true", help="export: replace FILE if it exists")
    directory.add_argument(
        "--out",
        type=Path,
        default=None,
        help="import: the TOML file to write (default: the configuration's [directory] file)",
    )
    roster = command(
        "specialists",
        "the specialists' roster as a spreadsheet: export or import a CSV (docs/specialists.md)",
    )
    roster.add_argument("action", choices=("import", "export"))
    roster.add_argument(
        "file", type=Path, nargs="?", default=None, help="the CSV to read or write (export: stdout)"
    )
    roster.add_argument("--force", action="store_true", help="export: replace FILE if it exists")
    roster.add_argument(
        "--out", type=Path, default=None, help="import: the TOML to write ([directory] specialists)"
    )
    demo = command("demo", "chat with the real bot in the terminal, without Telegram or a token")
    demo.add_argument("--language", default="en", help="the Telegram language of the demo user (default: en)")
    return parser


def _load(path: Path | None, *, demo: bool = False) -> Config:
    if path is not None:
        return load_config(path)
    default = Path("config.toml")
    if default.exists():
        return load_config(default)
    if demo:
        return Config()  # the example settings, whatever folder the demo is started from
    raise ConfigError(
        f"{default.resolve()}: file not found. Copy config.example.toml to config.toml and edit it, "
        "or pass one with --config PATH. To try the bot without Telegram, run: python -m bot demo"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "catalogs":
        return check_config.catalogs_command(args.init, check=args.check)
    if args.command == "refit":
        from bot.nlp.evaluation import refit

        calibration = refit(*([args.output] if args.output else []), keep_weights=args.keep_weights)
        print(f"wrote {args.output or 'locales/matcher.toml'}: weights {calibration.weights}")
        return 0
    if args.command == "crisis-fit":
        from bot.nlp.crisis_fit import fit_and_report

        print(fit_and_report(*([args.output] if args.output else [])))
        return 0
    try:
        if args.command == "check-config":
            config = _load(args.config)
            left_out = check_config.load_content(config)  # what run loads at start: its errors stop it alike
            if _refused(config):
                return EXIT_CONFIG
            found = (
                left_out + check_config.chat_migration_warnings(config) + check_config.topic_warnings(config)
            )
            found += check_config.warnings(config) + check_config.orphaned_case_warnings(config)
            print(check_config.summary(config, warned=len(found)))
            for warning in found:
                print(f"WARNING: {warning}", file=sys.stderr)
            return 0
        if args.command == "build-index":
            return build_index(_load(args.config))
        if args.command in ("backup", "unanswered", "purge", "export"):
            config = _load(args.config)
            return asyncio.run(operator_command(args, config))
        if args.command == "campaign-link":
            return asyncio.run(campaign_link(_load(args.config, demo=True), args.name, args.qr))
        if args.command == "ask":
            config = _load(args.config, demo=True)
            return ask(config, args.lang, args.json, " ".join(args.text))
        if args.command == "directory":
            return directory_command(args)
        if args.command == "specialists":
            return specialists_command(args)
        if args.command == "demo":
            from bot.runtime.demo import run_demo

            config = _load(args.config, demo=True)
            return asyncio.run(run_demo(config, language=args.language, interactive=sys.stdin.isatty()))
        if args.command == "setup":
            return setup(_load(args.config))
        if args.command == "run":
            config = _load(args.config)
            token = require_token(config)
            if _refused(config):
                return EXIT_CONFIG
            return run(config, token)
    except CONTENT_ERRORS as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return EXIT_CONFIG
    raise AssertionError(args.command)


def _refused(config: Config) -> bool:
    """Print what check-config and run both refuse, one line each; whether there was any."""
    refused = check_config.refusals(config)
    for problem in refused:
        print(f"configuration error: {problem}", file=sys.stderr)
    return bool(refused)


_REFUSED_TOKEN = (
    "configuration error: {source}: [telegram] token: Telegram refused it. Check it with @BotFather "
    "(the environment variable BOT_TOKEN overrides the file)."
)


def run(config: Config, token: str) -> int:
    """Serve until SIGTERM. A failure is one line on standard error, never a traceback, and never the token: exit
    status 2 for what a restart cannot fix (a token Telegram refuses, a translation or pack the bot cannot load),
    1 for the rest (a damaged database, an unwritable folder), which systemd retries."""
    from telegram.error import InvalidToken

    from bot.runtime.runner import serve
    from bot.storage import StorageError

    configure_logging()
    for warning in check_config.warnings(config) + check_config.orphaned_case_warnings(config):
        log.warning("%s", warning)
    try:
        asyncio.run(serve(config, token))
    except InvalidToken:  # its message quotes the token
        print(_REFUSED_TOKEN.format(source=config.source), file=sys.stderr)
        return EXIT_CONFIG
    except CONTENT_ERRORS as error:  # a catalog, the knowledge base, a pack: loaded as the bot starts
        print(
            f"configuration error: {str(error).rstrip('.')}. The bot has not started: fix it (or undo the last "
            "change to that file), check it with python -m bot check-config, then start the bot again.",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    except StorageError as error:
        print(f"the bot stopped: {redact(str(error), [token])}", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as error:
        print(f"the bot stopped: {type(error).__name__}: {redact(str(error), [token])}", file=sys.stderr)
        return EXIT_FAILURE
    return 0


def setup(config: Config) -> int:
    """Setup mode. A token Telegram refuses, or a Bot API it cannot reach, is one line without the token, as in
    `run`: asked once before polling, whose retry loop would log a long traceback quoting the token."""
    from telegram import Bot
    from telegram.error import InvalidToken, NetworkError

    from bot.logsafety import install_redaction
    from bot.runtime.setup import run_setup

    token = require_token(config)
    install_redaction([token])
    configure_logging(logging.WARNING)

    async def reach() -> None:
        async with Bot(token, base_url=config.telegram.api_base_url):  # getMe
            pass

    try:
        asyncio.run(reach())
        run_setup(config, token)
    except InvalidToken:  # its message quotes the token
        print(_REFUSED_TOKEN.format(source=config.source), file=sys.stderr)
        return EXIT_CONFIG
    except NetworkError as error:
        print(
            f"cannot reach the Bot API at {config.telegram.api_base_url}: {redact(str(error), [token])}. Check the "
            "server's network and [telegram] api_base_url.",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    return 0


async def operator_command(args: argparse.Namespace, config: Config) -> int:
    import sqlite3

    from bot.storage import Storage

    if not config.database_path.exists():
        raise ConfigError(f"{config.source}: [storage] database: {config.database_path} does not exist yet.")
    if args.command == "export":
        from bot.indicators import Period, export_file

        try:
            period = Period.between(args.start, args.end)
        except ValueError as error:
            print(f"export: {error}", file=sys.stderr)
            return EXIT_CONFIG
        private_file(args.out)  # owner-only before anything is written into it
        count = await export_file(
            config.database_path,
            period,
            args.out,
            min_cell_size=config.indicators.min_cell_size,
            rows=args.rows,
        )
        print(
            f"wrote {count} {'rows of cases and checklists' if args.rows else 'rows of counts'} to {args.out}"
        )
        if args.rows:
            print(
                "Rows can re-identify people, joined with each other or with what someone knows: keep the file on "
                "an encrypted disk, share it with nobody, and delete it after use."
            )
        return 0
    if args.command == "backup":
        # SQLite's online backup: a consistent copy even while the bot writes.
        private_file(args.path)  # a backup holds what the database holds: owner-only, whatever the umask
        with sqlite3.connect(config.database_path) as source, sqlite3.connect(args.path) as target:
            source.backup(target)
        print(f"backed up {config.database_path} to {args.path}")
        return 0
    storage = await Storage.open(config.database_path)
    try:
        if args.command == "unanswered":
            for language, text, times in await storage.unanswered_questions(args.lang):
                print(f"{times:>4}  {language}  {text}")
        else:
            purged = await storage.purge(config.privacy.retention_days, config.staff.write_again_days)
            # What the hourly job also does: the message ids /hide needs are kept only 48 hours.
            await storage.purge_message_ids(storage.now() - 48 * 3600)
            print(
                f"past retention: wiped the texts of {purged.cases} closed case(s) ({purged.texts} relayed "
                f"message(s)); deleted {purged.questions} unanswered question(s) and {purged.drafts} unsent "
                "request(s)"
            )
    finally:
        await storage.close()
    return 0


async def campaign_link(config: Config, name: str, qr: Path | None) -> int:
    from bot.campaign_link import deep_link, write_qr

    username = config.telegram.bot_username
    if not username:
        token = require_token(config)
        from telegram import Bot
        from telegram.error import InvalidToken

        try:
            async with Bot(token, base_url=config.telegram.api_base_url) as bot:
                username = bot.username
        except InvalidToken:  # its message quotes the token
            print(_REFUSED_TOKEN.format(source=config.source), file=sys.stderr)
            return EXIT_CONFIG
    try:
        link = deep_link(username, name)
    except ValueError as error:
        print(f"campaign-link: {error}", file=sys.stderr)
        return EXIT_CONFIG
    print(link)
    if qr is not None:
        write_qr(link, qr)
        print(f"QR code written to {qr}")
    return 0


def directory_command(args: argparse.Namespace) -> int:
    """`directory export [FILE.csv]` and `directory import FILE.csv [--out ngos.toml]`."""
    from bot import directory_csv
    from bot.spreadsheet_command import Spreadsheet, run

    def export() -> tuple[str, int]:
        directory = Directory.load(_load(args.config, demo=True).directory_path)
        return directory_csv.export_csv(directory), len(directory)

    sheet = Spreadsheet(
        "directory",
        "organisations",
        "[directory] file",
        "ngos.toml",
        EXAMPLE_DIRECTORY,
        export,
        directory_csv.import_file,
    )
    return run(
        sheet, args.action, args.file, args.out, lambda: _load(args.config).directory_path, force=args.force
    )


def specialists_command(args: argparse.Namespace) -> int:
    """`specialists export [FILE.csv]` and `specialists import FILE.csv [--out specialists.toml]`."""
    from bot.specialists_csv import spreadsheet
    from bot.spreadsheet_command import run

    config = _load(args.config, demo=True)
    return run(
        spreadsheet(config),
        args.action,
        args.file,
        args.out,
        lambda: _load(args.config).specialists_path,
        force=args.force,
    )


def build_index(config: Config) -> int:
    """In a process of its own, before the bot's: building leaves memory behind that the serving bot need not carry."""
    from bot.knowledge import KnowledgeBase
    from bot.nlp.kept_index import load_index

    index = load_index(
        KnowledgeBase.load(), config.knowledge.confidence_threshold, config.database_path.parent
    )
    if not index.built:
        print(f"{index.path}: already kept for this version; nothing to build")
        return 0
    index.keep()
    if not index.path.exists():  # keep() has logged why
        return EXIT_FAILURE
    print(f"{index.path}: built and kept; the bot's next start reads it")
    return 0


def ask(config: Config, language: str, as_json: bool, text: str) -> int:
    import json

    from bot.knowledge import KnowledgeBase
    from bot.nlp.crisis import detect_crisis
    from bot.nlp.matcher import Matcher

    knowledge = KnowledgeBase.load()
    matcher = Matcher(knowledge, config.knowledge.confidence_threshold)
    questions = [text] if text.strip() else [line.rstrip("\n") for line in sys.stdin]
    for question in questions:
        match = matcher.match(question)
        crisis = detect_crisis(question)
        if as_json:
            print(
                json.dumps(
                    {
                        "topic": match.topic,
                        "score": round(match.score, 4),
                        "confident": match.confident,
                        "crisis": crisis is not None,
                        "crisis_kind": None if crisis is None else crisis.value,
                    }
                )
            )
            continue
        if crisis is not None:
            print(f"CRISIS: {crisis.value}")
        verdict = "confident" if match.confident else f"not sure (threshold {matcher.threshold})"
        print(f"{match.topic or '-'}  score {match.score:.3f}  {verdict}")
        for topic_id, score in match.closest:
            print(f"    {score:.3f}  {topic_id:<26} {knowledge[topic_id].text(language).title}")
    return 0
