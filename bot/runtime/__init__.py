"""The Telegram runtime: the composition root (`app`), the typed per-update context (`context`), the durable
polling loop and the webhook server that feed updates in, the runner that starts and stops them, the rate limiter,
the offline demo and the command line. Everything here knows python-telegram-bot; the core in `bot/` does not."""
