"""What a person told in the conversation that an urgent request opened with 🆘 (handlers/sos.py) shows staff: the
velayat they said they live in or come from ("я живу в мары", "i am from dashoguz"), and their last messages, among them
the ones that told of their trouble, which the 🆘 may be pressed well after, under the answer to a question ("какой
номер полиции в казахстане"): bot/sos_words.py. Held in memory for the hour (bot/recent.py), never stored; /hide and
/forget drop it."""

from __future__ import annotations

from bot.nlp.where_to_turn import home_velayat_said
from bot.runtime.context import BotContext
from bot.sos_words import DANGER


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


def note_written(context: BotContext, text: str) -> None:
    """The person wrote `text`, their own words (not a forwarded message)."""
    person = context.person
    if person is not None:
        context.bot_data.written_lately.note(person.user_id, text, context.bot_data.storage.now())


def note_danger(context: BotContext, text: str) -> None:
    """The person's message `text` was read as danger."""
    person = context.person
    if person is not None:
        context.bot_data.written_lately.mark(person.user_id, text, DANGER, context.bot_data.storage.now())


def note_danger_answered(context: BotContext) -> None:
    """The bot has just answered danger the person told: "I'm fine" after it is answered warmly
    (handlers/after_alarm.py)."""
    person = context.person
    if person is not None:
        context.bot_data.danger_answered.note(person.user_id, "answered", context.bot_data.storage.now())


def written_lately(context: BotContext) -> list[tuple[str, str]]:
    """The person's messages this hour, oldest first, each with what was read in it (bot/sos_words.py)."""
    person = context.person
    data = context.bot_data
    return data.written_lately.get(person.user_id, data.storage.now()) if person is not None else []


def forget_told(context: BotContext, user_id: int) -> None:
    """/hide, /forget, or the request it was kept for is open: nothing of it stays."""
    context.bot_data.home_velayats.forget(user_id)
    context.bot_data.written_lately.forget(user_id)
    context.bot_data.danger_answered.forget(user_id)
