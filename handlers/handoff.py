"""The hand-off request: its steps shown one at a time (bot/handoff.py has the table), the consent screen and the
case number. What the person then sees of their open request, and what they write on it, is handlers/opencase.py."""

from __future__ import annotations

from dataclasses import dataclass, replace

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import callbacks
from bot.casework import makes_request_urgent
from bot.checklist import QUESTIONS, Answer, flagged_answers, score_checklist
from bot.countries import OTHER
from bot.elsewhere import is_elsewhere, named_at_country_step
from bot.handoff import (
    CONFIRM,
    REQUEST,
    STEP_BY_KEY,
    Draft,
    NewCase,
    Option,
    Step,
    answer,
    back,
    new_request,
    previous_step,
    route,
    with_message_id,
)
from bot.recent import HOME
from bot.runtime.context import BotContext
from bot.storage import Case
from handlers.cards import organisation_name, post_card
from handlers.common import (
    answer_query,
    edit_or_send,
    escape,
    hotline_block,
    menu_only,
    person_message_quoted,
    refuse_button,
    reply,
    words_answered,
)
from handlers.consent import consent_text
from handlers.delivery import acknowledge_relayed, deliver_relayed
from handlers.labels import service_label, velayat_label
from handlers.opencase import case_keyboard, tell_existing_case

HANDOFF = "ho:"
START = HANDOFF + "start"
ANSWER = HANDOFF + "a:"  # ho:a:<step>:<value>, a button of a request's step (bot/handoff.py STEPS)
SKIP = HANDOFF + "skip"
SEND = HANDOFF + "send"
CANCEL = HANDOFF + "cancel"
BACK = HANDOFF + "back:"  # ho:back:<step>, the step (or CONFIRM) whose message the button is under
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
    person = context.person
    draft = await context.bot_data.storage.draft(person.user_id) if person is not None else None
    if draft is not None and draft.purpose == REQUEST:
        # Pressed under an answer given in the middle of a request (danger told at a step, a question): that request,
        # where it stopped, its answers kept; the words of danger are in it already (bot.handoff.danger_told)
        await show_step(update, context, draft, context.gettext("Let us continue where you stopped."))
        return
    # Pressed under the answer to a question (or the danger reply): the question goes with the request as its
    # message, shown on the consent screen, so the person does not have to tell it again
    written = person_message_quoted(update)
    await begin(
        update, context, message=words_answered(update), message_id=written.message_id if written else None
    )


async def begin(
    update: Update,
    context: BotContext,
    *,
    ngo_id: str | None = None,
    need: str | None = None,
    velayat: str | None = None,
    country: str | None = None,
    message: str | None = None,
    message_id: int | None = None,
) -> None:
    """A new request, with what is known already; `message`, the person's message `message_id`, as its message."""
    person = context.person
    if person is None or await tell_existing_case(update, context, person.user_id):
        return
    # a plain "помогите" asks for what this request does: urgent only for danger (bot.casework.makes_request_urgent)
    urgent = message is not None and makes_request_urgent(context.danger_in(message), message)
    draft = new_request(
        person.user_id,
        ngo_id=ngo_id,
        need=need,
        velayat=velayat,
        country=country,
        message=message,
        urgent=urgent,
        # "i am in dubai" before: not "Which country are you in?" again (⬅️ Back asks it)
        country_known=None if ngo_id else _country_known(context),
    )
    if draft.message is not None and message_id is not None:
        draft = with_message_id(draft, message_id)
    await show_step(update, context, draft)


def _country_known(context: BotContext) -> str | None:
    """The country the person said in the last hour they are in, else the one they let the bot keep; none for a
    person who said they are back home (bot/recent.py). The request's country step then asks nothing; the consent
    screen shows it, and ⬅️ Back asks it."""
    person = context.person
    if person is None:
        return None
    data = context.bot_data
    recent = data.places.get(person.user_id, data.storage.now())
    code = person.country if recent is None else recent
    if is_elsewhere(code):
        return OTHER  # "im in china now": a country without a pack, so "another country"
    return code if code != HOME and data.countries.get(code) is not None else None


def _cancel_row(context: BotContext, draft: Draft) -> list[InlineKeyboardButton]:
    """Cancel, with ⬅️ Back before it on every step but the first one shown."""
    # TRANSLATORS: a button that cancels the request to talk to a person; shares its row with Back: at most 20 characters.
    row = [InlineKeyboardButton(context.pgettext("button", "✖ Cancel"), callback_data=CANCEL)]
    if previous_step(draft.answers, draft.step) is not None:
        # TRANSLATORS: a button back to the previous screen or question; may share a row: at most 20 characters.
        row.insert(
            0, InlineKeyboardButton(context.pgettext("button", "⬅️ Back"), callback_data=f"{BACK}{draft.step}")
        )
    return row


async def show_step(update: Update, context: BotContext, draft: Draft, lead: str | None = None) -> None:
    """Save where the request is, then ask its current step: the step's prompt and its answers as buttons (a typed
    step has none), or the consent screen at the end; after `lead` when given (why it is asked again)."""
    await context.bot_data.storage.save_draft(draft)
    step = STEP_BY_KEY.get(draft.step)
    before = f"{lead}\n\n" if lead else ""
    if step is None:
        text, markup = await consent_view(update, context, draft)
        await reply(update, context, before + text, markup)
        return
    text = before + step_text(context, step.prompt)
    if step.keeps_earlier and draft.answers.get(step.field):
        # Back to the message step, or words carried from before: typing again must not look like replacing them
        text += "\n\n" + context.gettext(
            "What you wrote before is kept. Anything you write now is added to it."
        )
    await reply(update, context, text, _step_keyboard(context, step, draft))


def step_text(context: BotContext, msgid: str) -> str:
    """A step's prompt or hint in the person's language; one that names the Skip button takes its label from the
    catalog, so the words and the button can never differ."""
    return context.gettext(msgid).format(skip=skip_label(context))


def skip_label(context: BotContext) -> str:
    # TRANSLATORS: a button: do not answer this optional question; at most 36 characters.
    return context.pgettext("button", "Skip")


def _step_keyboard(context: BotContext, step: Step, draft: Draft) -> InlineKeyboardMarkup:
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
        rows.append([InlineKeyboardButton(skip_label(context), callback_data=SKIP)])
    rows.append(_cancel_row(context, draft))
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
    # Named from where the request will really go (the same routing as sending it), not from what was picked.
    routed = _route(update, context, draft, await _checklist_result(context))
    text = await consent_text(update, context, draft, routed)
    rows = [
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        [InlineKeyboardButton(context.pgettext("button", "✅ Send the request"), callback_data=SEND)],
        _cancel_row(context, draft),
    ]
    return text, InlineKeyboardMarkup(rows)


@dataclass(frozen=True)
class ChecklistCarried:
    """The person's last finished checklist as a request carries it: its level, the questions that raised it, and
    whom it was done for (bot.checklist_whom.Whom; None before it was asked)."""

    level: str | None = None
    flagged: tuple[str, ...] = ()
    whom: str | None = None


async def _checklist_result(context: BotContext) -> ChecklistCarried:
    """The person's last finished checklist, if any."""
    if context.person is None:
        return ChecklistCarried()
    progress = await context.bot_data.storage.checklist_progress(context.person.user_id)
    if progress is None or progress.position < len(QUESTIONS):
        return ChecklistCarried()
    result = score_checklist({key: Answer(value) for key, value in progress.answers.items()})
    return ChecklistCarried(
        result.level.value, flagged_answers(result.flagged, progress.answers), progress.whom
    )


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
    if moved is not None and step.field == "message" and update.message is not None:
        moved = with_message_id(moved, update.message.message_id)
    if moved is None:
        # The same step's buttons again: the hint is the newest message, and Cancel must stay one tap away.
        await reply(
            update,
            context,
            step_text(context, step.invalid or step.prompt),
            _step_keyboard(context, step, draft),
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


async def go_back(update: Update, context: BotContext) -> None:
    """⬅️ Back: the step shown before the one the button is under, every answer kept. A Back under an old message,
    or of a request already sent or cancelled, changes nothing and says so on the button."""
    query = update.callback_query
    assert query is not None
    pressed = callbacks.word(query.data, BACK)
    person = context.person
    if pressed is None or person is None:
        await refuse_button(update, context)
        return
    draft = await context.bot_data.storage.draft(person.user_id)
    if draft is None or draft.purpose != REQUEST:
        await answer_query(update, context.gettext("This request has already been sent or cancelled."))
        return
    moved = back(draft, pressed)
    if moved is None:
        await refuse_button(update, context)
        return
    await answer_query(update)
    await show_step(update, context, moved)


async def back_in_words(update: Update, context: BotContext, draft: Draft) -> None:
    """Back typed while a request waits ("назад", "yza"): what its button does; at the first step shown, which has
    no ⬅️, that step again, saying there is none before it."""
    moved = back(draft, draft.step)
    if moved is None:
        first = context.gettext("This is the first question of the request: there is none before it.")
        await show_step(update, context, draft, first)
        return
    await show_step(update, context, moved)


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
            await tell_existing_case(update, context, person.user_id)
        return
    new = _route(update, context, draft, await _checklist_result(context))
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
            await acknowledge_relayed(context, case.id, delivery, keyboard=case_keyboard(context))


def _route(update: Update, context: BotContext, draft: Draft, checklist: ChecklistCarried) -> NewCase:
    """Where this request goes and what it carries: one answer for the consent screen and for sending."""
    user = update.effective_user
    routed = route(
        draft,
        context.bot_data.directory,
        context.bot_data.config.staff.coordinator_chat_id,
        language=context.language,
        checklist_level=checklist.level,
        checklist_flagged=checklist.flagged,
        checklist_for=checklist.whom,
        display_name=user.full_name if user else None,
        country=context.person.country if context.person else None,
    )
    # "china" typed at the country step: routed as "another country", and the card names China beside it
    return replace(routed, country=routed.country or named_at_country_step(draft.answers))


async def create_and_confirm(
    update: Update,
    context: BotContext,
    new: NewCase,
    *,
    urgent_because: str | None = None,
    keep_pressed: bool = False,
) -> Case | None:
    """Create the case and tell the person where it went; the new case, or None when one was open already.
    `urgent_because`: why a request is urgent from the start ("message": its words told of danger; "checklist": a
    high checklist result); its card goes to the organisation's chat, which may be closed for the night, so the
    hotline team is alerted too, and for danger told the person hears so. `keep_pressed`: the confirmation is a new
    message, never an edit of the one whose button was pressed (🆘 under an answer keeps the answer)."""
    # The case is in the database before the person is told its number.
    case, created = await context.bot_data.storage.create_case(new)
    if not created:
        await tell_existing_case(update, context, new.user_id)
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
    if keep_pressed:
        await reply(update, context, text, case_keyboard(context))
        return case
    # ✅ Send pressed on the request's last step: that step becomes the confirmation (one that shows numbers stays)
    await edit_or_send(update, context, text, case_keyboard(context), keep_numbers=True)
    return case


def text_step_waiting(draft: Draft | None) -> bool:
    return draft is not None and draft.waits_for_text


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CallbackQueryHandler(start_request, pattern=f"^{START}$"),
        CallbackQueryHandler(skip_step, pattern=f"^{SKIP}$"),
        CallbackQueryHandler(send_request, pattern=f"^{SEND}$"),
        CallbackQueryHandler(cancel_request, pattern=f"^{CANCEL}$"),
        CallbackQueryHandler(go_back, pattern=f"^{BACK}"),
        CallbackQueryHandler(psychologist_request, pattern=f"^{PSYCHOLOGIST}$"),
        CallbackQueryHandler(choose, pattern=f"^{ANSWER}"),
    ]
