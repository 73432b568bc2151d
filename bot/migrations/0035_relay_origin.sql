-- What staff must know of a person's relayed message besides its words: that it edits one sent before (the person
-- sees the new text in their chat and believes staff have it), and, for a forwarded message, whose it was (a
-- channel's advert is evidence, not the person's words): the origin's name or title as Telegram gives it, '' for a
-- user who hides their account. NULL: the person's own. Wiped with the texts (bot/storage/privacy.py).
ALTER TABLE case_messages ADD COLUMN edited INTEGER NOT NULL DEFAULT 0;
ALTER TABLE case_messages ADD COLUMN forwarded_from TEXT;
