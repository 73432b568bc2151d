-- A hand-off request being put together: durable, so a restart in the middle loses nothing.
CREATE TABLE handoff_drafts (
    user_id       INTEGER PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
    step          TEXT    NOT NULL,        -- what the bot is waiting for (see bot/handoff.py)
    ngo_id        TEXT,
    need          TEXT,
    velayat       TEXT,
    urgent        INTEGER NOT NULL DEFAULT 0,
    share_name    INTEGER NOT NULL DEFAULT 0,
    contact_phone TEXT,
    contact_time  TEXT,
    message       TEXT,
    updated_at    INTEGER NOT NULL
) STRICT;

-- Hand-off cases. The case number is the id. user_id is cleared (and the personal columns wiped) when the person
-- asks the bot to forget them; the row itself stays as an anonymous count.
CREATE TABLE cases (
    id                 INTEGER PRIMARY KEY,
    user_id            INTEGER REFERENCES users (user_id) ON DELETE SET NULL,
    ngo_id             TEXT,                    -- NULL: the coordinator chat handles it
    staff_chat_id      INTEGER,                 -- where the card is
    card_message_id    INTEGER,                 -- NULL until the card was posted (retried until it is)
    status             TEXT    NOT NULL DEFAULT 'open',   -- open | claimed | closed
    urgent             INTEGER NOT NULL DEFAULT 0,
    language           TEXT    NOT NULL,
    velayat            TEXT,
    need               TEXT,
    checklist_summary  TEXT,                    -- level and flagged question keys, no answers text
    display_name       TEXT,                    -- only when the person agreed to share it
    contact_phone      TEXT,
    contact_time       TEXT,
    first_message      TEXT,
    person_blocked     INTEGER NOT NULL DEFAULT 0,
    created_at         INTEGER NOT NULL,
    claimed_at         INTEGER,
    claimed_by         INTEGER,                 -- staff Telegram user id
    claimed_by_name    TEXT,
    closed_at          INTEGER,
    outcome            TEXT,
    escalated_at       INTEGER,                 -- posted to the coordinator chat after sla_minutes
    person_notified_at INTEGER                  -- the person was told it takes longer
) STRICT;
-- One open case per person, enforced by the database: a double press or a redelivered update cannot make two.
CREATE UNIQUE INDEX cases_one_open_per_person ON cases (user_id) WHERE status IN ('open', 'claimed');
CREATE INDEX cases_status ON cases (status, urgent, created_at);
CREATE INDEX cases_ngo ON cases (ngo_id, status);

-- Messages relayed on a case, and the staff-chat message that carries each (so a reply to it finds the case).
CREATE TABLE case_messages (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    direction        TEXT    NOT NULL,          -- 'person' | 'staff' | 'card'
    text             TEXT,                      -- NULL after retention or /forget
    staff_chat_id    INTEGER,
    staff_message_id INTEGER,
    created_at       INTEGER NOT NULL
) STRICT;
CREATE INDEX case_messages_case ON case_messages (case_id);
CREATE UNIQUE INDEX case_messages_staff_message ON case_messages (staff_chat_id, staff_message_id);

-- Every staff action, for accountability: who did what to which case, and when.
CREATE TABLE audit (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER,
    staff_user_id INTEGER NOT NULL,
    action        TEXT    NOT NULL,             -- claim | close:<outcome> | reply | send:<topic>
    at            INTEGER NOT NULL
) STRICT;
