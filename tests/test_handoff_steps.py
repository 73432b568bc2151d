"""The hand-off request as a table of steps: which step comes next, what an answer may be, where a request goes."""

from __future__ import annotations

from pathlib import Path

import aiosqlite

from bot.directory import EXAMPLE_DIRECTORY, Directory
from bot.handoff import (
    CARD_MESSAGE_UNITS,
    CONFIRM,
    STEPS,
    Draft,
    answer,
    message_parts,
    new_request,
    next_step,
    phone_number,
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
    assert next_step({"need": "legal", "ngo_id": "example-mary"}, None) == "contact"


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
