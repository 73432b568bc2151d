-- A referral the coordinators started on a case an organisation holds: the person, the receiving organisation and
-- the one that held the case are told it was the hotline team, also when the person agrees later.
ALTER TABLE referrals ADD COLUMN by_coordinators INTEGER NOT NULL DEFAULT 0;
