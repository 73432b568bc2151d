"""Typed per-application and per-update state, wired into python-telegram-bot through ContextTypes."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram import InlineKeyboardMarkup
from telegram.ext import Application, CallbackContext, ExtBot

from bot.alerts import ErrorAlerts
from bot.config import Config
from bot.countries import Countries
from bot.directory import Directory
from bot.flood import FloodGuard
from bot.i18n import DEFAULT_LANGUAGE, Catalogs, Translator
from bot.knowledge import KnowledgeBase
from bot.nlp.crisis import CrisisKind, detect_crisis
from bot.nlp.matcher import Matcher
from bot.recent import RecentChoices, RecentWritten
from bot.sos_words import KEPT
from bot.specialists import Roster
from bot.storage import Clock, Person, Storage


class BotData:
    """What every handler needs, set once by the composition root (storage once it is opened in post_init)."""

    def __init__(self) -> None:
        self._config: Config | None = None
        self._catalogs: Catalogs | None = None
        self._storage: Storage | None = None
        self._knowledge: KnowledgeBase | None = None
        self._matcher: Matcher | None = None
        self._directory: Directory | None = None
        self._countries: Countries | None = None
        self.roster = Roster(
            ()
        )  # the network's specialists (bot/specialists.py), set by the composition root
        self.clock: Clock | None = None
        self.flood = FloodGuard(1, 1)
        self.error_alerts = ErrorAlerts()  # errors not yet reported to the coordinator chat
        # Keyboards that depend only on the language and a key, built once (see handlers.common.keyboard).
        self.keyboards: dict[tuple[object, ...], InlineKeyboardMarkup] = {}
        # One delivery of a case's waiting messages at a time (see handlers.cards.deliver_relayed).
        self.delivery_locks: dict[int, asyncio.Lock] = {}
        # One delivery of a case's outbox at a time (handlers.delivery.deliver_outbox): two closes at once must not
        # make the same card edit twice (Telegram refuses an edit that changes nothing) nor tell the person twice.
        self.outbox_locks: dict[int, asyncio.Lock] = {}
        # /forget follow-ups being finished now (handlers.privacy), so the periodic retry leaves them alone.
        self.forgetting: set[int] = set()
        # Where each person showed they are, and the language they asked for, in the last hour (bot/recent.py):
        # memory only, not agreed to be kept; a language asked for is not switched back by the next message.
        self.places = RecentChoices()
        self.chosen_languages = RecentChoices()
        # The language each person's last clear message was in, in the last hour: one line in another language is
        # not yet a switch (bot/i18n.answer_language)
        self.written_languages = RecentChoices()
        # The topic each person was last shown, for "is it real?" after it (handlers/typed_requests.py)
        self.topics_shown = RecentChoices()
        # The case each person was last told their unanswered messages reached (handlers/opencase.py), once an hour
        self.unanswered_told = RecentChoices()
        # The case whose staff were last told each person's flood held messages back (handlers/preprocess.py): once
        # an hour, so that a flood that goes on does not become a flood of notices
        self.flood_told = RecentChoices()
        # Whether each person named a relative or friend in the last hour ("брат уехал в Казань"), so that "он не
        # выходит на связь" after it is answered as someone else's danger (handlers/crisis.py)
        self.others_named = RecentChoices()
        # The velayat each person said they live in ("я живу в мары"), and their last messages, with those read as
        # danger, in the last hour: what an urgent request opened with 🆘 shows staff (handlers/sos.py), memory
        # only, gone with /hide and /forget
        self.home_velayats = RecentChoices()
        self.written_lately = RecentWritten(keep=KEPT)
        # Whether the bot answered danger each person told in the last hour, so that "no, I'm fine, just tired" after
        # it is answered warmly (handlers/after_alarm.py); gone with /hide and /forget as the above
        self.danger_answered = RecentChoices()
        # The id of each person's newest message, and the last edit answered ("message id:digest of its text"), so
        # that an edit of the newest message is answered, and the same edit once (handlers/edits.py)
        self.last_written = RecentChoices()
        self.edits_answered = RecentChoices()
        # When each non-staff member of a staff chat was last refused (handlers/staff.py), so that one who keeps
        # writing does not make the bot fill the staff chat with refusals
        self.staff_refused = RecentChoices()
        # Staff added (True) or removed (False) from the coordinator chat, as bot/storage/staff.py stores them; read at
        # start and replaced on every change, so a removal takes effect at once (bot/staff.py decides with it).
        self.staff_changes: dict[int, bool] = {}
        # The network's specialists (bot/specialists.py), read and checked at start by the composition root.
        self.roster = Roster(())

    def setup(
        self,
        config: Config,
        catalogs: Catalogs,
        knowledge: KnowledgeBase,
        matcher: Matcher,
        directory: Directory,
        countries: Countries | None = None,
    ) -> None:
        self._directory = directory
        self._countries = countries if countries is not None else Countries.load()
        self._config = config
        self.flood = FloodGuard(config.limits.flood_messages, config.limits.flood_window_seconds)
        self._catalogs = catalogs
        self._knowledge = knowledge
        self._matcher = matcher

    @property
    def knowledge(self) -> KnowledgeBase:
        return _ready(self._knowledge, "knowledge base")

    @property
    def directory(self) -> Directory:
        return _ready(self._directory, "NGO directory")

    @property
    def countries(self) -> Countries:
        return _ready(self._countries, "destination packs")

    @property
    def matcher(self) -> Matcher:
        return _ready(self._matcher, "matcher")

    @property
    def config(self) -> Config:
        return _ready(self._config, "config")

    @property
    def catalogs(self) -> Catalogs:
        return _ready(self._catalogs, "catalogs")

    @property
    def has_storage(self) -> bool:
        return self._storage is not None

    @property
    def storage(self) -> Storage:
        return _ready(self._storage, "storage")

    @storage.setter
    def storage(self, storage: Storage | None) -> None:
        self._storage = storage


def _ready(value: Any, name: str) -> Any:
    if value is None:
        raise RuntimeError(f"{name} is used before the application was started")
    return value


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    """The context of one update: the person (if the update has one) and their language."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)
        self.person: Person | None = None
        self._translator: Translator | None = None
        self._danger: tuple[str, CrisisKind | None] | None = None

    @property
    def language(self) -> str:
        return self.person.language if self.person else DEFAULT_LANGUAGE

    @property
    def translator(self) -> Translator:
        if self._translator is None or self._translator.language != self.language:
            self._translator = self.bot_data.catalogs(self.language)
        return self._translator

    def danger_in(self, text: str) -> CrisisKind | None:
        """Whether the person's text signals danger. Read once per update: the flood guard and the text router
        both ask, and the detector is the costliest step of a short message."""
        if self._danger is None or self._danger[0] != text:
            self._danger = (text, detect_crisis(text))
        return self._danger[1]

    def danger_in_answer(self, text: str) -> CrisisKind | None:
        """Whether a short answer to a question the bot asked signals danger: by the detector's patterns alone,
        whose model reads a few words of an answer ("я из Теджена", "сказали только сегодня") as danger."""
        danger = self.danger_in(text)
        return danger if danger is None else detect_crisis(text, model=False)

    def gettext(self, message: str) -> str:
        return self.translator.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.translator.ngettext(singular, plural, count)

    def pgettext(self, context: str, message: str) -> str:
        return self.translator.pgettext(context, message)
