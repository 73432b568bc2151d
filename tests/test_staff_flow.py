"""What staff send reaches the right people and nobody else: nothing after the person's /hide until they write again,
both teams of an urgent case seeing each other's words and the person's answers, and a move the coordinators start
credited to the hotline team (found by exploratory testers: F#1, F#2, F#4, E#14, E#15)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.casework import (
    ToPerson,
    chats_seeing,
    copies_for,
    referral_targets,
    to_person,
    writes_as_hotline_team,
)
from bot.runtime.context import BotContext
from bot.standin.server import StandIn
from handlers.cards import staff_translator
from handlers.jobs import check_cases
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, FakeClock
from tests.hiding import end_hiding
from tests.test_case_tools import BAYRAMALY_CHAT, labels, name, request_help
from tests.test_crisis_flow import DANGER
from tests.test_handoff_flow import MARY, MARY_CHAT, button, request_help_from_mary, staff, text
from tests.test_media import copies, send_media, staff_media

LANGUAGES = ["en", "ru", "tk"]
# In the person's language: what they write decides the language they are answered in
WHERE = {
    "en": "I am in Antalya, at a hotel <b>304</b> & 2",
    "ru": "Я в Анталье, в отеле <b>304</b> & 2",
    "tk": "Men Antalýada, otelde <b>304</b> & 2",
}


# F#1: after /hide, nothing reaches the person until they write again ----------------------------------------------


def test_after_hide_a_workers_words_are_refused_and_the_cases_news_dropped() -> None:
    assert to_person(hidden=False, by_worker=True) is ToPerson.SEND
    assert to_person(hidden=False, by_worker=False) is ToPerson.SEND
    assert to_person(hidden=True, by_worker=True) is ToPerson.REFUSE
    assert to_person(hidden=True, by_worker=False) is ToPerson.DROP


def not_sent(app: Any, number: int) -> str:
    return text(
        app,
        "ru",
        "🙈 Not sent: the person of case #{number} hid the chat, and someone may be checking their phone. Send it "
        "again once you have ended the hiding.",
    ).format(number=number)


def held(app: Any, number: int, language: str = "ru") -> str:
    return text(
        app,
        language,
        "🙈 Not sent now: the person of case #{number} hid the chat, and someone may be checking their phone. Your "
        "message is kept: once you judge that whoever writes from the chat is the person and end the hiding, they "
        "get a button to read it, and you are told when they do.",
    ).format(number=number)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_after_hide_staff_replies_and_send_wait_until_staff_end_the_hiding(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await chat.send_only("/hide")
    assert standin.messages_in(chat.chat_id) == []
    await worker.reply(worker.card(number), "Merjen, jaň edip bilermi?")
    assert standin.messages_in(chat.chat_id) == [], "nothing lands in the chat just cleared"
    assert worker.last().text == held(app, number)  # at once, in the staff chat's language, naming the case
    await worker.reply(worker.card(number), "/send passport-safety")
    assert standin.messages_in(chat.chat_id) == [] and worker.last().text == not_sent(app, number)
    await staff_media(app, worker, worker.card(number), "photo", caption="this page")
    assert standin.messages_in(chat.chat_id) == [] and worker.last().text == not_sent(app, number)
    # the claim, the person's /hide, and the reply held for them: /send and the photo were not sent
    assert [a for _, _, a in await app.bot_data.storage.audit_log()] == ["claim", "hide", "reply"]

    await chat.send_only("Men Antalýada, otelde")  # passed on, marked as from the hidden chat: still hidden
    assert any("Men Antalýada, otelde" in m.text for m in worker.messages()[-3:])
    await worker.reply(worker.card(number), "Kim ýazýar?")
    assert standin.messages_in(chat.chat_id)[-1].text == text(app, "tk", "✉️ Passed on.")  # as she wrote
    await end_hiding(app, worker, number)  # what was written shows it is her
    await worker.reply(worker.card(number), "Salam, jaň edip bilerinmi?")
    assert chat.last_reply().text.endswith("Salam, jaň edip bilerinmi?")


async def test_a_photo_the_person_sends_after_hide_is_passed_on_and_the_hiding_ends_with_staff(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    number = await request_help_from_mary(app, chat, "ru")
    worker = staff(app, standin)
    await chat.send_only("/hide")
    await send_media(app, chat, "photo", caption="вот договор")
    assert chat.last_reply().text == text(app, "ru", "✉️ Passed on.")
    await end_hiding(app, worker, number)
    await worker.reply(worker.card(number), "Спасибо, смотрим.")
    assert chat.last_reply().text.endswith("Спасибо, смотрим.")


async def test_claiming_and_closing_a_hidden_case_send_the_person_nothing(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("tk")
    number = await request_help_from_mary(app, chat, "tk")
    worker = staff(app, standin)
    await chat.send_only("/hide")
    hidden = staff(app, standin).last().text
    assert hidden.startswith(f"🙈 Обращение #{number}") and "не снимете скрытие" in hidden  # they know why
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))  # no "✋ … has taken your request"
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "No answer", "outcome"))
    tr = app.bot_data.catalogs("ru")
    assert (
        tr.gettext("Status: closed — {outcome}").format(outcome=tr.pgettext("outcome", "No answer"))
        in worker.card(number).text
    )  # the card says closed as usual
    clock.advance(3 * 3600)
    standin.advance(3 * 3600)
    await check_cases(BotContext(app))  # nor later, from the outbox or the "taking longer" notice
    await check_cases(BotContext(app))
    assert standin.messages_in(chat.chat_id) == []
    assert await app.bot_data.storage.outbox(number) == []


async def test_the_no_contact_notice_of_a_close_is_sent_once(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "No answer", "outcome"))
    notice = text(
        app,
        "en",
        "Your request #{number} is closed: we could not reach you. If you still need help, write here or press 🆘, "
        "and a person will write to you again.",
    ).format(number=number)
    await check_cases(BotContext(app))
    await check_cases(BotContext(app))
    assert [m.text for m in chat.bot_messages()].count(chat.last_reply().text) == 1
    assert chat.last_reply().text.startswith(notice)


async def test_a_referral_is_not_asked_of_a_person_who_hid_the_chat(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    number = await request_help_from_mary(app, chat, "ru")
    worker = staff(app, standin)
    await chat.send_only("/hide")
    await worker.press(worker.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    await worker.press(worker.card(number), labels(worker.card(number))[0])  # another velayat: asked first
    assert standin.messages_in(chat.chat_id) == []
    assert worker.last().text.startswith(f"🙈 Обращение #{number}")
    assert await app.bot_data.storage.waiting_referral(number) is None


# F#2: on an urgent case, both teams see each other's messages ------------------------------------------------------


def test_an_urgent_case_of_an_organisation_is_seen_by_the_coordinators_too() -> None:
    ngo, hotline = -11, -500
    assert chats_seeing(ngo, hotline, held_by_ngo=True, urgent=False) == (ngo,)
    assert chats_seeing(ngo, hotline, held_by_ngo=True, urgent=True) == (ngo, hotline)
    assert chats_seeing(hotline, hotline, held_by_ngo=False, urgent=True) == (hotline,)  # theirs already
    assert chats_seeing(hotline, hotline, held_by_ngo=True, urgent=True) == (
        hotline,
    )  # an NGO chat fell back
    assert chats_seeing(ngo, None, held_by_ngo=True, urgent=True) == (ngo,)
    seeing = chats_seeing(ngo, hotline, held_by_ngo=True, urgent=True)
    assert copies_for(seeing, ngo) == (hotline,) and copies_for(seeing, hotline) == (ngo,)
    # the coordinators writing on a case that is not urgent: the organisation whose case it is still sees it
    assert copies_for(chats_seeing(ngo, hotline, held_by_ngo=True, urgent=False), hotline) == (ngo,)


def test_the_chat_a_message_is_written_in_decides_whose_name_the_person_sees() -> None:
    assert writes_as_hotline_team(-500, -500, -11)
    assert not writes_as_hotline_team(-11, -500, -11)
    assert not writes_as_hotline_team(-500, -500, -500)  # an organisation whose chat is the coordinators'
    assert not writes_as_hotline_team(-500, None, -11)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_on_an_urgent_case_the_hotline_team_and_the_ngo_see_each_others_words(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    mary = staff(app, standin, name="Aman")
    await mary.press(mary.card(number), button(app, "ru", "✋ Claim"))
    await chat.send(DANGER[language])
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT, name="Dilara")
    words = hotline.last()
    assert DANGER[language] in words.text

    await hotline.reply(words, "Salam, biz ynam telefonyndan. Siz nirede?")
    team = app.bot_data.catalogs(language).pgettext("sender", "Hotline team")
    assert (
        chat.last_reply().text == f"💬 {team}:\nSalam, biz ynam telefonyndan. Siz nirede?"
    )  # not Mary's name
    copy = text(app, "ru", "💬 Case #{number}: {sender} writes to the person:").format(
        number=number, sender=text(app, "ru", "the hotline team")
    )
    assert (
        mary.last().text == f"{copy}\nSalam, biz ynam telefonyndan. Siz nirede?"
    )  # Aman knows the hotline wrote

    await chat.send(WHERE[language])  # the answer reaches whoever asked, shown as written
    for side in (mary, hotline):
        assert side.last().text.endswith(WHERE[language]) and f"#{number}" in side.last().text
    await mary.reply(mary.last(), "Biz size jaň ederis.")
    mary_name = name(app, "example-mary", language)
    assert chat.last_reply().text == f"💬 {mary_name}:\nBiz size jaň ederis."
    from_mary = text(app, "ru", "💬 Case #{number}: {sender} writes to the person:").format(
        number=number, sender=name(app, "example-mary", "ru")
    )
    assert hotline.last().text == f"{from_mary}\nBiz size jaň ederis."
    await hotline.reply(hotline.last(), "Polisiýa 155")  # a reply to a copy reaches the person too
    assert chat.last_reply().text == f"💬 {team}:\nPolisiýa 155"
    await staff_media(app, hotline, hotline.last(), "photo", caption="karta")
    (photo,) = copies(standin, chat.chat_id, "photo")
    assert photo.text == f"💬 {team}:\nkarta"
    assert copies(standin, MARY_CHAT, "photo")[-1].text.startswith(copy)


async def test_on_an_urgent_case_the_coordinators_get_the_persons_photos_and_know_when_the_chat_is_hidden(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    number = await request_help_from_mary(app, chat, "ru")
    await chat.send("/sos")
    await send_media(app, chat, "photo", caption="<i>вот</i> где я")
    for chat_id in (MARY_CHAT, COORDINATOR_CHAT):
        (photo,) = copies(standin, chat_id, "photo")
        assert f"#{number}" in photo.text and photo.text.endswith("<i>вот</i> где я")
    await chat.send_only("/hide")
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT)
    tr = staff_translator(BotContext(app), COORDINATOR_CHAT)
    assert hotline.last().text == tr.gettext(
        "🙈 Case #{number}: the person hid the chat. Someone may be checking their phone, so nothing is sent to them, "
        "not your messages and not the notice if you close the case, until you judge that whoever writes from the "
        "chat is the person and end the hiding."
    ).format(number=number)
    await hotline.reply(hotline.last(), "Вы в безопасности?")
    assert standin.messages_in(chat.chat_id) == []
    assert hotline.last().text == held(app, number)


async def test_an_ordinary_case_keeps_the_persons_words_in_its_own_chat(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    await chat.send("When can you call me?")
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT)
    assert not any("When can you call me?" in m.text for m in hotline.messages())
    await hotline.send(f"/case {number}")
    await hotline.reply(hotline.card(number), "The hotline here: tomorrow at ten.")
    assert chat.last_reply().text.startswith(
        f"💬 {app.bot_data.catalogs('en').pgettext('sender', 'Hotline team')}"
    )
    assert staff(app, standin).last().text.endswith("The hotline here: tomorrow at ten.")  # Mary still knows


# F#4, E#14, E#15: a move the coordinators start --------------------------------------------------------------------


async def test_a_referral_the_coordinators_start_is_credited_to_the_hotline_team(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    target = referral_targets(app.bot_data.directory, app.bot_data.directory.get("example-mary"), "legal")[
        0
    ].ngo
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await hotline.send(f"/case {number}")
    await hotline.press(hotline.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    await hotline.press(hotline.card(number), labels(hotline.card(number))[0])
    question = chat.last_reply().text
    assert question.startswith(f"↪️ Your request #{number}: the hotline team suggests passing it to")
    assert name(app, "example-mary", "en") not in question
    await chat.press(button(app, "en", "✅ Yes, send it to them"))
    new = staff(app, standin, chat_id=target.staff_chat_id)
    referred = text(
        app,
        new_language(app, target.staff_chat_id),
        "Case #{number} was referred to you by {organisation}. Its history: /case {number}",
    )
    assert referred.format(
        number=number, organisation=text(app, new_language(app, target.staff_chat_id), "the hotline team")
    ) in [m.text for m in new.messages()]
    told = text(
        app,
        "ru",
        "↪️ The hotline team referred case #{number} to {organisation}: this chat no longer handles it.",
    ).format(number=number, organisation=name(app, target.id, "ru"))
    assert staff(app, standin).last().text == told  # Mary learns who moved her case


async def test_a_direct_move_by_the_coordinators_tells_the_organisation_that_had_it(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help(app, chat, "en", "ℹ️ Information and advice", MARY, "example-mary")
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await hotline.send(f"/case {number}")
    await hotline.press(hotline.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    bayramaly = name(app, "example-mary-bayramaly", "ru")
    await hotline.press(
        hotline.card(number), next(x for x in labels(hotline.card(number)) if x.startswith(bayramaly))
    )
    assert staff(app, standin).last().text == text(
        app,
        "ru",
        "↪️ The hotline team referred case #{number} to {organisation}: this chat no longer handles it.",
    ).format(number=number, organisation=bayramaly)
    new = staff(app, standin, chat_id=BAYRAMALY_CHAT)
    assert new.last().text == text(
        app, "tk", "Case #{number} was referred to you by {organisation}. Its history: /case {number}"
    ).format(number=number, organisation=text(app, "tk", "the hotline team"))


def new_language(app: Any, chat_id: int) -> str:
    return app.bot_data.directory.by_staff_chat(chat_id)[0].staff_language


@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_referral_question_starts_with_a_capital_and_the_coordinators_card_names_who_has_it(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/sos")
    await chat.press(button(app, language, "🆘 Ask a person to write to me now"))
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT)
    card = hotline.last()
    await hotline.press(card, button(app, "ru", "↪️ Refer to another NGO"))
    await hotline.press(card, name(app, "example-mary", "ru") + " · " + button(app, "ru", "Mary", "velayat"))
    question = chat.last_reply().text
    first = question.removeprefix("↪️ ")[0]
    assert first.isupper(), question
    assert text(app, language, "the hotline team") in question
    await chat.press(button(app, language, "✅ Yes, send it to them"))
    card = next(
        m for m in hotline.messages() if m.message_id == card.message_id
    )  # the coordinators' own card
    tr = app.bot_data.catalogs("ru")
    assert (
        tr.gettext("Organisation: {organisation}").format(organisation=name(app, "example-mary", "ru"))
        in card.text
    )
    assert tr.gettext("Status: waiting for someone to claim it") not in card.text
    assert tr.gettext("Status: waiting for someone there to claim it") in card.text
