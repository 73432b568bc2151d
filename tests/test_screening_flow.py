"""The screening interview in a staff chat, in each staff language: started from a claimed case's card, left
half-way, resumed, finished, judged and edited; who may see it; /forget and retention delete it; and nothing of it
reaches the person or a log line."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.config import Config
from bot.directory import EXAMPLE_DIRECTORY
from bot.standin.model import SentMessage
from bot.standin.server import FakeUser, StandIn
from tests.chat import Chat
from tests.conftest import AppFactory, FakeClock
from tests.staffchat import StaffChat
from tests.test_handoff_flow import MARY_CHAT, button, request_help_from_mary, staff

OTHER_NGO_CHAT = -1001000000001  # example-ashgabat


async def mary_app(start_app: AppFactory, config: Config, tmp_path: Path, language: str) -> Any:
    """The bot with the Mary organisation's staff chat reading it in `language`."""
    text = EXAMPLE_DIRECTORY.read_text(encoding="utf-8")
    mary = 'staff_chat_id = -1001000000011\nstaff_language = "ru"'
    assert mary in text
    path = tmp_path / "ngos.toml"
    path.write_text(text.replace(mary, f'staff_chat_id = -1001000000011\nstaff_language = "{language}"'))
    return await start_app(config=replace(config, directory=replace(config.directory, file=str(path))))


def option(app: Any, language: str, label: str, context: str = "screening option") -> str:
    return app.bot_data.catalogs(language).pgettext(context, label)


def interview(worker: StaffChat) -> SentMessage:
    """The newest screening message in the staff chat."""
    found = [m for m in worker.messages() if m.text.startswith("🔎")]
    assert found, "no screening message in the staff chat"
    return found[-1]


async def pick(
    worker: StaffChat, app: Any, language: str, label: str, context: str = "screening option"
) -> None:
    await worker.press(interview(worker), option(app, language, label, context))


async def claimed_case(app: Any, standin: StandIn, person: Chat, language: str) -> tuple[int, StaffChat]:
    number = await request_help_from_mary(app, person, person.user.language_code or "en")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, language, "✋ Claim"))
    return number, worker


async def screen_to_the_end(worker: StaffChat, app: Any, language: str, number: int) -> None:
    """Start from the card and answer every section: an adult woman, deceived and in debt, forced labour in Turkey."""
    await worker.press(worker.card(number), button(app, language, "🔎 Screening"))
    for label in ("Recruitment", "Transport"):
        await pick(worker, app, language, label)
    await pick(worker, app, language, "Done ➡️", "screening")
    for label in ("Deception about the job", "Debt bondage"):
        await pick(worker, app, language, label)
    await pick(worker, app, language, "Done ➡️", "screening")
    await pick(worker, app, language, "Forced labour")
    await pick(worker, app, language, "Done ➡️", "screening")
    await worker.press(interview(worker), app.bot_data.countries.get("tr").title(language))
    await pick(worker, app, language, "25–34")
    await pick(worker, app, language, "Female")


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_screening_is_started_from_the_card_left_half_way_resumed_and_finished(
    start_app: AppFactory, config: Config, tmp_path: Path, standin: StandIn, language: str
) -> None:
    app = await mary_app(start_app, config, tmp_path, language)
    tr = app.bot_data.catalogs(language)
    person = Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code="en"))
    number, worker = await claimed_case(app, standin, person, language)
    heard = len(person.bot_messages())

    await worker.press(worker.card(number), button(app, language, "🔎 Screening"))
    assert f"#{number}" in interview(worker).text
    assert tr.pgettext("screening", "Act") in interview(worker).text
    await pick(worker, app, language, "Recruitment")
    await pick(worker, app, language, "Done ➡️", "screening")
    await pick(worker, app, language, "Deception about the job")
    await pick(worker, app, language, "⏸ Later", "screening")  # half-way: every press is saved already
    assert f"/screen {number}" in interview(worker).text
    stored = await app.bot_data.storage.screening(number)
    assert stored.answers == {"act": ("recruitment",), "means": ("deception",)} and stored.step == "means"

    await worker.send(f"/screen {number}")  # resumed where it was left, with the choice made
    resumed = interview(worker)
    assert tr.pgettext("screening", "Means") in resumed.text
    assert "✅ " + option(app, language, "Deception about the job") in [
        b["text"] for r in resumed.buttons() for b in r
    ]
    await pick(worker, app, language, "Done ➡️", "screening")
    await pick(worker, app, language, "Forced labour")
    await pick(worker, app, language, "Done ➡️", "screening")
    await worker.press(interview(worker), app.bot_data.countries.get("tr").title(language))
    await pick(worker, app, language, "25–34")
    await pick(worker, app, language, "Female")

    result = interview(worker).text
    assert tr.pgettext("screening", "meets the definition of trafficking") in result
    assert (
        tr.gettext("Form of exploitation: {forms}").format(forms=option(app, language, "Forced labour"))
        in result
    )
    assert app.bot_data.countries.get("tr").title(language) in result
    assert len(person.bot_messages()) == heard  # the person was asked nothing and told nothing

    # The staff's own judgement is kept beside the decision; editing a section comes back to the result.
    await pick(worker, app, language, "I judge: unclear", "screening")
    await worker.press(interview(worker), "✏️ " + tr.pgettext("screening", "Purpose"))
    await pick(worker, app, language, "Unknown", "screening")
    result = interview(worker).text
    assert tr.pgettext("screening", "unclear") in result
    assert (
        tr.gettext("Missing: {elements}").format(elements=tr.pgettext("screening element", "the purpose"))
        in result
    )
    judged = tr.gettext("<b>Staff judgement</b>: {judgement}").replace("<b>", "").replace("</b>", "")
    assert judged.format(judgement=tr.pgettext("screening", "unclear")) in result
    stored = await app.bot_data.storage.screening(number)
    assert stored.verdict == "unclear" and stored.judgement == "unclear" and stored.finished
    # The finished screening is put away with one button, and says where to find it again.
    await pick(worker, app, language, "✅ Close", "screening")
    closed = interview(worker)
    assert closed.buttons() == [] and f"/screen {number}" in closed.text
    assert tr.pgettext("screening", "unclear") in closed.text

    audit = [action for case, _, action in await app.bot_data.storage.audit_log() if case == number]
    assert audit[audit.index("screen:start") :] == [
        "screen:start",
        "screen:act",
        "screen:means",
        "screen:purpose",
        "screen:country",
        "screen:age",
        "screen:sex",
        "screen:judged",
        "screen:purpose",
    ]
    await worker.send(f"/case {number}")  # the history says what was done, never an answer
    history = worker.last().text
    assert tr.pgettext("case action", "started the screening") in history
    # the six sections saved one after another are one line, not six alike
    assert f"{tr.pgettext('case action', 'saved a section of the screening')} (×6)" in history
    assert option(app, language, "Deception about the job") not in history


async def test_a_screening_needs_a_claimed_case(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await request_help_from_mary(app, chat_with("en"), "en")
    worker = staff(app, standin)
    await worker.send(f"/screen {number}")
    tr = app.bot_data.catalogs("ru")
    assert worker.last().text == tr.gettext(
        "A screening starts on a claimed case: claim case #{number} first."
    ).format(number=number)
    assert await app.bot_data.storage.screening(number) is None


@pytest.mark.parametrize("who", ["not staff, in the NGO's chat", "staff, in another NGO's chat"])
async def test_the_wrong_people_can_neither_start_nor_see_a_screening(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], who: str
) -> None:
    person = chat_with("en")
    number, worker = await claimed_case(app, standin, person, "ru")
    await screen_to_the_end(worker, app, "ru", number)
    before = await app.bot_data.storage.screening(number)
    screened = interview(worker).text
    audit = await app.bot_data.storage.audit_log()
    if who.startswith("not staff"):
        outsider = staff(app, standin, chat_id=MARY_CHAT, user_id=31337, name="Outsider")
        target = interview(worker)
    else:
        outsider = staff(app, standin, chat_id=OTHER_NGO_CHAT)
        await outsider.send("/queue")  # something of the bot's in that chat to press
        target = outsider.last()
    seen = len(outsider.messages())
    for data in (
        f"st:sc:go:{number}",
        f"st:sc:p:{number}:purpose:sexual",
        f"st:sc:n:{number}:act",
        f"st:sc:j:{number}:not_met",
    ):
        await outsider.press_data(target, data)
    await outsider.send(f"/screen {number}")
    assert await app.bot_data.storage.screening(number) == before
    assert await app.bot_data.storage.audit_log() == audit
    shown = " ".join(m.text for m in outsider.messages()[seen:])
    assert interview(worker).text == screened  # the screening's message did not change
    assert "🔎" not in shown and option(app, "ru", "Deception about the job") not in shown


async def test_forget_and_retention_delete_the_screening(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, config: Config
) -> None:
    storage = app.bot_data.storage
    person = chat_with("en", user_id=1)
    number, worker = await claimed_case(app, standin, person, "ru")
    await screen_to_the_end(worker, app, "ru", number)
    await person.send("/forget")
    await person.press("Yes, delete everything")
    assert await storage.screening(number) is None

    other = chat_with("en", user_id=2)
    second, worker = await claimed_case(app, standin, other, "ru")
    await screen_to_the_end(worker, app, "ru", second)
    await worker.press(worker.card(second), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(second), button(app, "ru", "Legal help", "outcome"))
    assert await storage.screening(second) is not None  # kept while the case is within retention
    clock.advance(config.privacy.retention_days * 86400 + 1)
    await storage.purge(config.privacy.retention_days)
    assert await storage.screening(second) is None


async def test_no_screening_answer_reaches_the_person_or_a_log_line(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    for name in ("bot", "handlers"):
        caplog.set_level(logging.DEBUG, logger=name)
    person = chat_with("en")
    number, worker = await claimed_case(app, standin, person, "ru")
    await screen_to_the_end(worker, app, "ru", number)
    await worker.press(interview(worker), option(app, "ru", "I judge: meets", "screening"))
    await worker.reply(worker.card(number), "Мы вам поможем.")  # the person does hear from staff as usual
    words = {
        *(option(app, language, label) for language in ("ru", "tk", "en") for label in ANSWERS),
        *ANSWER_CODES,
        app.bot_data.countries.get("tr").title("ru"),
    }
    heard = " ".join(m.text for m in person.bot_messages())
    assert "Мы вам поможем." in heard
    for word in words:
        assert word not in heard, word
        assert word not in caplog.text, word
    for language in ("ru", "tk", "en"):
        tr = app.bot_data.catalogs(language)
        assert tr.pgettext("screening", "meets the definition of trafficking") not in heard


ANSWERS = (
    "Recruitment",
    "Transport",
    "Deception about the job",
    "Debt bondage",
    "Forced labour",
    "25–34",
    "Female",
)
ANSWER_CODES = ("recruitment", "deception", "debt", "labour", "25-34", "female", "st:sc:p:")
