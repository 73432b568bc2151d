"""What an exploratory tester of a two-day staff shift found, held: a case the person opens again is shown as theirs
to open, not as returned to the queue by whoever unclaimed it before its close (W#1); an edit of the request's own
message reaches staff (W#2); /case history keeps the mark of a forwarded message (W#3); and writing again after a
close gets one offer, names the organisation to the coordinators, and sends an edited message once (W#6)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.runtime.context import BotContext
from bot.standin.server import StandIn
from handlers.cards import staff_translator
from handlers.jobs import check_cases
from handlers.labels import format_time
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT, FakeClock
from tests.staffchat import StaffChat
from tests.test_case_tools import name
from tests.test_found_by_tester_j import card_copy
from tests.test_handoff_flow import button, request_help_from_mary, staff
from tests.test_write_again import HI_AGAIN, write_again_label

DAY = 86400


async def unclaimed_and_closed(
    app: Any, standin: StandIn, chat: Chat, language: str
) -> tuple[int, StaffChat]:
    """Aman claims the person's request to Mary, gives it back, and it is closed as information only."""
    number = await request_help_from_mary(app, chat, language)
    aman = staff(app, standin, name="Аман")
    await aman.press(aman.card(number), button(app, "ru", "✋ Claim"))
    await aman.send(f"/unclaim {number}")
    await aman.press(aman.card(number), button(app, "ru", "✔️ Close"))
    await aman.press(aman.card(number), button(app, "ru", "Information only", "outcome"))
    return number, aman


async def test_a_case_the_person_opens_again_is_not_shown_as_given_back_that_day(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """W#1: Аман unclaimed #1 on day 1 and it was closed; on day 2 the person wrote and tapped "✉️ Write to …
    again". Mary's card, /case and the coordinators' ⏰ card said "given back by Аман" at the reopening's time."""
    chat = chat_with("ru")
    number, aman = await unclaimed_and_closed(app, standin, chat, "ru")
    clock.advance(DAY)
    await chat.send(HI_AGAIN["ru"])
    await chat.press(write_again_label(app, "ru"))
    reopened_at = format_time(int(clock()))
    tr = staff_translator(BotContext(app), aman.chat_id)
    line = tr.gettext("Status: waiting — reopened by the person on {time}; nobody has it now").format(
        time=reopened_at
    )
    given_back = tr.gettext("Status: waiting — given back by {name} on {time}; nobody has it now").format(
        name="Аман", time=reopened_at
    )
    await aman.send(f"/case {number}")  # a fresh card, then the history
    for shown in (aman.card(number).text, aman.messages()[-2].text):
        assert line in shown and given_back not in shown

    clock.advance(app.bot_data.config.staff.sla_minutes * 60 + 60)
    await check_cases(BotContext(app))  # nobody claimed it: the coordinators' ⏰ card
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT)
    assert any(m.text.startswith("⏰") and f"#{number}" in m.text for m in hotline.messages())
    hotline_tr = staff_translator(BotContext(app), COORDINATOR_CHAT)
    assert (
        hotline_tr.gettext("Status: waiting — reopened by the person on {time}; nobody has it now").format(
            time=reopened_at
        )
        in card_copy(hotline, number).text
    )


async def test_a_case_staff_open_again_names_who_opened_it_and_when(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """The same for staff's ↩️ Reopen the next day: it names Аман's reopening then, not his unclaim as if then."""
    number, aman = await unclaimed_and_closed(app, standin, chat_with("en"), "en")
    clock.advance(DAY)
    await aman.press(aman.card(number), button(app, "ru", "↩️ Reopen"))
    tr = staff_translator(BotContext(app), aman.chat_id)
    line = tr.gettext("Status: waiting — reopened by {name} on {time}; nobody has it now").format(
        name="Аман", time=format_time(int(clock()))
    )
    assert line in aman.card(number).text


async def test_an_edit_of_the_requests_own_message_reaches_staff_marked_as_an_edit(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    """W#2: the message sent with the request (on the card, shared with consent) edited after a claim to add the
    daughter's age reached nobody, and the person believed staff saw it."""
    chat = chat_with("ru")
    number = await request_help_from_mary(
        app, chat, "ru", "Дочери предлагают работу официанткой в Стамбуле, паспорт заберут"
    )
    aman = staff(app, standin, name="Аман")
    await aman.press(aman.card(number), button(app, "ru", "✋ Claim"))
    await aman.reply(aman.card(number), "Здравствуйте, пришлите фото договора.")
    request_message = next(m for m in chat.my_messages() if m.text.startswith("Дочери"))
    await chat.edit(request_message, "Дочери 16 лет, предлагают работу официанткой в Стамбуле")
    relayed = aman.last()
    assert relayed.text.split("\n") == [
        said(app, "ru", "💬 Case #{number}, the person writes:").format(number=number),
        said(app, "ru", "✏️ Edited an earlier message:"),
        "Дочери 16 лет, предлагают работу официанткой в Стамбуле",
    ]


async def test_case_history_keeps_the_mark_of_a_forwarded_message_and_of_an_edit(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    """W#3: the live relay said "↪️ Forwarded from Jobs abroad", and /case said "person: …", the advert as the
    person's own words."""
    chat = chat_with("ru")
    number = await request_help_from_mary(app, chat, "ru")
    await chat.forward("Работа в Стамбуле, официантка, 1500$, жильё бесплатно")
    await chat.send("ок")
    await chat.edit(chat.my_messages()[-1], "ок, договор пришлю")
    aman = staff(app, standin)
    await aman.send(f"/case {number}")
    history = aman.last().text
    forwarded = said(app, "ru", "↪️ Forwarded from {origin}:").format(origin="Jobs abroad")
    edited = said(app, "ru", "✏️ Edited an earlier message:")
    person = said(app, "ru", "person")
    assert f"{person}: {forwarded} Работа в Стамбуле, официантка, 1500$" in history
    assert f"{person}: {edited} ок, договор пришлю" in history
    assert f"{person}: Работа в Стамбуле" not in history


async def test_writing_again_makes_one_offer_and_an_edit_of_a_held_message_is_sent_once(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """W#6: two messages after a close got two offers, an edit of the held one got a fresh answer and a third, and
    staff then had the original and the edited text; the coordinators' notice said the person "chose to write to
    you" though they wrote to Mary."""
    chat = chat_with("en")
    number, aman = await unclaimed_and_closed(app, standin, chat, "en")
    clock.advance(DAY)
    label = write_again_label(app, "en")
    await chat.send(HI_AGAIN["en"])
    first = chat.my_messages()[-1]
    await chat.send("also my passport")
    offers = [m for m in chat.bot_messages() if label in chat.labels(m)]
    assert len(offers) == 1  # the newest one, which sends both

    shown = len(chat.bot_messages())
    await chat.edit(first, "Hi again, the visa question came up again: they want 500$")
    assert len(chat.bot_messages()) == shown  # no fresh answer, no other offer

    seen = len(aman.messages())
    await chat.press(label)
    new = [m.text for m in aman.messages()[seen:]]
    mary = name(app, "example-mary", "ru")
    notice = said(
        app,
        "ru",
        "↩️ Case #{number} is open again: the person wrote again on {written}; it was closed on {closed}. They "
        "chose to write to {organisation} again. What they wrote follows.",
    ).format(
        number=number,
        written=format_time(int(clock())),
        closed=format_time(int(clock()) - DAY),
        organisation=mary,
    )
    assert new[0] == notice
    written = [text for text in new[1:] if "visa" in text or "passport" in text]
    assert len(written) == 2
    assert written[0].endswith("they want 500$") and written[1].endswith("also my passport")
