"""The case card in a staff chat: rendered in the chat's language, posted with a fallback, edited as the case moves.

Also posting about a case where its card is, and who the person is told writes (the organisation, or the hotline
team for what the coordinators write); writing to the person is handlers/toperson.py, and to a staff chat wherever
Telegram moved it handlers/staffchats.py."""

from __future__ import annotations

import logging
from collections.abc import Callable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, ChatMigrated, Forbidden, TelegramError

from bot.casework import HOTLINE_TEAM, writes_as_hotline_team
from bot.checklist_whom import for_other
from bot.handoff import EARLIER, UNDER
from bot.i18n import N_, Translator
from bot.runtime.context import BotContext
from bot.sos_words import RECENT, RECENT_DANGER
from bot.staff import case_chats, configured_chat_id
from bot.storage import Case
from handlers.alerts import under_alert
from handlers.common import escape
from handlers.elsewhere import country_shown
from handlers.ended import may_reopen, reopen_label
from handlers.forum import (
    case_thread,
    lose_topic,
    open_topic,
    sync_topics,
    thread_not_found,
    topic_lost_note,
)
from handlers.labels import (
    card_status,
    checklist_words,
    earlier_case_lines,
    format_time,
    language_label,
    place_label,
    places_said,
    service_label,
)
from handlers.specialist_labels import specialist_lines
from handlers.staffchats import chat_migrated, current_chat_id, send_to_staff_chat

log = logging.getLogger(__name__)

STAFF = "st:"
CLAIM = STAFF + "claim:"  # st:claim:<case>
CLOSE = STAFF + "close:"  # st:close:<case> → outcome buttons
OUTCOME = STAFF + "out:"  # st:out:<case>:<outcome>
BACK = STAFF + "back:"  # st:back:<case>
UNCLAIM = STAFF + "unclaim:"  # st:unclaim:<case>
REFER = STAFF + "refer:"  # st:refer:<case> → the organisations it can go to
REFER_TO = STAFF + "rto:"  # st:rto:<case>:<ngo id>
SPECIALIST = STAFF + "sr:"  # st:sr:<case> → the specialists' roles (handlers/specialists.py)
SCREENING = STAFF + "sc:go:"  # st:sc:go:<case>: the screening interview (handlers/screening.py)
REOPEN = STAFF + "reopen:"  # st:reopen:<case>: a closed case open again (handlers/reopen.py)


# Under the message of a 🆘 request made of what the person wrote before pressing it (bot/sos_words.py)
SAID_BEFORE = {
    # TRANSLATORS: on a staff card, under the person's messages (one a paragraph), for a request sent with 🆘.
    RECENT: N_("↑ The person's last messages before 🆘, oldest first."),
    # TRANSLATORS: on a staff card, under the person's messages (one a paragraph), for a request sent with 🆘.
    RECENT_DANGER: N_(
        "↑ Written before 🆘, oldest first: a message read as danger, then the person's last ones."
    ),
}


def staff_translator(context: BotContext, chat_id: int | None) -> Translator:
    """Staff chats read the bot in their own configured language."""
    data = context.bot_data
    if chat_id is not None:
        chat_id = configured_chat_id(chat_id, data.storage.migrated_chats)
    if chat_id is not None and chat_id != data.config.staff.coordinator_chat_id:
        ngos = data.directory.by_staff_chat(chat_id)
        if ngos:
            return data.catalogs(ngos[0].staff_language)
        if (specialist := data.roster.in_chat(chat_id)) is not None:  # its requests' cards (refresh_card)
            return data.catalogs(specialist.staff_language)
    return data.catalogs(data.config.staff.coordinator_language)


def organisation_name(context: BotContext, case: Case, language: str, *, signature: bool = False) -> str:
    """How the person sees who answers: the NGO's name, or the hotline team for the coordinator chat
    (inside a sentence, or on its own as the signature of a reply)."""
    ngo = context.bot_data.directory.get(case.ngo_id) if case.ngo_id else None
    if ngo is not None:
        return ngo.text("name", language)
    tr = context.bot_data.catalogs(language)
    return tr.pgettext("sender", "Hotline team") if signature else tr.gettext("the hotline team")


def ngo_name(context: BotContext, ngo_id: str, language: str) -> str:
    """An organisation's name by its id, or the hotline team's (HOTLINE_TEAM), inside a sentence."""
    ngo = context.bot_data.directory.get(ngo_id) if ngo_id != HOTLINE_TEAM else None
    return (
        ngo.text("name", language) if ngo else context.bot_data.catalogs(language).gettext("the hotline team")
    )


def sender_name(
    context: BotContext, case: Case, chat_id: int, language: str, *, signature: bool = False
) -> str:
    """Who the person is told writes what was written in the staff chat `chat_id`: the hotline team for the
    coordinator chat, on an organisation's case too (bot.casework.writes_as_hotline_team); else the case's
    organisation. Mid-sentence, or on its own as a signature, as organisation_name."""
    data = context.bot_data
    ngo = data.directory.get(case.ngo_id) if case.ngo_id else None
    written_in = configured_chat_id(chat_id, data.storage.migrated_chats)
    coordinator = data.config.staff.coordinator_chat_id or None
    if ngo is not None and writes_as_hotline_team(written_in, coordinator, ngo.staff_chat_id):
        tr = data.catalogs(language)
        return tr.pgettext("sender", "Hotline team") if signature else tr.gettext("the hotline team")
    return organisation_name(context, case, language, signature=signature)


def render_card(
    tr: Translator,
    case: Case,
    *,
    in_topic: bool = False,
    referral_to: str | None = None,
    country: str | None = None,
    holder: str | None = None,
    named: Callable[[str], str] | None = None,
) -> str:
    """The card (`named`: an organisation's name by its id, for a request to a specialist made before a referral):
    `in_topic` when it is the first message of the case's own forum topic (anything written there
    reaches the person), `referral_to` the organisation a referral waits for the person's consent to, `country` the
    name of the country a person abroad is in, `holder` the organisation that has the case when the card is the
    coordinators' copy of it."""
    if withdrawn(case):
        # The person used /forget: the card keeps the case number and that it was withdrawn, nothing else.
        return tr.gettext("📋 <b>Case #{number}</b>: withdrawn, the person's data deleted.").format(
            number=case.id
        )
    if case.urgent:
        heading = tr.gettext("🆘 <b>Case #{number}</b> · URGENT").format(number=case.id)
    else:
        heading = tr.gettext("📋 <b>Case #{number}</b>").format(number=case.id)
    status = card_status(tr, case, holder=holder is not None)
    lines = [heading]
    if (
        case.urgent and case.urgent_reopened_at is not None and case.is_open
    ):  # a danger since has its own alert
        lines.append(
            tr.gettext("🕰 Urgent since its first request, before it was closed; reopened on {time}.").format(
                time=format_time(case.urgent_reopened_at)
            )
        )
    if holder is not None:  # closed too: who closed it
        lines.append(tr.gettext("Organisation: {organisation}").format(organisation=escape(holder)))
    lines.append(status)
    lines += earlier_case_lines(tr, case)  # one chat opening case after case: staff see it is one person
    if referral_to is not None and case.is_open:
        lines.append(
            tr.gettext("↪️ Referral to {organisation}: waiting for the person to agree.").format(
                organisation=escape(referral_to)
            )
        )
    lines += [
        tr.gettext("Language: {language}").format(language=language_label(case.language)),
        tr.gettext("Velayat: {velayat}").format(
            velayat=place_label(tr, case.velayat, country, case.home_velayat)
        ),
        tr.gettext("Help needed: {need}").format(need=service_label(tr, case.need) if case.need else "—"),
    ]
    if case.checklist_summary:
        summary = checklist_words(tr, case.checklist_summary)
        # A mother's check of her daughter's offer: the answers are the daughter's, not the writer's.
        if for_other(case.checklist_for):
            # TRANSLATORS: on a staff card: the person did the job-offer checklist for a relative or friend.
            about_them = tr.gettext("Checklist (about someone close to them): {summary}")
            lines.append(about_them.format(summary=summary))
        else:
            lines.append(tr.gettext("Checklist: {summary}").format(summary=summary))
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
        # A long message: its first part here, the others relayed right after the card, marked the same way.
        long = case.message_parts > 1
        line = tr.gettext("Message (1/{parts}): «{message}»") if long else tr.gettext("Message: «{message}»")
        lines.append(line.format(parts=case.message_parts, message=escape(case.first_message)))
        if case.message_edited_at is not None and len(case.request_message_ids) > 1:
            # TRANSLATORS: on a staff card, under the person's message for the request, which was several messages.
            edited = tr.gettext(
                "✏️ The person edited part of this message on {time}: the edit is in the history."
            )
            lines.append(edited.format(time=format_time(case.message_edited_at)))
        elif case.message_edited_at is not None:
            # TRANSLATORS: on a staff card, under the person's message for the request: the text shown is the edited one.
            edited = tr.gettext("✏️ Edited by the person on {time}.")
            lines.append(edited.format(time=format_time(case.message_edited_at)))
        if case.message_said == EARLIER:  # a 🆘 request: which of the person's messages it is
            lines.append(
                # TRANSLATORS: on a staff card, under the person's message, for a request sent with the 🆘 button.
                tr.gettext("↑ Written earlier: the message that told of the trouble. 🆘 was pressed later.")
            )
        elif case.message_said == UNDER:
            # TRANSLATORS: on a staff card, under the person's message, for a request sent with the 🆘 button.
            lines.append(tr.gettext("↑ The message 🆘 was pressed under."))
        elif case.message_said in SAID_BEFORE:
            lines.append(tr.gettext(SAID_BEFORE[case.message_said]))
    lines += specialist_lines(tr, case.specialists, format_time, case.ngo_id or HOTLINE_TEAM, named)
    if case.person_blocked:
        lines.append(tr.gettext("⚠️ The person has blocked the bot: messages no longer reach them."))
    lines.append(tr.gettext("Received: {time}").format(time=format_time(case.created_at)))
    if case.is_open and in_topic:
        lines.append(
            tr.gettext("Anything written in this topic reaches the person, except commands and /note TEXT.")
        )
    elif case.is_open:
        lines.append(tr.gettext("Reply to this card to write to the person."))
    return "\n".join(lines)


def held_by_hotline_team(case: Case) -> bool:
    """An organisation's case a coordinator claimed: the hotline team holds it until the claim ends."""
    return case.status == "claimed" and case.claimed_by_coordinators and case.ngo_id is not None


def withdrawn(case: Case) -> bool:
    """The person used /forget: every copy of the card keeps the case number and that it was withdrawn."""
    return case.user_id is None and not case.is_open


def card_keyboard(tr: Translator, case: Case, *, may_unclaim: bool = True) -> InlineKeyboardMarkup | None:
    """The card's buttons; no ↩️ Unclaim where it would be refused (`may_unclaim`: an organisation's chat on the
    claim of the hotline team, which only the coordinators may end)."""
    if not case.is_open:
        if not may_reopen(case):
            return None  # forgotten, or the person's own choice: theirs to undo (handlers/reopen.py)
        return InlineKeyboardMarkup(
            [[InlineKeyboardButton(reopen_label(tr), callback_data=f"{REOPEN}{case.id}")]]
        )
    # TRANSLATORS: a staff button: this case is finished; shares a row: at most 20 characters.
    row = [InlineKeyboardButton(tr.pgettext("button", "✔️ Close"), callback_data=f"{CLOSE}{case.id}")]
    if case.status == "open":
        row.insert(
            0,
            # TRANSLATORS: a staff button: I take this case (the others see who took it); shares a row: at most 20 characters.
            InlineKeyboardButton(tr.pgettext("button", "✋ Claim"), callback_data=f"{CLAIM}{case.id}"),
        )
    elif may_unclaim:
        row.insert(
            0,
            # TRANSLATORS: a staff button: I give this case back, so that someone else can claim it; shares a row: at most 20 characters.
            InlineKeyboardButton(tr.pgettext("button", "↩️ Unclaim"), callback_data=f"{UNCLAIM}{case.id}"),
        )
    # TRANSLATORS: a staff button: send this case to another organisation of the network; at most 36 characters.
    refer = InlineKeyboardButton(
        tr.pgettext("button", "↪️ Refer to another NGO"), callback_data=f"{REFER}{case.id}"
    )
    if case.status != "claimed":
        return InlineKeyboardMarkup([row, [refer]])
    tools = [
        # TRANSLATORS: a staff button: the victim-identification interview of this case (staff only); shares a row: at most 20 characters.
        InlineKeyboardButton(tr.pgettext("button", "🔎 Screening"), callback_data=f"{SCREENING}{case.id}"),
        # TRANSLATORS: a staff button: ask one of the network's specialists (a lawyer, a psychologist…) for this case; shares a row: at most 20 characters.
        InlineKeyboardButton(tr.pgettext("button", "🧑‍⚕️ Specialist"), callback_data=f"{SPECIALIST}{case.id}"),
    ]
    return InlineKeyboardMarkup([row, tools, [refer]])


def handled_in(context: BotContext, chat_id: int, case: Case) -> bool:
    """Whether a staff chat still handles the case: the coordinator chat always; an NGO's chat while the case
    belongs to one of its organisations (a referred or handed-back case's old card says where it went)."""
    configured = configured_chat_id(chat_id, context.bot_data.storage.migrated_chats)
    if configured == context.bot_data.config.staff.coordinator_chat_id:
        return True
    # The coordinators' case: an organisation's chat had it only before handing it back.
    if case.ngo_id is None:
        return False
    return any(ngo.id == case.ngo_id for ngo in context.bot_data.directory.by_staff_chat(configured))


def card_view(
    context: BotContext, chat_id: int, case: Case, *, in_topic: bool = False, referral_to: str | None = None
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The card as `chat_id` shows it: the case now, with the buttons that still apply there (`in_topic`: the
    card opens the case's own topic; `referral_to`: the id of the organisation a referral waits for)."""
    tr = staff_translator(context, chat_id)
    if withdrawn(case):
        return render_card(tr, case), None
    if handled_in(context, chat_id, case):
        ngo = context.bot_data.directory.get(referral_to) if referral_to else None
        name = (ngo.text("name", tr.language) if ngo else referral_to) if referral_to else None
        country = country_shown(tr, context.bot_data.countries, case.country) or places_said(tr, case)
        holder = _holder(context, chat_id, case, tr.language)
        card = render_card(
            tr,
            case,
            in_topic=in_topic,
            referral_to=name,
            country=country,
            holder=holder,
            named=lambda ngo_id: escape(ngo_name(context, ngo_id, tr.language)),
        )
        coordinators = configured_chat_id(chat_id, context.bot_data.storage.migrated_chats) == (
            context.bot_data.config.staff.coordinator_chat_id
        )
        return card, card_keyboard(tr, case, may_unclaim=coordinators or not held_by_hotline_team(case))
    heading = tr.gettext("📋 <b>Case #{number}</b>").format(number=case.id)
    moved = tr.gettext("➡️ Referred to {organisation}: this chat no longer handles it.").format(
        organisation=escape(organisation_name(context, case, tr.language))
    )
    return f"{heading}\n{moved}", None


def _holder(context: BotContext, chat_id: int, case: Case, language: str) -> str | None:
    """The organisation that has the case, for the coordinators' copy of a card whose case is in an organisation's
    own chat (after a referral, an escalation, /case): so that it does not read as the coordinators' own."""
    data = context.bot_data
    coordinator = data.config.staff.coordinator_chat_id
    migrated = data.storage.migrated_chats
    ngo = data.directory.get(case.ngo_id) if case.ngo_id else None
    if ngo is None or case.staff_chat_id is None or configured_chat_id(chat_id, migrated) != coordinator:
        return None
    if configured_chat_id(case.staff_chat_id, migrated) == coordinator:
        return None  # the organisation's chat could not take it: the coordinators have it
    return ngo.text("name", language)


async def post_card(context: BotContext, case: Case) -> bool:
    """Send the card to the case's staff chat, or to the coordinator chat when that fails (or the organisation left
    the directory: bot.staff.case_chats). A case whose card could not be sent anywhere stays without one and is
    retried by the periodic job: never lost."""
    data = context.bot_data
    for chat_id in case_chats(data.config, data.directory, case.ngo_id, case.staff_chat_id):
        tr = staff_translator(context, chat_id)
        try:
            thread = await _open_topic(context, case, chat_id, tr)
            text, markup = card_view(
                context,
                chat_id,
                case,
                in_topic=thread is not None,
                referral_to=await waiting_referral(context, case),
            )
            posted_in, message_id = await send_about_case(context, case, chat_id, text, markup, is_card=True)
        except (Forbidden, BadRequest) as error:
            log.warning(
                "case %s: the card could not be sent to chat %s (%s); falling back", case.id, chat_id, error
            )
            continue
        except TelegramError as error:
            log.warning("case %s: sending the card failed (%s); it will be retried", case.id, error)
            return False
        await context.bot_data.storage.set_card(case.id, posted_in, message_id)
        return True
    log.error("case %s: no staff chat accepted the card; it will be retried", case.id)
    return False


async def _open_topic(context: BotContext, case: Case, chat_id: int, tr: Translator) -> int | None:
    """In a forum, the case's own topic before its card, so that the card is the topic's first message (a group
    that became a supergroup is followed first); the topic's id, or None for the general topic."""
    target = current_chat_id(context, chat_id)
    try:
        return await open_topic(context, case, target, tr)
    except ChatMigrated as moved:
        await chat_migrated(context, target, int(moved.new_chat_id))
        return await open_topic(context, case, int(moved.new_chat_id), tr)


async def waiting_referral(context: BotContext, case: Case) -> str | None:
    """The organisation an open case's referral waits for the person's consent to, by id."""
    if not case.is_open:
        return None
    referral = await context.bot_data.storage.waiting_referral(case.id)
    return referral.to_ngo_id if referral else None


async def refresh_card(context: BotContext, case: Case) -> bool:
    """Edit the card, and its copies in the coordinator chat, so every staff chat always shows the truth: the case
    as the database has it now. True unless an edit failed in a way worth retrying; the case's card refreshes in
    the outbox are then done."""
    storage = context.bot_data.storage
    # Read the outbox before the case: every change up to this entry is in what is read next.
    up_to = max((entry.id for entry in await storage.outbox(case.id) if entry.kind == "card"), default=0)
    case = await storage.case(case.id) or case
    referral_to = await waiting_referral(context, case)
    # The card itself opens the case's topic when it has one; its copies (escalations, /case) may be anywhere.
    topic = await case_thread(context, case.id, case.staff_chat_id) if case.staff_chat_id else None
    done = True
    cards = await storage.card_messages(case.id)
    if withdrawn(case):  # the chats it was referred away from forget the person too
        cards += await storage.retired_cards(case.id)
    alerts = await storage.alert_copies(case.id)
    for chat_id, message_id in cards:
        in_topic = topic is not None and (chat_id, message_id) == (case.staff_chat_id, case.card_message_id)
        text, markup = card_view(context, chat_id, case, in_topic=in_topic, referral_to=referral_to)
        if (chat_id, message_id) in alerts:
            text = under_alert(staff_translator(context, chat_id), case, alerts[chat_id, message_id], text)
        try:
            # The chat the card was posted in, never its successor: message ids belong to their chat.
            await context.bot.edit_message_text(
                text, chat_id=chat_id, message_id=message_id, reply_markup=markup
            )
        except ChatMigrated as moved:
            await chat_migrated(context, chat_id, int(moved.new_chat_id))
            if case.is_open and (chat_id, message_id) == (case.staff_chat_id, case.card_message_id):
                # The old group's buttons no longer reach the bot: the case gets a new card in the new chat.
                done = await post_card(context, case) and done
        except BadRequest as error:
            if "not modified" not in str(error).lower():
                log.warning("case %s: a card could not be edited (%s)", case.id, error)
        except Forbidden as error:
            log.warning("case %s: a card could not be edited (%s)", case.id, error)
        except TelegramError as error:
            log.warning("case %s: a card could not be edited (%s); retried later", case.id, error)
            done = False
    done = await sync_topics(context, case) and done
    if done and up_to:
        await storage.card_refreshes_done(case.id, up_to)
    return done


async def post_about_case(
    context: BotContext, case: Case, render: Callable[[int], str], markup: InlineKeyboardMarkup | None = None
) -> tuple[int, int] | None:
    """Post `render(chat id)` (with `markup`) in the case's staff chat, else in the coordinator chat, as cards are;
    (chat id, message id), or None when no chat accepted it now."""
    data = context.bot_data
    for chat_id in case_chats(data.config, data.directory, case.ngo_id, case.staff_chat_id):
        reply_to = case.card_message_id if chat_id == case.staff_chat_id else None
        try:
            return await send_about_case(context, case, chat_id, render(chat_id), markup, reply_to=reply_to)
        except (Forbidden, BadRequest) as error:
            log.warning("case %s: chat %s refused a message (%s); falling back", case.id, chat_id, error)
        except TelegramError as error:
            log.warning("case %s: posting to chat %s failed (%s); retried later", case.id, chat_id, error)
            return None
    return None


async def card_in(context: BotContext, chat_id: int, case: Case) -> tuple[int, int] | None:
    """The case's card, or a copy of it, already in the staff chat `chat_id` (as configured): (chat, message)."""
    migrated = context.bot_data.storage.migrated_chats
    cards = await context.bot_data.storage.card_messages(case.id)
    return next((card for card in cards if configured_chat_id(card[0], migrated) == chat_id), None)


async def send_about_case(
    context: BotContext,
    case: Case,
    chat_id: int,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
    *,
    reply_to: int | None = None,
    is_card: bool = False,
) -> tuple[int, int]:
    """Send about a case to a staff chat: into the case's topic there when it has one (else as a reply to
    `reply_to`). A topic Telegram no longer finds is remembered as lost, and the message goes to the general topic
    after a note that says so and, unless it is the card, a new card (the old one went with the topic)."""
    target = current_chat_id(context, chat_id)
    thread = await case_thread(context, case.id, target)
    if thread is None:
        return await send_to_staff_chat(context, chat_id, text, markup, reply_to=reply_to)
    try:
        return await send_to_staff_chat(context, chat_id, text, markup, thread_id=thread)
    except BadRequest as error:
        if not thread_not_found(error):
            raise
    if is_card:
        await lose_topic(context, case, target)
        await send_to_staff_chat(context, chat_id, topic_lost_note(staff_translator(context, chat_id), case))
    else:
        chat_id, reply_to = await topic_lost(context, case, chat_id)
    return await send_to_staff_chat(context, chat_id, text, markup, reply_to=reply_to)


async def topic_lost(context: BotContext, case: Case, chat_id: int) -> tuple[int, int]:
    """The case's topic in `chat_id` is gone: remembered, said so in the general topic, and a new card posted there
    (the old one went with the topic); (the chat, the new card) for the message that follows to reply to."""
    await lose_topic(context, case, current_chat_id(context, chat_id))
    await send_to_staff_chat(context, chat_id, topic_lost_note(staff_translator(context, chat_id), case))
    storage = context.bot_data.storage
    case = await storage.case(case.id) or case
    card = card_view(context, chat_id, case, referral_to=await waiting_referral(context, case))
    posted_in, card_id = await send_to_staff_chat(context, chat_id, *card)
    await storage.set_card(case.id, posted_in, card_id)
    return posted_in, card_id
