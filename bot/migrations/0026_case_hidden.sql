-- When the person hid the chat (/hide) while the case was open: someone may be checking their phone, so from then
-- until the person writes on the case again nothing of the case is sent to them (bot/casework.py, to_person). Their
-- next message lifts it, by the trigger below, in the transaction that stores it; an SOS lifts it too.
ALTER TABLE cases ADD COLUMN hidden_at INTEGER;
CREATE TRIGGER case_unhidden_by_person AFTER INSERT ON case_messages
WHEN NEW.direction = 'person'
BEGIN
    UPDATE cases SET hidden_at = NULL WHERE id = NEW.case_id AND hidden_at IS NOT NULL;
END;
