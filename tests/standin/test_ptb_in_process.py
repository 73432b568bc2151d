"""python-telegram-bot itself, talking to the stand-in through StandInRequest."""

import asyncio
from collections.abc import AsyncIterator

import pytest
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken, TimedOut
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    ExtBot,
)
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.standin.request import StandInRequest
from bot.standin.server import FakeUser, StandIn

TOKEN = "123:ABC"


@pytest.fixture
async def bot(tg: StandIn) -> AsyncIterator[Bot]:
    request = StandInRequest(tg)
    async with Bot(TOKEN, request=request, get_updates_request=request) as bot:
        yield bot


async def test_keyboard_edit_and_callback_answer(
    tg: StandIn,
    bot: Bot,
    user: FakeUser,
    chat: int,
) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Claim", callback_data="claim:7")]])
    sent = await bot.send_message(
        chat,
        "Case <b>7</b>",
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
    )
    assert sent.text == "Case 7" and sent.reply_markup == markup
    assert sent.from_user is not None and sent.from_user.id == bot.id

    edited = await bot.edit_message_text(
        "Case <b>7</b>: claimed",
        chat_id=chat,
        message_id=sent.message_id,
        parse_mode=ParseMode.HTML,
    )
    assert isinstance(edited, Message) and edited.text == "Case 7: claimed"
    assert edited.reply_markup is None
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text(
            "Case <b>7</b>: claimed",
            chat_id=chat,
            message_id=sent.message_id,
            parse_mode=ParseMode.HTML,
        )

    await bot.edit_message_reply_markup(chat, sent.message_id, reply_markup=markup)
    message = tg.last_message(chat)
    assert message is not None
    tg.user_press_button(user, message, "Claim")
    updates = await bot.get_updates(timeout=0)
    query = updates[-1].callback_query
    assert query is not None and query.data == "claim:7"
    assert isinstance(query.message, Message) and query.message.text == "Case 7: claimed"
    assert await query.answer("Claimed") is True
    with pytest.raises(BadRequest, match="Query is too old"):
        await query.answer()
    assert tg.callback_answers[-1]["text"] == "Claimed"
    assert [r.method for r in tg.refusals] == ["editMessageText", "answerCallbackQuery"]


async def test_ptb_defaults_are_accepted_in_every_method(
    tg: StandIn,
    user: FakeUser,
    chat: int,
) -> None:
    defaults = Defaults(
        parse_mode=ParseMode.HTML,
        disable_notification=True,
        protect_content=True,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
        do_quote=True,
    )
    request = StandInRequest(tg)
    bot = ExtBot(TOKEN, request=request, get_updates_request=request, defaults=defaults)
    async with bot:
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Claim", callback_data="claim")]])
        sent = await bot.send_message(chat, "<b>Case</b>", reply_markup=markup)
        await bot.edit_message_reply_markup(chat, sent.message_id, reply_markup=None)
        await bot.send_location(chat, 37.95, 58.38)
        await bot.copy_message(chat, chat, sent.message_id)
        update = tg.user_message(user, "Salam")
        message = Update.de_json(update, bot).message
        assert message is not None
        await message.reply_text("<i>Reply</i>")
    assert not tg.refusals
    reply = tg.last_message(chat)
    assert reply is not None and reply.entities[0]["type"] == "italic"
    assert reply.reply_to_message_id == message.message_id


async def test_telegram_errors_reach_the_bot_as_ptb_exceptions(
    tg: StandIn,
    bot: Bot,
    chat: int,
) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(31337, "Hi")
    with pytest.raises(BadRequest, match='Can\'t parse entities: unsupported start tag "br"'):
        await bot.send_message(chat, "a<br>b", parse_mode=ParseMode.HTML)
    tg.block(chat)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(chat, "Hi")


async def test_uploads_reach_the_stand_in_as_files(tg: StandIn, bot: Bot, chat: int) -> None:
    await bot.send_document(chat, b"week,cases\n1,3\n", filename="stats.csv", caption="Week 1")
    message = tg.last_message(chat)
    assert message is not None and message.text == "Week 1"
    assert message.document == b"week,cases\n1,3\n"
    assert message.document_name == "stats.csv"


async def test_a_wrong_token_is_unauthorized() -> None:
    standin = StandIn(token=TOKEN)
    with pytest.raises(InvalidToken, match="was rejected by the server"):
        await Bot("999:WRONG", request=StandInRequest(standin)).initialize()
    async with Bot(TOKEN, request=StandInRequest(standin)) as bot:
        assert bot.username == "SafeMigrationDemoBot"


async def test_a_long_poll_longer_than_the_read_timeout_times_out(tg: StandIn) -> None:
    request = StandInRequest(tg)
    data = RequestData([RequestParameter.from_input("timeout", 30)])
    with pytest.raises(TimedOut):
        url = f"https://api.telegram.org/bot{TOKEN}/getUpdates"
        await request.post(url, data, read_timeout=0.001)


async def test_application_polls_the_stand_in(tg: StandIn, user: FakeUser) -> None:
    answered = asyncio.Event()

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None and context.args == ["poster_3"]
        turkmen = InlineKeyboardButton("Türkmençe", callback_data="lang:tk")
        keyboard = InlineKeyboardMarkup([[turkmen]])
        await update.effective_message.reply_text("<b>Salam!</b>", reply_markup=keyboard)

    async def language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer()
        await query.edit_message_text("Dil: <i>türkmençe</i>")
        answered.set()

    application = (
        Application.builder()
        .token(TOKEN)
        .request(StandInRequest(tg))
        .get_updates_request(StandInRequest(tg))
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .build()
    )
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CallbackQueryHandler(language, pattern="^lang:"))
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=30)
        tg.user_message(user, "/start poster_3")
        await tg.wait_until(lambda: tg.last_message(user.id, from_bot=True) is not None)
        greeting = tg.last_message(user.id)
        assert greeting is not None and greeting.text == "Salam!"
        tg.user_press_button(user, greeting, "Türkmençe")
        await asyncio.wait_for(answered.wait(), 5)
        await application.updater.stop()
        await application.stop()
    message = tg.last_message(user.id)
    assert message is not None and message.text == "Dil: türkmençe" and message.edited
    assert not tg.refusals
