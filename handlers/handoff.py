"""Getting help from people: the hotline, finding an NGO, and a consented hand-off request with a case number."""

from __future__ import annotations

from dataclasses import replace

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.checklist import QUESTIONS, Answer, score_checklist
from bot.context import BotContext
from bot.directory import SERVICES, VELAYATS, NearbyNgo
from bot.handoff import (
    CONFIRM,
    CONTACT,
    MAX_MESSAGE,
    MAX_PHONE,
    MAX_TIME,
    MESSAGE,
    NAME,
    NEED,
    PHONE,
    PHONE_SAFE,
    TEXT_STEPS,
    TIME,
    VELAYAT,
    WITHDRAWN,
    checklist_summary,
    is_urgent,
    next_step,
)
from bot.storage import Case, Draft, NewCase
from handlers.cards import (
    acknowledge_relayed,
    deliver_relayed,
    organisation_name,
    post_card,
    post_to_staff,
    refresh_card,
    staff_translator,
)
from handlers.common import (
    MAX_MESSAGE_UNITS,
    MENU_HELP,
    MENU_SOS,
    answer_query,
    edit_or_send,
    escape,
    hotline_block,
    menu_button,
    menu_only,
    reply,
    send_private,
    split_text,
)
from handlers.hide import hide_button
from handlers.labels import language_label, service_label, velayat_label

HANDOFF = "ho:"
FIND = HANDOFF + "find"
FIND_NEED = HANDOFF + "fn:"  # ho:fn:<service|any>
FIND_VELAYAT = HANDOFF + "fv:"  # ho:fv:<velayat>:<service|any>
PICK_NGO = HANDOFF + "ngo:"  # ho:ngo:<ngo id>
START = HANDOFF + "start"
URGENT = HANDOFF + "urgent"
NEED_CHOICE = HANDOFF + "need:"
VELAYAT_CHOICE = HANDOFF + "vel:"
CONTACT_CHOICE = HANDOFF + "contact:"
SAFE_CHOICE = HANDOFF + "safe:"
NAME_CHOICE = HANDOFF + "name:"
SKIP = HANDOFF + "skip"
SEND = HANDOFF + "send"
CANCEL = HANDOFF + "cancel"
WITHDRAW = HANDOFF + "withdraw"
CHOICE_STEPS = {
    NEED_CHOICE: NEED,
    VELAYAT_CHOICE: VELAYAT,
    CONTACT_CHOICE: CONTACT,
    SAFE_CHOICE: PHONE_SAFE,
    NAME_CHOICE: NAME,
}
FINDING = "find"  # draft step while the person looks for an NGO (keeps the chosen need for the location)
ANY = "any"


def person_button(context: BotContext) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        context.pgettext("button", "🙋 Ask a person to contact me"), callback_data=START
    )


# Get help and the emergency path -----------------------------------------------------------------------------------


async def get_help(update: Update, context: BotContext) -> None:
    await answer_query(update)
    text = "\n\n".join(
        [
            hotline_block(context),
            context.gettext(
                "The hotline is confidential. You can call about yourself or about someone else."
            ),
            context.gettext(
                "You can also find an organisation near you, or ask a person to write to you here."
            ),
        ]
    )
    rows = [
        [
            InlineKeyboardButton(
                context.pgettext("button", "📍 Find an organisation near me"), callback_data=FIND
            )
        ],
        [person_button(context)],
        [menu_button(context)],
    ]
    await reply(update, context, text, InlineKeyboardMarkup(rows))


async def in_trouble(update: Update, context: BotContext) -> None:
    # Numbers first, questions never: this path may be used by someone who has seconds.
    await answer_query(update)
    text = "\n\n".join(
        [
            hotline_block(context),
            context.gettext(
                "If you are in danger right now, call the local emergency number, or ask people nearby "
                "to call the police."
            ),
            context.gettext("If you are abroad, the embassy or consulate of Turkmenistan can also help you."),
            context.gettext(
                "One tap below and a person from the hotline team will write to you here. "
                "Only your language and this chat are shared."
            ),
        ]
    )
    rows = [
        [
            InlineKeyboardButton(
                context.pgettext("button", "🆘 Ask a person to write to me now"), callback_data=URGENT
            )
        ],
        [hide_button(context)],
        [menu_button(context)],
    ]
    await reply(update, context, text, InlineKeyboardMarkup(rows))


async def urgent_request(update: Update, context: BotContext) -> None:
    """The one-tap urgent hand-off: no questions, straight to the hotline team."""
    await answer_query(update)
    person = context.person
    if person is None:
        return
    if await _tell_existing_case(update, context, person.user_id):
        return
    new = NewCase(
        user_id=person.user_id,
        language=context.language,
        ngo_id=None,
        staff_chat_id=context.bot_data.config.staff.coordinator_chat_id or None,
        urgent=True,
    )
    await _create_and_confirm(update, context, new)


# Finding an NGO ----------------------------------------------------------------------------------------------------


async def find_ngo(update: Update, context: BotContext) -> None:
    await answer_query(update)
    rows = [
        [InlineKeyboardButton(service_label(context.translator, s), callback_data=f"{FIND_NEED}{s}")]
        for s in SERVICES
    ]
    rows.append(
        [InlineKeyboardButton(context.pgettext("button", "Any help"), callback_data=f"{FIND_NEED}{ANY}")]
    )
    await edit_or_send(
        update, context, context.gettext("What kind of help are you looking for?"), InlineKeyboardMarkup(rows)
    )


async def find_where(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    await answer_query(update)
    if context.person is None:
        return
    need = query.data.removeprefix(FIND_NEED)
    need = need if need in SERVICES else ANY
    await context.bot_data.storage.save_draft(Draft(context.person.user_id, step=FINDING, need=need))
    rows = [
        [
            InlineKeyboardButton(
                velayat_label(context.translator, v), callback_data=f"{FIND_VELAYAT}{v}:{need}"
            )
        ]
        for v in VELAYATS
    ]
    await edit_or_send(update, context, context.gettext("Choose your velayat:"), InlineKeyboardMarkup(rows))
    # A location can only be asked for with a reply keyboard, so it comes as a message of its own.
    keyboard = ReplyKeyboardMarkup(
        [[KeyboardButton(context.pgettext("button", "📍 Send my location"), request_location=True)]],
        resize_keyboard=True,
        one_time_keyboard=True,
    )
    chat = update.effective_chat
    if chat is not None:
        text = context.gettext(
            "Or send your location with the button below, and I will show the nearest organisations."
        )
        await send_private(context, chat.id, text, keyboard)


def ngo_entry(context: BotContext, found: NearbyNgo) -> str:
    ngo, language = found.ngo, context.language
    lines = [f"<b>{escape(ngo.text('name', language))}</b>"]
    if found.distance_km is not None:
        lines[0] += " — " + context.gettext("{distance} km").format(distance=f"{found.distance_km:.0f}")
    lines += [
        f"📍 {escape(ngo.text('town', language))}, {escape(ngo.text('address', language))}",
        f"📞 {escape(ngo.phone)}",
        f"🕘 {escape(ngo.text('hours', language))}",
        "✅ " + ", ".join(service_label(context.translator, s) for s in ngo.services),
    ]
    return "\n".join(lines)


async def show_ngos(update: Update, context: BotContext, found: list[NearbyNgo]) -> None:
    if not found:
        text = (
            context.gettext("I found no organisation for this. The hotline can help you.")
            + "\n\n"
            + hotline_block(context)
        )
        await reply(
            update, context, text, InlineKeyboardMarkup([[person_button(context)], [menu_button(context)]])
        )
        return
    text = "\n\n".join(ngo_entry(context, item) for item in found)
    rows = [
        [
            InlineKeyboardButton(
                context.pgettext("button", "🙋 Ask {name} for help").format(
                    name=item.ngo.text("name", context.language)
                ),
                callback_data=PICK_NGO + item.ngo.id,
            )
        ]
        for item in found
    ]
    rows.append([menu_button(context)])
    await reply(update, context, text, InlineKeyboardMarkup(rows))


async def ngos_in_velayat(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    await answer_query(update)
    velayat, _, need = query.data.removeprefix(FIND_VELAYAT).partition(":")
    if velayat not in VELAYATS:
        return
    found = context.bot_data.directory.in_velayat(velayat, need if need in SERVICES else None)
    await show_ngos(update, context, found)


async def ngos_near_location(update: Update, context: BotContext) -> None:
    message = update.message
    if message is None or message.location is None or context.person is None:
        return
    draft = await context.bot_data.storage.draft(context.person.user_id)
    need = draft.need if draft is not None and draft.step == FINDING else None
    found = context.bot_data.directory.nearest(
        message.location.latitude, message.location.longitude, need if need in SERVICES else None
    )
    chat = update.effective_chat
    if chat is not None:
        # Take the location button away again; the list follows in its own message with inline buttons.
        text = context.gettext("Thank you. The nearest organisations:")
        await send_private(context, chat.id, text, ReplyKeyboardRemove())
    await show_ngos(update, context, found)


# The request -------------------------------------------------------------------------------------------------------


async def start_request(update: Update, context: BotContext) -> None:
    await answer_query(update)
    await begin(update, context)


async def request_to_ngo(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    await answer_query(update)
    ngo = context.bot_data.directory.get(query.data.removeprefix(PICK_NGO))
    if ngo is None or context.person is None:
        return
    draft = await context.bot_data.storage.draft(context.person.user_id)
    need = draft.need if draft is not None and draft.need in SERVICES else None
    await begin(update, context, ngo_id=ngo.id, need=need)


async def begin(
    update: Update, context: BotContext, *, ngo_id: str | None = None, need: str | None = None
) -> None:
    person = context.person
    if person is None or await _tell_existing_case(update, context, person.user_id):
        return
    draft = Draft(person.user_id, step=NEED, ngo_id=ngo_id, need=need)
    await ask(update, context, draft, next_step(draft, None))


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
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(context.pgettext("button", "Withdraw my request"), callback_data=WITHDRAW)],
            [hide_button(context)],
            [menu_button(context)],
        ]
    )


def _cancel_row(context: BotContext) -> list[InlineKeyboardButton]:
    return [InlineKeyboardButton(context.pgettext("button", "✖ Cancel"), callback_data=CANCEL)]


async def ask(update: Update, context: BotContext, draft: Draft, step: str) -> None:
    """Save where the request is, then ask its next question."""
    draft = replace(draft, step=step)
    await context.bot_data.storage.save_draft(draft)
    tr = context.translator
    rows: list[list[InlineKeyboardButton]]
    if step == NEED:
        text = context.gettext("What help do you need?")
        rows = [
            [InlineKeyboardButton(service_label(tr, s), callback_data=NEED_CHOICE + s)]
            for s in (*SERVICES, "other")
        ]
    elif step == VELAYAT:
        text = context.gettext(
            "Where are you from, or where is your family? This helps choose the organisation."
        )
        rows = [
            [InlineKeyboardButton(velayat_label(tr, v), callback_data=VELAYAT_CHOICE + v)]
            for v in (*VELAYATS, "abroad")
        ]
    elif step == CONTACT:
        text = context.gettext("How may the organisation contact you?")
        rows = [
            [
                InlineKeyboardButton(
                    context.pgettext("button", "💬 Only through this chat"),
                    callback_data=CONTACT_CHOICE + "chat",
                )
            ],
            [
                InlineKeyboardButton(
                    context.pgettext("button", "📞 Also by phone"), callback_data=CONTACT_CHOICE + "phone"
                )
            ],
        ]
    elif step == PHONE_SAFE:
        text = context.gettext(
            "Is it safe for you to be called? Could someone else answer or check your phone?"
        )
        rows = [
            [
                InlineKeyboardButton(
                    context.pgettext("button", "Yes, it is safe"), callback_data=SAFE_CHOICE + "y"
                )
            ],
            [
                InlineKeyboardButton(
                    context.pgettext("button", "No, only through this chat"), callback_data=SAFE_CHOICE + "n"
                )
            ],
        ]
    elif step == PHONE:
        text, rows = context.gettext("Type the phone number to call."), []
    elif step == TIME:
        text, rows = context.gettext("When is it safe to call you? For example: weekdays after 18:00."), []
    elif step == NAME:
        text = context.gettext(
            "May the organisation see your Telegram name? It helps them know who is writing."
        )
        rows = [
            [
                InlineKeyboardButton(
                    context.pgettext("button", "Yes, show my name"), callback_data=NAME_CHOICE + "y"
                )
            ],
            [
                InlineKeyboardButton(
                    context.pgettext("button", "No, keep it hidden"), callback_data=NAME_CHOICE + "n"
                )
            ],
        ]
    elif step == MESSAGE:
        text = context.gettext(
            "If you want, write a short message for the organisation: what happened and what you need. Or press Skip."
        )
        rows = [[InlineKeyboardButton(context.pgettext("button", "Skip"), callback_data=SKIP)]]
    else:
        text, markup = await consent_view(update, context, draft)
        await reply(update, context, text, markup)
        return
    rows.append(_cancel_row(context))
    await reply(update, context, text, InlineKeyboardMarkup(rows))


async def consent_view(update: Update, context: BotContext, draft: Draft) -> tuple[str, InlineKeyboardMarkup]:
    """The consent screen: exactly what will be shared, nothing more."""
    tr = context.translator
    ngo = context.bot_data.directory.get(draft.ngo_id) if draft.ngo_id else None
    organisation = ngo.text("name", context.language) if ngo else context.gettext("the hotline team")
    level, _ = await _checklist_result(context)
    velayat = draft.velayat or (ngo.velayat if ngo else None)
    user = update.effective_user
    none = context.gettext("none")
    lines = [
        context.gettext("<b>This is exactly what {organisation} will see:</b>").format(
            organisation=escape(organisation)
        ),
        "• " + context.gettext("Language: {language}").format(language=language_label(context.language)),
        "• "
        + context.gettext("Velayat: {velayat}").format(
            velayat=velayat_label(tr, velayat) if velayat else "—"
        ),
        "• " + context.gettext("Help needed: {need}").format(need=service_label(tr, draft.need or "other")),
        "• " + context.gettext("Checklist result: {level}").format(level=level or none),
        "• "
        + context.gettext("Your message: {message}").format(
            message=f"«{escape(draft.message)}»" if draft.message else none
        ),
    ]
    if draft.share_name and user is not None:
        lines.append("• " + context.gettext("Your Telegram name: {name}").format(name=escape(user.full_name)))
    else:
        lines.append("• " + context.gettext("Your Telegram name: not shared"))
    if draft.contact_phone:
        lines.append(
            "• "
            + context.gettext("Phone: {phone}, safe time to call: {time}").format(
                phone=escape(draft.contact_phone), time=escape(draft.contact_time or "—")
            )
        )
    else:
        lines.append("• " + context.gettext("Contact: only through this chat"))
    lines += ["", context.gettext("Nothing else is shared. Send the request?")]
    rows = [
        [InlineKeyboardButton(context.pgettext("button", "✅ Send the request"), callback_data=SEND)],
        _cancel_row(context),
    ]
    return "\n".join(lines), InlineKeyboardMarkup(rows)


async def _checklist_result(context: BotContext) -> tuple[str | None, tuple[str, ...]]:
    """The person's last finished checklist, if any: its level and the questions that raised it."""
    if context.person is None:
        return None, ()
    progress = await context.bot_data.storage.checklist_progress(context.person.user_id)
    if progress is None or progress.position < len(QUESTIONS):
        return None, ()
    result = score_checklist({key: Answer(value) for key, value in progress.answers.items()})
    return result.level.value, result.flagged


async def _current_draft(update: Update, context: BotContext, expected: str) -> Draft | None:
    """The draft, if it is at the step this button belongs to; an old button gets the current step again."""
    await answer_query(update)
    if context.person is None:
        return None
    draft = await context.bot_data.storage.draft(context.person.user_id)
    if draft is None or draft.step != expected:
        if draft is not None and draft.step != "find":
            await ask(update, context, draft, draft.step)
        return None
    return draft


async def choose(update: Update, context: BotContext) -> None:
    """Every button of the request's steps: record the choice, then ask what comes next."""
    query = update.callback_query
    assert query is not None and query.data is not None
    data = query.data
    prefix = next((p for p in CHOICE_STEPS if data.startswith(p)), None)
    if prefix is None:
        return
    step = CHOICE_STEPS[prefix]
    draft = await _current_draft(update, context, step)
    if draft is None:
        return
    value = data.removeprefix(prefix)
    if step == NEED and value in (*SERVICES, "other"):
        draft = replace(draft, need=value)
    elif step == VELAYAT and value in (*VELAYATS, "abroad"):
        draft = replace(draft, velayat=value)
    elif step == CONTACT and value == "phone":
        await ask(update, context, draft, PHONE_SAFE)
        return
    elif step == CONTACT and value == "chat":
        draft = replace(draft, contact_phone=None, contact_time=None)
    elif step == PHONE_SAFE:
        if value == "y":
            await ask(update, context, replace(draft, contact_phone=""), PHONE)
            return
        draft, step = replace(draft, contact_phone=None), TIME  # not safe: only this chat
    elif step == NAME and value in ("y", "n"):
        draft = replace(draft, share_name=value == "y")
    else:
        await ask(update, context, draft, draft.step)
        return
    await ask(update, context, draft, next_step(draft, step))


async def receive_text(update: Update, context: BotContext, draft: Draft, text: str) -> None:
    """Typed answers of the request: the phone number, the safe time, the message."""
    text = text.strip()
    if draft.step == PHONE:
        if not 6 <= sum(c.isdigit() for c in text) <= 15 or len(text) > MAX_PHONE:
            await reply(
                update, context, context.gettext("Please type a phone number, for example +993 65 000000.")
            )
            return
        await ask(update, context, replace(draft, contact_phone=text), next_step(draft, PHONE))
    elif draft.step == TIME:
        await ask(update, context, replace(draft, contact_time=text[:MAX_TIME]), next_step(draft, TIME))
    elif draft.step == MESSAGE:
        await ask(update, context, replace(draft, message=text[:MAX_MESSAGE]), CONFIRM)


async def skip_message(update: Update, context: BotContext) -> None:
    draft = await _current_draft(update, context, MESSAGE)
    if draft is not None:
        await ask(update, context, replace(draft, message=None), CONFIRM)


async def cancel_request(update: Update, context: BotContext) -> None:
    await answer_query(update)
    if context.person is not None:
        await context.bot_data.storage.delete_draft(context.person.user_id)
    text = context.gettext("Cancelled. Nothing was sent.") + "\n\n" + hotline_block(context)
    await edit_or_send(update, context, text, menu_only(context))


async def send_request(update: Update, context: BotContext) -> None:
    person = context.person
    draft = await _current_draft(update, context, CONFIRM)
    if draft is None or person is None:
        if person is not None:
            await _tell_existing_case(update, context, person.user_id)
        return
    data = context.bot_data
    ngo = data.directory.get(draft.ngo_id) if draft.ngo_id else None
    if ngo is None and draft.velayat not in (None, "abroad"):
        ngo = data.directory.route(draft.velayat, draft.need if draft.need in SERVICES else None)
    level, flagged = await _checklist_result(context)
    user = update.effective_user
    new = NewCase(
        user_id=person.user_id,
        language=context.language,
        ngo_id=ngo.id if ngo else None,
        staff_chat_id=ngo.staff_chat_id if ngo else (data.config.staff.coordinator_chat_id or None),
        urgent=is_urgent(draft, level),
        velayat=draft.velayat or (ngo.velayat if ngo else None),
        need=draft.need,
        checklist_summary=checklist_summary(level, flagged),
        display_name=user.full_name if draft.share_name and user else None,
        contact_phone=draft.contact_phone or None,
        contact_time=draft.contact_time if draft.contact_phone else None,
        first_message=draft.message,
    )
    await _create_and_confirm(update, context, new)


async def _create_and_confirm(update: Update, context: BotContext, new: NewCase) -> None:
    # The case is in the database before the person is told its number.
    case, created = await context.bot_data.storage.create_case(new)
    if not created:
        await _tell_existing_case(update, context, new.user_id)
        return
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
    await edit_or_send(update, context, text, _case_keyboard(context))


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


# Room left in a relayed message for its heading, in whichever staff chat's language it is posted.
RELAY_HEADING_ROOM = 128


async def relay_to_case(
    update: Update, context: BotContext, case: Case, text: str, *, urgent: bool = False
) -> None:
    """While a case is open, what the person writes goes to the staff chat with the case number (marked urgent
    when `urgent`): stored first, then posted in order, and the person is told only what is true of it."""
    pieces = split_text(text, MAX_MESSAGE_UNITS - RELAY_HEADING_ROOM)
    message = update.message
    written = message.message_id if message is not None else None
    await context.bot_data.storage.add_relayed(case.id, pieces, written, urgent=urgent)
    delivery = await deliver_relayed(context, case.id)
    await acknowledge_relayed(context, case.id, delivery, written=written, keyboard=_case_keyboard(context))


def text_step_waiting(draft: Draft | None) -> bool:
    return draft is not None and draft.step in TEXT_STEPS


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    private = filters.ChatType.PRIVATE
    return [
        CallbackQueryHandler(get_help, pattern=f"^{MENU_HELP}$"),
        CallbackQueryHandler(in_trouble, pattern=f"^{MENU_SOS}$"),
        CommandHandler("hotline", get_help, filters=private),
        CommandHandler("sos", in_trouble, filters=private),
        CallbackQueryHandler(urgent_request, pattern=f"^{URGENT}$"),
        CallbackQueryHandler(find_ngo, pattern=f"^{FIND}$"),
        CallbackQueryHandler(find_where, pattern=f"^{FIND_NEED}"),
        CallbackQueryHandler(ngos_in_velayat, pattern=f"^{FIND_VELAYAT}"),
        CallbackQueryHandler(request_to_ngo, pattern=f"^{PICK_NGO}"),
        CallbackQueryHandler(start_request, pattern=f"^{START}$"),
        CallbackQueryHandler(skip_message, pattern=f"^{SKIP}$"),
        CallbackQueryHandler(send_request, pattern=f"^{SEND}$"),
        CallbackQueryHandler(cancel_request, pattern=f"^{CANCEL}$"),
        CallbackQueryHandler(withdraw, pattern=f"^{WITHDRAW}$"),
        CallbackQueryHandler(
            choose, pattern=f"^({NEED_CHOICE}|{VELAYAT_CHOICE}|{CONTACT_CHOICE}|{SAFE_CHOICE}|{NAME_CHOICE})"
        ),
        MessageHandler(private & filters.LOCATION, ngos_near_location),
    ]
