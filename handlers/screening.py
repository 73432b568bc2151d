"""The screening interview in a staff chat: started from a claimed case's card (or /screen N), one section at a time
with buttons, saved after each press, resumed and edited later; the result with what is missing, and the staff's
own judgement beside it.

Only staff of the case's organisation and the coordinators see or touch it (`authorised` and the scope, as for every
staff action). The bot never asks the person these questions and sends them nothing of it; no answer goes to a log
line (bot/screening.py decides, bot/storage/screening.py stores)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest, Forbidden
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot import callbacks, screening
from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.screening import NONE, UNKNOWN, Kind, Section
from bot.staff import StaffScope
from bot.storage import Case, Screening
from handlers.cards import SCREENING, STAFF
from handlers.common import answer_query, refuse_button
from handlers.ended import ended_case_text
from handlers.forum import send_in_topic
from handlers.screening_words import (
    answer_words,
    element_label,
    option_label,
    section_question,
    section_title,
    verdict_label,
)
from handlers.staff import answer_staff, authorised, case_in_scope, command_case

SCREEN = STAFF + "sc:"  # under the staff prefix: the only buttons a staff chat takes (handlers/preprocess.py)
START = SCREENING  # st:sc:go:<case>: start, resume or show the result (the card's button)
PICK = SCREEN + "p:"  # st:sc:p:<case>:<section>:<option>
NEXT = SCREEN + "n:"  # st:sc:n:<case>:<section>: done with (or skip) the section
EDIT = SCREEN + "e:"  # st:sc:e:<case>:<section>: go back to a section
JUDGE = SCREEN + "j:"  # st:sc:j:<case>:<verdict>: the staff's own judgement
LATER = SCREEN + "x:"  # st:sc:x:<case>: leave it half-way (every press is saved already)
DISCARD = SCREEN + "d:"  # st:sc:d:<case>: discard it (recorded on the wrong case): asks to confirm
DISCARD_YES = SCREEN + "dy:"  # st:sc:dy:<case>: discard it, confirmed
BACK = SCREEN + "b:"  # st:sc:b:<case>: not discarded after all: the screening as it was


def _table(context: BotContext) -> tuple[Section, ...]:
    return screening.sections(country.code for country in context.bot_data.countries)


async def _show(
    update: Update, context: BotContext, scope: StaffScope, case: Case, found: Screening, *, new: bool = False
) -> None:
    """The screening's current section, or its result once past the last one: in the pressed message, or in a new
    one (a command, the card's button)."""
    tr = context.bot_data.catalogs(scope.language)
    table = _table(context)
    current = screening.section(table, found.step) if found.step else None
    if current is None:
        text, markup = _result(context, tr, case, found, table), _result_keyboard(tr, case, table)
    else:
        text, markup = (
            _section(context, tr, case, found, table, current),
            _section_keyboard(context, tr, case, found, current),
        )
    message = update.callback_query.message if update.callback_query else None
    if not new and isinstance(message, Message):
        try:
            await message.edit_text(text, reply_markup=markup)
            return
        except BadRequest as error:
            if "not modified" in str(error).lower():
                return
        except Forbidden:
            return
    await send_in_topic(update, context, scope.chat_id, text, markup)


def _heading(tr: Translator, case: Case) -> str:
    return tr.gettext("🔎 <b>Screening · case #{number}</b> (staff only: the person does not see it)").format(
        number=case.id
    )


def _section(
    context: BotContext,
    tr: Translator,
    case: Case,
    found: Screening,
    table: tuple[Section, ...],
    current: Section,
) -> str:
    position = [s.key for s in table].index(current.key) + 1
    lines = [
        _heading(tr, case),
        tr.gettext("Section {position} of {count}").format(position=position, count=len(table)),
        "",
        f"<b>{section_title(tr, current.key)}</b>",
        section_question(tr, current.key),
    ]
    if current.key in found.answers:
        lines.append(
            tr.gettext("Answer: {answer}").format(
                answer=answer_words(context, tr, current.key, found.answers)
            )
        )
    return "\n".join(lines)


def _section_keyboard(
    context: BotContext, tr: Translator, case: Case, found: Screening, current: Section
) -> InlineKeyboardMarkup:
    chosen = found.answers.get(current.key, ())
    pick = f"{PICK}{case.id}:{current.key}:"
    rows = [
        [
            InlineKeyboardButton(
                ("✅ " if option in chosen else "") + option_label(context, tr, current.key, option),
                callback_data=pick + option,
            )
        ]
        for option in current.options
    ]
    special = []
    if current.kind is Kind.MULTI:
        # TRANSLATORS: a staff button in the screening: none of the listed options applies; shares a row: at most 20 characters.
        special.append(
            InlineKeyboardButton(tr.pgettext("screening", "None of these"), callback_data=pick + NONE)
        )
    # TRANSLATORS: a staff button in the screening: the answer is not known; shares a row: at most 20 characters.
    special.append(InlineKeyboardButton(tr.pgettext("screening", "Unknown"), callback_data=pick + UNKNOWN))
    rows.append(special)
    # TRANSLATORS: a staff button in the screening: leave it now, continue later; shares a row: at most 20 characters.
    later = InlineKeyboardButton(tr.pgettext("screening", "⏸ Later"), callback_data=f"{LATER}{case.id}")
    if current.kind is Kind.MULTI and any(option in current.options for option in chosen):
        # TRANSLATORS: a staff button in the screening: the choices of this section are complete; shares a row: at most 20 characters.
        onward = tr.pgettext("screening", "Done ➡️")
    else:
        # TRANSLATORS: a staff button in the screening: go on without answering this section; shares a row: at most 20 characters.
        onward = tr.pgettext("screening", "Skip ➡️")
    rows.append([later, InlineKeyboardButton(onward, callback_data=f"{NEXT}{case.id}:{current.key}")])
    rows.append([_discard_button(tr, case)])
    return InlineKeyboardMarkup(rows)


def _discard_button(tr: Translator, case: Case) -> InlineKeyboardButton:
    # TRANSLATORS: a staff button under a screening: delete it, it was recorded on the wrong case; at most 36 characters.
    return InlineKeyboardButton(
        tr.pgettext("screening", "🗑 Discard this screening"), callback_data=f"{DISCARD}{case.id}"
    )


def _result(
    context: BotContext, tr: Translator, case: Case, found: Screening, table: tuple[Section, ...]
) -> str:
    decision = screening.decide(found.answers)
    lines = [
        _heading(tr, case),
        tr.gettext("<b>Result</b>: {verdict}").format(verdict=verdict_label(tr, decision.verdict)),
    ]
    if decision.missing:
        missing = ", ".join(element_label(tr, key) for key in decision.missing)
        lines.append(tr.gettext("Missing: {elements}").format(elements=missing))
    if decision.forms:
        forms = ", ".join(option_label(context, tr, "purpose", form) for form in decision.forms)
        lines.append(tr.gettext("Form of exploitation: {forms}").format(forms=forms))
    lines.append("")
    for item in table:
        answer = answer_words(context, tr, item.key, found.answers) if item.key in found.answers else "—"
        lines.append(f"{section_title(tr, item.key)}: {answer}")
    lines.append("")
    judgement = verdict_label(tr, found.judgement) if found.judgement else tr.gettext("not recorded")
    lines.append(tr.gettext("<b>Staff judgement</b>: {judgement}").format(judgement=judgement))
    return "\n".join(lines)


def _result_keyboard(tr: Translator, case: Case, table: tuple[Section, ...]) -> InlineKeyboardMarkup:
    judge = f"{JUDGE}{case.id}:"
    rows = [
        [
            # TRANSLATORS: a staff button: in my judgement the person was trafficked; shares a row: at most 20 characters.
            InlineKeyboardButton(tr.pgettext("screening", "I judge: meets"), callback_data=judge + "meets"),
            # TRANSLATORS: a staff button: in my judgement the definition of trafficking is not met; shares a row: at most 20 characters.
            InlineKeyboardButton(
                tr.pgettext("screening", "I judge: not met"), callback_data=judge + "not_met"
            ),
        ],
        # TRANSLATORS: a staff button: in my judgement it is not clear yet; at most 36 characters.
        [InlineKeyboardButton(tr.pgettext("screening", "I judge: unclear"), callback_data=judge + "unclear")],
    ]
    edits = [
        InlineKeyboardButton("✏️ " + section_title(tr, item.key), callback_data=f"{EDIT}{case.id}:{item.key}")
        for item in table
    ]
    rows += [edits[index : index + 2] for index in range(0, len(edits), 2)]
    # TRANSLATORS: a staff button under the screening's result: put it away (it stays saved); at most 36 characters.
    rows.append(
        [InlineKeyboardButton(tr.pgettext("screening", "✅ Close"), callback_data=f"{LATER}{case.id}")]
    )
    rows.append([_discard_button(tr, case)])
    return InlineKeyboardMarkup(rows)


# Handlers ---------------------------------------------------------------------------------------------------------


async def _begin(update: Update, context: BotContext, scope: StaffScope, case_id: int) -> None:
    """Start the case's screening, or resume it where it was left, or show its result."""
    case = await case_in_scope(update, context, scope, case_id)
    user = update.effective_user
    if case is None or user is None:
        return
    storage = context.bot_data.storage
    found = await storage.screening(case.id)
    tr = context.bot_data.catalogs(scope.language)
    if found is None and case.status != "claimed":
        text = (
            tr.gettext("A screening starts on a claimed case: claim case #{number} first.").format(
                number=case.id
            )
            if case.is_open
            else ended_case_text(tr, case)
        )
        await answer_staff(update, context, scope, text)
        return
    if found is None:
        found = await storage.start_screening(case.id, user.id, _table(context)[0].key)
    await answer_query(update)
    await _show(update, context, scope, case, found, new=True)


async def screen_command(update: Update, context: BotContext) -> None:
    """/screen N: start or resume case N's screening."""
    scope = await authorised(update, context)
    if scope is None:
        return
    tr = context.bot_data.catalogs(scope.language)
    usage = tr.gettext("Use /screen NUMBER, e.g. /screen 12.")
    case_id = await command_case(update, context, scope, usage, context.args)
    if case_id is not None:
        await _begin(update, context, scope, case_id)


async def screen_button(update: Update, context: BotContext) -> None:
    scope = await authorised(update, context)
    if scope is None or update.callback_query is None:
        return
    case_id = callbacks.numbered(update.callback_query.data, START)
    if case_id is None:
        await refuse_button(update, context, context.bot_data.catalogs(scope.language))
        return
    await _begin(update, context, scope, case_id)


async def _pressed(
    update: Update, context: BotContext, prefix: str, count: int
) -> tuple[StaffScope, Case, Screening, tuple[str, ...]] | None:
    """The scope, case, screening and the words after the case number of a screening button, or None once the
    press was refused."""
    scope = await authorised(update, context)
    query = update.callback_query
    if scope is None or query is None:
        return None
    parts = callbacks.fields(query.data, prefix, count + 1)
    case_id = callbacks.number(parts[0]) if parts else None
    if parts is None or case_id is None:
        await refuse_button(update, context, context.bot_data.catalogs(scope.language))
        return None
    case = await case_in_scope(update, context, scope, case_id)
    if case is None:
        return None
    found = await context.bot_data.storage.screening(case.id)
    if found is None:
        await refuse_button(update, context, context.bot_data.catalogs(scope.language))
        return None
    return scope, case, found, parts[1:]


def _onward(found: Screening, table: tuple[Section, ...], key: str) -> str | None:
    """Where a section leads: the next one; back to the result when a finished screening is being edited."""
    return None if found.finished else screening.following(table, key)


async def pick(update: Update, context: BotContext) -> None:
    pressed = await _pressed(update, context, PICK, 2)
    if pressed is None or update.effective_user is None:
        return
    scope, case, found, (key, option) = pressed
    table = _table(context)
    step = screening.press(table, found.answers, key, option)
    if step is None:
        await refuse_button(update, context, context.bot_data.catalogs(scope.language))
        return
    saved = await context.bot_data.storage.save_screening(
        case.id,
        update.effective_user.id,
        step.answers,
        _onward(found, table, key) if step.advance else key,
        saved_section=key if step.advance else None,
    )
    await answer_query(update)
    if saved is not None:
        await _show(update, context, scope, case, saved)


async def next_section(update: Update, context: BotContext) -> None:
    pressed = await _pressed(update, context, NEXT, 1)
    if pressed is None or update.effective_user is None:
        return
    scope, case, found, (key,) = pressed
    table = _table(context)
    if screening.section(table, key) is None:
        await refuse_button(update, context, context.bot_data.catalogs(scope.language))
        return
    saved = await context.bot_data.storage.save_screening(
        case.id, update.effective_user.id, found.answers, _onward(found, table, key), saved_section=key
    )
    await answer_query(update)
    if saved is not None:
        await _show(update, context, scope, case, saved)


async def edit_section(update: Update, context: BotContext) -> None:
    pressed = await _pressed(update, context, EDIT, 1)
    if pressed is None or update.effective_user is None:
        return
    scope, case, found, (key,) = pressed
    if screening.section(_table(context), key) is None:
        await refuse_button(update, context, context.bot_data.catalogs(scope.language))
        return
    saved = await context.bot_data.storage.save_screening(
        case.id, update.effective_user.id, found.answers, key
    )
    await answer_query(update)
    if saved is not None:
        await _show(update, context, scope, case, saved)


async def judge(update: Update, context: BotContext) -> None:
    pressed = await _pressed(update, context, JUDGE, 1)
    if pressed is None or update.effective_user is None:
        return
    scope, case, _, (verdict,) = pressed
    if verdict not in screening.VERDICTS:
        await refuse_button(update, context, context.bot_data.catalogs(scope.language))
        return
    changed, saved = await context.bot_data.storage.judge_screening(
        case.id, update.effective_user.id, verdict
    )
    tr = context.bot_data.catalogs(scope.language)
    if not changed:  # the same judgement again: the result on screen already shows it, nothing to edit
        await answer_query(update, tr.gettext("This judgement is already recorded."))
        return
    await answer_query(update, tr.gettext("Your judgement is recorded."))
    if saved is not None:
        await _show(update, context, scope, case, saved)


async def later(update: Update, context: BotContext) -> None:
    pressed = await _pressed(update, context, LATER, 0)
    if pressed is None:
        return
    scope, case, found, _ = pressed
    tr = context.bot_data.catalogs(scope.language)
    await answer_query(update)
    if found.finished:
        verdict = verdict_label(tr, screening.decide(found.answers).verdict)
        text = tr.gettext(
            "🔎 The screening of case #{number} is saved: {verdict}. See it again from the case card or with "
            "/screen {number}."
        ).format(number=case.id, verdict=verdict)
    else:
        text = tr.gettext(
            "🔎 The screening of case #{number} is saved. Continue it from the case card or with /screen {number}."
        ).format(number=case.id)
    await _edit_pressed(update, text)


async def discard(update: Update, context: BotContext) -> None:
    """🗑 under a screening: asks to confirm, saying what discarding does."""
    pressed = await _pressed(update, context, DISCARD, 0)
    if pressed is None:
        return
    scope, case, _, _ = pressed
    tr = context.bot_data.catalogs(scope.language)
    await answer_query(update)
    text = "\n".join(
        [
            _heading(tr, case),
            tr.gettext(
                "Discard this screening? Do it only when it was recorded on the wrong case: its answers are "
                "deleted, it no longer counts in /stats, and the case's history keeps only who discarded it and "
                "when."
            ),
        ]
    )
    # TRANSLATORS: a staff button confirming that a screening is deleted; shares a row: at most 20 characters.
    yes = tr.pgettext("screening", "🗑 Yes, discard")
    # TRANSLATORS: a staff button: do not delete the screening after all; shares a row: at most 20 characters.
    no = tr.pgettext("screening", "⬅️ Keep it")
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(yes, callback_data=f"{DISCARD_YES}{case.id}"),
                InlineKeyboardButton(no, callback_data=f"{BACK}{case.id}"),
            ]
        ]
    )
    await _edit_pressed(update, text, markup)


async def discard_confirmed(update: Update, context: BotContext) -> None:
    pressed = await _pressed(update, context, DISCARD_YES, 0)
    if pressed is None or update.effective_user is None:
        return
    scope, case, _, _ = pressed
    tr = context.bot_data.catalogs(scope.language)
    if not await context.bot_data.storage.discard_screening(case.id, update.effective_user.id):
        await refuse_button(update, context, tr)
        return
    await answer_query(update, tr.gettext("The screening is discarded."))
    text = tr.gettext(
        "🗑 The screening of case #{number} was discarded: it no longer counts in /stats. To screen the right case, "
        "use its card or /screen NUMBER."
    ).format(number=case.id)
    await _edit_pressed(update, text)


async def keep(update: Update, context: BotContext) -> None:
    pressed = await _pressed(update, context, BACK, 0)
    if pressed is None:
        return
    scope, case, found, _ = pressed
    await answer_query(update)
    await _show(update, context, scope, case, found)


async def refuse_stale(update: Update, context: BotContext) -> None:
    """Unknown screening buttons: checked like any staff action, then ignored."""
    scope = await authorised(update, context)
    if scope is not None:
        await refuse_button(update, context, context.bot_data.catalogs(scope.language))


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CallbackQueryHandler(screen_button, pattern=f"^{START}"),
        CallbackQueryHandler(pick, pattern=f"^{PICK}"),
        CallbackQueryHandler(next_section, pattern=f"^{NEXT}"),
        CallbackQueryHandler(edit_section, pattern=f"^{EDIT}"),
        CallbackQueryHandler(judge, pattern=f"^{JUDGE}"),
        CallbackQueryHandler(later, pattern=f"^{LATER}"),
        CallbackQueryHandler(discard, pattern=f"^{DISCARD}"),
        CallbackQueryHandler(discard_confirmed, pattern=f"^{DISCARD_YES}"),
        CallbackQueryHandler(keep, pattern=f"^{BACK}"),
        CallbackQueryHandler(refuse_stale, pattern=f"^{SCREEN}"),
        CommandHandler("screen", screen_command, filters=filters.ChatType.GROUPS),
    ]


async def _edit_pressed(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """The message whose button was pressed becomes `text`; one Telegram will no longer edit is left as it is."""
    message = update.callback_query.message if update.callback_query else None
    if isinstance(message, Message):
        try:
            await message.edit_text(text, reply_markup=markup)
        except (BadRequest, Forbidden):
            pass
