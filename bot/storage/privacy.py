"""What the bot holds about a person, and how it goes: message ids for /hide, /forget (with the follow-up job that
finishes it after a crash) and retention. What a case holds that names or reaches the person is wiped by one pair of
statements (WIPE_CASE_TEXTS, WIPE_CASES), and its screening by one (DELETE_SCREENINGS), for both /forget and
retention."""

from __future__ import annotations

import logging
from typing import NamedTuple

from bot.storage.connection import Repository, Transaction
from bot.storage.media import HELD_SECONDS
from bot.storage.models import ForgetJob, forget_job_of

# A request left unsent (the phone number typed at "may we call you?", the safe time to call, the message) is kept
# only so that the person can come back to finish it: a week, enough to return when it is safe to use the phone
# again, or the retention period if that is shorter. It was never sent, so nobody else needs it.
DRAFT_DAYS = 7

log = logging.getLogger(__name__)

# How long /forget retries emptying the write-ahead log at once (the rest is retried every minute; see
# checkpoint_until_done): a reader stops it only while its read lasts.
CHECKPOINT_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 4.0)
# The personal part of cases: the relayed texts and the columns that name, reach or place the person (the others are
# anonymous counts; whom the checklist was for stays with its kept summary, which would read as the writer's answers
# without it; the velayat a person abroad is from goes, as with the country it narrows them down). The one list of
# them: a column added here is wiped by /forget and retention, and its case's cards are edited to what is left.
PERSONAL_CASE_COLUMNS = (
    "display_name",
    "contact_phone",
    "contact_time",
    "first_message",
    "message_ids",
    "home_velayat",
    "earlier_case",
)
_HOLDS_PERSONAL = " OR ".join(f"{column} IS NOT NULL" for column in PERSONAL_CASE_COLUMNS)
# Of the cases of person ?1 (/forget), or closed at ?2 or before (retention); the other is NULL.
WIPE_CASE_TEXTS = """
    UPDATE case_messages SET text = NULL, forwarded_from = NULL
    WHERE (text IS NOT NULL OR forwarded_from IS NOT NULL) AND case_id IN (
        SELECT id FROM cases WHERE user_id = ?1 OR (status = 'closed' AND closed_at <= ?2)
    )
"""
WIPE_CASES = f"""
    UPDATE cases SET {", ".join(f"{column} = NULL" for column in PERSONAL_CASE_COLUMNS)}
    WHERE (user_id = ?1 OR (status = 'closed' AND closed_at <= ?2)) AND ({_HOLDS_PERSONAL})
"""  # noqa: S608 - constants only
# The after-close question still waiting for an answer is the one link from a case to its (anonymous) answer.
WIPE_FEEDBACK_QUESTIONS = """
    DELETE FROM case_feedback_asked WHERE case_id IN (
        SELECT id FROM cases WHERE user_id = ?1 OR (status = 'closed' AND closed_at <= ?2)
    )
"""

# The cards of the cases being wiped (the person's, or the closed ones past retention that still hold something
# personal) are edited from the outbox to what is left, in every chat that shows one (handlers/cards.py
# refresh_card): a bot can edit its messages at any age, so no card keeps a name or words the database no longer has.
REFRESH_WIPED_CARDS = f"""
    INSERT INTO outbox (case_id, kind) SELECT id, 'card' FROM cases
    WHERE status = 'closed' AND card_message_id IS NOT NULL
      AND (user_id = ?1 OR (closed_at <= ?2 AND ({_HOLDS_PERSONAL})))
"""  # noqa: S608 - constants only

# What the bot posted of a person's requests to specialists stays with the case on /forget (it names no one), so
# that the request in the specialist's chat ('request') is edited to "withdrawn" with the cards, and a reply to it or
# to a message of the conversation on it ('notice') is told why nothing was sent, not met with silence.
KEEP_SPECIALIST_MESSAGES = (
    """
    INSERT OR IGNORE INTO case_messages (case_id, direction, staff_chat_id, staff_message_id, created_at)
    SELECT case_id, 'request', chat_id, message_id, ?2 FROM specialist_requests
    WHERE message_id IS NOT NULL AND case_id IN (SELECT id FROM cases WHERE user_id = ?1)
    """,
    """
    INSERT OR IGNORE INTO case_messages (case_id, direction, staff_chat_id, staff_message_id, created_at)
    SELECT r.case_id, 'notice', m.chat_id, m.message_id, ?2
    FROM specialist_messages AS m JOIN specialist_requests AS r ON r.id = m.request_id
    WHERE r.case_id IN (SELECT id FROM cases WHERE user_id = ?1)
    """,
)
# A person's requests to specialists (migration 0016) go with them on /forget, as their other counts do; retention
# keeps them (they name no one) so that consultations stay counted.
FORGET_SPECIALIST_REQUESTS = (
    "DELETE FROM specialist_requests WHERE case_id IN (SELECT id FROM cases WHERE user_id = ?)",
    "UPDATE cases SET specialists = NULL WHERE user_id = ? AND specialists IS NOT NULL",
)
# A case's screening interview (bot/storage/screening.py) is personal through and through: deleted, not wiped.
DELETE_SCREENINGS = """
    DELETE FROM screenings WHERE case_id IN (
        SELECT id FROM cases WHERE user_id = ?1 OR (status = 'closed' AND closed_at <= ?2)
    )
"""


async def wipe_cases(
    tx: Transaction, *, user_id: int | None = None, closed_before: int | None = None
) -> tuple[int, int]:
    """Wipe the personal part of the person's cases, or of those closed at `closed_before` or earlier, their cards
    to be edited (REFRESH_WIPED_CARDS); returns (cases whose contact details or first message were wiped, relayed
    texts wiped)."""
    await tx.execute(REFRESH_WIPED_CARDS, (user_id, closed_before))
    texts = await tx.execute(WIPE_CASE_TEXTS, (user_id, closed_before))
    await tx.execute(WIPE_FEEDBACK_QUESTIONS, (user_id, closed_before))
    await tx.execute(DELETE_SCREENINGS, (user_id, closed_before))
    cases = await tx.execute(WIPE_CASES, (user_id, closed_before))
    return cases, texts


class Purged(NamedTuple):
    """What one retention pass deleted, for the operator's `purge` and the job's log line."""

    cases: int  # closed cases whose contact details and first message were wiped
    texts: int  # their relayed messages' texts
    questions: int  # unanswered questions
    drafts: int  # requests left unsent


# Rows: [user_id, message_id, at].
REMEMBER_MESSAGE = """
    INSERT OR IGNORE INTO chat_messages (user_id, message_id, at)
    SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?)
    WHERE EXISTS (SELECT 1 FROM users WHERE user_id = json_extract(value, '$[0]'))
"""


class Privacy(Repository):
    # Message ids for /hide ----------------------------------------------------------------------------------------

    async def remember_message(self, user_id: int, message_id: int) -> None:
        """Note a message id of a person's private chat, so /hide can delete it; returns once that is committed
        (ids noted while one is being written go together in the next write: `Database.gathered`). Only for people
        the bot has a row for: someone who has just used /forget gets nothing written."""
        await self.db.gathered(REMEMBER_MESSAGE, (user_id, message_id, self.now()))

    async def recent_messages(self, user_id: int, since: int) -> list[int]:
        rows = await self.db.fetchall(
            "SELECT message_id FROM chat_messages WHERE user_id = ? AND at >= ? ORDER BY message_id",
            (user_id, since),
        )
        return [row["message_id"] for row in rows]

    async def remembered_messages(self, user_id: int) -> list[int]:
        rows = await self.db.fetchall(
            "SELECT message_id FROM chat_messages WHERE user_id = ? ORDER BY message_id", (user_id,)
        )
        return [row["message_id"] for row in rows]

    async def forget_messages(self, user_id: int) -> None:
        await self.db.execute("DELETE FROM chat_messages WHERE user_id = ?", (user_id,))

    async def purge_message_ids(self, older_than: int) -> int:
        return await self.db.execute("DELETE FROM chat_messages WHERE at < ?", (older_than,))

    # /forget ------------------------------------------------------------------------------------------------------

    async def forget_person(
        self, user_id: int, *, language: str = "en", message_id: int | None = None
    ) -> ForgetJob:
        """Delete everything held about a person, in one unit of work, and record in it what is left to do (see
        ForgetJob): their open case is closed as withdrawn, its staff chat to be told. Anonymous counts (checklist
        results, question counts, the case row without its personal columns) stay."""
        now = self.now()

        async def work(tx: Transaction) -> ForgetJob:
            closed = await tx.fetchone(
                """
                UPDATE cases SET status = 'closed', outcome = 'withdrawn', closed_at = ?
                WHERE id IN (SELECT id FROM open_cases WHERE user_id = ?) RETURNING id
                """,
                (now, user_id),
            )
            # The staff-chat copies of what the person wrote (and the lines after media copies), for the follow-up
            # to delete while Telegram allows it; read before the cases lose their user_id.
            copies = await tx.fetchall(
                """
                SELECT staff_chat_id, staff_message_id FROM case_messages
                WHERE direction = 'person' AND staff_message_id IS NOT NULL
                AND case_id IN (SELECT id FROM cases WHERE user_id = ?1)
                UNION
                SELECT staff_chat_id, staff_line_id FROM case_messages
                WHERE direction = 'person' AND staff_line_id IS NOT NULL
                AND case_id IN (SELECT id FROM cases WHERE user_id = ?1)
                """,
                (user_id,),
            )
            # Every card of the person's cases, the one just closed too, is edited to "withdrawn" (wipe_cases).
            await wipe_cases(tx, user_id=user_id)
            for statement in KEEP_SPECIALIST_MESSAGES:
                await tx.execute(statement, (user_id, now))
            for statement in FORGET_SPECIALIST_REQUESTS:
                await tx.execute(statement, (user_id,))
            # ON DELETE CASCADE removes progress, drafts and unanswered questions; cases keep a NULL user_id.
            await tx.execute("DELETE FROM users WHERE user_id = ?", (user_id,))
            # Payloads are stored as json.dumps writes them (bot.runtime.polling.inbox_entry): '"id": 123,'. This deletes
            # the /forget update's own row too: the job below is what finishes it after a crash.
            await tx.execute("DELETE FROM inbox WHERE payload LIKE ?", (f'%"id": {user_id},%',))
            job = await tx.fetchone(
                """
                INSERT INTO forget_jobs (user_id, language, message_id, case_id, created_at)
                VALUES (?, ?, ?, ?, ?) RETURNING *
                """,
                (user_id, language, message_id, closed["id"] if closed else None, now),
            )
            assert job is not None
            await tx.executemany(
                "INSERT OR IGNORE INTO forget_copies (job_id, chat_id, message_id) VALUES (?, ?, ?)",
                [(job["id"], chat_id, message_id) for chat_id, message_id in copies],
            )
            return forget_job_of(job)

        return await self.db.write(work)

    async def forget_jobs(self) -> list[ForgetJob]:
        """The /forget follow-ups not finished yet, oldest first."""
        rows = await self.db.fetchall("SELECT * FROM forget_jobs ORDER BY id")
        return [forget_job_of(row) for row in rows]

    async def mark_forget_staff_told(self, job_id: int) -> None:
        await self.db.execute("UPDATE forget_jobs SET staff_told_at = ? WHERE id = ?", (self.now(), job_id))

    async def finish_forget_job(self, job_id: int) -> None:
        """The follow-up is done: drop its row, the last that names the person (zeroed by secure_delete; the log
        is emptied again, without waiting: what it holds now is a user id, no text)."""
        await self.db.execute("DELETE FROM forget_jobs WHERE id = ?", (job_id,))
        await self.checkpoint()

    async def checkpoint(self) -> bool:
        """Copy the write-ahead log into the database file and empty it, so what was deleted is gone from both
        files; False when another connection's open read stopped it."""
        return await self.db.checkpoint()

    async def checkpoint_until_done(self) -> bool:
        """checkpoint(), retried after growing pauses while a reader stops it (CHECKPOINT_RETRY_DELAYS, about
        8 s in all); False if it still could not finish, for the caller to try again later."""
        for delay in (*CHECKPOINT_RETRY_DELAYS, None):
            if await self.checkpoint():
                return True
            if delay is None:
                return False
            log.info("the write-ahead log is held by a reader; emptying it again in %.2f s", delay)
            await self.db.sleep(delay)
        return False

    # Retention ----------------------------------------------------------------------------------------------------

    async def purge(self, retention_days: int, write_again_days: int = 7) -> Purged:
        """Delete what is past retention: texts of closed cases (relayed messages and the personal columns), stored
        unanswered questions, and requests left unsent; and the offers to write to an organisation again whose
        window ([staff] write_again_days) is over, with what they held."""
        now = self.now()
        cutoff = now - retention_days * 86400

        async def work(tx: Transaction) -> Purged:
            cases, texts = await wipe_cases(tx, closed_before=cutoff)
            questions = await tx.execute("DELETE FROM unanswered WHERE asked_at <= ?", (cutoff,))
            drafts_before = now - min(DRAFT_DAYS, retention_days) * 86400
            drafts = await tx.execute("DELETE FROM drafts WHERE updated_at <= ?", (drafts_before,))
            # Media a person sent with no open case and never carried into a request (bot/storage/media.py).
            await tx.execute("DELETE FROM held_media WHERE at <= ?", (now - HELD_SECONDS,))
            window = min(write_again_days, retention_days) * 86400
            await tx.execute("DELETE FROM after_close WHERE closed_at <= ?", (now - window,))
            # Handled update ids are kept a week for de-duplication; Telegram keeps undelivered updates 24 hours.
            await tx.execute(
                "DELETE FROM inbox WHERE handled_at IS NOT NULL AND handled_at <= ?", (now - 7 * 86400,)
            )
            return Purged(cases, texts, questions, drafts)

        return await self.db.write(work)
