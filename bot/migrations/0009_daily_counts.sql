-- Daily counts kept by triggers, so /stats and the weekly report add up a few rows a day instead of reading every
-- person and every finished checklist of the period (about 30 ms on 100,000 people; well under 1 ms this way).
-- Triggers keep them right whatever writes the rows: a person's language or campaign changing moves them between
-- counts, and /forget (DELETE FROM users) takes them out, as the counts over users did.
CREATE TABLE people_by_day (
    day      TEXT    NOT NULL,   -- YYYY-MM-DD (UTC) of first_seen
    language TEXT    NOT NULL,
    source   TEXT    NOT NULL,   -- the campaign of the first /start, '' for none
    n        INTEGER NOT NULL,
    PRIMARY KEY (day, language, source)
) STRICT, WITHOUT ROWID;

INSERT INTO people_by_day (day, language, source, n)
SELECT date(first_seen, 'unixepoch'), language, COALESCE(campaign, ''), COUNT(*) FROM users GROUP BY 1, 2, 3;

CREATE TRIGGER people_by_day_insert AFTER INSERT ON users
BEGIN
    INSERT INTO people_by_day (day, language, source, n)
    VALUES (date(NEW.first_seen, 'unixepoch'), NEW.language, COALESCE(NEW.campaign, ''), 1)
    ON CONFLICT (day, language, source) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER people_by_day_delete AFTER DELETE ON users
BEGIN
    UPDATE people_by_day SET n = n - 1
    WHERE day = date(OLD.first_seen, 'unixepoch') AND language = OLD.language
      AND source = COALESCE(OLD.campaign, '');
END;

CREATE TRIGGER people_by_day_update AFTER UPDATE OF language, campaign, first_seen ON users
WHEN OLD.language IS NOT NEW.language OR OLD.campaign IS NOT NEW.campaign OR OLD.first_seen IS NOT NEW.first_seen
BEGIN
    UPDATE people_by_day SET n = n - 1
    WHERE day = date(OLD.first_seen, 'unixepoch') AND language = OLD.language
      AND source = COALESCE(OLD.campaign, '');
    INSERT INTO people_by_day (day, language, source, n)
    VALUES (date(NEW.first_seen, 'unixepoch'), NEW.language, COALESCE(NEW.campaign, ''), 1)
    ON CONFLICT (day, language, source) DO UPDATE SET n = n + 1;
END;

CREATE TABLE checklists_by_day (
    day   TEXT    NOT NULL,   -- finished_on
    level TEXT    NOT NULL,
    n     INTEGER NOT NULL,
    PRIMARY KEY (day, level)
) STRICT, WITHOUT ROWID;

INSERT INTO checklists_by_day (day, level, n)
SELECT finished_on, level, COUNT(*) FROM checklist_results GROUP BY 1, 2;

CREATE TRIGGER checklists_by_day_insert AFTER INSERT ON checklist_results
BEGIN
    INSERT INTO checklists_by_day (day, level, n) VALUES (NEW.finished_on, NEW.level, 1)
    ON CONFLICT (day, level) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER checklists_by_day_delete AFTER DELETE ON checklist_results
BEGIN
    UPDATE checklists_by_day SET n = n - 1 WHERE day = OLD.finished_on AND level = OLD.level;
END;

CREATE TRIGGER checklists_by_day_update AFTER UPDATE OF finished_on, level ON checklist_results
WHEN OLD.finished_on IS NOT NEW.finished_on OR OLD.level IS NOT NEW.level
BEGIN
    UPDATE checklists_by_day SET n = n - 1 WHERE day = OLD.finished_on AND level = OLD.level;
    INSERT INTO checklists_by_day (day, level, n) VALUES (NEW.finished_on, NEW.level, 1)
    ON CONFLICT (day, level) DO UPDATE SET n = n + 1;
END;

-- Cases over a period are read from this index alone: the rows themselves are wide (texts), so reading them was
-- most of /stats' time on a year of cases.
CREATE INDEX cases_indicators ON cases (created_at, ngo_id, status, outcome, urgent, claimed_at, closed_at);
DROP INDEX cases_created_at;
