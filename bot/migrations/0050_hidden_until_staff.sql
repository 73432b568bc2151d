-- A message from a chat the person hid no longer ends the hiding: whoever holds her phone may have written it. It is
-- relayed to staff marked as written from the hidden chat, and the hiding ends when staff, who read it, judge it is
-- her (handlers/hidden.py, bot/storage/held_replies.py end_hiding); an SOS from the chat does not end it either.
DROP TRIGGER IF EXISTS case_unhidden_by_person;
