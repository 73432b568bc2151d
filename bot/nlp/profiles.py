"""One profile per language the matcher reads: its script, stop words, negation, word normalisation and stemmer.
Adding a language to the matcher is one profile here (plus its examples and a refit of the confidence); until then a
new language is read by a neutral profile (`profile`). The rest of bot/nlp reads languages only through these."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

import snowballstemmer  # type: ignore[import-untyped]

from bot.nlp.textnorm import TURKMEN_CYRILLIC_MARKERS, fold, russian_from_latin
from bot.nlp.turkmen import stem_turkmen


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    cyrillic: bool  # written in Cyrillic (Russian); Latin otherwise
    reads_cyrillic: (
        bool  # also typed in Cyrillic by its speakers, read transliterated (Turkmen's 1940–1993 alphabet)
    )
    # Letters only this language's Cyrillic has: without them, Cyrillic that two readings know equally is read in
    # the language written in Cyrillic ("реши уравнение" as Turkmen finds only false friends).
    cyrillic_markers: frozenset[str]
    # Words that say nothing about the topic: pronouns, question words, auxiliaries, particles. Kept short on
    # purpose: "help", "work", "home" and the like carry meaning here and stay.
    stop_words: str
    # Words that turn the next one into its opposite: "не платят" (they do not pay), "didn't pay". Turkmen negates
    # inside the word (bermeýär), which its stemmer marks the same way.
    negators: frozenset[str]
    # Greetings, thanks, "are you a bot?": answered with a pointer to what the bot does, never as a question.
    small_talk: str
    normal_word: Callable[[str], str]  # one spelling per word form
    stem: Callable[[str], str]
    # Also typed in Latin letters by its speakers ("rabotodatel zabral pasport"): a lower-case Latin text in the
    # language's own script (readings apart on lines separated by a blank one), so the language can be told
    typed_in_latin: Callable[[str], str] | None = None


def _snowball(language: str) -> Callable[[str], str]:
    stemmer = snowballstemmer.stemmer(language)
    return lambda word: str(stemmer.stemWord(word))


# In the order texts are read when two languages know them equally.
PROFILES: dict[str, LanguageProfile] = {
    "ru": LanguageProfile(
        "ru",
        cyrillic=True,
        reads_cyrillic=False,
        cyrillic_markers=frozenset(),
        stop_words="""
        и а но или да нет не ни же ли ль бы б то ну вот так как что чтобы чем кто кого кому где куда откуда когда
        почему зачем сколько какой какая какое какие каким какую я меня мне мной мой моя моё мое мои моего моей
        моих моим ты тебя тебе твой твоя твои вы вас вам вами ваш ваша ваше ваши он его ему им него нему ним она её
        ее ей ней оно они их ими них мы нас нам нами наш наша наше наши себя себе свой своя своё свои своего своих
        этот эта это эти этого этой этих тот та те того той тех там тут здесь в во на с со к ко у о об от до по за
        из изо для при про над под без через между ещё еще уже вообще очень просто тоже также был была было были
        быть есть будет буду будут можно нужно надо если пожалуйста плиз всё все весь вся делать сделать дела
        должен должна должно должны могу может могут хочу хотим хочет знать скажите подскажите что-то как-то
        кто-то где-то какой-то""",
        negators=frozenset({"не"}),
        small_talk="""
            привет приветик здравствуй здравствуйте здрасте добрый день утро вечер доброе спасибо благодарю пока ок
            хорошо ладно как дела салам салям алейкум ассалам ау тест
            кто ты вы бот робот живой настоящий человек тебя вас зовут это""",
        normal_word=lambda word: word.replace("ё", "е"),
        stem=_snowball("russian"),
        typed_in_latin=russian_from_latin,
    ),
    "tk": LanguageProfile(
        "tk",
        cyrillic=False,
        reads_cyrillic=True,
        cyrillic_markers=TURKMEN_CYRILLIC_MARKERS,
        stop_words="""
        men sen ol biz siz olar meni seni ony bizi sizi olary mana sana ona bize size olara menin senin onun bizin
        sizin olaryn menden senden ondan bizden sizden olardan mende sende onda bizde sizde olarda bu su sol sul
        munun sunun bular sular bunda sunda name nameler nadip nahili haysy kim kime kimin nire nira nirede
        niradan nireden haçan hacan naçe nace naa ve ya yada ya-da hem de da bilen ucin barada bolsa yone emma
        mi my mu mi? onda soň son diyip diyyar dal dalmi bar yok yokmy bolyar bolyarmy bolar bolarmy bir sol-da
        ahli hemme zat zatlar kop biraz etmeli etmek edip edyar etsem bolmaly gerekmi isleyarin bilmek
        aydyn aydyn bilyan bilyanmi""",
        negators=frozenset(),
        small_talk="""
            ýagsy yagsy gowy sag bol sagbol sagolun sagbolun hos gal nahili nahilisin nahilisiniz ertiriniz haýyrly
            hayyrly gijaniz agsamynyz ine bolya bolyar gün günüňiz salam salem salom slm
            sen siz kim botmy robotmy robot adyň adyňyz näme hakyky adam""",
        normal_word=fold,  # special letters optional
        stem=stem_turkmen,
    ),
    "en": LanguageProfile(
        "en",
        cyrillic=False,
        reads_cyrillic=False,
        cyrillic_markers=frozenset(),
        stop_words="""
        a an the and or but if then so to of in on at by for from with about into over after before than as is
        am are was were be been being do does did done have has had having i me my mine myself you your yours we
        us our ours he him his she her hers it its they them their theirs this that these those there here what
        which who whom whose when where why how can could shall should will would may might must not no nor dont
        doesnt didnt cant wont im ive id ill youre its thats whats theres just also too very really please pls
        any some all anything something someone anyone one get got let s t m ll re ve d o u ur yes okay ok
        still now even only out up again what's don't can't won't i'm i've it's shouldnt couldnt wouldnt isnt
        arent wasnt werent hasnt havent need want know tell else other thing things way lot much many""",
        negators=frozenset(
            "not dont doesnt didnt wont cant cannot never isnt arent wasnt werent havent hasnt hadnt wouldnt".split()
        ),
        small_talk="""
            hi hello hey hiya yo good morning afternoon evening night thanks thank you thx ok okay bye goodbye how
            are you fine cool nice great test start privet
            who are you bot robot real person human what is whats your name""",
        normal_word=lambda word: fold(word) if not word.isascii() else word,
        stem=_snowball("english"),
    ),
}


def profile(code: str) -> LanguageProfile:
    """The language's profile; a language added without one (docs/translating.md) is read by a neutral one: no
    stop words or negation, each word its own stem with special letters folded, as Turkmen's are."""
    found = PROFILES.get(code)
    return found if found is not None else _neutral(code)


@functools.cache
def _neutral(code: str) -> LanguageProfile:
    return LanguageProfile(
        code,
        cyrillic=False,
        reads_cyrillic=False,
        cyrillic_markers=frozenset(),
        stop_words="",
        negators=frozenset(),
        small_talk="",
        normal_word=fold,
        stem=fold,
    )
