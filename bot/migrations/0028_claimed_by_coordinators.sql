-- A claim made in the coordinator chat on a case an organisation holds: the coordinators then see what the person
-- writes on it (bot/casework.py, chats_seeing), and the organisation's card says the hotline team has it. Cleared
-- with the claim (unclaim, a referral, a staff member removed).
ALTER TABLE cases ADD COLUMN claimed_by_coordinators INTEGER NOT NULL DEFAULT 0;
