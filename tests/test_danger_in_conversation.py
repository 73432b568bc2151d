"""The danger path's replies as a person meets them mid-conversation: no repeated alarm while a worker is writing
with them, numbers left on screen when a button under them is pressed, the country they showed kept for the hour,
a "not sure" reply that promises only what it shows, and the emergency number asked for in words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.casework import IN_CONVERSATION_SECONDS, danger_raises_alarm
from bot.nlp.number_question import asks_emergency_number
from bot.nlp.watched import fears_being_watched
from bot.recent import RECENT_SECONDS, RecentChoices
from bot.standin.server import SentMessage, StandIn
from handlers.common import MENU_SHOW
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT, FakeClock
from tests.test_crisis_flow import DANGER, HOTLINE, sos_label
from tests.test_handoff_flow import MARY_CHAT, request_help_from_mary, staff

ISTANBUL = (41.01, 28.98)
URGENT_TEXTS = ("🆘 Your request #{number} is urgent.", "🆘 Your request #{number} is now urgent.")


def danger_line(app: Any, language: str, country: str | None = None) -> str:
    if country is None:
        return said(
            app,
            language,
            "If your life is in danger right now, call the local emergency number or ask people nearby to call "
            "the police, even if your papers are not in order.",
        )
    pack = app.bot_data.countries.get(country)
    return said(
        app,
        language,
        "If your life is in danger right now, call {number} (the emergency number in {country}) or ask "
        "people nearby to call the police, even if your papers are not in order.",
    ).format(number=pack.emergency, country=pack.in_sentence(language))


def now_message(chat: Chat, earlier: SentMessage) -> SentMessage:
    """The message as it is in the chat now (edited or not)."""
    return next(m for m in chat.bot_messages() if m.message_id == earlier.message_id)


# E#8: repeated alarms -------------------------------------------------------------------------------------------


def test_danger_alarms_unless_a_worker_of_a_claimed_case_wrote_in_the_last_minutes() -> None:
    now = 1_000_000
    assert danger_raises_alarm(claimed=False, staff_wrote_at=None, now=now)
    assert danger_raises_alarm(claimed=True, staff_wrote_at=None, now=now), "claimed, but nobody wrote yet"
    assert not danger_raises_alarm(claimed=True, staff_wrote_at=now - 60, now=now)
    assert danger_raises_alarm(claimed=True, staff_wrote_at=now - IN_CONVERSATION_SECONDS, now=now)
    assert danger_raises_alarm(claimed=False, staff_wrote_at=now - 60, now=now), "unclaimed: escalate"


async def start_talking(app: Any, standin: StandIn, chat: Chat, language: str) -> int:
    """A case with Mary's organisation, claimed, and a worker who has just written to the person."""
    number = await request_help_from_mary(app, chat, language)
    worker = staff(app, standin)
    await worker.press(worker.card(number), said(app, "ru", "✋ Claim", "button"))
    await worker.reply(worker.card(number), "Здравствуйте, я вас слушаю. Где вы сейчас?")
    return number


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_danger_written_to_a_worker_who_is_writing_is_delivered_marked_without_a_new_alarm(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await start_talking(app, standin, chat, language)
    coordinator_before = len(standin.messages_in(COORDINATOR_CHAT, from_bot=True))
    before = len(chat.bot_messages())
    await chat.send(DANGER[language])
    told = "\n".join(m.text for m in chat.bot_messages()[before:])
    for urgent in URGENT_TEXTS:
        assert urgent.split("{")[0] not in told and said(app, language, urgent).split("#")[0] not in told
    assert HOTLINE not in told, "not the whole alert again"
    assert danger_line(app, language) in told, "the one line on what to do if life is in danger now"
    relayed = staff(app, standin).last()
    assert DANGER[language] in relayed.text
    assert relayed.text.startswith("⚠️") and "SOS" not in relayed.text and "🆘" not in relayed.text
    assert len(standin.messages_in(COORDINATOR_CHAT, from_bot=True)) == coordinator_before, "no new alert"
    assert not (await app.bot_data.storage.case(number)).urgent
    assert (number, 0, "urgent:message") not in await app.bot_data.storage.audit_log()


async def test_danger_after_the_worker_has_been_silent_a_while_raises_the_alarm_again(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("ru")
    number = await start_talking(app, standin, chat, "ru")
    clock.now += IN_CONVERSATION_SECONDS + 1
    reply = await chat.send(DANGER["ru"])
    assert said(app, "ru", "🆘 Your request #{number} is now urgent.").format(number=number) in reply.text
    assert (await app.bot_data.storage.case(number)).urgent
    relayed = next(m for m in reversed(staff(app, standin).messages()) if DANGER["ru"] in m.text)
    assert relayed.text.startswith("🆘")


async def test_sos_pressed_while_a_worker_is_writing_always_escalates(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await start_talking(app, standin, chat, "en")
    reply = await chat.send("/sos")
    assert f"#{number}" in reply.text and HOTLINE in reply.text
    assert (await app.bot_data.storage.case(number)).urgent
    assert "SOS" in staff(app, standin).last().text


async def test_danger_on_a_case_in_conversation_naming_a_city_gives_its_number_in_one_line(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await start_talking(app, standin, chat, "ru")
    reply = await chat.send("меня бьют и не выпускают, я в Стамбуле")
    assert reply.text == danger_line(app, "ru", "tr")


# E#13: numbers stay on screen -----------------------------------------------------------------------------------


async def test_sos_under_a_countrys_pack_leaves_the_pack_on_screen(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    await chat.share_location(*ISTANBUL)
    pack = next(m for m in reversed(chat.bot_messages()) if "🚨 112" in m.text)
    confirmation = await chat.press(sos_label(app, "ru"))
    assert confirmation.message_id != pack.message_id
    assert "#" in confirmation.text
    kept = now_message(chat, pack)
    assert kept.text == pack.text and "☎️ 157" in kept.text


@pytest.mark.parametrize("where", ["danger reply", "sos screen"])
async def test_sos_under_the_danger_reply_or_the_sos_screen_leaves_the_numbers_on_screen(
    app: Any, chat_with: Callable[..., Chat], where: str
) -> None:
    chat = chat_with("en")
    shown = await chat.send(DANGER["en"] if where == "danger reply" else "/sos")
    assert HOTLINE in shown.text
    confirmation = await chat.press(sos_label(app, "en"))
    assert confirmation.message_id != shown.message_id
    assert now_message(chat, shown).text == shown.text


async def test_the_menu_under_a_countrys_pack_comes_below_it(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("tk")
    await chat.send("/start")
    await chat.share_location(*ISTANBUL)
    pack = next(m for m in reversed(chat.bot_messages()) if "🚨 112" in m.text)
    await chat.press_data(pack, MENU_SHOW)
    assert chat.last_reply().message_id != pack.message_id
    assert said(app, "tk", "☰ Menu", "button") in chat.labels(pack)
    assert now_message(chat, pack).text == pack.text


# E#17: the country shown is known for the hour ------------------------------------------------------------------

TK_DANGER_NO_PLACE = "pasportymy almady, gorkyan, kömek edin"


def test_a_place_is_known_for_an_hour_and_then_forgotten() -> None:
    places = RecentChoices()
    places.note(1, "tr", 1000)
    assert places.get(1, 1000 + RECENT_SECONDS - 1) == "tr"
    assert places.get(1, 1000 + RECENT_SECONDS) is None
    assert places.get(2, 1000) is None
    places.note(1, "ru", 2000)
    places.note(2, "kz", 2500)
    places.note(1, "ae", 3000)  # shown again: its hour starts again, behind the other person's
    places.note(3, "ru", 2500 + RECENT_SECONDS)  # the second person's hour is over
    assert places.get(1, 2500 + RECENT_SECONDS) == "ae" and places.get(2, 2500 + RECENT_SECONDS) is None
    places.forget(1)
    assert places.get(1, 3000) is None


async def test_a_location_in_istanbul_gives_turkiyes_number_to_the_next_danger_message_without_a_place(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("tk")
    await chat.send("/start")
    await chat.share_location(*ISTANBUL)  # and "may I remember?" left unanswered
    reply = await chat.send(TK_DANGER_NO_PLACE)
    assert reply.text.startswith("⚠️"), "answered as danger"
    assert danger_line(app, "tk", "tr") in reply.text


async def test_a_city_named_in_danger_gives_its_number_to_the_next_message_too(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("меня бьют и не выпускают, я в Стамбуле")
    reply = await chat.send("меня бьют и не выпускают из квартиры")
    assert danger_line(app, "ru", "tr") in reply.text


@pytest.mark.parametrize("how", ["/hide", "no, do not keep it", "an hour later"])
async def test_the_place_shown_is_forgotten_after_hide_a_no_or_an_hour(
    app: Any, chat_with: Callable[..., Chat], clock: FakeClock, how: str
) -> None:
    chat = chat_with("tk")
    await chat.send("/start")
    await chat.share_location(*ISTANBUL)
    if how == "/hide":
        await chat.send_only("/hide")
    elif how == "an hour later":
        clock.now += RECENT_SECONDS
    else:
        await chat.press(said(app, "tk", "No, do not keep it", "button"))
    reply = await chat.send(TK_DANGER_NO_PLACE)
    assert danger_line(app, "tk") in reply.text, "the local emergency number, none named"


async def test_forget_forgets_the_place_shown(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.share_location(*ISTANBUL)
    await chat.send("/forget")
    await chat.press(said(app, "en", "Yes, delete everything", "button"))
    reply = await chat.send(DANGER["en"])
    assert danger_line(app, "en") in reply.text


# E#16: the "not sure" reply -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [("ru", "нет не надо он увидит"), ("ru", "извините я передумала"), ("ru", "алло вы здесь?")],
)
async def test_the_not_sure_reply_speaks_of_topics_only_when_it_offers_some(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    promise = said(app, language, "Maybe one of these topics helps. Or talk to a person.")
    offered = any(label.startswith("📄") for label in chat.labels(reply))
    assert (promise in reply.text) == offered
    if (
        said(app, language, "I am not sure I understood your question, and I do not want to guess.")
        in reply.text
    ):
        assert (
            offered or said(app, language, "You can ask in other words, or talk to a person.") in reply.text
        )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "нет не надо он увидит"),
        ("en", "no not now, he will see"),
        ("tk", "ýok gerek däl, ol görer"),
        ("en", "he checks my phone every evening"),
    ],
)
async def test_a_fear_of_being_watched_gets_the_hide_button(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    await chat.send(text)
    assert said(app, language, "🙈 Hide this chat", "button") in chat.labels()


def test_the_words_of_being_watched_are_told_from_ordinary_ones() -> None:
    for text in ("он увидит", "за мной следят", "he checks my phone", "Ол гөрер", "telefonymy barlaýar"):
        assert fears_being_watched(text), text
    for text in ("how do I see a doctor", "я видел объявление", "where can I see the contract"):
        assert not fears_being_watched(text), text


# E#3: the emergency number asked for ----------------------------------------------------------------------------


def test_a_question_for_an_emergency_number_is_told_from_other_messages() -> None:
    for text in (
        "скорая в россии какой номер",
        "tiz kömek belgisi Russiyada näçe",
        "тиз көмек белгиси näçe",
        "what is the police number in turkey",
        "номер полиции в дубае",
        "телефон скорой помощи",
    ):
        assert asks_emergency_number(text), text
    for text in (
        "полиция забрала мой телефон",
        "the police took my phone",
        "the police asked for my passport number",
        "polisiýa pasport belgimi sorady",
        "как получить рабочую визу в россию",
    ):
        assert not asks_emergency_number(text), text


@pytest.mark.parametrize(
    ("language", "text", "country", "numbers"),
    [
        ("ru", "скорая в россии какой номер", "ru", ("112", "103")),
        ("tk", "tiz kömek belgisi Russiyada näçe", "ru", ("112", "103")),
        ("en", "what is the police number in turkey", "tr", ("112", "157")),
        ("ru", "номер полиции в дубае", "ae", ("999", "998")),
    ],
)
async def test_asking_for_the_emergency_number_gets_the_countrys_numbers_first(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str, country: str, numbers: tuple[str, ...]
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    pack = app.bot_data.countries.get(country)
    first, _, rest = reply.text.partition("\n")
    assert first == said(app, language, "Emergency numbers: {country}").format(country=pack.title(language))
    for number in numbers:
        assert f"{number} " in rest.split("\n\n")[0], "the numbers come first"
    full_pack = said(app, language, "🌍 {country}: numbers, rules", "button").format(
        country=pack.title(language)
    )
    assert full_pack in chat.labels(reply)
    assert sos_label(app, language) in chat.labels(reply)


async def test_asking_for_the_emergency_number_without_a_country_asks_which_country(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("what is the ambulance number")
    question = next(m for m in reversed(chat.bot_messages()) if m.buttons())
    assert question.text == said(app, "en", "Which country are you in?")
    assert app.bot_data.countries.get("tr").title("en") in chat.labels(question)


async def test_asking_for_the_emergency_number_after_showing_where_one_is_gives_that_countrys(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    await chat.share_location(*ISTANBUL)
    reply = await chat.send("какой номер скорой?")
    title = app.bot_data.countries.get("tr").title("ru")
    assert reply.text.startswith(said(app, "ru", "Emergency numbers: {country}").format(country=title))


# Tester H: a photo's caption and a city named mid-conversation ------------------------------------------------------


async def test_a_danger_caption_written_to_a_worker_who_is_writing_raises_no_new_alarm(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    number = await start_talking(app, standin, chat, "ru")
    coordinator_before = len(standin.messages_in(COORDINATOR_CHAT, from_bot=True))
    await chat._process(standin.user_media(chat.user, "photo", caption="он меня избил, вот, я в Стамбуле"))
    assert chat.last_reply().text == danger_line(app, "ru", "tr")
    assert not (await app.bot_data.storage.case(number)).urgent
    assert len(standin.messages_in(COORDINATOR_CHAT, from_bot=True)) == coordinator_before, "no new alert"
    photo = next(m for m in reversed(standin.messages_in(MARY_CHAT, from_bot=True)) if m.kind == "photo")
    assert photo.text.startswith("⚠️"), "the worker sees the photo marked as danger, as a text would be"


async def test_a_city_named_in_danger_mid_conversation_gives_its_number_to_the_next_danger_too(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await start_talking(app, standin, chat, "ru")
    await chat.send("меня бьют и не выпускают, я в Стамбуле")
    reply = await chat.send("он опять пришёл, угрожает убить")
    assert reply.text == danger_line(app, "ru", "tr")
