"""What a person told in the conversation that an urgent request opened with 🆘 (handlers/sos.py) shows staff: the
velayat they said they live in or come from ("я живу в мары", "i am from dashoguz"), and the message that told of their trouble, which the 🆘 may be
pressed well after, under the answer to a question ("какой номер полиции в казахстане"). Held in memory for the hour
(bot/recent.py), never stored; /hide and /forget drop it."""

from __future__ import annotations

from bot.nlp.where_to_turn import home_velayat_said
from bot.runtime.context import BotContext


def note_home_velayat(context: BotContext, velayat: str) -> None:
    """The person said they live in `velayat` ("я живу в мары", "men maryda ýaşaýan")."""
    person = context.person
    if person is not None:
        context.bot_data.home_velayats.note(person.user_id, velayat, context.bot_data.storage.now())


def note_home_said(context: BotContext, text: str) -> None:
    """A message that says, among other things, where the person lives or comes from ("i am from dashoguz, now in
    dubai"): the velayat, for a 🆘 card, beside the country they are in."""
    velayat = home_velayat_said(text)
    if velayat is not None:
        note_home_velayat(context, velayat)


def home_velayat(context: BotContext) -> str | None:
    """The velayat the person said this hour they live in, or None."""
    person = context.person
    data = context.bot_data
    return data.home_velayats.get(person.user_id, data.storage.now()) if person is not None else None


def note_trouble(context: BotContext, text: str, *, danger: bool) -> None:
    """The person's message told of trouble: `danger`, read as danger (the last such message is the one staff need),
    else answered with an article on trouble abroad (the first such message holds the story; the ones after it are
    mostly questions about the same thing: "в полицию россии я могу написать?")."""
    person = context.person
    if person is None:
        return
    data = context.bot_data
    now = data.storage.now()
    held = data.trouble_told.get(person.user_id, now)
    if danger or held is None:
        data.trouble_told.note(person.user_id, text, now)  # an article's message replaces nothing held


def note_danger_answered(context: BotContext) -> None:
    """The bot has just answered danger the person told: "I'm fine" after it is answered warmly
    (handlers/after_alarm.py)."""
    person = context.person
    if person is not None:
        context.bot_data.danger_answered.note(person.user_id, "answered", context.bot_data.storage.now())


def trouble_told(context: BotContext) -> str | None:
    """The message that told of the person's trouble this hour (see note_trouble), or None."""
    person = context.person
    data = context.bot_data
    return data.trouble_told.get(person.user_id, data.storage.now()) if person is not None else None


def forget_told(context: BotContext, user_id: int) -> None:
    """/hide, /forget, or the request it was kept for is open: nothing of it stays."""
    context.bot_data.home_velayats.forget(user_id)
    context.bot_data.trouble_told.forget(user_id)
    context.bot_data.danger_answered.forget(user_id)
