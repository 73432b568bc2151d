"""Translated labels for the hand-off's fixed vocabularies: services, velayats, outcomes, languages."""

from __future__ import annotations

from bot.i18n import LANGUAGE_NAMES, Translator


def service_label(tr: Translator, service: str) -> str:
    return {
        "legal": tr.pgettext("service", "⚖️ Legal advice"),
        "psychological": tr.pgettext("service", "💬 Psychological support"),
        "medical": tr.pgettext("service", "🩺 Medical help"),
        "shelter": tr.pgettext("service", "🏠 Shelter"),
        "reintegration": tr.pgettext("service", "🔄 Help after return"),
        "information": tr.pgettext("service", "ℹ️ Information and advice"),
        "other": tr.pgettext("service", "❔ I am not sure"),
    }.get(service, service)


def velayat_label(tr: Translator, velayat: str) -> str:
    return {
        "ashgabat": tr.pgettext("velayat", "Ashgabat city"),
        "ahal": tr.pgettext("velayat", "Ahal"),
        "balkan": tr.pgettext("velayat", "Balkan"),
        "dashoguz": tr.pgettext("velayat", "Daşoguz"),
        "lebap": tr.pgettext("velayat", "Lebap"),
        "mary": tr.pgettext("velayat", "Mary"),
        "abroad": tr.pgettext("velayat", "🌍 I am abroad"),
    }.get(velayat, velayat)


def outcome_label(tr: Translator, outcome: str) -> str:
    return {
        "legal": tr.pgettext("outcome", "Legal help"),
        "psychological": tr.pgettext("outcome", "Psychological help"),
        "medical": tr.pgettext("outcome", "Medical help"),
        "shelter": tr.pgettext("outcome", "Shelter"),
        "reintegration": tr.pgettext("outcome", "Reintegration"),
        "information": tr.pgettext("outcome", "Information only"),
        "referred": tr.pgettext("outcome", "Referred elsewhere"),
        "no_answer": tr.pgettext("outcome", "No answer"),
        "declined": tr.pgettext("outcome", "Declined / not relevant"),
        "withdrawn": tr.pgettext("outcome", "Withdrawn by the person"),
    }.get(outcome, outcome)


def language_label(language: str) -> str:
    return LANGUAGE_NAMES.get(language, language)


def risk_label(tr: Translator, level: str) -> str:
    return {
        "low": tr.pgettext("risk", "low"),
        "medium": tr.pgettext("risk", "medium"),
        "high": tr.pgettext("risk", "high"),
    }.get(level, level)


def status_label(tr: Translator, status: str) -> str:
    return {
        "open": tr.pgettext("case status", "open"),
        "claimed": tr.pgettext("case status", "claimed"),
        "closed": tr.pgettext("case status", "closed"),
    }.get(status, status)
