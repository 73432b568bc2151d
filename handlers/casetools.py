"""Case tools for staff: unclaim, refer a case to another organisation (handlers/referral.py), internal notes; and
the person's answer to the question after a close. Staff rights are checked by handlers/staff.py."""

from __future__ import annotations

import json
import logging
from collections import defaultdict

from telegram import Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot import callbacks
from bot.i18n import Translator
from bot.indicators import Period, percentile
from bot.runtime.context import BotContext
from bot.staff import StaffScope, chat_ids
from bot.storage import Case
from bot.storage.casework import FEEDBACK_SCORES
from handlers.cards import (
    REFER,
    REFER_TO,
    UNCLAIM,
    held_by_hotline_team,
    organisation_name,
    staff_translator,
)
from handlers.casenotices import FEEDBACK, REFERRAL_NO, REFERRAL_YES
from handlers.common import answer_query, escape, hotline_block, menu_only, reply
from handlers.delivery import deliver_outbox, post_to_staff
from handlers.ended import ended_case_text
from handlers.forum import case_of_staff_message
from handlers.labels import duration_words
from handlers.referral import answer_referral, ask_target, refer
from handlers.staff import answer_staff, authorised, button_case, case_in_scope, command_case
from handlers.toperson import send_to_person

log = logging.getLogger(__name__)


# Unclaim ---------------------------------------------------------------------------------------------------------


async def _unclaim(update: Update, context: BotContext, scope: StaffScope, case: Case) -> str:
    """Give a claimed case back: only its claimer or a coordinator; the answer to show."""
    tr = context.bot_data.catalogs(scope.language)
    user = update.effective_user
    if not case.is_open:
        return ended_case_text(tr, case)
    if case.status != "claimed":
        return tr.gettext("Case #{number} is not claimed.").format(number=case.id)
    if user is None or (case.claimed_by != user.id and scope.ngo_ids is not None):
        return tr.gettext("Only {name}, who claimed case #{number}, or a coordinator can unclaim it.").format(
            name=escape(case.claimed_by_name or "?"), number=case.id
        )
    by_hotline_team = scope.ngo_ids is None and case.ngo_id is not None
    done, updated = await context.bot_data.storage.unclaim_case(
        case.id, user.id, user.first_name, by_hotline_team=by_hotline_team
    )
    if not done or updated is None:
        return tr.gettext("Case #{number} is not claimed.").format(number=case.id)
    await deliver_outbox(context, case.id)  # the card edit the unclaim queued
    if by_hotline_team and case.claimed_by != user.id:
        # A coordinator took the case from a worker: the worker's chat hears it from the bot, not from the card alone
        ngo_tr = staff_translator(context, case.staff_chat_id)
        notice = ngo_tr.gettext(
            "↩️ {name} of the hotline team gave case #{number} back to the queue: {holder} no longer has it, and "
            "anyone here can claim it."
        ).format(name=escape(user.first_name), number=case.id, holder=escape(case.claimed_by_name or "?"))
        await post_to_staff(context, updated, notice)
    elif held_by_hotline_team(case):
        await _back_to_organisation(context, updated)
    return tr.gettext("Case #{number} is open again: anyone can claim it.").format(number=case.id)


async def _back_to_organisation(context: BotContext, case: Case) -> None:
    """The hotline team's claim on an organisation's case ended: the case is in the organisation's queue again,
    and its chat and the person (told the hotline team had it) learn that the organisation has it now."""
    ngo_tr = staff_translator(context, case.staff_chat_id)
    await post_to_staff(
        context,
        case,
        ngo_tr.gettext(
            "↩️ The hotline team gave case #{number} back to you: it is in your queue again, and anyone here can "
            "claim it."
        ).format(number=case.id),
    )
    tr = context.bot_data.catalogs(case.language)  # not while the chat is hidden (handlers/toperson.py)
    text = tr.gettext(
        "↩️ Your request #{number} is with {organisation} again. Write here and your message reaches them."
    )
    organisation = escape(organisation_name(context, case, case.language))
    await send_to_person(context, case, text.format(number=case.id, organisation=organisation))


async def unclaim_button(update: Update, context: BotContext) -> None:
    found = await button_case(update, context, UNCLAIM)
    if found is not None:
        await answer_query(update, await _unclaim(update, context, *found))


async def unclaim_command(update: Update, context: BotContext) -> None:
    scope = await authorised(update, context)
    if scope is None:
        return
    tr = context.bot_data.catalogs(scope.language)
    usage = tr.gettext("Use /unclaim NUMBER, e.g. /unclaim 12.")
    case_id = await command_case(update, context, scope, usage, context.args)
    case = await case_in_scope(update, context, scope, case_id) if case_id is not None else None
    if case is not None:
        await answer_staff(update, context, scope, await _unclaim(update, context, scope, case))


# Notes -----------------------------------------------------------------------------------------------------------


async def add_note(update: Update, context: BotContext) -> None:
    """/note TEXT in reply to a case message: stored on the case for staff, never sent to the person."""
    scope = await authorised(update, context)
    message = update.message
    if scope is None or message is None or update.effective_user is None:
        return
    tr = context.bot_data.catalogs(scope.language)
    storage = context.bot_data.storage
    case = await case_of_staff_message(context, message)
    text = (message.text or "").partition(" ")[2].strip()
    if case is None or not scope.covers(case.ngo_id) or not text:
        await message.reply_text(tr.gettext("Use /note TEXT in reply to a case card or a relayed message."))
        return
    await storage.add_note(case.id, update.effective_user.id, text)
    await message.reply_text(
        tr.gettext("📝 Note saved on case #{number}. Only staff see it, in /case {number}.").format(
            number=case.id
        )
    )


# The question after a close --------------------------------------------------------------------------------------


async def answer_feedback(update: Update, context: BotContext) -> None:
    query = update.callback_query
    parsed = callbacks.numbered_word(query.data if query else None, FEEDBACK)
    if query is None or parsed is None or parsed[1] not in (*FEEDBACK_SCORES, "skip"):
        await answer_query(update)
        return
    case_id, score = parsed
    case = await context.bot_data.storage.case(case_id)
    answered = (
        case is not None
        and update.effective_user is not None
        and case.user_id == update.effective_user.id
        and await context.bot_data.storage.answer_feedback(case_id, None if score == "skip" else score)
    )
    await answer_query(
        update,
        context.gettext("Thank you.")
        if answered
        else context.gettext("This question has already been answered."),
    )
    if answered and isinstance(query.message, Message):
        await query.message.edit_reply_markup(None)
    if answered and score != "none":
        await reply(update, context, context.gettext("Thank you."), menu_only(context))
    if answered and score == "none":
        # Not a dead end: a person it did not help may still need help
        text = context.gettext(
            "I am sorry it did not help. If you still need help, the hotline listens, and a new request reaches a "
            "person:"
        )
        await reply(update, context, f"{text}\n\n{hotline_block(context)}", menu_only(context))


# /stats ----------------------------------------------------------------------------------------------------------


async def casework_lines(
    context: BotContext, tr: Translator, period: Period, ngo_ids: tuple[str, ...] | None
) -> list[str]:
    """The /stats lines of the case tools: referrals (an NGO chat's: out of and into its organisations), and per
    organisation the median time to the first staff
    reply and the answers to the after-close question."""
    data = context.bot_data
    rows = await data.storage.casework_rows(
        period.day_bounds,
        period.time_bounds,
        None if ngo_ids is None else json.dumps(list(ngo_ids)),
        coordinator_chats(context),
    )
    if ngo_ids is None:
        lines = [
            tr.gettext("↪️ Referred to another organisation: {count}").format(count=rows.referred),
            tr.gettext("↩️ Handed back to the hotline team: {count}").format(count=rows.handed_back),
        ]
    else:
        # An organisation's own referrals, and those it received on a line of their own (not credited to it)
        lines = [
            tr.gettext("↪️ Referred by this chat's organisations to another organisation: {count}").format(
                count=rows.referred
            ),
            tr.gettext("↩️ Handed back by this chat's organisations to the hotline team: {count}").format(
                count=rows.handed_back
            ),
            tr.gettext("📥 Referred to this chat's organisations by others: {count}").format(
                count=rows.referred_in
            ),
        ]
    waits: dict[str | None, list[float]] = defaultdict(list)
    for ngo_id, seconds in rows.first_replies:
        waits[ngo_id].append(seconds / 60)
    answers: dict[str | None, dict[str, int]] = defaultdict(dict)
    for ngo_id, score, count in rows.feedback:
        answers[ngo_id][score] = count
    for ngo_id in sorted(set(waits) | set(answers), key=lambda key: key or ""):
        scores = answers.get(ngo_id, {})
        lines.append(
            # Credited to whoever wrote first, so a case since referred counts for the organisation that
            # answered it, and for the one that has it now in the lines above: the words say which is which.
            tr.gettext(
                "{organisation}: first staff reply in {median} (median of the cases it answered first, those "
                "since referred elsewhere too: {count}); it helped a lot {much}, a little {little}, not at all "
                "{none}"
            ).format(
                organisation=escape(_ngo_name(context, tr, ngo_id)),
                median=duration_words(tr, percentile(waits.get(ngo_id, []), 0.5)),
                count=len(waits.get(ngo_id, [])),
                much=scores.get("much", 0),
                little=scores.get("little", 0),
                none=scores.get("none", 0),
            )
        )
    return lines


def coordinator_chats(context: BotContext) -> tuple[int, ...]:
    """The coordinator chat's ids, whose first replies /stats credits to the coordinators."""
    coordinator = context.bot_data.config.staff.coordinator_chat_id
    return chat_ids(coordinator, context.bot_data.storage.migrated_chats) if coordinator else ()


def _ngo_name(context: BotContext, tr: Translator, ngo_id: str | None) -> str:
    ngo = context.bot_data.directory.get(ngo_id) if ngo_id else None
    if ngo_id is None:
        return tr.pgettext("sender", "Hotline team")
    return ngo.text("name", tr.language) if ngo else ngo_id


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    groups = filters.ChatType.GROUPS
    return [
        CallbackQueryHandler(unclaim_button, pattern=f"^{UNCLAIM}"),
        CallbackQueryHandler(ask_target, pattern=f"^{REFER}"),
        CallbackQueryHandler(refer, pattern=f"^{REFER_TO}"),
        CallbackQueryHandler(answer_referral, pattern=f"^({REFERRAL_YES}|{REFERRAL_NO})"),
        CallbackQueryHandler(answer_feedback, pattern=f"^{FEEDBACK}"),
        CommandHandler("unclaim", unclaim_command, filters=groups),
        CommandHandler("note", add_note, filters=groups),
    ]
