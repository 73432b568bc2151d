-- Whether a claim was made in the coordinator chat: an organisation's /stats times the claims its own staff made
-- (bot/storage/indicators.py), not the hotline team's on its cases. Older claims are taken as the organisation's.
ALTER TABLE audit ADD COLUMN by_coordinators INTEGER NOT NULL DEFAULT 0;
