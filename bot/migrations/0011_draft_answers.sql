-- The hand-off draft keeps its answers as JSON, by field (bot/handoff.py's table of steps), so a new step of the
-- request needs no migration; what the draft is for is a column of its own instead of a special step.
CREATE TABLE drafts (
    user_id    INTEGER PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
    purpose    TEXT    NOT NULL,                -- request | find | question
    step       TEXT    NOT NULL,                -- the request's step waiting for an answer
    answers    TEXT    NOT NULL DEFAULT '{}',   -- JSON object: the answers so far, by field
    urgent     INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL
) STRICT;

-- json_patch drops the members that are null: an answer not given is not there.
INSERT INTO drafts (user_id, purpose, step, answers, urgent, updated_at)
SELECT
    user_id,
    CASE step WHEN 'find' THEN 'find' WHEN 'question' THEN 'question' ELSE 'request' END,
    CASE WHEN step IN ('find', 'question') THEN 'need' ELSE step END,
    json_patch('{}', json_object(
        'need', need,
        'velayat', velayat,
        'ngo_id', ngo_id,
        'share_name', CASE share_name WHEN 1 THEN 'y' ELSE NULL END,
        'contact', CASE WHEN contact_phone IS NOT NULL THEN 'phone' ELSE NULL END,
        'phone_safe', CASE WHEN contact_phone IS NOT NULL THEN 'y' ELSE NULL END,
        'phone', NULLIF(contact_phone, ''),
        'time', contact_time,
        'message', message
    )),
    urgent,
    updated_at
FROM handoff_drafts;

DROP TABLE handoff_drafts;
