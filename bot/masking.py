"""Mask what could identify a person in a stored question: phone numbers, e-mail addresses, long digit runs."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# A phone number: an optional +, then digits with spaces, dots, dashes or brackets between them, 6+ digits in all.
_PHONE = re.compile(r"\+?\d[\d\s().-]{4,}\d")
_DIGITS = re.compile(r"\d{5,}")


def mask_personal(text: str) -> str:
    text = _EMAIL.sub("[email]", text)
    text = _PHONE.sub(lambda m: "[number]" if sum(c.isdigit() for c in m.group()) >= 6 else m.group(), text)
    return _DIGITS.sub("[number]", text)
