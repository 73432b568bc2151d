"""The case card in a staff chat: rendered in the chat's language, posted with a fallback, edited as the case moves.

Also the two directions of the relay, which both need to know where a case's card is."""

from __future__ import annotations

import logging
import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, TelegramError

from bot import telegram_json
from bot.checklist import flag
from bot.context import BotContext
from bot.handoff import parse_checklist_summary
from bot.i18n import Translator
from bot.storage import Case
from handlers.common import escape, send_private
from handlers.labels import language_label, outcome_label, risk_label, service_label, velayat_label

log = logging.getLogger(__name__)

STAFF = "st:"
CLAIM = STAFF + "claim:"  # st:claim:<case>
CLOSE = STAFF + "close:"  # st:close:<case> → outcome buttons
OUTCOME = STAFF + "out:"  # st:out:<case>:<outcome>
BACK = STAFF + "back:"  # st:back:<case>


def checklist_words(tr: Translator, summary: str) -> str:
    """A case's checklist summary as staff read it: the risk level and its warnings in words, never keys."""
    level, keys = parse_checklist_summary(summary)
    warnings = [tr.gettext(msgid) for msgid in map(flag, keys) if msgid is not None]
    words = f"{risk_label(tr, level)}: {'; '.join(warnings)}" if warnings else risk_label(tr, level)
    return escape(words)


def staff_translator(context: BotContext, chat_id: int | None) -> Translator:
    """Staff chats read the bot in their own configured language."""
    data = context.bot_data
    if chat_id is not None and chat_id != data.config.staff.coordinator_chat_id:
        ngos = data.directory.by_staff_chat(chat_id)
        if ngos:
            return data.catalogs(ngos[0].staff_language)
    return data.catalogs(data.config.staff.coordinator_language)


def organisation_name(context: BotContext, case: Case, language: str, *, signature: bool = False) -> str:
    """How the person sees who answers: the NGO's name, or the hotline team for the coordinator chat
    (inside a sentence, or on its own as the signature of a reply)."""
    ngo = context.bot_data.directory.get(case.ngo_id) if case.ngo_id else None
    if ngo is not None:
        return ngo.text("name", language)
    tr = context.bot_data.catalogs(language)
    return tr.pgettext("sender", "Hotline team") if signature else tr.gettext("the hotline team")


def format_time(timestamp: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(timestamp))


def render_card(tr: Translator, case: Case) -> str:
    if case.urgent:
        heading = tr.gettext("🆘 <b>Case #{number}</b> · URGENT").format(number=case.id)
    else:
        heading = tr.gettext("📋 <b>Case #{number}</b>").format(number=case.id)
    if case.status == "open":
        status = tr.gettext("Status: waiting for someone to claim it")
    elif case.status == "claimed":
        status = tr.gettext("Status: claimed by {name}").format(name=escape(case.claimed_by_name or "?"))
    else:
        status = tr.gettext("Status: closed — {outcome}").format(
            outcome=outcome_label(tr, case.outcome or "")
        )
    lines = [
        heading,
        status,
        tr.gettext("Language: {language}").format(language=language_label(case.language)),
        tr.gettext("Velayat: {velayat}").format(
            velayat=velayat_label(tr, case.velayat) if case.velayat else "—"
        ),
        tr.gettext("Help needed: {need}").format(need=service_label(tr, case.need) if case.need else "—"),
    ]
    if case.checklist_summary:
        lines.append(
            tr.gettext("Checklist: {summary}").format(summary=checklist_words(tr, case.checklist_summary))
        )
    if case.contact_phone:
        lines.append(
            tr.gettext("Phone: {phone}, safe time to call: {time}").format(
                phone=escape(case.contact_phone), time=escape(case.contact_time or "—")
            )
        )
    else:
        lines.append(tr.gettext("Contact: only through this chat"))
    name = escape(case.display_name) if case.display_name else tr.gettext("not shared")
    lines.append(tr.gettext("Telegram name: {name}").format(name=name))
    if case.first_message:
        lines.append(tr.gettext("Message: «{message}»").format(message=escape(case.first_message)))
    if case.person_blocked:
        lines.append(tr.gettext("⚠️ The person has blocked the bot: messages no longer reach them."))
    lines.append(tr.gettext("Received: {time}").format(time=format_time(case.created_at)))
    if case.is_open:
        lines.append(tr.gettext("Reply to this card to write to the person."))
    return "\n".join(lines)


def card_keyboard(tr: Translator, case: Case) -> InlineKeyboardMarkup | None:
    if not case.is_open:
        return None
    row = [InlineKeyboardButton(tr.pgettext("button", "✔️ Close"), callback_data=f"{CLOSE}{case.id}")]
    if case.status == "open":
        row.insert(
            0, InlineKeyboardButton(tr.pgettext("button", "✋ Claim"), callback_data=f"{CLAIM}{case.id}")
        )
    return InlineKeyboardMarkup([row])


async def post_card(context: BotContext, case: Case) -> bool:
    """Send the card to the case's staff chat, or to the coordinator chat when that fails. A case whose card could
    not be sent anywhere stays without one and is retried by the periodic job: never lost."""
    coordinator = context.bot_data.config.staff.coordinator_chat_id
    targets = [chat for chat in (case.staff_chat_id, coordinator) if chat]
    for chat_id in dict.fromkeys(targets):
        tr = staff_translator(context, chat_id)
        try:
            message = await context.bot.send_message(
                chat_id, render_card(tr, case), reply_markup=card_keyboard(tr, case)
            )
        except (Forbidden, BadRequest) as error:
            log.warning(
                "case %s: the card could not be sent to chat %s (%s); falling back", case.id, chat_id, error
            )
            continue
        except TelegramError as error:
            log.warning("case %s: sending the card failed (%s); it will be retried", case.id, error)
            return False
        await context.bot_data.storage.set_card(case.id, chat_id, message.message_id)
        return True
    log.error("case %s: no staff chat accepted the card; it will be retried", case.id)
    return False


async def refresh_card(context: BotContext, case: Case) -> None:
    """Edit the card, and its copies in the coordinator chat, so every staff chat always shows the truth."""
    for chat_id, message_id in await context.bot_data.storage.card_messages(case.id):
        tr = staff_translator(context, chat_id)
        try:
            await context.bot.edit_message_text(
                render_card(tr, case),
                chat_id=chat_id,
                message_id=message_id,
                reply_markup=card_keyboard(tr, case),
            )
        except BadRequest as error:
            if "not modified" not in str(error).lower():
                log.warning("case %s: a card could not be edited (%s)", case.id, error)
        except TelegramError as error:
            log.warning("case %s: a card could not be edited (%s)", case.id, error)


async def post_to_staff(context: BotContext, case: Case, text: str) -> int | None:
    """A message in the case's staff chat, as a reply to its card so the thread stays together; its message id."""
    if case.staff_chat_id is None:
        return None
    try:
        return await telegram_json.send_message(
            context.bot, case.staff_chat_id, text, reply_to=case.card_message_id or None
        )
    except TelegramError as error:
        log.warning("case %s: could not post to the staff chat (%s)", case.id, error)
        return None


async def send_to_person(
    context: BotContext, case: Case, text: str, markup: InlineKeyboardMarkup | None = None
) -> bool:
    """Write to the person of a case; a person who blocked the bot is noted on the case, never retried in a loop."""
    if case.user_id is None:
        return False
    try:
        await send_private(context, case.user_id, text, markup)
        return True
    except Forbidden:
        log.info("case %s: the person has blocked the bot", case.id)
        await context.bot_data.storage.mark_person_blocked(case.user_id)
        updated = await context.bot_data.storage.case(case.id)
        if updated is not None:
            await refresh_card(context, updated)
        return False
    except TelegramError as error:
        log.warning("case %s: could not write to the person (%s)", case.id, error)
        return False


async def alert_urgent(context: BotContext, case: Case, reason: str, *, newly_urgent: bool) -> int:
    """The person asked for help now (`reason`: "sos" or "message"): edit the card to show it is urgent, and alert
    the case's staff chat and the coordinator chat at once. Returns how many chats took the alert."""
    if newly_urgent:
        await refresh_card(context, case)
    alerted = 0
    tr = staff_translator(context, case.staff_chat_id)
    posted = await post_to_staff(context, case, urgent_alert(tr, case, reason))
    if posted is not None:
        alerted += 1
        # Kept so that a reply to the alert reaches the person, like a reply to the card.
        await context.bot_data.storage.add_case_message(case.id, "alert", "", case.staff_chat_id, posted)
    coordinator = context.bot_data.config.staff.coordinator_chat_id
    if coordinator and coordinator != case.staff_chat_id:
        tr = staff_translator(context, coordinator)
        text = f"{urgent_alert(tr, case, reason)}\n\n{render_card(tr, case)}"
        try:
            message = await context.bot.send_message(coordinator, text, reply_markup=card_keyboard(tr, case))
        except TelegramError as error:
            log.warning("case %s: the urgent alert could not reach the coordinator chat (%s)", case.id, error)
        else:
            alerted += 1
            # A reply to the alert reaches the person, like a reply to the card, and later edits keep it true.
            await context.bot_data.storage.add_case_message(
                case.id, "card", "", coordinator, message.message_id
            )
    log.info("case %s: urgent alert (%s) reached %d staff chat(s)", case.id, reason, alerted)
    return alerted


def urgent_alert(tr: Translator, case: Case, reason: str) -> str:
    if reason == "sos":
        return tr.gettext(
            "🆘 <b>Case #{number}: the person pressed SOS.</b> They may be in danger now. "
            "Please write to them at once: reply to this message."
        ).format(number=case.id)
    return tr.gettext(
        "🆘 <b>Case #{number}: the person's message signals danger.</b> Please write to them at once: "
        "reply to this message."
    ).format(number=case.id)
