"""The hand-off's consent screen: exactly what the organisation will see, in the person's words, before anything
is sent."""

from __future__ import annotations

from telegram import Update

from bot.checklist_whom import for_other
from bot.handoff import Draft, NewCase, message_parts
from bot.runtime.context import BotContext
from handlers.common import escape
from handlers.copies import kind_label
from handlers.elsewhere import country_shown
from handlers.labels import checklist_words, language_label, place_label, service_label


async def consent_text(update: Update, context: BotContext, draft: Draft, routed: NewCase) -> str:
    """What will be shared: where the request goes (`routed`, the same routing as sending it) and all it carries,
    the checklist's result too if there is one."""
    tr = context.translator
    ngo = context.bot_data.directory.get(routed.ngo_id) if routed.ngo_id else None
    organisation = ngo.text("name", context.language) if ngo else context.gettext("the hotline team")
    user = update.effective_user
    none = context.gettext("none")
    place = place_label(tr, routed.velayat, country_shown(tr, context.bot_data.countries, routed.country))
    lines = [
        context.gettext("<b>This is exactly what {organisation} will see:</b>").format(
            organisation=escape(organisation)
        ),
        "• " + context.gettext("Language: {language}").format(language=language_label(context.language)),
        "• " + context.gettext("Velayat: {velayat}").format(velayat=place),
        "• " + context.gettext("Help needed: {need}").format(need=service_label(tr, draft.need or "other")),
        # The warnings too, in the card's words: the person agrees to exactly what staff will read
        "• " + _checklist_line(context, routed),
        "• " + context.gettext("Your message: {message}").format(message=_quoted_message(draft) or none),
    ]
    if draft.message and len(message_parts(draft.message)) > 1:
        # Said before consent: the card carries the beginning, and the person must not think the rest is lost.
        lines.append(
            "  "
            + context.gettext(
                "Your message is long, so only its beginning is shown here. All of it will be sent: the rest "
                "goes right after the request, nothing is cut."
            )
        )
    if draft.share_name and user is not None:
        lines.append("• " + context.gettext("Your Telegram name: {name}").format(name=escape(user.full_name)))
    else:
        lines.append("• " + context.gettext("Your Telegram name: not shared"))
    if draft.contact_phone:
        lines.append(
            "• "
            + context.gettext("Phone: {phone}, safe time to call: {time}").format(
                phone=escape(draft.contact_phone), time=escape(draft.contact_time or "—")
            )
        )
    else:
        lines.append("• " + context.gettext("Contact: only through this chat"))
    held = await context.bot_data.storage.held_media(draft.user_id)
    if held:
        # What the person sent before asking (handlers/media.py) goes with the request: they see it here first.
        kinds = ", ".join(kind_label(tr, item.kind) for item in held)
        lines.append("• " + context.gettext("What you sent me: {items}").format(items=kinds))
    lines += ["", context.gettext("Nothing else is shared. Send the request?")]
    return "\n".join(lines)


def _checklist_line(context: BotContext, routed: NewCase) -> str:
    """The checklist's result, and for someone close's offer that it was about them, as the card will say so."""
    if not routed.checklist_summary:
        return context.gettext("Checklist result: {level}").format(level=context.gettext("none"))
    words = checklist_words(context.translator, routed.checklist_summary)
    if for_other(routed.checklist_for):
        # TRANSLATORS: on the consent screen: the job-offer checklist the person did for a relative or friend.
        return context.gettext("Checklist result (about someone close to you): {level}").format(level=words)
    return context.gettext("Checklist result: {level}").format(level=words)


def _quoted_message(draft: Draft) -> str | None:
    """The person's message as the card shows it: whole, or the beginning of a long one."""
    if not draft.message:
        return None
    parts = message_parts(draft.message)
    return f"«{escape(parts[0])}»" if len(parts) == 1 else f"«{escape(parts[0])} …»"
