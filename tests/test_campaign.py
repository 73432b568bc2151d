import pytest

from bot.campaign import campaign_from_start


@pytest.mark.parametrize(
    ("text", "campaign"),
    [
        ("/start poster_mary-2026", "poster_mary-2026"),
        ("/start", None),
        ("/start " + "a" * 64, "a" * 64),
        ("/start " + "a" * 65, None),
        ("/start <b>x</b>", None),
        ("/start привет", None),
        ("/start a b", None),
        ("/menu poster", None),
        (None, None),
    ],
)
def test_only_valid_deep_link_payloads_name_a_campaign(text: str | None, campaign: str | None) -> None:
    assert campaign_from_start(text) == campaign
