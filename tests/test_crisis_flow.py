"""A person in danger reaches a human first: the danger-first reply, SOS that always escalates, the flood guard that
never drops the way out, and a request that is not withdrawn by a hurried tap."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.checklist import KEYS
from bot.runtime.context import BotContext
from bot.standin.server import StandIn
from handlers.alerts import urgent_alert
from handlers.cards import staff_translator
from handlers.sos import REALERT_SECONDS
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT, FakeClock
from tests.test_handoff_flow import MARY_CHAT, button, request_help_from_mary, staff
from tests.test_handoff_typing import reach_the_phone_step

DANGER = {
    "ru": "меня бьют и не выпускают из квартиры",
    "tk": "hojaýyn pasportymy aldy, sorasam urdy, polisiýa gitseň seni nelegal diýýär",
    "en": "they locked us in the flat and beat us, please help",
}
SELF_HARM = {
    "ru": "я больше не хочу жить",
    "tk": "men indi ýaşamak islemeýärin",
    "en": "i want to die, i cant do this anymore",
}
HOTLINE = "+99312463514"


def sos_label(app: Any, language: str) -> str:
    return said(app, language, "🆘 Ask a person to write to me now", "button")


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_message_that_signals_danger_gets_the_hotline_first_and_the_sos_button_on_the_same_message(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(DANGER[language])
    first_line, _, rest = reply.text.partition("\n")
    assert first_line.startswith("⚠️")
    assert HOTLINE in rest[:200], "the numbers come right after the acknowledgement"
    labels = chat.labels(reply)
    assert labels[0] == sos_label(app, language)
    assert said(app, language, "🙋 Talk to a person", "button") in labels
    assert said(app, language, "🙈 Hide this chat", "button") in labels
    assert said(app, language, "👍 Helpful", "button") not in labels
    sos = next(b for row in reply.buttons() for b in row if b["text"] == sos_label(app, language))
    assert sos.get("style") == "danger"


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_sos_from_the_danger_reply_opens_an_urgent_case_for_the_hotline_team(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send(DANGER[language])
    await chat.press(sos_label(app, language))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.urgent
    card = staff(app, standin, chat_id=COORDINATOR_CHAT).card(case.id)
    assert "🆘" in card.text
    # the hotline team sees what the person wrote, as the danger reply said: nobody in danger has to tell it twice
    assert DANGER[language] in card.text


async def test_sos_from_the_sos_screen_shares_the_last_messages_as_it_says(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    # (tester FF#4) whose phone it is and how long he has decides how staff reach him, though it reads as no danger
    written = [
        "я в москве на стройке, телефон чужой, у меня 5 минут",
        "бригадир забрал паспорт и бьет нас",
        "какая погода в москве",
        "спасибо",
    ]
    for text in written:
        await chat.send(text)
    screen = await chat.send("/sos")
    promise = (
        "One tap below and a person from the hotline team will write to you here. "
        "Only your language, this chat and your last few messages here are shared."
    )
    assert said(app, "ru", promise) in screen.text
    await chat.press(sos_label(app, "ru"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None
    card = staff(app, standin, chat_id=COORDINATOR_CHAT).card(case.id).text
    assert "телефон чужой, у меня 5 минут" in card and "бьет нас" in card


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_sos_with_an_open_case_makes_it_urgent_and_alerts_both_staff_chats(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    assert not (await app.bot_data.storage.case(number)).urgent
    reply = await chat.send("/sos")
    case = await app.bot_data.storage.case(number)
    assert case.urgent
    assert f"#{number}" in reply.text and HOTLINE in reply.text
    mary_name = app.bot_data.directory.get("example-mary").text("name", language)
    assert mary_name in reply.text
    ngo, coordinator = staff(app, standin), staff(app, standin, chat_id=COORDINATOR_CHAT)
    assert "SOS" in ngo.last().text and f"#{number}" in ngo.last().text
    assert "SOS" in coordinator.last().text and f"#{number}" in coordinator.last().text
    assert "🆘" in ngo.card(number).text, "the card shows the case is urgent"
    assert (number, 0, "urgent:sos") in await app.bot_data.storage.audit_log()
    # A reply to the coordinator's alert reaches the person, like a reply to the card.
    await coordinator.reply(coordinator.last(), "Мы с вами, пишите.")
    assert chat.last_reply().text.endswith("Мы с вами, пишите.")


@pytest.mark.parametrize(("reason", "words"), [("sos", "/sos"), ("message", DANGER["en"])])
async def test_the_coordinators_copy_of_an_urgent_case_keeps_its_alert_while_the_case_is_open(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], reason: str, words: str
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    await chat.send(words)
    tr = staff_translator(BotContext(app), COORDINATOR_CHAT)
    alert = urgent_alert(tr, await app.bot_data.storage.case(number), reason)
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT).messages()
    copy = next(m for m in reversed(coordinators) if m.html.startswith(alert + "\n\n"))
    ngo = staff(app, standin)
    await ngo.press(
        ngo.card(number), button(app, "ru", "✋ Claim")
    )  # the copy is edited: claimed, still urgent
    assert copy.edited and tr.gettext("Status: claimed by {name}").format(name="Staff") in copy.html
    assert copy.html.startswith(alert + "\n\n")
    await ngo.press(ngo.card(number), button(app, "ru", "✔️ Close"))
    await ngo.press(ngo.card(number), button(app, "ru", "Legal help", "outcome"))
    # Closed, nobody is asked to write at once any more; the card itself still says it was urgent.
    heading = tr.gettext("🆘 <b>Case #{number}</b> · URGENT").format(number=number)
    assert alert not in copy.html and copy.html.startswith(heading)


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_request_whose_message_tells_of_danger_alerts_the_hotline_team_at_once(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    # The card goes to the organisation's chat, which may be closed for the night: the coordinators are alerted
    # too, as for danger told on an open case, and the person is told so.
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language, message=DANGER[language])
    assert (await app.bot_data.storage.case(number)).urgent
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT).last()
    tr = staff_translator(BotContext(app), COORDINATOR_CHAT)
    assert coordinator.html.startswith(urgent_alert(tr, await app.bot_data.storage.case(number), "message"))
    told = said(app, language, "🆘 Your request is urgent: the hotline team has been alerted too.")
    assert told in chat.last_reply().text


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_danger_typed_where_a_phone_number_is_asked_is_answered_as_danger_and_kept_for_the_request(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await reach_the_phone_step(app, chat, language)
    reply = await chat.send(DANGER[language])
    assert reply.text.startswith("⚠️") and chat.labels(reply)[0] == sos_label(app, language)
    # the request waits where it was: the phone number is still asked, the words are not taken for one
    reply = await chat.send("+993 65 123456")
    assert reply.text == said(
        app, language, "When is it safe to call you? For example: weekdays after 18:00."
    )
    await chat.send("18:00")
    await chat.press(button(app, language, "No, keep it hidden"))
    consent = await chat.press(button(app, language, "Skip"))
    assert DANGER[language] in consent.text, "Skip keeps the words of danger for the organisation"
    await chat.press(button(app, language, "✅ Send the request"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.urgent and case.contact_phone == "+993 65 123456"
    assert DANGER[language] in staff(app, standin).card(case.id).text


async def test_an_ordinary_request_does_not_alert_the_hotline_team(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en", message="I need a lawyer for my contract")
    assert not any(f"#{number}" in m.text for m in staff(app, standin, chat_id=COORDINATOR_CHAT).messages())
    assert "🆘" not in chat.last_reply().text


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_danger_told_on_an_open_case_reaches_the_coordinators_in_the_persons_words(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await request_help_from_mary(app, chat, language)
    await chat.send(DANGER[language])
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    words = coordinator.last()
    assert DANGER[language] in words.text, "'write at once' comes with what the person said"
    await coordinator.reply(words, "We are here. Where are you?")
    assert chat.last_reply().text.endswith("We are here. Where are you?")


async def test_the_sos_menu_entry_with_an_open_case_escalates_too(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    number = await request_help_from_mary(app, chat, "ru")
    await chat.send("/menu")
    await chat.press(said(app, "ru", "🆘 I am in trouble now", "menu"))
    assert (await app.bot_data.storage.case(number)).urgent
    assert f"#{number}" in staff(app, standin, chat_id=COORDINATOR_CHAT).last().text


async def test_repeated_sos_presses_do_not_flood_the_staff_chats(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await request_help_from_mary(app, chat, "en")
    for _ in range(5):
        await chat.send("/sos")
    alerts = [m for m in staff(app, standin).messages() if "SOS" in m.text]
    assert len(alerts) == 1


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_sos_says_now_urgent_only_once_and_names_each_team_that_was_alerted_once(
    app: Any, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    hotline_team = said(app, language, "the hotline team")
    mary = app.bot_data.directory.get("example-mary").text("name", language)
    chat = chat_with(language, user_id=1)
    number = await request_help_from_mary(app, chat, language)
    first = (await chat.send("/sos")).text
    assert first.startswith(
        said(app, language, "🆘 Your request #{number} is now urgent.").format(number=number)
    )
    assert mary in first and first.count(hotline_team) == 1
    # /sos again moments later: 👌 on it, not another copy (tests/test_sos_repeat.py); minutes later, a danger
    # message: no second alert went out so soon, so nobody was "just alerted"
    await chat.send_only("/sos")
    assert chat.last_reply().text == first
    again = (await chat.send(DANGER[language])).text
    assert said(app, language, "The staff already have the alert. A person will write to you here.") in again
    # A request made with the 🆘 button is urgent from the start, and the hotline team holds it: named once.
    other = chat_with(language, user_id=2)
    await other.send(DANGER[language])
    await other.press(sos_label(app, language))
    case = await app.bot_data.storage.open_case_for(other.chat_id)
    assert case is not None and case.ngo_id is None
    clock.advance(REALERT_SECONDS + 1)  # the 🆘 press alerted them: /sos moments after it is only a 👌
    told = (await other.send("/sos")).text
    assert told.startswith(
        said(app, language, "🆘 Your request #{number} is urgent.").format(number=case.id)
        + " "
        + said(app, language, "The hotline team has just been alerted. A person will write to you here.")
    )
    assert told.lower().count(hotline_team) == 1


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_message_about_self_harm_gets_calm_support_and_psychological_help_never_a_topic_card(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(SELF_HARM[language])
    assert reply.text.startswith("💙")
    assert HOTLINE in reply.text
    labels = chat.labels(reply)
    assert labels[0] == sos_label(app, language)
    assert said(app, language, "💬 Talk to a psychologist", "button") in labels
    assert not any(label.startswith("📄") for label in labels)
    await chat.press(said(app, language, "💬 Talk to a psychologist", "button"))
    draft = await app.bot_data.storage.draft(chat.chat_id)
    assert draft is not None and draft.need == "psychological"


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_danger_message_on_an_open_case_is_relayed_as_urgent_and_the_case_becomes_urgent(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    await chat.send(DANGER[language])
    case = await app.bot_data.storage.case(number)
    assert case.urgent
    ngo_messages = [m.text for m in staff(app, standin).messages()]
    relayed = next(t for t in ngo_messages if DANGER[language].split()[0] in t)
    assert relayed.startswith("🆘")
    assert any(f"#{number}" in m.text for m in staff(app, standin, chat_id=COORDINATOR_CHAT).messages())
    assert HOTLINE in chat.last_reply().text


async def test_a_flood_in_progress_never_drops_hide_sos_or_a_danger_message(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    limit = app.bot_data.config.limits.flood_messages
    chat = chat_with("ru")
    await chat.send("/start")
    await chat.press(said(app, "ru", "🌐 Language", "menu"))
    await chat.press("Türkmençe")  # chosen language: Turkmen, on a Russian phone
    for _ in range(limit + 5):
        await chat.send("/menu")
    warning = [
        m.text
        for m in chat.bot_messages()
        if m.text.startswith(
            said(
                app,
                "tk",
                "You are sending messages very fast. Please wait a minute; I will answer again then.",
            )
        )
    ]
    assert len(warning) == 1, "the warning is in the language the person chose"
    reply = await chat.send("/sos")
    assert HOTLINE in reply.text
    reply = await chat.send(DANGER["tk"])
    assert reply.text.startswith("⚠️")
    await chat.press(sos_label(app, "tk"))
    assert (await app.bot_data.storage.open_case_for(chat.chat_id)) is not None
    before = len(standin.messages_in(chat.chat_id))
    await chat.send_only("/hide")
    assert len(standin.messages_in(chat.chat_id)) < before, "/hide still deletes the chat"


async def test_a_flood_of_taps_never_drops_sending_a_request(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    # the checklist and then the request are some twenty taps, which a person who knows what they want makes in
    # a minute: the last of them, sending the request, must not be the one dropped
    chat = chat_with("en")
    await chat.send("/start")
    await chat.press(button(app, "en", "🤝 Get help", "menu"))
    await chat.press(button(app, "en", "🙋 Ask a person to contact me"))
    await chat.press(button(app, "en", "⚖️ Legal advice", "service"))
    await chat.press(button(app, "en", "Mary", "velayat"))
    await chat.press(button(app, "en", "💬 Only through this chat"))
    await chat.press(button(app, "en", "No, keep it hidden"))
    await chat.press(button(app, "en", "Skip"))
    for _ in range(app.bot_data.config.limits.flood_messages):
        await chat.send_only("/menu")
    await chat.press(button(app, "en", "✅ Send the request"))
    assert (await app.bot_data.storage.open_case_for(chat.chat_id)) is not None


async def test_withdrawing_an_urgent_request_asks_first_and_says_what_it_means(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("tk")
    await chat.send(DANGER["tk"])
    await chat.press(sos_label(app, "tk"))
    labels = chat.labels()
    assert labels[-1] == said(app, "tk", "Withdraw my request", "button"), "withdrawing is the last button"
    question = await chat.press(said(app, "tk", "Withdraw my request", "button"))
    assert (
        said(
            app,
            "tk",
            "⚠️ Your request is urgent. If you withdraw it, nobody will write to you about it. If you are in danger, keep it open.",
        )
        in question.text
    )
    await chat.press(said(app, "tk", "No, keep my request", "button"))
    assert (await app.bot_data.storage.open_case_for(chat.chat_id)) is not None


@pytest.mark.parametrize(
    ("language", "yes", "no", "unsure"),
    [
        ("ru", "да", "Нет", "не знаю"),
        ("tk", "hawa", "ýok", "bilemok"),
        ("tk", "хава", "ёк", "билемок"),  # Turkmen typed in Cyrillic, as many phones have it
        ("en", "yes", "no", "not sure"),
    ],
)
async def test_typed_answers_in_the_checklist_count_as_the_buttons_do(
    app: Any, chat_with: Callable[..., Chat], language: str, yes: str, no: str, unsure: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.press(said(app, language, "✅ Check a job offer", "menu"))
    await chat.press(said(app, language, "For me", "answer"))
    # Under 18? No. What work? Not told yet (which settles the contract). A work visa? Yes.
    for typed in (no, unsure, yes):
        await chat.send(typed)
    progress = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert progress is not None and progress.position == KEYS.index("fees")
    assert progress.answers == {"age": "n", "job": "u", "visa": "y"}
    assert chat.last_reply().text.startswith(
        said(app, language, "Question {number} / {total}").format(number=4, total=len(KEYS) - 2)
    )


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_answers_about_trouble_abroad_and_the_not_sure_reply_carry_the_sos_button(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    trouble = app.bot_data.knowledge["employer-took-passport"]
    assert trouble.sos
    await chat.press_data(await chat.send("/start"), "kb:employer-took-passport")
    assert chat.labels()[0] == sos_label(app, language)
    await chat.press_data(chat.last_reply(), "kb:before-departure")
    assert sos_label(app, language) not in chat.labels(), "a question before departure is not an emergency"
    reply = await chat.send("qwzx vbnm plkj")
    assert reply.text.startswith(
        said(app, language, "I am not sure I understood your question, and I do not want to guess.")
    )
    assert sos_label(app, language) in chat.labels(reply)


async def test_the_case_history_tells_staff_in_words_who_did_what_never_a_stored_key(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("tk")
    number = await request_help_from_mary(app, chat, "tk")
    await chat.send("/sos")
    worker = staff(app, standin)  # Mary's staff chat reads the bot in Russian
    await worker.press(worker.card(number), said(app, "ru", "✋ Claim", "button"))
    await worker.reply(worker.card(number), "/send passport-safety")
    await worker.send(f"/case {number}")
    history = worker.last().text
    title = app.bot_data.knowledge["passport-safety"].text("ru").title
    for words in (
        said(app, "ru", "person") + ": " + said(app, "ru", "pressed SOS: the case is urgent", "case action"),
        said(app, "ru", "took the case", "case action"),
        said(app, "ru", "sent the answer “{topic}”", "case action").format(topic=title),
    ):
        assert words in history
    for key in ("urgent:sos", ": claim", "send:", "staff 0", "сотрудник 0"):
        assert key not in history


@pytest.mark.refusals_expected
async def test_a_repeated_sos_is_never_told_alerted_when_the_first_alert_reached_nobody(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    standin.block(MARY_CHAT)
    standin.block(COORDINATOR_CHAT)
    unreachable = "I could not reach the staff chats right now"
    assert unreachable in (await chat.send("/sos")).text
    assert unreachable in (await chat.send("/sos")).text, (
        "the second press must not claim the first reached anyone"
    )
    standin.unblock(MARY_CHAT)
    reply = await chat.send("/sos")
    assert (
        said(
            app,
            "en",
            "Alerted just now: {organisation} and the hotline team. A person will write to you here.",
        ).format(organisation=app.bot_data.directory.get("example-mary").text("name", "en"))
        in reply.text
    )
    assert any(f"#{number}" in m.text and "SOS" in m.text for m in staff(app, standin).messages())


ABOUT_A_RELATIVE = {
    "ru": "моего сына держат взаперти в Дубае, забрали паспорт, он написал мне ночью, я в ашхабаде",
    "tk": "gyzymy Dubaýda gulplap saklaýarlar, pasportyny aldylar",
    "en": "my brother is locked in a flat in dubai, they took his passport",
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_danger_told_of_a_relative_is_answered_to_the_one_who_wrote(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    # not "it is not your fault … if your life is in danger": the danger is the relative's, the number theirs to dial
    chat = chat_with(language)
    reply = await chat.send(ABOUT_A_RELATIVE[language])
    assert reply.text.startswith(
        said(
            app,
            language,
            "⚠️ What you describe puts them in danger. You did right to write: here is how to get them help now.",
        )
    )
    uae = app.bot_data.countries.get("ae")
    theirs = said(
        app,
        language,
        "If their life is in danger right now, they or people near them can call {number} (the emergency "
        "number in {country}), even if their papers are not in order.",
    ).format(number=uae.emergency, country=uae.in_sentence(language))
    assert theirs in reply.text
    assert chat.labels(reply)[0] == sos_label(app, language)


async def test_forget_with_an_urgent_request_says_what_it_means_and_offers_hide(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send(DANGER["ru"])
    await chat.press(sos_label(app, "ru"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    question = await chat.send("/forget")
    warning = said(
        app,
        "ru",
        "⚠️ Your request #{number} is urgent: deleting closes it, and nobody will write to you about it. To "
        "only clear this chat from your phone, use /hide instead: the request stays open.",
    ).format(number=case.id)
    assert warning in question.text
    assert chat.labels(question)[0] == said(
        app, "ru", "🙈 Hide this chat", "button"
    )  # a button, not only a link
    closed = said(
        app, "ru", "Your open request #{number} will be closed, and nobody will write to you about it."
    )
    assert closed.format(number=case.id) not in question.text  # said once, in the urgent words


async def test_a_danger_reply_with_no_country_known_offers_the_way_to_its_number(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    reply = await chat.send(DANGER["en"])
    labels = chat.labels(reply)
    assert labels[:2] == [sos_label(app, "en"), said(app, "en", "🌍 I am abroad", "button")]


async def test_hiding_the_chat_in_the_middle_of_a_request_drops_the_request(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    # its question is gone from the screen: the next thing typed must not become a phone number or a call time
    chat = chat_with("en")
    await chat.send("/start")
    await chat.press(button(app, "en", "🤝 Get help", "menu"))
    await chat.press(button(app, "en", "🙋 Ask a person to contact me"))
    await chat.press(button(app, "en", "⚖️ Legal advice", "service"))
    await chat.press(button(app, "en", "Mary", "velayat"))
    await chat.press(button(app, "en", "📞 Also by phone"))
    await chat.press(button(app, "en", "Yes, it is safe"))
    await chat.send_only("/hide")
    assert await app.bot_data.storage.draft(chat.chat_id) is None


FORCED_MARRIAGE = {
    "tk": "kakam meni Türkiýedäki adama zor bilen durmuşa bermekçi, islämok, pasportymy aldy",
    "en": "my father is forcing me to marry a man in turkey next week, i dont want to, he took my passport",
    "ru": "отец хочет выдать меня замуж за турка, я не хочу, он забрал мой паспорт",
}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        *FORCED_MARRIAGE.items(),
        ("ru", "меня выдают замуж насильно, в турцию"),
        ("ru", "родители заставляют выйти замуж за человека из турции"),
        ("ru", "меня сосватали без согласия за турка"),
    ],
)
async def test_forced_marriage_is_named_as_such_without_the_grooms_countrys_number(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    named = said(
        app,
        language,
        "⚠️ Nobody may force you to marry: it is against the law, and it is not your fault. You can say no, and "
        "you can get help.",
    )
    assert reply.text.startswith(named)
    assert (
        said(app, language, "⚠️ What you describe is sexual abuse. It is a crime, and it is not your fault.")
        not in reply.text
    )
    assert "112" not in reply.text, "Türkiye is where the groom is"


async def test_sos_after_danger_written_in_another_language_tells_staff_that_language(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    # a Russian speaker on an English phone, answered in Russian: staff must write to them in Russian
    chat = chat_with("en")
    await chat.send(DANGER["ru"])
    await chat.press(sos_label(app, "ru"))  # the danger reply is in Russian
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.language == "ru"


async def test_danger_on_an_open_case_naming_its_city_gives_that_countrys_number(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await request_help_from_mary(app, chat, "ru")
    reply = await chat.send("меня бьют и не выпускают, я в Стамбуле")
    turkiye = app.bot_data.countries.get("tr")
    assert f"{turkiye.emergency} " in reply.text and turkiye.title("ru") in reply.text


async def test_keeping_a_request_says_it_stays_open(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("en")
    await chat.send(DANGER["en"])
    await chat.press(sos_label(app, "en"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    await chat.press(said(app, "en", "Withdraw my request", "button"))
    kept = await chat.press(said(app, "en", "No, keep my request", "button"))
    assert kept.text == said(
        app, "en", "Your request #{number} stays open. Write here and your message reaches them."
    ).format(number=case.id)
    assert (await app.bot_data.storage.open_case_for(chat.chat_id)) is not None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "меня ищут, я прячусь"),
        ("en", "they are looking for me, i am hiding"),
        ("tk", "meni gözleýärler, gizlenýärin"),
    ],
)
async def test_being_hunted_is_answered_as_a_threat_not_as_being_stranded(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    threat = "⚠️ Violence and threats are dangerous, and it is not your fault. Your safety comes first."
    assert reply.text.startswith(said(app, language, threat))
    assert chat.labels()[0] == sos_label(app, language)


@pytest.mark.parametrize(
    ("language", "later"),
    [
        ("en", "ok i will write again tomorrow"),
        ("ru", "позвоню вам вечером"),
        ("tk", "size agşam jaň ederin"),
    ],
)
async def test_arranging_when_to_talk_on_an_open_case_alarms_nobody(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str, later: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    await chat.send(later)
    assert not (await app.bot_data.storage.case(number)).urgent
    assert standin.messages_in(COORDINATOR_CHAT, from_bot=True) == []
    assert later in staff(app, standin).last().text  # it reaches the organisation, as any message does
