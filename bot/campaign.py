"""Campaign sources: the deep-link payload of `t.me/<bot>?start=<payload>` on posters and leaflets."""

from __future__ import annotations

import re

# Telegram's own rule for start payloads; anything else is ignored and never stored.
_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")


def campaign_from_start(text: str | None) -> str | None:
    """The campaign named by a `/start <payload>` message, or None when there is none or it is not valid."""
    if not text:
        return None
    parts = text.split(maxsplit=1)
    if len(parts) != 2 or parts[0].split("@", 1)[0] != "/start":
        return None
    payload = parts[1].strip()
    return payload if _PAYLOAD.fullmatch(payload) else None
