"""What exploratory tester O found after a day of fixes, held in the three languages: someone near or "he will see"
at a checklist question gets 🙈 Hide first, with the checklist kept (O#1); "I can't speak Turkish" and a relative
come home are not read as being watched (O#3, O#4); the everyday thanks are thanks (O#9); "nobody answers" on an
urgent case nobody took is answered on that message, in words that fit any organisation's name (O#10); and back
home, "who do I call here" gets the hotline and a person, with no button of the country just left (O#11)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.checklist import question
from bot.i18n import Catalogs
from bot.standin.server import SentMessage
from tests.chat import Chat, said
from tests.conftest import FakeClock
from tests.test_checklist_flow import SAFE, label, open_checklist

LANGUAGES = ["ru", "tk", "en"]
HOTLINE = "+99312463514"
HIDE_FIRST = (
    "🙈 All right. If someone may see this chat, tap «{button}»: it deletes our recent messages on both sides and "
    "sends nothing back. Write again when it is safe: I will be here."
)


def hide_label(app: Any, language: str) -> str:
    return said(app, language, "🙈 Hide this chat", "button")


def hides_first(app: Any, chat: Chat, reply: SentMessage, language: str) -> bool:
    hide = hide_label(app, language)
    return reply.text.startswith(said(app, language, HIDE_FIRST).format(button=hide)) and (
        chat.labels(reply)[:1] == [hide]
    )


# O#1: being watched at a checklist question -------------------------------------------------------------------------

# At question 1 (age), 2 (job) and 3 (contract): someone near, no time to talk, someone will see.
AT_A_QUESTION = {
    "ru": {"age": "он увидит", "job": "он рядом", "contract": "не могу сейчас говорить"},
    "tk": {"age": "ol görer", "job": "ol ýanymda", "contract": "men häzir gürläp bilemok"},
    "en": {"age": "he will see", "job": "i cant talk now", "contract": "he is here"},
}
CONTINUE = {"ru": "продолжить", "tk": "dowam et", "en": "continue"}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_being_watched_at_a_checklist_question_gets_hide_first_and_the_checklist_is_kept(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    """A sign of being watched wins over reading the words as the question's answer: the person is not told to
    press a button and shown the question again (a longer chat on a phone someone is looking at)."""
    chat = chat_with(language)
    await open_checklist(app, chat, language)
    for key, typed in AT_A_QUESTION[language].items():
        before = await app.bot_data.storage.checklist_progress(chat.chat_id)
        reply = await chat.send(typed)
        assert hides_first(app, chat, reply, language), (typed, reply.text)
        assert said(app, language, question(key).text) not in reply.text
        kept = await app.bot_data.storage.checklist_progress(chat.chat_id)
        assert kept == before  # nothing counted, nothing lost
        # written again when it is safe: the question goes on where it stopped
        await chat.send(CONTINUE[language])
        assert said(app, language, question(key).text) in chat.last_reply().text
        await chat.press(label(app, language, key, SAFE[key]))


# O#3 and O#4: "cannot talk" that is about a language, and a relative come home -----------------------------------

# "I can't speak Turkish", "I can't write Russian well": what the person can say, not that someone is near.
NO_LANGUAGE = {
    "ru": ("не могу писать по-турецки", "не могу писать по русски хорошо"),
    "tk": ("türkçe gürläp bilemok", "rusça ýazyp bilemok"),
    "en": ("i cant speak turkish", "i can't write english well"),
}
# A son or a brother come home: family news, not a sign of being watched.
FAMILY_NEWS = {
    "ru": ("сын вернулся", "брат дома"),
    "tk": ("ogul geldi", "doganym öýde"),
    "en": ("my son is back home", "my brother is home"),
}
# Real ones, kept: someone near or no time to talk now.
STILL_WATCHED = {
    "ru": ("не могу сейчас говорить", "он рядом", "муж дома"),
    "tk": ("men häzir gürläp bilemok", "ol ýanymda", "adamym öýde"),
    "en": ("he will see", "i cant talk now", "my husband is home"),
}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_cannot_speak_a_language_is_not_being_watched_and_keeps_the_language(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    for typed in NO_LANGUAGE[language]:
        reply = await chat.send(typed)
        assert hide_label(app, language) not in chat.labels(reply), (typed, reply.text)
        assert not reply.text.startswith("⚠️"), (typed, reply.text)  # nor a cry for help
        person = await app.bot_data.storage.get_person(chat.chat_id)
        assert person is not None and person.language == language, typed  # not switched to the language named
        assert not reply.text.startswith(said(app, language, "Done: I will write in English.")), typed


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_relative_come_home_is_news_and_a_partner_at_home_still_offers_hide(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    """A son, a brother or a mother come home is what a family of migrants writes when one comes back: news, not
    a sign that someone is looking at the phone; it is answered as any message is. A husband (or "he") at home, in
    two words and nothing else, is kept as a sign of being watched: it is what a woman whose partner controls her
    writes before she stops, and if it is good news instead, the Hide button costs nothing, while the reply still
    says she can write again and reach the hotline quietly (🆘), so it is not a screen about hiding alone. Said with
    more ("муж вернулся из России"), it is news again and read as usual."""
    chat = chat_with(language)
    await chat.send("/start")
    for typed in FAMILY_NEWS[language]:
        reply = await chat.send(typed)
        assert not reply.text.startswith("🙈"), (typed, reply.text)
        assert hide_label(app, language) not in chat.labels(reply), (typed, reply.text)
    for typed in STILL_WATCHED[language]:
        reply = await chat.send(typed)
        assert hide_label(app, language) in chat.labels(reply)[:2], (typed, reply.text)
        assert reply.text.startswith("🙈"), (typed, reply.text)


# O#9: thanks -----------------------------------------------------------------------------------------------------

THANKS = {
    "ru": ("пасиб", "благодарю сестра", "сагбол"),
    "tk": ("sag boluň", "sag bolun", "сагбол"),
    "en": ("tysm", "thank u sis", "sag bol"),
}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_everyday_thanks_get_you_are_welcome(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    for typed in THANKS[language]:
        reply = await chat.send(typed)
        assert reply.text.startswith(
            said(app, language, "You are welcome! If you have another question, just write it.")
        ), (typed, reply.text)


# O#10: "nobody answers" on an urgent case nobody took ---------------------------------------------------------------

NOBODY = {"ru": "никто не отвечает", "tk": "hiç kim jogap berenok", "en": "nobody answers"}
TO_THE_HOTLINE = (
    "📨 Your messages have reached the hotline team: they see them, and a person will write to you here. If you are "
    "in danger now, do not wait: call the hotline or tap 🆘."
)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_nobody_answers_hours_after_sos_is_answered_on_that_message(
    app: Any, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/sos")
    await chat.press(said(app, language, "🆘 Ask a person to write to me now", "button"))
    clock.advance(3 * 3600)
    shown = len(chat.bot_messages())
    await chat.send(NOBODY[language])
    answered = chat.bot_messages()[shown:]
    reassured = [m for m in answered if m.text.startswith(said(app, language, TO_THE_HOTLINE))]
    assert len(reassured) == 1, [m.text for m in answered]
    assert HOTLINE in reassured[0].text


def test_the_reassurance_names_the_team_in_words_that_fit_the_sentence() -> None:
    """The hotline team is not put into "дошли до {organisation}" in the nominative ("до команда")."""
    catalogs = Catalogs.load()
    ru = catalogs("ru").gettext(TO_THE_HOTLINE)
    tk = catalogs("tk").gettext(TO_THE_HOTLINE)
    assert "до команды горячей линии" in ru
    assert "topary guramasyna" not in tk and "ynam telefonynyň toparyna" in tk


# O#11: back home ------------------------------------------------------------------------------------------------------

BACK_HOME = {
    "ru": ("я вернулся домой в дашогуз из москвы", "куда обратиться тут"),
    "tk": ("men moskwadan öýe gaýdyp geldim", "kime ýüz tutmaly şu ýerde"),
    "en": ("im back home in mary from moscow", "who do i call here"),
}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_back_home_whom_to_turn_to_here_gets_the_hotline_and_a_person(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    home, where = BACK_HOME[language]
    welcome = await chat.send(home)
    russia = app.bot_data.countries.get("ru").title(language)
    assert not any(russia in button for button in chat.labels(welcome)), chat.labels(welcome)
    reply = await chat.send(where)
    assert HOTLINE in reply.text, reply.text
    assert said(
        app, language, "I am not sure I understood your question, and I do not want to guess."
    ) not in (reply.text)
    assert said(app, language, "🙋 Talk to an NGO", "button") in chat.labels(reply)
    assert not any(russia in button for button in chat.labels(reply))
