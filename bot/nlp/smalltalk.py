"""Greetings, thanks, "are you a bot?" and other small talk: answered with a friendly pointer to what the bot can
do (which also says it is a bot), never stored as a question."""

from __future__ import annotations

from bot.nlp.textnorm import words

# Folded the same way as what people type, so "Haýyrly gün" and "hayyrly gun" are the same words.
_SMALL_TALK = frozenset(
    words(
        """
    hi hello hey hiya yo good morning afternoon evening night thanks thank you thx ok okay bye goodbye how are
    you fine cool nice great test start salam salem salom slm privet
    привет приветик здравствуй здравствуйте здрасте добрый день утро вечер доброе спасибо благодарю пока ок
    хорошо ладно как дела салам салям алейкум ассалам ау тест
    ýagsy yagsy gowy sag bol sagbol sagolun sagbolun hos gal nahili nahilisin nahilisiniz ertiriniz haýyrly
    hayyrly gijaniz agsamynyz ine bolya bolyar gün günüňiz
    who are you bot robot real person human what is whats your name
    кто ты вы бот робот живой настоящий человек тебя вас зовут это
    sen siz kim botmy robotmy robot adyň adyňyz näme hakyky adam
    """
    )
)


def is_small_talk(text: str) -> bool:
    """True for a greeting, thanks or goodbye, and for text with no words at all (emoji, punctuation)."""
    found = words(text)
    return not found or (len(found) <= 5 and all(word in _SMALL_TALK for word in found))
