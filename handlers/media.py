"""Voice notes, photos, documents, locations and contacts, from a person and from staff. On an open case they are
relayed like texts (handlers/delivery.py); without one, the person is told what a person at an organisation can do
with it, and it is held for the request they may send (the consent screen lists it)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, MessageHandler, filters

from bot.handoff import FINDING
from bot.i18n import Translator
from bot.runtime.context import BotContext
from handlers import gethelp, handoff, opencase, reopen
from handlers.cards import sender_name
from handlers.casecopies import copy_media, staff_heading
from handlers.common import escape, menu_button, reply
from handlers.copies import copy_to_person, message_kind
from handlers.crisis import answer_danger, relay_danger
from handlers.forum import case_of_staff_message
from handlers.specialist_replies import reply_to_request
from handlers.staff import claim_by_writing, may_write_to_person, not_a_case

MEDIA = (
    filters.VOICE
    | filters.AUDIO
    | filters.PHOTO
    | filters.VIDEO
    | filters.VIDEO_NOTE
    | filters.Document.ALL
    | filters.CONTACT
)
LISTENED = frozenset({"voice", "audio", "video", "video_note"})
READ = frozenset({"photo", "document"})


async def receive_media(update: Update, context: BotContext) -> None:
    message = update.message
    person = context.person
    found = message_kind(message) if message is not None else None
    if message is None or person is None or found is None:
        return
    kind, caption = found
    danger = context.danger_in(caption) if caption else None
    draft, case = await context.bot_data.storage.draft_and_open_case(person.user_id)
    if case is None and draft is None:
        case = await reopen.reopen_unreached(update, context)  # a voice note is an answer too
    if case is not None and danger is not None:
        await relay_danger(update, context, case, caption, danger, media=kind)
        return
    if case is not None:
        await opencase.relay_media_to_case(update, context, case, kind, caption)
        return
    await context.bot_data.storage.hold_media(person.user_id, message.message_id, kind, caption)
    if danger is not None:
        # A caption that tells of danger is answered as danger, with its way to a person; the media waits too.
        await answer_danger(update, context, danger, None)
        return
    await reply(update, context, offer_text(context.translator, kind), _offer_keyboard(context))


def offer_text(tr: Translator, kind: str) -> str:
    """What the bot can do with a media message when no request is open: pass it to a person, with consent."""
    if kind in LISTENED:
        first = tr.gettext("I cannot listen to voice or video messages myself.")
    elif kind in READ:
        first = tr.gettext("I cannot read photos or documents myself.")
    else:
        first = tr.gettext("I cannot use this kind of message myself.")
    return f"{first} " + tr.gettext(
        "A person at a partner organisation can, for example a lawyer who checks a contract or a passport "
        "page. Press the button below and I will send what you sent me with your request; nothing is shared "
        "before you confirm. To ask me a question, type it."
    )


def _offer_keyboard(context: BotContext) -> InlineKeyboardMarkup:
    # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
    talk = InlineKeyboardButton(
        context.pgettext("button", "🙋 Talk to a person"), callback_data=handoff.START
    )
    return InlineKeyboardMarkup([[talk], [menu_button(context)]])


async def receive_location(update: Update, context: BotContext) -> None:
    """A location on an open case goes to staff, unless the person is looking for an organisation near them."""
    person = context.person
    message = update.message
    if person is None or message is None or message.location is None:
        return
    draft, case = await context.bot_data.storage.draft_and_open_case(person.user_id)
    if case is not None and (draft is None or draft.purpose != FINDING):
        await opencase.relay_media_to_case(update, context, case, "location", "")
        return
    await gethelp.ngos_near_location(update, context)


async def staff_media_reply(update: Update, context: BotContext) -> None:
    """A staff member's voice note, photo ... in reply to a card or a relayed message, or in the case's topic, goes to the person as a
    copy, signed by the organisation: the person never sees the staff member's account."""
    message = update.message
    found = message_kind(message) if message is not None else None
    if message is None or found is None:
        return
    kind, caption = found
    data = context.bot_data
    # First: a reply on the conversation with a specialist goes to them, as a text does (handlers/staff.py)
    if await reply_to_request(context, message):
        return
    case = await case_of_staff_message(context, message)
    if case is None:
        await not_a_case(update, context, message)  # a hint for a reply to the bot; among staff: nothing
        return
    tr = await may_write_to_person(update, context, case)
    if tr is None or update.effective_user is None:
        return
    case = await claim_by_writing(update, context, tr, case)
    sender = escape(sender_name(context, case, message.chat_id, case.language, signature=True))
    signature = (f"💬 <b>{sender}</b>:", f"⬆️ <b>{sender}</b>")
    delivered = await copy_to_person(
        context, case, message.chat_id, message.message_id, kind, caption, signature
    )
    await data.storage.add_staff_media(
        case.id, kind, caption, message.chat_id, message.message_id, update.effective_user.id
    )
    if delivered:  # the other team of an urgent case sees it too
        heading = staff_heading(context, case, message.chat_id)
        await copy_media(
            context, case, message.chat_id, (message.chat_id, message.message_id, kind, caption), heading
        )
    if not delivered:
        await message.reply_text(
            tr.gettext("Not delivered: the person can no longer be reached through the bot.")
        )


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """Registered before gethelp's location handler, which gets the locations that are not for a case."""
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    return [
        MessageHandler(private & MEDIA, receive_media),
        MessageHandler(private & filters.LOCATION, receive_location),
        MessageHandler(
            groups & (filters.REPLY | filters.IS_TOPIC_MESSAGE) & (MEDIA | filters.LOCATION),
            staff_media_reply,
        ),
    ]
