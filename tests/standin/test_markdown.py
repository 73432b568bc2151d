"""MarkdownV2 and legacy Markdown: the project writes HTML, but a stray Markdown text is judged."""

import pytest

from bot.standin.errors import BotApiRefusal
from bot.standin.markdown import parse_markdown, parse_markdown_v2


def test_markdown_v2_entities_and_escapes() -> None:
    source = r"*bold* _it_ __u__ ~s~ ||sp|| `c` [IOM](https://iom.int) 1\.5\!"
    text, entities = parse_markdown_v2(source)
    assert text == "bold it u s sp c IOM 1.5!"
    assert [e["type"] for e in entities] == [
        "bold", "italic", "underline", "strikethrough", "spoiler", "code", "text_link",
    ]  # fmt: skip
    assert entities[-1]["url"] == "https://iom.int"


def test_markdown_v2_pre_block_takes_the_language() -> None:
    text, entities = parse_markdown_v2("```python\nprint(1)\n```")
    assert text == "print(1)\n"
    assert entities == [{"type": "pre", "offset": 0, "length": 9, "language": "python"}]


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("Call us.", "Character '.' is reserved and must be escaped with the preceding '\\'"),
        ("+993 12 463514", "Character '+' is reserved"),
        ("a-b", "Character '-' is reserved"),
        ("*bold", "Can't find end of Bold entity at byte offset 0"),
        ("[link](https://x.org", "Can't find end of a URL"),
    ],
)
def test_markdown_v2_refusals(source: str, reason: str) -> None:
    with pytest.raises(BotApiRefusal) as refusal:
        parse_markdown_v2(source)
    assert reason in refusal.value.description


def test_legacy_markdown() -> None:
    assert parse_markdown("*b* _i_ `c` [l](https://x.org) 1.5") == (
        "b i c l 1.5",
        [
            {"type": "bold", "offset": 0, "length": 1},
            {"type": "italic", "offset": 2, "length": 1},
            {"type": "code", "offset": 4, "length": 1},
            {"type": "text_link", "offset": 6, "length": 1, "url": "https://x.org"},
        ],
    )
    unclosed = "Can't find end of the entity starting at byte offset 2"
    with pytest.raises(BotApiRefusal, match=unclosed):
        parse_markdown("a *b")
