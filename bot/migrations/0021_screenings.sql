-- The screening interview staff fill in on a case (issue 21; bot/screening.py decides from the answers). The most
-- sensitive thing the bot holds: /forget and retention delete the row (bot/storage/privacy.py), and no log line or
-- export row carries an answer. The decision's columns are kept beside the answers so the indicators count
-- without reading them.
CREATE TABLE screenings (
    case_id     INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    answers     TEXT    NOT NULL DEFAULT '{}',  -- JSON: section key -> list of option codes
    step        TEXT,                           -- the section being filled in; NULL once the last one was passed
    verdict     TEXT    NOT NULL DEFAULT 'unclear' CHECK (verdict IN ('meets', 'not_met', 'unclear')),
    forms       TEXT    NOT NULL DEFAULT '',    -- the forms of exploitation, ","-separated
    country     TEXT    NOT NULL DEFAULT 'unknown',
    sex         TEXT    NOT NULL DEFAULT 'unknown',
    age_band    TEXT    NOT NULL DEFAULT 'unknown',
    judgement   TEXT    CHECK (judgement IS NULL OR judgement IN ('meets', 'not_met', 'unclear')),
    judged_by   INTEGER,                        -- the staff member's user id
    started_by  INTEGER NOT NULL,
    started_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    finished_at INTEGER                         -- the first time the last section was passed
) STRICT;
CREATE INDEX screenings_finished ON screenings (finished_at);
