"""Campaign links for posters and leaflets: t.me/<bot>?start=<campaign>, and a QR code of it."""

from __future__ import annotations

from pathlib import Path

from bot.campaign import campaign_from_start
from bot.files import private_file


def deep_link(bot_username: str, campaign: str) -> str:
    """The deep link; ValueError when the campaign name is not a valid start payload."""
    if campaign_from_start(f"/start {campaign}") != campaign:
        raise ValueError(f"{campaign!r}: a campaign name is 1-64 characters of A-Z, a-z, 0-9, _ and -")
    return f"https://t.me/{bot_username.lstrip('@')}?start={campaign}"


def write_qr(link: str, path: Path) -> None:
    """A PNG QR code of the link (qrcode with its pure-Python PNG writer: no image library needed)."""
    import qrcode
    import qrcode.image.pure

    image = qrcode.make(link, image_factory=qrcode.image.pure.PyPNGImage, border=4, box_size=10)
    with private_file(path).open("wb") as file:  # owner-only like every file the bot writes (bot/files.py)
        image.save(file)
