"""Which of the person's messages a 🆘 request carries (bot/sos_words.py), decided without any bot."""

from __future__ import annotations

from bot.handoff import EARLIER, UNDER
from bot.sos_words import DANGER, RECENT, RECENT_DANGER, SHORT, SosMessage, sos_message


def test_the_sos_screen_carries_no_question_only_danger() -> None:
    assert sos_message([("what documents do i need", "")], "") == SosMessage(None, None)
    held = [("they beat me", DANGER), ("what is the police number", "")]
    assert sos_message(held, "") == SosMessage("they beat me", EARLIER, 1)


def test_one_message_is_the_one_pressed_under() -> None:
    assert sos_message([("they beat me", DANGER)], "they beat me") == SosMessage("they beat me", UNDER, 1)
    assert sos_message([], "a caption") == SosMessage("a caption", UNDER, 1)


def test_several_carry_the_latest_oldest_first() -> None:
    held = [(f"message {n}", "") for n in range(1, 6)]
    assert sos_message(held, "message 5") == SosMessage("message 3\n\nmessage 4\n\nmessage 5", RECENT, 3)


def test_danger_told_before_the_latest_comes_first() -> None:
    held = [("they beat me", DANGER), ("im in moscow", ""), ("a", ""), ("b", ""), ("c", "")]
    assert sos_message(held, "c") == SosMessage("they beat me\n\na\n\nb\n\nc", RECENT_DANGER, 4)


def test_a_long_message_among_several_is_cut_at_a_word() -> None:
    long = "word " * 200
    carried = sos_message([(long, ""), ("short", "")], "short")
    first = (carried.text or "").split("\n\n")[0]
    assert first.endswith("…") and len(first) <= SHORT + 1 and not first.endswith(" …")
