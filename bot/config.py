"""Typed, frozen configuration read from one TOML file.

Every problem is reported as one `ConfigError` naming the file, the key and the fix, so the command line can print
it and exit with status 2 instead of showing a traceback.
"""

from __future__ import annotations

import collections.abc
import importlib.resources
import ipaddress
import os
import re
import tomllib
import types
import typing
from dataclasses import MISSING, dataclass, field, fields, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.datafile import impossible_day, quoted_day
from bot.languages import LANGUAGES
from bot.phones import whole_number_problem

# The checkout's root: only for development commands (catalog refresh, evaluation sets); an installed bot reads
# everything it needs through LOCALES_DIR and the package's own files.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_CONFIG = PROJECT_ROOT / "config.example.toml"
# The content shipped as package data (the `locales` package), found the same way in a checkout and in a wheel.
LOCALES_DIR = Path(str(importlib.resources.files("locales")))
# A config that came from no file: the example settings built into the dataclasses below (the demo without a
# config file). Relative paths in it are relative to the current folder.
EXAMPLE_SETTINGS = Path("(example settings)")
DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"


class ConfigError(Exception):
    """A configuration problem, worded for the operator."""


@dataclass(frozen=True)
class TelegramConfig:
    token: str = field(default="", repr=False)
    api_base_url: str = DEFAULT_API_BASE_URL
    bot_username: str = ""
    # Seconds the updates in flight get when the bot is stopped; the rest are handled at the next start.
    shutdown_grace_seconds: int = 10


@dataclass(frozen=True)
class StorageConfig:
    database: str = "data/bot.sqlite3"


@dataclass(frozen=True)
class HotlineConfig:
    numbers: tuple[str, ...] = ("+993 12 463514", "+993 422 32229")
    # The hotline's hours by language code, shown under the numbers; a language without them shows none.
    hours: typing.Mapping[str, str] = field(default_factory=dict)
    # The day the operator confirmed with the network that the example's numbers are the hotline's: until then
    # check-config and the start-up log warn that they are unconfirmed.
    confirmed_on: date | None = None


@dataclass(frozen=True)
class StaffConfig:
    coordinator_chat_id: int = 0
    staff_user_ids: tuple[int, ...] = ()
    sla_minutes: int = 30
    second_window_minutes: int = 120
    coordinator_language: str = "ru"
    # Days after staff close a case during which a person who writes again is offered to send it to the same
    # organisation, reopening the case (handlers/reopen.py); 0: never offered.
    write_again_days: int = 7


@dataclass(frozen=True)
class DirectoryConfig:
    # Unset, it is the shipped example wherever the config file lives.
    file: str = str(LOCALES_DIR / "ngos.example.toml")
    # The network's specialists (bot/specialists.py); unset, the shipped example.
    specialists: str = str(LOCALES_DIR / "specialists.example.toml")
    # A shared location farther than this from every organisation is told there is none near.
    max_near_km: int = 150


@dataclass(frozen=True)
class CountriesConfig:
    # A destination pack's fact last checked longer ago than this is warned about at start and by check-config.
    max_fact_age_months: int = 12


@dataclass(frozen=True)
class KnowledgeConfig:
    # The matcher's confidence (0–1) needed to answer as if it knew; bench/evaluate_matcher.py measures a change.
    confidence_threshold: float = 0.5


@dataclass(frozen=True)
class PrivacyConfig:
    retention_days: int = 30


@dataclass(frozen=True)
class LimitsConfig:
    flood_messages: int = 20
    flood_window_seconds: int = 60


@dataclass(frozen=True)
class IndicatorsConfig:
    weekly_day: int = 1  # ISO weekday: 1 = Monday … 7 = Sunday
    weekly_hour: int = 9  # UTC
    min_cell_size: int = 5  # exported counts under this are written as "<5"


@dataclass(frozen=True)
class WebhookConfig:
    enabled: bool = False
    listen: str = "127.0.0.1"
    port: int = 8443
    public_url: str = ""
    secret_token: str = field(default="", repr=False)


@dataclass(frozen=True)
class Config:
    """The whole configuration; `source` is the file it came from (for messages)."""

    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    storage: StorageConfig = field(default_factory=StorageConfig)
    hotline: HotlineConfig = field(default_factory=HotlineConfig)
    staff: StaffConfig = field(default_factory=StaffConfig)
    directory: DirectoryConfig = field(default_factory=DirectoryConfig)
    knowledge: KnowledgeConfig = field(default_factory=KnowledgeConfig)
    privacy: PrivacyConfig = field(default_factory=PrivacyConfig)
    limits: LimitsConfig = field(default_factory=LimitsConfig)
    webhook: WebhookConfig = field(default_factory=WebhookConfig)
    indicators: IndicatorsConfig = field(default_factory=IndicatorsConfig)
    countries: CountriesConfig = field(default_factory=CountriesConfig)
    source: Path = EXAMPLE_SETTINGS

    @property
    def base_dir(self) -> Path:
        """Relative paths in the file are relative to the file's own folder."""
        return Path.cwd() if self.source == EXAMPLE_SETTINGS else self.source.resolve().parent

    def path(self, value: str) -> Path:
        candidate = Path(value).expanduser()
        return candidate if candidate.is_absolute() else self.base_dir / candidate

    @property
    def database_path(self) -> Path:
        return self.path(self.storage.database)

    @property
    def directory_path(self) -> Path:
        return self.path(self.directory.file)

    @property
    def specialists_path(self) -> Path:
        return self.path(self.directory.specialists)


def load_config(path: Path, *, environ: typing.Mapping[str, str] | None = None) -> Config:
    """Read and validate `path`; the environment variable BOT_TOKEN overrides [telegram] token."""
    environ = os.environ if environ is None else environ
    try:
        # utf-8-sig: Windows editors save "UTF-8 with BOM", whose invisible first character TOML refuses.
        text = path.read_text(encoding="utf-8-sig")
        raw = tomllib.loads(text)
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: file not found. Copy config.example.toml to {path} and edit it, "
            "or pass another file with --config PATH."
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot be read ({error}). Check the file and its permissions.") from None
    except tomllib.TOMLDecodeError as error:
        day = impossible_day(text, error)
        if day:
            raise ConfigError(f"{path}: {day}") from None
        raise ConfigError(
            f"{path}: not valid TOML: {error}. Fix the syntax at that line "
            "(strings need quotes, tables look like [section])."
        ) from None
    sections: dict[str, Any] = {}
    known = {f.name: f for f in fields(Config) if f.name != "source"}
    for name, value in raw.items():
        if name not in known:
            raise ConfigError(
                f"{path}: [{name}]: unknown section. Remove it or check the spelling; "
                f"known sections: {', '.join(known)}."
            )
        if not isinstance(value, dict):
            raise ConfigError(f"{path}: {name}: must be a table written as [{name}].")
        section_type = _field_type(Config, known[name])
        sections[name] = _build_section(path, name, section_type, value)
    config = Config(**sections, source=path)
    token = environ.get("BOT_TOKEN")
    if token:
        config = _with_token(config, token.strip())
    if config.telegram.token[:1] in ("'", '"') and config.telegram.token[-1:] == config.telegram.token[:1]:
        # systemd's EnvironmentFile= drops the quotes, `env $(cat token.env)` keeps them: one file, two tokens.
        raise ConfigError(
            f"{path}: [telegram] token: is wrapped in quotes. Write it without them, in token.env as "
            'BOT_TOKEN=123456:ABC... (and in the file as token = "123456:ABC...").'
        )
    _check_values(config)
    return config


def _with_token(config: Config, token: str) -> Config:
    return replace(config, telegram=replace(config.telegram, token=token))


def _field_type(owner: type, item: Any) -> Any:
    return typing.get_type_hints(owner)[item.name]


def _build_section(path: Path, section: str, section_type: type, raw: dict[str, Any]) -> Any:
    if section == "hotline":
        raw = _legacy_hours(raw)
    known = {f.name: f for f in fields(section_type)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known:
            raise ConfigError(
                f"{path}: [{section}] {key}: unknown key. Remove it or check the spelling; "
                f"known keys in [{section}]: {', '.join(known)}."
            )
        expected = _field_type(section_type, known[key])
        day = quoted_day(key, value) if isinstance(value, str) and _matches(date.min, expected) else None
        if day:
            raise ConfigError(f"{path}: [{section}] {key}: {day}")
        if not _matches(value, expected):
            raise ConfigError(
                f"{path}: [{section}] {key}: expected {_describe(expected)}, got {_describe_value(value)}. "
                f"{_quoted_number(key, value, expected) or 'Write it like the example in config.example.toml.'}"
            )
        if isinstance(value, list):
            value = tuple(value)
        if isinstance(value, dict):
            value = types.MappingProxyType(dict(value))
        values[key] = float(value) if expected is float else value
    for item in fields(section_type):
        if item.default is MISSING and item.default_factory is MISSING and item.name not in values:
            raise ConfigError(f"{path}: [{section}] {item.name}: missing. Add it to the file.")
    return section_type(**values)


def _legacy_hours(raw: dict[str, Any]) -> dict[str, Any]:
    """Files written before the language registry have hours_en, hours_ru, hours_tk: read them as `hours`."""
    legacy = {key: value for key, value in raw.items() if re.fullmatch(r"hours_[a-z]{2}", key)}
    if not legacy:
        return raw
    rest = {key: value for key, value in raw.items() if key not in legacy}
    hours = dict(rest.get("hours", {})) if isinstance(rest.get("hours", {}), dict) else rest["hours"]
    if isinstance(hours, dict):
        hours.update({key.removeprefix("hours_"): value for key, value in legacy.items() if value})
    return {**rest, "hours": hours}


def _matches(value: Any, expected: Any) -> bool:
    origin = typing.get_origin(expected)
    if origin is tuple:
        inner = typing.get_args(expected)[0]
        return isinstance(value, list) and all(_matches(v, inner) for v in value)
    if origin is collections.abc.Mapping:
        return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
    if origin in (typing.Union, types.UnionType):
        return any(_matches(value, arm) for arm in typing.get_args(expected))
    if expected is date:
        return isinstance(value, date) and not isinstance(value, datetime)
    if expected is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, expected)


def _describe(expected: Any) -> str:
    if typing.get_origin(expected) is tuple:
        inner = typing.get_args(expected)[0]
        plural = {str: "strings in quotes", int: "whole numbers", float: "numbers"}
        return f"a list of {plural.get(inner, str(inner))}"
    if typing.get_origin(expected) is collections.abc.Mapping:
        return 'a table of texts by language, like { ru = "...", tk = "...", en = "..." }'
    if typing.get_origin(expected) in (typing.Union, types.UnionType):
        return " or ".join(_describe(arm) for arm in typing.get_args(expected) if arm is not type(None))
    described = {str: "a string in quotes", int: "a whole number", float: "a number", bool: "true or false"}
    return {**described, date: "a day without quotes, like 2026-12-01"}.get(expected, str(expected))


def _quoted_number(key: str, value: Any, expected: Any) -> str | None:
    """The fix for a number written in quotes (a chat id copied as text): remove them. None for other mistakes."""
    number = re.compile(r"[+-]?\d+(\.\d+)?")
    numbers = (int, float)
    if isinstance(value, str) and expected in numbers and number.fullmatch(value.strip()):
        return f"Remove the quotes: {key} = {value.strip()}"
    if (
        isinstance(value, list)
        and typing.get_origin(expected) is tuple
        and typing.get_args(expected)[0] in numbers
        and value
        and all(
            isinstance(v, int | float) or (isinstance(v, str) and number.fullmatch(v.strip())) for v in value
        )
    ):
        shown = ", ".join(v.strip() if isinstance(v, str) else str(v) for v in value)
        return f"Remove the quotes: {key} = [{shown}]"
    return None


def _describe_value(value: Any) -> str:
    return f"{type(value).__name__} {value!r}"[:80]


def _check_values(config: Config) -> None:
    source = config.source
    if not config.hotline.numbers:
        raise ConfigError(f"{source}: [hotline] numbers: empty. List at least one hotline number.")
    for number in config.hotline.numbers:
        problem = whole_number_problem(number)
        if problem:
            raise ConfigError(
                f"{source}: [hotline] numbers: {number!r} {problem}. People are shown every digit of it, so write "
                'one whole number per entry, in digits with spaces, dashes or brackets, like "+993 12 463514": '
                "the hours go in [hotline] hours, and a second number in an entry of its own."
            )
    confirmed, today = config.hotline.confirmed_on, date.today()
    # A day of slack, as for the packs' dates: the editor's today may be tomorrow in UTC. Later is a typo (2027 for
    # 2026) that would stand as the confirmation for a year.
    if confirmed is not None and confirmed > today + timedelta(days=1):
        raise ConfigError(
            f"{source}: [hotline] confirmed_on: {confirmed.isoformat()} is in the future (today is "
            f"{today.isoformat()}): a typo? Write the day the network confirmed the numbers, unquoted, like "
            f"confirmed_on = {today.isoformat()}."
        )
    positive = {
        ("staff", "sla_minutes"): config.staff.sla_minutes,
        ("staff", "second_window_minutes"): config.staff.second_window_minutes,
        ("privacy", "retention_days"): config.privacy.retention_days,
        ("limits", "flood_messages"): config.limits.flood_messages,
        ("limits", "flood_window_seconds"): config.limits.flood_window_seconds,
        ("indicators", "min_cell_size"): config.indicators.min_cell_size,
        ("directory", "max_near_km"): config.directory.max_near_km,
        ("countries", "max_fact_age_months"): config.countries.max_fact_age_months,
        ("telegram", "shutdown_grace_seconds"): config.telegram.shutdown_grace_seconds,
    }
    for (section, key), value in positive.items():
        if value <= 0:
            raise ConfigError(f"{source}: [{section}] {key}: must be above 0, got {value}.")
    if config.staff.write_again_days < 0:
        raise ConfigError(
            f"{source}: [staff] write_again_days: must be 0 (never offered) or more, got "
            f"{config.staff.write_again_days}."
        )
    if config.staff.coordinator_language not in LANGUAGES:
        raise ConfigError(
            f"{source}: [staff] coordinator_language: must be one of {', '.join(LANGUAGES)}, "
            f"got {config.staff.coordinator_language!r}."
        )
    unknown = sorted(set(config.hotline.hours) - set(LANGUAGES))
    if unknown:
        raise ConfigError(
            f"{source}: [hotline] hours: unknown language(s) {', '.join(unknown)}; use {', '.join(LANGUAGES)}."
        )
    if not 0 < config.knowledge.confidence_threshold < 1:
        raise ConfigError(
            f"{source}: [knowledge] confidence_threshold: must be between 0 and 1, "
            f"got {config.knowledge.confidence_threshold}."
        )
    if not 1 <= config.indicators.weekly_day <= 7:
        raise ConfigError(
            f"{source}: [indicators] weekly_day: 1 (Monday) to 7 (Sunday), got {config.indicators.weekly_day}."
        )
    if not 0 <= config.indicators.weekly_hour <= 23:
        raise ConfigError(
            f"{source}: [indicators] weekly_hour: 0 to 23 (UTC), got {config.indicators.weekly_hour}."
        )
    hook = config.webhook
    if hook.enabled and not hook.public_url.startswith("https://"):
        raise ConfigError(
            f"{source}: [webhook] public_url: must be the https:// address Telegram will post to, "
            f'e.g. "https://bot.example.org/telegram", got {hook.public_url!r}.'
        )
    if hook.enabled and not re.fullmatch(r"[A-Za-z0-9_-]{16,256}", hook.secret_token):
        raise ConfigError(
            f"{source}: [webhook] secret_token: required in webhook mode: 16 to 256 characters of A-Z, a-z, 0-9, "
            '_ and -. Generate one with: python -c "import secrets; print(secrets.token_urlsafe(32))"'
        )
    if not 0 < hook.port < 65536:
        raise ConfigError(f"{source}: [webhook] port: must be between 1 and 65535, got {hook.port}.")
    _check_api_base_url(config)


def _check_api_base_url(config: Config) -> None:
    """python-telegram-bot appends the token and then "/method" to this URL (Bot(base_url=...)), so it must end in
    "/bot"; anything but https would send the token in the clear, except to a Bot API server on this machine."""
    url = config.telegram.api_base_url
    parts = urlsplit(url)
    try:
        host = parts.hostname or ""
        _ = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        host = ""
    secure = parts.scheme == "https" or (parts.scheme == "http" and _is_loopback(host))
    if host and secure and parts.path.endswith("/bot") and not parts.query and not parts.fragment:
        return
    shown = _TOKEN_IN_URL.sub("bot[token]", url)  # a token pasted into the URL stays out of the message
    if config.telegram.token:
        shown = shown.replace(config.telegram.token, "[token]")
    raise ConfigError(
        f"{config.source}: [telegram] api_base_url: must look like {DEFAULT_API_BASE_URL!r}: https:// (http:// "
        f'only for a Bot API server on this machine), ending in "/bot", without the token; got {shown!r}.'
    )


_TOKEN_IN_URL = re.compile(r"bot\d+:[A-Za-z0-9_-]+")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def require_token(config: Config) -> str:
    """The token for `run`, or a ConfigError that says how to set one."""
    if not config.telegram.token:
        raise ConfigError(
            f"{config.source}: [telegram] token: not set. Get a token from @BotFather and put it in the file, "
            "or set the environment variable BOT_TOKEN. "
            "To try the bot without Telegram, run: python -m bot demo"
        )
    return config.telegram.token


def require_staff(config: Config) -> None:
    """`run` needs a human to reach: without a coordinator chat and a staff member, the bot would tell a person in
    danger their request was sent while no chat receives it."""
    staff = config.staff
    if not staff.coordinator_chat_id:
        raise ConfigError(
            f"{config.source}: [staff] coordinator_chat_id: not set; the bot will not run without a chat that "
            "receives every request no NGO chat takes. Add the bot to the coordinators' Telegram group and put "
            "the group's id (a negative number) here. To try the bot without Telegram, run: python -m bot demo"
        )
    if not staff.staff_user_ids:
        raise ConfigError(
            f"{config.source}: [staff] staff_user_ids: empty; the bot will not run without at least one staff "
            "member to claim requests. List the Telegram user ids of the coordinators and NGO staff."
        )
