"""The hand-off request: its steps shown one at a time (bot/handoff.py has the table), the consent screen, the case
number, withdrawing, and relaying what the person writes on an open case."""

from __future__ import annotations

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import callbacks
from bot.checklist import QUESTIONS, Answer, flagged_answers, score_checklist
from bot.handoff import (
    CONFIRM,
    RELAY_PIECE_UNITS,
    REQUEST,
    STEP_BY_KEY,
    WITHDRAWN,
    Draft,
    NewCase,
    Option,
    Step,
    answer,
    new_request,
    route,
)
from bot.runtime.context import BotContext
from bot.storage import Case
from bot.textpieces import split_text
from handlers.cards import organisation_name, post_card, refresh_card, staff_translator
from handlers.casenotices import tell_hours_if_closed
from handlers.common import (
    answer_query,
    edit_or_send,
    escape,
    hotline_block,
    menu_button,
    menu_only,
    refuse_button,
    reply,
    sos_button,
    words_answered,
)
from handlers.consent import consent_text
from handlers.delivery import acknowledge_relayed, deliver_relayed, post_to_staff
from handlers.hide import hide_button
from handlers.labels import service_label, velayat_label

HANDOFF = "ho:"
START = HANDOFF + "start"
ANSWER = HANDOFF + "a:"  # ho:a:<step>:<value>, a button of a request's step (bot/handoff.py STEPS)
SKIP = HANDOFF + "skip"
SEND = HANDOFF + "send"
CANCEL = HANDOFF + "cancel"
WITHDRAW = HANDOFF + "withdraw"
WITHDRAW_SURE = HANDOFF + "withdraw!"
KEEP = HANDOFF + "keep"
PSYCHOLOGIST = HANDOFF + "psy"


def person_button(context: BotContext) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        context.pgettext("button", "🙋 Ask a person to contact me"),
        callback_data=START,
    )


async def psychologist_request(update: Update, context: BotContext) -> None:
    """From the reply to a message about self-harm: a request for psychological help, the need already chosen."""
    await answer_query(update)
    await begin(update, context, need="psychological")


async def start_request(update: Update, context: BotContext) -> None:
    await answer_query(update)
    # Pressed under the answer to a question (or the danger reply): the question goes with the request as its
    # message, shown on the consent screen, so the person does not have to tell it again
    await begin(update, context, message=words_answered(update))


async def begin(
    update: Update,
    context: BotContext,
    *,
    ngo_id: str | None = None,
    need: str | None = None,
    velayat: str | None = None,
    country: str | None = None,
    message: str | None = None,
) -> None:
    person = context.person
    if person is None or await _tell_existing_case(update, context, person.user_id):
        return
    urgent = message is not None and context.danger_in(message) is not None
    draft = new_request(
        person.user_id,
        ngo_id=ngo_id,
        need=need,
        velayat=velayat,
        country=country,
        message=message,
        urgent=urgent,
    )
    await show_step(update, context, draft)


async def _tell_existing_case(update: Update, context: BotContext, user_id: int) -> bool:
    case = await context.bot_data.storage.open_case_for(user_id)
    if case is None:
        return False
    text = context.gettext(
        "You already have an open request #{number} with {organisation}. Write here and your message reaches them."
    ).format(number=case.id, organisation=escape(organisation_name(context, case, context.language)))
    await reply(update, context, text, _case_keyboard(context))
    return True


def _case_keyboard(context: BotContext) -> InlineKeyboardMarkup:
    # Withdrawing is the last button, and asks first: a hurried tap must not end a request for help.
    return InlineKeyboardMarkup(
        [
            [sos_button(context)],
            [hide_button(context)],
            [menu_button(context)],
            # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
            [InlineKeyboardButton(context.pgettext("button", "Withdraw my request"), callback_data=WITHDRAW)],
        ]
    )


def _cancel_row(context: BotContext) -> list[InlineKeyboardButton]:
    # TRANSLATORS: a button that cancels the request to talk to a person; at most 36 characters.
    return [InlineKeyboardButton(context.pgettext("button", "✖ Cancel"), callback_data=CANCEL)]


async def show_step(update: Update, context: BotContext, draft: Draft) -> None:
    """Save where the request is, then ask its current step: the step's prompt and its answers as buttons (a typed
    step has none), or the consent screen at the end."""
    await context.bot_data.storage.save_draft(draft)
    step = STEP_BY_KEY.get(draft.step)
    if step is None:
        text, markup = await consent_view(update, context, draft)
        await reply(update, context, text, markup)
        return
    await reply(update, context, context.gettext(step.prompt), _step_keyboard(context, step))


def _step_keyboard(context: BotContext, step: Step) -> InlineKeyboardMarkup:
    # a country whose pack the operator removed is not offered ("another country" still is)
    options = [
        o
        for o in step.options
        if step.vocabulary != "country" or o.value in context.bot_data.countries.by_code
    ]
    rows = [
        [
            InlineKeyboardButton(
                option_label(context, step, option), callback_data=f"{ANSWER}{step.key}:{option.value}"
            )
        ]
        for option in options
    ]
    if step.can_skip:
        # TRANSLATORS: a button: do not answer this optional question; at most 36 characters.
        rows.append([InlineKeyboardButton(context.pgettext("button", "Skip"), callback_data=SKIP)])
    rows.append(_cancel_row(context))
    return InlineKeyboardMarkup(rows)


def option_label(context: BotContext, step: Step, option: Option) -> str:
    if step.vocabulary == "service":
        return service_label(context.translator, option.value)
    if step.vocabulary == "velayat":
        return velayat_label(context.translator, option.value)
    if step.vocabulary == "country":
        return context.bot_data.countries.name(option.value, context.language) or option.value
    return context.pgettext("button", option.label)


async def consent_view(update: Update, context: BotContext, draft: Draft) -> tuple[str, InlineKeyboardMarkup]:
    """The consent screen: exactly what will be shared, nothing more."""
    level, flagged = await _checklist_result(context)
    # Named from where the request will really go (the same routing as sending it), not from what was picked.
    routed = _route(update, context, draft, level, flagged)
    text = await consent_text(update, context, draft, routed, level)
    rows = [
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        [InlineKeyboardButton(context.pgettext("button", "✅ Send the request"), callback_data=SEND)],
        _cancel_row(context),
    ]
    return text, InlineKeyboardMarkup(rows)


async def _checklist_result(context: BotContext) -> tuple[str | None, tuple[str, ...]]:
    """The person's last finished checklist, if any: its level and the questions that raised it."""
    if context.person is None:
        return None, ()
    progress = await context.bot_data.storage.checklist_progress(context.person.user_id)
    if progress is None or progress.position < len(QUESTIONS):
        return None, ()
    result = score_checklist({key: Answer(value) for key, value in progress.answers.items()})
    return result.level.value, flagged_answers(result.flagged, progress.answers)


async def _request_draft(update: Update, context: BotContext) -> Draft | None:
    await answer_query(update)
    if context.person is None:
        return None
    draft = await context.bot_data.storage.draft(context.person.user_id)
    return draft if draft is not None and draft.purpose == REQUEST else None


async def choose(update: Update, context: BotContext) -> None:
    """Every button of the request's steps: record the answer, then ask what comes next. A button of an earlier
    step, or one that was never offered, gets the current step again."""
    query = update.callback_query
    assert query is not None and query.data is not None
    parsed = callbacks.words(query.data, ANSWER)
    if parsed is None:
        await refuse_button(update, context)
        return
    step_key, value = parsed
    await _take_answer(update, context, step_key, value)


async def skip_step(update: Update, context: BotContext) -> None:
    draft = await _request_draft(update, context)
    if draft is not None:
        await _take_answer(update, context, draft.step, None, draft)


async def receive_text(update: Update, context: BotContext, draft: Draft, text: str) -> None:
    """A typed answer of the request (a phone number, a safe time, the message); a refused one gets its hint."""
    step = STEP_BY_KEY[draft.step]
    moved = answer(draft, step.key, text)
    if moved is None:
        # The same step's buttons again: the hint is the newest message, and Cancel must stay one tap away.
        await reply(
            update, context, context.gettext(step.invalid or step.prompt), _step_keyboard(context, step)
        )
        return
    await show_step(update, context, moved)


async def take_typed_choice(update: Update, context: BotContext, draft: Draft, value: str) -> None:
    """An answer to the current button step typed in words ("hukuk", "Mary"): as if its button were pressed."""
    await _take_answer(update, context, draft.step, value, draft)


async def _take_answer(
    update: Update, context: BotContext, step_key: str, value: str | None, draft: Draft | None = None
) -> None:
    draft = draft or await _request_draft(update, context)
    if draft is None:
        return
    moved = answer(draft, step_key, value)
    await show_step(update, context, moved if moved is not None else draft)


async def cancel_request(update: Update, context: BotContext) -> None:
    await answer_query(update)
    if context.person is not None:
        await context.bot_data.storage.delete_draft(context.person.user_id)
        await context.bot_data.storage.drop_held_media(context.person.user_id)
    text = context.gettext("Cancelled. Nothing was sent.") + "\n\n" + hotline_block(context)
    await edit_or_send(update, context, text, menu_only(context))


async def send_request(update: Update, context: BotContext) -> None:
    person = context.person
    draft = await _request_draft(update, context)
    if person is None:
        return
    if draft is None or draft.step != CONFIRM:
        if draft is not None:
            await show_step(update, context, draft)
        else:
            await _tell_existing_case(update, context, person.user_id)
        return
    level, flagged = await _checklist_result(context)
    new = _route(update, context, draft, level, flagged)
    # Urgent from the start: its words told of danger, or its checklist came out high (bot/handoff.is_urgent)
    urgent_because = ("message" if draft.urgent else "checklist") if new.urgent else None
    case = await create_and_confirm(update, context, new, urgent_because=urgent_because)
    if case is None:
        return
    # What they sent before asking, listed on the consent screen, follows the card, after the rest of a long
    # message (stored with the case); the confirmation already said where the message went.
    held = await context.bot_data.storage.attach_held_media(case.id, person.user_id)
    if held or case.message_parts > 1:
        delivery = await deliver_relayed(context, case.id)
        if held:
            await acknowledge_relayed(context, case.id, delivery, keyboard=_case_keyboard(context))


def _route(
    update: Update, context: BotContext, draft: Draft, level: str | None, flagged: tuple[str, ...]
) -> NewCase:
    """Where this request goes and what it carries: one answer for the consent screen and for sending."""
    user = update.effective_user
    return route(
        draft,
        context.bot_data.directory,
        context.bot_data.config.staff.coordinator_chat_id,
        language=context.language,
        checklist_level=level,
        checklist_flagged=flagged,
        display_name=user.full_name if user else None,
        country=context.person.country if context.person else None,
    )


async def create_and_confirm(
    update: Update, context: BotContext, new: NewCase, *, urgent_because: str | None = None
) -> Case | None:
    """Create the case and tell the person where it went; the new case, or None when one was open already.
    `urgent_because`: why a request is urgent from the start ("message": its words told of danger; "checklist": a
    high checklist result); its card goes to the organisation's chat, which may be closed for the night, so the
    hotline team is alerted too, and for danger told the person hears so."""
    # The case is in the database before the person is told its number.
    case, created = await context.bot_data.storage.create_case(new)
    if not created:
        await _tell_existing_case(update, context, new.user_id)
        return None
    organisation = escape(organisation_name(context, case, context.language))
    # Said "sent" only once a staff chat has the card; otherwise, honestly, that it waits (check_cases retries it
    # and tells the person when it arrives).
    if await post_card(context, case):
        lines = [
            context.gettext("✅ Your request #{number} has been sent to {organisation}.").format(
                number=case.id, organisation=organisation
            ),
            context.gettext(
                "A person, not the bot, will answer you here in this chat. Anything you write here now "
                "goes to them."
            ),
        ]
        if urgent_because is not None:
            from handlers.sos import alert_coordinators  # sos imports this module, so not at the top

            if await alert_coordinators(context, case, urgent_because) and urgent_because == "message":
                lines.append(
                    context.gettext("🆘 Your request is urgent: the hotline team has been alerted too.")
                )
    else:
        await context.bot_data.storage.set_card_waiting_told(case.id, True)
        lines = [
            context.gettext(
                "📥 Your request #{number} is saved, but it has not reached {organisation} yet: their chat "
                "cannot be reached right now. I keep trying and will tell you here as soon as it arrives."
            ).format(number=case.id, organisation=organisation),
            context.gettext("If you need help now, call the hotline:"),
        ]
    text = "\n\n".join([*lines, hotline_block(context)])
    # 🆘 under the danger reply, the SOS screen or a country's pack: the confirmation comes under the numbers
    await edit_or_send(update, context, text, _case_keyboard(context), keep_numbers=True)
    return case


async def keep_request(update: Update, context: BotContext) -> None:
    """ "No, keep my request": say it stays open, rather than go to the menu as if nothing had been asked."""
    await answer_query(update)
    case = await context.bot_data.storage.open_case_for(context.person.user_id) if context.person else None
    if case is None:
        await edit_or_send(update, context, context.gettext("You have no open request."), menu_only(context))
        return
    text = context.gettext(
        "Your request #{number} stays open. Write here and your message reaches them."
    ).format(number=case.id)
    await edit_or_send(update, context, text, _case_keyboard(context))


async def confirm_withdraw(update: Update, context: BotContext) -> None:
    """Withdrawing asks first, and says what it means for an urgent request."""
    await answer_query(update)
    person = context.person
    if person is None:
        return
    case = await context.bot_data.storage.open_case_for(person.user_id)
    if case is None:
        await reply(update, context, context.gettext("You have no open request."), menu_only(context))
        return
    lines = [
        context.gettext(
            "Withdraw your request #{number}? {organisation} will no longer see your messages here."
        ).format(number=case.id, organisation=escape(organisation_name(context, case, context.language)))
    ]
    if case.urgent:
        lines.append(
            context.gettext(
                "⚠️ Your request is urgent. If you withdraw it, nobody will write to you about it. "
                "If you are in danger, keep it open."
            )
        )
    rows = [
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        [InlineKeyboardButton(context.pgettext("button", "No, keep my request"), callback_data=KEEP)],
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        [InlineKeyboardButton(context.pgettext("button", "Yes, withdraw it"), callback_data=WITHDRAW_SURE)],
    ]
    await reply(update, context, "\n\n".join(lines), InlineKeyboardMarkup(rows))


async def withdraw(update: Update, context: BotContext) -> None:
    await answer_query(update)
    person = context.person
    if person is None:
        return
    case = await context.bot_data.storage.open_case_for(person.user_id)
    if case is None:
        await edit_or_send(
            update,
            context,
            context.gettext("You have no open request."),
            menu_only(context),
        )
        return
    closed, updated = await context.bot_data.storage.close_case(case.id, WITHDRAWN, None)
    if closed and updated is not None:
        await refresh_card(context, updated)
        tr = staff_translator(context, updated.staff_chat_id)
        await post_to_staff(
            context, updated, tr.gettext("Case #{number} was withdrawn by the person.").format(number=case.id)
        )
    text = context.gettext(
        "Your request #{number} is withdrawn. You can ask for help again at any time."
    ).format(number=case.id)
    await edit_or_send(
        update,
        context,
        text + "\n\n" + hotline_block(context),
        menu_only(context),
    )


async def relay_to_case(
    update: Update, context: BotContext, case: Case, text: str, *, urgent: bool = False, danger: bool = False
) -> None:
    """While a case is open, what the person writes goes to the staff chat with the case number (marked urgent
    when `urgent`, ⚠️ when `danger`): stored first, then posted in order, and the person is told only what is true
    of it."""
    pieces = split_text(text, RELAY_PIECE_UNITS)
    message = update.message
    written = message.message_id if message is not None else None
    await context.bot_data.storage.add_relayed(case.id, pieces, written, urgent=urgent, danger=danger)
    delivery = await deliver_relayed(context, case.id)
    await acknowledge_relayed(context, case.id, delivery, written=written, keyboard=_case_keyboard(context))
    if not (
        urgent or danger
    ):  # danger goes to people at once (handlers/crisis.relay_danger): never "closed now"
        await tell_hours_if_closed(context, case)


async def relay_media_to_case(
    update: Update, context: BotContext, case: Case, kind: str, caption: str, *, urgent: bool = False
) -> None:
    """A voice note, photo ... on an open case: stored (its kind, message id and caption), then relayed in order
    with the texts, and acknowledged as they are."""
    message = update.message
    if message is None:
        return
    await context.bot_data.storage.add_relayed_media(
        case.id, kind, caption, message.message_id, urgent=urgent
    )
    delivery = await deliver_relayed(context, case.id)
    await acknowledge_relayed(
        context, case.id, delivery, written=message.message_id, keyboard=_case_keyboard(context)
    )


def text_step_waiting(draft: Draft | None) -> bool:
    return draft is not None and draft.waits_for_text


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CallbackQueryHandler(start_request, pattern=f"^{START}$"),
        CallbackQueryHandler(skip_step, pattern=f"^{SKIP}$"),
        CallbackQueryHandler(send_request, pattern=f"^{SEND}$"),
        CallbackQueryHandler(cancel_request, pattern=f"^{CANCEL}$"),
        CallbackQueryHandler(confirm_withdraw, pattern=f"^{WITHDRAW}$"),
        CallbackQueryHandler(withdraw, pattern=f"^{WITHDRAW_SURE}$"),
        CallbackQueryHandler(keep_request, pattern=f"^{KEEP}$"),
        CallbackQueryHandler(psychologist_request, pattern=f"^{PSYCHOLOGIST}$"),
        CallbackQueryHandler(choose, pattern=f"^{ANSWER}"),
    ]
