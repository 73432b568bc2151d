-- The country a person asking from abroad is in (a destination pack's code: the one they picked under "I am abroad",
-- or let the bot keep), shown on the card so that staff know which numbers and rules apply. Like the velayat it
-- names no one, so /forget and retention leave it for the counts.
ALTER TABLE cases ADD COLUMN country TEXT;
