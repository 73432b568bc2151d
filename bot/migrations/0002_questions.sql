-- Was an answer helpful? Counts per topic and language only: nothing about who pressed.
CREATE TABLE feedback (
    topic_id  TEXT    NOT NULL,
    language  TEXT    NOT NULL,
    helpful   INTEGER NOT NULL DEFAULT 0,
    unhelpful INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (topic_id, language)
) STRICT;

-- Questions asked, counted per day, language, topic and confidence: the indicators, without the questions.
CREATE TABLE question_counts (
    day       TEXT    NOT NULL,                 -- YYYY-MM-DD (UTC)
    language  TEXT    NOT NULL,
    topic_id  TEXT    NOT NULL DEFAULT '',      -- '' when the bot was not sure
    confident INTEGER NOT NULL,
    count     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, language, topic_id, confident)
) STRICT;

-- Questions the bot could not answer, for content editors: masked, deleted with the person or after retention.
CREATE TABLE unanswered (
    id       INTEGER PRIMARY KEY,
    user_id  INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    language TEXT    NOT NULL,
    text     TEXT    NOT NULL,
    asked_at INTEGER NOT NULL
) STRICT;
CREATE INDEX unanswered_user ON unanswered (user_id);
CREATE INDEX unanswered_asked_at ON unanswered (asked_at);
