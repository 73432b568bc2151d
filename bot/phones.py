"""What counts as a phone number the bot may show people: the hotline's and the organisations'. Pure checks; the
loaders word the errors."""

from __future__ import annotations

import re

# The hotline is shown dialable (bot/hotline.py keeps every digit and the "+"), so a note such as "(24/7)", "ext 5",
# a second number or a letter typed for a zero would be dialled as part of the number: nothing but one number.
_SEPARATORS = " ()-"
_DIGITS = "0123456789"  # str.isdigit() would let other scripts' digits through
MOST_DIGITS = 15  # E.164: no phone number is longer

# An organisation's phone is shown as written, so a short note may follow after a space ("+993 12 345678 (mornings)");
# a character glued to the last digit (a letter for a zero, a comma before a second number) may not.
# International form: a plus, the country code, then digits with the usual separators; a note may follow.
NGO_PHONE = re.compile(r"\+[1-9][0-9]{0,2}[ -]?[0-9][0-9 ()-]{4,}[0-9](\s.*)?")


def whole_number_problem(number: str) -> str | None:
    """Why `number` is not one whole phone number (digits, spaces, dashes, brackets, one leading +), or None."""
    text = number.strip()
    if not text:
        return "is empty"
    stray = [
        ch for i, ch in enumerate(text) if not (ch in _DIGITS or ch in _SEPARATORS or (ch == "+" and i == 0))
    ]
    if stray:
        shown = ", ".join(repr(ch) for ch in dict.fromkeys(stray))
        return f"has {shown} in it, which is not part of a phone number"
    digits = sum(ch in _DIGITS for ch in text)
    if digits > MOST_DIGITS:
        return f"has {digits} digits: more than one phone number has ({MOST_DIGITS} at most)"
    return None


FEWEST_DIGITS = 7  # a local number without its area code; fewer is a sum, a year or a case number


def is_a_phone_number_alone(text: str) -> bool:
    """Whether a message is only a phone number ("+905321234567", "89991234567", "+993 65 123456"): one whole
    number of 7 to 15 digits, nothing else."""
    text = text.strip()
    return whole_number_problem(text) is None and sum(ch in _DIGITS for ch in text) >= FEWEST_DIGITS


# Turkmenistan's numbers are +993 and 8 digits: a 2-digit code and 6 digits (+993 12 345678, mobiles +993 6x …) or
# a 3-digit code and 5 (+993 422 32229). Source: ITU-T E.164, Turkmenistan's national numbering plan (country code
# 993, national significant numbers of 8 digits). Other countries' lengths vary and are not checked here.
TURKMENISTAN_CODE = "993"
TURKMEN_DIGITS = 8


def turkmen_length_problem(number: str) -> str | None:
    """For a number written +993 …: why it has the wrong number of digits for Turkmenistan, or None (also for any
    other country's number)."""
    text = number.strip()
    digits = "".join(ch for ch in text if ch in _DIGITS)
    if not text.startswith("+") or not digits.startswith(TURKMENISTAN_CODE):
        return None
    after = len(digits) - len(TURKMENISTAN_CODE)
    if after == TURKMEN_DIGITS:
        return None
    return (
        f"has {after} digits after +{TURKMENISTAN_CODE}, and Turkmenistan's numbers have {TURKMEN_DIGITS} (a code "
        "and the number, like +993 12 345678 or +993 422 32229): a digit is missing or extra. Write the whole "
        "number as the network gives it"
    )


# "+" and the country code, then digits with optional spaces, dashes or brackets; a remark may follow after a space.
_PHONE = re.compile(r"\+\d[\d ()\-]*\d")
# The number, then nothing or a note after a space that starts with a word or a bracket (not a second number).
_PHONE_AND_NOTE = re.compile(r"\+\d[\d ()\-]*\d(\s+[^\d\s+].*)?")


def international(phone: str) -> bool:
    """ "+993 12 345678" is; "8 12 345678", "12-34-56" are not (a phone abroad cannot dial them)."""
    match = _PHONE.match(phone.strip())
    return match is not None and 8 <= sum(ch.isdigit() for ch in match.group()) <= 15


def glued_to_number(phone: str) -> str | None:
    """The character typed onto the end of a phone number ("+993 12 46351O": a letter O for a zero; a comma before a
    second number), or None. Shown as written, the digits before it are another number; a note after a space is
    fine."""
    text = phone.strip()
    match = _PHONE.match(text)
    if match is None or _PHONE_AND_NOTE.fullmatch(text):
        return None
    return text[match.end() :].lstrip()[:1] or None


def ngo_phone_length_problem(phone: str) -> str | None:
    """The number part of an organisation's phone (a note may follow it) checked as turkmen_length_problem does
    (check-config, and the directory's import before it writes anything)."""
    text = phone.strip()
    match = _PHONE_AND_NOTE.fullmatch(text)
    return turkmen_length_problem(text[: match.start(1)] if match and match.group(1) else text)
