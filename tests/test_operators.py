"""Setting the bot up and managing its staff without editing files: setup mode, /whoami, /addstaff, /removestaff,
/staff, and the description an empty chat shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from bot.config import Config
from bot.runtime.cli import main
from bot.runtime.setup import build_setup_application
from bot.standin.request import StandInRequest
from bot.standin.server import FakeUser, StandIn
from handlers.operators import WHOAMI_JOB, WHOAMI_SECONDS
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, SECOND_STAFF_USER, STAFF_USER, AppFactory
from tests.staffchat import StaffChat
from tests.test_handoff_flow import MARY_CHAT

NEWCOMER = 777001
OUTSIDER = 31337


def in_chat(app: Any, standin: StandIn, chat_id: int, user_id: int, name: str = "Staff") -> StaffChat:
    return StaffChat(app, standin, chat_id, FakeUser(id=user_id, first_name=name, language_code="en"))


def says(app: Any, chat_id: int, message: str) -> str:
    """`message` as the bot writes it in this staff chat (each reads the bot in its configured language)."""
    data = app.bot_data
    ngos = data.directory.by_staff_chat(chat_id)
    language = ngos[0].staff_language if ngos else data.config.staff.coordinator_language
    return str(data.catalogs(language).gettext(message))


def refused(app: Any, message: str, chat_id: int = COORDINATOR_CHAT) -> bool:
    # In a staff chat the refusal goes on to say who can add them (tests/test_staff_commands_truth.py)
    return message.startswith(says(app, chat_id, "Sorry, this is only for the network's staff."))


async def test_a_coordinator_adds_staff_by_replying_and_removes_them_with_effect_at_once(
    app: Any, standin: StandIn, start_app: AppFactory
) -> None:
    coordinator = in_chat(app, standin, COORDINATOR_CHAT, STAFF_USER)
    newcomer = in_chat(app, standin, COORDINATOR_CHAT, NEWCOMER, "Jeren")
    await newcomer.send("/queue")
    assert refused(app, newcomer.last().text)
    await newcomer.send("hello, I am the new lawyer")
    hello = standin.messages_in(COORDINATOR_CHAT, from_bot=False)[-1]
    await coordinator.reply(hello, "/addstaff")
    added = says(app, COORDINATOR_CHAT, "{user} is now staff, in the staff chats the bot serves.")
    assert coordinator.last().html == added.format(user=f"Jeren (<code>{NEWCOMER}</code>)")

    await newcomer.send("/queue")
    assert not refused(app, newcomer.last().text)  # at once, no restart
    await coordinator.send("/staff")
    here = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language).pgettext(
        "staff list", "added in this chat"
    )
    assert f"<code>{NEWCOMER}</code> Jeren — {here}" in coordinator.last().html

    restarted = await start_app()  # stored in the database, not only in memory
    assert restarted.bot_data.staff_changes == {NEWCOMER: True}

    await coordinator.reply(hello, "/removestaff")
    removed = says(app, COORDINATOR_CHAT, "{user} is no longer staff. This takes effect at once.")
    assert coordinator.last().html == removed.format(user=f"Jeren (<code>{NEWCOMER}</code>)")
    await newcomer.send("/queue")
    assert refused(app, newcomer.last().text)
    assert await app.bot_data.storage.audit_log() == [
        (None, STAFF_USER, f"addstaff:{NEWCOMER}"),
        (None, STAFF_USER, f"removestaff:{NEWCOMER}"),
    ]


async def test_removing_a_staff_member_the_config_lists_takes_effect_at_once(
    app: Any, standin: StandIn
) -> None:
    coordinator = in_chat(app, standin, COORDINATOR_CHAT, STAFF_USER)
    colleague = in_chat(app, standin, COORDINATOR_CHAT, SECOND_STAFF_USER)
    await colleague.send("/queue")
    assert not refused(app, colleague.last().text)
    await coordinator.send(f"/removestaff {SECOND_STAFF_USER}")
    await colleague.send("/queue")
    assert refused(app, colleague.last().text)
    await colleague.send(f"/addstaff {SECOND_STAFF_USER}")  # no way back in by themselves
    assert refused(app, colleague.last().text)
    await coordinator.send("/staff")
    tr = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)
    assert coordinator.last().html.split("\n") == [
        tr.ngettext("{count} staff member:", "{count} staff members:", 1).format(count=1),
        f"<code>{STAFF_USER}</code> Staff — {tr.pgettext('staff list', 'config file')}",
        tr.gettext("Removed in this chat, though the config file lists them: {ids}").format(
            ids=f"<code>{SECOND_STAFF_USER}</code>"
        ),
    ]
    await coordinator.send(f"/removestaff {STAFF_USER}")
    assert coordinator.last().text == tr.gettext("You cannot remove yourself; ask another coordinator.")
    await coordinator.send("/removestaff")
    assert coordinator.last().text == tr.gettext(
        "Reply with this command to a message of the person, or follow it with their user id "
        "(they see it with /whoami)."
    )


@pytest.mark.parametrize("who", ["someone who is not staff", "staff in an NGO's chat"])
@pytest.mark.parametrize("command", ["/addstaff 777001", "/removestaff 900002", "/staff"])
async def test_only_coordinators_in_their_chat_may_manage_staff(
    app: Any, standin: StandIn, who: str, command: str
) -> None:
    if who == "someone who is not staff":
        member = in_chat(app, standin, COORDINATOR_CHAT, OUTSIDER, "Outsider")
    else:
        member = in_chat(app, standin, MARY_CHAT, STAFF_USER)
    await member.send(command)
    answer = member.last().text
    if who == "someone who is not staff":
        assert refused(app, answer)
    else:
        assert answer == says(
            app,
            MARY_CHAT,
            "The list of staff is shown in the coordinators' chat only."
            if command == "/staff"
            else "Sorry, only the coordinators can change who is staff, in their own chat.",
        )
    assert "900001" not in answer  # no list of staff ids leaks
    assert app.bot_data.staff_changes == {}
    assert await app.bot_data.storage.audit_log() == []
    outsider = in_chat(app, standin, COORDINATOR_CHAT, NEWCOMER)
    await outsider.send("/queue")
    assert refused(app, outsider.last().text)


async def test_whoami_answers_staff_with_both_ids_and_the_answer_deletes_itself(
    app: Any, standin: StandIn
) -> None:
    member = in_chat(app, standin, MARY_CHAT, STAFF_USER)
    await member.send("/whoami")
    answer = member.last()
    ids = says(app, MARY_CHAT, "Chat id: <code>{chat}</code>\nYour user id: <code>{user}</code>")
    assert answer.html.startswith(ids.format(chat=MARY_CHAT, user=STAFF_USER))
    (job,) = app.job_queue.get_jobs_by_name(WHOAMI_JOB)
    assert job.data == (MARY_CHAT, answer.message_id)
    await job.run(app)
    assert standin.calls("deleteMessage")[-1].params["message_id"] == answer.message_id
    assert WHOAMI_SECONDS == 60


async def test_whoami_tells_people_who_are_not_staff_nothing(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    person = chat_with("en", user_id=OUTSIDER)
    reply = await person.send("/whoami")
    assert str(OUTSIDER) not in reply.text
    assert reply.text.startswith("I understand text messages")  # as for any command the bot does not know
    outsider = in_chat(app, standin, MARY_CHAT, OUTSIDER)
    before = len(outsider.messages())
    await outsider.send("/whoami")
    assert len(outsider.messages()) == before
    assert app.job_queue.get_jobs_by_name(WHOAMI_JOB) == ()


async def test_setup_mode_answers_whoami_prints_the_ids_and_answers_nothing_else(
    config: Config, standin: StandIn
) -> None:
    printed: list[str] = []
    application = build_setup_application(config, request=StandInRequest(standin), out=printed.append)
    await application.initialize()

    async def process(update: dict[str, Any]) -> None:
        await application.process_update(Update.de_json(update, application.bot))

    try:
        operator = FakeUser(id=424242, first_name="Operator", language_code="ru")
        for text in ("/start", "hello", "/help", "/sos", "/addstaff 1"):
            await process(standin.user_message(operator, text))
        group = -1009999
        standin.add_chat(group, type="supergroup", title="New NGO staff")
        await process(standin.user_message(operator, "/queue", chat_id=group))
        assert standin.messages_in(operator.id, from_bot=True) == []
        assert standin.messages_in(group, from_bot=True) == []
        assert printed == []

        await process(standin.user_message(operator, "/whoami"))
        await process(standin.user_message(operator, "/whoami", chat_id=group))
        (private,) = standin.messages_in(operator.id, from_bot=True)
        assert f"<code>{operator.id}</code>" in private.html and "режиме настройки" in private.text
        (in_group,) = standin.messages_in(group, from_bot=True)
        assert f"<code>{group}</code>" in in_group.html
        assert printed == [
            f"/whoami: chat {operator.id} (private), user {operator.id} (Operator)",
            f'/whoami: chat {group} (supergroup "New NGO staff"), user {operator.id} (Operator)',
        ]

        # Added to another group: its id is printed before anyone writes there, and nothing is said in it.
        me = (await application.bot.get_me()).to_dict()
        joined = {"status": "member", "user": me}
        await process(
            standin.raw_update(
                {
                    "update_id": 990001,
                    "my_chat_member": {
                        "chat": {"id": -1008888, "type": "group", "title": "Lebap staff"},
                        "from": operator.to_dict(),
                        "date": int(standin.now),
                        "old_chat_member": {"status": "left", "user": me},
                        "new_chat_member": joined,
                    },
                }
            )
        )
        assert printed[-1] == 'the bot is now "member" in group -1008888 "Lebap staff"'
        assert standin.messages_in(-1008888, from_bot=True) == []
    finally:
        await application.shutdown()


def test_setup_without_a_token_says_how_to_set_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("BOT_TOKEN", raising=False)
        assert main(["setup", "--config", str(config)]) == 2
    assert "BOT_TOKEN" in capsys.readouterr().err


async def test_the_bot_describes_itself_in_each_language_within_telegram_s_limits(
    app: Any, standin: StandIn
) -> None:
    assert set(standin.descriptions) == {"", "ru", "tk", "en"}
    assert set(standin.short_descriptions) == {"", "ru", "tk", "en"}
    assert standin.descriptions[""] == standin.descriptions["en"]
    assert "бесплатно" in standin.descriptions["ru"].lower()
    assert "mugt" in standin.descriptions["tk"].lower()
    assert len({standin.short_descriptions[code] for code in ("ru", "tk", "en")}) == 3
    # the stand-in refuses what Telegram refuses (over 512 / 120 characters): the conftest asserts none was
    assert not standin.refusals
