-- A long message reaches staff in parts, each marked "(2/3)" in its heading: a relayed piece keeps its place among
-- the pieces of the message it was cut from, and a case how many parts its first message has (the first is on the
-- card, the others are relayed pieces).
ALTER TABLE case_messages ADD COLUMN part INTEGER NOT NULL DEFAULT 1;
ALTER TABLE case_messages ADD COLUMN parts INTEGER NOT NULL DEFAULT 1;
ALTER TABLE cases ADD COLUMN message_parts INTEGER NOT NULL DEFAULT 1;
