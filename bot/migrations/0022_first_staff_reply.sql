-- /stats' median time to the first staff reply looks up each case's earliest staff message: by index, not by
-- reading every message of the case (bench: /stats on the 100,000-person database).
CREATE INDEX case_messages_direction ON case_messages (case_id, direction, created_at);
