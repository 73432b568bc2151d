-- Whether a claim was made in the coordinator chat: an organisation's /stats times the claims its own staff made
-- (bot/storage/indicators.py), not the hotline team's on its cases. Older claims are taken as the organisation's.
ALTER TABLE audit ADD COLUMN by_coordinators INTEGER NOT NULL DEFAULT 0;
-- How an open case last lost its claim, for its cards ("given back by Oleg at 19:23", not "nobody has taken it
-- yet"): 'unclaim', 'unclaim-hotline' (a coordinator gave an organisation's case back), 'release' (the claimer was
-- removed from staff) or 'moved' (referred or handed back after a claim), and the name it names. NULL: never
-- claimed where it is. Older cases keep NULL.
ALTER TABLE cases ADD COLUMN given_back TEXT;
ALTER TABLE cases ADD COLUMN given_back_by TEXT;
