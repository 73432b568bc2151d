"""A checklist done for someone close, carried by a request (a mother checks her daughter's offer, then asks for a
person): the consent screen, the staff card and /case say the answers are about someone close to the person, so
that staff do not read "under 18" or "others keep the passport" as the writer's own; the case is urgent all the
same. For me, they read as before. /forget and retention wipe whom it was for with the contact details."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.checklist import flag
from bot.checklist_whom import Whom
from bot.config import Config
from bot.runtime.context import BotContext
from bot.standin.server import StandIn
from handlers.alerts import urgent_alert
from handlers.cards import staff_translator
from handlers.jobs import purge_expired
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT, FakeClock
from tests.test_checklist_for_other import DAUGHTER, answer_all, ask_whom
from tests.test_handoff_flow import button, staff

# Where each language's request goes, so that the card is read in that language too (locales/ngos.example.toml):
# the service, the velayat, and the staff chat of the organisation that serves them.
ROUTE = {
    "ru": ("⚖️ Legal advice", "Mary", -1001000000011),  # example-mary, cards in Russian
    "tk": ("⚖️ Legal advice", "Ahal", -1001000000003),  # example-ahal, cards in Turkmen
    "en": ("🏠 Shelter", "Ashgabat city", -1001000000002),  # example-ashgabat-2, cards in English
}
FOR_OTHER_CARD = "Checklist (about someone close to them): {summary}"
FOR_OTHER_CONSENT = "Checklist result (about someone close to you): {level}"
WARNINGS = ("age=y", "passport=n")  # the daughter is under 18; others will keep her passport


async def checklist_then_consent(app: Any, chat: Chat, clock: FakeClock, language: str, whom: Whom) -> str:
    """The high checklist of the daughter's offer, for `whom`; then a request for a person up to its consent
    screen; the screen's text."""
    await ask_whom(app, chat, language)
    choice = "For someone close to me" if whom is Whom.OTHER else "For me"
    await chat.press(said(app, language, choice, "answer"))
    await answer_all(app, chat, language, DAUGHTER, whom)
    clock.advance(120)  # past the flood guard's window
    service, velayat, _ = ROUTE[language]
    await chat.press(button(app, language, "🤝 Get help", "menu"))
    await chat.press(button(app, language, "🙋 Ask a person to contact me"))
    await chat.press(button(app, language, service, "service"))
    await chat.press(button(app, language, velayat, "velayat"))
    await chat.press(button(app, language, "💬 Only through this chat"))
    await chat.press(button(app, language, "No, keep it hidden"))
    return (await chat.press(button(app, language, "Skip"))).text


def checklist_line(app: Any, language: str, msgid: str, placeholder: str) -> str:
    """The beginning of the checklist's line in `language`: its label and the level, "high risk"."""
    label = said(app, language, msgid).split("{" + placeholder + "}")[0]
    return label + said(app, language, "high risk", "risk")


@pytest.mark.parametrize("whom", [Whom.OTHER, Whom.SELF])
@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_staff_read_a_checklist_done_for_someone_close_as_theirs_not_the_writers(
    app: Any,
    standin: StandIn,
    chat_with: Callable[..., Chat],
    clock: FakeClock,
    language: str,
    whom: Whom,
) -> None:
    chat = chat_with(language)
    consent = await checklist_then_consent(app, chat, clock, language, whom)
    about_them = checklist_line(app, language, FOR_OTHER_CONSENT, "level")
    own = checklist_line(app, language, "Checklist result: {level}", "level")
    assert (about_them if whom is Whom.OTHER else own) in consent
    assert (own if whom is Whom.OTHER else about_them) not in consent
    for warning in WARNINGS:  # the answers are shown as ever: only whose they are is said
        assert said(app, language, flag(warning) or "") in consent

    await chat.press(button(app, language, "✅ Send the request"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.urgent, "a child's offer is urgent whoever writes"
    # The organisation's card, and /case, in the chat's own language (the person's here)
    worker = staff(app, standin, chat_id=ROUTE[language][2])
    card_line = checklist_line(app, language, FOR_OTHER_CARD, "summary")
    own_line = checklist_line(app, language, "Checklist: {summary}", "summary")
    await worker.send(f"/case {case.id}")
    posted, by_case = worker.card(case.id), worker.messages()[-2]  # /case: the card now, then its history
    assert by_case.message_id != posted.message_id
    for shown in (posted.text, by_case.text):
        assert (card_line if whom is Whom.OTHER else own_line) in shown
        assert (own_line if whom is Whom.OTHER else card_line) not in shown
        for warning in WARNINGS:
            assert said(app, language, flag(warning) or "") in shown
    # The hotline team is alerted, and told that it is about someone close
    tr = staff_translator(BotContext(app), COORDINATOR_CHAT)
    alert = urgent_alert(tr, case, "checklist")
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT).messages()
    assert any(message.html.startswith(alert) for message in coordinators)
    about = (
        "someone close" if tr.language == "en" else {"ru": "для близкого", "tk": "ýakyn adamy"}[tr.language]
    )
    assert (about in alert) is (whom is Whom.OTHER)


async def test_whom_the_checklist_was_for_stays_with_its_result_after_forget_and_retention(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, config: Config
) -> None:
    """The checklist's level and risky answers stay on a card after /forget and retention (anonymous counts); whom
    they were about stays beside them, or an old card would read a daughter's "under 18" as the writer's."""
    storage = app.bot_data.storage
    # A request closed by staff, past retention
    mother = chat_with("en", user_id=1)
    await checklist_then_consent(app, mother, clock, "en", Whom.OTHER)
    await mother.press(button(app, "en", "✅ Send the request"))
    closed = await storage.open_case_for(mother.chat_id)
    assert closed is not None and closed.checklist_for == Whom.OTHER
    worker = staff(app, standin, chat_id=ROUTE["en"][2])
    await worker.press(worker.card(closed.id), button(app, "en", "✔️ Close"))
    await worker.press(worker.card(closed.id), button(app, "en", "Legal help", "outcome"))
    clock.advance(config.privacy.retention_days * 86400 + 1)
    # A request whose writer then used /forget
    father = chat_with("en", user_id=2)
    await checklist_then_consent(app, father, clock, "en", Whom.OTHER)
    await father.press(button(app, "en", "✅ Send the request"))
    forgotten = await storage.open_case_for(father.chat_id)
    assert forgotten is not None
    await father.send("/forget")
    await father.press("Yes, delete everything")
    await purge_expired(BotContext(app))  # the daily retention job: it edits the cards it wiped
    for case_id in (closed.id, forgotten.id):
        kept = await storage.case(case_id)
        assert kept is not None and kept.display_name is None and kept.checklist_summary is not None
        assert kept.checklist_for == Whom.OTHER
    assert checklist_line(app, "en", FOR_OTHER_CARD, "summary") in worker.card(closed.id).text
