"""/start, /help, /menu and /language: the way in, and the way to change language at any time."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot import callbacks
from bot.handoff import REQUEST
from bot.i18n import LANGUAGE_NAMES, LANGUAGES, speaks_a_bot_language
from bot.runtime.context import BotContext
from handlers.cards import organisation_name
from handlers.common import (
    MENU_LANGUAGE,
    MENU_SHOW,
    answer_query,
    edit_or_send,
    escape,
    hotline_block,
    main_menu,
    refuse_button,
    reply,
)
from handlers.handoff_typed import ask_again
from handlers.reply_language import choose_language

LANGUAGE = "lang:"
# Written in all three languages: a person who cannot read the current one must still find theirs.
LANGUAGE_QUESTION = "Выберите язык · Dili saýlaň · Choose your language"


def greeting(context: BotContext, open_request: str | None = None) -> str:
    return "\n\n".join(
        [
            context.gettext(
                "Hello! I help people travel and work abroad safely, and reach a real person "
                "when something goes wrong."
            ),
            context.gettext("🔒 I do not ask your name, and I keep as little about you as I can."),
            hotline_block(context),
            *([open_request] if open_request else []),
            context.gettext("What do you need?"),
        ]
    )


async def open_request_line(context: BotContext) -> str | None:
    """With a request open, what a person types goes to its staff, not to the question answerer: the greeting and
    the menu say so, where they would otherwise say "just type your question"."""
    person = context.person
    case = await context.bot_data.storage.open_case_for(person.user_id) if person is not None else None
    if case is None or case.hidden_at is not None:
        return None  # a hidden chat says nothing of the request: whoever types /start may not be the person
    return context.gettext(
        "📋 Your request #{number} is open: what you write here reaches {organisation}."
    ).format(number=case.id, organisation=escape(organisation_name(context, case, context.language)))


async def start(update: Update, context: BotContext) -> None:
    user = update.effective_user
    person = context.person
    if (
        person is not None
        and not person.language_chosen
        and not speaks_a_bot_language(user.language_code if user else None)
    ):
        # Telegram is set to a language the bot does not speak: greet in all three and let the person choose.
        await reply(update, context, greeting_in_every_language(context), language_keyboard())
        return
    await reply(update, context, greeting(context, await open_request_line(context)), main_menu(context))


def greeting_in_every_language(context: BotContext) -> str:
    catalogs = context.bot_data.catalogs
    hello = [
        catalogs(code).gettext(
            "Hello! I help people travel and work abroad safely, and reach a real person "
            "when something goes wrong."
        )
        for code in LANGUAGES
    ]
    return "\n\n".join([*hello, hotline_block(context), LANGUAGE_QUESTION])


async def show_menu(update: Update, context: BotContext) -> None:
    request = await open_request_line(context)
    text = (
        request + "\n\n" + context.gettext("What do you need? Choose below.")
        if request
        else context.gettext("What do you need? Choose below, or just type your question.")
    )
    if update.callback_query:
        await answer_query(update)
        await edit_or_send(update, context, text, main_menu(context), keep_numbers=True)
    else:
        await reply(update, context, text, main_menu(context))


async def show_help(update: Update, context: BotContext) -> None:
    text = "\n".join(
        [
            context.gettext("<b>What I can do</b>"),
            context.gettext("• Answer questions about safe travel and work abroad: just type your question."),
            context.gettext("• Check a job offer for warning signs."),
            context.gettext("• Give you the hotline numbers and put you in touch with an NGO near you."),
            "",
            context.gettext(
                "/menu — main menu\n/language — change the language\n/sos — I am in trouble now\n"
                "/hide — quickly clear this chat\n/privacy — what I keep\n/forget — delete everything about me"
            ),
            "",
            hotline_block(context),
        ]
    )
    await reply(update, context, text, main_menu(context))


def language_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(LANGUAGE_NAMES[code], callback_data=LANGUAGE + code)] for code in LANGUAGES]
    )


async def ask_language(update: Update, context: BotContext) -> None:
    text = LANGUAGE_QUESTION
    if update.callback_query:
        await answer_query(update)
        await edit_or_send(update, context, text, language_keyboard())
    else:
        await reply(update, context, text, language_keyboard())


async def set_language(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    code = callbacks.word(query.data, LANGUAGE)
    if code not in LANGUAGES:
        await refuse_button(update, context)
        return
    if code is None or context.person is None:
        await answer_query(update)
        return
    await choose_language(context, code)
    await answer_query(update)
    draft, case = await context.bot_data.storage.draft_and_open_case(context.person.user_id)
    if draft is not None and draft.purpose == REQUEST and case is None:
        # in the middle of a request: its step again, in the new language, not the menu as if it were gone
        await edit_or_send(update, context, context.gettext("Done: I will write in English."), None)
        await ask_again(update, context, draft)
        return
    await edit_or_send(
        update,
        context,
        context.gettext("Done: I will write in English.") + "\n\n" + context.gettext("What do you need?"),
        main_menu(context),
    )


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("start", start, filters=private),
        CommandHandler("menu", show_menu, filters=private),
        CommandHandler("help", show_help, filters=private),
        CommandHandler("language", ask_language, filters=private),
        CallbackQueryHandler(show_menu, pattern=f"^{MENU_SHOW}$"),
        CallbackQueryHandler(ask_language, pattern=f"^{MENU_LANGUAGE}$"),
        CallbackQueryHandler(set_language, pattern=f"^{LANGUAGE}"),
    ]
