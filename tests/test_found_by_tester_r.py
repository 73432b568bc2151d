"""What an exploratory tester of a two-day staff shift found, held: an organisation's /stats counts its own work,
not the work of those it referred cases to or received them from (R#1); a card of a case that was claimed and
given back says so, not that nobody has taken it yet (R#2); a case nobody claims is reminded of again, at
growing gaps, not once only (R#4)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.standin.server import StandIn
from handlers.alerts import late_alert
from handlers.cards import staff_translator
from handlers.jobs import REMIND_AT_LEAST_EVERY, check_cases
from handlers.labels import duration_words, format_time
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, SECOND_STAFF_USER, FakeClock
from tests.staffchat import StaffChat
from tests.test_case_tools import BAYRAMALY_CHAT, labels, name, request_help
from tests.test_found_by_tester_j import card_copy, escalated_and_claimed_by_the_hotline
from tests.test_handoff_flow import MARY, button, request_help_from_mary, staff


async def stats(app: Any, chat: StaffChat) -> tuple[Translator, str]:
    """The chat's /stats, in its language: the translator and the text of the summary and its case-tool lines."""
    await chat.send("/stats")
    summary = next(m.text for m in reversed(chat.messages()) if "🤝" in m.text)
    return staff_translator(BotContext(app), chat.chat_id), summary


def received(tr: Translator, count: int, urgent: int = 0) -> str:
    return tr.ngettext(
        "🤝 {count} case reached this chat's organisations in this period (created for them or referred to them), "
        "{urgent} urgent",
        "🤝 {count} cases reached this chat's organisations in this period (created for them or referred to them), "
        "{urgent} urgent",
        count,
    ).format(count=count, urgent=urgent)


def claimed(tr: Translator, median: float, p90: float, count: int) -> str:
    return tr.ngettext(
        "Time to claim by this chat's staff, from when a case reached them: median {median}, 90% within {p90} "
        "({count} case)",
        "Time to claim by this chat's staff, from when a case reached them: median {median}, 90% within {p90} "
        "({count} cases)",
        count,
    ).format(median=duration_words(tr, median), p90=duration_words(tr, p90), count=count)


def passed_on(tr: Translator, referred: int, back: int, referred_in: int) -> list[str]:
    return [
        tr.gettext("↪️ Referred by this chat's organisations to another organisation: {count}").format(
            count=referred
        ),
        tr.gettext("↩️ Handed back by this chat's organisations to the hotline team: {count}").format(
            count=back
        ),
        tr.gettext("📥 Referred to this chat's organisations by others: {count}").format(count=referred_in),
    ]


async def test_an_organisations_stats_count_its_own_referrals_arrivals_and_claims(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """Mary claims a case in 5 minutes and refers it to Bayramaly, whose staff claim it 10 minutes later; Mary
    claims another in 3 minutes and hands it back to the hotline team. Each chat's /stats shows its own work."""
    mary = staff(app, standin, name="Aman")
    bayramaly = staff(app, standin, chat_id=BAYRAMALY_CHAT, name="Ira")
    advice = "ℹ️ Information and advice"
    referred = await request_help(app, chat_with("en", user_id=100001), "en", advice, MARY, "example-mary")
    clock.advance(5 * 60)
    await mary.press(mary.card(referred), button(app, "ru", "✋ Claim"))
    await mary.press(mary.card(referred), button(app, "ru", "↪️ Refer to another NGO"))
    choice = labels(mary.card(referred))[0]
    assert choice.startswith(name(app, "example-mary-bayramaly", "ru"))
    await mary.press(mary.card(referred), choice)
    clock.advance(10 * 60)
    await bayramaly.press(bayramaly.card(referred), button(app, "tk", "✋ Claim"))

    handed_back = await request_help_from_mary(app, chat_with("ru", user_id=100002), "ru")
    clock.advance(3 * 60)
    await mary.press(mary.card(handed_back), button(app, "ru", "✋ Claim"))
    await mary.press(mary.card(handed_back), button(app, "ru", "↪️ Refer to another NGO"))
    await mary.press(mary.card(handed_back), button(app, "ru", "↩️ Back to the hotline team"))

    tr, summary = await stats(app, mary)
    assert received(tr, 2) in summary  # both were created for Mary, though neither is there now
    assert claimed(tr, 4, 4.8, 2) in summary  # its own claims: 5 and 3 minutes
    assert all(line in summary for line in passed_on(tr, 1, 1, 0))

    tr, summary = await stats(app, bayramaly)
    assert received(tr, 1) in summary  # referred to it
    assert claimed(tr, 10, 10, 1) in summary  # from the referral, not Mary's claim before it
    assert all(line in summary for line in passed_on(tr, 0, 0, 1))  # a referral it received is not its own

    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    tr, summary = await stats(app, coordinators)
    assert (
        tr.ngettext(
            "🤝 {count} case received in this period, {urgent} urgent",
            "🤝 {count} cases received in this period, {urgent} urgent",
            2,
        ).format(count=2, urgent=0)
        in summary
    )
    assert tr.gettext("↪️ Referred to another organisation: {count}").format(count=1) in summary
    assert tr.gettext("↩️ Handed back to the hotline team: {count}").format(count=1) in summary


async def test_a_card_says_who_gave_the_case_back_and_when(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """Oleg claims and unclaims: Mary's card names him and the time. Aman claims it and hands it back to the hotline
    team: the coordinators' card says it was claimed before it came to them. Neither says nobody has taken it."""
    number = await request_help_from_mary(app, chat_with("tk"), "tk")
    aman = staff(app, standin, name="Aman")
    oleg = staff(app, standin, user_id=SECOND_STAFF_USER, name="Oleg")
    tr = staff_translator(BotContext(app), aman.chat_id)
    never = tr.gettext("Status: waiting for someone to claim it")
    assert never in aman.card(number).text
    await oleg.press(oleg.card(number), button(app, "ru", "✋ Claim"))
    clock.advance(5 * 60)
    await oleg.send(f"/unclaim {number}")
    given_back = tr.gettext("Status: waiting — given back by {name} on {time}; nobody has it now").format(
        name="Oleg", time=format_time(int(clock()))
    )
    assert given_back in aman.card(number).text and never not in aman.card(number).text

    await aman.press(aman.card(number), button(app, "ru", "✋ Claim"))
    await aman.press(aman.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    await aman.press(aman.card(number), button(app, "ru", "↩️ Back to the hotline team"))
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT)
    hotline_tr = staff_translator(BotContext(app), COORDINATOR_CHAT)
    card = card_copy(hotline, number).text
    assert (
        hotline_tr.gettext(
            "Status: waiting — claimed before it was passed on here on {time}; nobody has it now"
        ).format(time=format_time(int(clock())))
        in card
    )
    assert hotline_tr.gettext("Status: waiting for someone to claim it") not in card


async def test_a_card_says_the_hotline_team_gave_the_case_back(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """Dilara claims Mary's case from the reminder, then unclaims it: Mary's card and the coordinators' copy say the
    hotline team gave it back, not that nobody has taken it yet."""
    number, hotline = await escalated_and_claimed_by_the_hotline(app, standin, chat_with("ru"), "ru", clock)
    clock.advance(60)
    await hotline.send(f"/unclaim {number}")
    mary = staff(app, standin)
    for chat in (mary, hotline):
        tr = staff_translator(BotContext(app), chat.chat_id)
        line = tr.gettext(
            "Status: waiting — given back by {name} of the hotline team on {time}; nobody has it now"
        ).format(name="Dilara", time=format_time(int(clock())))
        assert line in card_copy(chat, number).text


async def test_a_case_nobody_claims_is_reminded_of_again_at_growing_gaps(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """Mary hands a case back and nobody at the hotline claims it for a day: the coordinators are reminded after
    1, 2, 4, 8… claim windows of waiting, each once, and never more than REMIND_AT_LEAST_EVERY apart."""
    number = await request_help_from_mary(app, chat_with("en"), "en")
    mary = staff(app, standin, name="Aman")
    await mary.press(mary.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    await mary.press(mary.card(number), button(app, "ru", "↩️ Back to the hotline team"))
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT)
    tr = staff_translator(BotContext(app), COORDINATOR_CHAT)
    window = app.bot_data.config.staff.sla_minutes

    def reminders() -> list[str]:
        return [m.text for m in hotline.messages() if m.text.startswith("⏰")]

    for _ in range(24 * 60):  # a day, checked every minute as the job does
        clock.advance(60)
        await check_cases(BotContext(app))
    due, times = window, []
    while due <= 24 * 60:
        times.append(due)
        due += min(due, REMIND_AT_LEAST_EVERY // 60)
    assert reminders() == [late_alert(tr, number, minutes) for minutes in times]
    assert len(times) >= 5 and times[:3] == [window, 2 * window, 4 * window]
