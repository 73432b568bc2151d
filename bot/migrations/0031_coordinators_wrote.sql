-- The coordinators wrote to the person on a case an organisation holds, without claiming it: they then see what the
-- person writes on it, as the organisation does (bot/casework.py, chats_seeing), so that whoever asked hears the
-- answer. Cleared when the case moves to another organisation or back to the hotline team.
ALTER TABLE cases ADD COLUMN coordinators_wrote INTEGER NOT NULL DEFAULT 0;
