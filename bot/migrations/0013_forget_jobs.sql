-- A /forget whose follow-up is not finished: the write-ahead log emptied (so the deleted texts are gone from the
-- files too), the staff card edited, the person told "Done". Written in the same transaction as the deletion and
-- deleted when the follow-up is done, so a crash in between is finished at the next start.
CREATE TABLE forget_jobs (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL,   -- the private chat to tell; gone with the row
    language      TEXT    NOT NULL,   -- of the "Done" message
    message_id    INTEGER,            -- the confirmation message, edited to "Done"
    case_id       INTEGER,            -- the case closed as withdrawn, whose card is edited
    created_at    INTEGER NOT NULL,
    staff_told_at INTEGER             -- when the card was edited and its staff chat told
) STRICT;
