-- When the case last became unclaimed: created, unclaimed, released with a removed staff member, referred or handed
-- back, reopened with nobody holding it. The claim window (staff.sla_minutes) and the person's "taking longer"
-- message count from it, not from when the request was made (handlers/jobs.py). Filled for older cases from their
-- last unclaim, release or move in the audit, else their creation.
ALTER TABLE cases ADD COLUMN waiting_since INTEGER;
UPDATE cases SET waiting_since = COALESCE(
    (SELECT MAX(at) FROM audit WHERE audit.case_id = cases.id
     AND (action = 'unclaim' OR action LIKE 'release:%' OR action LIKE 'refer:%')),
    created_at
);
-- When staff reopened a case that was urgent before it was closed: its card says the urgency dates from the first
-- request (handlers/cards.py). A danger told of since gets an alert of its own.
ALTER TABLE cases ADD COLUMN urgent_reopened_at INTEGER;
