-- Weekly reports already posted to the coordinator chat, so a restart neither repeats nor loses one.
CREATE TABLE reports (
    week      TEXT    PRIMARY KEY,   -- ISO week of the scheduled posting, e.g. 2026-W03
    posted_at INTEGER NOT NULL       -- unix seconds
) STRICT;
-- Indicators over a period read only these indexes, not the rows.
CREATE INDEX users_first_seen ON users (first_seen, language, campaign);
CREATE INDEX checklist_results_day_level ON checklist_results (finished_on, level);
DROP INDEX checklist_results_day;
CREATE INDEX cases_created_at ON cases (created_at);
