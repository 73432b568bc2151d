"""Which of the person's messages a 🆘 request carries (bot/sos_words.py), decided without any bot."""

from __future__ import annotations

from bot.handoff import EARLIER, UNDER
from bot.sos_words import BETWEEN, DANGER, LATEST, RECENT, RECENT_DANGER, SHORT, SosMessage, sos_message


def test_the_sos_screen_carries_the_latest_messages_as_its_screen_says() -> None:
    assert sos_message([], "") == SosMessage(None, None)
    assert sos_message([("they beat me", DANGER)], "") == SosMessage("they beat me", EARLIER, 1)
    assert sos_message([("the phone is not mine", "")], "") == SosMessage("the phone is not mine", RECENT, 1)
    # (tester FF#4) the phone is not his and time is short: that decides how staff reach him
    held = [
        ("the phone is not mine, 5 minutes", ""),
        ("they beat me", DANGER),
        ("weather?", ""),
        ("thanks", ""),
    ]
    assert sos_message(held, "") == SosMessage(BETWEEN.join(text for text, _ in held), RECENT, 4)


def test_one_message_is_the_one_pressed_under() -> None:
    assert sos_message([("they beat me", DANGER)], "they beat me") == SosMessage("they beat me", UNDER, 1)
    assert sos_message([], "a caption") == SosMessage("a caption", UNDER, 1)


def test_several_carry_the_latest_oldest_first() -> None:
    held = [(f"message {n}", "") for n in range(1, 8)]
    latest = BETWEEN.join(f"message {n}" for n in range(3, 8))
    assert sos_message(held, "message 7") == SosMessage(latest, RECENT, LATEST)


def test_danger_told_before_the_latest_comes_first() -> None:
    held = [
        ("they beat me", DANGER),
        ("im in moscow", ""),
        ("a", ""),
        ("b", ""),
        ("c", ""),
        ("d", ""),
        ("e", ""),
    ]
    assert sos_message(held, "e") == SosMessage("they beat me\n\na\n\nb\n\nc\n\nd\n\ne", RECENT_DANGER, 6)


def test_a_long_message_among_several_is_cut_at_a_word() -> None:
    long = "word " * 200
    carried = sos_message([(long, ""), ("short", "")], "short")
    first = (carried.text or "").split("\n\n")[0]
    assert first.endswith("…") and len(first) <= SHORT + 1 and not first.endswith(" …")
