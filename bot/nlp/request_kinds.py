"""The kinds of request the bot does not answer with a topic (bot.nlp.requests, bot.nlp.trade_requests)."""

from __future__ import annotations

from enum import Enum


class Request(Enum):
    FORGERY = "forgery"  # asks for, or offers, forged or bought papers
    RECRUITER = "recruiter"  # an ad recruiting young women for clubs, with no question about it
    TOURIST = "tourist"  # tickets, hotels, sightseeing, a holiday visa
    SMUGGLER = "smuggler"  # asks how to take other people across a border, for money or as a business
    BAN_EVASION = (
        "ban-evasion"  # asks how to get round an entry ban: a changed name, a bribe, a fixer, the database
    )
    EXPLOITER = "exploiter"  # asks how to hold workers: keep their passports, stop them from leaving
    EVASION = "evasion"  # asks how to fool an authority: customs, the migration office, the police
    CROSSING = "crossing"  # asks how to cross a border unlawfully (round the post, without papers), or who takes people
    FRAUD = "fraud"  # asks how to cheat people out of their money, or to launder it
    EVERYDAY = "everyday"  # everyday life: a shop to open, a dish, a pet or a headache, chatting with the bot
