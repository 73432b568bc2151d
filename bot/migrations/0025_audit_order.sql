-- Where an audited action stands among its case's messages: the newest case_messages id of the case when it was
-- audited. Both are stored to the second, so /case can put an action and a message of the same second in the
-- order they happened only by this (NULL for actions audited before this migration: ordered by time).
ALTER TABLE audit ADD COLUMN after_message INTEGER;
