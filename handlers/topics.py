"""Knowledge-base topics for staff: `/topics [word]` lists them in the staff chat's language, and `/send` finds the
one a staff member means by its id or by a word only it has."""

from __future__ import annotations

from bot.i18n import Translator
from bot.knowledge import KnowledgeBase, Topic
from bot.textpieces import MAX_MESSAGE_UNITS, utf16_units
from handlers.common import escape


def topic_line(tr: Translator, topic: Topic) -> str:
    return f"<code>{topic.id}</code> — {escape(topic.text(tr.language).title)}"


def choose_topic(tr: Translator, knowledge: KnowledgeBase, word: str) -> Topic | str:
    """The one topic `word` names (its id, or a word of one topic's id or titles), or what was wrong with it."""
    found = knowledge.find(word)
    if len(found) == 1:
        return found[0]
    if not found:
        return tr.gettext("No topic matches “{word}”. /topics lists them all.").format(word=escape(word))
    return "\n".join(
        [
            tr.gettext("Several topics match “{word}”; send one of these ids:").format(word=escape(word)),
            *(topic_line(tr, topic) for topic in found),
        ]
    )


def topic_list(tr: Translator, knowledge: KnowledgeBase, word: str) -> list[str]:
    """/topics [word]: the topics (all, or those the word finds) with their ids and titles in the reader's
    language, as messages within Telegram's length limit."""
    topics = knowledge.find(word) if word else list(knowledge.topics.values())
    if not topics:
        return [tr.gettext("No topic matches “{word}”. /topics lists them all.").format(word=escape(word))]
    heading = (
        tr.gettext("<b>Topics</b> matching “{word}”: {count}").format(word=escape(word), count=len(topics))
        if word
        else tr.gettext("<b>Topics</b>: {count}").format(count=len(topics))
    )
    footer = tr.gettext("Reply to a case with /send ID, or /send with a word only one topic has.")
    return _messages([heading, *(topic_line(tr, topic) for topic in topics), footer])


def _messages(lines: list[str]) -> list[str]:
    """Lines joined into as few messages as Telegram's length limit allows."""
    messages: list[list[str]] = [[]]
    size = 0
    for line in lines:
        units = utf16_units(line) + 1
        if messages[-1] and size + units > MAX_MESSAGE_UNITS:
            messages.append([])
            size = 0
        messages[-1].append(line)
        size += units
    return ["\n".join(lines) for lines in messages]
