-- The person's messages the request's own message was made of (a JSON array of message ids in the person's chat):
-- shown on the card with consent, so an edit of one reaches the case's staff as an edit (handlers/edits.py).
ALTER TABLE cases ADD COLUMN message_ids TEXT;

-- The newest offer to write again (handlers/reopen.py): a later message's offer takes the earlier one down, so the
-- person has one offer, and it sends everything held.
ALTER TABLE after_close ADD COLUMN offer_message_id INTEGER;
