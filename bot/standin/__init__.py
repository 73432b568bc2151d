"""A Bot API stand-in: a stateful fake Telegram that refuses what the real one would refuse.

- `rules.check_request` validates one request against the methods and types in `schema`;
- `server.StandIn` keeps chats, messages and updates and answers like api.telegram.org;
- `request.StandInRequest` connects python-telegram-bot to it in process,
  `http.StandInHttpServer` over loopback HTTP.
"""

from bot.standin.errors import BotApiRefusal, UploadedFile
from bot.standin.html import parse_html
from bot.standin.http import StandInHttpServer
from bot.standin.model import FakeUser, RecordedRequest, SentMessage
from bot.standin.request import StandInRequest
from bot.standin.rules import check_request
from bot.standin.server import StandIn

__all__ = [
    "BotApiRefusal",
    "FakeUser",
    "RecordedRequest",
    "SentMessage",
    "StandIn",
    "StandInHttpServer",
    "StandInRequest",
    "UploadedFile",
    "check_request",
    "parse_html",
]
