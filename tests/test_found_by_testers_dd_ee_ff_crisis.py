"""False alarms found by exploratory testers DD, EE and FF: ordinary lines the crisis detector read as danger, each
a danger reply on a phone someone may read and, on an open case, an urgent message to staff. The hours worked in a
sewing workshop, a cleaner whose madam is nice, a number to call home (FF#3); a word with a number, "спам 13", "кв 34"
(EE#3); an address with a landmark and when not to write, from a man whose phone is checked (DD#4); a locked bag
(DD#6); what a recruiter promised a 17-year-old and her photo's caption (DD#2); a father asking whether his son may
work for his uncle in Russia (DD#7). Danger said in the same words still alarms."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.crisis import CrisisKind, detect_crisis
from bot.standin.server import StandIn
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT
from tests.test_crisis_flow import sos_label
from tests.test_handoff_flow import staff

ORDINARY = {
    "en": [
        # FF#3
        "we work 12 hours in the sewing workshop",
        "i work 10 hours a day in a textile factory",
        "i am a cleaner in a villa in dubai, madam is nice",
        "im a maid in a house in riyadh, the family is kind",
        "i need a number to call home",
        # EE#3
        "spam 13",
        "spam 34",
        "room 14",
        # DD#4
        "sihanoukville. big building near casino",
        "phnom penh, tall building near the market",
        "dont reply when night",
        "please dont write at night, only in the morning",
        # DD#6
        "the bag is locked and they dont give me the key",
        "my suitcase is locked, they keep the key",
        # DD#2
        "she said send these photos",
        "they said they will make the passport",
        "she said she will buy the ticket next week",
        # DD#7
        "hello my son is 15 years old his uncle wants to take him to russia to work in his shop in kazan for summer"
        " is it allowed",
    ],
    "ru": [
        "мы работаем по 12 часов в швейном цехе",
        "я уборщица на вилле в дубае, мадам хорошая",
        "мне нужен номер, чтобы позвонить домой",
        "спам 13",
        "спам 14",
        "спам 34",
        "кв 34",
        "сиануквиль, большое здание возле казино",
        "не пишите ночью",
        "не отвечайте ночью, только утром",
        "сумка закрыта на замок ключ не дают",
        "сумку заперли, ключ не дают",
        "чемодан закрыли на замок и ключ не отдают",
        "она сказала отправь эти фото",
        "она сказала что сделает паспорт и купит билет",
        "сыну 15 лет дядя хочет забрать его в россию работать у него в магазине на лето можно ли так",
    ],
    "tk": [
        "biz tikinçilik sehinde 12 sagat işleýäris",
        "men dubaýda villada arassaçy, hanym gowy adam",
        "öýe jaň etmek üçin belgi gerek",
        "spam 13",
        "kw 34",
        "sihanukwil, kazinonyň ýanynda uly jaý",
        "gije ýazmaň",
        "gije jogap bermäň, diňe irden ýazyň",
        "sumkany gulplap goýdular, açaryny bermeýärler",
        # DD#2, as she typed them
        "ol ayal ejene kakana aytma diydi, pasportyny biz edip berjek diydi",
        "bilet hem alyp berjek diydi indiki hepde",
        "su suratlary ugradyn diydi",
        "oglum 15 ýaşynda daýysy ony tomusda kazana öz dükanynda işlemäge alyp gitjek bolýarmy",
    ],
}
DANGER_IN_THE_SAME_WORDS = {
    "en": [
        ("we work 12 hours in the sewing workshop and the boss locks the door", CrisisKind.CONFINEMENT),
        ("im 14, i work 12 hours in the sewing workshop", CrisisKind.CHILD),
        ("i am a cleaner in a villa in dubai, madam locks me inside", CrisisKind.CONFINEMENT),
        ("i am a cleaner in a villa in dubai, madam is nice but sir beats me", CrisisKind.VIOLENCE),
        ("sihanoukville, big building near casino, we cant leave", CrisisKind.CONFINEMENT),
        ("they locked me in the room and keep the key", CrisisKind.CONFINEMENT),
        ("she said send naked photos", CrisisKind.SEXUAL),
        ("my son is 15 and the boss beats him", CrisisKind.CHILD),
        ("his uncle took my 15 year old son and does not let him call", CrisisKind.CHILD),
        (
            "my son is 15 his uncle takes him to russia tomorrow to work in his shop is it allowed",
            CrisisKind.CHILD,
        ),
    ],
    "ru": [
        ("мы работаем по 12 часов в швейном цехе, хозяин запирает дверь", CrisisKind.CONFINEMENT),
        ("моему сыну 14, он работает по 12 часов в швейном цехе", CrisisKind.CHILD),
        ("я уборщица на вилле в дубае, мадам запирает меня", CrisisKind.CONFINEMENT),
        ("мне нужен номер полиции, муж меня бьёт", CrisisKind.VIOLENCE),
        ("сиануквиль, большое здание возле казино, нас не выпускают", CrisisKind.CONFINEMENT),
        ("не отвечайте ночью, они проверяют телефоны и бьют", CrisisKind.VIOLENCE),
        ("дверь закрыта на замок ключ не дают", CrisisKind.CONFINEMENT),
        ("сумка закрыта на замок ключ не дают и меня заперли в комнате", CrisisKind.CONFINEMENT),
        ("меня заперли, ключ не дают", CrisisKind.CONFINEMENT),
        ("она сказала отправь голые фото", CrisisKind.SEXUAL),
        ("ей 14 лет", CrisisKind.CHILD),
    ],
    "tk": [
        ("biz tikinçilik sehinde 12 sagat işleýäris, bizi daşary goýberenok", CrisisKind.CONFINEMENT),
        ("men 14 ýaşymda, tikinçilik sehinde 12 sagat işleýärin", CrisisKind.CHILD),
        ("men dubaýda villada arassaçy, hanym meni jaýda gulplaýar", CrisisKind.CONFINEMENT),
        ("sihanukwil, kazinonyň ýanynda uly jaý, bizi daşary çykarmaýarlar", CrisisKind.CONFINEMENT),
        ("gije ýazmaň, telefonlary barlaýarlar we urýarlar", CrisisKind.VIOLENCE),
        ("otagy gulplap goýdular, açaryny bermeýärler", CrisisKind.CONFINEMENT),
        ("meni otaga gulpladylar, açaryny bermeýärler", CrisisKind.CONFINEMENT),
        ("pasportymy aldy, bilet alyp berjek diýdi, ýöne meni öýe goýberenok", CrisisKind.CONFINEMENT),
        ("ýalaňaç suratlaryňy ugrat diýdi", CrisisKind.SEXUAL),
        ("gyzym 14 ýaşynda", CrisisKind.CHILD),
    ],
}


@pytest.mark.parametrize("text", [text for texts in ORDINARY.values() for text in texts])
def test_an_ordinary_line_about_work_an_offer_or_reaching_someone_is_no_danger(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    ("text", "kind"), [pair for pairs in DANGER_IN_THE_SAME_WORDS.values() for pair in pairs]
)
def test_danger_told_in_the_same_words_still_alarms(text: str, kind: CrisisKind) -> None:
    assert detect_crisis(text) is kind


@pytest.mark.parametrize("text", ["spam 13", "кв 34"])
def test_a_word_and_a_number_is_not_the_models_even_with_the_patterns_agreeing(text: str) -> None:
    assert detect_crisis(text, model=False) is None
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", ["помогите 13", "заперли 3", "kömek 13", "help 13"])
def test_a_danger_word_with_a_number_still_alarms(text: str) -> None:
    assert detect_crisis(text) is not None


def danger_banners(chat: Chat, since: int = 0) -> list[str]:
    return [message.text for message in chat.bot_messages()[since:] if message.text.startswith("⚠️")]


@pytest.mark.parametrize(
    ("language", "ordinary", "danger"),
    [
        (
            "en",
            "we work 12 hours in the sewing workshop",
            "we work 12 hours in the sewing workshop and the boss locks the door",
        ),
        ("ru", "сумка закрыта на замок ключ не дают", "дверь закрыта на замок ключ не дают"),
        ("tk", "su suratlary ugradyn diydi", "ýalaňaç suratlaryňy ugrat diýdi"),
    ],
)
async def test_an_ordinary_line_gets_no_danger_banner_and_danger_in_its_words_does(
    chat_with: Callable[..., Chat], language: str, ordinary: str, danger: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    before = len(chat.bot_messages())
    await chat.send(ordinary)
    assert danger_banners(chat, before) == []
    before = len(chat.bot_messages())
    await chat.send(danger)
    assert danger_banners(chat, before), "the same words with danger told get the danger reply"


async def test_a_father_asking_whether_his_sons_job_is_allowed_gets_no_danger_banner(
    chat_with: Callable[..., Chat],
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    before = len(chat.bot_messages())
    await chat.send(ORDINARY["en"][-1])
    assert danger_banners(chat, before) == []
    assert "112" not in chat.last_reply().text


@pytest.mark.parametrize(
    "text", ["спам 13", "sihanoukville. big building near casino", "dont reply when night"]
)
async def test_a_line_on_an_open_case_does_not_make_it_urgent(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], text: str
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.send("/sos")
    await chat.press(sos_label(app, "en"))
    assert await app.bot_data.storage.open_case_for(chat.chat_id) is not None
    before = len(chat.bot_messages())
    await chat.send(text)
    assert all("🆘" not in message.text for message in chat.bot_messages()[before:]), (
        "no second urgent message on a phone that is checked"
    )
    assert text in staff(app, standin, chat_id=COORDINATOR_CHAT).last().text, "staff still read it"
