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

from bot.config import EXAMPLE_CONFIG, Config, ConfigError, load_config, require_token
from bot.directory import Directory, DirectoryError
from bot.knowledge import KnowledgeError

EXIT_CONFIG = 2


def configure_logging(level: int = logging.INFO) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    # httpx logs request URLs (with the token) at INFO; aiosqlite logs statements with their parameters, and
    # python-telegram-bot every request and update, at DEBUG: those hold what people wrote.
    for noisy in ("httpx", "httpcore", "aiosqlite"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    for chatty in ("telegram", "apscheduler"):
        logging.getLogger(chatty).setLevel(max(level, logging.INFO))


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
    command("check-config", "validate the configuration file and print a summary")
    commands.add_parser(
        "catalogs",
        help="refresh locales/messages.pot from the code and merge it into the ru, tk and en catalogs",
        description="Refresh locales/messages.pot from the code and merge it into the ru, tk and en catalogs. "
        "The bot compiles the .po files when it starts, so there is nothing else to build.",
    )
    backup = command("backup", "make a consistent copy of the live database (safe while the bot runs)")
    backup.add_argument("path", type=Path, help="where to write the copy")
    unanswered = command(
        "unanswered", "list the questions the bot could not answer (masked), most frequent first"
    )
    unanswered.add_argument("--lang", choices=("ru", "tk", "en"), default=None)
    command("purge", "delete what is past retention now (the bot also does it daily)")
    export = command("export", "write the anonymised CSV of cases and checklist results for a period")
    export.add_argument("--from", dest="start", type=date.fromisoformat, required=True, help="YYYY-MM-DD")
    export.add_argument(
        "--to", dest="end", type=date.fromisoformat, required=True, help="YYYY-MM-DD (inclusive)"
    )
    export.add_argument("--out", type=Path, required=True, help="the CSV file to write")
    link = command("campaign-link", "print the deep link of a campaign (and write a QR code of it)")
    link.add_argument("name", help="the campaign name: 1-64 characters of A-Z, a-z, 0-9, _ and -")
    link.add_argument("--qr", type=Path, default=None, help="write a QR code of the link to this PNG file")
    ask = command(
        "ask",
        "show which topic the bot's matcher picks for a question, how sure it is, and whether it signals danger",
    )
    ask.add_argument("--lang", choices=("ru", "tk", "en"), default="en", help="language of the shown title")
    ask.add_argument(
        "--json",
        action="store_true",
        help='one line per question: {"topic", "score", "confident", "crisis", "crisis_kind"}',
    )
    ask.add_argument(
        "text", nargs="*", help="the question; without it, one question per line from standard input"
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
        return load_config(EXAMPLE_CONFIG)
    raise ConfigError(
        f"{default.resolve()}: file not found. Copy config.example.toml to config.toml and edit it, "
        "or pass one with --config PATH. To try the bot without Telegram, run: python -m bot demo"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "catalogs":
        from bot.i18n import refresh_catalogs

        refresh_catalogs()
        return 0
    try:
        if args.command == "check-config":
            config = _load(args.config)
            print(summary(config))
            return 0
        if args.command in ("backup", "unanswered", "purge", "export"):
            config = _load(args.config)
            return asyncio.run(operator_command(args, config))
        if args.command == "campaign-link":
            return asyncio.run(campaign_link(_load(args.config, demo=True), args.name, args.qr))
        if args.command == "ask":
            config = _load(args.config, demo=True)
            return ask(config, args.lang, args.json, " ".join(args.text))
        if args.command == "demo":
            from bot.demo import run_demo

            config = _load(args.config, demo=True)
            return asyncio.run(run_demo(config, language=args.language, interactive=sys.stdin.isatty()))
        if args.command == "run":
            config = _load(args.config)
            token = require_token(config)
            configure_logging()
            from bot.runner import serve

            asyncio.run(serve(config, token))
            return 0
    except (ConfigError, DirectoryError, KnowledgeError) as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return EXIT_CONFIG
    raise AssertionError(args.command)


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
        count = await export_file(config.database_path, period, args.out)
        print(f"wrote {count} rows to {args.out}")
        return 0
    if args.command == "backup":
        # SQLite's online backup: a consistent copy even while the bot writes.
        args.path.parent.mkdir(parents=True, exist_ok=True)
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
            texts, questions = await storage.purge(config.privacy.retention_days)
            print(f"deleted {texts} case message texts and {questions} unanswered questions past retention")
    finally:
        await storage.close()
    return 0


async def campaign_link(config: Config, name: str, qr: Path | None) -> int:
    from bot.campaign_link import deep_link, write_qr

    username = config.telegram.bot_username
    if not username:
        token = require_token(config)
        from telegram import Bot

        async with Bot(token, base_url=config.telegram.api_base_url) as bot:
            username = bot.username
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


def ask(config: Config, language: str, as_json: bool, text: str) -> int:
    import json

    from bot.crisis import detect_crisis
    from bot.knowledge import KnowledgeBase
    from bot.matcher import Matcher

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


def summary(config: Config) -> str:
    staff = config.staff
    return "\n".join(
        [
            f"configuration {config.source}: OK",
            f"  token: {'set' if config.telegram.token else 'NOT SET (needed for run; set BOT_TOKEN)'}",
            f"  Bot API: {config.telegram.api_base_url}",
            f"  database: {config.database_path}",
            f"  hotline: {', '.join(config.hotline.numbers)}",
            f"  coordinator chat: {staff.coordinator_chat_id or 'not set'}",
            f"  staff users: {len(staff.staff_user_ids)}",
            f"  NGO directory: {config.directory_path} ({len(Directory.load(config.directory_path))} organisations)",
        ]
    )
