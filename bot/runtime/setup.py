"""Setup mode (`python -m bot setup`): before the first real start, the bot answers /whoami and nothing else and
prints each chat's and user's id, so the operator can fill in the coordinator chat, the NGO chats and the staff ids.
It opens no database and keeps nothing: the updates it fetches are not kept for the real bot."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest

from bot.config import Config
from bot.i18n import Catalogs
from handlers.operators import setup_handlers

SETUP_GREETING = """Setup mode: the bot answers /whoami and nothing else. Stop it with Ctrl+C.
  1. Add the bot to the coordinators' group and to each NGO's staff group, and write /whoami there: the group's id
     (a negative number) is printed here. Put it in [staff] coordinator_chat_id, or in the NGO's staff_chat_id.
  2. Ask each staff member to write /whoami to the bot (or in a staff group): put their user ids in
     [staff] staff_user_ids. Later, coordinators add and remove staff with /addstaff and /removestaff.
  3. Then: python -m bot check-config, and python -m bot run."""


def build_setup_application(
    config: Config,
    *,
    token: str | None = None,
    request: BaseRequest | None = None,
    out: Callable[[str], None] = print,
) -> Application[Any, Any, Any, Any, Any, Any]:
    builder = (
        ApplicationBuilder()
        .token(token or config.telegram.token or "0:offline")
        .base_url(config.telegram.api_base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    application = builder.build()
    application.add_handlers(setup_handlers(Catalogs.load(), out))
    return application


def run_setup(config: Config, token: str) -> None:
    print(SETUP_GREETING, flush=True)
    application = build_setup_application(config, token=token, out=lambda line: print(line, flush=True))
    application.run_polling(allowed_updates=Update.ALL_TYPES)
