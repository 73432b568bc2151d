"""The language a person is written to in follows what they write (bot.i18n.answer_language); a change reaches
their open case, whose card names the language staff must write in, and its staff chat is told."""

from __future__ import annotations

from dataclasses import replace

from bot.i18n import answer_language
from bot.runtime.context import BotContext
from handlers.cards import refresh_card, staff_translator
from handlers.delivery import post_to_staff
from handlers.labels import language_label


async def follow_written_language(context: BotContext, text: str, *, danger: bool) -> None:
    """Before anything is answered: the person's language becomes the one this message is written in, when it can
    be told, so the answer and every screen after it are in one language."""
    person = context.person
    if person is None:
        return
    if (
        context.bot_data.chosen_languages.get(person.user_id, context.bot_data.storage.now())
        == person.language
    ):
        return  # "write in English", then Russian typed: the language asked for stays
    matcher = context.bot_data.matcher
    language = answer_language(
        person.language, matcher.written_language(text), matcher.likely_language(text), danger=danger
    )
    if language != person.language:
        await switch_language(context, language)


async def choose_language(context: BotContext, language: str) -> None:
    """A language the person asked for (the 🌐 button, or in words): theirs, and kept for the hour."""
    await switch_language(context, language)
    if context.person is not None:
        context.bot_data.chosen_languages.note(
            context.person.user_id, language, context.bot_data.storage.now()
        )


async def switch_language(context: BotContext, language: str) -> None:
    """The person's language from now on (chosen in the menu, or written in): kept, and their open case follows."""
    person = context.person
    if person is None:
        return
    case = await context.bot_data.storage.set_language(person.user_id, language)
    context.person = replace(person, language=language, language_chosen=True)
    if case is None:
        return
    await refresh_card(context, case)
    tr = staff_translator(context, case.staff_chat_id)
    notice = tr.gettext(
        "🌐 Case #{number}: the person now writes in {language}. Please write to them in this language."
    ).format(number=case.id, language=language_label(language))
    await post_to_staff(context, case, notice)
