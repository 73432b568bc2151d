"""The Telegram-free readings behind what people type (exploratory tester I): a whole message that answers the
checklist question waiting (bot/checklist_typing.py), "are you a bot?" (bot/menu_words.py), someone close who may
see the chat (bot/nlp/watched.py), chest pain (the crisis patterns), slang greetings and a country's name inside a
sentence."""

from __future__ import annotations

import pytest

from bot.checklist import Answer
from bot.checklist_typing import typed_age, typed_in_full, typed_job
from bot.countries import COUNTRIES_DIR, load_pack
from bot.menu_words import typed_bot_question, typed_person_request
from bot.nlp.crisis import CrisisKind, detect_crisis
from bot.nlp.smalltalk import SmallTalk, small_talk
from bot.nlp.watched import fears_being_watched


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("нет, мне 21", Answer.NO),
        ("я совершеннолетняя мне 22", Answer.NO),
        ("нет мне уже 22", Answer.NO),
        ("я не несовершеннолетняя", Answer.NO),
        ("нет мне 20 я уже взрослая", Answer.NO),
        ("мне 16", Answer.YES),
        ("да, мне 17 лет", Answer.YES),
        ("men 25 yasymda", Answer.NO),
        ("ýok, men 19 ýaşymda", Answer.NO),
        ("gyzym 19 yasynda", Answer.NO),
        ("I'm 25", Answer.NO),
        ("my daughter is 19", Answer.NO),
        ("im 17 years old", Answer.YES),
        ("21", Answer.NO),
    ],
)
def test_an_age_in_years_or_words_answers_are_you_under_18(text: str, answer: Answer) -> None:
    assert typed_age(text) is answer
    assert typed_in_full("age", text) is answer


@pytest.mark.parametrize(
    "text",
    [
        "мне 16 меня заперли",  # danger beside the age: read as danger
        "i'm 16 and he beats me",
        "да мне 21",  # a yes that says the opposite of the age
        "мне скоро 18",  # the future: not an age today
        "нет",  # a bare no is the typed answers' (bot.checklist.typed_answer)
        "сколько лет нужно для визы?",
        "мне 21, а им сколько?",
    ],
)
def test_anything_more_than_an_age_is_no_answer_to_the_age_question(text: str) -> None:
    assert typed_in_full("age", text) is None


def test_an_age_counts_only_at_the_age_question() -> None:
    assert typed_in_full("secret", "мне 21") is None
    assert typed_in_full("visa", "men 25 yasymda") is None


@pytest.mark.parametrize(
    ("key", "text", "answer"),
    [
        ("secret", "told me not to tell my family", Answer.YES),
        ("secret", "they said to keep it secret", Answer.YES),
        ("secret", "ejeme aytma diydiler", Answer.YES),
        ("secret", "hiç kime aýtma diýdiler", Answer.YES),
        ("secret", "сказали никому не говорить", Answer.YES),
        ("movement", "выходить нельзя будет говорят", Answer.NO),
        ("movement", "they said we can't go out", Answer.NO),
    ],
)
def test_words_restating_an_option_answer_its_question(key: str, text: str, answer: Answer) -> None:
    assert typed_in_full(key, text) is answer


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("secret", "he told me not to tell and he beats me"),
        ("secret", "told me not to tell, they locked me in"),
        ("secret", "did they tell you not to tell?"),
        ("movement", "меня заперли"),
        ("movement", "выходить нельзя, нас бьют"),
        ("rush", "told me not to tell my family"),  # restates another question's option
    ],
)
def test_danger_or_other_words_beside_a_restated_option_are_no_answer(key: str, text: str) -> None:
    assert typed_in_full(key, text) is None


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("waitress", Answer.OTHER),
        ("официантка в кафе", Answer.OTHER),
        ("ofisiantka", Answer.OTHER),
        ("работа официанткой", Answer.OTHER),
        ("cleaner in a hotel", Answer.OTHER),
        ("официантка в баре", Answer.CLUB),  # a bar makes it the option that warns
        ("waitress in a night club", Answer.CLUB),
        ("housemaid", Answer.HOME),
        ("сиделкой", Answer.HOME),
    ],
)
def test_common_jobs_in_three_languages_name_their_option(text: str, job: Answer) -> None:
    assert typed_job(text) is job
    assert typed_in_full("job", text) is job


@pytest.mark.parametrize("text", ["официантка, а паспорт заберут", "waitress?", "work", "kosmetika satmak"])
def test_a_job_with_other_words_or_none_is_no_answer(text: str) -> None:
    assert typed_in_full("job", text) is None


@pytest.mark.parametrize(
    "text",
    [
        "are you a real person",
        "are you a bot",
        "r u human?",
        "ты бот или человек?",
        "вы живой человек?",
        "sen adammy",
        "siz botmy",
        "is this a bot",
    ],
)
def test_asking_whether_it_is_a_bot_is_told_apart(text: str) -> None:
    assert typed_bot_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "can a real person talk to me",
        "я хочу поговорить с человеком",
        "are you a charity",
        "are you in turkey",
    ],
)
def test_asking_for_a_person_or_anything_else_is_no_question_about_the_bot(text: str) -> None:
    assert not typed_bot_question(text)


def test_a_request_for_a_person_is_still_one() -> None:
    assert typed_person_request("can a real person talk to me")


@pytest.mark.parametrize(
    "text",
    [
        "my husband will see",
        "wait actually no. my husband might see this",
        "my boss can see my phone",
        "my mom will probably find out",
        "муж может увидеть",
        "если мама прочитает",
        "муж узнает",
        "adamym görüp biler",
        "ärim görer",
        "ärim okap biler",
    ],
)
def test_someone_close_who_may_see_read_or_find_out_is_fear_of_being_watched(text: str) -> None:
    assert fears_being_watched(text)


@pytest.mark.parametrize(
    "text",
    [
        # A question about how the bot keeps messages, asked from a safe place: the privacy answer, not 🙈.
        "can my boss see what i write to you",
        "can my family see this chat?",
        "my husband will see me off at the airport",
        "my husband will not see",
        "I will see the doctor",
    ],
)
def test_ordinary_lines_about_seeing_are_not_fear_of_being_watched(text: str) -> None:
    assert not fears_being_watched(text)


@pytest.mark.parametrize(
    "text",
    [
        "my friend has chest pain and cant breathe",
        "i can't breathe",
        "he has severe chest pain",
        "сердце болит сильно",
        "мне плохо, сердце болит, я в ашхабаде",
        "боль в груди, задыхаюсь",
        "yuregim agyryar",
        "ýüregim agyrýar, dem alyp bilemok",
    ],
)
def test_chest_pain_and_no_breath_now_are_a_medical_emergency(text: str) -> None:
    assert detect_crisis(text) is CrisisKind.MEDICAL


@pytest.mark.parametrize(
    "text",
    [
        "heart problems, can I work abroad",
        "asthma medicine in turkey",
        "у мамы болит сердце, какое лекарство купить в турции",
        "my heart races and i cant breathe when i think about the boss",  # anxiety: psychological help
        "ýüregim gysýar",  # "I feel anxious"
        "öýüm üçin ýüregim agyrýar, gaýtmak isleýän",  # homesick
    ],
)
def test_a_condition_or_a_feeling_is_no_medical_emergency(text: str) -> None:
    assert detect_crisis(text) is not CrisisKind.MEDICAL


@pytest.mark.parametrize("text", ["hey whats up", "kak dela", "sup", "salam kak dela"])
def test_slang_and_latin_letter_greetings_are_small_talk(text: str) -> None:
    assert small_talk(text) is SmallTalk.GREETING


def test_kak_dela_with_a_question_is_no_greeting() -> None:
    assert small_talk("kak dela s vizoy v turcii") is None


def test_a_country_named_in_a_sentence_takes_its_article_where_the_language_has_one() -> None:
    emirates = load_pack(COUNTRIES_DIR / "ae.toml")
    assert emirates.title("en") == "United Arab Emirates"  # a button, a heading
    assert emirates.in_sentence("en") == "the United Arab Emirates"
    assert emirates.in_sentence("ru") == emirates.title("ru") == "ОАЭ"
    turkey = load_pack(COUNTRIES_DIR / "tr.toml")
    assert turkey.in_sentence("en") == turkey.title("en") == "Türkiye"


@pytest.mark.parametrize(
    ("key", "typed", "answer"),
    [
        ("fees", "ничего не плачу", Answer.NOTHING),
        ("fees", "hic zat tolemeyan", Answer.NOTHING),
        ("fees", "i pay nothing at all", Answer.NOTHING),
        ("fees", "из зарплаты", Answer.FROM_PAY),
        ("pay", "в конце", Answer.HELD),
        ("pay", "every month to me", Answer.TO_ME),
        ("phone", "they take my phone", Answer.NO),
        ("phone", "telefony alyarlar", Answer.NO),
        ("phone", "телефон оставлю", Answer.YES),
    ],
)
def test_natural_answers_to_the_fees_pay_and_phone_questions_count(
    key: str, typed: str, answer: Answer
) -> None:
    # found by tester K: "ничего не плачу", "в конце", "hiç zat tölemeýän" were answered as questions (the last as
    # "my wages are not paid")
    assert typed_in_full(key, typed) is answer


@pytest.mark.parametrize(
    ("key", "typed"), [("phone", "they take my phone and beat me"), ("fees", "агентство сказало платить")]
)
def test_more_than_an_answer_is_no_answer(key: str, typed: str) -> None:
    assert typed_in_full(key, typed) is None
