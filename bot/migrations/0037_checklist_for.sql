-- Whom the checklist a request carries was done for (bot/checklist_whom.py: 'me', or 'other' for someone close to the
-- person, a mother checking her daughter's offer), so that the card does not read a child's answers as the writer's.
-- Personal, like the contact details: /forget and retention wipe it with them (bot/storage/privacy.py).
ALTER TABLE cases ADD COLUMN checklist_for TEXT;
