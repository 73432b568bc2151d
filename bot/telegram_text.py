"""Helpers shared by the parsers of Telegram's formatted text (bot/telegram_html.py, the stand-in's Markdown): UTF-16
lengths and entity ordering; Telegram-free."""

Entity = dict[str, object]


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's offsets and limits."""
    return len(text.encode("utf-16-le")) // 2


def sorted_entities(entities: list[Entity]) -> list[Entity]:
    """Order entities as Telegram returns them: by offset, the outer (longer) one first."""
    return sorted(entities, key=lambda e: (_int(e["offset"]), -_int(e["length"])))


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0
