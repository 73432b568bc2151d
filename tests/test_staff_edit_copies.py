"""A staff member's edit of a reply the person got reaches the copy the other team was shown too: on an urgent case
the coordinators read what the organisation wrote (and the organisation what the coordinators wrote) in a copy under
the case's card. The person's copy was edited and the copy was left as first written, so the other team read words
the person never saw in that form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.standin.server import SentMessage, StandIn
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT
from tests.staffchat import StaffChat
from tests.test_case_tools import name
from tests.test_crisis_flow import DANGER
from tests.test_handoff_flow import button, request_help_from_mary, staff, text


def copy_heading(app: Any, number: int, sender: str, *, edited: bool = False) -> str:
    """The heading of a copy of a staff reply, in Russian, the language of both staff chats in the tests."""
    if edited:
        msgid = "💬 Case #{number}: {sender} writes to the person (✏️ edited):"
    else:
        msgid = "💬 Case #{number}: {sender} writes to the person:"
    return text(app, "ru", msgid).format(number=number, sender=sender)


def now(side: StaffChat, message: SentMessage) -> str:
    """A message of the bot in the chat as it reads now (after any edit)."""
    return next(m.text for m in side.messages() if m.message_id == message.message_id)


async def urgent_case(app: Any, standin: StandIn, chat: Chat) -> tuple[int, StaffChat, StaffChat]:
    """An urgent case of Mary's organisation, claimed there: both teams see what either writes to the person."""
    number = await request_help_from_mary(app, chat, "en")
    mary = staff(app, standin, name="Aman")
    await mary.press(mary.card(number), button(app, "ru", "✋ Claim"))
    await chat.send(DANGER["en"])
    return number, mary, staff(app, standin, chat_id=COORDINATOR_CHAT, name="Dilara")


async def test_an_organisations_edit_of_its_reply_edits_the_coordinators_copy_marked_as_edited(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number, mary, hotline = await urgent_case(app, standin, chat)
    await mary.reply(mary.card(number), "We will call you at 5 tomorrow")
    copy = hotline.last()
    sender = name(app, "example-mary", "ru")
    assert copy.text == f"{copy_heading(app, number, sender)}\nWe will call you at 5 tomorrow"

    await mary.edit(mary.mine()[-1], "We will call you at 5 today, <stay> near the phone")
    assert chat.last_reply().text.endswith("We will call you at 5 today, <stay> near the phone")
    assert (
        now(hotline, copy)
        == (
            f"{copy_heading(app, number, sender, edited=True)}\nWe will call you at 5 today, <stay> near the phone"  # escaped, shown as written
        )
    )
    assert hotline.last().message_id == copy.message_id  # edited in place: no new message in their chat

    await hotline.reply(
        copy, "Dilara here: do you have your passport?"
    )  # a reply to the copy still reaches them
    assert chat.last_reply().text.endswith("Dilara here: do you have your passport?")


async def test_the_coordinators_edit_of_their_reply_edits_the_organisations_copy(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number, mary, hotline = await urgent_case(app, standin, chat)
    await hotline.reply(hotline.last(), "Police: 155")
    copy = mary.last()
    team = text(app, "ru", "the hotline team")
    assert copy.text == f"{copy_heading(app, number, team)}\nPolice: 155"

    await hotline.edit(hotline.mine()[-1], "Police: 102")
    assert now(mary, copy) == f"{copy_heading(app, number, team, edited=True)}\nPolice: 102"


async def test_an_edit_the_person_never_gets_leaves_the_other_teams_copy_as_the_person_has_it(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number, mary, hotline = await urgent_case(app, standin, chat)
    await mary.reply(mary.card(number), "Hello")
    copy = hotline.last()
    await mary.press(mary.card(number), button(app, "ru", "✔️ Close"))
    await mary.press(mary.card(number), button(app, "ru", "Legal help", "outcome"))
    await mary.edit(mary.mine()[-1], "Hello, corrected")

    assert not any("corrected" in m.text for m in chat.bot_messages())
    assert "corrected" not in now(hotline, copy)  # both still read what the person has
    assert mary.last().text == text(
        app,
        "ru",
        "✏️ Not changed for the person: they still have this message as first sent. To correct it, write to them "
        "again (see /help).",
    )
