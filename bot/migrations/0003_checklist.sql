-- A checklist in progress: kept so a person can leave and come back, even after a restart.
CREATE TABLE checklist_progress (
    user_id    INTEGER PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,          -- index of the question being asked
    answers    TEXT    NOT NULL,          -- JSON {question key: answer}
    updated_at INTEGER NOT NULL
) STRICT;

-- Finished checklists, with nothing that identifies the person: for the coordinators' indicators.
CREATE TABLE checklist_results (
    id          INTEGER PRIMARY KEY,
    finished_on TEXT    NOT NULL,         -- YYYY-MM-DD (UTC): a day, not a time, so rows cannot be tied to a chat
    language    TEXT    NOT NULL,
    level       TEXT    NOT NULL,         -- low | medium | high
    flagged     TEXT    NOT NULL,         -- comma-separated question keys that raised the risk
    region      TEXT,                     -- velayat, when known
    gender      TEXT,                     -- optional, asked after the result
    age_band    TEXT
) STRICT;
CREATE INDEX checklist_results_day ON checklist_results (finished_on);
