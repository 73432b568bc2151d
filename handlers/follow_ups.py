"""Messages about the article just read, answered by pointing back to it: a few words the bot cannot place ("is it
free", "mugtmy"), a question only whether it is legal or dangerous ("bu kanunymy?", "bu howply my") or whom to complain
to ("who do i complain to"), and a message whose answer would be the same article again, word for word ("я уже
подписал его не читая" after the article on contracts)."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update

from bot.knowledge import Topic
from bot.nlp.matcher import Match
from bot.nlp.points_back import asks_if_allowed, asks_where_to_complain
from bot.nlp.requests import request_kind
from bot.runtime.context import BotContext
from handlers import abroad
from handlers.common import escape, hotline_block, menu_button, reply, sos_button
from handlers.topic_links import person_button, topic_buttons

# A follow-up to an answer is short: "is it free", "а родные узнают?", "mugtmy"; and its closest topic scores under
# half, unless that is the topic just read ("а комиссия какая" after sending money home)
FOLLOW_UP_WORDS = 6
OWN_TOPIC_SCORE = 0.5
# Where a complaint goes: a lawyer of the network
COMPLAINT_TOPIC = "legal-help"


def last_topic(context: BotContext) -> Topic | None:
    """The topic the person was shown in the last hour (an answer, or a topic's button)."""
    data, person = context.bot_data, context.person
    if person is None:
        return None
    shown = data.topics_shown.get(person.user_id, data.storage.now())
    return data.knowledge.get(shown) if shown is not None else None


def points_back(text: str) -> bool:
    """The message only asks about what was just told: is it legal or dangerous, whom to complain to."""
    return asks_if_allowed(text) or asks_where_to_complain(text)


def topic_just_read(context: BotContext, text: str, match: Match) -> Topic | None:
    """The topic the person read in the last hour, when their message is a few words the bot cannot place: most
    likely a follow-up about it ("is it free", "а комиссия какая", "what about zolotaya korona"), so it is offered
    first rather than "I only help with migration". Not for a request the bot does not help with, nor for words that
    point to a topic of their own ("wizany nädip almaly" after an answer on passports: the work visa, not a hint to
    look at the passport answer)."""
    if request_kind(text) is not None:
        return None
    # "is that even legal": only about what was just read, however many words it takes (bot/nlp/points_back.py)
    pointed = points_back(text)
    if len(text.split()) > FOLLOW_UP_WORDS and not pointed:
        return None
    recent = last_topic(context)
    if recent is None or pointed:
        return recent
    closest = match.closest[:3]
    # (words taken for off-topic have no topic of their own, whatever ranks closest: "золотая корона норм?")
    own_topic = not match.off_topic and bool(closest) and closest[0][1] >= OWN_TOPIC_SCORE
    return recent if recent.id in dict(closest) or not own_topic else None


async def about_topic_read(update: Update, context: BotContext, topic: Topic, text: str) -> None:
    """ "Bu kanunymy?", "who do i complain to" just after an article: it is about that article, which is one tap
    away, and what it means for the person's own case a person can tell (a complaint: a lawyer, too)."""
    line = context.gettext(
        "☝️ Your question is about «{topic}», the answer just above. What it means in your case, a person can tell "
        "you: tap «{button}» or call the hotline."
    ).format(topic=escape(topic.text(context.language).title), button=person_button(context).text)
    extra = context.bot_data.knowledge.get(COMPLAINT_TOPIC) if asks_where_to_complain(text) else None
    await _point_back(update, context, line, topic, [extra] if extra is not None else [])


async def same_answer(update: Update, context: BotContext, topic: Topic, runner_up: str | None) -> None:
    """The answer would be the article the person has just read, word for word: said briefly, with the topics that
    may fit better and a person, not the whole article again."""
    line = context.gettext(
        "☝️ The answer to this is the one just above: «{topic}». If it does not answer your question, look at the "
        "topics below, or talk to a person: they can look at your case."
    ).format(topic=escape(topic.text(context.language).title))
    await _point_back(update, context, line, topic, context.bot_data.knowledge.see_also(topic, runner_up))


async def _point_back(
    update: Update, context: BotContext, line: str, topic: Topic, others: list[Topic]
) -> None:
    shown = [topic, *(other for other in others if other.id != topic.id)][:4]
    rows = [
        *([[sos_button(context)]] if topic.sos else []),
        *topic_buttons(context, shown),
        [person_button(context)],
        [menu_button(context)],
    ]
    # the country's pack a tap away when the article depends on where the person is, as under the article itself
    markup = abroad.with_country(
        InlineKeyboardMarkup(rows), context, abroad.country_of_answer(context, None, [topic])
    )
    await reply(update, context, f"{line}\n\n{hotline_block(context)}", markup, quoting=True)
