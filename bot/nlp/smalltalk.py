"""Greetings, thanks, "are you a bot?" and other small talk: answered with a friendly pointer to what the bot can
do (which also says it is a bot), never stored as a question. Thanks get a short "you are welcome", a message of
crying or fear in emoji alone a word of care with the way to a person, not a cheerful greeting, and a few rude words
at the bot ("this bot is shit", "тупой бот") a calm short reply. Markup typed as text ("<b>x</b> <script>…") is
read without its tags: what is left of it, not the tags, says whether it is a question."""

from __future__ import annotations

import re
from enum import StrEnum

from bot.nlp.profiles import PROFILES
from bot.nlp.textnorm import fold, words


class SmallTalk(StrEnum):
    GREETING = "greeting"  # and anything else small: "ok", "are you a bot?"
    THANKS = "thanks"
    DISTRESS = "distress"
    RUDE = "rude"  # rude words at the bot, or a swear word alone


# Thanks in the three languages, Russian also in Latin letters ("spasibo"), folded as what people type is.
_THANKS = frozenset(
    fold(
        "спасибо спасибочки спс пасиб пасибо пасибки благодарю благодарим spasibo spasiba spasib pasib pasibo spsb "
        "blagodaryu sag bol sagbol sagboluň sagbolun сагбол сагболуң сагболун саг бол болуң болун boluň bolun "
        "taňryýalkasyn tanryyalkasyn minnetdar rahmat rakhmat rahmet рахмат рахмет thanks thank thx ty tysm tyvm thanx thnx thnks cheers"
    ).split()
)
# Every language's small talk (bot/nlp/profiles.py), folded the same way as what people type, so "Haýyrly gün" and
# "hayyrly gun" are the same words; people greet in one language and ask in another.
_SMALL_TALK = (
    frozenset(word for profile in PROFILES.values() for word in words(profile.small_talk))
    | _THANKS
    | frozenset(fold("lot much very so большое огромное köp uly").split())  # "thanks a lot", "köp sag boluň"
    # "hey whats up", "kak dela", "dobryi den": greetings typed in slang, and Russian in Latin letters
    | frozenset(
        fold(
            "up sup wassup whatsup wazzup howdy hows going kak dela delishki privet zdravstvuyte zdravstvuite "
            "zdravstvuj zdravstvuy zdrasti zdraste dobryi dobryj dobryy dobriy dobroe dobryj den utro vecher "
            "ogromnoe bolshoe"
        ).split()
    )
    # "salam aleýkum", "assalawmaleýkim": the Muslim greeting, in two words or one, as people spell it in Latin letters
    | frozenset(
        fold(
            "aleykum aleýkum aleykim aleýkim aleikum alaykum alejkum assalam assalamu assalomu "
            "assalamaleykum assalamaleýkum assalawmaleykim assalawmaleýkim assalawmaleykum assalamualaikum "
            "salamaleykum salamaleýkum salawmaleykim salawmaleýkim ассаламалейкум ассалавмалейким ассаламуалейкум "
            "саламалейкум саламалейким салавмалейким"
        ).split()
    )
    # "hi again", "снова здравствуйте", "ýene salam": a greeting back after a while
    | frozenset(fold("again снова опять ещё еще yene ýene tazeden täzeden gaytadan gaýtadan").split())
    # "ладно спасибо брат", "thanks bro", "sag bol jigim", "саг бол балам": the word one calls the other by
    | frozenset(
        fold(
            "брат братан братишка бро брателло сестра сестренка сестричка дружище bro brother bruh sis sister dude "
            "buddy mate brat bratan sestra agam jigim dogan doganym uyam dost jan u"
            # a grandmother's "балам", "gyzym" (my child, my girl), in either script
            " balam gyzym oglum агам джигим доганым балам гызым оглум"
        ).split()
    )
)
_DISTRESS = re.compile("[😭😢😥😰😱😨😿💔😞😔🥺😩😫]")
# Emoji that say "got it", "good", "thank you" (with their skin tones and variation selectors), and nothing else
_APPROVING = re.compile(
    "(?:[👍👌🙏🤝👏💪🫡✅✔☺🙂😊😉😀😃😄😁🤗🥰😍❤💙💚🩵🖤🤍💛👋🌹💐]|[\U0001f3fb-\U0001f3ff\ufe0f\u200d])+"
)
# Tags and entities typed as text, a script's or style's content with its tags
_MARKUP = re.compile(r"<(script|style)\b.*?</\1\s*>|</?[a-z][^<>]*>|&(?:[a-z]+|#[0-9]+);", re.S | re.I)
# Rude words, folded: said to the bot in a few words ("this bot is shit", "тупой бот", "sen akmak"), or alone
_RUDE = re.compile(
    r"\b(?:shit\w*|crap\w*|stupid|dumb|idiot\w*|useless|sucks?|trash|garbage|rubbish|fuck\w*|f\*+k\w*|wtf|moron\w*"
    r"|тупо\w*|туп[аы]я|дура\w*|дурак\w*|идиот\w*|бесполезн\w*|говн\w*|дерьм\w*|хрен\w*|херн\w*|фигн\w*|отстой\w*"
    r"|бля\w*|сука|сук[аи]|нахер|нахуй|хуй\w*|хуе\w*|пизд\w*|ебан\w*|ебат\w*"
    r"|tupoi|tupoy|durak|idiot|bespolezn\w*|govno|hren\w*|blya\w*|suka"
    r"|akmak\w*|samsyk\w*|haywan\w*|peydasyz)\b"
)
# Words that make it about the bot: "bot", "you"; or "this is" and the rude word alone ("this is useless", "это
# отстой"), not "this job sucks"
_AT_THE_BOT = re.compile(
    r"\b(?:bot\w*|бот\w*|you|your|u|ты|тебя|твой|вы|sen|senin|siz|sizin)\b"
    r"|^(?:this|that|it|это|bu|su)(?:'s|’s|\s+is|\s+was)?(?:\s+(?:so|really|just|totally|просто|полный|полная))?"
    r"\s+\S+$"
)
# Rude words about someone else or said to the writer ("he says I am stupid", "меня называют дурой"): not at the bot
_NOT_AT_THE_BOT = re.compile(
    r"\b(?:he|she|they|him|her|me|my|i|i'?m|он|она|они|меня|мне|мой|моя|я|ol|olar|meni|men)\b"
)
MAX_RUDE_WORDS = 6


def small_talk(text: str) -> SmallTalk | None:
    """What kind of small talk the text is, or None for anything else: a greeting, thanks or goodbye, or text with
    no words at all (emoji, punctuation), which is distress when its emoji cry or fear; rude words at the bot."""
    text = _MARKUP.sub(" ", text)
    found = words(text)
    if not found:
        return SmallTalk.DISTRESS if _DISTRESS.search(text) else SmallTalk.GREETING
    if _rude(text, found):
        return SmallTalk.RUDE
    if len(found) > 5:
        return None
    if any(word in _THANKS for word in found) and all(word in _THANKED_FOR for word in found):
        return SmallTalk.THANKS  # "понятно спасибо", "ok thanks got it"
    return SmallTalk.GREETING if all(word in _SMALL_TALK for word in found) else None


def _rude(text: str, found: list[str]) -> bool:
    if len(found) > MAX_RUDE_WORDS:
        return False
    # the folded words, and the text as typed in lower case (folding spells "shit" as "sit")
    read = (" ".join(found), " ".join(text.lower().strip(" .!?,)(").split()))
    if not any(_RUDE.search(r) for r in read) or any(_NOT_AT_THE_BOT.search(r) for r in read):
        return False
    return len(found) <= 2 or any(_AT_THE_BOT.search(r) for r in read)


# "ok", "понятно", "bolýar": taken in, and nothing asked, so a word back rather than the greeting again
_OK = frozenset(
    fold(
        "ok okay okey oki okk k kk fine alright понятно понял поняла ясно хорошо ладно ок окей угу ага "
        "ponyatno ponyal ponyala yasno horosho ladno bolýa bolýar bolya bolyar bolar düşündim düşnükli"
    ).split()
)


# Thanks with "got it" around them ("понятно спасибо", "ok thanks got it", "düşündim sag boluň")
_THANKED_FOR = _SMALL_TALK | _OK | frozenset(fold("got it understood noted всё все ясно hemme").split())


def acknowledges(text: str) -> bool:
    """ "ok", "понятно", "bolýar" alone, or a thumbs-up alone ("👍", "👌🙏"): the person took in what was said."""
    text = _MARKUP.sub(" ", text)
    found = words(text)
    if not found:
        return _APPROVING.fullmatch("".join(text.split())) is not None
    return all(word in _OK for word in found)


def is_small_talk(text: str) -> bool:
    """True for a greeting, thanks or goodbye, and for text with no words at all (emoji, punctuation)."""
    return small_talk(text) is not None
