"""/export beside /stats: the export's case rows count the cases created in the period, with their status and outcome
as they are now, and say so in their column names (`status_now_*`, `outcome_now_*`), as /stats says "by status now";
the closes made in the period, of any case, are /stats' and the chart's, whose heading says it counts closes. A
coordinator reading `outcome_legal` = 0 beside "1 close made in this period: Legal help 1" took one of them for wrong."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest

from bot.config import Config
from bot.i18n import Catalogs
from bot.standin.server import FakeUser, StandIn
from handlers.indicators import chart
from handlers.labels import outcome_label
from tests import chart_samples
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, AppFactory, FakeClock
from tests.test_found_by_tester_w_stats import stats_text
from tests.test_handoff_flow import button, request_help_from_mary, staff
from tests.test_write_again import closed_by_mary

DAY = 86400


async def test_a_case_closed_this_week_but_opened_before_is_a_close_in_stats_and_no_case_row_in_the_export(
    start_app: AppFactory, standin: StandIn, config: Config, clock: FakeClock
) -> None:
    # every count shown as it is, so that the figures can be read side by side
    app = await start_app(
        config=dataclasses.replace(config, indicators=dataclasses.replace(config.indicators, min_cell_size=1))
    )

    def person(user_id: int) -> Chat:
        return Chat(app, standin, FakeUser(id=user_id, first_name="Aýna", language_code="en"))

    earlier = await request_help_from_mary(app, person(100001), "en")
    clock.advance(10 * DAY)  # received ten days ago: before the week
    await closed_by_mary(app, standin, person(100002), "en")  # received and closed this week
    await request_help_from_mary(app, person(100003), "en")  # received this week, open
    worker = staff(app, standin, name="Aman")
    for label, context in (("✋ Claim", "button"), ("✔️ Close", "button"), ("Legal help", "outcome")):
        await worker.press(worker.card(earlier), button(app, "ru", label, context))

    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinators.send("/stats 7d")
    tr = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)
    closes = tr.ngettext(
        "✔️ {count} close made in this period ({reopened} of these cases reopened since; a case closed again "
        "after a reopen counts at each close): {list}",
        "✔️ {count} closes made in this period ({reopened} of these cases reopened since; a case closed again "
        "after a reopen counts at each close): {list}",
        2,
    ).format(count=2, reopened=0, list=f"{outcome_label(tr, 'legal')} 2")
    assert closes in stats_text(coordinators)

    await coordinators.send("/export 7d")
    document = coordinators.last()
    assert document.kind == "document" and document.document is not None
    rows = list(csv.DictReader(io.StringIO(document.document.decode("utf-8-sig"))))
    assert "outcome_legal" not in rows[0] and "status_closed" not in rows[0]
    (mary,) = [row for row in rows if row["record_type"] == "case"]
    # the two cases received this week, as they are now: one closed with legal help, one open
    assert (mary["total"], mary["status_now_open"], mary["status_now_closed"]) == ("2", "1", "1")
    assert mary["outcome_now_legal"] == "1"


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
def test_the_chart_heads_the_outcomes_as_the_periods_closes(language: str) -> None:
    tr = Catalogs.load()(language)
    titles = [block.title for block in chart(tr, chart_samples.FIGURES, chart_samples.weeks()).blocks]
    assert tr.pgettext("chart", "Closes in this period, by outcome") in titles
    assert tr.pgettext("chart", "Cases received, by status now") in titles
    assert tr.pgettext("chart", "Cases by outcome") not in titles
