"""Referral of a case to another organisation, or back to the hotline team: the organisations it can go to, the
person's consent when it leaves the velayat they agreed to, and who is told what (the person, the new chat, and the
old one when the coordinators moved it). Staff rights are checked by handlers/staff.py."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError

from bot import callbacks
from bot.casework import (
    HOTLINE_TEAM,
    ToPerson,
    agreed_velayat,
    needs_consent_again,
    referral_targets,
    to_person,
)
from bot.directory import Ngo
from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.staff import StaffScope, configured_chat_id
from bot.storage import Case
from bot.storage.casework import OUT_OF_SIGHT, Referral
from handlers.cards import (
    REFER,
    REFER_TO,
    card_view,
    handled_in,
    held_by_hotline_team,
    organisation_name,
    post_card,
    refresh_card,
    send_about_case,
    staff_translator,
)
from handlers.casecopies import seeing
from handlers.casenotices import REFERRAL_NO, REFERRAL_YES
from handlers.common import answer_query, escape, refuse_button
from handlers.delivery import deliver_outbox, post_to_staff
from handlers.ended import ended_case_text
from handlers.labels import velayat_label
from handlers.staff import authorised, button_case, case_in_scope, show_choices
from handlers.staffchats import send_to_staff_chat
from handlers.toperson import send_to_person

log = logging.getLogger(__name__)


# Referral --------------------------------------------------------------------------------------------------------


def _targets(context: BotContext, case: Case) -> list[Ngo]:
    directory = context.bot_data.directory
    current = directory.get(case.ngo_id) if case.ngo_id else None
    # Listed from the velayat a person abroad is from (the organisations near their family first); whether they are
    # asked before a move reads where they are (the case's velayat, 'abroad': always asked)
    place = case.home_velayat or case.velayat
    return [nearby.ngo for nearby in referral_targets(directory, current, case.need, velayat=place)]


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
    await _move(context, case, None, update.effective_user.id, None, by_coordinators=scope.ngo_ids is None)


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
    # The coordinators moving an organisation's case: everyone is told it was the hotline team, not the organisation
    by_coordinators = scope.ngo_ids is None and case.ngo_id is not None
    if case.user_id is not None and needs_consent_again(current, case.velayat, target):
        storage = context.bot_data.storage
        if to_person(hidden=case.hidden_at is not None, by_worker=True) is ToPerson.REFUSE:
            await answer_query(update)
            await _restore_buttons(update, context, scope, case)
            await post_to_staff(context, case, not_asked_while_hidden(chat_tr, case, chat_name))
            return
        waiting = await storage.waiting_referral(case.id) if case.person_blocked else None
        if waiting is not None:  # asked of someone who then blocked the bot: it would wait for ever
            await storage.unreached_referral(waiting.id)
        referral = await storage.ask_referral(
            case.id, case.ngo_id, target.id, user.id, by_coordinators=by_coordinators
        )
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
                    "Case #{number}: the hotline team suggests referring it to {organisation}. The person is asked "
                    "first; the case stays here until they agree."
                )
                if by_coordinators
                else chat_tr.gettext(
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
    await _move(context, case, target, user.id, None, by_coordinators=by_coordinators)


async def _restore_buttons(update: Update, context: BotContext, scope: StaffScope, case: Case) -> None:
    """The pressed card shows its own buttons again instead of the list of organisations."""
    message = update.callback_query.message if update.callback_query else None
    if isinstance(message, Message):
        await message.edit_reply_markup(card_view(context, scope.chat_id, case)[1])


async def _ask_person(context: BotContext, case: Case, referral: Referral, target: Ngo) -> bool:
    """Ask the person whether the case may go to `target`; whether the question reached them."""
    tr = context.bot_data.catalogs(case.language)
    # {current} mid-sentence ("the hotline team" is not a name): the sentence starts with the request itself
    text = tr.gettext(
        "↪️ Your request #{number}: {current} suggests passing it to {organisation} ({velayat}), who can help "
        "better. They would see your request and what you have written here. Do you agree?"
    ).format(
        current=escape(_proposer(context, case, referral.by_coordinators, case.language)),
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


def _proposer(context: BotContext, case: Case, by_coordinators: bool, language: str) -> str:
    """Who moves a case, mid-sentence: the hotline team when the coordinators did, else the case's holder."""
    if by_coordinators:
        return context.bot_data.catalogs(language).gettext("the hotline team")
    return organisation_name(context, case, language)


def not_asked_while_hidden(tr: Translator, case: Case, organisation: str) -> str:
    return tr.gettext(
        "🙈 Case #{number}: the person hid the chat, so they were not asked about {organisation}. Refer the case "
        "again when they write to you."
    ).format(number=case.id, organisation=organisation)


async def _move(
    context: BotContext,
    case: Case,
    target: Ngo | None,
    staff_user_id: int,
    referral_id: int | None,
    *,
    by_coordinators: bool = False,
) -> bool:
    """Move the case (to `target`, or None: back to the coordinators), post its card in the new chat, edit the old
    cards, tell the new chat and the person; and, when the coordinators moved it (`by_coordinators`), the chat that
    had it."""
    storage = context.bot_data.storage
    chat_id = target.staff_chat_id if target else context.bot_data.config.staff.coordinator_chat_id
    moved = await storage.move_case(
        case.id, target.id if target else None, chat_id, staff_user_id, referral_id
    )
    if moved is None:
        return False
    log.info("case %s referred to %s", case.id, target.id if target else HOTLINE_TEAM)
    coordinators_saw = context.bot_data.config.staff.coordinator_chat_id in seeing(context, case)
    await deliver_outbox(context, case.id)  # the old cards say where it went (the move queued their edit)
    left_before = await storage.moved_cards(case.id)
    for old_chat, message_id in await storage.card_messages(case.id):
        if not handled_in(context, old_chat, moved):
            await storage.retire_card(case.id, old_chat, message_id)
    # By the coordinators to themselves: they know, and are not told it was "referred to you"
    taken_back = by_coordinators and target is None
    if await _card_in_new_chat(context, moved, chat_id) and not taken_back:
        moved = await storage.case(case.id) or moved
        tr = staff_translator(context, moved.staff_chat_id)
        await post_to_staff(
            context,
            moved,
            tr.gettext(
                "Case #{number} was referred to you by {organisation}. Its history: /case {number}"
            ).format(
                number=case.id, organisation=escape(_proposer(context, case, by_coordinators, tr.language))
            ),
        )
    await _retell_old_cards(context, moved, left_before)
    if by_coordinators:
        await _tell_old_chat(context, case, moved)
    if coordinators_saw:
        await _tell_coordinators_out_of_sight(context, moved)
    hotline_held = held_by_hotline_team(case) and target is None
    if hotline_held:
        # Every move ends the claim; the coordinators learn whose, and the person, told the hotline team had their
        # request and answered by it already, is not told "a person will write to you"
        coordinators = staff_translator(context, moved.staff_chat_id)
        ended = coordinators.gettext(
            "✋ Case #{number}: {name}'s claim ended with the move to this chat. Anyone here can claim it."
        )
        await post_to_staff(
            context, moved, ended.format(number=case.id, name=escape(case.claimed_by_name or "?"))
        )
    tr = context.bot_data.catalogs(case.language)
    if hotline_held:
        told = tr.gettext(
            "↪️ Your request #{number} is now with the hotline team only. Write here and your message reaches them."
        )
    elif moved.ngo_id is None:  # the hotline team is no organisation
        told = tr.gettext(
            "↪️ Your request #{number} is now with the hotline team. A person from the hotline team will write to "
            "you here."
        )
    else:
        told = tr.gettext(
            "↪️ Your request #{number} is now with {organisation}. A person there will write to you here."
        )
    await send_to_person(
        context,
        moved,
        told.format(number=case.id, organisation=escape(organisation_name(context, moved, case.language))),
    )
    return True


async def _retell_old_cards(context: BotContext, moved: Case, cards: list[tuple[int, int]]) -> None:
    """The cards left by earlier moves (`cards`) say where the case is now: in a chat it came back to, that the newer card is
    the live one (a reply to the old card still reaches the person there, as the text says); elsewhere, where it
    went. One card is live per chat, and no old one says something untrue."""
    for chat_id, message_id in cards:
        if handled_in(context, chat_id, moved):
            tr = staff_translator(context, chat_id)
            heading = tr.gettext("📋 <b>Case #{number}</b>").format(number=moved.id)
            back = tr.gettext(
                "↩️ Referred back to this chat: the newer card below is the one to use. A reply to this message "
                "still reaches the person."
            )
            text = f"{heading}\n{back}"
        else:
            text = card_view(context, chat_id, moved)[0]
        try:
            await context.bot.edit_message_text(
                text, chat_id=chat_id, message_id=message_id, reply_markup=None
            )
        except TelegramError as error:
            if "not modified" not in str(error).lower():
                log.warning("case %s: an old card could not be edited (%s)", moved.id, error)


async def _card_in_new_chat(context: BotContext, moved: Case, chat_id: int | None) -> bool:
    """The moved case's card in its new chat: a copy already there (the coordinators' copy, edited by the move)
    becomes the card, so that the chat has one card to claim; else a new one is posted. Whether it has one."""
    storage = context.bot_data.storage
    there = [
        (posted_in, message_id)
        for posted_in, message_id in await storage.card_messages(moved.id)
        if chat_id and configured_chat_id(posted_in, storage.migrated_chats) == chat_id
    ]
    if not there:
        return await post_card(context, moved)
    await storage.set_card(moved.id, *there[-1])
    return True


async def _tell_coordinators_out_of_sight(context: BotContext, moved: Case) -> None:
    """The coordinators saw the person's messages on the case (they wrote on it, or held it) and no longer do now
    that it moved: said in one line, as they may be waiting for an answer. Kept with the case, so a reply to it
    reaches the person (without taking the case from its new organisation: handlers/staff.py)."""
    coordinator = context.bot_data.config.staff.coordinator_chat_id
    if not coordinator or coordinator in seeing(context, moved):
        return
    tr = staff_translator(context, coordinator)
    text = tr.gettext(
        "↪️ Case #{number} went to {organisation}: the person's messages on it no longer reach this chat. Write "
        "on it to see them again."
    ).format(number=moved.id, organisation=escape(organisation_name(context, moved, tr.language)))
    try:
        posted = await send_about_case(context, moved, coordinator, text)
    except TelegramError as error:
        log.warning("case %s: the coordinators could not be told it moved (%s)", moved.id, error)
        return
    await context.bot_data.storage.add_case_message(moved.id, "notice", OUT_OF_SIGHT, *posted)


async def _tell_old_chat(context: BotContext, case: Case, moved: Case) -> None:
    """The organisation's chat whose case the coordinators moved learns who moved it, under its old card."""
    old_chat = case.staff_chat_id
    if old_chat is None or old_chat == moved.staff_chat_id:
        return
    tr = staff_translator(context, old_chat)
    if moved.ngo_id is None:
        text = tr.gettext("↪️ The hotline team took case #{number} back: this chat no longer handles it.")
    else:
        text = tr.gettext(
            "↪️ The hotline team referred case #{number} to {organisation}: this chat no longer handles it."
        )
    text = text.format(number=case.id, organisation=escape(organisation_name(context, moved, tr.language)))
    try:
        await send_to_staff_chat(context, old_chat, text, reply_to=case.card_message_id)
    except TelegramError as error:
        log.warning("case %s: its old chat could not be told who moved it (%s)", case.id, error)


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
        await _move(
            context,
            case,
            target,
            referral.staff_user_id,
            referral.id,
            by_coordinators=referral.by_coordinators,
        )
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
