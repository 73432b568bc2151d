-- When the person edited a message the request's own message was made of (handlers/edits.py): the card then shows
-- the edited text, marked as edited (or, for a request's message made of several messages, says that one was).
ALTER TABLE cases ADD COLUMN message_edited_at INTEGER;
