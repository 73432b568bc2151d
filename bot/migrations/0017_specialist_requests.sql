-- Requests for a specialist of the roster (bot/specialists.py) made from a case, and how far each went: asked, then
-- accepted by the specialist's chat, then done. Counted by role in the indicators; audited on the case.
CREATE TABLE specialist_requests (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    specialist_id TEXT    NOT NULL,             -- an id of the roster file
    role          TEXT    NOT NULL,             -- kept: the roster may change, the counts by role may not
    status        TEXT    NOT NULL DEFAULT 'asked' CHECK (status IN ('asked', 'accepted', 'done')),
    asked_by      INTEGER NOT NULL,
    asked_at      INTEGER NOT NULL,
    accepted_at   INTEGER,
    done_at       INTEGER
) STRICT;
CREATE INDEX specialist_requests_case ON specialist_requests (case_id);
