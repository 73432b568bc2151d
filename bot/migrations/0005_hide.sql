-- Ids of the messages of a private chat (both sides) younger than Telegram's 48-hour deletion window, so /hide can
-- delete them. Only ids and times: never what the messages said. Rows older than 48 hours are purged.
CREATE TABLE chat_messages (
    user_id    INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    message_id INTEGER NOT NULL,
    at         INTEGER NOT NULL,
    PRIMARY KEY (user_id, message_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX chat_messages_at ON chat_messages (at);
