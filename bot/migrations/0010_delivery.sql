-- Honest delivery: what the person writes on a case is stored before it is posted, and waits here until a staff
-- chat accepts it (handlers/cards.py deliver_relayed retries it, in order, from the periodic job).
ALTER TABLE case_messages ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;          -- 1: no staff chat has it yet
ALTER TABLE case_messages ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;           -- the staff heading says URGENT
ALTER TABLE case_messages ADD COLUMN person_message_id INTEGER;                   -- the person's message, for its reaction
CREATE INDEX case_messages_pending ON case_messages (case_id, id) WHERE pending = 1;

-- The first acknowledgement of a relayed message (the one with the case's buttons), and what the person has been
-- told about waiting messages.
ALTER TABLE cases ADD COLUMN ack_message_id INTEGER;
ALTER TABLE cases ADD COLUMN waiting_told INTEGER NOT NULL DEFAULT 0;  -- told that messages wait; told again once delivered
ALTER TABLE cases ADD COLUMN card_waiting_told INTEGER NOT NULL DEFAULT 0;  -- told that the request has reached nobody yet

-- A staff group Telegram turned into a supergroup: the new id overrides the configured one until the operator
-- updates the config file or the directory.
CREATE TABLE chat_migrations (
    old_chat_id INTEGER PRIMARY KEY,
    new_chat_id INTEGER NOT NULL,
    migrated_at INTEGER NOT NULL
) STRICT;

-- What must follow a change of a case, written by the same transaction as the change (the triggers below), sent
-- and deleted after: a crash between the change and its follow-up leaves the follow-up here for the periodic job.
CREATE TABLE outbox (
    id      INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind    TEXT    NOT NULL,   -- 'card': edit the case's cards | 'closed': tell the person | 'staff': post `text`
    text    TEXT                -- for 'staff' only: the notice, already in the staff chat's language
) STRICT;
CREATE INDEX outbox_case ON outbox (case_id, kind);

CREATE TRIGGER outbox_case_status AFTER UPDATE OF status ON cases
WHEN OLD.status IS NOT NEW.status
BEGIN
    INSERT INTO outbox (case_id, kind) VALUES (NEW.id, 'card');
    -- A person who withdrew (or used /forget) is answered by that handler; staff closing a case tells the person.
    INSERT INTO outbox (case_id, kind)
    SELECT NEW.id, 'closed' WHERE NEW.status = 'closed' AND NEW.outcome IS NOT 'withdrawn' AND NEW.user_id IS NOT NULL;
END;

CREATE TRIGGER outbox_case_blocked AFTER UPDATE OF person_blocked ON cases
WHEN OLD.person_blocked IS NOT NEW.person_blocked
BEGIN
    INSERT INTO outbox (case_id, kind) VALUES (NEW.id, 'card');
END;
