-- The bot's messages of a conversation between a specialist and a case's staff (handlers/specialist_replies.py):
-- the specialist's words relayed to the staff chat, staff words relayed to the specialist's chat, and the "passed
-- on" confirmations in either. A reply to any of them is a reply on the request, and goes to the other side. No text
-- is kept; they go with their request (ON DELETE CASCADE), as on /forget.
CREATE TABLE specialist_messages (
    chat_id    INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    request_id INTEGER NOT NULL REFERENCES specialist_requests (id) ON DELETE CASCADE,
    PRIMARY KEY (chat_id, message_id)
) STRICT;

CREATE INDEX specialist_messages_by_request ON specialist_messages (request_id);
