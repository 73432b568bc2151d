"""Forced labour told in several clauses (bot/nlp/crisis_labour.py): the passport held, a debt named, going out only
with a minder, the phone checked, pay withheld, none a danger alone, together are answered as danger (confinement).
A question about an offer before leaving, a past story, talk of workers in general and a question about long hours
stay questions. Turkmen typed without its own letters reads as written with them, and the learned second opinion
calls a danger a child's only when a young person is named."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.crisis import CrisisKind, detect_crisis
from tests.chat import Chat, said
from tests.test_crisis_flow import HOTLINE, sos_label

K = CrisisKind

# What the testers sent.
TOLD = {
    "tk": "salam, men Türkiýede, agentlik arkaly geldim, myhmanhanada iş diýdiler, indi ýyladyşykda işleýäris, pasportlarymyzy alyp goýdy, 3000 dollar bergili diýýär, diňe dükana gitmäge rugsat berýär, telefonlarymyzy barlaýar",
    "ru": "здравствуйте извините что пишу так поздно я не знаю к кому обратиться. я приехала в дубай полгода назад через агентство в ашхабаде обещали работу в отеле горничной а на деле живу в квартире с другими девушками хозяйка забрала паспорта говорит что мы должны ей 5000 долларов за дорогу и визу, выходить можно только с ней, денег не дают, телефон мой она иногда проверяет. мама дома болеет я не могу ей сказать. что мне делать?? только не звоните мне",
    "en": "hello sorry for writing. i came to antalya 4 months ago, agency promised hotel job. now we work in a greenhouse 14 hours, the boss keeps all our passports and says we owe him 3000 dollars for the ticket. we can go out only to the shop with his brother. he checks our phones. what can i do",
}


@pytest.mark.parametrize(
    "text",
    [
        *TOLD.values(),
        # other ways of telling it, by the indicators told
        "the owner took our passports, we can only go out with his son",
        "they keep my passport and i can't go out of the farm without the boss",
        "the agent has my passport, says i owe 2000 for the visa, and they don't pay us anything",
        "we work 16 hours, no pay for three months, the boss checks our phones and holds our passports",
        "the manager took my phone and we are not allowed to go out, please help",
        "работодатель забрал паспорта, выходить можно только с бригадиром",
        "хозяин держит наши паспорта, говорит мы должны ему за билет, зарплату не платят",
        "мы на стройке, паспорта у начальника, телефоны проверяет, денег не дают уже два месяца, что делать",
        "нам нельзя выходить, телефон забрали, паспорт у хозяйки",
        "hojaýyn pasportlarymyzy aldy, diňe onuň bilen daşary çykýarys",
        "pasportym hojaýynda, 2000 dollar bergiň bar diýýär, aýlyk bermeýär",
        "telefonymy aldy, pasportymy berenok, aýlyk tölemeýär, näme etmeli",
        "pasportlarymyz onda, diňe dükana goýberýär",
        # found by tester I: the phone and the passport taken in one breath
        "hello i am in dubai working as a maid madam took my phone and passport i work 18 hours no day off she says "
        "i owe her 3000 dirham for visa i want to go home but i am scared",
    ],
)
def test_forced_labour_told_in_several_clauses_is_a_danger_of_being_held(text: str) -> None:
    assert detect_crisis(text) == K.CONFINEMENT


@pytest.mark.parametrize(
    "text",
    [
        # an offer asked about before leaving, a hypothetical, the past, people in general, long hours
        "the agency will keep my passport until I pay back the ticket, is that normal?",
        "if the employer keeps my passport what should I do",
        "in 2019 the boss kept our passports and we owed him for the ticket, we could go out only with his brother. now I am home",
        "employers often keep workers' passports and say they owe money, is it legal?",
        "I work 12 hours a day, is that legal?",
        "before i go, the agent says he will keep my passport and i will owe him for the flight, should i sign?",
        "агентство будет держать паспорт, пока не отдам долг за билет, это нормально?",
        "если работодатель заберет паспорт, что делать?",
        "в 2019 году хозяин забрал паспорта, выходить можно было только с ним, сейчас я дома",
        "работаю по 12 часов в день, это законно?",
        "agent pasportymy saklajak, bilet üçin bergili bolarsyň diýýär, bu kadalymy?",
        "eger hojaýyn pasportymy alsa näme etmeli?",
        "günde 12 sagat işleýärin, bu kanunymy?",
        "my phone is broken and i have no passport yet, how do i get one",
        "i owe the bank money and have no salary this month, can i get a loan",
    ],
)
def test_questions_about_offers_past_stories_and_working_hours_are_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "meni goymeyarler, Stambulda",
        "goymeyarler",
        "gitmage goymeyarler",
        "oye gitmage goymeyarler",
        "bizi goymaiarlar",
        "meni goibermeyarler",
        "meni goýmaýarlar",
        "öýe gitmäge goýmaýarlar",
    ],
)
def test_turkmen_typed_without_its_letters_they_dont_let_me_go_is_being_held(text: str) -> None:
    assert detect_crisis(text) == K.CONFINEMENT


@pytest.mark.parametrize(
    "text",
    ["meni goymeyarler, Stambulda", "tiz gelip alyp gidiň meni bu ýerden"],
)
def test_no_child_is_in_danger_where_no_young_person_is_named(text: str) -> None:
    assert detect_crisis(text) != K.CHILD


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_worker_held_at_work_gets_the_numbers_first(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(TOLD[language])
    acknowledgement = said(
        app,
        language,
        "⚠️ Being locked in, kept from leaving or sent somewhere against your will is dangerous, and it is not "
        "your fault.",
    )
    assert reply.text.startswith(acknowledgement)
    assert HOTLINE in reply.text
    assert chat.labels(reply)[0] == sos_label(app, language)
