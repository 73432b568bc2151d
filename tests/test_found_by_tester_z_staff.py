"""Staff casework found by exploratory tester Z: a specialist could not decline a request (it stayed "asked" for
good), a card in a chat the case came back to still said the chat no longer had it, a staff member's edit of a reply
already relayed reached nobody, /case dropped the start of a long history without a way to see it, and a history
across organisations did not say which one did what."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.standin.server import StandIn
from handlers.labels import format_time
from handlers.specialist_labels import specialist_lines
from tests.chat import Chat
from tests.conftest import SECOND_STAFF_USER, FakeClock
from tests.test_case_tools import BAYRAMALY_CHAT, labels, request_help
from tests.test_handoff_flow import MARY, button, request_help_from_mary, staff, text
from tests.test_specialists import claimed_case, specialist_chat

# A specialist declines; staff withdraw ------------------------------------------------------------------------


async def test_a_specialist_declines_and_the_card_and_staff_say_who_and_when_and_another_can_be_asked(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    person = chat_with("ru")
    number = await claimed_case(app, standin, person)
    worker = staff(app, standin)
    await worker.send(f"/specialist {number} lawyer")
    await worker.press(worker.last(), "example-mary-lawyer")
    lawyer = specialist_chat(app, standin)
    request = lawyer.last()
    clock.advance(600)
    await lawyer.press(request, button(app, "ru", "👎 I can't take it"))

    assert standin.callback_answers[-1]["text"] == text(
        app,
        "ru",
        "You have declined this request. The organisation that asked is told, and can ask someone else.",
    )
    assert lawyer.last().buttons() == []  # the request lost its buttons
    case = await app.bot_data.storage.case(number)
    tr = app.bot_data.catalogs("ru")
    declined = specialist_lines(tr, case.specialists, format_time)[0]
    assert format_time(int(clock())) in declined and "example-mary-lawyer" in declined
    assert declined in worker.card(number).text  # who declined, and when
    assert worker.last().text == text(
        app,
        "ru",
        "👎 {specialist} cannot take the request for case #{number}. Ask another specialist: 🧑‍⚕️ Specialist on "
        "the card.",
    ).format(specialist="example-mary-lawyer", number=number)

    # The old buttons change nothing afterwards
    await lawyer.press_data(request, f"st:sy:{(await app.bot_data.storage.specialist_request(1)).id}")
    assert standin.callback_answers[-1]["text"] == text(
        app, "ru", "This request for case #{number} was declined. Nothing was changed."
    ).format(number=number)
    assert (await app.bot_data.storage.specialist_request(1)).state == "asked"

    # /stats counts it as asked, not given; the same specialist can be asked again (a new request)
    await worker.send("/stats")
    stats = next(m.text for m in reversed(worker.messages()) if m.kind == "text")
    counts = f"{button(app, 'ru', '⚖️ Lawyer', 'specialist')} <5 / 0"
    assert (
        text(app, "ru", "🧑‍⚕️ Specialist consultations by role, asked / given: {list}").format(list=counts)
        in stats
    )
    await worker.send(f"/specialist {number} lawyer")
    await worker.press(worker.last(), "example-mary-lawyer")
    assert len([m for m in lawyer.messages() if f"#{number}" in m.text.split("\n")[0]]) == 2
    await worker.send(f"/case {number}")
    assert button(app, "ru", "declined by the specialist", "specialist request") in worker.last().text


async def test_staff_withdraw_a_request_still_waiting_and_the_specialist_is_told(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    person = chat_with("tk")
    number = await claimed_case(app, standin, person)
    worker = staff(app, standin)
    await worker.send(f"/specialist {number} lawyer")
    await worker.press(worker.last(), "example-mary-lawyer")
    await worker.press(worker.card(number), button(app, "ru", "🧑‍⚕️ Specialist"))
    menu = worker.last()
    withdraw = button(app, "ru", "↩️ Withdraw: {specialist}").format(specialist="example-mary-lawyer")
    await worker.press(menu, withdraw)

    assert standin.callback_answers[-1]["text"] == text(
        app, "ru", "Request to {specialist} withdrawn."
    ).format(specialist="example-mary-lawyer")
    lawyer = specialist_chat(app, standin)
    request = lawyer.messages()[0]
    assert request.buttons() == []
    assert button(app, "ru", "withdrawn by staff", "specialist request") in request.text
    assert lawyer.last().text == text(
        app, "ru", "↩️ The organisation withdrew its request for case #{number}: nothing more is needed."
    ).format(number=number)
    card = worker.card(number).text
    assert "example-mary-lawyer" in card
    assert button(app, "ru", "asked, waiting for an answer", "specialist request") not in card
    await lawyer.press_data(request, "st:sy:1")  # Accept on the withdrawn request changes nothing
    assert (await app.bot_data.storage.specialist_request(1)).state == "asked"
    assert standin.callback_answers[-1]["text"] == text(
        app, "ru", "The organisation withdrew this request for case #{number}. Nothing was changed."
    ).format(number=number)
    # An accepted request is not withdrawn from under the specialist: only a waiting one is listed
    await worker.send(f"/specialist {number} lawyer")
    await worker.press(worker.last(), "example-mary-lawyer")
    await lawyer.press(lawyer.messages()[-1], button(app, "ru", "👍 Accept"))
    await worker.press(worker.card(number), button(app, "ru", "🧑‍⚕️ Specialist"))
    assert not any(withdraw in str(b["text"]) for row in worker.last().buttons() for b in row)


# A case referred away and back ---------------------------------------------------------------------------------


async def test_a_case_referred_away_and_back_has_one_live_card_and_the_old_one_says_so(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    person = chat_with("ru")
    number = await request_help(app, person, "ru", "ℹ️ Information and advice", MARY, "example-mary")
    mary = staff(app, standin)
    await mary.press(mary.card(number), button(app, "ru", "✋ Claim"))
    await mary.press(mary.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    bayramaly_name = app.bot_data.directory.get("example-mary-bayramaly").text("name", "ru")
    await mary.press(
        mary.card(number),
        next(label for label in labels(mary.card(number)) if label.startswith(bayramaly_name)),
    )
    bayramaly = staff(app, standin, chat_id=BAYRAMALY_CHAT, user_id=SECOND_STAFF_USER)
    await bayramaly.press(bayramaly.card(number), button(app, "tk", "✋ Claim"))
    await bayramaly.press(bayramaly.card(number), button(app, "tk", "↪️ Refer to another NGO"))
    mary_name = app.bot_data.directory.get("example-mary").text("name", "tk")
    await bayramaly.press(
        bayramaly.card(number),
        next(label for label in labels(bayramaly.card(number)) if label.startswith(mary_name)),
    )

    cards = [m for m in mary.messages() if m.text.startswith("📋") and f"#{number}" in m.text.split("\n")[0]]
    old, new = cards[0], cards[-1]
    assert old.message_id != new.message_id
    assert (
        text(
            app,
            "ru",
            "↩️ Referred back to this chat: the newer card below is the one to use. A reply to this message still "
            "reaches the person.",
        )
        in old.text
    )
    assert old.buttons() == [] and button(app, "ru", "✋ Claim") in labels(new)
    # What the old card says is what a reply to it does
    await mary.reply(old, "Здравствуйте, снова Мары")
    assert person.last_reply().text.endswith("Здравствуйте, снова Мары")
    # Bayramaly's card says where the case is now, and a reply to it reaches nobody
    assert (
        text(app, "tk", "➡️ Referred to {organisation}: this chat no longer handles it.").format(
            organisation=mary_name
        )
        in bayramaly.card(number).text
    )


# A staff member's edit of a reply the person got ----------------------------------------------------------------


async def test_a_staff_edit_of_a_relayed_reply_edits_the_persons_copy_marked_as_edited(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    gulya = chat_with("ru", 100021, "Гуля")
    first = await request_help_from_mary(app, gulya, "ru")
    serdar = chat_with("ru", 100022, "Сердар")
    second = await request_help_from_mary(app, serdar, "ru")
    worker = staff(app, standin)
    await worker.press(worker.card(first), button(app, "ru", "✋ Claim"))
    # Meant for Гуля, sent on Сердар's card by mistake
    await worker.reply(worker.card(second), "Гуля, по паспорту: не отдавайте оригинал")
    wrong = serdar.last_reply()
    assert "Гуля" in wrong.text
    await worker.edit(worker.mine()[-1], "Извините, это сообщение было не для вас.")

    fixed = next(m for m in serdar.bot_messages() if m.message_id == wrong.message_id)
    assert "Гуля" not in fixed.text and fixed.text.endswith("Извините, это сообщение было не для вас.")
    assert "✏️" in fixed.text.split("\n")[0]
    assert serdar.last_reply().message_id == wrong.message_id  # edited in place, no new message
    await worker.send(f"/case {second}")
    history = worker.last().text
    assert "Гуля" not in history and "Извините, это сообщение было не для вас." in history


async def test_a_staff_edit_that_cannot_reach_the_person_is_said_to_the_staff_member(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    person = chat_with("ru")
    number = await request_help_from_mary(app, person, "ru")
    worker = staff(app, standin)
    await worker.reply(worker.card(number), "Здравствуйте")
    sent = worker.mine()[-1]
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    assert not (await app.bot_data.storage.case(number)).is_open
    await worker.edit(sent, "Здравствуйте, исправлено")

    assert not any("исправлено" in m.text for m in person.bot_messages())
    assert worker.last().text == text(
        app,
        "ru",
        "✏️ Not changed for the person: they still have this message as first sent. To correct it, write to them "
        "again (see /help).",
    )
    assert worker.last().reply_to_message_id == sent.message_id


# /case: a long history, and one across organisations ----------------------------------------------------------


async def test_case_after_a_burst_says_how_many_earlier_lines_are_not_shown_and_pages_to_them(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    person = chat_with("ru")
    number = await request_help_from_mary(app, person, "ru")
    worker = staff(app, standin)
    await person.send("самое первое сообщение: фото паспорта")
    for n in range(60):
        clock.advance(30)
        await person.send(f"сообщение номер {n}, и ещё немного слов, чтобы строка была длиннее обычной")
    await worker.send(f"/case {number}")
    first = worker.last().text
    assert "самое первое сообщение" not in first
    hidden = app.bot_data.catalogs("ru").ngettext(
        "… {count} earlier line not shown: /case {number} {page} shows it.",
        "… {count} earlier lines not shown: /case {number} {page} shows them.",
        2,
    )
    assert hidden.split("{count}")[1].split("{number}")[0] in first and f"/case {number} 2" in first

    pages = [first]
    page = 2
    while f"/case {number} {page}" in pages[-1]:
        await worker.send(f"/case {number} {page}")
        pages.append(worker.last().text)
        page += 1
    assert "самое первое сообщение" in pages[-1]  # the start is reachable
    everything = "\n".join(pages)
    assert all(f"сообщение номер {n}," in everything for n in range(60))  # nothing dropped between pages
    assert all(len(each) <= 4096 for each in pages)


async def test_case_history_across_organisations_names_the_other_organisation_on_its_entries(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    person = chat_with("ru")
    number = await request_help(app, person, "ru", "ℹ️ Information and advice", MARY, "example-mary")
    mary = staff(app, standin, name="Ира")
    await mary.press(mary.card(number), button(app, "ru", "✋ Claim"))
    await mary.reply(mary.card(number), "Здравствуйте, это Мары")
    await mary.press(mary.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    bayramaly_name = app.bot_data.directory.get("example-mary-bayramaly").text("name", "ru")
    await mary.press(
        mary.card(number),
        next(label for label in labels(mary.card(number)) if label.startswith(bayramaly_name)),
    )
    bayramaly = staff(app, standin, chat_id=BAYRAMALY_CHAT, user_id=SECOND_STAFF_USER, name="Ира")
    await bayramaly.press(bayramaly.card(number), button(app, "tk", "✋ Claim"))
    await bayramaly.reply(bayramaly.card(number), "Salam, Baýramaly")

    await bayramaly.send(f"/case {number}")
    history = bayramaly.last().text
    mary_ru = app.bot_data.directory.get("example-mary").text("name", "tk")
    claims = [
        line for line in history.split("\n") if button(app, "tk", "took the case", "case action") in line
    ]
    assert len(claims) == 2
    assert (
        f"({mary_ru})" in claims[0] and f"({mary_ru})" not in claims[1]
    )  # Mary's claim, then Bayramaly's own
    assert any(f"Ира ({mary_ru}): Здравствуйте, это Мары" in line for line in history.split("\n"))
    assert any(line.endswith("Ира: Salam, Baýramaly") for line in history.split("\n"))
