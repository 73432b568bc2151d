"""Pieces every flow uses: the main menu, the hotline block, and sending without crashing on Telegram's refusals."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from telegram import (
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    ReplyParameters,
    Update,
)
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.config import HotlineConfig
from bot.hotline import dialable, hotline_hours, hotline_numbers
from bot.i18n import Translator
from bot.runtime.context import BotContext

log = logging.getLogger(__name__)
ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply

MENU = "menu:"
MENU_ASK = MENU + "ask"
MENU_CHECK = MENU + "check"
# the checklist about someone else's offer (handlers/checklist.py)
MENU_CHECK_FOR_OTHER = MENU_CHECK + ":other"
MENU_HELP = MENU + "help"
MENU_SOS = MENU + "sos"
MENU_LANGUAGE = MENU + "lang"
MENU_SHOW = MENU + "show"
# The one-tap urgent request (handlers/sos.py), on the messages of every path that may be used in danger.
URGENT = "ho:urgent"


def escape(text: str) -> str:
    """Everything a person wrote is escaped before it is shown as HTML."""
    return html.escape(text, quote=False)


def keyboard(
    context: BotContext, key: tuple[object, ...], build: Callable[[], InlineKeyboardMarkup]
) -> InlineKeyboardMarkup:
    """A keyboard that depends only on the person's language and `key`, built the first time and then reused:
    keyboards are immutable, and building the same ones for every message was a few percent of the bot's time."""
    full_key = (context.language, *key)
    built = context.bot_data.keyboards.get(full_key)
    if built is None:
        built = context.bot_data.keyboards[full_key] = build()
    return built


def main_menu(context: BotContext) -> InlineKeyboardMarkup:
    # One button a row: labels stay readable on a narrow phone in all three languages.
    def build() -> InlineKeyboardMarkup:
        rows = [
            # TRANSLATORS: a button of the main menu; at most 36 characters (a phone cuts a longer one).
            (context.pgettext("menu", "❓ Ask a question"), MENU_ASK),
            # TRANSLATORS: a button of the main menu; at most 36 characters (a phone cuts a longer one).
            (context.pgettext("menu", "✅ Check a job offer"), MENU_CHECK),
            # TRANSLATORS: a button of the main menu; at most 36 characters (a phone cuts a longer one).
            (context.pgettext("menu", "🤝 Get help"), MENU_HELP),
            # TRANSLATORS: a button of the main menu; at most 36 characters (a phone cuts a longer one).
            (context.pgettext("menu", "🆘 I am in trouble now"), MENU_SOS),
            # TRANSLATORS: a button of the main menu; at most 36 characters (a phone cuts a longer one).
            (context.pgettext("menu", "🌐 Language"), MENU_LANGUAGE),
        ]
        return InlineKeyboardMarkup([[InlineKeyboardButton(text, callback_data=data)] for text, data in rows])

    return keyboard(context, ("main menu",), build)


def menu_button(context: BotContext) -> InlineKeyboardButton:
    # TRANSLATORS: a button back to the main menu; at most 36 characters.
    return InlineKeyboardButton(context.pgettext("button", "☰ Menu"), callback_data=MENU_SHOW)


def sos_button(context: BotContext, country: str | None = None) -> InlineKeyboardButton:
    """The one-tap way to a person, red where Telegram shows button styles; its words say it all where it does not.
    `country`: the code of the destination pack it is under, which the request then names for staff."""
    return sos_button_in(context.translator, country)


def sos_button_in(tr: Translator, country: str | None = None) -> InlineKeyboardButton:
    """The 🆘 button in `tr`'s language (a message about a case, sent in the case's language)."""
    return InlineKeyboardButton(
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        tr.pgettext("button", "🆘 Ask a person to write to me now"),
        callback_data=f"{URGENT}:{country}" if country else URGENT,
        style="danger",
    )


def is_sos_button(data: str | None) -> bool:
    """The data of a 🆘 button, with or without the pack it is under."""
    return data is not None and (data == URGENT or data.startswith(URGENT + ":"))


def menu_only(context: BotContext) -> InlineKeyboardMarkup:
    """The keyboard under a message whose only way on is the menu."""
    return keyboard(context, ("menu only",), lambda: InlineKeyboardMarkup([[menu_button(context)]]))


def hotline_text(tr: Translator, config: HotlineConfig) -> str:
    """The hotline numbers, and the hours when the operator configured them, in the translator's language."""
    text = tr.gettext("📞 Hotline: {numbers}").format(numbers=hotline_numbers(config))
    hours = hotline_hours(config, tr.language)
    if hours:
        text += "\n" + tr.gettext("Hours: {hours}").format(hours=escape(hours))
    return text


def hotline_block(context: BotContext) -> str:
    return hotline_text(context.translator, context.bot_data.config.hotline)


async def send_private(
    context: BotContext,
    chat_id: int,
    text: str,
    markup: ReplyMarkup | None = None,
    *,
    reply_to: int | None = None,
) -> int:
    """Send to a person's private chat (as a reply to their message `reply_to`, if it still exists) and remember
    the message id, so /hide can delete it later; the id."""
    replying = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
    message = await context.bot.send_message(chat_id, text, reply_markup=markup, reply_parameters=replying)
    if chat_id > 0:
        await context.bot_data.storage.remember_message(chat_id, message.message_id)
    return message.message_id


async def reply(
    update: Update,
    context: BotContext,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
    *,
    quoting: bool = False,
) -> None:
    """Answer in the chat the update came from; a button press gets a new message under the old one. `quoting`:
    as a reply to the person's message, so that a button on the answer can find what they wrote; for a button
    press, to the message of theirs the pressed message quotes, if it quotes one (what the danger reply leads to
    passes their words on as its own 🆘 does)."""
    chat = update.effective_chat
    if chat is None:
        return
    message = (update.message or person_message_quoted(update)) if quoting else None
    await send_private(context, chat.id, text, markup, reply_to=message.message_id if message else None)


def person_message_quoted(update: Update) -> Message | None:
    """The person's own message that the message with the pressed button is a reply to (the danger reply quotes
    the message it answers), or None."""
    query = update.callback_query
    pressed = query.message if query is not None and isinstance(query.message, Message) else None
    written = pressed.reply_to_message if pressed is not None else None
    if written is None or written.from_user is None or written.from_user.is_bot:
        return None
    return written


def words_answered(update: Update) -> str | None:
    """What the person wrote, when the button pressed is on the bot's reply to their message (sent `quoting` it):
    the danger reply's 🆘 and an answer's "Talk to a person" pass those words on, so nobody tells it twice."""
    written = person_message_quoted(update)
    return (written.text or written.caption) if written is not None else None


def shows_numbers(context: BotContext, message: Message) -> bool:
    """Whether a message of the bot shows the hotline's numbers, as the danger reply, the SOS screen, a country's
    pack and what SOS on a case says all do: a person in trouble may be reading them."""
    shown = message.text or message.caption or ""
    return any(dialable(number) in shown for number in context.bot_data.config.hotline.numbers)


async def edit_or_send(
    update: Update,
    context: BotContext,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
    *,
    keep_numbers: bool = False,
) -> None:
    """Replace the pressed message's content, or send a new message when it cannot be edited. `keep_numbers`: a
    button that leads away (☰ Menu, 🆘) sends a new message under a message that shows numbers, which stays."""
    query = update.callback_query
    message = query.message if query else None
    if isinstance(message, Message) and keep_numbers and shows_numbers(context, message):
        await reply(update, context, text, markup)
        return
    if isinstance(message, Message):
        if message.text_html == text and message.reply_markup == markup:
            return  # the same content again (a repeated press): Telegram would refuse an identical edit
        try:
            await context.bot.edit_message_text(
                text, chat_id=message.chat_id, message_id=message.message_id, reply_markup=markup
            )
            return
        except BadRequest as error:
            if "not modified" in str(error).lower():
                return
            log.info("message could not be edited, sending a new one: %s", error)
        except Forbidden:
            return
    await reply(update, context, text, markup)


async def drop_buttons(update: Update, prefix: str) -> None:
    """Take the rows with a button whose data starts with `prefix` off the pressed message (a vote given, an offer
    taken), keeping the message and its other buttons."""
    query = update.callback_query
    message = query.message if query else None
    markup = message.reply_markup if isinstance(message, Message) else None
    if query is None or markup is None:
        return
    rows = [
        row
        for row in markup.inline_keyboard
        if not any(str(button.callback_data or "").startswith(prefix) for button in row)
    ]
    try:
        await query.edit_message_reply_markup(InlineKeyboardMarkup(rows))
    except TelegramError:
        pass  # a message that cannot be edited only keeps its buttons


async def ask_for_location(update: Update, context: BotContext, hint: str) -> None:
    """A location can only be asked for with a reply keyboard, so it comes as a message of its own."""
    chat = update.effective_chat
    if chat is None:
        return
    keyboard = ReplyKeyboardMarkup(
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        [[KeyboardButton(context.pgettext("button", "📍 Send my location"), request_location=True)]],
        resize_keyboard=True,
        one_time_keyboard=True,
    )
    await send_private(context, chat.id, hint, keyboard)


async def answer_query(update: Update, text: str | None = None) -> None:
    """Stop the button's spinner; an old or duplicate press is fine to ignore."""
    if update.callback_query is None:
        return
    try:
        await update.callback_query.answer(text)
    except BadRequest:
        pass


async def take_button_off(update: Update) -> None:
    """A button that works once leaves its message when pressed (its words stay): a second press could only say
    there is nothing more to do."""
    query = update.callback_query
    if query is None or not isinstance(query.message, Message):
        return
    try:
        await query.edit_message_reply_markup(None)
    except TelegramError as error:
        log.info("a used button could not be taken off (%s)", error)


async def refuse_button(update: Update, context: BotContext, tr: Translator | None = None) -> None:
    """A forged, malformed or outdated button: a quiet word on its spinner, and nothing else happens."""
    await answer_query(update, (tr or context.translator).gettext("This button is out of date."))
