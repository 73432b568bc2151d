-- /stats looks up each case's first claim by its staff (one lookup per case): without this index each lookup read
-- the whole audit, and /stats on a year of cases took seconds.
CREATE INDEX audit_by_case ON audit (case_id, action, at);
