"""Get help: the hotline numbers at once, then an organisation near the person (a shared location or a chosen
velayat, filtered by the help needed), or a person abroad's country pack."""

from __future__ import annotations

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

import handlers.abroad as abroad
from bot import callbacks
from bot.border_towns import across_the_border
from bot.country_map import country_at
from bot.directory import SERVICES, VELAYATS, NearbyNgo
from bot.handoff import FINDING, Draft
from bot.handoff_words import typed_choice
from bot.nlp.where_to_turn import home_place_told, velayat_asked
from bot.runtime.context import BotContext
from handlers.common import (
    MENU_HELP,
    answer_query,
    ask_for_location,
    edit_or_send,
    escape,
    hotline_block,
    menu_button,
    refuse_button,
    reply,
    send_private,
)
from handlers.handoff import HANDOFF, begin, person_button
from handlers.labels import service_label, velayat_label
from handlers.told import note_home_velayat

FIND = HANDOFF + "find"
FIND_NEED = HANDOFF + "fn:"  # ho:fn:<service|any>
FIND_VELAYAT = HANDOFF + "fv:"  # ho:fv:<velayat>:<service|any>
PICK_NGO = HANDOFF + "ngo:"  # ho:ngo:<ngo id>
ANY = "any"


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
                # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
                context.pgettext("button", "📍 Find an organisation near me"),
                callback_data=FIND,
            )
        ],
        [abroad.abroad_button(context)],
        [person_button(context)],
        [menu_button(context)],
    ]
    await reply(update, context, text, InlineKeyboardMarkup(rows))


async def find_ngo(update: Update, context: BotContext) -> None:
    await answer_query(update)
    storage, person = context.bot_data.storage, context.person
    # a velayat typed instead of the help ("Lebap welaýaty", "мары"): its organisations, for any help (a request
    # being put together is kept as it is)
    draft = await storage.draft(person.user_id) if person is not None else None
    if person is not None and (draft is None or draft.purpose == FINDING):
        await storage.save_draft(Draft(person.user_id, purpose=FINDING))
    rows = [
        [InlineKeyboardButton(service_label(context.translator, s), callback_data=f"{FIND_NEED}{s}")]
        for s in SERVICES
    ]
    rows.append(
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        [InlineKeyboardButton(context.pgettext("button", "Any help"), callback_data=f"{FIND_NEED}{ANY}")]
    )
    await edit_or_send(
        update, context, context.gettext("What kind of help are you looking for?"), InlineKeyboardMarkup(rows)
    )


async def find_where(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    need = callbacks.word(query.data, FIND_NEED)
    if need not in (*SERVICES, ANY):
        await refuse_button(update, context)
        return
    await answer_query(update)
    if context.person is None:
        return
    await context.bot_data.storage.save_draft(
        Draft(context.person.user_id, purpose=FINDING, answers={"need": need})
    )
    rows = [
        [
            InlineKeyboardButton(
                velayat_label(context.translator, v), callback_data=f"{FIND_VELAYAT}{v}:{need}"
            )
        ]
        for v in VELAYATS
    ]
    await edit_or_send(update, context, context.gettext("Choose your velayat:"), InlineKeyboardMarkup(rows))
    hint = context.gettext(
        "Or send your location with the button below, and I will show the nearest organisations."
    )
    await ask_for_location(update, context, hint)


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
    if ngo.remote:
        lines.append("💬 " + context.gettext("Also advises people abroad remotely, here in this chat."))
    return "\n".join(lines)


async def show_ngos(
    update: Update, context: BotContext, found: list[NearbyNgo], heading: str | None = None
) -> None:
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
    text = "\n\n".join([*([heading] if heading else []), *(ngo_entry(context, item) for item in found)])
    rows = [
        [
            InlineKeyboardButton(
                # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
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


async def answer_where_to_turn(update: Update, context: BotContext, text: str) -> bool:
    """ "я в маре живу, куда обратиться", or only where one is at home ("im in ashgabat", "men marydan"): the
    network's organisations in that velayat, as Get help lists them (the hotline when there are none); whether the
    message was answered so."""
    home = home_place_told(text)
    velayat = velayat_asked(text) or home
    if velayat is None:
        return False
    if home is not None:
        note_home_velayat(context, home)  # the place an urgent request then shows staff (handlers/sos.py)
    heading = context.gettext("Organisations of our network in {velayat}:").format(
        velayat=velayat_label(context.translator, velayat)
    )
    await show_ngos(update, context, context.bot_data.directory.in_velayat(velayat), heading)
    return True


async def ngos_in_velayat(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    velayat, need = callbacks.words(query.data, FIND_VELAYAT) or ("", "")
    if velayat not in VELAYATS:
        await refuse_button(update, context)
        return
    await answer_query(update)
    await _show_velayat(update, context, velayat, need)


async def velayat_in_words(update: Update, context: BotContext, draft: Draft | None, text: str) -> bool:
    """A velayat typed where "Find an organisation near me" asks for one ("Mary", "mary welaýaty", "Лебап"), or
    where it asks what help is needed (then for any help): what its button does. False anywhere else, and for
    anything else."""
    if draft is None or draft.purpose != FINDING:
        return False
    velayat = typed_choice("velayat", text)
    if velayat not in VELAYATS:
        return False
    await _show_velayat(update, context, velayat, draft.need or ANY)
    return True


async def _show_velayat(update: Update, context: BotContext, velayat: str, need: str) -> None:
    service = need if need in SERVICES else None
    directory = context.bot_data.directory
    found = directory.in_velayat(velayat, service)
    if not found and service is not None:
        # "Shelter in Ahal": none there, but Ashgabat's is 13 km away; never "none" while one is near
        found = directory.nearest_to_velayat(velayat, service)
        if found:
            await reply(
                update,
                context,
                context.gettext("No organisation in {velayat} offers this. The nearest that do:").format(
                    velayat=velayat_label(context.translator, velayat)
                ),
            )
    await show_ngos(update, context, found)


async def ngos_near_location(update: Update, context: BotContext) -> None:
    message = update.message
    if message is None or message.location is None or context.person is None:
        return
    draft = await context.bot_data.storage.draft(context.person.user_id)
    need = draft.need if draft is not None and draft.purpose == FINDING else None
    latitude, longitude = message.location.latitude, message.location.longitude
    found = context.bot_data.directory.nearest(latitude, longitude, need if need in SERVICES else None)
    # Never an organisation hundreds of kilometres away as "near": beyond the limit, the country's pack instead.
    found = [n for n in found if (n.distance_km or 0) <= context.bot_data.config.directory.max_near_km]
    # Khiva, Sarakhs in Iran: a Turkmen organisation is near, but the person may well be across the border
    across = across_the_border(latitude, longitude) if found else None
    chat = update.effective_chat
    if chat is not None:
        # Take the location button away again; the list follows in its own message with inline buttons.
        text = (
            context.gettext("Thank you. The nearest organisations:")
            if found and across is None
            else context.gettext("Thank you.")
        )
        await send_private(context, chat.id, text, ReplyKeyboardRemove())
    if not found:
        await abroad.nothing_near(update, context, country_at(latitude, longitude))
        return
    if across is not None:
        await abroad.say_across_the_border(update, context, across)
    await show_ngos(update, context, found)


async def request_to_ngo(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    ngo_id = callbacks.word(query.data, PICK_NGO)
    ngo = context.bot_data.directory.get(ngo_id) if ngo_id else None
    if ngo is None:
        await refuse_button(update, context)
        return
    await answer_query(update)
    if context.person is None:
        return
    draft = await context.bot_data.storage.draft(context.person.user_id)
    need = draft.need if draft is not None and draft.need in SERVICES else None
    await begin(update, context, ngo_id=ngo.id, need=need)


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    private = filters.ChatType.PRIVATE
    return [
        CallbackQueryHandler(get_help, pattern=f"^{MENU_HELP}$"),
        CommandHandler("hotline", get_help, filters=private),
        CallbackQueryHandler(find_ngo, pattern=f"^{FIND}$"),
        CallbackQueryHandler(find_where, pattern=f"^{FIND_NEED}"),
        CallbackQueryHandler(ngos_in_velayat, pattern=f"^{FIND_VELAYAT}"),
        CallbackQueryHandler(request_to_ngo, pattern=f"^{PICK_NGO}"),
        MessageHandler(private & filters.LOCATION, ngos_near_location),
    ]
