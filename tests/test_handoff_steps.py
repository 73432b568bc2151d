"""The hand-off request as a table of steps: which step comes next, what an answer may be, where a request goes."""

from __future__ import annotations

from pathlib import Path

import aiosqlite

from bot.directory import EXAMPLE_DIRECTORY, Directory
from bot.handoff import (
    CARD_MESSAGE_UNITS,
    CONFIRM,
    QUESTION,
    STEPS,
    Draft,
    answer,
    back,
    message_parts,
    new_request,
    next_step,
    phone_number,
    previous_step,
    route,
)
from bot.storage import Storage, load_migrations
from bot.textpieces import split_text

COORDINATOR = -100500


def walk(draft: Draft, *answers: str | None) -> Draft:
    for value in answers:
        moved = answer(draft, draft.step, value)
        assert moved is not None, (draft.step, value)
        draft = moved
    return draft


def test_a_request_asks_every_step_once_in_order_when_nothing_is_known() -> None:
    draft = new_request(1)
    assert draft.step == "need"
    draft = walk(draft, "legal", "mary", "chat", "n", "I need a lawyer")
    assert draft.step == CONFIRM
    assert (draft.need, draft.velayat, draft.contact_phone, draft.share_name) == (
        "legal",
        "mary",
        None,
        False,
    )
    assert draft.message == "I need a lawyer"


def test_what_is_known_is_not_asked_again() -> None:
    assert new_request(1, need="shelter").step == "velayat"
    assert new_request(1, ngo_id="example-mary").step == "need"
    assert new_request(1, need="legal", ngo_id="example-mary").step == "contact"
    assert new_request(1, velayat="abroad", country="tr").step == "need"


def test_a_phone_is_asked_only_when_the_person_says_calling_is_safe() -> None:
    draft = walk(new_request(1, need="legal"), "mary", "phone")
    assert draft.step == "phone_safe"
    unsafe = walk(draft, "n")
    assert unsafe.step == "name" and unsafe.contact_phone is None
    safe = walk(draft, "y", "+993 65 123456", "after 18:00")
    assert safe.step == "name"
    assert (safe.contact_phone, safe.contact_time) == ("+993 65 123456", "after 18:00")
    # Going back to "only through this chat" drops the phone, even though it was typed.
    assert walk(new_request(1, need="legal"), "mary", "chat").contact_phone is None


def shown(draft: Draft) -> list[str]:
    """The steps Back walks through from where the draft is, newest first."""
    steps = []
    while (draft_back := back(draft, draft.step)) is not None:
        draft = draft_back
        steps.append(draft.step)
    return steps


def rewind(draft: Draft, times: int) -> Draft:
    """The draft after pressing Back `times` times, each under the step the draft is at."""
    for _ in range(times):
        moved = back(draft, draft.step)
        assert moved is not None, draft.step
        draft = moved
    return draft


def test_back_returns_through_the_steps_that_were_shown_and_only_those() -> None:
    everything = walk(
        new_request(1), "legal", "mary", "phone", "y", "+993 65 123456", "evenings", "y", "help"
    )
    assert everything.step == CONFIRM
    assert shown(everything) == [
        "message",
        "name",
        "time",
        "phone",
        "phone_safe",
        "contact",
        "velayat",
        "need",
    ]
    by_chat = walk(new_request(1), "legal", "abroad", "tr", "chat", "n")
    assert shown(by_chat) == ["name", "contact", "country", "velayat", "need"]
    # What was known before the request began was never asked, so Back does not ask it either.
    from_a_list = walk(new_request(1, ngo_id="example-mary", need="legal"), "chat")
    assert shown(from_a_list) == ["contact"]
    from_abroad = walk(new_request(1, velayat="abroad", country="tr"), "legal", "chat")
    assert shown(from_abroad) == ["contact", "need"]


def test_previous_step_mirrors_next_step() -> None:
    answers = walk(new_request(1), "legal", "mary", "chat", "n").answers
    assert previous_step(answers, "need") is None, "the first step has nothing before it"
    assert previous_step(answers, "name") == "contact"
    assert previous_step(answers, CONFIRM) == "message"
    assert previous_step(answers, "no-such-step") is None
    for step in ("velayat", "contact", "name", "message"):
        assert next_step(answers, previous_step(answers, step)) == step


def test_back_keeps_every_answer_and_a_changed_one_leads_where_it_should() -> None:
    consent = walk(
        new_request(1, message="my boss took my passport"), "legal", "mary", "phone", "n", "y", None
    )
    assert consent.message == "my boss took my passport"
    at_contact = rewind(consent, 4)
    assert at_contact.step == "contact"
    assert at_contact.answers == consent.answers, "going back changes no answer"
    # Safe to call now: the phone steps follow the new answer; the message typed earlier stays.
    calling = walk(at_contact, "phone", "y", "+993 65 123456", "after 18:00", "n", None)
    assert (calling.step, calling.contact_phone, calling.share_name) == (CONFIRM, "+993 65 123456", False)
    assert calling.message == "my boss took my passport"
    # Back to "how may we contact you", then the chat only: the phone number typed is dropped, not just hidden.
    phone_again = rewind(calling, 4)
    assert phone_again.step == "phone"
    by_chat = walk(rewind(phone_again, 2), "chat")
    assert by_chat.step == "name" and not {"phone_safe", "phone", "time"} & set(by_chat.answers)
    # A velayat at home after "abroad": the country chosen abroad no longer goes with the request.
    abroad = walk(new_request(1), "legal", "abroad", "tr")
    home = walk(rewind(abroad, 2), "mary")
    assert home.step == "contact" and "country" not in home.answers


def test_back_from_a_step_the_draft_is_not_at_or_from_the_first_one_changes_nothing() -> None:
    draft = walk(new_request(1), "legal", "mary")
    assert back(draft, "velayat") is None, "an old message's Back"
    assert back(new_request(1), "need") is None
    assert back(new_request(1, need="legal"), "velayat") is None, "the first step shown"
    assert back(Draft(1, purpose=QUESTION, step="contact"), "contact") is None


def test_an_answer_the_step_does_not_offer_or_a_bad_phone_is_refused() -> None:
    draft = new_request(1)
    assert answer(draft, "need", "weapons") is None
    assert answer(draft, "velayat", "mary") is None, "not the step the draft is at"
    assert answer(draft, "no-such-step", "x") is None
    phone_step = walk(new_request(1, need="legal"), "mary", "phone", "y")
    assert answer(phone_step, "phone", "call me") is None
    assert answer(phone_step, "phone", "1" * 30) is None
    assert answer(draft, "need", None) is None, "only an optional step can be skipped"
    message_step = walk(new_request(1, need="legal"), "mary", "chat", "y")
    assert walk(message_step, None).message is None


def test_a_phone_number_is_taken_as_people_write_it_and_nothing_else_is() -> None:
    for written in ("8 65 123456", "+993 65 12-34-56", "(12) 34-56-78", "+99365123456", "+7 (916) 123–45–67"):
        assert phone_number(written) == written, written
    assert phone_number("  +993  65   123456 ") == "+993 65 123456"
    assert phone_number("+٩٩٣ ٦٥ ١٢٣٤٥٦") == "+993 65 123456", (
        "digits of an Arabic keyboard, as staff read them"
    )
    for refused in (
        "+993 6x 12 34 56",
        "call me",
        "123456",
        "1" * 16,
        "65 12 34 56 +",
        "8 65 123456 ext 2",
        "",
    ):
        assert phone_number(refused) is None, refused


def test_every_step_has_a_prompt_and_either_buttons_or_a_typed_answer() -> None:
    for step in STEPS:
        assert step.prompt
        assert bool(step.options) != bool(step.validate), step.key


def test_a_finished_request_goes_to_the_ngo_of_its_velayat_or_to_the_hotline_team() -> None:
    directory = Directory.load(EXAMPLE_DIRECTORY)
    finished = walk(new_request(7, need="legal"), "mary", "chat", "y", None)
    case = route(finished, directory, COORDINATOR, language="tk", display_name="Aýna")
    assert case.ngo_id is not None and directory.get(case.ngo_id).velayat == "mary"
    assert case.staff_chat_id == directory.get(case.ngo_id).staff_chat_id
    assert case.display_name == "Aýna" and case.language == "tk" and not case.urgent
    abroad = walk(new_request(7, need="legal"), "abroad", "tr", "chat", "n", None)
    case = route(abroad, directory, COORDINATOR, language="ru", display_name="Aýna", checklist_level="high")
    assert (case.ngo_id, case.staff_chat_id, case.display_name, case.urgent) == (
        None,
        COORDINATOR,
        None,
        True,
    )


async def test_drafts_saved_before_the_steps_became_a_table_keep_their_answers(tmp_path: Path) -> None:
    migrations = load_migrations()
    before = next(m.version for m in migrations if m.name.endswith("_draft_answers.sql")) - 1
    path = tmp_path / "bot.sqlite3"
    async with aiosqlite.connect(path, isolation_level=None) as raw:
        await Storage(raw, clock=lambda: 0).migrate(migrations[:before])
        await raw.execute(
            "INSERT INTO users (user_id, language, first_seen, last_seen) VALUES (5, 'ru', 0, 0)"
        )
        await raw.execute(
            "INSERT INTO handoff_drafts (user_id, step, need, velayat, share_name, contact_phone, contact_time, "
            "updated_at) VALUES (5, 'name', 'legal', 'mary', 0, '+99365123456', 'evenings', 0)"
        )
    storage = await Storage.open(path)
    draft = await storage.draft(5)
    await storage.close()
    assert draft is not None and draft.step == "name"
    assert (draft.need, draft.velayat, draft.contact_phone, draft.contact_time) == (
        "legal",
        "mary",
        "+99365123456",
        "evenings",
    )


def test_a_long_message_is_kept_whole_in_parts_cut_between_words() -> None:
    words = [f"word{n}" for n in range(550)]  # about 3,800 characters, under Telegram's 4,096
    message = " ".join(words)
    finished = walk(new_request(7, need="legal"), "mary", "chat", "n", message)
    assert finished.message == message, "the request keeps every word"
    case = route(finished, Directory.load(EXAMPLE_DIRECTORY), COORDINATOR, language="ru")
    parts = [case.first_message, *case.message_rest]
    assert len(parts) == 2 and len(case.first_message or "") <= CARD_MESSAGE_UNITS
    assert " ".join(p or "" for p in parts).split() == words, "no word lost, none cut in two"
    assert message_parts("short") == ["short"]


def test_text_is_cut_at_a_line_then_a_sentence_then_a_word() -> None:
    assert split_text("A first line\nsecond line goes on", 20) == ["A first line\n", "second line goes on"]
    assert split_text("Here one sentence. Another goes on", 24) == ["Here one sentence. ", "Another goes on"]
    assert split_text("wordy words everywhere", 15) == ["wordy words ", "everywhere"]
    assert split_text("x" * 30, 20) == ["x" * 20, "x" * 10], "no boundary: cut at the limit"
