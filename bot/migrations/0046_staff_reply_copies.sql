-- A copy of a staff reply shown in another staff chat that sees the case (handlers/casecopies.py) names the reply it
-- copies (the id of its 'staff' row): an edit of the reply that reaches the person edits the copies too, so that the
-- other team never reads words the person no longer has (handlers/staff_edits.py). NULL: no copy of a staff reply.
ALTER TABLE case_messages ADD COLUMN copy_of INTEGER;
CREATE INDEX case_messages_copy_of ON case_messages (copy_of) WHERE copy_of IS NOT NULL;
