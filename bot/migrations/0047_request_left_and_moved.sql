-- A request to a specialist also ends when the specialist is no longer on the roster the bot starts with
-- (end_reason 'left', bot/storage/specialists.py): SQLite cannot change a column's CHECK, so the column is made
-- again with the new value allowed and its values copied.
ALTER TABLE specialist_requests ADD COLUMN end_reason_now TEXT CHECK (end_reason_now IN ('declined', 'withdrawn', 'left'));
UPDATE specialist_requests SET end_reason_now = end_reason;
ALTER TABLE specialist_requests DROP COLUMN end_reason;
ALTER TABLE specialist_requests RENAME COLUMN end_reason_now TO end_reason;

-- The organisation the request was made for (the case's, or 'hotline-team' for the coordinators'), so that after a
-- referral the request, the card and /stats name who asked, not who has the case now; the specialist's language
-- when asked, so that a specialist no longer on the roster is still answered in it. Older requests: the
-- organisation that had the case when asked (before its first referral after that, else the case's own), and no
-- language (the chat's, or English).
ALTER TABLE specialist_requests ADD COLUMN asked_for TEXT;
ALTER TABLE specialist_requests ADD COLUMN language TEXT;
UPDATE specialist_requests SET asked_for = coalesce(
    (SELECT coalesce(f.from_ngo_id, 'hotline-team') FROM referrals AS f
     WHERE f.case_id = specialist_requests.case_id AND f.status = 'done' AND f.decided_at >= specialist_requests.asked_at
     ORDER BY f.id LIMIT 1),
    (SELECT coalesce(c.ngo_id, 'hotline-team') FROM cases AS c WHERE c.id = specialist_requests.case_id)
);
