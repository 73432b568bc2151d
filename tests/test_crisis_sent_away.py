"""A person being sent abroad or to work against their will, and a child being taken abroad to work by someone, are
answered as danger (bot/nlp/crisis_sending.py): the hotline first, and for the child, plainly, not to go. Questions
about the same things, a family travelling together and study abroad stay questions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.crisis import CrisisKind, detect_crisis
from tests.chat import Chat, said
from tests.test_crisis_flow import HOTLINE, sos_label

K = CrisisKind

# What the testers sent, then other ways of saying the same, in each language.
SENT_AWAY = {
    "tk": "agent pasportymy aldy we yzyna berenok, 2000 dollar bergiň bar diýýär, ertir Dubaýa ugradýarlar, "
    "gitmek islämok",
    "en": "the agent took my passport and says i owe him 2000 dollars, they send me to dubai tomorrow and i dont "
    "want to go",
    "ru": "агент забрал мой паспорт и не отдает, говорит что я должна 2000 долларов, завтра отправляют в дубай, я не "
    "хочу ехать",
}
CHILD_TAKEN = {
    "en": "i'm 16, a man on instagram says he will take me to dubai to work as a model tomorrow, my parents dont know",
    "ru": "мне 15, мужчина из инстаграма говорит что завтра увезет меня в дубай работать моделью, родители не знают",
    "tk": "15 ýaşym, instagramdaky bir adam meni ertir Dubaýa model bolup işlemäge alyp gitjek diýýär, ene-atam "
    "bilenok",
}


@pytest.mark.parametrize(
    "text",
    [
        *SENT_AWAY.values(),
        "they are sending me to turkey on friday and i don't want to go, the agent has my passport",
        "the boss says i owe him for the ticket and he is sending me to work in another city, he won't give my "
        "passport back",
        "they're putting me on a plane to dubai tonight against my will",
        "my agent is forcing me to fly to istanbul tomorrow",
        "I don't want to go but they say I must, they have my passport",
        "the agent says i owe him 3000, tomorrow they send me to moscow",
        "меня отправляют насильно в Россию на стройку",
        "завтра везут нас в Стамбул, мы не хотим ехать, паспорта у хозяина",
        "я не хочу ехать, но они говорят что я должна, паспорт забрали",
        "агент забрал паспорт и не отдаёт, в понедельник отправляет меня в Дубай",
        "zor bilen ugradýarlar",
        "meni zor bilen Russiýa ugradýarlar, pasportym olarda",
        "gitmek islämok, ýöne gitmeli diýýärler, pasportymy bermeýärler",
        "agent 1500 dollar bergiň bar diýip meni ertir Türkiýä iberjek",
        "ertir bizi Stambula äkidýärler, biz gitmek islemeýäris",
    ],
)
def test_being_sent_away_against_ones_will_is_a_danger_of_being_held(text: str) -> None:
    assert detect_crisis(text) == K.CONFINEMENT


def test_being_sent_to_men_against_ones_will_is_sexual_exploitation() -> None:
    assert detect_crisis("they send me to men's apartments, i dont want, they say i owe 5000") == K.SEXUAL
    assert (
        detect_crisis("каждый вечер меня везут в сауну к мужчинам, я не хочу, говорят я должна") == K.SEXUAL
    )


@pytest.mark.parametrize(
    "text",
    [
        *CHILD_TAKEN.values(),
        "im 15 and a woman i met on tiktok is taking me to turkey next week to work as a nanny, i didnt tell my mom",
        "i am 16, a guy from instagram will fly me to dubai on saturday to work as a model",
        "my daughter is 14, a man wants to take her to russia to work, he says tomorrow",
        "i'm 17 and i'm leaving with him to istanbul tonight, my parents don't know",
        "мне 16, девушка из тиктока увезёт меня в Турцию работать няней, маме не говорила",
        "мне 15 лет, знакомый отправляет меня в Москву на работу в эту пятницу",
        "дочке 14, какой-то мужчина хочет увезти её в Дубай работать, завтра",
        "мне 17, я уезжаю с ним в Стамбул, родители не знают",
        "men 16 ýaşymda, bir aýal meni Türkiýä daýa bolup işlemäge alyp gitjek, ejeme aýtmadym",
        "15 ýaşym bar, instagramdan bir oglan meni Dubaýa işe äkitjek",
        "gyzym 14 ýaşynda, bir erkek ony ertir Russiýa işe alyp gitmekçi",
        "17 ýaşym, onuň bilen ertir Stambula gitjek, ene-atam bilenok",
    ],
)
def test_a_child_taken_abroad_to_work_by_someone_is_a_child_in_danger(text: str) -> None:
    assert detect_crisis(text) == K.CHILD


@pytest.mark.parametrize(
    "text",
    [
        # the testers' near misses
        "my son is 16 and wants to study in Turkey, how",
        "i am 17, can i work in russia in summer with my parents",
        "the agent says the flight is tomorrow, what should I check",
        "agent sends people to dubai, is it legit",
        # study, holidays, a business trip, going home, the family along, a question about a fee or an offer
        "my parents are sending me to study in russia but i don't want to go",
        "i'm 15, my dad is taking me to dubai for the holidays",
        "the company is sending me on a business trip to kazan, i don't want to go",
        "they are sending me home next week, i don't want to go back",
        "i owe the agency 500 dollars for the visa, they send me to poland next month, is that normal?",
        "nobody is sending me anywhere, i just want to know about visas",
        "my nephew is 16, a man says he can take him to Istanbul to work in a shop. Is this safe?",
        "мне 16, хочу поехать работать в Турцию летом с мамой, можно?",
        "сына 16 лет отправляем учиться в Казань, какие документы нужны",
        "агентство завтра отправляет меня в Дубай, что взять с собой?",
        "меня отправляют в командировку в Москву, не хочу ехать",
        "мне 15, как отправить деньги в Россию",
        "ogluma 16 ýaş, Türkiýä okuwa ibermek isleýäris, näme gerek?",
        "17 ýaşym, ene-atam bilen tomusda Russiýa işlemäge gitjek, bolýarmy?",
        "agent ertir uçar diýýär, näme barlamaly?",
        "agent adamlary Dubaýa ugradýar, ol ygtybarlymy?",
        "çagalarymy Türkiýä özüm bilen nädip alyp gitmeli",
    ],
)
def test_questions_about_travel_work_and_study_abroad_are_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_person_sent_away_is_told_it_is_not_their_fault_and_gets_the_numbers_first(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(SENT_AWAY[language])
    acknowledgement = said(
        app,
        language,
        "⚠️ Being locked in, kept from leaving or sent somewhere against your will is dangerous, and it is not "
        "your fault.",
    )
    assert reply.text.startswith(acknowledgement)
    assert HOTLINE in reply.text
    assert chat.labels(reply)[0] == sos_label(app, language)


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_child_about_to_be_taken_abroad_is_told_not_to_go_and_to_tell_an_adult(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(CHILD_TAKEN[language])
    first_line, _, rest = reply.text.partition("\n")
    assert first_line == said(
        app,
        language,
        "⚠️ A child in danger needs help at once, and it is not the child's fault. If you are under 18 and "
        "someone wants to take you away to work, do not go: tell an adult you trust and call the hotline.",
    )
    assert {"en": "do not go", "ru": "не уезжайте", "tk": "gitmäň"}[language] in first_line
    assert HOTLINE in rest
    assert chat.labels(reply)[0] == sos_label(app, language)
