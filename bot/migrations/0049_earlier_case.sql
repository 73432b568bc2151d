-- A request from a chat whose earlier request ended in the day before it (withdrawn by the person, or closed): that
-- case's number, how it ended and when, so that the new card says it is the same chat (tester EE#4: one person
-- opening case after case looked like many people). Kept when the request is made, so every later edit of the card
-- says the same. The link ties two cases to one person: /forget and retention wipe it (bot/storage/privacy.py).
ALTER TABLE cases ADD COLUMN earlier_case INTEGER;
ALTER TABLE cases ADD COLUMN earlier_outcome TEXT;
ALTER TABLE cases ADD COLUMN earlier_closed_at INTEGER;
