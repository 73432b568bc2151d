"""Keyboards serialised once are still the keyboards the person should see."""

import json

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup

from bot.telegram_json import markup_json


def inline(*labels: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=f"x:{label}")] for label in labels]
    )


def test_equal_inline_keyboards_give_the_same_json_and_different_ones_do_not() -> None:
    assert markup_json(inline("Yes", "No")) == markup_json(inline("Yes", "No"))
    buttons = json.loads(markup_json(inline("Yes", "No")))["inline_keyboard"]
    assert [row[0]["text"] for row in buttons] == ["Yes", "No"]
    assert markup_json(inline("Yes", "No")) != markup_json(inline("No", "Yes"))


def test_reply_keyboards_that_differ_only_in_flags_keep_their_flags() -> None:
    rows = [[KeyboardButton("📍 Share my location", request_location=True)]]
    small = json.loads(markup_json(ReplyKeyboardMarkup(rows, resize_keyboard=True)))
    tall = json.loads(markup_json(ReplyKeyboardMarkup(rows, resize_keyboard=False)))
    assert small["resize_keyboard"] is True
    assert tall["resize_keyboard"] is False
