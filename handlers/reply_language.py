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
    be told, so the answer and every screen after it are in one language.

    One line in another language after lines in theirs (a bilingual person quoting the boss, "hojayyn diyya eger sen
    gitsen pul yok" among Russian lines) is answered in its language, but does not make it theirs: their case's card
    and the screens after it stay in the language they have been writing in, so staff are not asked to write in
    Turkmen to a man who writes Russian (tester DD#10). A second line in a row in it is a switch; so are danger
    (its reply and what follows must be read), a first message, and a language asked for in words ("türkmençe")."""
    person = context.person
    if person is None:
        return
    data = context.bot_data
    now = data.storage.now()
    if data.chosen_languages.get(person.user_id, now) == person.language:
        return  # "write in English", then Russian typed: the language asked for stays
    matcher = data.matcher
    written = matcher.written_language(text)
    previous = data.written_languages.get(person.user_id, now)  # the language of their last clear message
    if written is not None:
        data.written_languages.note(person.user_id, written, now)
    language = answer_language(person.language, written, matcher.likely_language(text), danger=danger)
    if language == person.language:
        return
    if written is not None and not danger and previous == person.language:
        context.person = replace(person, language=language)  # this answer only: nothing stored, no case told
        return
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
