"""A few words that ask no question of the knowledge base, answered as what they are: someone is near or the person
cannot talk now ("он рядом", "i cant talk now": a sign of being watched, so 🙈 Hide first and the quiet way to the
hotline), and "what do I do now" after telling what happened (the way forward: the emergency number where they are,
🆘, the hotline and a request to an organisation), and "he says dont tell my parents yet" (a warning sign, named as one),
and "please dont tell anyone, im scared" (what the bot keeps and who sees it, and the way to a person), rather
than "I am not sure I understood your question". And "а сколько ждать ответа" at a step of a request not yet sent: it has
not gone yet, and what happens once it has."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update

from bot.nlp.how_long import asks_how_long
from bot.nlp.police_fear import only_fears_the_police
from bot.nlp.secrecy import (
    afraid,
    asks_us_to_keep_it,
    only_asks_us_to_keep_it,
    secret_asked_of_someone_else,
    told_to_keep_secret,
)
from bot.nlp.watched import cannot_talk_now, moment_to_write, phones_checked
from bot.nlp.what_now import asks_what_to_do
from bot.runtime.context import BotContext
from handlers import abroad
from handlers.common import escape, hotline_block, menu_button, reply, sos_button
from handlers.hide import hide_button
from handlers.questions import HELP_SOMEONE_ELSE, person_button, topic_buttons

# What to read when someone asks the person to keep it from their family: offers of marriage, and the signs
SECRET_TOPICS = ("marriage-abroad", "trafficking-signs")
# What to read when the person asks us to tell no one: what the bot keeps, and what the organisations keep
PRIVACY_TOPICS = ("bot-privacy", "confidentiality")
# What to read when someone without papers fears the police: staying past a visa, and being held abroad
POLICE_TOPICS = ("visa-overstay", "arrested-abroad")


async def cannot_talk(update: Update, context: BotContext, text: str) -> bool:
    """ "Не могу сейчас говорить", "he is here", "ol ýanymda": hide first, and that she can write later. False for
    anything else."""
    if not (cannot_talk_now(text) or phones_checked(text)):  # "they check phones every night": hide first too
        return False
    await hide_first_reply(update, context)
    return True


async def hide_first_reply(update: Update, context: BotContext) -> None:
    """🙈 Hide first, that she can write again when it is safe, and 🆘 to reach the hotline without a call."""
    hide = hide_button(context)
    lines = [
        context.gettext(
            "🙈 All right. If someone may see this chat, tap «{button}»: it deletes our recent messages on both "
            "sides and sends nothing back. Write again when it is safe: I will be here."
        ).format(button=hide.text),
        context.gettext(
            "To reach the hotline without a call, tap 🆘: a person from the hotline team will write to you here, "
            "in this chat."
        ),
    ]
    rows = [[hide], [sos_button(context)], [menu_button(context)]]
    await reply(update, context, "\n\n".join(lines), InlineKeyboardMarkup(rows), quoting=True)


async def moment_to_act(update: Update, context: BotContext, text: str) -> bool:
    """ "Сейчас спит", "he is asleep now, i can write", "ol ýatyr": the one who holds her is asleep or out, or "у меня
    телефон только на 10 минут": her moment to tell what is happening or tap 🆘, not an alarm of a kind she never
    told; 🙈 Hide is there for when he wakes or the phone goes back. False for anything else."""
    if not moment_to_write(text):
        return False
    hide = hide_button(context)
    line = context.gettext(
        "If you can write safely now, tell me in a few words what is happening, or tap 🆘: a person from the "
        "hotline team will write to you here. Before anyone can see the phone, tap «{button}»."
    ).format(button=hide.text)
    rows = [[sos_button(context)], [hide], [menu_button(context)]]
    await reply(update, context, line, InlineKeyboardMarkup(rows), quoting=True)
    return True


async def police_feared(update: Update, context: BotContext, text: str) -> bool:
    """ "Боюсь полиции, не могу выйти на улицу", "polisiýadan gorkýaryn": someone whose papers may not be in order.
    The hotline first, what the police may do in the country the person is in (its pack's facts of kind "police"),
    and the emergency number only if life is in danger: nobody holds them, so not the "locked in" reply, which
    tells them to have the police called. False for anything else."""
    if not only_fears_the_police(text):
        return False
    country = abroad.country_the_person_is_in(context, text)
    police = [fact for fact in country.facts if fact.kind == "police"] if country is not None else []
    if country is not None and country.emergency:
        danger = context.gettext(
            "Call {number} (the emergency number in {country}) only if your life is in danger right now."
        ).format(number=country.emergency, country=escape(country.in_sentence(context.language)))
    else:
        danger = context.gettext("Call the local emergency number only if your life is in danger right now.")
    lines = [
        context.gettext(
            "👮 Many people whose papers are not in order fear the police, and it is not your fault. Call the "
            "hotline first: they know what is safe to do where you are."
        ),
        hotline_block(context),
        *(escape(fact.text(context.language)) for fact in police),
        danger,
    ]
    found = (context.bot_data.knowledge.get(topic) for topic in POLICE_TOPICS)
    topics = [topic for topic in found if topic is not None]
    rows = [
        [sos_button(context)],
        *topic_buttons(context, topics),
        [person_button(context)],
        [menu_button(context)],
    ]
    markup = abroad.with_country(InlineKeyboardMarkup(rows), context, country)
    await reply(update, context, "\n\n".join(lines), markup, quoting=True)
    return True


async def way_forward(update: Update, context: BotContext, text: str) -> bool:
    """ "Что мне делать", "what should I do now", "näme etmeli": what can be done now, with the emergency number of
    the country the person is in when it is known. False for anything else."""
    if not asks_what_to_do(text):
        return False
    country = abroad.country_the_person_is_in(context, text)
    if country is not None and country.emergency:
        danger = context.gettext(
            "• In danger right now: call {number} (the emergency number in {country}), or tap 🆘 and a person "
            "from the hotline team will write to you here."
        ).format(number=country.emergency, country=escape(country.in_sentence(context.language)))
    else:
        danger = context.gettext(
            "• In danger right now: call the local emergency number, or tap 🆘 and a person from the hotline team "
            "will write to you here."
        )
    lines = [
        context.gettext("What you can do now:"),
        danger,
        context.gettext(
            "• To plan the next step with someone who knows: call the hotline, or tap «{button}» to send a request "
            "to an organisation that helps. It is free and confidential."
        ).format(button=person_button(context).text),
        "",
        hotline_block(context),
        "",
        context.gettext(
            "You can also tell me in a few words what happened, and I will find the advice that fits."
        ),
    ]
    # "нэме этмели маня ким комек этйэр" just after an answer: that answer is one tap away too
    data, person = context.bot_data, context.person
    shown = data.topics_shown.get(person.user_id, data.storage.now()) if person is not None else None
    recent = [topic] if shown is not None and (topic := data.knowledge.get(shown)) is not None else []
    rows = [
        [sos_button(context)],
        *topic_buttons(context, recent),
        [person_button(context)],
        [menu_button(context)],
    ]
    markup = abroad.with_country(InlineKeyboardMarkup(rows), context, country)
    await reply(update, context, "\n".join(lines), markup, quoting=True)
    return True


async def kept_between_us(update: Update, context: BotContext, text: str) -> bool:
    """ "Пожалуйста никому не говорите, я боюсь", "hiç kime aýtmaň", "please dont tell anyone": asked of us, so what
    the bot keeps and who sees it (as /privacy says it), and, when she is afraid, the way to a person. False for
    anything else, and for the plea beside more ("... my boss took my passport"), which the rest answers."""
    if not only_asks_us_to_keep_it(text):
        return False
    lines = [
        context.gettext(
            "🔒 I pass on nothing you write here unless you ask for help: staff of the organisation you ask see "
            "your request (your Telegram name only if you agree), and 🆘 gives the hotline team your last few "
            "messages here."
        ),
        context.gettext(
            "I never write your messages to the logs; /privacy says what I keep, and /forget deletes it."
        ),
    ]
    found = (context.bot_data.knowledge.get(topic) for topic in PRIVACY_TOPICS)
    topics = [*topic_buttons(context, [topic for topic in found if topic is not None])]
    if afraid(text):
        lines.append(
            context.gettext(
                "If you are afraid, you are not alone with it: tap 🆘 and a person from the hotline team will "
                "write to you here."
            )
        )
        rows = [[sos_button(context)], [person_button(context)], *topics, [hide_button(context)]]
    else:
        rows = [*topics, [person_button(context)], [menu_button(context)]]
    await reply(update, context, "\n\n".join(lines), InlineKeyboardMarkup(rows), quoting=True)
    return True


async def secret_asked(update: Update, context: BotContext, text: str) -> bool:
    """ "He says dont tell my parents yet", "пока не говори родителям": being asked to keep it from the family is a
    warning sign, said as one, with what to read (the matcher's article first when it is sure of one: "they told me
    not to tell anyone about this job"). False for anything else."""
    if not told_to_keep_secret(text) or asks_us_to_keep_it(text):
        return False  # "please dont tell anyone, my boss took my passport": nobody asked it of her
    theirs = secret_asked_of_someone_else(text)
    line = (
        # the family is the one writing ("the woman told her dont tell your mother"): not "tell your family"
        context.gettext(
            "⚠️ Someone asking them to keep it secret from you, their family, is a warning sign: people who mean "
            "well do not ask that. Talk with them calmly, without blame: who this person is, what they offer and "
            "where they want to take them. Below: how to help someone close, or talk to a person."
        )
        if theirs
        else context.gettext(
            "⚠️ Being asked to keep it secret from your family is a warning sign: people who mean well do not ask "
            "that. Before you agree to anything, tell your family or someone you trust who this person is, what "
            "they offer and where they want you to go."
        )
    )
    match = context.bot_data.matcher.match(text)
    first = [HELP_SOMEONE_ELSE] if theirs else []
    ids = dict.fromkeys([*first, *([match.topic] if match.confident and match.topic else []), *SECRET_TOPICS])
    found = (context.bot_data.knowledge.get(topic) for topic in ids)
    topics = [topic for topic in found if topic is not None]
    rows = [*topic_buttons(context, topics), [person_button(context)], [menu_button(context)]]
    await reply(update, context, line, InlineKeyboardMarkup(rows), quoting=True)
    return True


async def wait_asked(update: Update, context: BotContext, text: str) -> bool:
    """ "А сколько ждать ответа", "how long do i wait" typed at a step of a request not yet sent: nothing has gone yet,
    so nobody can answer; once it is sent, a person writes here (no time is promised), and in danger, do not wait.
    The caller shows the step again. False for anything else."""
    if not asks_how_long(text):
        return False
    lines = [
        context.gettext(
            "⏳ Your request has not been sent yet: answer the question below, and at the end send it. Then a "
            "person will write to you here, in this chat, as soon as they can."
        ),
        context.gettext("If you are in danger now, do not wait: call the hotline or tap 🆘."),
        "",
        hotline_block(context),
    ]
    await reply(
        update, context, "\n".join(lines), InlineKeyboardMarkup([[sos_button(context)]]), quoting=True
    )
    return True
