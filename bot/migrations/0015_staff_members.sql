-- Staff added or removed from the coordinator chat (/addstaff, /removestaff), on top of [staff] staff_user_ids in
-- the config: active = 1 makes a user staff, active = 0 takes the rights of one away (even one the config lists).
-- Each change is also written to `audit` (case_id NULL) in the same transaction.
CREATE TABLE staff_members (
    user_id    INTEGER PRIMARY KEY,
    active     INTEGER NOT NULL CHECK (active IN (0, 1)),
    changed_by INTEGER NOT NULL,   -- the coordinator's user id
    changed_at INTEGER NOT NULL
) STRICT;
