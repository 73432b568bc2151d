-- Case tools (issue 18): referrals between organisations, the after-close question, the working-hours notice, and
-- telling the person when the organisation takes their request.

-- A case referred to another organisation. 'asked': the person must agree first (the new organisation is in
-- another velayat); the case stays where it is until then. 'done' moved it; 'declined' left it where it was.
CREATE TABLE referrals (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    from_ngo_id   TEXT,                      -- NULL: the coordinator chat had it
    to_ngo_id     TEXT    NOT NULL,
    staff_user_id INTEGER NOT NULL,
    status        TEXT    NOT NULL DEFAULT 'asked',   -- asked | done | declined
    asked_at      INTEGER NOT NULL,
    decided_at    INTEGER
) STRICT;
-- One question to the person at a time per case.
CREATE UNIQUE INDEX referrals_one_asked ON referrals (case_id) WHERE status = 'asked';
CREATE INDEX referrals_decided ON referrals (status, decided_at);

-- The after-close question, asked and not yet answered: the only link between a case and its answer, deleted when
-- the answer is stored (or the person is forgotten).
CREATE TABLE case_feedback_asked (
    case_id  INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    ngo_id   TEXT,
    asked_at INTEGER NOT NULL
) STRICT;
-- The answers, anonymous: the organisation and the day, nothing that leads to the person or the case.
CREATE TABLE case_feedback (
    id     INTEGER PRIMARY KEY,
    ngo_id TEXT,                              -- NULL: the coordinator chat's case
    day    TEXT    NOT NULL,                  -- YYYY-MM-DD, UTC
    score  TEXT    NOT NULL CHECK (score IN ('much', 'little', 'none'))
) STRICT;
CREATE INDEX case_feedback_day ON case_feedback (day, ngo_id);

-- When the person was last told that the organisation is closed now (told once per stretch of closed hours).
CREATE TABLE hours_told (
    case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    at      INTEGER NOT NULL
) STRICT;

-- A claim tells the person that the organisation has taken their request, from the outbox like the other
-- follow-ups of a change, so a crash between the claim and the notice loses nothing.
CREATE TRIGGER outbox_case_taken AFTER UPDATE OF status ON cases
WHEN OLD.status = 'open' AND NEW.status = 'claimed' AND NEW.user_id IS NOT NULL
BEGIN
    INSERT INTO outbox (case_id, kind) VALUES (NEW.id, 'taken');
END;
