"""What an exploratory tester of the coordinators' side found, held: a coordinator who claims an organisation's case
sees the person's answers, and the organisation's card and the person are told the hotline team has it (J#1); a
plain call for help written in a request does not make it urgent (J#2); the coordinators' /queue says whose each
case is (J#5); /stats credits a first reply to the chat that wrote it, in hours and minutes (J#6); a coordinator's
/unclaim is told in the organisation's chat (J#7); /case after a referral says where the case went, /queue says
"just now", and a specialist's Accept and Done answer in sentences (J#9)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.casework import chats_seeing, makes_request_urgent
from bot.nlp.crisis_patterns import CrisisKind
from bot.runtime.context import BotContext
from bot.standin.server import SentMessage, StandIn
from handlers.cards import staff_translator
from handlers.jobs import check_cases
from handlers.labels import duration_words
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, SECOND_STAFF_USER, FakeClock
from tests.staffchat import StaffChat
from tests.test_case_tools import ASHGABAT_CHAT, BAYRAMALY_CHAT, answered, labels, name, request_help
from tests.test_found_by_tester_h import claimable_cards
from tests.test_handoff_flow import MARY, button, request_help_from_mary, staff, text
from tests.test_specialists import claimed_case, specialist_chat

LANGUAGES = ["ru", "tk", "en"]
ANSWER = {"ru": "паспорт не отдают", "tk": "pasportymy berenoklar", "en": "they keep my passport"}


def coordinators_tr(app: Any) -> Any:
    return app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)


async def for_information(app: Any, chat: Chat, language: str) -> int:
    """A request to Mary for information, which Bayramaly (the same velayat) offers too."""
    return await request_help(app, chat, language, "ℹ️ Information and advice", MARY, "example-mary")


async def escalated_and_claimed_by_the_hotline(
    app: Any, standin: StandIn, chat: Chat, language: str, clock: FakeClock
) -> tuple[int, StaffChat]:
    """Mary's case that nobody claimed in time, claimed by Dilara on the coordinators' copy."""
    number = await for_information(app, chat, language)
    clock.advance(app.bot_data.config.staff.sla_minutes * 60 + 1)
    await check_cases(BotContext(app))
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT, user_id=SECOND_STAFF_USER, name="Dilara")
    (escalated,) = claimable_cards(hotline, number)  # the card under "nobody has claimed it"
    await hotline.press(escalated, coordinators_tr(app).pgettext("button", "✋ Claim"))
    return number, hotline


def card_copy(hotline: StaffChat, number: int) -> SentMessage:
    """The coordinators' copy of the case's card: the message with its buttons (the escalation's is headed by
    the alert, so its first line is not the card's)."""
    return next(
        message
        for message in reversed(hotline.messages())
        if any(
            str(b.get("callback_data", "")).endswith(f":{number}") for row in message.buttons() for b in row
        )
    )


# J#1: a coordinator who claims a case sees the person's answers ------------------------------------------------


def test_the_coordinators_see_an_organisations_case_one_of_them_claimed() -> None:
    ngo, hotline = -11, -500
    assert chats_seeing(ngo, hotline, held_by_ngo=True, urgent=False, claimed_by_coordinators=True) == (
        ngo,
        hotline,
    )
    assert chats_seeing(ngo, hotline, held_by_ngo=True, urgent=False) == (ngo,)
    # their own case: one chat, whoever claimed it
    assert chats_seeing(hotline, hotline, held_by_ngo=False, urgent=False, claimed_by_coordinators=True) == (
        hotline,
    )


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_coordinator_who_claims_an_escalated_case_sees_the_persons_answers(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    number, hotline = await escalated_and_claimed_by_the_hotline(app, standin, chat, language, clock)
    assert chat.last_reply().text == text(
        app,
        language,
        "✋ The hotline team has taken your request #{number}. A person from the hotline team will write to you "
        "here.",
    ).format(number=number)
    mary = staff(app, standin)
    assert text(app, "ru", "Status: claimed by {name} of the hotline team").format(name="Dilara") in (
        mary.card(number).text
    )

    await hotline.reply(card_copy(hotline, number), "Salam! Size näme kömek gerek?")
    await chat.send(ANSWER[language])
    assert hotline.last().text.endswith(ANSWER[language]) and f"#{number}" in hotline.last().text
    assert mary.last().text.endswith(ANSWER[language])  # the organisation whose case it is sees it too

    # Given back, the case is the organisation's alone again
    await hotline.send(f"/unclaim {number}")
    await chat.send("ok")
    assert not hotline.last().text.endswith("ok") and mary.last().text.endswith("ok")


async def test_after_the_hotline_team_refers_a_case_it_claimed_it_no_longer_sees_its_messages(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("ru")
    number, hotline = await escalated_and_claimed_by_the_hotline(app, standin, chat, "ru", clock)
    tr = coordinators_tr(app)
    await hotline.press(card_copy(hotline, number), tr.pgettext("button", "↪️ Refer to another NGO"))
    bayramaly = next(
        label
        for label in labels(card_copy(hotline, number))
        if label.startswith(name(app, "example-mary-bayramaly", tr.language))
    )
    await hotline.press(card_copy(hotline, number), bayramaly)
    case = await app.bot_data.storage.case(number)
    assert case.ngo_id == "example-mary-bayramaly" and not case.claimed_by_coordinators
    await chat.send("я тут")
    assert staff(app, standin, chat_id=BAYRAMALY_CHAT).last().text.endswith("я тут")
    assert not hotline.last().text.endswith("я тут")


async def test_an_organisation_handing_back_a_case_a_coordinator_claimed_leaves_it_to_the_coordinators(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("ru")
    number, hotline = await escalated_and_claimed_by_the_hotline(app, standin, chat, "ru", clock)
    mary = staff(app, standin)
    await mary.press(mary.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    await mary.press(mary.card(number), button(app, "ru", "↩️ Back to the hotline team"))
    case = await app.bot_data.storage.case(number)
    assert case.ngo_id is None and case.status == "open" and not case.claimed_by_coordinators
    await chat.send("я тут")
    said = [m.text for m in hotline.messages() if m.text.endswith("я тут")]
    assert len(said) == 1  # once, in their own chat: not a copy besides
    assert not mary.last().text.endswith("я тут")


# J#2: "help me please" in a request is not danger ----------------------------------------------------------------


def test_a_plain_call_for_help_does_not_make_a_request_urgent_and_every_other_kind_does() -> None:
    assert not makes_request_urgent(None)
    assert not makes_request_urgent(CrisisKind.HELP, "помогите пожалуйста")
    # found by tester L: "urgent" said in words stays urgent
    for said_urgent in (
        "Помогите пожалуйста!!! Срочно",
        "SOS help me",
        "kömek ediň, gyssagly",
        "please help, urgent",
    ):
        assert makes_request_urgent(CrisisKind.HELP, said_urgent), said_urgent
    for kind in CrisisKind:
        if kind is not CrisisKind.HELP:
            assert makes_request_urgent(kind), kind


@pytest.mark.parametrize(
    ("language", "message"),
    [("en", "Help me please"), ("ru", "помогите пожалуйста"), ("tk", "kömek ediň")],
)
async def test_help_me_please_as_a_requests_message_pages_nobody(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str, message: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language, message)
    case = await app.bot_data.storage.case(number)
    assert not case.urgent
    assert standin.messages_in(COORDINATOR_CHAT, from_bot=True) == []
    assert f"«{message}»" in staff(app, standin).card(number).text


async def test_danger_as_a_requests_message_still_makes_it_urgent(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await request_help_from_mary(app, chat_with("ru"), "ru", "хозяин бьёт меня, помогите")
    case = await app.bot_data.storage.case(number)
    assert case.urgent
    assert any(f"#{number}" in m.text for m in standin.messages_in(COORDINATOR_CHAT, from_bot=True))


# J#5 and J#9: the coordinators' /queue ---------------------------------------------------------------------------


async def test_the_coordinators_queue_says_whose_each_case_is_and_just_now(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await request_help_from_mary(app, chat_with("ru"), "ru")
    mary = staff(app, standin, name="Aman")
    await mary.press(mary.card(number), button(app, "ru", "✋ Claim"))
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await hotline.send("/queue")
    tr = coordinators_tr(app)
    line = hotline.last().text.splitlines()[1]
    assert name(app, "example-mary", tr.language) in line
    assert tr.gettext("claimed just now, no reply since") in line
    await mary.reply(mary.card(number), "Здравствуйте")
    await mary.send("/queue")
    line = mary.last().text.splitlines()[1]
    assert text(app, "ru", "last reply just now") in line
    assert name(app, "example-mary", "ru") not in line  # their own queue: all theirs


# J#6: /stats credits a first reply to who wrote it ---------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_two_and_a_half_hours_are_not_three(app: Any, language: str) -> None:
    tr = app.bot_data.catalogs(language)
    assert duration_words(tr, 151) == tr.gettext("{hours} h {minutes} min").format(hours=2, minutes=31)
    assert duration_words(tr, 180) == tr.ngettext("{count} hour", "{count} hours", 3).format(count=3)
    assert duration_words(tr, 45) == tr.ngettext("{count} minute", "{count} minutes", 45).format(count=45)


def stats_line(app: Any, messages: list[SentMessage], ngo_id: str | None) -> str:
    tr = coordinators_tr(app)
    who = name(app, ngo_id, tr.language) if ngo_id else tr.pgettext("sender", "Hotline team")
    found = [line for m in messages for line in m.text.splitlines() if line.startswith(f"{who}: ")]
    return found[-1] if found else ""


async def test_stats_credit_the_first_reply_to_the_chat_that_wrote_it(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    # Mary's case: the hotline team answers at 2 h 31 min, Mary never writes
    chat = chat_with("tk")
    number = await request_help_from_mary(app, chat, "tk")
    clock.advance(151 * 60)
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT, name="Dilara")
    await hotline.send(f"/case {number}")
    await hotline.reply(hotline.card(number), "Salam")
    # Another person's case: Mary answers at once, then hands it back to the hotline team
    other = chat_with("ru", user_id=100002)
    second = await request_help_from_mary(app, other, "ru")
    mary = staff(app, standin)
    await mary.reply(mary.card(second), "Здравствуйте")
    await mary.press(mary.card(second), button(app, "ru", "↪️ Refer to another NGO"))
    await mary.press(mary.card(second), button(app, "ru", "↩️ Back to the hotline team"))

    await hotline.send("/stats")
    tr = coordinators_tr(app)
    median = tr.gettext("{hours} h {minutes} min").format(hours=2, minutes=31)
    coordinators = stats_line(app, hotline.messages(), None)
    assert f" {median} " in coordinators, coordinators  # their own reply, not Mary's of the case handed back
    in_mary = stats_line(app, hotline.messages(), "example-mary")
    zero = tr.ngettext("{count} minute", "{count} minutes", 0).format(count=0)
    assert f" {zero} " in in_mary and median not in in_mary, in_mary  # Mary's own reply only


# J#7: a coordinator's /unclaim is told in the organisation's chat -------------------------------------------------


async def test_a_coordinator_giving_back_a_workers_case_is_told_in_the_workers_chat(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await request_help_from_mary(app, chat_with("ru"), "ru")
    mary = staff(app, standin, name="Aman")
    await mary.press(mary.card(number), button(app, "ru", "✋ Claim"))
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT, user_id=SECOND_STAFF_USER, name="Dilara")
    await hotline.send(f"/unclaim {number}")
    notice = text(
        app,
        "ru",
        "↩️ {name} of the hotline team gave case #{number} back to the queue: {holder} no longer has it, and "
        "anyone here can claim it.",
    ).format(name="Dilara", number=number, holder="Aman")
    assert mary.last().text == notice
    assert mary.last().reply_to_message_id == mary.card(number).message_id


# J#9: /case after a referral, and the specialist's toasts --------------------------------------------------------


async def test_case_in_the_chat_a_case_was_referred_from_says_where_it_is_now(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await for_information(app, chat_with("ru"), "ru")
    mary = staff(app, standin)
    await mary.press(mary.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    target = next(
        label
        for label in labels(mary.card(number))
        if label.startswith(name(app, "example-mary-bayramaly", "ru"))
    )
    await mary.press(mary.card(number), target)
    bayramaly = staff(app, standin, chat_id=BAYRAMALY_CHAT, user_id=SECOND_STAFF_USER, name="Oguljan")
    await bayramaly.press(bayramaly.card(number), button(app, "tk", "✋ Claim"))

    await mary.send(f"/case {number}")
    said = mary.last().text
    assert (
        text(app, "ru", "➡️ Referred to {organisation}: this chat no longer handles it.").format(
            organisation=name(app, "example-mary-bayramaly", "ru")
        )
        in said
    )
    assert text(app, "ru", "Status: claimed by {name}").format(name="Oguljan") in said
    assert text(app, "ru", "Case #{number} is not in this chat's queue.").format(number=number) not in said
    # a chat the case never was in is still told only that
    elsewhere = staff(app, standin, chat_id=ASHGABAT_CHAT)
    await elsewhere.send(f"/case {number}")
    tr = staff_translator(BotContext(app), ASHGABAT_CHAT)
    assert elsewhere.last().text == tr.gettext("Case #{number} is not in this chat's queue.").format(
        number=number
    )


async def test_the_specialists_accept_and_done_answer_in_sentences(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await claimed_case(app, standin, chat_with("ru"))
    worker = staff(app, standin)
    await worker.send(f"/specialist {number}")
    await worker.press(worker.last(), button(app, "ru", "⚖️ Lawyer", "specialist"))
    await worker.press(worker.last(), "example-mary-lawyer")
    lawyer = specialist_chat(app, standin)
    await lawyer.press(lawyer.last(), button(app, "ru", "👍 Accept"))
    assert answered(standin) == text(
        app, "ru", "You have accepted this request. The organisation that asked sees it on its card."
    )
    await lawyer.press(lawyer.last(), button(app, "ru", "✅ Done"))
    assert answered(standin) == text(
        app, "ru", "You have marked this request done. The organisation that asked sees it on its card."
    )


@pytest.mark.parametrize(
    ("language", "words"), [("ru", "помогите пожалуйста"), ("tk", "kömek ediň"), ("en", "help me please")]
)
async def test_a_plain_call_for_help_carried_into_a_request_from_its_reply_does_not_make_it_urgent(
    app: Any, chat_with: Callable[..., Chat], language: str, words: str
) -> None:
    # as typed at the request's message step: "Talk to a person" under the reply to "помогите" asks for what the
    # request does anyway; the words go with it, not marked urgent
    chat = chat_with(language)
    await chat.send(words)
    await chat.press(button(app, language, "🙋 Talk to a person"))
    draft = await app.bot_data.storage.draft(chat.chat_id)
    assert draft is not None and draft.answers.get("message") == words and not draft.urgent
