"""Questions in a person's own words, answered from the knowledge base; and the topic browser."""

from __future__ import annotations

from dataclasses import replace

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

import handlers.abroad as abroad
from bot import callbacks
from bot.countries import Country
from bot.handoff import QUESTION, Draft
from bot.hotline import hotline_numbers
from bot.knowledge import CATEGORIES, HOTLINE_PLACEHOLDER, Topic
from bot.masking import mask_personal
from bot.nlp.job_search import looks_for_work
from bot.nlp.matcher import Match
from bot.nlp.request_kinds import Request
from bot.nlp.requests import request_kind
from bot.nlp.smalltalk import SmallTalk, acknowledges, small_talk
from bot.nlp.watched import fears_being_watched
from bot.nlp.whereabouts import names_a_plan_or_another
from bot.runtime.context import BotContext, BotData
from handlers import follow_ups
from handlers.common import (
    MENU_ASK,
    MENU_CHECK,
    MENU_CHECK_FOR_OTHER,
    answer_query,
    drop_buttons,
    edit_or_send,
    escape,
    hotline_block,
    keyboard,
    main_menu,
    menu_button,
    refuse_button,
    reply,
    sos_button,
)
from handlers.gethelp import answer_where_to_turn
from handlers.hide import hide_button
from handlers.illegal_help import SAFER_WAY, answer_safer_way
from handlers.told import note_written
from handlers.topic_links import TOPIC, checked_on, person_button, topic_buttons

CATEGORY = "cat:"
FEEDBACK = "fb:"
RED_FLAGS = "job-offer-red-flags"  # the signs of a dangerous offer, offered under a forwarded advert
HELP_SOMEONE_ELSE = (
    "help-someone-else"  # how to help a relative or friend: their job offer can be checked from it
)
HELPFUL, UNHELPFUL = "1", "0"


def category_label(context: BotContext, category: str) -> str:
    labels = {
        # TRANSLATORS: a button naming a group of questions and answers; at most 36 characters.
        "before-you-go": context.pgettext("category", "🧳 Before you go"),
        # TRANSLATORS: a button naming a group of questions and answers; at most 36 characters.
        "documents": context.pgettext("category", "🛂 Documents"),
        # TRANSLATORS: a button naming a group of questions and answers; at most 36 characters.
        "at-work-abroad": context.pgettext("category", "🏗 At work abroad"),
        # TRANSLATORS: a button naming a group of questions and answers; at most 36 characters.
        "trouble-abroad": context.pgettext("category", "⚠️ Trouble abroad"),
        # TRANSLATORS: a button naming a group of questions and answers; at most 36 characters.
        "getting-help": context.pgettext("category", "🤝 Getting help"),
    }
    return labels[category]


def render_topic(data: BotData, topic: Topic, language: str) -> str:
    """A topic's answer in one language, as HTML, with the configured hotline numbers in place."""
    text = topic.text(language)
    numbers = hotline_numbers(data.config.hotline)
    answer = escape(text.answer).replace(HOTLINE_PLACEHOLDER, numbers)
    return f"<b>{escape(text.title)}</b>\n\n{answer}"


def render_answer(context: BotContext, topic: Topic, where: Country | None = None) -> str:
    """The topic's answer for this person; a trouble-abroad answer, which opens with the danger line
    (tests/test_answer_safety.py), gives the emergency number of the country `where` the person is, when known."""
    text = render_topic(context.bot_data, topic, context.language) + checked_on(context, topic)
    if not topic.sos or where is None or not where.emergency:
        return text
    title, _, answer = text.partition("\n\n")
    rest = answer.partition("\n")[2]
    line = context.gettext(
        "If you are in danger now, call {number} (the emergency number in {country}) or tap 🆘 below."
    ).format(number=where.emergency, country=escape(where.in_sentence(context.language)))
    return f"{title}\n\n{line}\n{rest}"


async def answer_for(
    context: BotContext, user_id: int, language: str, topic: Topic
) -> tuple[str, InlineKeyboardMarkup]:
    """A topic's answer in `language` and the buttons under it as this person gets them in their own chat: for
    staff's /send, whose update carries the staff member, not the person."""
    theirs = BotContext(context.application, chat_id=user_id, user_id=user_id)
    person = await context.bot_data.storage.get_person(user_id)
    theirs.person = replace(person, language=language) if person is not None else None
    country = abroad.country_of_answer(theirs, None, [topic])
    where = abroad.country_the_person_is_in(theirs, None)
    return render_answer(theirs, topic, where), abroad.with_country(
        answer_keyboard(theirs, topic), theirs, country
    )


def answer_keyboard(context: BotContext, topic: Topic, runner_up: str | None = None) -> InlineKeyboardMarkup:
    """Feedback, then up to three more topics (KnowledgeBase.see_also), a person and the menu."""

    def build() -> InlineKeyboardMarkup:
        knowledge = context.bot_data.knowledge
        rows = [
            [
                InlineKeyboardButton(
                    # TRANSLATORS: feedback on an answer; shares its row with Not helpful: at most 20 characters.
                    context.pgettext("button", "👍 Helpful"),
                    callback_data=f"{FEEDBACK}{topic.id}:{HELPFUL}",
                ),
                InlineKeyboardButton(
                    # TRANSLATORS: feedback on an answer; shares its row with Helpful: at most 20 characters.
                    context.pgettext("button", "👎 Not helpful"),
                    callback_data=f"{FEEDBACK}{topic.id}:{UNHELPFUL}",
                ),
            ]
        ]
        if topic.checklist:
            # an answer on judging an offer: checking the person's own offer is one tap away
            check = context.pgettext("menu", "✅ Check a job offer")
            rows.insert(0, [InlineKeyboardButton(check, callback_data=MENU_CHECK)])
        if topic.id == HELP_SOMEONE_ELSE:
            # TRANSLATORS: a button: the job-offer checklist about a relative's or friend's offer; at most 36 characters.
            theirs = context.pgettext("button", "✅ Check their job offer")
            rows.insert(0, [InlineKeyboardButton(theirs, callback_data=MENU_CHECK_FOR_OTHER)])
        if topic.sos:
            rows.insert(0, [sos_button(context)])  # trouble-abroad answers: a person is one tap away, here
        rows += topic_buttons(context, knowledge.see_also(topic, runner_up))
        rows.append([person_button(context)])
        rows.append([menu_button(context)])
        return InlineKeyboardMarkup(rows)

    return keyboard(context, ("answer", topic.id, runner_up), build)


async def invite_question(update: Update, context: BotContext) -> None:
    await answer_query(update)
    person = context.person
    if person is not None and await context.bot_data.storage.open_case_for(person.user_id):
        # With a case open, free text goes to the case; this marks the next text as a question instead.
        await context.bot_data.storage.save_draft(Draft(person.user_id, purpose=QUESTION))
    text = context.gettext("Type your question in your own words, in any language. Or choose a topic:")
    await reply(update, context, text, categories_keyboard(context))


def categories_keyboard(context: BotContext) -> InlineKeyboardMarkup:
    rows = [
        [InlineKeyboardButton(category_label(context, category), callback_data=CATEGORY + category)]
        for category in CATEGORIES
    ]
    rows.append([menu_button(context)])
    return InlineKeyboardMarkup(rows)


async def answer_question(update: Update, context: BotContext) -> None:
    message = update.message
    if message is None or message.text is None or context.person is None:
        return
    text = message.text
    data = context.bot_data
    if message.forward_origin is None:
        # what a 🆘 pressed later carries (bot/sos_words.py): the conversation's words, not a request's phone number
        note_written(context, text)
    kind = small_talk(text)
    if kind is SmallTalk.DISTRESS:
        # "😭😭😭": a word of care and the way to a person, not a cheerful greeting
        rows = [[sos_button(context)], [menu_button(context)]]
        await reply(update, context, distress_reply(context), InlineKeyboardMarkup(rows))
        return
    if kind is SmallTalk.RUDE:
        # "this bot is shit": calm and short, with the way on
        await reply(update, context, rude_reply(context), main_menu(context))
        return
    if acknowledges(text):
        # "ok", "понятно": a word back and the menu a tap away, not the whole greeting again
        reply_text = context.gettext("👌 All right. Write whenever you need anything.")
        await reply(update, context, reply_text, InlineKeyboardMarkup([[menu_button(context)]]))
        return
    if kind is not None:
        text_of = thanks_reply if kind is SmallTalk.THANKS else small_talk_reply
        await reply(
            update,
            context,
            text_of(context),
            main_menu(context),
        )
        return
    if await abroad.answer_number_question(update, context, text):
        return  # "скорая в россии какой номер": the numbers, not a topic about them
    if await answer_where_to_turn(update, context, text):
        return  # "я в маре живу, куда обратиться": the organisations there
    match = about_the_country_named(context, data.matcher.match(text), text)
    # "bu kanunymy?" after the organ-sale answer, "who do i complain to": about it, not the topic ranked first
    recent = follow_ups.topic_just_read(context, text, match) if follow_ups.points_back(text) else None
    # the answer would be the article just read, word for word ("я уже подписал его не читая" after the contract one)
    last = follow_ups.last_topic(context) if recent is None and match.topic is not None else None
    if recent is not None:
        await data.storage.count_question(context.language, recent.id, True)
        await follow_ups.about_topic_read(update, context, recent, text)
        return
    if last is not None and last.id == match.topic and not fears_being_watched(text):  # watched: 🙈 under it
        await data.storage.count_question(context.language, last.id, True)
        await follow_ups.same_answer(update, context, last, match.runner_up)
        return
    await data.storage.count_question(context.language, match.topic, match.confident)
    if match.topic is not None:
        topic = data.knowledge[match.topic]
        country = abroad.country_of_answer(context, text, [topic])
        markup = abroad.with_country(answer_keyboard(context, topic, match.runner_up), context, country)
        markup = _with_hide(context, markup, text)
        # A reply to the question: "Talk to a person" under it carries the question into the request
        # where the person is, for the emergency number: not the country a forwarded advert names
        # ("мне предлагают работу в Дубае": the job's country; the person's own is the one known, if any)
        told_where = not (message.forward_origin or names_a_plan_or_another(text))
        where = abroad.country_the_person_is_in(context, text if told_where else None)
        if topic.sos and where is not None and told_where and data.countries.named_in(text) == where:
            # "на стройке в алматы 3 месяца не платят": trouble where the person is, answered with its emergency
            # number; the next "номер полиции" gives the same country's, as after a danger reply
            abroad.note_country(context, where)
        await reply(update, context, render_answer(context, topic, where), markup, quoting=True)
        data.topics_shown.note(context.person.user_id, topic.id, data.storage.now())
        return
    if message.forward_origin is None and looks_for_work(text):
        await _looking_for_work(update, context)  # "is tapmak isleýän": check an offer before agreeing to it
        return
    # Not answered: keep the question (masked) for the content editors, in case it was about migration after all.
    await data.storage.add_unanswered(context.person.user_id, context.language, mask_personal(text)[:1000])
    if message.forward_origin is not None:
        await _forwarded(
            update, context
        )  # an advert passed on to ask about it: "not sure" would leave them alone
        return
    recent = follow_ups.topic_just_read(context, text, match)
    if match.off_topic and recent is None:
        asked = request_kind(text)
        if asked in SAFER_WAY:  # forged papers, a way round the border: not that, but the lawful way
            await answer_safer_way(update, context, SAFER_WAY[asked])
            return
        # About something else ("how do I cook plov"): say what the bot is for; the menu keeps help one tap away.
        # A ticket or a hotel is about travelling, but not the bot's.
        answer = (
            tourist_reply(context)
            if asked is Request.TOURIST
            else refusal_reply(context)
            if asked in HARM_TRADE
            else off_topic_reply(context)
        )
        await reply(update, context, answer, main_menu(context))
        return
    # Not sure: say so, offer the closest topics and a person.
    closest = [data.knowledge[topic_id] for topic_id, _ in match.closest[:3]]
    if recent is not None:
        closest = [recent, *(topic for topic in closest if topic.id != recent.id)][:3]
    lines = [
        context.gettext("I am not sure I understood your question, and I do not want to guess."),
        context.gettext(
            "If it is about «{topic}», look there first. Or talk to a person: they can answer your question."
        ).format(topic=escape(recent.text(context.language).title))
        if recent is not None
        else context.gettext("Maybe one of these topics helps. Or talk to a person.")
        if closest
        else context.gettext("You can ask in other words, or talk to a person."),
        "",
        hotline_block(context),
    ]
    rows = [
        [sos_button(context)],
        *topic_buttons(context, closest),
        [person_button(context)],
        [menu_button(context)],
    ]
    if fears_being_watched(text):
        # "муж может увидеть" and nothing the bot can answer: the way to hide the chat first, not last
        hide = hide_button(context)
        lines[:2] = [
            context.gettext(
                "🙈 If someone may see this chat, tap «{button}»: it deletes our recent messages on both sides and "
                "sends nothing back. You can write again at any time."
            ).format(button=hide.text)
        ]
        rows.insert(1, [hide])
    # The kept country too when one of the topics offered depends on it ("work permit": where?).
    country = abroad.country_of_answer(context, text, closest)
    markup = abroad.with_country(InlineKeyboardMarkup(rows), context, country)
    await reply(update, context, "\n".join(lines), markup, quoting=True)


async def _forwarded(update: Update, context: BotContext) -> None:
    """A forwarded message the knowledge base does not answer: most often a job advert passed on to ask whether it
    is safe, so the checklist and the signs of a dangerous offer, rather than "I did not understand"."""
    text = context.gettext(
        "You forwarded a message. If it is a job offer, I can check it with you: a few questions on what it "
        "promises and asks of you. Or read the signs of a dangerous offer, or ask a person."
    )
    check = context.pgettext("menu", "✅ Check a job offer")
    signs = [topic] if (topic := context.bot_data.knowledge.get(RED_FLAGS)) is not None else []
    rows = [
        [InlineKeyboardButton(check, callback_data=MENU_CHECK)],
        *topic_buttons(context, signs),
        [person_button(context)],
        [menu_button(context)],
    ]
    await reply(update, context, text, InlineKeyboardMarkup(rows), quoting=True)


def _with_hide(context: BotContext, markup: InlineKeyboardMarkup, text: str) -> InlineKeyboardMarkup:
    """ "он увидит", "he checks my phone": the way to hide the chat, last (bot/nlp/watched.py)."""
    if not fears_being_watched(text):
        return markup
    return InlineKeyboardMarkup([*markup.inline_keyboard, [hide_button(context)]])


def about_the_country_named(context: BotContext, match: Match, text: str) -> Match:
    """The match, unless its answer is about some countries only and the question names another ("do I need a visa
    for Dubai" is not answered with the rules of Türkiye and Russia): then not sure, with that topic left out of
    the closest, so the country's pack and the other topics are offered."""
    topic = context.bot_data.knowledge[match.topic] if match.topic else None
    if topic is None or not topic.countries:
        return match
    named = context.bot_data.countries.named_in(text)
    if named is None or named.code in topic.countries:
        return match
    closest = tuple((topic_id, score) for topic_id, score in match.closest if topic_id != topic.id)
    return Match(None, match.score, False, closest)


def off_topic_reply(context: BotContext) -> str:
    return context.gettext(
        "That does not look like a question about travelling or working abroad, so I cannot help with it. "
        "I answer questions about travelling and working abroad safely, check job offers, and put you in touch "
        "with people who help. Ask in other words, or choose below."
    )


# Asked how to do harm to others (take people across for money, hold workers, fool the police, cheat): "not about
# travelling" would be untrue, so a plain no.
HARM_TRADE = frozenset({Request.SMUGGLER, Request.EXPLOITER, Request.EVASION, Request.FRAUD})


def refusal_reply(context: BotContext) -> str:
    return context.gettext(
        "🚫 I do not help with this. I help people travel and work abroad safely, check job offers, and put people in "
        "touch with those who help. If you yourself are in trouble, choose below or talk to a person."
    )


def tourist_reply(context: BotContext) -> str:
    return context.gettext(
        "I do not help with tickets, hotels or holiday plans: an airline or a travel agency can. I answer questions "
        "about travelling and working abroad safely, check job offers, and put you in touch with people who help. "
        "Ask in other words, or choose below."
    )


# How to look for work without falling for a fake offer
JOB_SEARCH_TOPICS = (RED_FLAGS, "check-recruitment-agency", "online-job-ads")


async def _looking_for_work(update: Update, context: BotContext) -> None:
    text = context.gettext(
        "💼 Looking for work abroad? Before you agree to an offer, check it here: a few questions show the warning "
        "signs of deception and human trafficking. And read how to tell a real offer and agency from a fake one."
    )
    check = context.pgettext("menu", "✅ Check a job offer")
    found = (context.bot_data.knowledge.get(topic) for topic in JOB_SEARCH_TOPICS)
    rows = [
        [InlineKeyboardButton(check, callback_data=MENU_CHECK)],
        *topic_buttons(context, [topic for topic in found if topic is not None]),
        [person_button(context)],
        [menu_button(context)],
    ]
    await reply(update, context, text, InlineKeyboardMarkup(rows), quoting=True)


def small_talk_reply(context: BotContext) -> str:
    return context.gettext(
        "Hello! I answer questions about travelling and working abroad safely, check job offers, "
        "and put you in touch with people who help. Type your question or choose below."
    )


def rude_reply(context: BotContext) -> str:
    return context.gettext(
        "I am sorry if I did not help. I am an automatic helper: I answer questions about travelling and working "
        "abroad safely, and I can put you in touch with a person. Ask in other words, or choose below."
    )


def thanks_reply(context: BotContext) -> str:
    return context.gettext("You are welcome! If you have another question, just write it.")


def distress_reply(context: BotContext) -> str:
    return context.gettext(
        "💙 I am here. If something has happened, write a few words about it. If you are in danger, tap 🆘 and a "
        "person from the hotline team will write to you."
    )


async def show_topic(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    topic_id = callbacks.word(query.data, TOPIC)
    topic = context.bot_data.knowledge.get(topic_id) if topic_id else None
    if topic is None:
        await refuse_button(update, context)
        return
    await answer_query(update)
    await context.bot_data.storage.count_question(context.language, topic.id, True)
    markup = abroad.with_country(
        answer_keyboard(context, topic), context, abroad.country_of_answer(context, None, [topic])
    )
    await reply(
        update, context, render_answer(context, topic, abroad.country_the_person_is_in(context, None)), markup
    )
    if context.person is not None:
        context.bot_data.topics_shown.note(context.person.user_id, topic.id, context.bot_data.storage.now())


async def show_category(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    category = callbacks.word(query.data, CATEGORY)
    if category is None or category not in CATEGORIES:
        await refuse_button(update, context)
        return
    await answer_query(update)
    topics = context.bot_data.knowledge.in_category(category)
    rows = topic_buttons(context, topics)
    # TRANSLATORS: a button back to the previous screen or question; may share a row: at most 20 characters.
    rows.append([InlineKeyboardButton(context.pgettext("button", "⬅️ Back"), callback_data=MENU_ASK)])
    await edit_or_send(
        update, context, f"<b>{category_label(context, category)}</b>", InlineKeyboardMarkup(rows)
    )


async def record_feedback(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    topic_id, verdict = callbacks.words(query.data, FEEDBACK) or ("", "")
    topic = context.bot_data.knowledge.get(topic_id) if topic_id else None
    if topic is None or verdict not in (HELPFUL, UNHELPFUL):
        await refuse_button(update, context)
        return
    await context.bot_data.storage.add_feedback(topic.id, context.language, verdict == HELPFUL)
    await answer_query(update, context.gettext("Thank you! This helps us improve the answers."))
    await drop_buttons(update, FEEDBACK)  # the same answer is not rated twice from one message
    if verdict == UNHELPFUL:
        await reply(
            update,
            context,
            context.gettext(
                "Sorry this did not help. A person can answer you, or try asking in other words."
            ),
            InlineKeyboardMarkup([[person_button(context)], [menu_button(context)]]),
        )


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CallbackQueryHandler(invite_question, pattern=f"^{MENU_ASK}$"),
        CallbackQueryHandler(show_topic, pattern=f"^{TOPIC}"),
        CallbackQueryHandler(show_category, pattern=f"^{CATEGORY}"),
        CallbackQueryHandler(record_feedback, pattern=f"^{FEEDBACK}"),
    ]
