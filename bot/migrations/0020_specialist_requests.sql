-- Requests from staff to the network's specialists (bot/specialists.py), one per specialist asked on a case:
-- asked, then accepted, then done. No personal data: the role, the specialist's reference and where the request was
-- posted. `cases.specialists` repeats their states ("role:specialist:state;…", in order) so the case card, which is
-- rendered from the case row alone, shows them; it is rewritten in the same transaction as every change here.
CREATE TABLE specialist_requests (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    specialist_id TEXT    NOT NULL,
    role          TEXT    NOT NULL,
    chat_id       INTEGER NOT NULL,   -- the specialist's chat, as configured
    message_id    INTEGER,            -- the request there, once posted
    state         TEXT    NOT NULL DEFAULT 'asked' CHECK (state IN ('asked', 'accepted', 'done')),
    asked_by      INTEGER NOT NULL,   -- the staff member's user id
    asked_at      INTEGER NOT NULL,
    accepted_at   INTEGER,
    done_at       INTEGER
) STRICT;

CREATE INDEX specialist_requests_by_case ON specialist_requests (case_id);
CREATE INDEX specialist_requests_by_time ON specialist_requests (asked_at);

ALTER TABLE cases ADD COLUMN specialists TEXT;
