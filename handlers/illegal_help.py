"""A person who asks for bought or forged papers, or for a way round a border or an entry ban: not helped with that,
and not left without the lawful way either. Refused as off-topic, a man asking where to buy a Russian work "patent"
was never told that one sold to a Turkmen citizen is a fraud, though the answer that says so was there (tester V#1)."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update

from bot.nlp.request_kinds import Request
from bot.runtime.context import BotContext
from handlers.common import menu_button, reply
from handlers.topic_links import person_button, topic_buttons

# The topics that say the lawful way, and what the other way leads to, for each kind of request a person may make for
# themselves. A smuggler, a recruiter or a fraudster asking how to do their trade gets the plain refusal.
SAFER_WAY: dict[Request | None, tuple[str, ...]] = {
    Request.FORGERY: ("work-visa", "turkiye-russia-rules"),
    Request.CROSSING: ("smuggling", "arrested-abroad"),
    Request.BAN_EVASION: ("entry-ban", "legal-help"),
}


async def answer_safer_way(update: Update, context: BotContext, topic_ids: tuple[str, ...]) -> None:
    text = context.gettext(
        "🚫 I do not help with bought or forged papers, or with getting round a border or an entry ban. That is how "
        "people end up arrested, deported, banned from coming back, or in the hands of those who exploit them; and "
        "a paper sold to you may be a fake that only takes your money. Read the lawful way below, or talk to a "
        "person: they help without judging."
    )
    topics = [topic for topic in map(context.bot_data.knowledge.get, topic_ids) if topic is not None]
    rows = [*topic_buttons(context, topics), [person_button(context)], [menu_button(context)]]
    await reply(update, context, text, InlineKeyboardMarkup(rows), quoting=True)
