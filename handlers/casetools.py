"""Case tools for staff: unclaim, refer a case to another organisation, internal notes; and the person's answers
to a referral question and to the question after a close. Staff rights are checked by handlers/staff.py."""

from __future__ import annotations

import json
import logging
from collections import defaultdict

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot import callbacks
from bot.casework import HOTLINE_TEAM, agreed_velayat, needs_consent_again, referral_targets
from bot.directory import Ngo
from bot.i18n import Translator
from bot.indicators import Period, percentile
from bot.runtime.context import BotContext
from bot.staff import StaffScope
from bot.storage import Case
from bot.storage.casework import FEEDBACK_SCORES, Referral
from handlers.cards import (
    REFER,
    REFER_TO,
    UNCLAIM,
    card_view,
    handled_in,
    organisation_name,
    post_card,
    refresh_card,
    send_to_person,
    staff_translator,
)
from handlers.casenotices import FEEDBACK, REFERRAL_NO, REFERRAL_YES
from handlers.common import answer_query, escape, hotline_block, menu_only, refuse_button, reply
from handlers.delivery import deliver_outbox, post_to_staff
from handlers.ended import ended_case_text
from handlers.forum import case_of_staff_message
from handlers.labels import duration_words, velayat_label
from handlers.staff import answer_staff, authorised, button_case, case_in_scope, command_case, show_choices

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
    done, _ = await context.bot_data.storage.unclaim_case(case.id, user.id)
    if not done:
        return tr.gettext("Case #{number} is not claimed.").format(number=case.id)
    await deliver_outbox(context, case.id)  # the card edit the unclaim queued
    return tr.gettext("Case #{number} is open again: anyone can claim it.").format(number=case.id)


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


# Referral --------------------------------------------------------------------------------------------------------


def _targets(context: BotContext, case: Case) -> list[Ngo]:
    directory = context.bot_data.directory
    current = directory.get(case.ngo_id) if case.ngo_id else None
    return [nearby.ngo for nearby in referral_targets(directory, current, case.need)]


async def ask_target(update: Update, context: BotContext) -> None:
    """The Refer button: the card's buttons become the organisations that offer the needed help, nearest first."""
    found = await button_case(update, context, REFER)
    if found is None:
        return
    scope, case = found
    tr = context.bot_data.catalogs(scope.language)
    targets = [ngo for ngo in _targets(context, case) if len(f"{REFER_TO}{case.id}:{ngo.id}".encode()) <= 64]
    back = _can_hand_back(context, case)
    if not case.is_open or not (targets or back):
        await answer_query(
            update,
            tr.gettext("No other organisation of the network offers this help.")
            if case.is_open
            else ended_case_text(tr, case),
        )
        return
    await answer_query(update)
    rows = [
        [
            InlineKeyboardButton(
                f"{ngo.text('name', tr.language)} · {velayat_label(tr, ngo.velayat or '')}",
                callback_data=f"{REFER_TO}{case.id}:{ngo.id}",
            )
        ]
        for ngo in targets
    ]
    if back:
        # TRANSLATORS: a staff button: an organisation gives the case back to the network's coordinators; at most 36 characters.
        label = tr.pgettext("button", "↩️ Back to the hotline team")
        rows.append([InlineKeyboardButton(label, callback_data=f"{REFER_TO}{case.id}:{HOTLINE_TEAM}")])
    await show_choices(update, tr, case, rows)


def _can_hand_back(context: BotContext, case: Case) -> bool:
    """An organisation may give its case back to the coordinators (the hotline team), when there is their chat."""
    return case.ngo_id is not None and bool(context.bot_data.config.staff.coordinator_chat_id)


async def _hand_back(update: Update, context: BotContext, scope: StaffScope, case_id: int) -> None:
    """↩️ Back to the hotline team: the case moves to the coordinator chat, open, as a referral does."""
    tr = context.bot_data.catalogs(scope.language)
    case = await case_in_scope(update, context, scope, case_id)
    if case is None or update.effective_user is None:
        return
    if not case.is_open or not _can_hand_back(context, case):
        await refuse_button(update, context, tr)
        await _restore_buttons(update, context, scope, case)
        return
    await answer_query(
        update,
        tr.gettext("Case #{number} referred to {organisation}.").format(
            number=case.id, organisation=tr.gettext("the hotline team")
        ),
    )
    await _move(context, case, None, update.effective_user.id, None)


async def refer(update: Update, context: BotContext) -> None:
    """A chosen organisation: the case moves at once, or after the person agrees when it is in another velayat."""
    scope = await authorised(update, context)
    query = update.callback_query
    user = update.effective_user
    if scope is None or query is None or user is None:
        return
    parsed = callbacks.numbered_word(query.data, REFER_TO)
    if parsed is not None and parsed[1] == HOTLINE_TEAM:
        await _hand_back(update, context, scope, parsed[0])
        return
    directory = context.bot_data.directory
    target = directory.get(parsed[1]) if parsed else None
    tr = context.bot_data.catalogs(scope.language)
    if parsed is None or target is None:
        await refuse_button(update, context, tr)
        return
    case = await case_in_scope(update, context, scope, parsed[0])
    if case is None:
        return
    if target.id not in {ngo.id for ngo in _targets(context, case)} or not case.is_open:
        await refuse_button(update, context, tr)
        await _restore_buttons(update, context, scope, case)
        return
    current = directory.get(case.ngo_id) if case.ngo_id else None
    name = escape(target.text("name", tr.language))
    # Notices in the case's chat are in its language, whichever chat pressed the button (a coordinator may).
    chat_tr = staff_translator(context, case.staff_chat_id)
    chat_name = escape(target.text("name", chat_tr.language))
    if case.user_id is not None and needs_consent_again(current, case.velayat, target):
        storage = context.bot_data.storage
        waiting = await storage.waiting_referral(case.id) if case.person_blocked else None
        if waiting is not None:  # asked of someone who then blocked the bot: it would wait for ever
            await storage.unreached_referral(waiting.id)
        referral = await storage.ask_referral(case.id, case.ngo_id, target.id, user.id)
        if referral is None:
            await answer_query(update, tr.gettext("The person has not yet answered an earlier referral."))
            return
        await answer_query(update)
        await _restore_buttons(update, context, scope, case)
        if not await _ask_person(context, case, referral, target):
            # Never a question that waits silently for someone it did not reach: staff are told, and may refer again.
            await context.bot_data.storage.unreached_referral(referral.id)
            await refresh_card(context, case)
            await post_to_staff(
                context,
                case,
                chat_tr.gettext(
                    "Case #{number}: the person could not be asked about {organisation} (they can no longer be "
                    "reached through the bot), so the case was not referred."
                ).format(number=case.id, organisation=chat_name),
            )
            return
        await refresh_card(context, case)  # every card shows that a referral waits for the person
        await post_to_staff(
            context,
            case,
            (
                chat_tr.gettext(
                    "Case #{number}: {organisation} is in another velayat, so the person is asked first. The case "
                    "stays here until they agree."
                )
                if agreed_velayat(current, case.velayat)
                else chat_tr.gettext(
                    "Case #{number}: the person has not said where they are, so they are asked about {organisation} "
                    "first. The case stays here until they agree."
                )
            ).format(number=case.id, organisation=chat_name),
        )
        return
    await answer_query(
        update,
        tr.gettext("Case #{number} referred to {organisation}.").format(number=case.id, organisation=name),
    )
    await _move(context, case, target, user.id, None)


async def _restore_buttons(update: Update, context: BotContext, scope: StaffScope, case: Case) -> None:
    """The pressed card shows its own buttons again instead of the list of organisations."""
    message = update.callback_query.message if update.callback_query else None
    if isinstance(message, Message):
        await message.edit_reply_markup(card_view(context, scope.chat_id, case)[1])


async def _ask_person(context: BotContext, case: Case, referral: Referral, target: Ngo) -> bool:
    """Ask the person whether the case may go to `target`; whether the question reached them."""
    tr = context.bot_data.catalogs(case.language)
    text = tr.gettext(
        "{current} suggests that {organisation} ({velayat}) takes over your request #{number}: they can help "
        "better. They would see your request and what you have written here. Do you agree?"
    ).format(
        current=escape(organisation_name(context, case, case.language)),
        organisation=escape(target.text("name", case.language)),
        velayat=velayat_label(tr, target.velayat or ""),
        number=case.id,
    )
    # TRANSLATORS: a button: the person agrees that their request goes to another organisation; at most 36 characters.
    yes = tr.pgettext("button", "✅ Yes, send it to them")
    # TRANSLATORS: a button: the person wants their request to stay where it is; at most 36 characters.
    no = tr.pgettext("button", "No, keep it where it is")
    buttons = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(yes, callback_data=f"{REFERRAL_YES}{referral.id}")],
            [InlineKeyboardButton(no, callback_data=f"{REFERRAL_NO}{referral.id}")],
        ]
    )
    return await send_to_person(context, case, text, buttons)


async def _move(
    context: BotContext, case: Case, target: Ngo | None, staff_user_id: int, referral_id: int | None
) -> bool:
    """Move the case (to `target`, or None: back to the coordinators), post its card in the new chat, edit the old
    cards, tell the new chat and the person."""
    storage = context.bot_data.storage
    chat_id = target.staff_chat_id if target else context.bot_data.config.staff.coordinator_chat_id
    moved = await storage.move_case(
        case.id, target.id if target else None, chat_id, staff_user_id, referral_id
    )
    if moved is None:
        return False
    log.info("case %s referred to %s", case.id, target.id if target else HOTLINE_TEAM)
    await deliver_outbox(context, case.id)  # the old cards say where it went (the move queued their edit)
    for chat_id, message_id in await storage.card_messages(case.id):
        if not handled_in(context, chat_id, moved):
            await storage.retire_card(case.id, chat_id, message_id)
    if await post_card(context, moved):
        moved = await storage.case(case.id) or moved
        tr = staff_translator(context, moved.staff_chat_id)
        await post_to_staff(
            context,
            moved,
            tr.gettext(
                "Case #{number} was referred to you by {organisation}. Its history: /case {number}"
            ).format(number=case.id, organisation=escape(organisation_name(context, case, tr.language))),
        )
    tr = context.bot_data.catalogs(case.language)
    await send_to_person(
        context,
        moved,
        tr.gettext(
            "↪️ Your request #{number} is now with {organisation}. A person there will write to you here."
        ).format(number=case.id, organisation=escape(organisation_name(context, moved, case.language))),
    )
    return True


async def answer_referral(update: Update, context: BotContext) -> None:
    """The person's answer to a referral to another velayat: yes moves the case, no leaves it where it is."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None:
        return
    agreed = bool(query.data and query.data.startswith(REFERRAL_YES))
    referral_id = callbacks.numbered(query.data, REFERRAL_YES if agreed else REFERRAL_NO)
    storage = context.bot_data.storage
    referral = await storage.referral(referral_id) if referral_id is not None else None
    case = await storage.case(referral.case_id) if referral else None
    if referral is None or case is None or case.user_id != user.id:
        await refuse_button(update, context)
        return
    if referral.status != "asked" or not case.is_open:
        await answer_query(update, context.gettext("This question has already been answered."))
        return
    await answer_query(update)
    message = query.message
    if isinstance(message, Message):
        await message.edit_reply_markup(None)
    target = context.bot_data.directory.get(referral.to_ngo_id)
    if agreed and target is not None:
        await _move(context, case, target, referral.staff_user_id, referral.id)
        return
    if await storage.decline_referral(referral.id) is None:
        return
    await refresh_card(context, case)  # the card no longer shows the referral waiting
    await send_to_person(
        context,
        case,
        context.gettext("Your request #{number} stays with {organisation}.").format(
            number=case.id, organisation=escape(organisation_name(context, case, case.language))
        ),
    )
    tr = staff_translator(context, case.staff_chat_id)
    await post_to_staff(
        context,
        case,
        tr.gettext(
            "Case #{number}: the person did not agree to the referral; the case stays with you."
        ).format(number=case.id),
    )


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
    """The /stats lines of the case tools: referrals, and per organisation the median time to the first staff
    reply and the answers to the after-close question."""
    rows = await context.bot_data.storage.casework_rows(
        period.day_bounds, period.time_bounds, None if ngo_ids is None else json.dumps(list(ngo_ids))
    )
    lines = [tr.gettext("↪️ Referred to another organisation: {count}").format(count=rows.referred)]
    waits: dict[str | None, list[float]] = defaultdict(list)
    for ngo_id, seconds in rows.first_replies:
        waits[ngo_id].append(seconds / 60)
    answers: dict[str | None, dict[str, int]] = defaultdict(dict)
    for ngo_id, score, count in rows.feedback:
        answers[ngo_id][score] = count
    for ngo_id in sorted(set(waits) | set(answers), key=lambda key: key or ""):
        scores = answers.get(ngo_id, {})
        lines.append(
            tr.gettext(
                "{organisation}: first staff reply in {median} (median of {count}); it helped a lot {much}, a "
                "little {little}, not at all {none}"
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


def _ngo_name(context: BotContext, tr: Translator, ngo_id: str | None) -> str:
    ngo = context.bot_data.directory.get(ngo_id) if ngo_id else None
    if ngo_id is None:
        return tr.gettext("coordinator chat")
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
