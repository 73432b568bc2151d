"""What an exploratory tester of a staff working day found, held: a specialist's request card follows the case to
"withdrawn" after the person's /forget, and a reply on it is told nothing was sent (N#2); retention edits the
cards of the cases it wipes (N#3); a reopened case's cards show the case now, not a week-old alarm (N#5); a case
already in the coordinators' chat is not posted there again when nobody claims it (N#6); /queue, /stats and the
hotline team's name (N#7)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from bot.runtime.context import BotContext
from bot.standin.server import FakeUser, StandIn
from handlers.alerts import late_alert, urgent_alert
from handlers.cards import staff_translator
from handlers.jobs import check_cases, purge_expired
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT, AppFactory
from tests.staffchat import StaffChat
from tests.test_case_tools import labels
from tests.test_crisis_flow import DANGER
from tests.test_found_by_tester_j import for_information
from tests.test_handoff_flow import MARY_CHAT, button, request_help_from_mary, staff, text
from tests.test_specialists import claimed_case, specialist_chat

LANGUAGES = ["ru", "tk", "en"]


async def forget(app: Any, person: Chat, language: str) -> None:
    await person.send("/forget")
    await person.press(said(app, language, "Yes, delete everything", "button"))


async def test_a_specialists_request_is_withdrawn_with_the_case_and_a_reply_on_it_is_told_nothing_was_sent(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    person = chat_with("en")
    number = await claimed_case(app, standin, person)
    worker = staff(app, standin)
    await worker.send(f"/specialist {number} lawyer")
    await worker.press(worker.last(), "example-mary-lawyer")
    lawyer = specialist_chat(app, standin)
    request = lawyer.last()
    await lawyer.press(request, button(app, "ru", "👍 Accept"))
    await lawyer.reply(request, "Готова принять её в четверг")
    confirmation = lawyer.last()
    relayed = worker.messages()[-1]
    assert "Готова принять её в четверг" in relayed.text

    await forget(app, person, "en")

    # The request's card in the lawyer's chat no longer says "accepted": withdrawn, in the lawyer's language, no
    # buttons left to press.
    request = next(m for m in lawyer.messages() if m.message_id == request.message_id)
    assert request.text == text(
        app, "ru", "📋 <b>Case #{number}</b>: withdrawn, the person's data deleted."
    ).format(number=number).replace("<b>", "").replace("</b>", "")
    assert request.reply_markup is None
    # A reply on it, or on the bot's confirmation, is answered in plain words: nothing was sent.
    withdrawn = text(
        app,
        "ru",
        "Case #{number} was closed: the person asked the bot to delete their data. Your message was not sent.",
    ).format(number=number)
    heard_by_staff = len(worker.messages())
    await lawyer.reply(request, "Она придёт?")
    assert lawyer.last().text == withdrawn
    await lawyer.reply(confirmation, "Алло?")
    assert lawyer.last().text == withdrawn
    assert len(worker.messages()) == heard_by_staff  # nothing went to the staff chat
    # Staff replying to the lawyer's relayed words are told the case was withdrawn, not "belongs to no case".
    await worker.reply(relayed, "Уже неважно")
    assert worker.last().text == text(
        app, "ru", "Case #{number} was withdrawn by the person: the message was not sent."
    ).format(number=number)
    # And /case keeps no trace of those messages in the history.
    await worker.send(f"/case {number}")
    assert "Она придёт" not in worker.last().text


async def test_retention_edits_the_cards_of_the_cases_it_wipes(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: Any
) -> None:
    person = chat_with("ru", first_name="Лейла")
    number = await request_help_from_mary(app, person, "ru", message="хозяин не платит три месяца")
    worker = staff(app, standin)
    card = worker.card(number)
    assert "хозяин не платит три месяца" in card.text
    await worker.press(card, button(app, "ru", "✋ Claim"))
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    assert "хозяин не платит" in worker.card(number).text

    clock.advance((app.bot_data.config.privacy.retention_days + 1) * 86400)
    await purge_expired(BotContext(app))

    card = worker.card(number)
    assert "хозяин не платит" not in card.text
    assert text(app, "ru", "not shared") in card.text
    # A second pass has nothing left to edit: the outbox does not fill again with the same cards.
    edits = len([m for m in standin.messages_in(MARY_CHAT, from_bot=True) if m.edited])
    await purge_expired(BotContext(app))
    assert await app.bot_data.storage.outbox(number) == []
    assert len([m for m in standin.messages_in(MARY_CHAT, from_bot=True) if m.edited]) == edits


async def test_a_case_reopened_a_week_later_shows_the_coordinators_its_state_not_the_old_alarm(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: Any
) -> None:
    person = chat_with("en")
    number = await request_help_from_mary(app, person, "en")
    await person.send(DANGER["en"])
    tr = staff_translator(BotContext(app), COORDINATOR_CHAT)
    alert = urgent_alert(tr, await app.bot_data.storage.case(number), "message")
    copy = next(
        m
        for m in reversed(staff(app, standin, chat_id=COORDINATOR_CHAT).messages())
        if m.html.startswith(alert + "\n\n")
    )
    worker = staff(app, standin, name="Aman")
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    assert alert not in copy.html

    clock.advance(7 * 86400)
    await worker.press(worker.card(number), button(app, "ru", "↩️ Reopen"))

    # Held by Aman, and the danger message a week old: no "write to them at once" above the copy, which shows the
    # case as it is now.
    assert alert not in copy.html
    assert tr.gettext("Status: claimed by {name}").format(name="Aman") in copy.html
    assert copy.html.startswith(tr.gettext("🆘 <b>Case #{number}</b> · URGENT").format(number=number))


async def test_an_unclaimed_request_to_the_coordinators_is_not_posted_to_them_again_but_reminded_under_its_card(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: Any
) -> None:
    """README: an unclaimed case is "posted once to the coordinator chat". A request made to the coordinators
    themselves is there already, so a second full card would only make two sets of buttons and two places to
    reply. Nothing at all would be quiet where it matters most (an SOS nobody took for half an hour, and a card
    edit makes no sound): so one short reminder, as a reply to the card they have, and a reply to the reminder
    reaches the person as a reply to the card does."""
    person = chat_with("ru")
    await person.send("/sos")
    await person.press(said(app, "ru", "🆘 Ask a person to write to me now", "button"))
    case = await app.bot_data.storage.open_case_for(person.chat_id)
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    card = coordinators.card(case.id)
    with_buttons = [m for m in coordinators.messages() if m.reply_markup]
    assert with_buttons == [card]

    minutes = app.bot_data.config.staff.sla_minutes + 1
    clock.advance(minutes * 60)
    await check_cases(BotContext(app))
    await check_cases(BotContext(app))  # once only

    tr = staff_translator(BotContext(app), COORDINATOR_CHAT)
    assert [m for m in coordinators.messages() if m.reply_markup] == [
        card
    ]  # still one card, one set of buttons
    reminders = [m for m in coordinators.messages() if m.text == late_alert(tr, case.id, minutes)]
    assert len(reminders) == 1 and reminders[0].reply_to_message_id == card.message_id
    await coordinators.reply(reminders[0], "Мы здесь, напишите, где вы.")
    assert person.last_reply().text.endswith("Мы здесь, напишите, где вы.")


async def sos_request(app: Any, person: Chat, language: str) -> int:
    await person.send("/sos")
    await person.press(said(app, language, "🆘 Ask a person to write to me now", "button"))
    case = await app.bot_data.storage.open_case_for(person.chat_id)
    return int(case.id)


def queue_line(chat: StaffChat, number: int) -> str:
    return next(line for line in chat.last().text.splitlines() if f"#{number} " in line)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_coordinators_queue_says_an_sos_is_one_and_counts_long_waits_in_days(
    start_app: AppFactory, config: Any, standin: StandIn, clock: Any, language: str
) -> None:
    app = await start_app(config=replace(config, staff=replace(config.staff, coordinator_language=language)))
    person = Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code="ru"))
    number = await sos_request(app, person, "ru")
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    tr = app.bot_data.catalogs(language)
    await coordinators.send("/queue")
    # What it is (an SOS, no help chosen and no place told), without "(—)" and "—" for what it never asked.
    waiting = tr.gettext("waiting {time}").format(
        time=tr.ngettext("{count} minute", "{count} minutes", 0).format(count=0)
    )
    parts = [tr.pgettext("sender", "Hotline team"), tr.gettext("open"), tr.pgettext("queue", "SOS request")]
    assert queue_line(coordinators, number) == f"🆘 #{number} · {' · '.join(parts)} · Русский · {waiting}"

    # Hours up to two days, then days, not "168 hours"; Russian's three forms each where it needs them.
    created = (await app.bot_data.storage.case(number)).created_at
    clock.advance(created + 47 * 3600 - app.bot_data.storage.now())
    await coordinators.send("/queue")
    hours = tr.ngettext("{count} hour", "{count} hours", 47).format(count=47)
    assert queue_line(coordinators, number).endswith(tr.gettext("waiting {time}").format(time=hours))
    expected = {
        2: {"ru": "2 дня", "tk": "2 gün", "en": "2 days"},
        5: {"ru": "5 дней"},
        7: {"ru": "7 дней", "tk": "7 gün", "en": "7 days"},
        21: {"ru": "21 день", "en": "21 days"},
    }
    for days, words in expected.items():
        clock.advance(created + days * 86400 - app.bot_data.storage.now())
        await coordinators.send("/queue")
        line = queue_line(coordinators, number)
        in_days = tr.ngettext("{count} day", "{count} days", days).format(count=days)
        assert line.endswith(tr.gettext("waiting {time}").format(time=in_days))
        if language in words:
            assert words[language] in line


OLD_NAME = {"ru": "чат координаторов", "tk": "utgaşdyryjylaryň çaty", "en": "coordinator chat"}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_stats_say_what_each_count_counts_and_name_the_hotline_team_as_everywhere_else(
    start_app: AppFactory, config: Any, standin: StandIn, clock: Any, language: str
) -> None:
    app = await start_app(config=replace(config, staff=replace(config.staff, coordinator_language=language)))
    worker = staff(app, standin)
    numbers = []
    for user_id in (100001, 100002):
        person = Chat(app, standin, FakeUser(id=user_id, first_name="Aýna", language_code="en"))
        numbers.append(await for_information(app, person, "en"))  # which Bayramaly offers too
        await worker.reply(worker.card(numbers[-1]), "Здравствуйте, мы здесь.")
    # The second goes to Bayramaly after Mary answered it: Mary answered two, and has one now.
    await worker.press(worker.card(numbers[1]), button(app, "ru", "↪️ Refer to another NGO"))
    bayramaly = app.bot_data.directory.get("example-mary-bayramaly").text("name", "ru")
    await worker.press(
        worker.card(numbers[1]), next(b for b in labels(worker.card(numbers[1])) if bayramaly in b)
    )
    assert (await app.bot_data.storage.case(numbers[1])).ngo_id == "example-mary-bayramaly"
    sos = await sos_request(
        app, Chat(app, standin, FakeUser(id=100003, first_name="Maral", language_code="ru")), "ru"
    )
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinators.reply(coordinators.card(sos), "Мы здесь.")

    await worker.send("/stats")
    shown = worker.messages()[-2].text  # the summary, then the chart
    ru = app.bot_data.catalogs("ru")
    mary = app.bot_data.directory.get("example-mary").text("name", "ru")
    assert ru.gettext("By organisation that has them now: {list}").format(list=f"{mary} 1") in shown
    first_reply = ru.gettext(
        "{organisation}: first staff reply in {median} (median of the cases it answered first, those since "
        "referred elsewhere too: {count}); it helped a lot {much}, a little {little}, not at all {none}"
    )
    minutes = ru.ngettext("{count} minute", "{count} minutes", 0).format(count=0)
    assert first_reply.format(organisation=mary, median=minutes, count=2, much=0, little=0, none=0) in shown

    # The coordinators' /stats names them as the cards, /queue and the person do.
    await coordinators.send("/stats")
    tr = app.bot_data.catalogs(language)
    summary = coordinators.messages()[-2].text
    team = tr.pgettext("sender", "Hotline team")
    await coordinators.send("/queue")
    assert team in queue_line(coordinators, sos)
    assert f"{team} 1" in summary
    assert f"{team}: " in summary  # its first-reply line
    assert OLD_NAME[language] not in summary
