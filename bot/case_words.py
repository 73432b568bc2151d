"""A person on an open case saying nobody answers ("no one answers", "никто не отвечает", "hiç kim jogap berenok"),
in the three languages as people type them: they are told their messages reached the team, and the hotline."""

from __future__ import annotations

from bot.menu_words import phrase_readings, phrases, says_phrase

_NOBODY_ANSWERS = phrases(
    """
    no one answer*/repl*/respond*/writ*/wrote/help*/is/came
    noone/nobody answer*/repl*/respond*/writ*/wrote/help*/is/came
    no answer*/reply/replies/response
    why no/nobody/noone one answer*/repl*
    still no answer*/reply/response
    where are you
    anyone there
    is anybody/anyone there
    никто не отвеча*/ответил*/пиш*/напис*/помог*/приш*/реагиру*
    нет ответа
    почему не отвеча*/молч*
    где вы
    тут кто-нибудь/кто-то/кто есть
    есть кто
    nikto ne otvecha*/otvetil*/pishet/napisal*
    hic/hiç/hickim/hiçkim kim jogap/ýazan/yazan/ýazmady/yazmady/ýazanok/yazanok/gelmedi
    hic/hiç/hickim/hiçkim jogap/ýazmady/yazmady/ýazanok/yazanok/gelmedi
    jogap ýok/yok/berenok/bermedi/bermeýär/bermeyar/berenoklar/bermediler
    jogap beren ýok/yok
    näme üçin/ucin jogap
    nirede siz
    siz nirede
    """
)
MAX_WORDS = 12  # a few words that ask why; a longer message tells of something else as well


def says_nobody_answers(text: str) -> bool:
    """Whether a short message says nobody answers or asks where the staff are."""
    found = phrase_readings(text)
    return bool(found[0]) and len(found[0]) <= MAX_WORDS and says_phrase(found, _NOBODY_ANSWERS)
