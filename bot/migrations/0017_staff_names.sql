-- Staff members' Telegram first names as they last acted, so that case histories name who did what instead of a
-- numeric id. Written when a staff member uses a staff command or button; separate from staff_members, whose rows
-- grant or take away staff rights.
CREATE TABLE staff_names (
    user_id INTEGER PRIMARY KEY,
    name    TEXT    NOT NULL,
    seen_at INTEGER NOT NULL
) STRICT;
