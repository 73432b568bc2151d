"""The screening interview's words: its sections, options, verdicts and missing elements, in the staff chat's
language (the codes are bot/screening.py's)."""

from __future__ import annotations

from collections.abc import Mapping

from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.screening import NONE, UNKNOWN


def section_title(tr: Translator, key: str) -> str:
    return {
        # TRANSLATORS: a section of the screening interview (the act of trafficking: recruitment, transport …); at most 16 characters, also on a button.
        "act": tr.pgettext("screening", "Act"),
        # TRANSLATORS: a section of the screening interview (the means of control: threats, force …); at most 16 characters, also on a button.
        "means": tr.pgettext("screening", "Means"),
        # TRANSLATORS: a section of the screening interview (the purpose: the form of exploitation); at most 16 characters, also on a button.
        "purpose": tr.pgettext("screening", "Purpose"),
        # TRANSLATORS: a section of the screening interview; at most 16 characters, also on a button.
        "country": tr.pgettext("screening", "Destination"),
        # TRANSLATORS: a section of the screening interview; at most 16 characters, also on a button.
        "age": tr.pgettext("screening", "Age"),
        # TRANSLATORS: a section of the screening interview; at most 16 characters, also on a button.
        "sex": tr.pgettext("screening", "Sex"),
    }.get(key, key)


def section_question(tr: Translator, key: str) -> str:
    return {
        "act": tr.gettext("How was the person recruited or moved? Choose all that apply, then Done."),
        "means": tr.gettext("What was used to control the person? Choose all that apply, then Done."),
        "purpose": tr.gettext("What was the person made to do? Choose all that apply, then Done."),
        "country": tr.gettext("To which country was the person taken?"),
        "age": tr.gettext("How old is the person? Under 18, the act and the purpose are enough."),
        "sex": tr.gettext("The person's sex, for the network's counts only."),
    }.get(key, key)


def option_label(context: BotContext, tr: Translator, key: str, option: str) -> str:
    if option == NONE:
        return tr.pgettext("screening", "none of these")
    if option == UNKNOWN:
        return tr.pgettext("screening", "unknown")
    if key == "country":
        country = context.bot_data.countries.get(option)
        return country.title(tr.language) if country else option
    return _option(tr, option)


def form_label(tr: Translator, form: str) -> str:
    """A form of exploitation (bot/screening.py PURPOSES) in words."""
    return _option(tr, form)


def _option(tr: Translator, option: str) -> str:
    return {
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "recruitment": tr.pgettext("screening option", "Recruitment"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "transport": tr.pgettext("screening option", "Transport"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "transfer": tr.pgettext("screening option", "Transfer to someone else"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "harbouring": tr.pgettext("screening option", "Harbouring (kept somewhere)"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "receipt": tr.pgettext("screening option", "Receipt (taken over)"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "threats": tr.pgettext("screening option", "Threats"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "force": tr.pgettext("screening option", "Force or violence"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "deception": tr.pgettext("screening option", "Deception about the job"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "abduction": tr.pgettext("screening option", "Abduction"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "debt": tr.pgettext("screening option", "Debt bondage"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "documents": tr.pgettext("screening option", "Documents taken away"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "vulnerability": tr.pgettext("screening option", "Abuse of vulnerability"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "payments": tr.pgettext("screening option", "Payment to a controller"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "labour": tr.pgettext("screening option", "Forced labour"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "sexual": tr.pgettext("screening option", "Sexual exploitation"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "domestic": tr.pgettext("screening option", "Domestic servitude"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "criminality": tr.pgettext("screening option", "Forced criminality"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "marriage": tr.pgettext("screening option", "Forced marriage"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "organs": tr.pgettext("screening option", "Organ removal"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "begging": tr.pgettext("screening option", "Forced begging"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "under18": tr.pgettext("screening option", "Under 18"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "18-24": tr.pgettext("screening option", "18–24"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "25-34": tr.pgettext("screening option", "25–34"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "35plus": tr.pgettext("screening option", "35 or older"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "adult": tr.pgettext("screening option", "Adult, age not known"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "female": tr.pgettext("screening option", "Female"),
        # TRANSLATORS: an answer in the screening interview, on a staff button and in its result; at most 32 characters.
        "male": tr.pgettext("screening option", "Male"),
    }.get(option, option)


def answer_words(
    context: BotContext, tr: Translator, key: str, answers: Mapping[str, tuple[str, ...]]
) -> str:
    return ", ".join(option_label(context, tr, key, option) for option in answers.get(key, ()))


def verdict_label(tr: Translator, verdict: str) -> str:
    return {
        "meets": tr.pgettext("screening", "meets the definition of trafficking"),
        "not_met": tr.pgettext("screening", "does not meet the definition"),
        "unclear": tr.pgettext("screening", "unclear"),
    }.get(verdict, verdict)


def element_label(tr: Translator, element: str) -> str:
    return {
        "act": tr.pgettext("screening element", "the act"),
        "means": tr.pgettext("screening element", "the means"),
        "purpose": tr.pgettext("screening element", "the purpose"),
        "age": tr.pgettext("screening element", "whether the person is under 18"),
    }.get(element, element)
