"""The last group: whatever no flow took gets a defined outcome, never silence in a private chat."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler, filters

from bot.runtime.context import BotContext
from handlers.cards import organisation_name
from handlers.common import answer_query, escape, main_menu, reply
from handlers.opencase import case_keyboard


async def hint(update: Update, context: BotContext) -> None:
    if await _not_relayed(update, context):
        return
    text = context.gettext("I understand text messages and the buttons below. Type your question, or choose:")
    await reply(update, context, text, main_menu(context))


async def nothing_visible(update: Update, context: BotContext) -> None:
    """A message of zero-width or other invisible characters alone: an empty message, answered with a hint and
    never relayed (staff would get a heading over nothing, and /case a blank line). On an open case the person is
    told it did not reach the organisation, with the case's buttons."""
    person = context.person
    case = await context.bot_data.storage.open_case_for(person.user_id) if person is not None else None
    # a hidden chat's case is not named to whoever holds the phone
    if case is None or case.hidden_at is not None:
        text = context.gettext("This message looks empty. Type your question, or choose:")
        await reply(update, context, text, main_menu(context))
        return
    text = context.gettext(
        "This message looks empty, so it was not sent to {organisation}. Type what you want to tell them in words."
    ).format(organisation=escape(organisation_name(context, case, context.language)))
    await reply(update, context, text, case_keyboard(context))


async def _not_relayed(update: Update, context: BotContext) -> bool:
    """A sticker (or a GIF, a poll …) on an open case: said not to have reached the organisation, with the case's
    buttons, since the main menu alone would let the person believe it did (tester Z#7a). False with no case."""
    person = context.person
    message = update.message
    if person is None or message is None or message.text is not None:  # a command no flow knows: the hint
        return False
    case = await context.bot_data.storage.open_case_for(person.user_id)
    if case is None:
        return False
    if case.hidden_at is not None:  # the hidden chat names no organisation and offers no request's buttons
        await reply(
            update, context, context.gettext("This was not passed on: send text, voice, a photo or a file.")
        )
        return True
    organisation = escape(organisation_name(context, case, context.language))
    if message.sticker is not None:
        text = context.gettext(
            "This sticker was not sent to {organisation}: stickers are not passed on. Text, voice messages, photos "
            "and files are."
        )
    else:
        text = context.gettext(
            "This was not sent to {organisation}: messages of this kind are not passed on. Text, voice messages, "
            "photos and files are."
        )
    await reply(update, context, text.format(organisation=organisation), case_keyboard(context))
    return True


async def stale_button(update: Update, context: BotContext) -> None:
    # Unknown, tampered or outdated callback data never acts; it only shows the menu again.
    await answer_query(update, context.gettext("This button is no longer active."))
    await reply(update, context, context.gettext("What do you need?"), main_menu(context))


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        MessageHandler(filters.ChatType.PRIVATE, hint),
        CallbackQueryHandler(stale_button),
    ]
