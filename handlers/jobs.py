"""Periodic work driven by what is in the database, so a restart neither loses nor repeats it: cards that could not
be posted, cases nobody claimed in time, and people who have waited too long."""

from __future__ import annotations

import logging

from telegram.error import TelegramError

from bot.runtime.context import BotContext
from bot.storage import Case
from handlers.alerts import late_alert, late_reason, under_alert
from handlers.cards import (
    card_in,
    card_view,
    organisation_name,
    post_card,
    send_about_case,
    staff_translator,
    waiting_referral,
)
from handlers.common import escape, hotline_text
from handlers.delivery import acknowledge_relayed, deliver_outbox, deliver_relayed
from handlers.staffchats import send_to_staff_chat
from handlers.toperson import send_to_person

log = logging.getLogger(__name__)
CHECK_INTERVAL_SECONDS = 60
REMIND_AT_LEAST_EVERY = 8 * 3600  # the longest gap between two reminders of a case nobody claims


async def check_cases(context: BotContext) -> None:
    data = context.bot_data
    storage = data.storage
    now = storage.now()
    for case in await storage.cases_without_card():
        if await post_card(context, case) and case.card_waiting_told:
            await storage.set_card_waiting_told(case.id, False)
            tr = data.catalogs(case.language)
            text = tr.gettext(
                "✅ Your request #{number} has now reached {organisation}. A person, not the bot, will answer you "
                "here."
            ).format(number=case.id, organisation=escape(organisation_name(context, case, case.language)))
            await send_to_person(context, case, text)
    # Then what people wrote on cases that no chat accepted yet, in order, and what followed a case's change.
    for case_id in await storage.cases_with_pending_relayed():
        delivery = await deliver_relayed(context, case_id)
        if delivery.delivered:
            await acknowledge_relayed(context, case_id, delivery)
    await deliver_outbox(context)
    coordinator = data.config.staff.coordinator_chat_id
    sla = data.config.staff.sla_minutes * 60
    # A case still unclaimed after its reminder is reminded of again, each time after as long again as it had
    # waited (1, 2, 4, 8… claim windows), so a case stuck overnight is not left with the one reminder of its first
    # hour, while the chat is not nagged every window; never more than REMIND_AT_LEAST_EVERY apart.
    for case in await storage.cases_to_escalate(sla, REMIND_AT_LEAST_EVERY):
        if coordinator and not await _escalate(context, coordinator, case, now):
            continue
        await storage.mark_escalated(case.id, case.escalated_at)
        log.info("case %s escalated to the coordinator chat", case.id)
    second = (data.config.staff.sla_minutes + data.config.staff.second_window_minutes) * 60
    for case in await storage.cases_to_notify_person(now - second):
        if not await storage.mark_person_notified(case.id):
            continue
        if await storage.staff_last_wrote(case.id) is not None:
            continue  # staff have written to them (then the claim ended): "a person will write to you" is untrue
        tr = data.catalogs(case.language)
        text = tr.gettext(
            "Your request #{number} is taking longer than it should. We are sorry. It has not been forgotten, "
            "and a person will write to you here. If you need help now, call the hotline:"
        ).format(number=case.id)
        await send_to_person(context, case, f"{text}\n\n{hotline_text(tr, data.config.hotline)}")


async def _escalate(context: BotContext, coordinator: int, case: Case, now: int) -> bool:
    """Post a case nobody claimed in time to the coordinators, under a heading that says so; False when it could not
    be posted now (retried at the next check). A case whose card they already have (their own, or one they were
    alerted to) is not posted again, so that one card holds its buttons: a short reminder replies to that card
    instead, as a card edit makes no sound, and a reply to the reminder reaches the person."""
    storage = context.bot_data.storage
    tr = staff_translator(context, coordinator)
    minutes = (now - (case.waiting_since if case.waiting_since is not None else case.created_at)) // 60
    card = await card_in(context, coordinator, case)
    try:
        if card is not None:
            posted = await send_about_case(
                context, case, card[0], late_alert(tr, case.id, minutes), reply_to=card[1]
            )
            await storage.add_case_message(case.id, "notice", "", *posted)
            return True
        reason = late_reason(minutes)
        text, markup = card_view(
            context, coordinator, case, referral_to=await waiting_referral(context, case)
        )
        posted = await send_to_staff_chat(context, coordinator, under_alert(tr, case, reason, text), markup)
    except TelegramError as error:
        log.warning("case %s: escalation could not be posted (%s); retried at the next check", case.id, error)
        return False
    # Replies to the escalation reach the person too, like replies to the card, and later edits of the card keep
    # its heading until the case is claimed.
    await storage.add_alert_copy(case.id, reason, *posted)
    return True


# Daily for retention; message ids for /hide are only useful for 48 hours, so hourly is plenty.
PURGE_INTERVAL_SECONDS = 3600


async def purge_expired(context: BotContext) -> None:
    """The daily retention job. The cards of the cases it wiped are edited to what is left, as on /forget (the
    outbox entries the purge wrote; the operator's `purge` leaves them to the running bot's next check)."""
    storage = context.bot_data.storage
    config = context.bot_data.config
    purged = await storage.purge(config.privacy.retention_days, config.staff.write_again_days)
    await storage.purge_message_ids(storage.now() - 48 * 3600)
    await deliver_outbox(context)
    log.info(
        "retention: %d closed cases and %d relayed texts wiped, %d unanswered questions and %d unsent requests "
        "deleted",
        *purged,
    )
