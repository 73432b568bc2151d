-- The organisation a screening was run for (the case's when it began, or 'hotline-team' for the coordinators'), so
-- that after a referral /stats and the export count it for the organisation whose worker ran it, not for the one the
-- case went to, as specialist requests count for the one that asked (asked_for, migration 0047). Older screenings:
-- the organisation that had the case when it began (before its first referral after that, else the case's own).
ALTER TABLE screenings ADD COLUMN screened_for TEXT;
UPDATE screenings SET screened_for = coalesce(
    (SELECT coalesce(f.from_ngo_id, 'hotline-team') FROM referrals AS f
     WHERE f.case_id = screenings.case_id AND f.status = 'done' AND f.decided_at >= screenings.started_at
     ORDER BY f.id LIMIT 1),
    (SELECT coalesce(c.ngo_id, 'hotline-team') FROM cases AS c WHERE c.id = screenings.case_id)
);
