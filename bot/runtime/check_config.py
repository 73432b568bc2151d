"""What `python -m bot check-config` checks and prints: what it refuses, what it warns about, the summary."""

from __future__ import annotations

import logging
import os
import re
import sys
import tempfile
import tomllib
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import EXAMPLE_SETTINGS, LOCALES_DIR, Config, ConfigError, require_staff
from bot.countries import Countries, CountryError
from bot.directory import Directory
from bot.hotline import example_numbers
from bot.knowledge import KnowledgeError

if TYPE_CHECKING:
    from babel.messages.catalog import Message


def chat_migration_warnings(config: Config) -> list[str]:
    """A line for each staff group Telegram turned into a supergroup, as the database records it."""
    from bot.staff import migration_warnings
    from bot.storage import read_chat_migrations

    migrated = read_chat_migrations(config.database_path)
    return migration_warnings(config, Directory.load(config.directory_path), migrated)


def topic_warnings(config: Config) -> list[str]:
    """A line for each forum staff chat where Telegram refused to let the bot create topics."""
    from bot.storage import read_topic_refusals

    return [
        f"staff chat {chat_id} is a forum, but the bot may not create topics there: make it an administrator with "
        "the right to manage topics. Until then its cases go to the general topic, as replies to their cards."
        for chat_id in read_topic_refusals(config.database_path)
    ]


def orphaned_case_warnings(config: Config) -> list[str]:
    """A line for each organisation the directory no longer lists that still has open or claimed cases: its staff
    chat may no longer act on them, and only the coordinators have them (bot.staff.case_chats)."""
    from bot.storage import read_open_cases

    directory = Directory.load(config.directory_path)
    lines = []
    for ngo_id, cases in sorted(read_open_cases(config.database_path).items()):
        if directory.get(ngo_id) is not None:
            continue
        numbers = ", ".join(f"#{number}" for number in cases[:5]) + (", …" if len(cases) > 5 else "")
        lines.append(
            f"{config.directory_path}: organisation {ngo_id!r} is no longer in the directory but still has "
            f"{len(cases)} open case{'' if len(cases) == 1 else 's'} ({numbers}): its staff chat may no longer act "
            "on them, so they wait in the coordinators' /queue, and what those people write goes to the coordinator "
            "chat. There, open each with /case NUMBER, press ↪️ Refer to another NGO on its card and choose ↩️ Back "
            "to the hotline team or another organisation; or put the organisation back in the directory until they "
            "are closed."
        )
    return lines


def load_content(config: Config) -> list[str]:
    """Load what `run` loads at start besides the configuration: the catalogs, the knowledge base (with the matcher's
    calibration), the crisis model and the destination packs. Raises the same error `run` would stop on; returns a
    line per translation the bot leaves out (shown in English), which `run` logs as it loads the catalogs."""
    from bot.i18n import Catalogs
    from bot.knowledge import KnowledgeBase
    from bot.nlp.calibration import load as load_calibration
    from bot.nlp.crisis_model import shipped as crisis_model

    problems = Catalogs.load(quiet=True).problems
    KnowledgeBase.load()
    load_calibration()
    crisis_model()
    Countries.load()
    return problems


def catalog_warnings(folder: Path | None = None) -> list[str]:
    """A line per interface catalog that is missing, or has entries without a translation (the English text is
    shown for them): the start-up log says so for the knowledge base's, nothing else for these."""
    from babel.messages.pofile import read_po

    from bot.i18n import DEFAULT_LANGUAGE, DOMAIN
    from bot.languages import LANGUAGES

    found = []
    for language in LANGUAGES:
        if language == DEFAULT_LANGUAGE:
            continue  # the source texts are English: its catalog need not repeat them
        path = (folder or LOCALES_DIR) / language / "LC_MESSAGES" / f"{DOMAIN}.po"
        if not path.is_file():
            found.append(
                f"{path}: missing: the whole {language} interface is shown in English. Restore the file."
            )
            continue
        with path.open("rb") as file:
            catalog = read_po(file, locale=language)
        # A fuzzy entry is msgmerge's guess, left out as untranslated (bot/i18n.py).
        untranslated = [message for message in catalog if message.id and not _translated(message)]
        if untranslated:
            first = untranslated[0].id[0] if isinstance(untranslated[0].id, tuple) else untranslated[0].id
            found.append(
                f"{path}: {len(untranslated)} entr{'y' if len(untranslated) == 1 else 'ies'} without a "
                f"{language} translation (shown in English), the first {first[:60]!r}. Translate them "
                "(docs/translating.md)."
            )
    return found


def catalogs_command(init: str | None, *, check: bool) -> int:
    """`python -m bot catalogs`: start a language's catalogs (--init), say what is left to translate (--check), or
    refresh them all from the code."""
    from bot.i18n import init_catalog, refresh_catalogs

    if init:
        print(init_catalog(init))
    elif check:
        try:
            lines = translation_report()
        except (KnowledgeError, CountryError) as error:
            print(f"configuration error: {error}", file=sys.stderr)
            return 2
        print(f"catalogs: {'OK' if not lines else f'read the {len(lines)} WARNING line(s)'}")
        for line in lines:
            print(f"WARNING: {line}", file=sys.stderr)
    else:
        refresh_catalogs()
    return 0


def translation_report() -> list[str]:
    """What a translator needs to see, without the operator's configuration: the translations the bot would leave
    out, the interface entries, topics and example questions not yet translated, and the destination packs' texts."""
    from bot.i18n import Catalogs
    from bot.knowledge import KnowledgeBase

    said = _Lines()
    logger = logging.getLogger("bot")  # the knowledge base says what is untranslated in its WARNING lines
    logger.addHandler(said)
    try:
        left_out = Catalogs.load(quiet=True).problems
        KnowledgeBase.load()
    finally:
        logger.removeHandler(said)
    return left_out + catalog_warnings() + said.lines + Countries.load().untranslated()


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def _translated(message: Message) -> bool:
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return not message.fuzzy and all(strings)


def refusals(config: Config) -> list[str]:
    """What `run` refuses to start with and `check-config` refuses (exit status 2): one list for both, so that
    check-config's OK means the bot starts. Loads the directory and the roster (raising their errors)."""
    from bot import configcheck
    from bot.specialists import load_roster

    directory = Directory.load(config.directory_path)
    # A bad roster is refused like a bad directory (RosterError is a DirectoryError).
    load_roster(config.specialists_path, directory)
    found = []
    try:
        require_staff(config)
    except ConfigError as error:
        found.append(str(error))
    return found + configcheck.problems(config, directory)


def warnings(config: Config) -> list[str]:
    """What `check-config` prints and `run` logs as WARNING lines: settings the bot accepts but that reach no real
    person. (What the database recorded about staff chats, check-config adds: the running bot tells of it itself.
    The cases of organisations the directory no longer lists, both add: orphaned_case_warnings.)"""
    from bot import configcheck
    from bot.specialists import load_roster

    directory = Directory.load(config.directory_path)
    found = configcheck.warnings(config, directory) + catalog_warnings()
    # By content, not by path: a copy of the example (as docs/deploy.md has the operator make) or an export and
    # import of it is still the example. Its ids start with "example-", and they survive both.
    examples = _examples(ngo.id for ngo in directory.ngos)
    if examples:
        found.append(
            f"{config.source}: [directory] file: {config.directory_path} holds the shipped EXAMPLE NGO directory's "
            f"organisations ({examples}). Their names, phones and staff chat ids are placeholders: requests would go "
            "to chats no NGO reads. Replace them with the network's real organisations (python -m bot directory "
            "export / import, docs/directory.md)."
        )
    roster = load_roster(config.specialists_path, directory)
    examples = _examples(specialist.id for specialist in roster.specialists)
    if examples:
        found.append(
            f"{config.source}: [directory] specialists: {config.specialists_path} holds the shipped EXAMPLE roster "
            f"of specialists ({examples}). Its people and chats are invented. Replace them with the network's real "
            "specialists (python -m bot specialists export / import, docs/specialists.md)."
        )
    token = config.telegram.token
    if token and not re.fullmatch(r"\d+:[A-Za-z0-9_-]{30,}", token):
        found.append(
            f"{config.source}: [telegram] token: does not look like a token from @BotFather (digits, a colon, then "
            "about 35 letters, digits, - and _). Check BOT_TOKEN, or the file: no quotes, no spaces."
        )
    secrets = _secrets_in_file(config)
    if secrets and config.source.stat().st_mode & 0o004:
        found.append(
            f"{config.source}: holds {' and '.join(secrets)} and every user of this machine may read it "
            f"({oct(config.source.stat().st_mode & 0o777)}). Run: chmod 600 {config.source} (or 640 with the bot's "
            "group, as docs/deploy.md does), or keep the token in BOT_TOKEN instead."
        )
    if config.webhook.enabled and config.webhook.listen in ("0.0.0.0", "::"):
        found.append(
            f"{config.source}: [webhook] listen: {config.webhook.listen} takes requests from any network, without "
            "TLS (the secret still guards it). The reverse proxy should be its only client: listen on 127.0.0.1."
        )
    unusable = _unusable_folder(config.database_path.parent)
    if unusable:
        found.append(f"{config.source}: [storage] database: {config.database_path}: {unusable}")
    folder = config.database_path.parent
    if folder.is_dir() and folder.stat().st_mode & 0o077:
        found.append(
            f"{config.source}: [storage] database: its folder {folder} is open to other users "
            f"({oct(folder.stat().st_mode & 0o777)}); the bot creates it 0700. Run: chmod 700 {folder}"
        )
    return found


def _unusable_folder(folder: Path) -> str:
    """Why this user could not make or write the database's folder, or "" (a start-up failure, found before it)."""
    existing = next((path for path in (folder, *folder.parents) if path.exists()), None)
    if existing is None or not existing.is_dir():
        return f"{existing} is not a folder, so the bot cannot make {folder}: fix the path or move the file."
    verb = "write in" if existing == folder else f"make {folder} in"
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"this user may not {verb} {existing}: run check-config as the bot's user, or fix the folder's owner."
    # The permission bits are not the whole story (root passes os.access, yet nothing can be made in /proc, or on
    # a read-only mount): make and remove a folder of our own there, never the database itself.
    try:
        os.rmdir(tempfile.mkdtemp(prefix=".check-config-", dir=existing))
    except OSError as error:
        return (
            f"the bot cannot {verb} {existing} ({error.strerror}): point [storage] database at a folder on a "
            "writable disk, like /srv/safe-migration-bot/data/bot.sqlite3 (docs/deploy.md)."
        )
    return ""


def _confirmed(config: Config) -> str:
    """ " (the example's, confirmed on …)" after the numbers when the operator confirmed the example's."""
    confirmed = config.hotline.confirmed_on
    if confirmed is None or not example_numbers(config.hotline):
        return ""
    return f" (the example's, confirmed on {confirmed.isoformat()})"


def _updates(config: Config) -> str:
    hook = config.webhook
    return (
        f"webhook {hook.public_url} (listening on {hook.listen}:{hook.port})" if hook.enabled else "polling"
    )


def _secrets_in_file(config: Config) -> list[str]:
    """Which secrets the configuration file itself holds (BOT_TOKEN may have overridden the file's token)."""
    if config.source == EXAMPLE_SETTINGS or not config.source.is_file():
        return []
    raw = tomllib.loads(config.source.read_text(encoding="utf-8-sig"))  # load_config has read it already
    telegram, webhook = raw.get("telegram", {}), raw.get("webhook", {})
    return [
        *(["[telegram] token"] if telegram.get("token") else []),
        *(["[webhook] secret_token"] if webhook.get("secret_token") else []),
    ]


def _examples(ids: Iterable[str]) -> str:
    """ "3 entries: example-ashgabat, example-mary, …" for the shipped examples' ids among `ids`; "" for none."""
    found = [entry for entry in ids if entry.startswith("example-")]
    if not found:
        return ""
    shown = ", ".join(found[:3]) + (", …" if len(found) > 3 else "")
    return f"{len(found)} {'entry' if len(found) == 1 else 'entries'}: {shown}"


def summary(config: Config, today: date | None = None, *, warned: int = 0) -> str:
    staff = config.staff
    countries = Countries.load()
    age = config.countries.max_fact_age_months
    stale = countries.stale(today or date.today(), age)
    untranslated = countries.untranslated()
    # printed below, inside the summary: counted in its first line all the same
    warned += len(stale) + len(untranslated)
    verdict = f"OK to load, but read the {warned} WARNING line(s) first" if warned else "OK"
    lines = [
        f"configuration {config.source}: {verdict}",
        f"  token: {'set' if config.telegram.token else 'NOT SET (needed for run; set BOT_TOKEN)'}",
        f"  Bot API: {config.telegram.api_base_url}",
        f"  updates: {_updates(config)}",
        f"  database: {config.database_path} (texts of closed cases kept {config.privacy.retention_days} days)",
        f"  hotline: {', '.join(config.hotline.numbers)}{_confirmed(config)}",
        f"  coordinator chat: {staff.coordinator_chat_id or 'not set'}",
        f"  staff users: {len(staff.staff_user_ids)}",
        f"  NGO directory: {config.directory_path} ({len(Directory.load(config.directory_path))} organisations)",
        f"  specialists: {config.specialists_path}",
        f"  destination packs: {', '.join(c.code for c in countries)}",
    ]
    pending = countries.review_pending()
    if pending:
        lines.append(f"  to be checked by the network before use (needs_review): {', '.join(pending)}")
    for fact in stale:
        lines.append(f"  WARNING: older than {age} months: {fact.warning()}")
    lines += [f"  WARNING: {line}" for line in untranslated]
    return "\n".join(lines)
