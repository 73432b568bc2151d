-- A person whose case staff closed may write to its organisation again for [staff] write_again_days after the close
-- (handlers/reopen.py): the case they may reopen, noted at the close, and what they wrote under the offer (a JSON
-- array of [message id, text]), held until they agree to send it. Nothing is noted for a case the person withdrew or
-- whose chat they had hidden; /hide deletes the row, /forget with the person (ON DELETE CASCADE), and retention once
-- the window is over.
CREATE TABLE after_close (
    user_id   INTEGER PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
    case_id   INTEGER NOT NULL REFERENCES cases (id),
    closed_at INTEGER NOT NULL,
    held      TEXT    NOT NULL DEFAULT '[]'
);

CREATE TRIGGER after_close_noted AFTER UPDATE OF status ON cases
WHEN NEW.status = 'closed' AND OLD.status IS NOT 'closed' AND NEW.outcome IS NOT 'withdrawn'
     AND NEW.user_id IS NOT NULL AND NEW.hidden_at IS NULL
BEGIN
    INSERT INTO after_close (user_id, case_id, closed_at) VALUES (NEW.user_id, NEW.id, NEW.closed_at)
    ON CONFLICT (user_id) DO UPDATE SET case_id = excluded.case_id, closed_at = excluded.closed_at, held = '[]';
END;

-- Open again (by staff or by the person), or a new request: the offer is over.
CREATE TRIGGER after_close_reopened AFTER UPDATE OF status ON cases
WHEN OLD.status = 'closed' AND NEW.status IS NOT 'closed'
BEGIN
    DELETE FROM after_close WHERE case_id = NEW.id;
END;

CREATE TRIGGER after_close_new_case AFTER INSERT ON cases
WHEN NEW.user_id IS NOT NULL
BEGIN
    DELETE FROM after_close WHERE user_id = NEW.user_id;
END;
