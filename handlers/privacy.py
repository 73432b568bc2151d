"""/privacy says what is kept; /forget deletes it, after one confirmation."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.runtime.context import BotContext
from bot.storage import DRAFT_DAYS, Case, ForgetJob
from handlers.cards import refresh_card, staff_translator
from handlers.common import answer_query, edit_or_send, escape, menu_only, reply
from handlers.delivery import deliver_outbox, post_to_staff
from handlers.hidden import refuse_from_hidden
from handlers.hide import hide_button
from handlers.told import forget_told

FORGET = "forget:"
FORGET_YES = FORGET + "yes"
FORGET_NO = FORGET + "no"
log = logging.getLogger(__name__)
DELETE_BATCH = 100  # deleteMessages takes at most 100 ids


def _held_after_close(context: BotContext) -> list[str]:
    """What the offer to write to a closed request's organisation again keeps (handlers/reopen.py), if it is on."""
    config = context.bot_data.config
    days = min(config.staff.write_again_days, config.privacy.retention_days)  # the purge's window
    if config.staff.write_again_days <= 0:
        return []
    return [
        context.ngettext(
            "• After your request is closed, for {days} day: what you write that I offer to send to the "
            "organisation, until you send it or that time is over. /hide deletes it.",
            "• After your request is closed, for {days} days: what you write that I offer to send to the "
            "organisation, until you send it or that time is over. /hide deletes it.",
            days,
        ).format(days=days)
    ]


async def show_privacy(update: Update, context: BotContext) -> None:
    days = context.bot_data.config.privacy.retention_days
    draft_days = min(DRAFT_DAYS, days)  # bot/storage/privacy.py's purge
    text = "\n".join(
        [
            context.gettext("<b>What I keep, and for how long</b>"),
            context.gettext(
                "• Your Telegram user id, your language, when you first and last wrote, and the campaign link you "
                "came from, if any."
            ),
            context.gettext("• Your checklist answers, so you can continue later."),
            context.gettext("• The country you are in, only if you agreed that I remember it."),
            context.ngettext(
                "• If you ask for help: the request with only what you agreed to share, and the messages of the "
                "request. Their texts are deleted {days} day after the request is closed.",
                "• If you ask for help: the request with only what you agreed to share, and the messages of the "
                "request. Their texts are deleted {days} days after the request is closed.",
                days,
            ).format(days=days),
            context.ngettext(
                "• A request you started but did not send (with the phone number or message you typed), for "
                "{days} day, so that you can finish it.",
                "• A request you started but did not send (with the phone number or message you typed), for "
                "{days} days, so that you can finish it.",
                draft_days,
            ).format(days=draft_days),
            *_held_after_close(context),
            context.ngettext(
                "• Questions I could not answer, with phone numbers hidden, for {days} day.",
                "• Questions I could not answer, with phone numbers hidden, for {days} days.",
                days,
            ).format(days=days),
            "",
            context.gettext(
                "Staff of the organisation you ask for help see your request. They see your Telegram name only if "
                "you agree. Reports for the network's partners contain only counts, never names or messages."
            ),
            context.gettext("I never write to the logs what you write."),
            "",
            context.gettext("/forget deletes everything I hold about you."),
        ]
    )
    await reply(update, context, text, menu_only(context))


async def ask_forget(update: Update, context: BotContext) -> None:
    person = context.person
    case = await context.bot_data.storage.open_case_for(person.user_id) if person is not None else None
    country = (
        context.bot_data.countries.name(person.country, context.language) if person is not None else None
    )
    # a hidden chat is not told of the request (nor can it end it: forget refuses, handlers/hidden.py)
    text = forget_question(
        context, None if case is not None and case.hidden_at is not None else case, country
    )
    rows = [
        [
            InlineKeyboardButton(
                # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
                context.pgettext("button", "Yes, delete everything"),
                callback_data=FORGET_YES,
            )
        ],
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        [InlineKeyboardButton(context.pgettext("button", "No, keep it"), callback_data=FORGET_NO)],
    ]
    if case is not None and case.urgent and case.hidden_at is None:
        rows.insert(0, [hide_button(context)])  # the way that keeps the request open, one tap away
    await reply(update, context, text, InlineKeyboardMarkup(rows))


def forget_question(context: BotContext, case: Case | None, country: str | None) -> str:
    """What /forget deletes, listed as it is (the kept `country` named when there is one), and what it does to the
    person's open `case`, said only when there is one."""
    if country is not None:
        lines = [
            context.gettext(
                "This deletes everything I hold about you: your language, the country you are in ({country}), "
                "your checklist, your questions and the texts of your requests."
            ).format(country=escape(country))
        ]
    else:
        lines = [
            context.gettext(
                "This deletes everything I hold about you: your language, your checklist, your questions and the "
                "texts of your requests."
            )
        ]
    if case is not None and case.urgent:
        # As "Withdraw" warns: a person may reach for /forget when someone checks the phone, where /hide would do
        lines.append(
            context.gettext(
                "⚠️ Your request #{number} is urgent: deleting closes it, and nobody will write to you about it. "
                "To only clear this chat from your phone, use /hide instead: the request stays open."
            ).format(number=case.id)
        )
    elif case is not None:
        lines.append(
            context.gettext(
                "Your open request #{number} will be closed, and nobody will write to you about it."
            ).format(number=case.id)
        )
    lines.append(context.gettext("This cannot be undone. Delete everything?"))
    return "\n\n".join(lines)


async def forget(update: Update, context: BotContext) -> None:
    user = update.effective_user
    if user is None:
        await answer_query(update)
        return
    case = await context.bot_data.storage.open_case_for(user.id)
    if case is not None and case.hidden_at is not None:
        await refuse_from_hidden(
            update, context, case, "forget"
        )  # whoever holds the phone may not be the person
        return
    await answer_query(update)
    message = update.callback_query.message if update.callback_query else None
    job = await context.bot_data.storage.forget_person(
        user.id,
        language=context.language,
        message_id=message.message_id if isinstance(message, Message) else None,
    )
    context.person = None
    context.bot_data.places.forget(user.id)  # where they showed they are, held in memory only
    context.bot_data.chosen_languages.forget(user.id)
    context.bot_data.written_languages.forget(user.id)
    context.bot_data.topics_shown.forget(user.id)
    context.bot_data.unanswered_told.forget(user.id)
    context.bot_data.others_named.forget(user.id)
    forget_told(context, user.id)
    if not await finish_forgetting(context, job):
        # A reader holds the write-ahead log, or Telegram is unreachable: the job is finished within a few minutes.
        tr = context.bot_data.catalogs(job.language)
        await tell_person(context, job, tr.gettext("Deleting… I will write here when it is finished."))


async def finish_forgetting(context: BotContext, job: ForgetJob) -> bool:
    """The follow-up of a committed /forget, each step done once even across a restart: the write-ahead log
    emptied (until then the deleted texts are still in it), the card edited and its staff chat told, then "Done".
    False when a step must wait (a reader holds the log, Telegram is unreachable): finish_forget_jobs retries."""
    storage = context.bot_data.storage
    if job.id in context.bot_data.forgetting:
        return False
    context.bot_data.forgetting.add(job.id)
    try:
        if not await storage.checkpoint_until_done():
            log.warning("forget job %s: the write-ahead log is held by a reader; tried again later", job.id)
            return False
        if not await delete_copies(context, job):
            return False
        case = await storage.case(job.case_id) if job.case_id is not None else None
        if case is not None and not job.staff_told:
            await refresh_card(context, case)
            tr = staff_translator(context, case.staff_chat_id)
            note = tr.gettext("Case #{number} was closed: the person asked the bot to delete their data.")
            await post_to_staff(context, case, note.format(number=case.id))
            await storage.mark_forget_staff_told(job.id)
        await deliver_outbox(context)  # the cards of the person's earlier cases, withdrawn too
        done = context.bot_data.catalogs(job.language).gettext(
            "Done. Everything I held about you is deleted. /start begins again."
        )
        if not await tell_person(context, job, done):
            return False
        await storage.finish_forget_job(job.id)
        return True
    finally:
        context.bot_data.forgetting.discard(job.id)


async def delete_copies(context: BotContext, job: ForgetJob) -> bool:
    """Delete the copies of the person's messages the bot posted in staff chats. Telegram lets a bot delete its own
    messages for 48 hours and skips older ones; False when Telegram could not be reached (retried later)."""
    storage = context.bot_data.storage
    for chat_id, message_ids in (await storage.forget_copies(job.id)).items():
        for start in range(0, len(message_ids), DELETE_BATCH):
            try:
                await context.bot.delete_messages(chat_id, message_ids[start : start + DELETE_BATCH])
            except (BadRequest, Forbidden) as error:
                log.info("forget job %s: copies in chat %s could not be deleted (%s)", job.id, chat_id, error)
            except TelegramError as error:
                log.warning("forget job %s: deleting copies failed (%s); tried again later", job.id, error)
                return False
    await storage.forget_copies_done(job.id)
    return True


async def finish_forget_jobs(context: BotContext) -> None:
    """At start and every minute: finish the /forget follow-ups a crash, a reader or Telegram interrupted."""
    for job in await context.bot_data.storage.forget_jobs():
        await finish_forgetting(context, job)


async def tell_person(context: BotContext, job: ForgetJob, text: str) -> bool:
    """Show `text` in place of the /forget confirmation (or below it); False if Telegram could not be reached."""
    try:
        if job.message_id is not None:
            try:
                await context.bot.edit_message_text(text, chat_id=job.user_id, message_id=job.message_id)
                return True
            except BadRequest as error:
                if "not modified" in str(error).lower():
                    return True
        await context.bot.send_message(job.user_id, text)
    except Forbidden:
        pass  # the person blocked the bot: there is nobody to tell
    except TelegramError as error:
        log.warning("forget job %s: the person could not be told (%s); tried again later", job.id, error)
        return False
    return True


async def keep(update: Update, context: BotContext) -> None:
    await answer_query(update)
    await edit_or_send(
        update,
        context,
        context.gettext("Nothing was deleted."),
        menu_only(context),
    )


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("privacy", show_privacy, filters=private),
        CommandHandler("forget", ask_forget, filters=private),
        CallbackQueryHandler(forget, pattern=f"^{FORGET_YES}$"),
        CallbackQueryHandler(keep, pattern=f"^{FORGET_NO}$"),
    ]
