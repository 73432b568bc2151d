"""The staff side: claim and close cases from their cards, reply to people, see a case (/queue is handlers/queue.py,
/send and /topics handlers/sendtopic.py).

Every staff command and button goes through `authorised`, the one place that checks staff rights (what anyone else
is told: handlers/refusals.py)."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot import callbacks
from bot.casework import ToPerson, person_hears_news, to_person
from bot.handoff import OUTCOMES, WITHDRAWN
from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.staff import StaffScope, staff_scope
from bot.storage import Case
from handlers.cards import (
    BACK,
    CLAIM,
    CLOSE,
    OUTCOME,
    STAFF,
    card_view,
    refresh_card,
    waiting_referral,
    withdrawn,
)
from handlers.casecopies import copy_staff_text, join_by_writing
from handlers.casehistory import history_text
from handlers.common import answer_query, refuse_button
from handlers.delivery import deliver_outbox
from handlers.ended import ended_case_text
from handlers.forum import case_of_staff_message, send_in_topic
from handlers.held import hold_reply
from handlers.labels import card_status, outcome_label
from handlers.refusals import refuse_staff_action
from handlers.specialist_replies import reply_to_request
from handlers.toperson import write_signed

log = logging.getLogger(__name__)


def quiet_scope(update: Update, context: BotContext) -> StaffScope | None:
    """The staff scope of whoever sent this update, or None, saying nothing: for what only staff are answered."""
    chat = update.effective_chat
    user = update.effective_user
    data = context.bot_data
    return staff_scope(
        data.config,
        data.directory,
        chat.id if chat else None,
        user.id if user else None,
        data.storage.migrated_chats,
        data.staff_changes,
    )


async def authorised(update: Update, context: BotContext) -> StaffScope | None:
    """The staff scope of whoever sent this update, or None after a polite refusal (handlers/refusals.py)."""
    user = update.effective_user
    scope = quiet_scope(update, context)
    if scope is None:
        await refuse_staff_action(update, context)
    elif user is not None:
        await context.bot_data.storage.remember_staff_name(
            user.id, user.first_name
        )  # histories name who acted
    return scope


async def answer_staff(update: Update, context: BotContext, scope: StaffScope, text: str) -> None:
    """A short answer to a staff button (its pop-up) or command (a message in the topic it was written in)."""
    if update.callback_query:
        await answer_query(update, text)
    else:
        await send_in_topic(update, context, scope.chat_id, text)


async def command_case(
    update: Update, context: BotContext, scope: StaffScope, usage: str, args: list[str] | None
) -> int | None:
    """The case number a staff command was given (`args`: exactly "12" or "#12"), or None once the command's
    `usage` line was answered where the command was written."""
    case_id = callbacks.case_argument(args)
    if case_id is None:
        await answer_staff(update, context, scope, usage)
    return case_id


async def case_in_scope(update: Update, context: BotContext, scope: StaffScope, case_id: int) -> Case | None:
    """The case, if this chat's staff may act on it; else None once that was said."""
    case = await context.bot_data.storage.case(case_id)
    if case is None or not scope.covers(case.ngo_id):
        tr = context.bot_data.catalogs(scope.language)
        # The coordinators see every case: "not in this chat's queue" would send them looking in another chat.
        # An organisation's chat is not told whether another organisation has a case of that number.
        text = (
            tr.gettext("There is no case #{number}.")
            if case is None and scope.ngo_ids is None
            else tr.gettext("Case #{number} is not in this chat's queue.")
        )
        await answer_staff(update, context, scope, text.format(number=case_id))
        return None
    return case


async def button_case(
    update: Update, context: BotContext, prefix: str, outcome: bool = False
) -> tuple[StaffScope, Case] | None:
    """The staff scope and the case a card button is about, or None once the press was refused or answered.
    With `outcome`, the button is `st:out:<case>:<outcome>` and the outcome must be a known one."""
    scope = await authorised(update, context)
    query = update.callback_query
    if scope is None or query is None:
        return None
    if outcome:
        parsed = callbacks.numbered_word(query.data, prefix)
        case_id = parsed[0] if parsed is not None and parsed[1] in OUTCOMES else None
    else:
        case_id = callbacks.numbered(query.data, prefix)
    if case_id is None:
        await refuse_button(update, context, context.bot_data.catalogs(scope.language))
        return None
    case = await case_in_scope(update, context, scope, case_id)
    return (scope, case) if case is not None else None


def _staff_name(update: Update) -> str:
    """Staff are shown by their Telegram first name, as /case histories name them."""
    user = update.effective_user
    return user.first_name if user else "?"


async def claim(update: Update, context: BotContext) -> None:
    found = await button_case(update, context, CLAIM)
    if found is None or update.effective_user is None:
        return
    scope, case = found
    won, updated = await context.bot_data.storage.claim_case(
        case.id, update.effective_user.id, _staff_name(update), by_coordinators=scope.ngo_ids is None
    )
    tr = context.bot_data.catalogs(scope.language)
    if not won:
        holder = updated.claimed_by_name if updated and updated.claimed_by_name else "?"
        text = (
            tr.gettext("Already claimed by {name}.").format(name=holder)
            if updated and updated.status == "claimed"
            else ended_case_text(tr, updated or case)
        )
        await answer_query(update, text)
        return
    await answer_query(update, tr.gettext("You have claimed case #{number}.").format(number=case.id))
    # The claim wrote its card edit to the outbox in the same transaction: a crash here leaves it for check_cases.
    await deliver_outbox(context, case.id)


async def claim_by_writing(update: Update, context: BotContext, tr: Translator, case: Case) -> Case:
    """Writing to the person of an unclaimed case takes it, as the Claim button does (audit, card, the person told
    who has it): otherwise /queue says nobody has it and the escalation fires while a worker is already talking."""
    user = update.effective_user
    message = update.effective_message
    scope = quiet_scope(update, context)
    if (
        case.status == "open"
        and user is not None
        and scope is not None
        and not await _on_a_view_since_moved(context, scope, case, message)
    ):
        won, updated = await context.bot_data.storage.claim_case(
            case.id, user.id, _staff_name(update), by_coordinators=scope.ngo_ids is None
        )
        if won:  # the card edit and the person's notice, before the message
            await deliver_outbox(context, case.id)
        if won and message is not None:
            await message.reply_text(tr.gettext("You have claimed case #{number}.").format(number=case.id))
        case = updated or case
    # The coordinators writing on a case an organisation holds hear the person's answer (casecopies)
    return await join_by_writing(context, case, message) if message is not None else case


async def _on_a_view_since_moved(
    context: BotContext, scope: StaffScope, case: Case, message: Message | None
) -> bool:
    """The coordinators replying on a view of an organisation's case from before it moved there (a /case, a copy):
    passed to the person without taking the case from the organisation that has it now."""
    replied = message.reply_to_message if message is not None else None
    if scope.ngo_ids is not None or case.ngo_id is None or replied is None:
        return False
    return await context.bot_data.storage.moved_after(case.id, replied.chat_id, replied.message_id)


async def ask_outcome(update: Update, context: BotContext) -> None:
    found = await button_case(update, context, CLOSE)
    if found is None:
        return
    scope, case = found
    tr = context.bot_data.catalogs(scope.language)
    if not case.is_open:  # a Close pressed as someone else closed it: no outcomes under a closed card
        await answer_query(update, ended_case_text(tr, case))
        return
    # The outcomes replace the card's buttons with no heading of their own: say what one tap on them does
    await answer_query(
        update,
        tr.gettext("How did the case end? One tap closes it, and the person is told. ⬅️ Back keeps it open.")
        if person_hears_news(hidden=case.hidden_at is not None)
        else tr.gettext(
            "How did the case end? One tap closes it; the person is not told while they have the chat hidden. "
            "⬅️ Back keeps it open."
        ),
    )
    rows = [
        [InlineKeyboardButton(outcome_label(tr, outcome), callback_data=f"{OUTCOME}{case.id}:{outcome}")]
        for outcome in OUTCOMES
    ]
    await show_choices(update, tr, case, rows)


async def show_choices(
    update: Update, tr: Translator, case: Case, rows: list[list[InlineKeyboardButton]]
) -> None:
    """A card's buttons replaced by a choice about its case (an outcome, an organisation), with a way back."""
    # TRANSLATORS: a button back to the previous screen or question; may share a row: at most 20 characters.
    rows.append([InlineKeyboardButton(tr.pgettext("button", "⬅️ Back"), callback_data=f"{BACK}{case.id}")])
    message = update.callback_query.message if update.callback_query else None
    if isinstance(message, Message):
        await message.edit_reply_markup(InlineKeyboardMarkup(rows))


async def cancel_outcome(update: Update, context: BotContext) -> None:
    found = await button_case(update, context, BACK)
    if found is not None:
        await answer_query(update)
        await refresh_card(context, found[1])


async def close(update: Update, context: BotContext) -> None:
    query = update.callback_query
    found = await button_case(update, context, OUTCOME, outcome=True)
    if found is None or update.effective_user is None or query is None or query.data is None:
        return
    scope, case = found
    outcome = query.data.rsplit(":", 1)[-1]  # checked by button_case
    closed, updated = await context.bot_data.storage.close_case(case.id, outcome, update.effective_user.id)
    tr = context.bot_data.catalogs(scope.language)
    if not closed:  # someone else closed it first: said, and their outcome kept
        await answer_query(
            update, await _closed_first(context, tr, updated or case, update.effective_user.id)
        )
        if updated is not None and shows_choices(query.message):
            # The outcomes shown as it closed: the card again, by the close's own edit (once, if not made yet)
            await deliver_outbox(context, case.id)
        return
    await answer_query(update, tr.gettext("Case #{number} is closed.").format(number=case.id))
    # The card edit and the person's notice were written to the outbox with the close (see deliver_outbox).
    await deliver_outbox(context, case.id)


async def _closed_first(context: BotContext, tr: Translator, case: Case, user_id: int) -> str:
    """What a worker whose outcome came second is told: who closed the case and how, and that theirs was not kept."""
    closer = await context.bot_data.storage.closed_by(case.id) if case.status == "closed" else None
    if closer is None or closer == user_id or case.user_id is None or case.outcome == WITHDRAWN:
        return ended_case_text(tr, case)
    name = (await context.bot_data.storage.staff_names()).get(closer, "?")
    return tr.gettext(
        "{name} has already closed case #{number} ({outcome}). Your choice was not recorded."
    ).format(name=name, number=case.id, outcome=outcome_label(tr, case.outcome or ""))


def shows_choices(message: object) -> bool:
    """Whether a card shows a choice about its case (show_choices) rather than the case's own buttons."""
    markup = message.reply_markup if isinstance(message, Message) else None
    rows = markup.inline_keyboard if markup is not None else ()
    return any(str(button.callback_data or "").startswith(BACK) for row in rows for button in row)


async def may_write_to_person(
    update: Update, context: BotContext, case: Case, *, hold: bool = False
) -> Translator | None:
    """The staff chat's translator when this staff member may write to the case's person now; None when not, with a
    word to staff when the case is closed, no longer handled in their chat, or the person hid the chat (`hold`: a
    text reply is then held for them, handlers/held.py)."""
    message = update.effective_message
    scope = await authorised(update, context)
    if scope is None or message is None or await elsewhere(message, context, scope, case):
        return None
    tr = context.bot_data.catalogs(scope.language)
    if not case.is_open:
        await say_not_sent(context, message, case, not_sent_to_ended(tr, case))
        return None
    if to_person(hidden=case.hidden_at is not None, by_worker=True) is ToPerson.REFUSE:
        user = update.effective_user
        if hold and message.text and user is not None:
            said = await hold_reply(context, message, case, user.id)
        else:
            said = not_sent_while_hidden(tr, case)
        await say_not_sent(context, message, case, said)
        return None
    return tr


async def say_not_sent(context: BotContext, message: Message, case: Case, text: str) -> None:
    """Why a staff message reached nobody, as a reply to it; kept with the case like a notice, so that a reply to
    this note is taken as one on the case it names (and gets its own answer), not as one about no case."""
    note = await message.reply_text(text)
    await context.bot_data.storage.add_case_message(case.id, "notice", "", note.chat_id, note.message_id)


def not_sent_while_hidden(tr: Translator, case: Case) -> str:
    """Why a worker's message reached nobody after the person's /hide, and when to send it again."""
    return tr.gettext(
        "🙈 Not sent: the person of case #{number} hid the chat, and someone may be checking their phone. Send it "
        "again once you have ended the hiding."
    ).format(number=case.id)


def not_sent_to_ended(tr: Translator, case: Case) -> str:
    """Why a staff message to a case that ended reached nobody: closed, or withdrawn by the person."""
    if case.outcome == WITHDRAWN:
        return tr.gettext("Case #{number} was withdrawn by the person: the message was not sent.").format(
            number=case.id
        )
    return tr.gettext("Case #{number} is closed: the message was not sent.").format(number=case.id)


async def staff_reply(update: Update, context: BotContext) -> None:
    """A staff member's reply to a card or to a relayed message, or anything they write in a case's topic, goes to
    the person, signed by the organisation."""
    message = update.message
    if message is None or message.text is None:
        return
    data = context.bot_data
    # First: a reply on the conversation with a specialist goes to them, even in the case's forum topic
    if await reply_to_request(context, message):
        return
    case = await case_of_staff_message(context, message)
    if case is None:
        await not_a_case(update, context, message)
        return
    tr = await may_write_to_person(update, context, case, hold=True)
    if tr is None or update.effective_user is None:
        return
    case = await claim_by_writing(update, context, tr, case)
    sent = await write_signed(context, case, message.chat_id, message.text)
    delivered = None not in sent
    await data.storage.add_case_message(
        case.id,
        "staff",
        message.text,
        message.chat_id,
        message.message_id,
        update.effective_user.id,
        person_message_id=sent[0] if len(sent) == 1 else None,  # an edit of the reply edits this copy
    )
    if delivered:
        await copy_staff_text(context, case, (message.chat_id, message.message_id), message.text)
    else:
        await message.reply_text(
            tr.gettext("Not delivered: the person can no longer be reached through the bot.")
        )


async def elsewhere(message: Message, context: BotContext, scope: StaffScope, case: Case) -> bool:
    """Whether a staff message is about a case this chat does not handle (referred elsewhere): then it reaches
    nobody, and is said so."""
    if scope.covers(case.ngo_id):
        return False
    tr = context.bot_data.catalogs(scope.language)
    text = tr.gettext("Case #{number} is no longer handled in this chat: the message was not sent.")
    await message.reply_text(text.format(number=case.id))
    return True


async def not_a_case(update: Update, context: BotContext, message: Message) -> None:
    """A staff reply to one of the bot's messages that belongs to no case reaches nobody: say so, never silently.
    Replies among staff themselves, and anyone who is not staff, get no answer."""
    replied = message.reply_to_message
    if replied is None or replied.from_user is None or replied.from_user.id != context.bot.id:
        return
    if replied.forum_topic_created is not None:
        return  # in a forum topic every message "replies" to the topic's first message: not a reply to the bot
    scope = quiet_scope(update, context)
    if scope is None:
        return
    await message.reply_text(
        context.bot_data.catalogs(scope.language).gettext(
            "This message belongs to no case, so your reply was not sent to anyone. To write to a person, "
            "reply to their case card or to one of their messages."
        )
    )


async def show_case(update: Update, context: BotContext) -> None:
    scope = await authorised(update, context)
    if scope is None:
        return
    tr = context.bot_data.catalogs(scope.language)
    args = context.args or []
    # /case N, or /case N P for the P-th page of a long history counted from the newest
    page = callbacks.number(args[1]) if len(args) == 2 else 1 if len(args) < 2 else None
    case_id = await command_case(
        update, context, scope, tr.gettext("Use /case NUMBER, e.g. /case 12."), args[:1] if page else None
    )
    if case_id is None or page is None:
        return
    if await referred_from_here(update, context, scope, case_id):
        return
    case = await case_in_scope(update, context, scope, case_id)
    if case is None:
        return
    text = await history_text(context, tr, case, page)
    if page > 1:  # an earlier page: the card is where the first page left it
        sent = await send_in_topic(update, context, scope.chat_id, text)
        await context.bot_data.storage.add_case_message(case.id, "notice", "", sent.chat_id, sent.message_id)
        return
    # The current card, then its history: the card is kept with the case's other copies, so every change edits it.
    card_text, markup = card_view(
        context, scope.chat_id, case, referral_to=await waiting_referral(context, case)
    )
    sent = await send_in_topic(update, context, scope.chat_id, card_text, markup)
    await context.bot_data.storage.add_case_message(case.id, "card", "", sent.chat_id, sent.message_id)
    history = await send_in_topic(update, context, scope.chat_id, text)
    # Kept like a notice: a reply to the history reaches the person, as a reply to the card above it does.
    await context.bot_data.storage.add_case_message(
        case.id, "notice", "", history.chat_id, history.message_id
    )


async def referred_from_here(update: Update, context: BotContext, scope: StaffScope, case_id: int) -> bool:
    """/case on a case referred away from this chat: where it went and how it stands there, so that the worker who
    handed it over can see it was taken (its history is the new organisation's now). False for any other case."""
    storage = context.bot_data.storage
    case = await storage.case(case_id)
    if case is None or scope.covers(case.ngo_id):
        return False
    if not any(chat == scope.chat_id for chat, _ in await storage.retired_cards(case.id)):
        return False
    where, _ = card_view(context, scope.chat_id, case)
    status = "" if withdrawn(case) else card_status(context.bot_data.catalogs(scope.language), case)
    await answer_staff(update, context, scope, f"{where}\n{status}".rstrip())
    return True


async def refuse_stale(update: Update, context: BotContext) -> None:
    """Unknown staff buttons: checked like any staff action, then ignored."""
    scope = await authorised(update, context)
    if scope is not None:
        await refuse_button(update, context, context.bot_data.catalogs(scope.language))


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    groups = filters.ChatType.GROUPS
    return [
        CallbackQueryHandler(claim, pattern=f"^{CLAIM}"),
        CallbackQueryHandler(ask_outcome, pattern=f"^{CLOSE}"),
        CallbackQueryHandler(cancel_outcome, pattern=f"^{BACK}"),
        CallbackQueryHandler(close, pattern=f"^{OUTCOME}"),
        CallbackQueryHandler(refuse_stale, pattern=f"^{STAFF}"),
        CommandHandler("case", show_case, filters=groups),
        # A reply to a case's message, or a message in a forum topic (a case's, when the topic is one).
        MessageHandler(
            groups & (filters.REPLY | filters.IS_TOPIC_MESSAGE) & filters.TEXT & ~filters.COMMAND, staff_reply
        ),
    ]
