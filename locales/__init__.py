"""The bot's content as package data: interface catalogs, the knowledge base, the matcher's examples, the example
NGO directory. Read through `bot.config.LOCALES_DIR` (importlib.resources), so an installed wheel finds it too."""
