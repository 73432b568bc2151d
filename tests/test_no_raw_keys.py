"""No stored key reaches a reader: every card (each state, with and without a checklist, urgent, abroad), every kind
of /case history line, /queue and the consent screens, in each language, say things in words.

The keys come from the code's own tables (risk levels, checklist flags, outcomes, services, velayats, audited
actions), so a key added there is looked for here. A key is "raw" when it is on the screen outside any text from
the reader's catalog: the catalog's words (and knowledge-base titles) are taken out first, and what is left is
data (names, numbers, what a person wrote) or a leak."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from typing import Any

import pytest
from babel.messages.pofile import read_po

from bot.checklist import EARLIER_FLAGS, KEYS, QUESTIONS, Level
from bot.config import LOCALES_DIR
from bot.directory import SERVICES, VELAYATS
from bot.handoff import ABROAD, OTHER_NEED, OUTCOMES, WITHDRAWN, NewCase, checklist_summary
from bot.languages import LANGUAGES
from bot.runtime.context import BotContext
from bot.standin.server import FakeUser, StandIn
from bot.storage import BY_PERSON, AuditEntry, Case
from handlers.cards import card_keyboard, post_card, render_card
from handlers.casehistory import audit_line
from handlers.labels import ACTION_KINDS
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT, STAFF_USER
from tests.staffchat import StaffChat

MARY_CHAT = -1001000000011
STAFF_NAME = "Ogulgerek"
FLAGS = (*KEYS, *EARLIER_FLAGS)


def audited_actions(knowledge: Any) -> list[str]:
    """Every action the audit stores, with each detail its kind takes."""
    details: dict[str, tuple[str, ...]] = {
        "close": (*OUTCOMES, WITHDRAWN),
        "send": tuple(knowledge.topics),
        "urgent": ("sos", "message"),
    }
    return [
        f"{kind}:{detail}" if detail else kind for kind in ACTION_KINDS for detail in details.get(kind, ("",))
    ]


def all_keys(knowledge: Any) -> set[str]:
    keys = {*(level.value for level in Level), *FLAGS, *OUTCOMES, WITHDRAWN, *SERVICES, OTHER_NEED}
    keys |= {*VELAYATS, ABROAD, *audited_actions(knowledge)}
    return keys


@cache
def catalog_fragments(language: str, knowledge_titles: tuple[str, ...]) -> tuple[str, ...]:
    """Every piece of text the reader's catalog holds (between placeholders), longest first, and the topics'
    titles."""
    with (LOCALES_DIR / language / "LC_MESSAGES" / "messages.po").open("rb") as file:
        catalog = read_po(file)
    pieces: set[str] = set(knowledge_titles)
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in (*strings, *ids) if language == "en" else strings:
            pieces.update(p.strip() for p in re.split(r"\{[^}]*\}", text or ""))
    return tuple(sorted((p for p in pieces if len(p) >= 3 and re.search(r"\w", p)), key=len, reverse=True))


def raw_keys(app: Any, language: str, text: str) -> set[str]:
    """The keys (and staff ids) shown in `text` outside the words of the `language` catalog."""
    knowledge = app.bot_data.knowledge
    titles = tuple(topic.text(language).title for topic in knowledge.topics.values())
    rest = text
    for piece in catalog_fragments(language, titles):
        rest = rest.replace(piece, "\x00")
    found = {
        key
        for key in all_keys(knowledge)
        if re.search(rf"(?<![\w-])(?<!\w:){re.escape(key)}(?![\w-]|:\w)", rest)
    }
    return found | ({str(STAFF_USER)} if str(STAFF_USER) in text else set())


def shown(message: Any) -> str:
    """A message as a reader sees it: its text and its buttons."""
    labels = [str(button["text"]) for row in message.buttons() for button in row]
    return "\n".join([message.text, *labels])


async def a_case(app: Any, chat: Chat, ngo_id: str = "example-mary", *, urgent: bool = False) -> Case:
    """An open case of the person in `chat` (a Turkmen speaker), at the Mary NGO unless said."""
    await chat.send("/start")
    ngo = app.bot_data.directory.get(ngo_id)
    new = NewCase(
        user_id=chat.chat_id,
        language="tk",
        ngo_id=ngo.id,
        staff_chat_id=ngo.staff_chat_id,
        urgent=urgent,
        velayat=ngo.velayat,
        need=ngo.services[0],
        display_name="Aýna",
        first_message="Kömek gerek",
    )
    case, _ = await app.bot_data.storage.create_case(new)
    return case


def card_variants(case: Case) -> Iterator[Case]:
    """Each state (every outcome of a closed case), urgent or not, without a checklist and with each level and
    every flag, in every velayat (abroad too) and for every need."""
    states = [("open", None), ("claimed", None), *(("closed", o) for o in (*OUTCOMES, WITHDRAWN))]
    summaries = [None, *(checklist_summary(level.value, FLAGS) for level in Level)]
    velayats = [*VELAYATS, ABROAD]
    needs = [*SERVICES, OTHER_NEED]
    n = 0
    for status, outcome in states:
        for urgent in (False, True):
            for summary in summaries:
                n += 1
                yield replace(
                    case,
                    status=status,
                    outcome=outcome,
                    urgent=urgent,
                    checklist_summary=summary,
                    velayat=velayats[n % len(velayats)],
                    need=needs[n % len(needs)],
                    claimed_by=STAFF_USER if status != "open" else None,
                    claimed_by_name=STAFF_NAME if status != "open" else None,
                )


@pytest.mark.parametrize("language", LANGUAGES)
async def test_every_card_says_everything_in_words(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    tr = app.bot_data.catalogs(language)
    case = await a_case(app, chat_with("tk"))
    seen_velayats, seen_needs = set(), set()
    for variant in card_variants(case):
        # As the card shows it in a plain group, and as the first message of its topic with a referral waiting.
        ngo = app.bot_data.directory.get(case.ngo_id)
        topic_card = render_card(tr, variant, in_topic=True, referral_to=ngo.text("name", language))
        text = f"{render_card(tr, variant)}\n{topic_card}"
        keyboard = card_keyboard(tr, variant)
        labels = [b.text for row in keyboard.inline_keyboard for b in row] if keyboard else []
        assert not raw_keys(app, language, "\n".join([text, *labels])), (variant, text)
        seen_velayats.add(variant.velayat)
        seen_needs.add(variant.need)
    assert seen_velayats == {*VELAYATS, ABROAD} and seen_needs == {*SERVICES, OTHER_NEED}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_every_history_line_says_who_did_what_in_words(app: Any, language: str) -> None:
    tr = app.bot_data.catalogs(language)
    context = BotContext(app)
    actions = audited_actions(app.bot_data.knowledge)
    assert {a.partition(":")[0] for a in actions} == set(ACTION_KINDS)
    for action in actions:
        for who in (STAFF_USER, BY_PERSON):
            line = audit_line(context, tr, AuditEntry(who, action, 0), {STAFF_USER: STAFF_NAME})
            assert not raw_keys(app, language, line), line
            if who == STAFF_USER:
                assert line.startswith(f"{STAFF_NAME}: ")
    # A name is what its owner typed: shown literally.
    line = audit_line(context, tr, AuditEntry(STAFF_USER, "claim", 0), {STAFF_USER: "<i>Ay&Gül</i>"})
    assert line.startswith("&lt;i&gt;Ay&amp;Gül&lt;/i&gt;: ")


def worker(app: Any, standin: StandIn, chat_id: int = MARY_CHAT) -> StaffChat:
    return StaffChat(
        app, standin, chat_id, FakeUser(id=STAFF_USER, first_name=STAFF_NAME, language_code="en")
    )


async def test_a_worked_case_reads_in_words_on_every_staff_screen(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    """A case claimed, answered, sent a topic, made urgent by SOS and closed: its card, /case and /queue in the
    NGO's chat (Russian) and the coordinators' name the staff member and never show a key or an id."""
    chat = chat_with("tk")
    case = await a_case(app, chat)
    assert await post_card(BotContext(app), case)
    mary = worker(app, standin)
    await mary.press(mary.card(case.id), said(app, "ru", "✋ Claim", "button"))
    await mary.reply(mary.card(case.id), "Salam, kömek ederis.")
    await mary.reply(mary.card(case.id), "/send passport-safety")
    await chat.send("Sag boluň")
    await chat.send("/sos")  # with a case open: the case becomes urgent at once
    coordinator = worker(app, standin, COORDINATOR_CHAT)
    for staff_chat, language in ((mary, "ru"), (coordinator, app.bot_data.config.staff.coordinator_language)):
        await staff_chat.send("/queue")
        assert not raw_keys(app, language, shown(staff_chat.last()))
        assert STAFF_NAME in staff_chat.last().text
    await mary.press(mary.card(case.id), said(app, "ru", "✔️ Close", "button"))
    await mary.press(mary.card(case.id), said(app, "ru", "Legal help", "outcome"))
    for staff_chat, language in ((mary, "ru"), (coordinator, app.bot_data.config.staff.coordinator_language)):
        await staff_chat.send(f"/case {case.id}")
        history = staff_chat.last()
        assert not raw_keys(app, language, shown(history)), history.text
        assert history.text.count(f"{STAFF_NAME}: ") >= 4  # claimed, wrote, sent, closed
        assert "Sag boluň" in history.text and "Salam, kömek ederis." in history.text
    assert not raw_keys(app, "ru", shown(mary.card(case.id)))


@pytest.mark.parametrize(
    ("language", "ngo_id"), [("ru", "example-mary"), ("en", "example-ashgabat-2"), ("tk", "example-ahal")]
)
async def test_the_queue_says_everything_in_words(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str, ngo_id: str
) -> None:
    ngo = app.bot_data.directory.get(ngo_id)
    assert ngo.staff_language == language
    claimed = await a_case(app, chat_with("tk", user_id=1), ngo_id)
    await a_case(app, chat_with("ru", user_id=2), ngo_id, urgent=True)
    await a_case(app, chat_with("en", user_id=3), ngo_id)
    await app.bot_data.storage.claim_case(claimed.id, STAFF_USER, STAFF_NAME)
    staff_chat = worker(app, standin, ngo.staff_chat_id)
    await staff_chat.send("/queue")
    queue = staff_chat.last().text
    assert not raw_keys(app, language, queue), queue
    assert STAFF_NAME in queue and len(queue.split("\n")) == 4


# In the person's own language: a message in another one would make it theirs (bot/i18n.py, answer_language)
PLEASE_CALL = {"ru": "Прошу связаться со мной", "tk": "Men kömek isleýärin", "en": "Please contact me"}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_every_consent_screen_says_everything_in_words(
    app: Any, chat_with: Callable[..., Chat], clock: Any, language: str
) -> None:
    """After the checklist (its result is on the consent screen), by each way that reaches consent: asking a
    person (for each kind of velayat: one with an NGO, abroad, one without the service) and an organisation
    picked from the list; and the SOS screen, which goes to the hotline team without one."""
    chat = chat_with(language)
    await chat.send("/start")
    await chat.press(said(app, language, "✅ Check a job offer", "menu"))
    await chat.press(said(app, language, "For me", "answer"))
    for _ in range(len(QUESTIONS)):  # the last answer to every question: the riskiest
        question = chat.last_reply()
        answers = [
            b
            for row in question.buttons()
            for b in row
            if str(b.get("callback_data", "")).startswith("cl:a:")
        ]
        if not answers:
            break
        await chat.press_data(question, str(answers[-1]["callback_data"]))
    result = chat.last_reply()
    assert not raw_keys(app, language, shown(result))
    screens: list[str] = []  # as shown then: Cancel edits the screen
    clock.advance(120)  # past the flood guard's window
    for need, velayat, country in (
        ("⚖️ Legal advice", "Mary", None),
        ("🏠 Shelter", "🌍 I am abroad", "tr"),
        ("❔ I am not sure", "Ahal", None),
    ):
        await chat.send("/start")
        await chat.press(said(app, language, "🤝 Get help", "menu"))
        await chat.press(said(app, language, "🙋 Ask a person to contact me", "button"))
        await chat.press(said(app, language, need, "service"))
        await chat.press(said(app, language, velayat, "velayat"))
        if country is not None:
            await chat.press(app.bot_data.countries.get(country).title(language))
        await chat.press(said(app, language, "💬 Only through this chat", "button"))
        await chat.press(said(app, language, "Yes, show my name", "button"))
        screens.append(shown(await chat.send(PLEASE_CALL[language])))
        await chat.press(said(app, language, "✖ Cancel", "button"))
        clock.advance(120)
    await chat.send("/start")
    await chat.press(said(app, language, "🤝 Get help", "menu"))
    await chat.press(said(app, language, "📍 Find an organisation near me", "button"))
    await chat.press(said(app, language, "⚖️ Legal advice", "service"))
    await chat.share_location(37.60, 61.83)
    mary = app.bot_data.directory.get("example-mary").text("name", language)
    await chat.press(said(app, language, "🙋 Ask {name} for help", "button").format(name=mary))
    await chat.press(said(app, language, "📞 Also by phone", "button"))
    await chat.press(said(app, language, "Yes, it is safe", "button"))
    await chat.send("+993 65 123456")
    await chat.send("after 18:00")
    await chat.press(said(app, language, "No, keep it hidden", "button"))
    screens.append(shown(await chat.press(said(app, language, "Skip", "button"))))
    assert mary in screens[-1]
    await chat.send("/sos")
    screens.append(shown(chat.last_reply()))
    for screen in screens:
        assert not raw_keys(app, language, screen), screen
    labels = [said(app, language, level.value, "risk") for level in Level]
    for screen in screens[:4]:
        assert any(label in screen for label in labels), screen
