"""Back and Stop typed instead of pressed, in each language as people type them."""

from __future__ import annotations

import pytest

from bot.controls import Control, typed_control


@pytest.mark.parametrize(
    ("typed", "control"),
    [
        *((word, Control.BACK) for word in ("back", "Back.", "назад", "Назад!", "yza", "Ýza", "ызына")),
        *(
            (word, Control.STOP)
            for word in ("cancel", "stop", "Отмена", "стоп", "goýbolsun", "Goýbolsun!", "bes", "Бес", "ýatyr")
        ),
    ],
)
def test_the_words_of_back_and_stop_are_known_in_each_language(typed: str, control: Control) -> None:
    assert typed_control(typed) is control


def test_only_a_whole_message_counts() -> None:
    for text in ("назад в Ашхабад вернуться не могу", "stop the agency", "bes ýyl", "да", "what is a visa"):
        assert typed_control(text) is None, text
