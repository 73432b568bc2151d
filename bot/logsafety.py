"""Keep secrets out of every log record, whoever logs it.

python-telegram-bot logs the Bot API URL (which contains the token) at DEBUG, httpx logs request URLs at INFO, and
python-telegram-bot's InvalidToken quotes the token in its message, so in every traceback; a log handler or level is
easy to get wrong, so the token is redacted where every record is made, traceback included."""

from __future__ import annotations

import logging
from collections.abc import Iterable

REDACTED = "[token]"


def redact(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return text


def install_redaction(secrets: Iterable[str]) -> None:
    """Replace each secret by [token] in the message and the traceback of every log record created from now on."""
    hidden = tuple(s for s in secrets if s)
    if not hidden:
        return
    make_record = logging.getLogRecordFactory()
    formatter = logging.Formatter()

    def redacting_factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = make_record(*args, **kwargs)  # type: ignore[arg-type]
        message = record.getMessage()
        if any(secret in message for secret in hidden):
            record.msg, record.args = redact(message, hidden), ()
        if record.exc_info and record.exc_info[0] is not None:
            # Formatters use exc_text when it is set, instead of formatting the exception again.
            record.exc_text = redact(formatter.formatException(record.exc_info), hidden)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, hidden)
        return record

    logging.setLogRecordFactory(redacting_factory)
