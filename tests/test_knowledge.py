"""The knowledge base: every topic in three languages, validated with errors that name the file and topic."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.i18n import LANGUAGES
from bot.knowledge import KB_DIR, MAX_ANSWER, KnowledgeBase, KnowledgeError

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


def test_every_required_topic_exists_in_all_three_languages(knowledge: KnowledgeBase) -> None:
    assert set(REQUIRED_TOPICS) <= set(knowledge.topics)
    for topic in knowledge.topics.values():
        for language in LANGUAGES:
            text = topic.text(language)
            assert text.title and text.answer, (topic.id, language)
            assert len(text.questions) >= 6, (topic.id, language)


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
    folder = tmp_path / "kb"
    shutil.copytree(KB_DIR, folder)
    return folder


def rewrite(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_missing_language_is_named(tmp_path: Path) -> None:
    folder = copy_kb(tmp_path)
    path = folder / "work-visa.toml"
    rewrite(path, "[tk]", "[xx]")
    with pytest.raises(KnowledgeError, match=r"work-visa\.toml: topic 'work-visa': unknown field\(s\): xx"):
        KnowledgeBase.load(folder)


def test_unknown_field_is_named(tmp_path: Path) -> None:
    folder = copy_kb(tmp_path)
    rewrite(folder / "work-visa.toml", "[en]\n", "[en]\nsummary = 'x'\n")
    with pytest.raises(
        KnowledgeError, match=r"work-visa\.toml: topic 'work-visa': \[en\] unknown field\(s\): summary"
    ):
        KnowledgeBase.load(folder)


def test_duplicate_id_is_named(tmp_path: Path) -> None:
    folder = copy_kb(tmp_path)
    (folder / "work-visa-copy.toml").write_text(
        (folder / "work-visa.toml")
        .read_text(encoding="utf-8")
        .replace('id = "work-visa"', 'id = "work-visa-copy"'),
        encoding="utf-8",
    )
    KnowledgeBase.load(folder)  # a copy under its own id is fine
    rewrite(folder / "work-visa-copy.toml", 'id = "work-visa-copy"', 'id = "work-visa"')
    with pytest.raises(KnowledgeError, match=r"work-visa-copy\.toml: topic 'work-visa'"):
        KnowledgeBase.load(folder)


def test_over_long_answer_is_named(tmp_path: Path) -> None:
    folder = copy_kb(tmp_path)
    rewrite(folder / "work-visa.toml", 'answer = """', 'answer = """' + "x" * 900)
    with pytest.raises(
        KnowledgeError, match=r"work-visa\.toml: topic 'work-visa': \[en\] 'answer' is too long"
    ):
        KnowledgeBase.load(folder)


def test_unknown_related_topic_is_named(tmp_path: Path) -> None:
    folder = copy_kb(tmp_path)
    rewrite(folder / "work-visa.toml", "related = [", 'related = ["no-such-topic", ')
    with pytest.raises(KnowledgeError, match="related topic 'no-such-topic' does not exist"):
        KnowledgeBase.load(folder)


def test_a_topic_not_yet_written_in_a_language_is_shown_in_english_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    source = KB_DIR / "passport-safety.toml"
    text = source.read_text(encoding="utf-8")
    without_turkmen = text[: text.index("[tk]")] if text.index("[tk]") > text.index("[en]") else None
    assert without_turkmen is not None and "[ru]" in without_turkmen, "the topic file's order changed"
    folder = tmp_path / "kb"
    shutil.copytree(KB_DIR, folder)
    (folder / "passport-safety.toml").write_text(without_turkmen, encoding="utf-8")
    topic = KnowledgeBase.load(folder)["passport-safety"]
    assert topic.text("tk") == topic.text("en")
    assert "no [tk] text yet" in caplog.text


def test_the_shipped_knowledge_base_needs_no_fallback(caplog: pytest.LogCaptureFixture) -> None:
    KnowledgeBase.load()
    assert "text yet" not in caplog.text
