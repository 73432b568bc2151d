"""The knowledge base: every topic in three languages, validated with errors that name the file and topic."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

import bot.knowledge
from bot.config import LOCALES_DIR
from bot.i18n import LANGUAGES
from bot.knowledge import FIELDS, KB_DIR, MAX_ANSWER, MAX_TITLE, KnowledgeBase, KnowledgeError
from bot.languages import COMPLETE_LANGUAGES
from bot.standin.server import FakeUser, StandIn
from tests.chat import Chat

REQUIRED_TOPICS = """
what-is-trafficking trafficking-signs forced-labour job-offer-red-flags check-recruitment-agency recruitment-fees
employment-contract work-visa passport-safety employer-took-passport document-copies before-departure
family-contact-plan embassy-help registration-abroad wages-not-paid working-conditions cannot-leave online-job-ads
study-abroad marriage-abroad domestic-work sexual-exploitation children-safety money-transfers health-care
arrested-abroad lost-documents return-home victim-assistance reintegration legal-help psychological-help
confidentiality hotline-info help-someone-else travel-agency-offers visa-overstay life-abroad bot-privacy
passport-expiring-abroad turkiye-russia-rules cyprus-gulf-club-offers student-loans-scholarships visa-lottery-korea-scams
scam-centres
""".split()


@pytest.fixture(scope="module")
def knowledge() -> KnowledgeBase:
    return KnowledgeBase.load()


# The languages held to every topic, field and example question. A language being added (not yet `complete` in
# bot/languages.py) falls back to English and is counted by check-config, so these stay green while it is translated
# (docs/translating.md, "Adding a language"); marking it complete holds it to them.
HELD = COMPLETE_LANGUAGES


def test_every_required_topic_exists_in_all_three_languages(knowledge: KnowledgeBase) -> None:
    assert set(REQUIRED_TOPICS) <= set(knowledge.topics)
    problems = []
    for topic in knowledge.topics.values():
        for language in HELD:
            text = topic.text(language)
            where = f"locales/kb/{topic.id}.toml: topic {topic.id!r}: [{language}]"
            if not (text.title and text.answer):
                problems.append(f"{where}: no title or answer (locales/{language}/LC_MESSAGES/kb.po)")
            if len(text.questions) < 6:
                problems.append(f"{where}: {len(text.questions)} example questions, at least 6 wanted")
    assert not problems, "\n".join(problems)


def test_answers_fit_a_phone_screen_and_carry_no_markup(knowledge: KnowledgeBase) -> None:
    for topic in knowledge.topics.values():
        for language in LANGUAGES:
            answer = topic.text(language).answer
            assert len(answer) <= MAX_ANSWER, (topic.id, language)
            assert "<" not in answer and "*" not in answer, (topic.id, language)


def test_no_phone_number_is_written_into_the_content(knowledge: KnowledgeBase) -> None:
    # The only numbers people see come from the configuration, through the {hotline} placeholder.
    import re

    for topic in knowledge.topics.values():
        for language in LANGUAGES:
            assert not re.search(r"\d{3,}", topic.text(language).answer), (topic.id, language)


def copy_kb(tmp_path: Path) -> Path:
    """A copy of the knowledge base (structure and catalogs) under tmp_path, loaded with load_copy."""
    shutil.copytree(KB_DIR, tmp_path / "kb")
    shutil.copy(LOCALES_DIR / "kb.pot", tmp_path / "kb.pot")
    for language in LANGUAGES:
        po = LOCALES_DIR / language / "LC_MESSAGES" / "kb.po"
        if po.exists():
            (tmp_path / language / "LC_MESSAGES").mkdir(parents=True)
            shutil.copy(po, tmp_path / language / "LC_MESSAGES" / "kb.po")
    return tmp_path / "kb"


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=locale)


def load_copy(folder: Path) -> KnowledgeBase:
    return KnowledgeBase.load(folder, folder.parent)


def rewrite(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def translate(path: Path, topic_id: str, field: str, change: Callable[[Message], None]) -> None:
    """Change one entry of a kb catalog as Poedit or Weblate would: read the .po file, edit, write it back."""
    with path.open("rb") as file:
        catalog = read_po(file)
    change(catalog.get(KNOWLEDGE[topic_id].text("en").__getattribute__(field), context=f"{topic_id}|{field}"))
    with path.open("wb") as file:
        write_po(file, catalog)


KNOWLEDGE = KnowledgeBase.load()


def test_missing_language_is_named(tmp_path: Path) -> None:
    folder = copy_kb(tmp_path)
    rewrite(folder / "work-visa.toml", "[tk]", "[xx]")
    with pytest.raises(KnowledgeError, match=r"work-visa\.toml: topic 'work-visa': unknown field\(s\): xx"):
        load_copy(folder)


def test_unknown_field_is_named(tmp_path: Path) -> None:
    folder = copy_kb(tmp_path)
    rewrite(folder / "work-visa.toml", "[en]\n", "[en]\nsummary = 'x'\n")
    with pytest.raises(
        KnowledgeError, match=r"work-visa\.toml: topic 'work-visa': \[en\] unknown field\(s\): summary"
    ):
        load_copy(folder)


def test_a_title_left_in_the_topic_file_is_pointed_to_the_catalogs(tmp_path: Path) -> None:
    folder = copy_kb(tmp_path)
    rewrite(folder / "work-visa.toml", "[ru]\n", "[ru]\ntitle = 'Виза'\n")
    with pytest.raises(KnowledgeError, match=r"\[ru\] unknown field\(s\): title \(titles and answers are in"):
        load_copy(folder)


def test_duplicate_id_is_named(tmp_path: Path) -> None:
    folder = copy_kb(tmp_path)
    (folder / "work-visa-copy.toml").write_text(
        (folder / "work-visa.toml")
        .read_text(encoding="utf-8")
        .replace('id = "work-visa"', 'id = "work-visa-copy"'),
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match=r"kb\.pot: topic 'work-visa-copy': no English title"):
        load_copy(folder)  # a new topic needs its English words in the template
    rewrite(folder / "work-visa-copy.toml", 'id = "work-visa-copy"', 'id = "work-visa"')
    with pytest.raises(KnowledgeError, match=r"work-visa-copy\.toml: topic 'work-visa'"):
        load_copy(folder)


def test_over_long_answer_is_named_with_its_catalog(tmp_path: Path) -> None:
    folder = copy_kb(tmp_path)
    po = tmp_path / "tk" / "LC_MESSAGES" / "kb.po"
    translate(po, "work-visa", "answer", lambda m: setattr(m, "string", m.string + "x" * 900))
    with pytest.raises(
        KnowledgeError, match=r"tk/LC_MESSAGES/kb\.po: topic 'work-visa': \[tk\] the answer is too long"
    ):
        load_copy(folder)


def test_a_translation_that_drops_the_hotline_placeholder_is_named(tmp_path: Path) -> None:
    folder = copy_kb(tmp_path)
    po = tmp_path / "ru" / "LC_MESSAGES" / "kb.po"
    translate(po, "hotline-info", "answer", lambda m: setattr(m, "string", m.string.replace("{hotline}", "")))
    with pytest.raises(
        KnowledgeError, match=r"topic 'hotline-info': \[ru\] the answer must keep \{hotline\}"
    ):
        load_copy(folder)


def test_a_title_over_the_button_limit_is_named(tmp_path: Path) -> None:
    folder = copy_kb(tmp_path)
    po = tmp_path / "tk" / "LC_MESSAGES" / "kb.po"
    translate(po, "work-visa", "title", lambda m: setattr(m, "string", "x" * (MAX_TITLE + 1)))
    with pytest.raises(KnowledgeError, match=rf"\[tk\] the title must be text of 1–{MAX_TITLE} characters"):
        load_copy(folder)


def test_unknown_related_topic_is_named(tmp_path: Path) -> None:
    folder = copy_kb(tmp_path)
    rewrite(folder / "work-visa.toml", "related = [", 'related = ["no-such-topic", ')
    with pytest.raises(KnowledgeError, match="related topic 'no-such-topic' does not exist"):
        load_copy(folder)


def test_a_translators_change_to_a_po_file_changes_the_answer(tmp_path: Path) -> None:
    folder = copy_kb(tmp_path)
    po = tmp_path / "ru" / "LC_MESSAGES" / "kb.po"
    translate(po, "work-visa", "answer", lambda m: setattr(m, "string", "Новый текст ответа: {hotline}."))
    translate(po, "work-visa", "title", lambda m: setattr(m, "string", "Новое название"))
    topic = load_copy(folder)["work-visa"]
    assert (topic.text("ru").title, topic.text("ru").answer) == (
        "Новое название",
        "Новый текст ответа: {hotline}.",
    )
    assert topic.text("tk") == KNOWLEDGE["work-visa"].text("tk")


def test_a_topic_not_yet_translated_is_shown_in_english_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = copy_kb(tmp_path)
    po = tmp_path / "tk" / "LC_MESSAGES" / "kb.po"
    translate(po, "passport-safety", "title", lambda m: setattr(m, "string", ""))
    translate(po, "passport-safety", "answer", lambda m: setattr(m, "flags", {"fuzzy"}))
    topic = load_copy(folder)["passport-safety"]
    english = KNOWLEDGE["passport-safety"].text("en")
    assert (topic.text("tk").title, topic.text("tk").answer) == (english.title, english.answer)
    assert "passport-safety' has no [tk] title yet" in caplog.text
    assert "passport-safety' has no [tk] answer yet" in caplog.text


def test_a_translation_of_an_english_text_that_changed_since_is_not_shown(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # The English was reworded in the template and the catalogs not yet updated: the old translation says
    # something the English no longer does, so the new English is shown until a translator looks at it.
    folder = copy_kb(tmp_path)
    english = KNOWLEDGE["work-visa"].text("en").title
    rewrite(tmp_path / "kb.pot", f'msgid "{english}"', 'msgid "Work visas"')
    topic = load_copy(folder)["work-visa"]
    assert topic.text("ru").title == topic.text("en").title == "Work visas"
    assert "work-visa' has no [ru] title yet" in caplog.text


def test_a_missing_catalog_shows_the_language_in_english(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = copy_kb(tmp_path)
    (tmp_path / "tk" / "LC_MESSAGES" / "kb.po").unlink()
    knowledge = load_copy(folder)
    assert knowledge["work-visa"].text("tk").answer == KNOWLEDGE["work-visa"].text("en").answer
    assert "the knowledge base is shown in English in tk" in caplog.text


def test_every_topic_has_every_field_in_every_language_through_the_catalogs() -> None:
    template = read_catalog(LOCALES_DIR / "kb.pot")
    english = {(m.context, m.id) for m in template if m.id}
    wanted = {f"{topic_id}|{field}" for topic_id in KNOWLEDGE.topics for field in FIELDS}
    assert {context for context, _ in english} == wanted
    for language in HELD:
        if language == "en":
            continue
        path = LOCALES_DIR / language / "LC_MESSAGES" / "kb.po"
        catalog = read_catalog(path, language)
        translated = {(m.context, m.id) for m in catalog if m.id and m.string and not m.fuzzy}
        missing = sorted(str(context) for context, _ in english - translated)
        assert not missing, f"{path}: [{language}] no translation of {', '.join(missing[:5])}"


def test_every_kb_entry_has_a_source_reference_and_a_translator_comment() -> None:
    for path in [LOCALES_DIR / "kb.pot", *(LOCALES_DIR.glob("*/LC_MESSAGES/kb.po"))]:
        for message in read_catalog(path):
            if not message.id:
                continue
            topic_id = message.context.partition("|")[0]
            assert message.locations == [(f"locales/kb/{topic_id}.toml", None)], (path, message.context)
            assert message.auto_comments and "At most" in " ".join(message.auto_comments), (
                path,
                message.context,
            )


def test_the_shipped_knowledge_base_needs_no_fallback(caplog: pytest.LogCaptureFixture) -> None:
    KnowledgeBase.load()
    # A language being added is shown in English with a warning until it is complete; the others never are.
    added = [code for code in LANGUAGES if code not in HELD]
    warned = [
        record.getMessage()
        for record in caplog.records
        if not any(
            f"[{code}]" in record.getMessage() or f" in {code}" in record.getMessage() for code in added
        )
    ]
    assert not [line for line in warned if "yet" in line or "shown in English" in line], warned


async def test_the_bot_answers_with_a_translators_change_without_a_code_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start_app: Any, standin: StandIn
) -> None:
    copy_kb(tmp_path)
    po = tmp_path / "ru" / "LC_MESSAGES" / "kb.po"
    translate(po, "employer-took-passport", "answer", lambda m: setattr(m, "string", "Исправлено: {hotline}"))
    monkeypatch.setattr(bot.knowledge, "LOCALES_DIR", tmp_path)
    chat = Chat(await start_app(), standin, FakeUser(id=100001, first_name="Aýna", language_code="ru"))
    reply = await chat.send("работодатель забрал мой паспорт, что делать")
    assert "Исправлено: +99312463514" in reply.text


def test_a_reworded_english_text_reaches_translators_as_fuzzy_with_its_earlier_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.i18n

    folder = copy_kb(tmp_path)
    for language in LANGUAGES:  # the command also merges the interface catalogs: give it copies
        (tmp_path / language / "LC_MESSAGES").mkdir(parents=True, exist_ok=True)
        shutil.copy(
            LOCALES_DIR / language / "LC_MESSAGES" / "messages.po", tmp_path / language / "LC_MESSAGES"
        )
    english = KNOWLEDGE["work-visa"].text("en").title
    rewrite(tmp_path / "kb.pot", f'msgid "{english}"', 'msgid "Work visas and work permits"')
    monkeypatch.setattr(bot.i18n, "LOCALES_DIR", tmp_path)
    bot.i18n.refresh_catalogs()
    message = read_catalog(tmp_path / "ru" / "LC_MESSAGES" / "kb.po", "ru").get(
        "Work visas and work permits", "work-visa|title"
    )
    assert message is not None and message.fuzzy
    assert f'#| msgid "{english}"' in (tmp_path / "ru" / "LC_MESSAGES" / "kb.po").read_text(encoding="utf-8")
    assert message.string == KNOWLEDGE["work-visa"].text("ru").title  # kept for the translator to confirm
    assert load_copy(folder)["work-visa"].text("ru").title == "Work visas and work permits"


def test_an_english_catalog_may_reword_the_english_without_touching_the_source(tmp_path: Path) -> None:
    folder = copy_kb(tmp_path)
    english = Catalog(locale="en")
    english.add(KNOWLEDGE["work-visa"].text("en").title, "Visas for work", context="work-visa|title")
    (tmp_path / "en" / "LC_MESSAGES").mkdir(parents=True)
    with (tmp_path / "en" / "LC_MESSAGES" / "kb.po").open("wb") as file:
        write_po(file, english)
    knowledge = load_copy(folder)
    assert knowledge["work-visa"].text("en").title == "Visas for work"
    assert knowledge["work-visa"].text("en").answer == KNOWLEDGE["work-visa"].text("en").answer


def test_a_damaged_catalog_entry_is_named_with_its_file(tmp_path: Path) -> None:
    folder = copy_kb(tmp_path)
    rewrite(
        tmp_path / "tk" / "LC_MESSAGES" / "kb.po", 'msgctxt "work-visa|title"', 'msgctxt "work-visa|title'
    )
    with pytest.raises(
        KnowledgeError, match=r"tk/LC_MESSAGES/kb\.po: msgid 'Work visa and work permit': msgctxt must be"
    ):
        load_copy(folder)


def test_by_country_that_is_not_true_or_false_is_named(tmp_path: Path) -> None:
    folder = copy_kb(tmp_path)
    rewrite(folder / "work-visa.toml", "by_country = true", 'by_country = "yes"')
    with pytest.raises(
        KnowledgeError, match=r"work-visa\.toml: topic 'work-visa': 'by_country' must be true or false"
    ):
        load_copy(folder)


def test_the_answers_that_depend_on_the_country_are_marked() -> None:
    marked = {topic.id for topic in KNOWLEDGE.topics.values() if topic.by_country}
    assert {"visa-overstay", "work-visa", "registration-abroad", "turkiye-russia-rules"} <= marked
    assert not {"bot-privacy", "confidentiality", "what-is-trafficking"} & marked
