"""What the person is told about their case by the case tools: the organisation has taken it, the organisation is
closed now, and the optional question after it is closed. In the person's language, naming the organisation, never a
staff member."""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.casework import open_now
from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.storage import Case
from handlers.cards import organisation_name
from handlers.common import escape, hotline_text
from handlers.toperson import send_to_person

PERSON_CASE = "cs:"
FEEDBACK = PERSON_CASE + "fb:"  # cs:fb:<case>:<much|little|none|skip>
REFERRAL_YES = PERSON_CASE + "ry:"  # cs:ry:<referral>
REFERRAL_NO = PERSON_CASE + "rn:"  # cs:rn:<referral>
UNDO_WITHDRAW = PERSON_CASE + "undo:"  # cs:undo:<case>: a withdrawal undone (handlers/reopen.py)
WRITE_AGAIN = (
    PERSON_CASE + "again:"
)  # cs:again:<case>: a closed case's organisation written to again (the same)
# Told about the hours at most once in this many seconds: once per stretch of closed hours, not per message.
HOURS_NOTICE_GAP = 12 * 3600
# Staff who wrote to the person this recently are at work, whatever the directory's hours say: no "closed" notice.
STAFF_PRESENT_SECONDS = 3600


def taken_notice(context: BotContext, case: Case) -> str:
    tr = context.bot_data.catalogs(case.language)
    if case.claimed_by_coordinators and case.ngo_id is not None:
        # An organisation's case a coordinator took: the replies come signed by the hotline team (sender_name)
        return tr.gettext(
            "✋ The hotline team has taken your request #{number}. A person from the hotline team will write to "
            "you here."
        ).format(number=case.id)
    return tr.gettext(
        "✋ {organisation} has taken your request #{number}. A person there will write to you here."
    ).format(organisation=escape(organisation_name(context, case, case.language)), number=case.id)


def reopened_notice(context: BotContext, case: Case) -> str:
    tr = context.bot_data.catalogs(case.language)
    return tr.gettext(
        "↩️ Your request #{number} is open again. Write here and your message reaches {organisation}."
    ).format(number=case.id, organisation=escape(organisation_name(context, case, case.language)))


def feedback_question(tr: Translator, case_id: int) -> tuple[str, InlineKeyboardMarkup]:
    """The optional question after a case is closed, and its three answers and "skip"."""
    text = tr.gettext("One optional question, answered anonymously: how much did this help you?")
    answers = [
        # TRANSLATORS: an answer to "how much did this help you?"; at most 36 characters.
        ("much", tr.pgettext("feedback", "It helped a lot")),
        # TRANSLATORS: an answer to "how much did this help you?"; at most 36 characters.
        ("little", tr.pgettext("feedback", "It helped a little")),
        # TRANSLATORS: an answer to "how much did this help you?"; at most 36 characters.
        ("none", tr.pgettext("feedback", "It did not help")),
        # TRANSLATORS: a button: I do not want to answer this question; at most 36 characters.
        ("skip", tr.pgettext("feedback", "Skip")),
    ]
    rows = [
        [InlineKeyboardButton(label, callback_data=f"{FEEDBACK}{case_id}:{key}")] for key, label in answers
    ]
    return text, InlineKeyboardMarkup(rows)


async def tell_hours_if_closed(context: BotContext, case: Case) -> None:
    """A message on a case while its organisation is closed (by the directory's hours): the person is told the
    hours and the hotline, once per closed stretch. The message itself is delivered all the same."""
    data = context.bot_data
    ngo = data.directory.get(case.ngo_id) if case.ngo_id else None
    if ngo is None or ngo.velayat is None:
        return  # the coordinators, or an organisation abroad whose time zone the directory does not give
    now = data.storage.now()
    if open_now(ngo.hours.get("en", ""), datetime.fromtimestamp(now, UTC)) is not False:
        return
    if await data.storage.staff_wrote_since(case.id, now - STAFF_PRESENT_SECONDS):
        return  # a worker is writing with them right now: "they will answer when they are back" would be false
    if not await data.storage.mark_hours_told(case.id, now - HOURS_NOTICE_GAP):
        return
    tr = data.catalogs(case.language)
    text = tr.gettext(
        "🕘 {organisation} is closed now. Their hours: {hours} (Turkmenistan time). Your message is saved and "
        "reaches them; they will answer when they are back. If you need help now, call the hotline:"
    ).format(
        organisation=escape(ngo.text("name", case.language)), hours=escape(ngo.text("hours", case.language))
    )
    await send_to_person(context, case, f"{text}\n\n{hotline_text(tr, data.config.hotline)}")
