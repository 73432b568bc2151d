"""People in trouble asking plainly (tester Q #6, #9, #10 and the mixed-script passport): being held by a debt or by
one's papers, told calmly in the present, is forced labour or a taken passport, not a question before departure;
asking what to do for a relative or friend is helping someone abroad; where to turn about a missing relative gets
that topic, not only the country's numbers; "what else should I do" gets the way forward, not "not sure"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.matcher import Matcher
from tests.chat import Chat, said
from tests.test_abroad_flow import country_button


@pytest.mark.parametrize(
    "text",
    [
        "they say i can leave when i pay back the ticket and the agency fee",
        "говорят, уйти можно, когда отдам долг за билет и за агентство",
        "govoryat uedesh kogda otrabotaesh dolg za dorogu",
        "bilet bilen agentligiň pulyny gaýtaryp berseň gidip bilersiň diýýärler",
        "bilet bilen agentligin pulyny gaytaryp berseñ gidip bilersiñ diyyarler",
        "билетиң пулуны төлемесең гидип билмерсиң диййәрлер",
    ],
)
def test_freedom_held_against_a_debt_is_forced_labour_not_paying_a_recruiter(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).topic == "forced-labour"


@pytest.mark.parametrize(
    "text",
    [
        "how much is a normal agency fee",
        "should i pay the agency fee before i leave",
        "agent pul tölesem gidip bilerinmi",
        "сколько платить агентству перед отъездом",
    ],
)
def test_paying_a_recruiter_before_leaving_is_still_the_fees_topic(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).topic != "forced-labour"


@pytest.mark.parametrize(
    "text",
    [
        "документы у хозяйки, говорит вернёт когда кончится контракт",
        "а если я уйду без паспорта",
        "pasportsyz işden gitsem näme bolar",
        "dokumentlerim hojaýynda, şertnama gutaransoň bererin diýýär",
        "pasport aldylar, что делать",
    ],
)
def test_papers_someone_holds_are_the_employer_took_passport_topic(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).topic == "employer-took-passport"


@pytest.mark.parametrize(
    "text",
    [
        "what should i do for her",
        "who do i tell about my friend",
        "how do i find my brother",
        "как найти брата",
        "kak nayti sestru ona ne otvechaet",
        "что мне делать для него",
        "doganymy nädip tapmaly",
        "оңа нәме этмели",
        "dostum barada kime aýtmaly",
        "agam ýitdi, näme etmeli",
    ],
)
def test_asking_what_to_do_for_a_relative_or_friend_is_helping_someone_abroad(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).topic == "help-someone-else"


@pytest.mark.parametrize(
    "text",
    [
        "what should i do for my visa",
        "how do i find a job",
        "как найти работу",
        "my passport is with the embassy",
    ],
)
def test_a_question_about_ones_own_papers_or_work_is_not_taken_for_someone_else(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).topic not in ("help-someone-else", "employer-took-passport")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("wizamyz indiki hepde gutarýar, näme etmeli", "visa-overstay"),
        ("patent", "turkiye-russia-rules"),
    ],
)
def test_common_questions_from_people_in_trouble_find_their_topic(
    matcher: Matcher, text: str, topic: str
) -> None:
    assert matcher.match(text).topic == topic


async def test_where_to_turn_about_a_missing_relative_gets_the_topic_with_the_countrys_numbers_a_tap_away(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    reply = await chat.send("куда обратиться если родственник пропал в россии")
    title = app.bot_data.knowledge["help-someone-else"].text("ru").title
    assert reply.text.startswith(title)
    assert country_button(app, "ru", "ru") in chat.labels(reply)


async def test_what_else_to_do_gets_the_way_forward_not_not_sure(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("tk")
    await chat.send("/start")
    for typed in ("ене нәме этмели", "ýene näme etmeli"):
        reply = await chat.send(typed)
        assert reply.text.startswith(said(app, "tk", "What you can do now:")), typed
