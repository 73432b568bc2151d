"""The matcher, judged on a development set it was not built from."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from bot.config import PROJECT_ROOT
from bot.i18n import LANGUAGES
from bot.knowledge import KnowledgeBase
from bot.masking import mask_personal
from bot.nlp.evaluation import EVALUATION_SETS, LanguageReport, evaluate, format_report
from bot.nlp.matcher import Matcher
from bot.nlp.requests import tells_of_trouble
from bot.nlp.smalltalk import is_small_talk
from bot.nlp.textnorm import fold, turkmen_cyrillic_to_latin
from tests.requests_asserts import assert_held_as_illegal_help

DATA = PROJECT_ROOT / "tests" / "data"


# Issue #3 asks for 90% top-1 (the confident topic is the right one) and at most 3% of off-topic lines answered.
# tests/data holds three sets. The development set (dev/, offtopic.toml) is harder on purpose (indirect, allusive
# questions) and tuned against: the confidence was fitted on it. The held-out set (holdout/) was written by someone
# who never saw the examples and never fitted on, though its results were looked at to choose the threshold. The
# unseen set (unseen/) was written the same way at the very end and only measured. At the shipped threshold (0.5),
# 2026-12-06, ru / tk / en (the dev and held-out off-topic files now include 40 issue-19 requests per language; the
# dev set 24 / 22 / 22 organ-sale and smuggling questions more, written the indirect way, branch topics2;
# 64 Russian ones more, branch ru-topics; 4 per language about getting past the border post, branch smuggle):
#   unseen       99.2% / 95.8% / 97.5% right;  0 / 1 / 0 of 20 off-topic lines answered
#   held-out     94.3% / 94.6% / 95.4% right;  1 / 0 / 0 of 70
#   development  89.2% / 89.1% / 83.2% right;  0 / 1 / 1 of 65;  5.9% / 7.3% / 9.5% confidently wrong
#   all three    93.0% / 92.9% / 91.5%;        1 / 2 / 1 of 155
# The off-topic lines answered: "в каком году закончилась война" (visa-overstay), in Turkmen "I'm bored, let's
# talk" (taken for a wish for psychological help) and "how to make plov at home" (before-departure), and one English
# dev line.
BAR_ACCURACY = 0.90
BAR_OFFTOPIC = 0.03
BLIND_OFFTOPIC_LINES = 1  # at most this many per language in each of the two blind sets
DEV_ACCURACY_FLOOR = 0.80
DEV_WRONG_CEILING = 0.13


@pytest.fixture(scope="module")
def reports(matcher: Matcher) -> dict[str, dict[str, LanguageReport]]:
    return {name: evaluate(matcher, topics, offtopic) for name, (topics, offtopic) in EVALUATION_SETS.items()}


def test_every_evaluation_question_together_meets_the_issues_bar(
    reports: dict[str, dict[str, LanguageReport]],
) -> None:
    summary = "\n".join(format_report(sets, show_misses=False) for sets in reports.values())
    for language in LANGUAGES:
        parts = [sets[language] for sets in reports.values()]
        assert sum(p.total for p in parts) >= 3 * 40 and sum(p.offtopic_total for p in parts) >= 15
        accuracy = sum(p.correct for p in parts) / sum(p.total for p in parts)
        offtopic = sum(p.offtopic_confident for p in parts) / sum(p.offtopic_total for p in parts)
        assert accuracy >= BAR_ACCURACY and offtopic <= BAR_OFFTOPIC, (language, accuracy, offtopic, summary)


@pytest.mark.parametrize("name", ["holdout", "unseen"])
def test_each_blind_set_alone_meets_the_accuracy_bar(
    reports: dict[str, dict[str, LanguageReport]], name: str
) -> None:
    summary = format_report(reports[name], show_misses=False)  # never a held-out line
    for report in reports[name].values():
        assert report.total >= 3 * 40 and report.offtopic_total >= 15, summary
        assert report.accuracy >= BAR_ACCURACY, summary
        assert report.offtopic_confident <= BLIND_OFFTOPIC_LINES, summary


# The topics issue 19 asked for, where people's questions had no answer: each must answer its own held-out questions
# in every language, not only raise the average.
ISSUE_19_TOPICS = (
    "passport-expiring-abroad",
    "turkiye-russia-rules",
    "cyprus-gulf-club-offers",
    "student-loans-scholarships",
    "visa-lottery-korea-scams",
    "scam-centres",
    "money-transfers",
    "marriage-abroad",
    "organ-sale",
    "smuggling",
)


@pytest.mark.parametrize("topic", ISSUE_19_TOPICS)
def test_each_new_topic_answers_its_own_held_out_questions(matcher: Matcher, topic: str) -> None:
    import tomllib

    data = tomllib.loads((DATA / "holdout" / "topics" / f"{topic}.toml").read_text(encoding="utf-8"))
    for language in LANGUAGES:
        questions = data[language]
        # counts only, bound first: a failure must not show held-out lines (pytest would print the list's repr)
        asked, answered = len(questions), sum(matcher.match(q).topic == topic for q in questions)
        assert asked >= 5 and answered >= 0.8 * asked, (topic, language, answered, asked)


# Issue 19: requests for illegal help, tourist questions and everyday chat are in the dev and held-out off-topic
# files (40 lines per language each, beside the older ones), and at most 2 % of a set's off-topic lines are answered.
BAR_REQUESTS = 0.02


@pytest.mark.parametrize("name", ["dev", "holdout"])
def test_requests_for_illegal_help_and_tourist_questions_are_not_answered_with_a_topic(
    reports: dict[str, dict[str, LanguageReport]], name: str
) -> None:
    summary = format_report(reports[name], show_misses=name == "dev")  # never a held-out line
    for report in reports[name].values():
        assert report.offtopic_total >= 25 + 40, summary
        assert report.offtopic_rate <= BAR_REQUESTS, summary


@pytest.mark.parametrize(
    "text",
    [
        "where to get a fake russian registration",
        "кто делает липовую регистрацию в Москве",
        "Moskwada galp registrasiýa edip berýän barmy",
        "how much is a return ticket Ashgabat Istanbul",
        "сколько стоит билет в одну сторону до казани",
        "Dubaýa 7 günlük syýahatçy wizasy näçe durýar",
        # asking how to forge, or where a diploma is "made"; sights, and a cancelled flight's refund
        "как подделать подпись в справке с работы",
        "где можно сделать диплом колледжа, чтобы взяли на работу в Казани",
        "where can i make a diploma quickly for a job in dubai",
        "Bilim diplomyny galp ýasatmak isleýärin, näçe durar",
        "are the sights of Cappadocia worth it, how much is a day tour",
        "рейс в Стамбул отменили, как вернуть деньги за билет",
        "Stambula reýs ýatyryldy, biletiň puluny yzyna gaýtaryp bolarmy",
    ],
)
def test_a_request_for_forged_papers_or_a_tourist_question_gets_the_off_topic_reply(
    matcher: Matcher, text: str
) -> None:
    result = matcher.match(text)
    assert result.off_topic and not result.confident and result.topic is None


@pytest.mark.parametrize(
    "text",
    [
        "я не могу выйти из квартиры, хозяйка закрывает меня когда уходит",
        "they lock me in the apartment in Dubai when they go out, how much is a ticket home",
        "kwartirada gulpläp goýýarlar, daşary çykmaga goýbermeýärler, bilet näçe",
        "сижу в аэропорту вторые сутки, ни денег ни еды, рейс отменили",
    ],
)
def test_a_person_shut_in_or_stranded_is_never_taken_for_a_tourist(text: str) -> None:
    # The bot asks the crisis detector first; should it miss, the words of a trip must not bring the off-topic reply.
    from bot.nlp.requests import request_kind

    assert request_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "my ticket home from Moscow was cancelled, the airline says wait 2 weeks, i have 3000 rubles left. what do i do",
        "рейс отменили, я застрял в Казани, денег нет, хостел просит оплату",
        "Moskwada galdym diýsäm, pulum galmady, bilet ýatyryldy",
    ],
)
def test_a_person_stranded_with_no_money_is_never_told_the_question_is_off_topic(
    matcher: Matcher, text: str
) -> None:
    # Whatever it sounds like to the off-topic examples, the closest topics and a person are offered, not a pointer.
    result = matcher.match(text)
    assert not result.off_topic and result.closest


@pytest.mark.parametrize(
    "text",
    [
        "ya zastryal v aeroportu, deneg net",  # Russian typed in Latin letters
        "Стамбулда галдым, пулум ёк",  # Turkmen typed in Cyrillic without its own letters
        "Москвада галдым, пулум галмады, ятара ер ёк",
        "көчеде галдым, пулум ёк",
    ],
)
def test_being_stranded_is_read_in_any_script_the_person_types(text: str) -> None:
    # what keeps a stranded person from the off-topic reply reads them as the request patterns read them
    assert tells_of_trouble(text)


@pytest.mark.parametrize(
    "text",
    [
        "the agency sold me a fake work visa, what do i do",
        "мне в агентстве сделали фальшивую визу, что теперь делать",
        "my employer pays my ticket to dubai, is it safe",
        "how much is a ticket home, i am stuck and have no money",
        "my flight home was cancelled and the employer took my passport, what do i do",
        "где подтвердить диплом, чтобы работать врачом в Турции",
    ],
)
def test_a_person_asking_about_their_own_fake_papers_or_ticket_is_not_taken_for_a_request(
    matcher: Matcher, text: str
) -> None:
    from bot.nlp.requests import request_kind

    assert request_kind(text) is None and not matcher.match(text).off_topic


@pytest.mark.parametrize(
    "text",
    [
        "how can i take people across the border for money",
        "we organise group crossings to the eu, how much should we charge per person",
        "как переправлять людей через границу за деньги",
        "сколько брать с человека за переход границы, я вожу группы",
        "adamlary serhetden geçirip pul gazanmak isleýärin",
        "serhetden adam geçirmek biznesi, adam başyna näçe almaly",
        # a number of people of one's own to move, and hiding them from the guards (found by an exploratory tester)
        "i have 6 guys from mary, need to get them into turkey without the border guards seeing, how much",
        "I can take people to Turkey in my truck, how do I hide them from police at the border",
    ],
)
def test_a_request_to_smuggle_other_people_as_a_business_is_held_as_illegal_help(
    matcher: Matcher, text: str
) -> None:
    from bot.nlp.requests import Request

    assert_held_as_illegal_help(matcher, text, Request.SMUGGLER)


@pytest.mark.parametrize(
    "text",
    [
        "the smuggler wants 3000 to take me across the border, should i go",
        "a man says he can take our group into europe through the forest for money",
        "проводник переправит нас через границу за 2000, стоит ли",
        "bir adam bizi serhetden geçirjek diýýär, pul soraýar, gitmelimi",
    ],
)
def test_a_person_asking_about_their_own_crossing_still_gets_the_smuggling_topic(
    matcher: Matcher, text: str
) -> None:
    from bot.nlp.requests import request_kind

    assert request_kind(text) is None
    assert matcher.match(text).closest[0][0] == "smuggling"


def test_a_club_recruiters_ad_is_not_answered_but_the_trap_topics_stay_one_tap_away(matcher: Matcher) -> None:
    ad = "набираем девушек в вип клубы Турции, зарплата высокая, пишите"
    result = matcher.match(ad)
    assert not result.confident and not result.off_topic
    assert {"sexual-exploitation", "cyprus-gulf-club-offers"} & {topic for topic, _ in result.closest}
    # Forwarded with a question, the same ad gets the answer about the trap.
    assert matcher.match(ad + " — это безопасно?").confident


def test_development_set_accuracy_and_off_topic_rate(reports: dict[str, dict[str, LanguageReport]]) -> None:
    summary = format_report(reports["dev"])
    for report in reports["dev"].values():
        assert report.total >= 3 * 40 and report.offtopic_total >= 15, summary
        assert report.accuracy >= DEV_ACCURACY_FLOOR, summary
        assert report.wrong_rate <= DEV_WRONG_CEILING, summary
        assert report.offtopic_rate <= BAR_OFFTOPIC, summary


def test_development_questions_are_not_copies_of_the_examples() -> None:
    import tomllib

    knowledge = KnowledgeBase.load()
    for path in (DATA / "dev").glob("*.toml"):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for language, questions in data.items():
            examples = {fold(q) for q in knowledge[path.stem].text(language).questions}
            assert len(questions) >= 3, (path.stem, language)
            for question in questions:
                assert fold(question) not in examples, (path.stem, language, question)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("my boss took my passport and won't give it back", "employer-took-passport"),
        ("РАБОТОДАТЕЛЬ ЗАБРАЛ МОЙ ПАСПОРТ", "employer-took-passport"),
        ("работадатель забрал пасспорт что делать", "employer-took-passport"),
        ("Iş berijim pasportymy aldy", "employer-took-passport"),
        ("is berijim pasportymy aldy", "employer-took-passport"),
        ("Иш берижим паспортымы алды", "employer-took-passport"),
        ("they don't pay my salary for three months", "wages-not-paid"),
        ("мне не платят зарплату", "wages-not-paid"),
    ],
)
def test_questions_in_any_script_case_or_spelling_find_their_topic(
    matcher: Matcher, text: str, topic: str
) -> None:
    assert matcher.match(text).topic == topic


def test_unsure_match_still_offers_the_closest_topics(matcher: Matcher) -> None:
    result = matcher.match("what is the weather in Ashgabat tomorrow")
    assert not result.confident and result.topic is None


def test_a_long_message_is_matched_quickly_and_safely(matcher: Matcher) -> None:
    long_text = ("паспорт " * 600)[:4096]
    assert matcher.match(long_text).closest


def test_turkmen_cyrillic_is_read_as_latin() -> None:
    assert turkmen_cyrillic_to_latin("паспортымы алды") == "pasportymy aldy"
    assert fold("Işleýän ýerim") == fold("isleyan yerim")


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("call me +993 65 123456 please", "call me [number] please"),
        ("my mail is aman.test@example.com", "my mail is [email]"),
        ("passport 1234567", "passport [number]"),
        ("I am 25 and work 12 hours", "I am 25 and work 12 hours"),
    ],
)
def test_stored_questions_are_masked(text: str, masked: str) -> None:
    assert mask_personal(text) == masked


def test_greetings_are_small_talk_but_questions_are_not() -> None:
    assert is_small_talk("Salam!") and is_small_talk("Здравствуйте") and is_small_talk("🙂🙂")
    assert not is_small_talk("Здравствуйте, у меня забрали паспорт")
    assert is_small_talk("ты бот?") and is_small_talk("are you a real person") and is_small_talk("sen kim")
    assert not is_small_talk("what is trafficking") and not is_small_talk("бот хранит мои данные?")


def run_ask(*args: str, stdin: str | None = None, hash_seed: str | None = None) -> str:
    env = None if hash_seed is None else {**os.environ, "PYTHONHASHSEED": hash_seed}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        check=True,
        env=env,
    )
    return result.stdout


def test_the_same_question_gets_the_same_answer_in_every_run() -> None:
    # Python orders sets by a hash seed that changes per process; the matcher must not let it decide a close call.
    import tomllib

    questions = [
        line
        for path in sorted((DATA / "dev").glob("*.toml"))
        for line in tomllib.loads(path.read_text(encoding="utf-8"))["ru"]
    ]
    stdin = "\n".join(questions) + "\n"
    first, second = (run_ask("--lang", "ru", "--json", stdin=stdin, hash_seed=seed) for seed in ("1", "4"))
    assert first == second and len(first.splitlines()) == len(questions)


def test_ask_command_prints_one_json_line_per_question() -> None:
    out = run_ask("--lang", "ru", "--json", stdin="работодатель забрал паспорт\nhello there\n")
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 2
    assert lines[0]["topic"] == "employer-took-passport" and lines[0]["confident"] is True
    assert set(lines[1]) == {"topic", "score", "confident", "crisis", "crisis_kind"}


def test_ask_command_explains_its_choice() -> None:
    out = run_ask("--lang", "tk", "my boss took my passport")
    assert out.startswith("employer-took-passport")
    assert "score" in out


def test_turkmen_stems_keep_negation_and_drop_endings() -> None:
    from bot.nlp.turkmen import stem_turkmen

    assert stem_turkmen(fold("pasportymy")) == stem_turkmen(fold("pasportym")) == "pasport"
    assert stem_turkmen(fold("bermeýärler")) != stem_turkmen(fold("berýärler"))


def test_turkmen_cyrillic_e_starts_a_syllable_as_ye() -> None:
    assert turkmen_cyrillic_to_latin("бу ерден гитмәге ёл ёк") == "bu ýerden gitmäge ýol ýok"


def test_a_typo_is_mended_to_a_known_word() -> None:
    from bot.nlp.analysis import Vocabulary

    vocabulary = Vocabulary.build("en", ["my passport was stolen", "passport copies"])
    assert vocabulary.correct("pasport") == "passport"
    assert vocabulary.correct("passsport") == "passport"
    assert vocabulary.correct("weather") == ""


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("the cops arrested my brother", "arrested-abroad"),  # slang, through the shared concepts
        ("менты задержали брата", "arrested-abroad"),
        ("polisiýa doganymy tussag etdi", "arrested-abroad"),
    ],
)
def test_synonyms_and_slang_rank_their_topic_first(matcher: Matcher, text: str, topic: str) -> None:
    assert matcher.match(text).closest[0][0] == topic


@pytest.mark.parametrize(
    "text",
    [
        "what papers do I need to register a marriage in Turkey",
        "какие документы нужны чтобы зарегистрировать брак в турции",
    ],
)
def test_registering_a_marriage_is_answered_as_marriage_not_as_registering_an_address(
    matcher: Matcher, text: str
) -> None:
    # "register" alone is the address registration of registration-abroad; with a marriage it is the marriage.
    assert matcher.match(text).topic == "marriage-abroad"


def test_a_phrase_for_one_concept_does_not_also_count_as_a_shorter_one_inside_it(matcher: Matcher) -> None:
    assert matcher.match("Türkiýede nika hasaba almak üçin haýsy resminamalar gerek").closest[0][0] == (
        "marriage-abroad"
    )
    assert matcher.match("how do i register at my address in istanbul").topic == "registration-abroad"
    assert matcher.match("где встать на регистрацию в москве").topic == "registration-abroad"


def test_closest_topics_are_offered_best_first_even_when_unsure(matcher: Matcher) -> None:
    result = matcher.match("what is the weather in Ashgabat tomorrow")
    scores = [score for _, score in result.closest]
    assert len(result.closest) <= 3 and scores == sorted(scores, reverse=True)


# A second blind set for issue 19's ten new topics and its off-topic requests (tests/data/unseen2, written in session 8
# by two helpers who never saw the examples), measured before and after one round of examples written without it
# (from counts of which topics took its questions, never its lines). It is below the bar; these are today's figures,
# so that they can only go up: questions answered with the right topic, and off-topic lines answered with a topic.
# Branch topics4-tk (Turkmen examples in locales/examples/tk/j.toml, measured once at the end): Turkmen 0.74 → 0.80 and
# 8 → 5 off-topic lines answered; Russian and English lost one question each (ru 0.80 → 0.79, en 0.81 → 0.80 and 2 → 3
# lines) from the refitted confidence weights alone, their examples unchanged: the refit after the merge sets them.
# Branch topics5-ruen (Russian and English examples in k.toml, request patterns): the refit moved the weights towards
# Russian and English (intercept -2.14 → -1.63, Turkmen term 1.24 → 0.44) and Turkmen lost two questions, 0.78 → 0.76,
# its examples unchanged (the unseen set's Turkmen 112 → 108 of 120 the same way); the refit after the merge sets it.
# Russian lost one question, 0.81 → 0.80, to the off-topic lines that share words with topics (3 of 45 off-topic lines
# answered, was 4), as this test reported it after the branch's last examples; no example was changed to suit it.
# Merged and refitted with the Turkmen branch (topics5-tk, off-topic lines of kinds j.toml lacked, country rules),
# measured once: right 80 / 80 / 88, off-topic answered 3 / 7 / 1 (Turkmen one more than before: its own off-topic
# examples did not reach the blind lines).
# Branch topics6-ruen (Russian and English examples in l.toml, request patterns), run once at the end: Turkmen 0.80 →
# 0.79 from the refitted weights alone (its examples unchanged; the dev, held-out and unseen Turkmen figures moved the
# same way, 198 → 197, 264 → 263, 114 → 112); the refit after the merge with the Turkmen branch sets it.
# A third blind set (tests/data/unseen3, session 11: one writer per language who saw only a short brief), measured
# before the session's round of examples (locales/examples/*/l.toml): right 83 / 79 / 83, off-topic lines answered
# 6 / 3 / 4 of 42. After the Russian and English round (topics6-ruen): 85 / 75 / 85 and 5 / 3 / 3, Turkmen down from
# the refitted weights alone. Merged with the Turkmen round (topics6-tk) and refitted: 85 / 82 / 85 and 4 / 4 / 3;
# unseen2 then 83 / 87 / 89 and 3 / 6 / 2 (English one off-topic line more than before, one right answer fewer than
# after the Russian and English round alone).
# Session 12: a fifth round of examples (locales/examples/*/m.toml; its helpers chose whole blocks of lines by the
# figures of unseen2 and unseen3, counts only, so those two are no longer blind) and a fourth blind set
# (tests/data/unseen4), its three topics with disputed borders described as the knowledge base draws them, written
# before the round and measured once before it and once after the merge: right 94 / 88 / 87 → 91 / 90 / 87,
# off-topic lines answered 2 / 6 / 2 → 1 / 6 / 2 of 43 / 43 / 41. unseen2 → 86 / 92 / 91 and 3 / 6 / 2; unseen3 →
# 86 / 89 / 86 and 4 / 4 / 4 (English one off-topic line more).
# Session 13: a fifth blind set (tests/data/unseen5, same brief as unseen4), measured before and after one general
# change, the requests of those who would run the trade (bot/nlp/trade_requests.py: smugglers keeping out of the
# guards' sight, hiring drivers, moving a number of people from one country into another; recruiters asking where
# to find girls for clubs), written from the off-topic lines of unseen2 and unseen3, which were no longer blind:
# unseen5 off-topic lines answered 5 / 4 / 5 → 4 / 4 / 3, right 89 / 89 / 86 unchanged; unseen4 English 2 → 1;
# unseen2 3 / 6 / 2 → 1 / 3 / 0; unseen3 4 / 4 / 4 → 1 / 1 / 1 and Russian 86 → 87. Then requests to forge ("как
# подделать", a diploma "made"), sights and a cancelled flight's refund, from the same two sets: unseen5 Russian 4 → 3,
# unseen2 1 / 3 → 0 / 2, unseen3 1 / 1 / 1 → 0 / 1 / 0. Then the patterns written from a request development set
# (tests/data/requests: exploiters holding their workers, places sold, recruiters paid a head, more forgery, Russian
# typed in Latin letters): Turkmen off-topic lines answered, unseen4 6 → 5 and unseen5 4 → 3.
# Session 21: a new topic, entry-ban (people at home after a deportation), takes one English question of unseen2
# (no longer blind, above) labelled with the older topic of Türkiye's and Russia's rules, written before entry-ban
# existed: English 0.91 → 0.90 there (counted by figures only; the question was not read), and in Russian the right
# topic one tap away 94 → 93 the same way; with the round's matcher rules for money paid to recruiters merged beside
# it, Turkmen one tap away 97 → 96 there (each branch alone held it). The other sets did not move.
BLIND_REACHED = {  # of 100 questions per language, and 41-45 off-topic lines
    "unseen2": {"ru": (0.86, 0), "tk": (0.92, 2), "en": (0.90, 0)},
    "unseen3": {"ru": (0.87, 0), "tk": (0.89, 1), "en": (0.86, 0)},
    "unseen4": {"ru": (0.91, 1), "tk": (0.90, 5), "en": (0.87, 1)},
    "unseen5": {"ru": (0.89, 3), "tk": (0.89, 3), "en": (0.86, 3)},
}


@pytest.mark.parametrize("name", sorted(BLIND_REACHED))
def test_the_later_blind_sets_of_new_topics_hold_what_they_reach(matcher: Matcher, name: str) -> None:
    reports = evaluate(matcher, DATA / name / "topics", DATA / name / "offtopic.toml")
    for language, report in reports.items():
        accuracy, answered = BLIND_REACHED[name][language]
        assert report.total == 100 and report.offtopic_total >= 40, language
        # only figures: a failure must not show the blind set's lines (nobody is to tune to them)
        # bound first: pytest would print the whole report, the lines it missed among them
        right, wrongly_answered = report.accuracy, report.offtopic_confident
        assert right >= accuracy and wrongly_answered <= answered, (language, right, wrongly_answered)


# The right topic as the answer, or one tap away: among the buttons under a confident answer (KnowledgeBase.see_also:
# the matcher's close runner-up, then the answer's related topics) or the closest topics offered when it is not sure
# (the off-topic reply offers none). Session 13, without the runner-up → with it: unseen4 92 / 91 / 90 → 98 / 94 / 93,
# unseen5 90 / 90 / 86 → 93 / 94 / 90, unseen2 89 / 92 / 92 → 94 / 97 / 94, unseen3 88 / 89 / 87 → 95 / 95 / 92.
BLIND_ONE_TAP = {
    "unseen2": {"ru": 93, "tk": 96, "en": 94},
    "unseen3": {"ru": 95, "tk": 95, "en": 92},
    "unseen4": {"ru": 98, "tk": 94, "en": 93},
    "unseen5": {"ru": 93, "tk": 94, "en": 90},
}


@pytest.mark.parametrize("name", sorted(BLIND_ONE_TAP))
def test_on_the_later_blind_sets_the_right_topic_is_the_answer_or_one_tap_away(
    matcher: Matcher, name: str
) -> None:
    from bot.nlp.evaluation import questions

    knowledge = KnowledgeBase.load()
    reached = dict.fromkeys(LANGUAGES, 0)
    for language, expected, text in questions(DATA / name / "topics", DATA / name / "offtopic.toml"):
        if expected is None:
            continue
        result = matcher.match(text)
        if result.topic is not None:
            offered = [
                result.topic,
                *(t.id for t in knowledge.see_also(knowledge[result.topic], result.runner_up)),
            ]
        else:
            offered = [] if result.off_topic else [topic for topic, _ in result.closest[:3]]
        reached[language] += expected in offered
    # counts only: a failure must not show the blind set's lines
    assert all(reached[language] >= floor for language, floor in BLIND_ONE_TAP[name].items()), reached
