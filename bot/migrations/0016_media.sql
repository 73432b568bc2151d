-- Media on a case (voice notes, photos, documents, ...): the bot relays them with copyMessage, so it keeps only the
-- kind and the person's own message id (already in person_message_id); the caption is kept in `text`, so /forget
-- and retention wipe it with the texts, and a wiped one is never sent.
ALTER TABLE case_messages ADD COLUMN kind TEXT;              -- NULL: a text; else voice, photo, document, location ...
ALTER TABLE case_messages ADD COLUMN staff_line_id INTEGER; -- the line posted after a copy that has no caption
-- A reply to that line reaches the case as a reply to the copy does (Cases.case_for_staff_message).
CREATE INDEX case_messages_staff_line ON case_messages (staff_chat_id, staff_line_id)
WHERE staff_line_id IS NOT NULL;

-- Media a person sent with no open case, kept until they send a request (the consent screen lists it) or for a day.
-- Only what copyMessage needs: the message id in their own chat, its kind and caption.
CREATE TABLE held_media (
    user_id    INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    message_id INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    caption    TEXT    NOT NULL,
    at         INTEGER NOT NULL,
    PRIMARY KEY (user_id, message_id)
) STRICT, WITHOUT ROWID;

-- The relayed copies of a forgotten person's messages in staff chats, deleted by the /forget follow-up while
-- Telegram still allows it (48 hours); gone with the job.
CREATE TABLE forget_copies (
    job_id     INTEGER NOT NULL REFERENCES forget_jobs (id) ON DELETE CASCADE,
    chat_id    INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    PRIMARY KEY (job_id, chat_id, message_id)
) STRICT, WITHOUT ROWID;
