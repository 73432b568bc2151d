"""Running the bot for real: start the application, poll through the durable inbox, stop cleanly on SIGTERM."""

from __future__ import annotations

import asyncio
import logging
import signal

from bot.app import build_application
from bot.config import Config
from bot.logsafety import install_redaction
from bot.polling import DurablePoller

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
        await application.start()
        log.info("the bot is running")
        try:
            await DurablePoller(application, application.bot_data.storage).run(stop)
        finally:
            # SIGTERM: the poller has finished the updates in flight; now stop the jobs and close the database.
            await application.stop()
            await application.post_shutdown(application)  # type: ignore[misc]
    log.info("the bot has stopped")
