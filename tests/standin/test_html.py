"""Telegram's HTML subset: what parses, into which entities, and what is refused."""

import pytest

from bot.standin.errors import BotApiRefusal
from bot.standin.formatting import parse_formatted
from bot.standin.html import parse_html


@pytest.mark.parametrize(
    ("source", "text", "entities"),
    [
        ("plain", "plain", []),
        ("<b>bold</b> <strong>s</strong>", "bold s", [("bold", 0, 4), ("bold", 5, 1)]),
        ("<i>i</i><em>e</em>", "ie", [("italic", 0, 1), ("italic", 1, 1)]),
        ("<u>u</u><ins>n</ins>", "un", [("underline", 0, 1), ("underline", 1, 1)]),
        (
            "<s>a</s><strike>b</strike><del>c</del>",
            "abc",
            [("strikethrough", i, 1) for i in range(3)],
        ),
        (
            '<span class="tg-spoiler">a</span><tg-spoiler>b</tg-spoiler>',
            "ab",
            [("spoiler", 0, 1), ("spoiler", 1, 1)],
        ),
        ("<code>x = 1</code>", "x = 1", [("code", 0, 5)]),
        ("<blockquote>q</blockquote>", "q", [("blockquote", 0, 1)]),
        ("<blockquote expandable>q</blockquote>", "q", [("expandable_blockquote", 0, 1)]),
        ("<B>upper-case tags</B>", "upper-case tags", [("bold", 0, 15)]),
        ("a\nb", "a\nb", []),
    ],
)
def test_supported_tags_become_entities(
    source: str,
    text: str,
    entities: list[tuple[str, int, int]],
) -> None:
    plain, parsed = parse_html(source)
    assert plain == text
    assert [(e["type"], e["offset"], e["length"]) for e in parsed] == entities


def test_offsets_count_utf16_code_units() -> None:
    plain, entities = parse_html("😀 Salam, <b>Aýna</b>")
    assert plain == "😀 Salam, Aýna"
    assert entities == [{"type": "bold", "offset": 10, "length": 4}]


def test_link_pre_with_language_and_custom_emoji_carry_their_argument() -> None:
    _, entities = parse_html(
        '<a href="https://iom.int/?a=1&amp;b=2">IOM</a> '
        '<pre><code class="language-python">x</code></pre> '
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>'
    )
    assert entities == [
        {"type": "text_link", "offset": 0, "length": 3, "url": "https://iom.int/?a=1&b=2"},
        {"type": "pre", "offset": 4, "length": 1, "language": "python"},
        {
            "type": "custom_emoji",
            "offset": 6,
            "length": 2,
            "custom_emoji_id": "5368324170671202286",
        },
    ]


def test_nested_tags_give_nested_entities() -> None:
    _, entities = parse_html("<b>bold <i>both</i></b>")
    assert {(e["type"], e["offset"], e["length"]) for e in entities} == {
        ("bold", 0, 9),
        ("italic", 5, 4),
    }


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("&lt;b&gt; &amp; &quot;", '<b> & "'),
        ("&#1075; &#x41; &#128512;", "г A 😀"),
        ("AT&T & friends", "AT&T & friends"),
        ("5 > 3", "5 > 3"),
    ],
)
def test_character_references_and_bare_ampersands(source: str, text: str) -> None:
    assert parse_html(source) == (text, [])


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("1 < 2", 'Unsupported start tag "" at byte offset 2'),
        ("line<br>break", 'Unsupported start tag "br" at byte offset 4'),
        ("<br/>", 'Unsupported start tag "br/"'),
        ("<p>paragraph</p>", 'Unsupported start tag "p"'),
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        (
            "<b><i>crossed</b></i>",
            'Unmatched end tag at byte offset 13, expected "</i>", found "</b>"',
        ),
        ("stray</b>", "Unexpected end tag at byte offset 5"),
        ("<b", "Unclosed start tag"),
        ('<a href="https://x.org>x</a>', "Unclosed start tag"),
        ("&nbsp;", 'Unsupported HTML entity "&nbsp;"'),
        ("&hellip;", 'Unsupported HTML entity "&hellip;"'),
        ('<b class="x">y</b>', 'Unsupported attribute "class" in the tag "b"'),
        ('<a title="t" href="https://x.org">y</a>', 'Unsupported attribute "title"'),
        ("<span>no class</span>", 'Tag "span" must have class "tg-spoiler"'),
        ('<code class="python">x</code>', 'Tag "code" may only have class "language-..."'),
        ("<tg-emoji>👍</tg-emoji>", "Invalid custom emoji identifier"),
        ("<a href>x</a>", "Expected equal sign"),
        ("é<b>x", "Can't find end tag"),
    ],
)
def test_invalid_html_is_refused_like_telegram(source: str, reason: str) -> None:
    with pytest.raises(BotApiRefusal) as refusal:
        parse_html(source)
    assert refusal.value.description.startswith("Bad Request: can't parse entities: ")
    assert reason in refusal.value.description
    assert refusal.value.error_code == 400


def test_byte_offsets_count_utf8_bytes() -> None:
    with pytest.raises(BotApiRefusal, match="at byte offset 4"):
        parse_html("éé<x>")


def test_a_text_sent_again_is_refused_or_parsed_the_same_way() -> None:
    # The stand-in parses each text once and remembers it: a refusal must repeat, and entities must not be shared.
    for _ in range(2):
        with pytest.raises(BotApiRefusal):
            parse_formatted("<b>open", "HTML")
    first = parse_formatted("<b>Case</b> #7", "HTML")
    first[1][0]["length"] = 99
    assert parse_formatted("<b>Case</b> #7", "HTML") == (
        "Case #7",
        [{"type": "bold", "offset": 0, "length": 4}],
    )
