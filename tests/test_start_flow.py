"""The way in: /start → language → menu, in each language, through the real Application and the stand-in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from tests.chat import Chat

GREETING = {
    "en": "Hello! I help people travel and work abroad safely",
    "ru": "Здравствуйте! Я помогаю безопасно ехать и работать за границей",
    "tk": "Salam! Men daşary ýurda howpsuz gitmäge",
}
MENU_FIRST = {"en": "❓ Ask a question", "ru": "❓ Задать вопрос", "tk": "❓ Sorag bermek"}
LANGUAGE_BUTTON = {"en": "English", "ru": "Русский", "tk": "Türkmençe"}
CONFIRMED = {
    "en": "Done: I will write in English.",
    "ru": "Готово: теперь я пишу по-русски.",
    "tk": "Boldy: indi size türkmençe ýazaryn.",
}


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_start_greets_in_telegrams_language_with_privacy_line_hotline_and_menu(
    chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send("/start")
    assert reply.text.startswith(GREETING[language])
    assert "🔒" in reply.text
    assert "+99312463514" in reply.text and "+99342232229" in reply.text
    assert chat.labels()[0] == MENU_FIRST[language]
    assert len(chat.labels()) == 5


@pytest.mark.parametrize("telegram_language", ["tr", "uz", None])
async def test_other_telegram_languages_are_greeted_in_all_three_and_asked_to_choose(
    chat_with: Callable[..., Chat], telegram_language: str | None
) -> None:
    chat = chat_with(telegram_language)
    reply = await chat.send("/start")
    for language in ("ru", "tk", "en"):
        assert GREETING[language] in reply.text
    assert chat.labels() == ["Русский", "Türkmençe", "English"]
    reply = await chat.press("Türkmençe")
    assert reply.text.startswith(CONFIRMED["tk"])


@pytest.mark.parametrize(("telegram_language", "chosen"), [("en", "tk"), ("tk", "ru"), ("ru", "en")])
async def test_language_is_chosen_once_and_kept(
    chat_with: Callable[..., Chat], telegram_language: str, chosen: str
) -> None:
    chat = chat_with(telegram_language)
    await chat.send("/start")
    await chat.send("/language")
    assert chat.labels() == ["Русский", "Türkmençe", "English"]
    reply = await chat.press(LANGUAGE_BUTTON[chosen])
    assert reply.text.startswith(CONFIRMED[chosen])
    assert chat.labels()[0] == MENU_FIRST[chosen]
    # Telegram still reports the old language, but the choice wins from now on.
    reply = await chat.send("/start")
    assert reply.text.startswith(GREETING[chosen])


async def test_language_can_be_changed_from_the_menu(chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.press("🌐 Language")
    reply = await chat.press("Türkmençe")
    assert reply.text.startswith(CONFIRMED["tk"])


async def test_help_and_menu_commands_answer(chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("ru")
    assert "Что я умею" in (await chat.send("/help")).text
    assert chat.labels()[0] == MENU_FIRST["ru"]
    assert (await chat.send("/menu")).text.startswith("Чем я могу помочь?")


async def test_emergency_shows_the_numbers_first_and_asks_nothing(chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("tk")
    await chat.send("/start")
    reply = await chat.press("🆘 Maňa häzir kömek gerek")
    assert reply.text.startswith("📞 Ynam telefony: +99312463514, +99342232229")


async def test_command_menu_is_registered_in_each_language(app: object, standin: StandIn) -> None:
    # A person's menu is the default one; groups get the staff commands (tests/test_staff_help.py).
    by_language = {
        language: commands for (scope, language), commands in standin.commands.items() if scope == "default"
    }
    assert set(by_language) >= {"ru", "tk", "en", ""}
    assert [c["command"] for c in by_language["ru"]][:2] == ["start", "menu"]
    assert by_language["tk"][0]["description"] == "Täzeden başlamak"
    assert by_language["ru"][0]["description"] == "Начать сначала"


async def test_a_deep_link_campaign_is_stored_and_a_bad_one_ignored(
    app: object, chat_with: Callable[..., Chat]
) -> None:
    storage = app.bot_data.storage  # type: ignore[attr-defined]
    await chat_with("en", user_id=1).send("/start poster_mary")
    await chat_with("en", user_id=2).send("/start <script>")
    assert (await storage.get_person(1)).campaign == "poster_mary"
    assert (await storage.get_person(2)).campaign is None


async def test_a_sticker_gets_a_hint_not_silence(chat_with: Callable[..., Chat], standin: StandIn) -> None:
    chat = chat_with("en")
    standin.add_chat(chat.chat_id)
    await chat._process(
        standin.raw_update(
            {
                "message": {
                    "message_id": 999,
                    "date": 1,
                    "chat": {"id": chat.chat_id, "type": "private"},
                    "from": {"id": chat.chat_id, "is_bot": False, "first_name": "A"},
                    "sticker": {
                        "file_id": "x",
                        "file_unique_id": "y",
                        "type": "regular",
                        "width": 1,
                        "height": 1,
                        "is_animated": False,
                        "is_video": False,
                    },
                }
            }
        )
    )
    assert chat.last_reply().text.startswith("I understand text messages")


async def test_the_periodic_jobs_are_scheduled(app: Any) -> None:
    names = {job.name for job in app.job_queue.jobs()}
    assert names == {
        "check_cases",
        "purge_expired",
        "weekly_report",
        "send_error_alerts",
        "finish_forget_jobs",
    }
