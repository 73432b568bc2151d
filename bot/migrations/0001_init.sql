-- People who use the bot. Everything personal hangs off this row with ON DELETE CASCADE,
-- so deleting one row is how /forget removes a person.
CREATE TABLE users (
    user_id         INTEGER PRIMARY KEY,           -- Telegram user id (private chat id is the same)
    language        TEXT    NOT NULL,              -- 'ru' | 'tk' | 'en'
    language_chosen INTEGER NOT NULL DEFAULT 0,    -- 1 once chosen with /language; else follows Telegram's
    first_seen      INTEGER NOT NULL,              -- unix seconds
    last_seen       INTEGER NOT NULL,
    campaign        TEXT                           -- deep-link payload of the first /start, validated
) STRICT;

-- Durable inbox: an update is stored here before Telegram is told it was received, and marked handled when its
-- handling committed; the primary key makes a redelivered update harmless. The payload is dropped once handled.
CREATE TABLE inbox (
    update_id   INTEGER PRIMARY KEY,
    received_at INTEGER NOT NULL,
    payload     TEXT,
    handled_at  INTEGER
) STRICT;
CREATE INDEX inbox_unhandled ON inbox (update_id) WHERE handled_at IS NULL;
