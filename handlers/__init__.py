"""Every handler of the bot, registered in one visible place, in order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from telegram.ext import BaseHandler

from bot.runtime.context import BotContext
from handlers import (
    abroad,
    casetools,
    checklist,
    fallback,
    gethelp,
    handoff,
    held,
    hide,
    indicators,
    media,
    opencase,
    operators,
    preprocess,
    privacy,
    questions,
    queue,
    reopen,
    screening,
    sendtopic,
    sos,
    specialist_ends,
    specialists,
    staff,
    staffhelp,
    start,
    text,
    unhide,
    whereabouts,
)

HandlerGroups = dict[int, Sequence[BaseHandler[Any, BotContext, Any]]]


def handler_groups() -> HandlerGroups:
    return {
        # Before any flow: load the person and their language once per update.
        -1: preprocess.handlers(),
        # The flows: commands and buttons first, then free text (a question), then whatever no flow took,
        # which gets a hint or a polite refusal. One group, so exactly one of them answers.
        0: [
            *start.handlers(),
            *sos.handlers(),
            # Before gethelp: a location on an open case goes to staff, not to the search for an organisation.
            *media.handlers(),
            *gethelp.handlers(),
            *handoff.handlers(),
            *opencase.handlers(),
            *abroad.handlers(),
            *whereabouts.handlers(),
            *privacy.handlers(),
            *hide.handlers(),
            *held.handlers(),
            *checklist.handlers(),
            *questions.handlers(),
            *casetools.handlers(),
            *screening.handlers(),  # before staff's, whose catch-all refuses unknown st: buttons
            *specialists.handlers(),  # before staff's, whose last button handler refuses unknown ones
            *specialist_ends.handlers(),  # before staff's, for the same reason
            *reopen.handlers(),  # before staff's, for the same reason
            *unhide.handlers(),  # before staff's, for the same reason
            *staff.handlers(),
            *sendtopic.handlers(),
            *queue.handlers(),
            *operators.handlers(),
            *indicators.handlers(),
            # After every group command: its last handler answers staff about a command none of them took.
            *staffhelp.handlers(),
            *text.handlers(),
            *fallback.handlers(),
        ],
    }
