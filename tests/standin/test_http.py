"""The stand-in over loopback HTTP, with python-telegram-bot's default HTTPXRequest."""

import json
from collections.abc import AsyncIterator

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden
from telegram.ext import Application, CommandHandler, ContextTypes, Defaults

from bot.standin.http import StandInHttpServer
from bot.standin.server import FakeUser, StandIn
from tests.standin.support import PNG

TOKEN = "123:ABC"


@pytest.fixture
async def base_url(tg: StandIn) -> AsyncIterator[str]:
    server = StandInHttpServer(tg)
    url = await server.start()
    yield url
    await server.stop()


@pytest.fixture
async def client(base_url: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=base_url.removesuffix("/bot")) as client:
        yield client


async def test_base_url_is_loopback(base_url: str) -> None:
    assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/bot")
    with pytest.raises(ValueError, match="127.0.0.1"):
        await StandInHttpServer(StandIn()).start(host="0.0.0.0")


async def test_ptb_bot_over_http(tg: StandIn, base_url: str, user: FakeUser, chat: int) -> None:
    async with Bot(TOKEN, base_url=base_url) as bot:
        assert bot.username == "SafeMigrationDemoBot"
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Kömek", callback_data="help")]])
        sent = await bot.send_message(
            chat, "<b>Salam</b> &amp; hoş geldiňiz", parse_mode=ParseMode.HTML, reply_markup=markup
        )
        assert sent.text == "Salam & hoş geldiňiz" and sent.reply_markup == markup
        message_id = sent.message_id
        await bot.edit_message_text(
            "Täze",
            chat_id=chat,
            message_id=message_id,
            reply_markup=markup,
        )
        with pytest.raises(BadRequest, match="Message is not modified"):
            await bot.edit_message_text(
                "Täze",
                chat_id=chat,
                message_id=message_id,
                reply_markup=markup,
            )

        message = tg.last_message(chat)
        assert message is not None
        press = tg.user_press(user, message, "help")
        first = (await bot.get_updates(timeout=0))[0]
        updates = await bot.get_updates(offset=first.update_id + 1, timeout=5)
        assert [u.update_id for u in updates] == [press["update_id"]]
        query = updates[0].callback_query
        assert query is not None and await query.answer("OK") is True

        photo = await bot.send_photo(
            chat,
            PNG,
            filename="diagramma.png",
            caption="Hepde: <i>3</i>",
            parse_mode=ParseMode.HTML,
        )
        assert photo.caption == "Hepde: 3" and photo.photo[0].width == 2
        stored = tg.last_message(chat)
        assert stored is not None and stored.photo == PNG

        tg.block(chat)
        with pytest.raises(Forbidden, match="bot was blocked by the user"):
            await bot.send_message(chat, "Hi")
    assert [r.method for r in tg.refusals] == ["editMessageText", "sendMessage"]


async def test_application_polls_over_http(tg: StandIn, base_url: str, user: FakeUser) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("<b>Salam!</b>")

    application = (
        Application.builder()
        .token(TOKEN)
        .base_url(base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .build()
    )
    application.add_handler(CommandHandler("start", start))
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=30)
        tg.user_message(user, "/start")
        await tg.wait_until(lambda: tg.last_message(user.id, from_bot=True) is not None)
        await application.updater.stop()
        await application.stop()
    reply = tg.last_message(user.id)
    assert reply is not None and reply.text == "Salam!" and reply.entities[0]["type"] == "bold"
    assert not tg.refusals


async def test_form_json_and_query_bodies(
    tg: StandIn,
    client: httpx.AsyncClient,
    chat: int,
) -> None:
    markup = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    form = await client.post(
        f"/bot{TOKEN}/sendMessage",
        data={"chat_id": str(chat), "text": "form", "reply_markup": json.dumps(markup)},
    )
    assert form.status_code == 200 and form.json()["result"]["reply_markup"] == markup
    body = await client.post(
        f"/bot{TOKEN}/sendMessage", json={"chat_id": chat, "text": "json", "reply_markup": markup}
    )
    assert body.json()["result"]["text"] == "json"
    query = await client.get(f"/bot{TOKEN}/sendMessage", params={"chat_id": chat, "text": "query"})
    assert query.json()["result"]["text"] == "query"
    assert [m.text for m in tg.messages_in(chat, from_bot=True)] == ["form", "json", "query"]


async def test_chunked_multipart_upload(tg: StandIn, client: httpx.AsyncClient, chat: int) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"week,"
        yield b"cases\n"

    request = client.build_request(
        "POST",
        f"/bot{TOKEN}/sendDocument",
        data={"chat_id": str(chat), "caption": "Hasabat"},
        files={"document": ("hasabat.csv", b"week,cases\n", "text/csv")},
    )
    response = await client.send(request)
    assert response.status_code == 200, response.text
    chunked = await client.post(
        f"/bot{TOKEN}/getMe",
        content=chunks(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert chunked.status_code == 400  # "week,cases" is no getMe parameter: the body was read
    message = tg.last_message(chat)
    assert message is not None and message.document == b"week,cases\n" and message.text == "Hasabat"


async def test_refusals_keep_telegrams_status_and_body(client: httpx.AsyncClient) -> None:
    response = await client.post(f"/bot{TOKEN}/sendMessage", data={"chat_id": "1", "text": "x"})
    assert response.status_code == 400
    assert response.json() == {
        "ok": False,
        "error_code": 400,
        "description": "Bad Request: chat not found",
    }
    unknown = await client.post(f"/bot{TOKEN}/sendMesage")
    assert (unknown.status_code, unknown.json()["description"]) == (404, "Not Found")
    assert (await client.get("/favicon.ico")).status_code == 404


async def test_a_wrong_token_is_unauthorized() -> None:
    server = StandInHttpServer(StandIn(token=TOKEN))
    url = await server.start()
    try:
        async with httpx.AsyncClient() as client:
            assert (await client.post(f"{url}{TOKEN}/getMe")).status_code == 200
            wrong = await client.post(f"{url}999:WRONG/getMe")
            assert wrong.status_code == 401 and wrong.json()["description"] == "Unauthorized"
    finally:
        await server.stop()


async def test_connection_close_is_honoured(client: httpx.AsyncClient) -> None:
    response = await client.post(f"/bot{TOKEN}/getMe", headers={"Connection": "close"})
    assert response.status_code == 200 and response.headers["connection"] == "close"
    again = await client.post(f"/bot{TOKEN}/getMe")
    assert again.headers["connection"] == "keep-alive"
