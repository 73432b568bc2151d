"""The crisis detector's second opinion (bot/nlp/crisis_model.py): shipped as package data, never stale, and it
flags danger said in words no pattern knows."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from bot.nlp.crisis import CrisisKind, detect_crisis
from bot.nlp.crisis_fit import MODEL_FILE, development_lines, fingerprint
from bot.nlp.crisis_model import MODEL_NAME, CrisisModel, shipped
from bot.runtime.cli import main


def test_the_shipped_model_is_what_training_on_the_development_set_gives_today(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written = tmp_path / MODEL_NAME
    assert main(["crisis-fit", "--output", str(written)]) == 0
    assert written.read_bytes() == MODEL_FILE.read_bytes(), (
        "the development lines or the model changed: run `python -m bot crisis-fit` and commit "
        f"bot/nlp/{MODEL_NAME}"
    )
    # it says what the model alone does in cross-validation, per language
    assert capsys.readouterr().out.count("cross-validated, the model alone flags") == 3


def test_the_model_is_package_data_the_installed_bot_reads() -> None:
    assert resources.files("bot.nlp").joinpath(MODEL_NAME).read_bytes() == MODEL_FILE.read_bytes()
    assert shipped().source == fingerprint(development_lines())


def test_a_model_file_of_another_layout_is_refused_with_the_command_that_rewrites_it() -> None:
    data = MODEL_FILE.read_bytes().replace(b'"format": 2', b'"format": 1', 1)
    assert data != MODEL_FILE.read_bytes()
    with pytest.raises(ValueError, match="crisis-fit"):
        CrisisModel.from_bytes(data)


@pytest.mark.parametrize(
    "text",
    [
        "i am sitting outside the mosque since yesterday, my bag was stolen, i have nothing",
        "сижу возле мечети со вчерашнего дня, сумку украли, ничего нет",
        "düýnden bäri metjidiň öňünde otyryn, sumkamy ogurladylar, hiç zadym ýok",
    ],
)
def test_danger_said_in_words_no_pattern_knows_is_flagged_by_the_model_with_its_kind(text: str) -> None:
    # no pattern names a mosque, a stolen bag or "I have nothing": the model has learned what stranded sounds like
    assert detect_crisis(text) == CrisisKind.STRANDED


@pytest.mark.parametrize(
    "text",
    [
        "where is the mosque near the bus station, i want to pray",
        "my bag was stolen last year in istanbul, can i get a new passport",
        "где ближайшая мечеть у вокзала",
        "sumkamy geçen ýyl ogurladylar, täze pasport nädip almaly",
        "с визой помогите пожалуйста",
        "help me with my visa please",
        "wiza bilen kömek ediň",
    ],
)
def test_the_same_words_in_an_ordinary_question_are_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None


def test_a_minor_named_makes_the_models_kind_child() -> None:
    assert (
        detect_crisis("мне 15, сижу возле мечети со вчерашнего дня, сумку украли, ничего нет")
        == CrisisKind.CHILD
    )


def test_a_message_of_a_few_words_is_judged_against_a_stricter_threshold() -> None:
    # At the threshold of a sentence the model reads "they took my passport" as danger (a kept passport alone is a
    # question, by the labelling guideline); two to five words have their own threshold, chosen in cross-validation
    # among the ordinary lines of that length, and one word is the patterns' alone.
    from bot.nlp.crisis import readings
    from bot.nlp.crisis_model import terms

    model = shipped()
    assert model.short_threshold > model.threshold
    assert model.score(terms(readings("they took my passport"))) > model.threshold
    assert detect_crisis("they took my passport") is None
    assert model.threshold_for(1) is None
    assert detect_crisis("помогите нас заперли") is not None
    assert detect_crisis("kömek ediň, urýarlar") is not None


@pytest.mark.parametrize(
    "text",
    [
        "dermanlary içdim hemmesini",  # I took all the pills
        "ölüm gözläp ýörün",  # I keep looking for death
        "asmak isleýärin özümi",  # I want to hang myself
    ],
)
def test_a_few_words_no_pattern_knows_are_flagged_by_the_model(text: str) -> None:
    assert detect_crisis(text) is CrisisKind.SELF_HARM


def test_a_place_name_is_one_word_to_the_model() -> None:
    # Writers set more crisis lines than ordinary ones in Antalya or Dubai; where a person is says nothing of whether
    # they are safe, so the model reads every place as the same word and cannot learn a city as danger.
    from bot.nlp.crisis import readings
    from bot.nlp.crisis_model import terms

    assert terms(readings("i live in Antalya now with my family")) == terms(
        readings("i live in Dubai now with my family")
    )
    assert detect_crisis("second: I am in Antalya") is None
