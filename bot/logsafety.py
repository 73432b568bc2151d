"""Keep secrets out of every log record, whoever logs it.

python-telegram-bot logs the Bot API URL (which contains the token) at DEBUG, and httpx logs request URLs at INFO;
a log handler or level is easy to get wrong, so the token is redacted where every record is made."""

from __future__ import annotations

import logging
from collections.abc import Iterable

REDACTED = "[token]"


def install_redaction(secrets: Iterable[str]) -> None:
    """Replace each secret by [token] in the message of every log record created from now on."""
    hidden = tuple(s for s in secrets if s)
    if not hidden:
        return
    make_record = logging.getLogRecordFactory()

    def redacting_factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = make_record(*args, **kwargs)  # type: ignore[arg-type]
        message = record.getMessage()
        if any(secret in message for secret in hidden):
            for secret in hidden:
                message = message.replace(secret, REDACTED)
            record.msg, record.args = message, ()
        return record

    logging.setLogRecordFactory(redacting_factory)
