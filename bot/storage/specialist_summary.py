"""The case row's copy of its requests to specialists, and their end with the case; apart from
bot/storage/specialists.py so that closing a case (bot/storage/cases.py) can end them in its own transaction."""

from __future__ import annotations

from bot.storage.connection import Transaction

# The case row's copy of its requests' states, for the card (see migration 0020); "unsent" for one asked that is not
# in the specialist's chat (not yet, or their chat refused it: asking again sends it); "ended@<time>" for one the
# case's close at that time ended before it was done (migration 0039); "declined@<time>" and "withdrawn@<time>" for one
# the specialist declined or the staff who asked withdrew (migration 0044), "left@<time>" for one that ended when the
# specialist was no longer on the roster; then, after a colon, the organisation it was asked for (migration 0047).
SUMMARY = """
    UPDATE cases SET specialists = (
        SELECT group_concat(role || ':' || specialist_id || ':' || state || ':' || coalesce(asked_for, ''), ';')
        FROM (
            SELECT role, specialist_id, asked_for,
                   CASE WHEN ended_at IS NOT NULL AND state != 'done' THEN coalesce(end_reason, 'ended') || '@' || ended_at
                        WHEN state = 'asked' AND message_id IS NULL THEN 'unsent' ELSE state END AS state
            FROM specialist_requests WHERE case_id = ?1 ORDER BY id
        )
    ) WHERE id = ?1
"""


async def end_requests(tx: Transaction, case_id: int, at: int) -> None:
    """The case is closed: its requests not done end with it, and those in a specialist's chat are to be told."""
    ended = await tx.fetchall(
        """
        UPDATE specialist_requests SET ended_at = ?2
        WHERE case_id = ?1 AND state IN ('asked', 'accepted') AND ended_at IS NULL
        RETURNING id, message_id
        """,
        (case_id, at),
    )
    if not ended:
        return
    await tx.execute(SUMMARY, (case_id,))
    posted = ",".join(str(row["id"]) for row in ended if row["message_id"] is not None)
    if posted:
        await tx.execute(
            "INSERT INTO outbox (case_id, kind, text) VALUES (?, 'specialists', ?)", (case_id, posted)
        )
