"""A person's open request: what they are told of it, withdrawing it (asked first), and what they write on it relayed
to its staff chat."""

from __future__ import annotations

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginUser,
    Update,
)
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.case_words import says_nobody_answers
from bot.handoff import RELAY_PIECE_UNITS, WITHDRAWN
from bot.runtime.context import BotContext
from bot.storage import OWN_WORDS, Case, RelayOrigin
from bot.textpieces import split_text, utf16_units
from handlers.cards import organisation_name, refresh_card, staff_translator
from handlers.casenotices import tell_hours_if_closed
from handlers.common import (
    answer_query,
    edit_or_send,
    escape,
    hotline_block,
    menu_button,
    menu_only,
    reply,
    sos_button,
)
from handlers.delivery import acknowledge_relayed, deliver_outbox, deliver_relayed, post_to_staff
from handlers.hidden import refuse_from_hidden, tell_staff_someone_wrote
from handlers.hide import hide_button

# The request's "ho:" prefix (handlers/handoff.py), so that buttons on messages already sent keep working.
WITHDRAW = "ho:withdraw"
WITHDRAW_SURE = "ho:withdraw!"
KEEP = "ho:keep"


async def tell_existing_case(update: Update, context: BotContext, user_id: int) -> bool:
    case = await context.bot_data.storage.open_case_for(user_id)
    if case is None:
        return False
    if case.hidden_at is not None:
        # the chat is hidden: whoever holds the phone is not told a request exists, nor with whom
        text = context.gettext("Write here what you need: your message will be passed on.")
        await reply(update, context, f"{text}\n\n{hotline_block(context)}", menu_only(context))
        return True
    text = context.gettext(
        "You already have an open request #{number} with {organisation}. Write here and your message reaches them."
    ).format(number=case.id, organisation=escape(organisation_name(context, case, context.language)))
    await reply(update, context, text, case_keyboard(context))
    return True


def case_keyboard(context: BotContext) -> InlineKeyboardMarkup:
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


async def _pressed_on_open_case(
    update: Update, context: BotContext, *, edit: bool, withdrawing: bool = True
) -> Case | None:
    """A button about the person's open request was pressed (answered here): the request, or None when there is
    none any more (withdrawn, closed), which the person is told, on the pressed message itself when `edit`. From a
    chat the person hid, an old button of the request is refused, and its staff told (handlers/hidden.py)."""
    person = context.person
    case = await context.bot_data.storage.open_case_for(person.user_id) if person is not None else None
    if case is not None and case.hidden_at is not None:
        if withdrawing:
            await refuse_from_hidden(update, context, case, "withdraw")
        else:  # "No, keep my request": nothing tried, nothing for staff to hear
            await answer_query(update, context.gettext("This button is no longer active."))
        return None
    await answer_query(update)
    if case is None and person is not None:
        tell = edit_or_send if edit else reply
        await tell(update, context, context.gettext("You have no open request."), menu_only(context))
    return case


async def keep_request(update: Update, context: BotContext) -> None:
    """ "No, keep my request": say it stays open, rather than go to the menu as if nothing had been asked."""
    case = await _pressed_on_open_case(update, context, edit=True, withdrawing=False)
    if case is None:
        return
    text = context.gettext(
        "Your request #{number} stays open. Write here and your message reaches them."
    ).format(number=case.id)
    await edit_or_send(update, context, text, case_keyboard(context))


async def confirm_withdraw(update: Update, context: BotContext) -> None:
    """Withdrawing asks first, and says what it means for an urgent request."""
    case = await _pressed_on_open_case(update, context, edit=False)
    if case is None:
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
    case = await _pressed_on_open_case(update, context, edit=True)
    if case is None:
        return
    closed, updated = await context.bot_data.storage.close_case(case.id, WITHDRAWN, None)
    if closed and updated is not None:
        await refresh_card(context, updated)
        tr = staff_translator(context, updated.staff_chat_id)
        await post_to_staff(
            context, updated, tr.gettext("Case #{number} was withdrawn by the person.").format(number=case.id)
        )
        await deliver_outbox(context, case.id)  # the specialists asked on it are told it ended
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
    of it. An edit, or a forwarded message, is marked as one (relay_origin)."""
    message = update.message
    origin = relay_origin(message)
    # room for the line that says whose a forwarded message is ("↪️ Forwarded from …:")
    room = ORIGIN_LINE_UNITS + utf16_units(origin.forwarded_from or "")
    pieces = split_text(text, RELAY_PIECE_UNITS - (room if origin != OWN_WORDS else 0))
    written = message.message_id if message is not None else None
    await context.bot_data.storage.add_relayed(
        case.id, pieces, written, urgent=urgent, danger=danger, origin=origin
    )
    delivery = await deliver_relayed(context, case.id)
    await acknowledge_relayed(context, case.id, delivery, written=written, keyboard=case_keyboard(context))
    if case.hidden_at is not None:
        await tell_staff_someone_wrote(context, case)  # with the button that ends the hiding
        return
    # danger goes to people at once (handlers/crisis.relay_danger): never "closed now"
    if not (urgent or danger):
        await tell_hours_if_closed(context, case)


# The line before a relayed edit or forward, in any staff language, without the origin's name
ORIGIN_LINE_UNITS = 64


def relay_origin(message: Message | None) -> RelayOrigin:
    """An edit of a message sent before, or a forwarded message and whose it was, as Telegram names its origin."""
    if message is None:
        return RelayOrigin()
    origin = message.forward_origin
    if isinstance(origin, MessageOriginUser):
        user = origin.sender_user
        return RelayOrigin(forwarded_from=_with_username(user.full_name, user.username))
    if isinstance(origin, MessageOriginChannel):
        return RelayOrigin(forwarded_from=_with_username(origin.chat.title or "?", origin.chat.username))
    if isinstance(origin, MessageOriginChat):
        return RelayOrigin(
            forwarded_from=_with_username(origin.sender_chat.title or "?", origin.sender_chat.username)
        )
    if origin is not None:  # a user who hides their account when forwarded: nothing of them is kept
        return RelayOrigin(forwarded_from="")
    return RelayOrigin(edited=message.edit_date is not None)


def _with_username(name: str, username: str | None) -> str:
    return f"{name} (@{username})" if username else name


SILENCE_SECONDS = (
    3600  # an urgent case nobody has written on for an hour: the person is told where they stand
)


async def answer_the_waiting(update: Update, context: BotContext, case: Case, text: str) -> None:
    """After a message reached the person's open case: words, not only 👌, when it says nobody answers, or when an
    urgent case has had no word from staff for an hour: the messages reached the team, and the hotline for now.
    Told once an hour at most unless asked; not while messages wait (the person is told so, with the hotline). On
    the case's first message too ("nobody answers" hours after 🆘): "Delivered" alone does not answer it. No time is
    promised."""
    data = context.bot_data
    if case.user_id is None or case.hidden_at is not None or await data.storage.pending_relayed(case.id):
        return
    if await data.storage.held_count(case.id):
        return  # what staff wrote waits behind its button: not "a person will write to you" under it
    now = data.storage.now()
    if not says_nobody_answers(text):
        last = await data.storage.staff_last_wrote(case.id)
        told = data.unanswered_told.get(case.user_id, now) == str(case.id)
        if not case.urgent or told or now - (last or case.created_at) < SILENCE_SECONDS:
            return
    data.unanswered_told.note(case.user_id, str(case.id), now)
    if case.ngo_id is None or data.directory.get(case.ngo_id) is None:
        # a sentence of its own: the team's name does not go into the organisation's (Russian "до команды")
        answer = context.gettext(
            "📨 Your messages have reached the hotline team: they see them, and a person will write to you here. "
            "If you are in danger now, do not wait: call the hotline or tap 🆘."
        )
    else:
        answer = context.gettext(
            "📨 Your messages have reached {organisation}: they see them, and a person will write to you here. If "
            "you are in danger now, do not wait: call the hotline or tap 🆘."
        ).format(organisation=escape(organisation_name(context, case, context.language)))
    await reply(
        update,
        context,
        f"{answer}\n\n{hotline_block(context)}",
        InlineKeyboardMarkup([[sos_button(context)]]),
    )


async def relay_media_to_case(
    update: Update,
    context: BotContext,
    case: Case,
    kind: str,
    caption: str,
    *,
    urgent: bool = False,
    danger: bool = False,
) -> None:
    """A voice note, photo ... on an open case: stored (its kind, message id and caption), then relayed in order
    with the texts, and acknowledged as they are (marked as relay_to_case marks a text)."""
    message = update.message
    if message is None:
        return
    await context.bot_data.storage.add_relayed_media(
        case.id, kind, caption, message.message_id, urgent=urgent, danger=danger, origin=relay_origin(message)
    )
    delivery = await deliver_relayed(context, case.id)
    await acknowledge_relayed(
        context, case.id, delivery, written=message.message_id, keyboard=case_keyboard(context)
    )
    if case.hidden_at is not None:
        await tell_staff_someone_wrote(context, case)


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CallbackQueryHandler(confirm_withdraw, pattern=f"^{WITHDRAW}$"),
        CallbackQueryHandler(withdraw, pattern=f"^{WITHDRAW_SURE}$"),
        CallbackQueryHandler(keep_request, pattern=f"^{KEEP}$"),
    ]
