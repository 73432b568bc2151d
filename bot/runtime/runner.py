"""Running the bot for real: start the application, poll through the durable inbox, stop cleanly on SIGTERM."""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import Any
from urllib.parse import urlsplit

from telegram import Update

from bot.config import Config
from bot.logsafety import install_redaction
from bot.runtime.app import build_application, settle_memory
from bot.runtime.polling import DurablePoller, InboxProcessor
from bot.runtime.webhook import WebhookServer

log = logging.getLogger(__name__)


async def serve(config: Config, token: str, *, stop: asyncio.Event | None = None) -> None:
    install_redaction([token])
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(signum, stop.set)
        except (NotImplementedError, RuntimeError):  # not in the main thread (tests): the caller sets `stop`
            pass
    application = build_application(config, token=token)
    async with application:
        await application.post_init(application)  # type: ignore[misc]
        settle_memory()
        await application.start()
        log.info("the bot is running")
        try:
            if config.webhook.enabled:
                await _serve_webhook(application, config, stop)
            else:
                grace = config.telegram.shutdown_grace_seconds
                await DurablePoller(application, application.bot_data.storage, grace=grace).run(stop)
        finally:
            # SIGTERM: the updates in flight had their grace (the rest wait in the inbox); now stop the jobs and
            # close the database.
            await application.stop()
            await application.post_shutdown(application)  # type: ignore[misc]
    log.info("the bot has stopped")


async def _serve_webhook(application: Any, config: Config, stop: asyncio.Event) -> None:
    hook = config.webhook
    processor = InboxProcessor(
        application, application.bot_data.storage, grace=config.telegram.shutdown_grace_seconds
    )
    await processor.resume()
    server = WebhookServer(
        processor, secret_token=hook.secret_token, path=urlsplit(hook.public_url).path or "/"
    )
    port = await server.start(hook.listen, hook.port)
    await application.bot.set_webhook(
        url=hook.public_url, secret_token=hook.secret_token, allowed_updates=Update.ALL_TYPES
    )
    log.info("webhook server listening on %s:%d", hook.listen, port)
    try:
        await stop.wait()
    finally:
        await server.stop()
        await processor.dispatcher.drain(processor.grace)
