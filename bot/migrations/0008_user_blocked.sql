-- When the person blocked the bot (Telegram answered Forbidden, or reported the chat member as kicked): such a
-- person is inactive, and nothing is sent to them until they write again.
ALTER TABLE users ADD COLUMN blocked_at INTEGER;
