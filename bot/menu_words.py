"""A main-menu button's words typed instead of pressed ("проверить предложение о работе", "kömek almak", "get
help"): the person gets what the button gives. Telegram-free: the labels come from the caller, in every language."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from bot.nlp.textnorm import typed_whole

# The emoji and marks a label starts with ("✅ ", "🤝 "), which nobody types.
_LEADING_MARKS = re.compile(r"^[^\w]+")


def _words_of(label: str) -> str:
    return typed_whole(_LEADING_MARKS.sub("", label))


def typed_menu(text: str, labels: Mapping[str, Iterable[str]]) -> str | None:
    """The key in `labels` (a button's callback data → its label in each language) whose label the whole text
    says, or None. Only a whole message counts: "how do I check a job offer from Dubai?" is a question."""
    typed = typed_whole(text)
    return next((key for key, texts in labels.items() if any(_words_of(t) == typed for t in texts)), None)
