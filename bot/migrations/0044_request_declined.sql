-- A request to a specialist may end before its case does: the specialist declines it (👎 under the request), or the
-- staff who asked withdraw it while it still waits for an answer. It ends as a close ends it (ended_at: its buttons
-- go, an old button changes nothing, staff may ask again), and `end_reason` says how; NULL: the case's close ended
-- it. `ended_by` is who pressed (the audit names them too).
ALTER TABLE specialist_requests ADD COLUMN end_reason TEXT CHECK (end_reason IN ('declined', 'withdrawn'));
ALTER TABLE specialist_requests ADD COLUMN ended_by INTEGER;
